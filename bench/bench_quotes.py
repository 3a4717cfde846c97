"""Splitting new text from quoted history: draft-reply against the reply-parser libraries.

Usage: python bench/bench_quotes.py. The cases, each with a known new text:

- ``layouts``: the quote layouts of tests/test_quote_layouts.py (attribution lines and
  header blocks of Gmail and Outlook in 17 languages, separators, ``|`` quotes, helpdesk
  markers), each after one line of new text;
- the body-only samples of the public corpus in ``../shared/corpus`` that have an expected
  file (SOURCES.md), per source, when that folder is there;
- the pairs of tests/data/quotes/ (discourse/email_reply_trimmer, willdurand/EmailReplyParser,
  mail-parser-reply, crisp-oss/email-forward-parser, crisp-oss/email-reply-parser,
  EdgeTier/email-reply-parser, elixir_email_reply_parser, quotequail,
  web-ridge/email-reply-parser, Landwirtcom/emailreplyparser, Emvista/EmailReplyParser,
  extended_email_reply_parser, huan086/EmailReplyParser, thoughtbot/griddler (its inline
  layouts, and apart its own "-- REPLY ABOVE THIS LINE --" cases),
  sosedoff/mail_extract, go-gitea/gitea's reply extraction, markashleybell/MAB.EmailReplyParser,
  team-plain/node-email-reply-parser, clearfeed/email-reply-parser, kvannotten/mailstrip and
  the text/plain parts of gitlabhq/gitlabhq's reply-parser messages, the Dart
  flutter-email-reply-parser's own examples: MIT; Odoo's plain-text sanitizer examples:
  LGPL-3.0; the text/plain
  bodies of discourse/discourse's incoming-mail fixtures: GPL-2.0+;
  phacility/phabricator's
  mail body parser: Apache-2.0; talon's inline and signature
  cases: Apache-2.0; talon's inline HTML cases, Foundry376/Mailspring's real HTML mail
  (GPL-3.0), Odoo's HTML quote examples (LGPL-3.0) and Proton's blockquote fixtures (MIT)
  are read by
  tests/test_quote_fixtures.py through parse_email, not here), which our rules were
  not written on (each SOURCE.md gives the first-run figure, per language, and what was added
  after). A forward with nothing written above it
  expects empty new text: its language shows as "und" below, its SOURCE.md counts it by the
  forward's language;
- ``thunderbird-android-strings`` (Apache-2.0) and ``thunderbird-l10n-strings`` (MPL-2.0):
  the attribution lines, separators and header blocks these clients write in each UI
  language, taken from their localisation files and laid out as the client lays them out
  (tests/client_strings.py), above a history with and without ``>`` marks.
- ``chatmail-core`` (MPL-2.0): Delta Chat's whole messages with a quote, their text/plain
  part; so too the real messages of the other ``messages/`` folders (notmuch, mu, Request
  Tracker, Redmine, HyperKitty, watchdogpolska/imap-to-webhook, Frappe, Zammad, GLPI, Combodo's
  iTop e-mail extension, Tine 2.0, Moodle; each SOURCE.md).

Every method runs on the same text in the same run: draft-reply (``split_quotes``), and,
when installed (they are not dependencies: ``make bench-quotes-compare`` installs them in
a separate virtualenv, ``.venv-quotes``, and runs this there), talon, quotequail,
email-reply-parser and mail-parser-reply (the library our rules extend). A case is exact
when the new text matches with white space normalised (a short sign-off left out at the end
counts as exact, for every method: projects differ on whether it belongs to the reply;
tests/quote_match.py, which the tests use too).
Prints exact counts per source and per language, and how many cases each method raised on
(a library that raises is counted as a miss).
"""

from __future__ import annotations

import re
import sys
from collections import defaultdict
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "tests"))

from quote_match import same_new_text  # noqa: E402  (tests/quote_match.py)

from assistant.lang.detect import detect_language  # noqa: E402
from assistant.mail._quotes import split_quotes  # noqa: E402

Case = tuple[str, str, str, str]  # source, language, body, expected new text


def layout_cases() -> list[Case]:
    import test_quote_layouts as layouts

    new = layouts.NEW
    cases: list[Case] = []
    for name, attribution in layouts.ATTRIBUTIONS.items():
        body = f"{new}\n\n{attribution}\n> the old words\n> more old words\n"
        cases.append(("layouts", name.split("-")[0], body, new))
    for name, block in layouts.HEADER_BLOCKS.items():
        body = f"{new}\n\n{block}\n\nthe old words, not marked with >\n"
        cases.append(("layouts", name.split("-")[0], body, new))
    return cases


def corpus_cases() -> list[Case]:
    corpus = ROOT.parent / "shared" / "corpus" / "real"
    if not corpus.is_dir():
        return []
    from test_corpus import expected_new_text, source_of

    cases: list[Case] = []
    for expected in sorted(corpus.glob("*.expected*.txt")):
        stem = expected.name.split(".expected")[0]
        sample = corpus / f"{stem}.body.txt"
        if not sample.exists() or stem.startswith("mailgun-talon"):
            continue  # talon's own expectations keep the signature: another comparison
        body = sample.read_text("utf-8", errors="replace").lstrip("\ufeff").replace("\r\n", "\n")
        want = expected_new_text(expected)
        cases.append((source_of(stem), language_of(want), body, want))
    return cases


def pair_cases() -> list[Case]:
    """The pairs of tests/data/quotes/ (emails/NAME.txt, trimmed/NAME.txt; SOURCE.md in each)."""
    cases: list[Case] = []
    for folder in sorted((ROOT / "tests" / "data" / "quotes").iterdir()):
        for email in sorted((folder / "emails").glob("*.txt")):
            body = email.read_text("utf-8", errors="replace").replace("\r\n", "\n")
            want = (folder / "trimmed" / email.name).read_text("utf-8", errors="replace")
            cases.append((folder.name, language_of(want), body, want))
    return cases


_FILLER = re.compile(r"\b(?:lorem|ipsum|dolor|aliquam|fusce|praesent|donec)\b", re.IGNORECASE)


def client_string_cases() -> list[Case]:
    """The reply and forward headers of Thunderbird for Android and Thunderbird in each UI
    language, from their localisation files (tests/client_strings.py renders them; each
    SOURCE.md gives the commit, the licence and the first-run figure per language)."""
    from client_strings import all_cases

    return [(case.source, case.language, case.body, case.new_text) for case in all_cases()]


def message_cases() -> list[Case]:
    """The whole messages of tests/data/quotes/*/messages/ (Delta Chat's, MPL-2.0) whose
    body is text/plain: that part, decoded as draft-reply decodes it (a body with no charset
    that is UTF-8 is read as UTF-8, not as U+FFFD; ISO-2022-JP keeps its escapes), as every
    method reads text (the HTML-only ones are read by tests/test_quote_fixtures.py through
    parse_email, not here)."""
    from email import message_from_bytes, policy

    from assistant.mail._charset import decode_bytes

    cases: list[Case] = []
    for eml in sorted((ROOT / "tests" / "data" / "quotes").glob("*/messages/*.eml")):
        part = message_from_bytes(eml.read_bytes(), policy=policy.default).get_body(("plain",))
        if part is None:
            continue
        data = part.get_payload(decode=True)
        text = decode_bytes(data, part.get_param("charset"))[0] if isinstance(data, bytes) else ""
        body = text.replace("\r\n", "\n")
        want = (eml.parents[1] / "trimmed" / f"{eml.stem}.txt").read_text("utf-8")
        cases.append((eml.parents[1].name, language_of(want), body, want))
    return cases


def language_of(text: str) -> str:
    """The detected language of an expected new text; "la" for Lorem ipsum filler (which a
    detector reads as Catalan or Italian), "und" for an empty one."""
    if not text.strip():
        return "und"
    return "la" if _FILLER.search(text) else detect_language(text)


def methods() -> dict[str, Callable[[str], str]]:
    found: dict[str, Callable[[str], str]] = {"draft-reply": lambda t: split_quotes(t).new_text}
    try:
        from talon import quotations

        found["talon"] = quotations.extract_from_plain
    except ImportError:
        pass
    try:
        import quotequail

        def quotequail_new(text: str) -> str:
            unwrapped = quotequail.unwrap(text)  # None when it finds no quote
            return text if unwrapped is None else str(unwrapped.get("text_top", ""))

        found["quotequail"] = quotequail_new
    except ImportError:
        pass
    try:
        from email_reply_parser import EmailReplyParser as ZapierParser

        found["email-reply-parser"] = ZapierParser.parse_reply
    except ImportError:
        pass
    try:
        from mailparser_reply import EmailReplyParser

        languages = ["en", "de", "fr", "es", "it", "nl", "pl", "sv", "da", "ja", "cs", "hu", "zh"]
        known = [code for code in languages if _mailparser_knows(code)]
        parser = EmailReplyParser(languages=known)
        found["mail-parser-reply"] = parser.parse_reply
    except ImportError:
        pass
    return found


def _mailparser_knows(code: str) -> bool:
    from mailparser_reply.constants import MAIL_LANGUAGES

    return code in MAIL_LANGUAGES


def main() -> None:
    cases = [
        *layout_cases(),
        *corpus_cases(),
        *pair_cases(),
        *client_string_cases(),
        *message_cases(),
    ]
    found = methods()
    by_source: dict[tuple[str, str], list[bool]] = defaultdict(list)
    by_language: dict[tuple[str, str], list[bool]] = defaultdict(list)
    raised: dict[str, int] = defaultdict(int)
    for name, method in found.items():
        for source, language, body, want in cases:
            try:
                got = method(body) or ""
            except Exception:  # a library that raises on a layout misses it
                got = "\x00"
                raised[name] += 1
            ok = same_new_text(re.sub(r"\r\n", "\n", got), want)
            by_source[(name, source)].append(ok)
            by_language[(name, language)].append(ok)
    names = list(found)
    sources = sorted({source for _, source in by_source})
    languages = sorted({language for _, language in by_language})
    width = max(30, *(len(source) + 2 for source in sources))
    print(f"exact new text, {len(cases)} cases ({', '.join(names)})")
    print(f"{'source':{width}}" + "".join(f"{n:>20}" for n in names))
    for source in [*sources, "all"]:
        cells = []
        for name in names:
            rows = (
                [ok for (n, _), oks in by_source.items() if n == name for ok in oks]
                if source == "all"
                else by_source[(name, source)]
            )
            cells.append(f"{sum(rows)}/{len(rows)}")
        print(f"{source:{width}}" + "".join(f"{c:>20}" for c in cells))
    print(f"{'raised':{width}}" + "".join(f"{raised[n]:>20}" for n in names))
    print(f"{'language':{width}}" + "".join(f"{n:>20}" for n in names))
    for language in languages:
        cells = [
            f"{sum(by_language[(n, language)])}/{len(by_language[(n, language)])}" for n in names
        ]
        print(f"{language:{width}}" + "".join(f"{c:>20}" for c in cells))


if __name__ == "__main__":
    main()
