"""Find where a reply's signature starts: ``-- `` and ``---`` lines, names signed with a dash,
mobile footers, mailing-list footers, sign-offs, contact blocks, a line of underscores above a
short signature, trailing disclaimers, and a footer repeated below the quote it follows.

Works on the reply's lines once assistant/mail/_quotes.py has cut the quoted history; the words
of each language (mobile footers, sign-offs, disclaimer cues) come from :mod:`assistant.lang`.
"""

from __future__ import annotations

import re

from assistant import lang
from assistant.mail._quote_library import library_patterns, line_of

_words = lang.alternation

_LIST_FOOTER = re.compile(rf"(?:{_words('list_footers')})", re.IGNORECASE)
# A rule: ten marks or more, or marks in four groups or more split by single spaces
# ("_ __ ___ ______________ ___ __ _", a rule some company signatures draw).
RULE = re.compile(r"^\s*(?:[-_=*]{10,}|[-_=*]+(?: [-_=*]+){3,})\s*$")
_UNDERSCORES = re.compile(r"^_{10,}$")
_SIG_DASHES = re.compile(r"^-{2,3}\s*$")  # "-- ", and "---" as some clients write it
_LONE_DASH = re.compile(r"^[\u2014\u2013]$")  # Mailbox's "\u2014" above "Sent from Mailbox"
# A dash left at the end of the text above a signature: "OKAY \u2014 " / "Sent from Mailbox".
_DANGLING_DASH = re.compile(r"\s+(?:\u2014|\u2013|--?)$")
TRACKER_MARK = "\u1427"  # "ᐧ": the mark Gmail read-receipt extensions add below the text
# "-Abhishek Kona", "--Jo": a name signed with a dash (a list item has a space after it).
_DASHED_NAME = re.compile(r"^(?:-{1,2}|\u2014|\u2013)\s?[^\W\d_][\w.'-]*(?: [\w.'-]+){0,2}$")
_LIST_MARKS = ("-", "*", "\u2022", "\u2014", "\u2013")
_MOBILE = re.compile(rf"^\s*(?:{_words('mobile_signatures')})(?:\b|$)", re.IGNORECASE)
#: A sign-off alone on its line, "Thanks!", "regards", "Cheers,", in any language we read.
_SIGN_OFF_ALONE = re.compile(rf"^(?:{_words('sign_offs')})\s*[,!.]?$", re.IGNORECASE)
#: A link in angle brackets inside a line ("Sent from Mail<https://...> for Windows 10").
_LINK = re.compile(r"<https?://[^>\s]*>")
_DISCLAIMER_CUE = re.compile(_words("disclaimer_cues"))  # on lower-case text: 7x faster
_DISCLAIMER_LAST_PARAGRAPHS = 3
_DISCLAIMER_SCAN = 600  # characters: a disclaimer names its cues early
_SIGN_OFF_MAX_CHARS = 40
_SIGN_OFF_MAX_LINES_AFTER = 8
_SHORT_SIGNATURE_LINES = 8  # below a line of underscores
_SHORT_SIGNATURE_LINE = 60
_DASHED_NAME_TAIL = 3  # lines below "--Jo Doe": a company, a title, a phone number
# A company's signature set between two rules (or a rule and the end): a name, a title, an
# address, phones and office hours, a notice below the second rule.
_RULED_SIGNATURE_LINES = 20
_RULED_SIGNATURE_LINE = 80
# A contact block: a name line ("Karen Green", "*Sam Lee* | *Owner*"), then phone numbers,
# addresses and links, and nothing after it but one more paragraph (a disclaimer).
_NAME_LINE = re.compile(r"^[^\W\d_][\w.'-]*(?: [^\W\d_][\w.'-]*){0,3}$")
_CONTACT = re.compile(
    r"(?:\+?\d[\d ()./-]{6,}\d)|(?:[\w.+-]+@[\w-]+\.[\w.-]+)|(?:https?://|www\.)\S+", re.IGNORECASE
)
_CONTACT_WINDOW = 12  # lines below the name
_CONTACT_LINE = 80
_MIN_FOOTER_CHARS = 30


def _disclaimer_start(lines: list[str]) -> int | None:
    """Return the first line of a trailing legal disclaimer, or None.

    A disclaimer is a paragraph, not the first and among the last three, naming at least
    two distinct cues (confidential, intended recipient, received in error...) in one of
    the thirteen languages we read.
    """
    starts = _paragraph_starts(lines)
    for n, start in enumerate(starts[1:], start=1):
        if len(starts) - n > _DISCLAIMER_LAST_PARAGRAPHS:
            continue
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        paragraph = " ".join(lines[start:end])[:_DISCLAIMER_SCAN].lower()
        if len(set(_DISCLAIMER_CUE.findall(paragraph))) >= 2:
            return start
    return None


def _paragraph_starts(lines: list[str]) -> list[int]:
    return [i for i, line in enumerate(lines) if line and (i == 0 or not lines[i - 1])]


def _signature_start(lines: list[str]) -> int | None:
    """Return the line where the signature (or a trailing disclaimer) starts, or None."""
    disclaimer = _disclaimer_start(lines)
    if disclaimer is not None:
        lines = lines[:disclaimer]
    blocks = [n for n in (_contact_block_start(lines), _ruled_block_start(lines)) if n is not None]
    # A sign-off is read in the lines above a contact or ruled block: the block is the
    # signature already, so the lines that count below the sign-off stop there.
    sign_off = _sign_off_start(lines[: min(blocks)] if blocks else lines)
    found = [n for n in (sign_off, *blocks) if n is not None]
    return min(found) if found else disclaimer


def _ruled_block_start(lines: list[str]) -> int | None:
    """Return the line of a rule (``____``, ``-----``) below the text that opens a contact
    block ending at the end or at a second rule, or None: a name of two words or more first
    (a form's fields pasted between rules are the client's text), at most twenty short
    lines, one with a phone number, an address or a link; whatever the second rule opens (a data
    protection notice, a disclaimer) goes with the signature."""
    for i, line in enumerate(lines):
        if i == 0 or not RULE.match(line) or not any(lines[:i]):
            continue
        end = next((j for j in range(i + 1, len(lines)) if RULE.match(lines[j])), len(lines))
        block = [text for text in lines[i + 1 : end] if text]
        name = block[0].replace("*", "").split("|")[0].strip() if block else ""
        if (
            0 < len(block) <= _RULED_SIGNATURE_LINES
            and _NAME_LINE.match(name)
            and len(name.split()) >= 2  # a person's or a firm's name, not "Kontaktformular"
            and all(len(text) <= _RULED_SIGNATURE_LINE for text in block)
            and any(_CONTACT.search(text) for text in block)
        ):
            return i
    return None


def _contact_block_start(lines: list[str]) -> int | None:
    """Return the first line of a contact block with no ``--`` above it, or None: a name on
    a line of its own opening a paragraph (not the first), then within a few short lines at
    least two phone numbers, addresses or links, then at most one more paragraph."""
    starts = _paragraph_starts(lines)
    for n, start in enumerate(starts[1:], start=1):
        name = lines[start].replace("*", "").replace("_", "").split("|")[0].strip()
        if not _NAME_LINE.match(name) or not all(word[0].isupper() for word in name.split()):
            continue
        window = lines[start + 1 : start + 1 + _CONTACT_WINDOW]
        contacts = [j for j, line in enumerate(window) if _CONTACT.search(line)]
        if len(contacts) < 2:
            continue
        block = window[: contacts[-1] + 1]
        if any(len(line) > _CONTACT_LINE for line in block):
            continue
        after = [s for s in starts[n + 1 :] if s > start + 1 + contacts[-1]]
        if len(after) <= 1:
            return start
    return None


def _sign_off_start(lines: list[str]) -> int | None:
    """Return the line of a ``-- `` line, a mobile footer, a mailing list's footer (with the
    rule above it), a line of underscores above a short signature, or a sign-off, or None."""
    after = [0] * (len(lines) + 1)  # non-blank lines below each line: counted once
    for n in range(len(lines) - 1, -1, -1):
        after[n] = after[n + 1] + (1 if lines[n] else 0)
    for i, line in enumerate(lines):
        if _MOBILE.match(_LINK.sub("", line)):
            return i - 1 if i > 1 and _LONE_DASH.match(lines[i - 1]) else i
        if _SIG_DASHES.match(line) and i > 0:
            return i
        if i > 0 and _DASHED_NAME.match(line) and _signed_with_a_dash(lines, i):
            return i
        if i > 0 and _LIST_FOOTER.search(line):
            start = i
            while start > 1 and (not lines[start - 1] or RULE.match(lines[start - 1])):
                start -= 1
            return start
        if (
            i > 0
            and 0 < after[i + 1] <= _SHORT_SIGNATURE_LINES
            and (_UNDERSCORES.match(line) or _sign_off_alone(lines, i, after[i + 1]))
            and all(len(n) <= _SHORT_SIGNATURE_LINE for n in lines[i + 1 :])
        ):
            return i  # only the last nine non-blank lines can match: the tail is read a few times
    return _library_sign_off(lines)


def _signed_with_a_dash(lines: list[str], i: int) -> bool:
    """Tell whether the dashed name on line ``i`` signs the reply: a line of its own, or a
    name with at most three short lines below it to the end ("--Jo Doe" / "ACME, LLC"), in
    a paragraph of its own or right below the text (not below a list item or a line that
    opens a list)."""
    if not lines[i - 1] and (i + 1 == len(lines) or not lines[i + 1]):
        return True
    below = [line for line in lines[i + 1 :] if line]
    short_tail = len(below) <= _DASHED_NAME_TAIL and all(
        len(line) <= _SHORT_SIGNATURE_LINE and not line.startswith(_LIST_MARKS) for line in below
    )
    above = lines[i - 1]
    if not above:
        return short_tail
    if above.startswith(_LIST_MARKS) or above.endswith(":"):
        return False
    return short_tail  # the last lines, right below the text


def _sign_off_alone(lines: list[str], i: int, below: int) -> bool:
    """Tell whether line ``i`` is a sign-off alone opening its paragraph ("Thanks!" above a
    name: ``below`` non-blank lines to the end, at most three)."""
    return not lines[i - 1] and below <= 3 and bool(_SIGN_OFF_ALONE.match(lines[i]))


def _library_sign_off(lines: list[str]) -> int | None:
    """Return the line of a sign-off mail-parser-reply's pattern finds, or None."""
    _, signature = library_patterns()
    # The library's pattern is quadratic in runs of blank lines: search with each run cut to
    # two (8,000 blank lines took 15 s), and map the line found back.
    kept = [n for n, line in enumerate(lines) if line or n < 2 or lines[n - 1] or lines[n - 2]]
    text = "\n".join(lines[n] for n in kept)
    match = signature.search(text)
    if match is None:
        return None
    found = line_of(text, match.start())
    i = kept[found] if found < len(kept) else len(lines)
    if i == 0 or i >= len(lines) or len(lines[i]) > _SIGN_OFF_MAX_CHARS:
        return None
    if sum(1 for line in lines[i + 1 :] if line) > _SIGN_OFF_MAX_LINES_AFTER:
        return None
    if _SENTENCE_AFTER_SIGN_OFF.search(lines[i]):
        # "Thanks, that works for us.": the reply's sentence; a sign-off may follow it
        later = _sign_off_start(lines[i + 1 :]) if i + 1 < len(lines) else None
        return None if later is None else i + 1 + later
    return i


#: A sign-off word with a sentence after it on its line ("Thanks, that works for us."), not
#: "Thanks, Priya" or "Best regards, Priya Raman".
_SENTENCE_AFTER_SIGN_OFF = re.compile(r",\s+\S+(?:\s+\S+){2,}[.!?]\s*$")


def join_lines(lines: list[str]) -> str:
    return "\n".join(lines).strip("\n")


def split_signature(lines: list[str], original: list[str]) -> tuple[str, str]:
    """Split reply lines at the signature; detect on stripped lines, return original ones
    (a line of nothing but invisible marks as a blank line)."""
    start = _signature_start(lines)
    kept = [line.rstrip() if read else "" for line, read in zip(original, lines, strict=True)]
    end = len(kept) if start is None else start
    while end > 0 and lines[end - 1] in ("", TRACKER_MARK):
        end -= 1  # blank lines and a mail tracker's mark above the signature
    new = join_lines(kept[:end]).rstrip()
    if start is not None:
        new = _DANGLING_DASH.sub("", new)
    return new, join_lines(kept[end:]).strip()


def repeated_footer_start(lines: list[str], quoted: list[str]) -> int | None:
    """Return the first line of the reply's last paragraphs (not its first) that are repeated
    word for word in the quote below (a company's or partner's footer every message carries),
    or None."""
    inside = _plain(" ".join(QUOTE_MARKS.sub("", line) for line in quoted))
    starts = _paragraph_starts(lines)
    found = None
    for n in range(len(starts) - 1, 0, -1):
        end = starts[n + 1] if n + 1 < len(starts) else len(lines)
        paragraph = _plain(" ".join(lines[starts[n] : end]))
        if len(paragraph) < _MIN_FOOTER_CHARS or paragraph not in inside:
            break
        found = starts[n]
    return found


#: The marks that quote a line: ">", "|", and initials ("JS> ", Outlook's initials quoting).
QUOTE_MARKS = re.compile(r"^(?:[>|][ \t]?|[A-Z]{1,3}>[ \t]?)+")
_SPACE_BEFORE_MARK = re.compile(r"\s+([,.;:!?])")


def _plain(text: str) -> str:
    """Return ``text`` without links in angle brackets and with white space normalised: the
    plain-text copy of a footer in a quote often lost the links its HTML had."""
    return " ".join(_SPACE_BEFORE_MARK.sub(r"\1", _LINK.sub(" ", text)).split())
