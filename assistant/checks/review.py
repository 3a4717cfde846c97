"""Check a finished client reply against the playbook's rules for a good reply.

PLAYBOOK.md, "What a good client reply looks like": greets the sender by name, in their
language, matching their Sie/du; thanks before it lists the work; one to three questions
back; no excuse or blame phrases; no "Here is a draft" preamble; no placeholders left;
short enough to read on a phone (most replies 120-250 words). Each finding is a sentence
for the user; the draft is kept either way, and the findings are shown when it is drafted
and again before it is sent. The greeting, formality, question and order checks live in
``_reply_checks``.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from assistant import lang
from assistant.checks import _reply_checks as checks
from assistant.mail.message import Email

if TYPE_CHECKING:
    from assistant.accounts.book import Contact

#: Word counts outside this range are worth a look (the playbook's 120-250, with slack).
MIN_WORDS, MAX_WORDS = 80, 320

_PLACEHOLDER = re.compile(
    # a template tag is short: its bound keeps a line of unclosed "{{" from costing n**2
    r"\[(?:[A-Z][A-Za-zÄÖÜäöü ]{1,30}|\.\.\.|…|x+|X+)\]|\{\{.{0,200}?\}\}|<(?:name|date|company)>|"
    r"\b(?:TODO|TBD|XXX)\b|\[(?:IBAN|CARD|EMAIL|PHONE)-\d+\]|"
    # lower-case ones too ("[date]", "[your name]"), but not "[sic]" or a Markdown link's text
    r"\[(?!sic\])[a-zäöü][a-zäöüß ]{1,30}\](?!\()",
)
_PREAMBLE = re.compile(rf"^\s*(?:{lang.alternation('preambles')})", re.IGNORECASE)
# Uses of an excuse phrase that own a failure instead: "you should have heard it from us",
# "you should have received the report by the 10th" put the fault on our side.
_OWNING = {
    "you should have": re.compile(
        r"you should have (?:(?:already|really|also|at least) )?(?:received|had|heard|got|gotten|"
        r"seen|learned|learnt|been (?:told|informed|warned|notified|alerted|updated|called|"
        r"contacted|kept|sent|given))\b|you should have [^.!?\n]{0,60}?\b(?:from|by) (?:us|me)\b"
    ),
}


def review_reply(
    text: str, *, email: Email, language: str, contact: Contact | None = None
) -> tuple[str, ...]:
    """Return the playbook findings for ``text``, the client reply drafted for ``email``.

    ``language`` is the ISO 639-1 code the reply should be in (the sender's); ``contact``
    is the client book's entry for the sender, whose name may greet them too. Checks:
    a preamble before the greeting, placeholders left in, excuse or blame phrases
    (English and German; "you should have heard it from us" owns a failure and is none),
    a length outside 80-320 words, a reply written in another
    language than the sender's (identified on the reply itself), a greeting that does
    not name a sender who is a person, du to a formal or Sie to an informal German
    sender, no question back or more than three, and no thanks, or thanks only after
    the list of work. A quoted original below an attribution, and the client's words
    quoted back, are not the reply's own words. Empty when the reply passes. Pure and
    deterministic.
    """
    findings = blocking_findings(text)
    lowered = text.lower()
    sources = lang.sources(language, "excuses")
    excuses = [
        phrase for source in sources for phrase in source.excuses if _excuse_in(phrase, lowered)
    ]
    if excuses:
        quoted = ", ".join(f"'{phrase}'" for phrase in excuses)
        findings.append(f"excuse or blame phrases (facts, not excuses): {quoted}")
    words = len(text.split())
    if words < MIN_WORDS:
        count = f"{words} word" if words == 1 else f"{words} words"
        findings.append(f"the reply is short ({count}): does it thank, restate and ask?")
    elif words > MAX_WORDS:
        findings.append(f"the reply is long ({words} words): most good replies are 120-250")
    written_in = _language_of(text)
    wanted = language.split("-")[0].lower()
    if written_in not in ("und", wanted) and wanted not in ("und", ""):
        findings.append(f"the reply is in {written_in!r} but {_sender(email)} wrote in {wanted!r}")
    body = checks.reply_text(text, email)
    own = checks.own_words(body)
    findings += [
        finding
        for finding in (
            checks.greeting_finding(body, email, contact),
            checks.formality_finding(own, email, language, _sender(email)),
            checks.questions_finding(own),
            checks.order_finding(own),
        )
        if finding is not None
    ]
    return tuple(findings)


#: A work-log citation (``[W3]``) left in a reply: drafting expands the known ones, so one
#: still there names no logged work (or was typed in an edit).
_CITATION = re.compile(r"\[W\d+(?:\s*,\s*W\d+)*\]")


def blocking_findings(text: str) -> list[str]:
    """Return the findings that can never be right in a client's mailbox, as sentences.

    A preamble ("Here is a draft reply:"), placeholders ("[Name]", "{{date}}", "TODO")
    and work-log citations left unexpanded ("[W99]"). PLAYBOOK.md, "What a good client
    reply looks like". Sending refuses a reply with any of them until it is edited or the
    user accepts them with a reason. Pure.
    """
    findings: list[str] = []
    if _PREAMBLE.search(text):
        findings.append("the reply starts with a preamble (like 'Here is a draft'): remove it")
    placeholders = sorted({m.group(0) for m in _PLACEHOLDER.finditer(text)})
    citations = sorted({m.group(0) for m in _CITATION.finditer(text)} - set(placeholders))
    if placeholders:
        findings.append(f"placeholders left in the reply: {', '.join(placeholders)}")
    if citations:
        findings.append(
            f"work-log citations that name no logged work: {', '.join(citations)}; write "
            "the work out or remove them"
        )
    return findings


def _excuse_in(phrase: str, lowered: str) -> bool:
    """Whether ``phrase`` is a word of ``lowered`` other than in a use that owns a failure."""
    owning = _OWNING.get(phrase)
    return any(
        owning is None or owning.match(lowered, found.start()) is None
        for found in re.finditer(rf"\b{re.escape(phrase)}\b", lowered)
    )


def _language_of(text: str) -> str:
    from assistant.lang.detect import detect_language

    return detect_language(text)


def _sender(email: Email) -> str:
    if email.sender is not None and email.sender.display_name:
        return email.sender.display_name
    return "the sender"
