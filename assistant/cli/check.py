"""The ``draft-reply check`` command: review a reply you wrote yourself, before it leaves.

The same checks a drafted reply gets (:mod:`assistant.drafting.recheck`), plus the heat of
your text with the phrases that cause it, talking down to the client, and, when the email
you answer is known, the heat gap between the two. Each finding says where it is.
"""

from __future__ import annotations

import json
import sys
from dataclasses import dataclass
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli._base import Command
from assistant.cli._output import write_stdout
from assistant.cli._params import FILE_NAME, flag, option
from assistant.display import printable
from assistant.errors import InputNotFoundError

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.mail.message import Email

_EPILOG = """\
Exit codes: 0 nothing found; 1 something found (a gate for a script or an
editor hook); 2 bad command line; 65 the file is not an email; 66 no such
file; 78 configuration.

Examples:
  draft-reply check reply.eml                the parent is found in the outbox
  draft-reply check --text --reply-to in.eml - < reply.txt
  draft-reply check --json reply.eml"""


@dataclass(frozen=True)
class Finding:
    """One finding: its kind, the sentence, and where in the text (1-based; 0 = whole).

    ``line_in`` says what ``line`` counts: ``"file"``, the lines of FILE as given (for an
    .eml, its header block included), or ``"body"``, the lines of the message's text as
    decoded, when the line is not in the file as it is (a quoted-printable or base64
    body, an HTML one).
    """

    kind: str
    text: str
    line: int = 0
    column: int = 0
    context: str = ""
    line_in: str = "file"


def check(file: str | Path, text_only: bool, reply_to: str | Path | None, as_json: bool) -> None:
    """Review a reply you wrote yourself (FILE, or -) before it leaves.

    Shows its heat and the phrases that cause it (capitals, exclamation runs,
    accusations, sarcasm, absolute words), excuses and blame, talking down to
    the client, promises the record does not hold, links and numbers no source
    gives, a missing thanks or question back, the length, and a language other
    than the client's. FILE is an .eml (its own text is read, not the quoted
    history); with --text it is plain text. The email you answer is found in
    the outbox by In-Reply-To, or given with --reply-to: then the heat gap
    between the two is shown too.
    """
    from assistant.config import load_settings

    settings = load_settings()
    raw = _read(file)
    body, language, parent, mine = _parts(raw, text_only, reply_to, settings)
    findings, heat, parent_heat = _review(body, language, parent, settings)
    # in order of place, the findings about the whole text (no place) last
    findings.sort(key=lambda f: (f.line == 0, f.line, f.column))
    if mine is not None:
        findings = _in_file(findings, body, mine)
    if as_json:
        write_stdout(
            json.dumps(
                {
                    "heat": round(heat, 3),
                    "parent_heat": None if parent_heat is None else round(parent_heat, 3),
                    "language": language,
                    "findings": [f.__dict__ for f in findings],
                },
                ensure_ascii=False,
                indent=2,
            )
            + "\n"
        )
    else:
        lines = [
            f"heat {heat:.2f}"
            + ("" if parent_heat is None else f" (their email: {parent_heat:.2f})")
        ]
        for f in findings:
            body_line = "body " if f.line_in == "body" else ""
            where = f"{body_line}line {f.line}, column {f.column}: " if f.line else ""
            lines.append(f"{where}{f.text} [{f.kind}]")
            if f.context:
                lines.append(f"    ...{f.context}...")
        if not findings:
            lines.append("nothing found")
        write_stdout(printable("\n".join(lines)) + "\n")
    if findings:
        raise click.exceptions.Exit(1)


def _read(file: str | Path) -> bytes:
    if str(file) == "-":
        if sys.stdin is None:
            raise InputNotFoundError("standard input is closed: give a FILE")
        return sys.stdin.buffer.read()
    try:
        return Path(file).read_bytes()
    except FileNotFoundError:
        raise InputNotFoundError(f"{file}: no such file") from None
    except OSError as exc:
        raise InputNotFoundError(f"{file}: cannot read it: {exc.strerror}") from None


def _parts(
    raw: bytes, text_only: bool, reply_to: str | Path | None, settings: Settings
) -> tuple[str, str, Email | None, Email | None]:
    """Return (the reply's own text, its language, the email it answers or None, the reply
    parsed, or None with ``text_only``)."""
    from assistant.lang.detect import detect_language
    from assistant.mail.message import parse_email

    parent = (
        parse_email(_read(reply_to), max_bytes=settings.max_message_bytes) if reply_to else None
    )
    mine = None
    if text_only:
        body = raw.decode("utf-8", "replace")
        in_reply_to = None
    else:
        mine = parse_email(raw, max_bytes=settings.max_message_bytes)
        body, in_reply_to = mine.new_text, mine.in_reply_to
    if parent is None and in_reply_to:
        parent = _parent_from_outbox(in_reply_to, settings)
    return body, detect_language(body), parent, mine


def _parent_from_outbox(in_reply_to: str, settings: Settings) -> Email | None:
    """Return the email a stored draft answers by its Message-ID, read-only; None if none."""
    if not settings.outbox_path.exists():
        return None
    from assistant.mail.message import parse_email
    from assistant.outbox.store import Outbox

    with Outbox.open(settings.outbox_path, readonly=True) as outbox:
        for summary in outbox.find_replies_to(in_reply_to):
            return parse_email(outbox.get(summary.id).source_eml)
    return None


def _review(
    body: str, language: str, parent: Email | None, settings: Settings
) -> tuple[list[Finding], float, float | None]:
    from datetime import UTC, datetime

    from assistant import lang
    from assistant.checks import tone
    from assistant.drafting.recheck import kind_of, review_text
    from assistant.mail.message import Email

    findings: list[Finding] = []
    heat = tone.assess(body, language)
    for phrase in heat.phrases:
        findings.append(_at(body, phrase.text, f"heat: '{phrase.text}'", phrase.kind))
    known = lang.find(language)
    words = known.condescension if known is not None and known.condescension else ()
    lowered = body.casefold()
    for words_said in words:
        if words_said in lowered:
            findings.append(
                _at(body, words_said, f"talks down to the client: '{words_said}'", "condescension")
            )
    source = parent if parent is not None else Email(subject="", sender=None, language=language)
    reply_language = (
        parent.language if parent is not None and parent.language != "und" else language
    )
    found = review_text(
        body,
        source=source,
        language=reply_language,
        settings=settings,
        now=datetime.now(UTC),
        sender=settings.identity,
    )
    for sentence in found.all:
        if kind_of(sentence) == "reply_to":
            continue  # your own reply: you chose its recipients
        if parent is None and kind_of(sentence) in ("greeting", "language"):
            continue  # without the email answered, there is no name or language to compare
        quoted = sentence.split("'")[1] if sentence.count("'") >= 2 else ""
        findings.append(
            _at(body, quoted, sentence, kind_of(sentence))
            if quoted
            else Finding(kind_of(sentence), sentence)
        )
    parent_heat = None
    if parent is not None:
        theirs = tone.assess_inbound(parent.subject, parent.new_text, parent.language)
        parent_heat = theirs.score
        if heat.score > theirs.score + 0.1:
            findings.append(
                Finding(
                    "heat_gap",
                    f"your reply is hotter than their email ({heat.score:.2f} against "
                    f"{theirs.score:.2f}): a reply should be the calmer of the two",
                )
            )
    return findings, heat.score, parent_heat


def _at(body: str, phrase: str, text: str, kind: str) -> Finding:
    """Return a Finding placed where ``phrase`` first occurs in ``body`` (case-insensitive)."""
    at = body.casefold().find(phrase.casefold()) if phrase else -1
    if at < 0:
        return Finding(kind, text)
    line = body.count("\n", 0, at) + 1
    column = at - (body.rfind("\n", 0, at) + 1) + 1
    start, end = max(0, at - 25), min(len(body), at + len(phrase) + 25)
    context = " ".join(body[start:end].split())
    return Finding(kind, text, line, column, context)


def _in_file(findings: list[Finding], body: str, mine: Email) -> list[Finding]:
    """Return ``findings`` (placed in ``body``, the reply's own text of the .eml ``mine``)
    placed on the lines of the file, for an editor.

    A line of the text is looked for, in order, among the file's lines below the header
    block, as it is (its leading and trailing white space aside): a text/plain body that
    is not encoded is found whole, so is an unencoded text part of a multipart message. A
    line that is not in the file as it is (a quoted-printable or base64 body, text from
    HTML) is placed on its line of the decoded text instead, ``line_in="body"``.
    """
    from dataclasses import replace

    lines = body.split("\n")
    wanted = {f.line - 1 for f in findings if f.line}
    file_lines = [_text_of(line) for line in mine.raw.split(b"\n")]
    in_file = _find_lines(lines, file_lines, _body_start(file_lines), wanted)
    in_text = _find_lines(lines, mine.text.split("\n"), 0, wanted)
    placed: list[Finding] = []
    for f in findings:
        at = f.line - 1
        if not f.line:
            placed.append(f)
        elif at in in_file:
            line = file_lines[in_file[at]]
            column = f.column + _shift(lines[at], line)
            placed.append(replace(f, line=in_file[at] + 1, column=column))
        elif at in in_text:
            placed.append(replace(f, line=in_text[at] + 1, line_in="body"))
        else:
            placed.append(replace(f, line_in="body"))
    return placed


def _text_of(line: bytes) -> str:
    """Return a raw line of the file as text: UTF-8, else Latin-1 (8-bit legacy mail)."""
    line = line.removesuffix(b"\r")
    try:
        return line.decode("utf-8")
    except UnicodeDecodeError:
        return line.decode("latin-1")


def _body_start(file_lines: list[str]) -> int:
    """Return the index of the first line after the header block (blank lines before it,
    as ``parse_email`` skips them, do not end it)."""
    started = False
    for i, line in enumerate(file_lines):
        if line.strip():
            started = True
        elif started:
            return i + 1
    return len(file_lines)


def _find_lines(
    lines: list[str], targets: list[str], start: int, wanted: set[int]
) -> dict[int, int]:
    """Map each index of ``lines`` in ``wanted`` to the index of the same line (stripped) in
    ``targets``, from ``start`` on, in order: each line is looked for after the one found
    for the line before it. A line not found is left out."""
    from bisect import bisect_left

    where: dict[str, list[int]] = {}
    for k in range(start, len(targets)):
        key = targets[k].strip()
        if key:
            where.setdefault(key, []).append(k)
    found: dict[int, int] = {}
    after = start
    for i, line in enumerate(lines):
        places = where.get(line.strip())
        if not places:
            continue
        n = bisect_left(places, after)
        if n == len(places):
            continue
        after = places[n] + 1
        if i in wanted:
            found[i] = places[n]
    return found


def _shift(line: str, in_file: str) -> int:
    """Return how far ``line``'s text stands right of where it stands in ``in_file``."""
    text = line.strip()
    return in_file.find(text) - line.find(text) if text else 0


check_command = Command(
    "check",
    check,
    [
        click.Argument(["file"], metavar="FILE|-", type=FILE_NAME),
        flag("--text", "text_only", help="FILE is plain text, not an email (.eml)."),
        option(
            "--reply-to",
            metavar="FILE",
            type=FILE_NAME,
            help="The email you answer (.eml): its language, names and heat are compared.",
        ),
        flag("--json", "as_json", help="Print one JSON object: heat, findings with positions."),
    ],
    epilog=_EPILOG,
)
