"""Unfold a reply whose line breaks were lost: the attribution of the quoted history
("On Mon, 3 Dec 2026 at 10:00, Anna <a@b.c> wrote:") and the ``>`` quote after it run on the
same line as the new text, as a web form, a ticket system or a copy and paste leaves them:

    Thanks, see below. On Mon, 3 Dec 2026 at 10:00, Anna <a@b.c> wrote: > old text

:func:`unfold_collapsed` puts the attribution and the quote back on lines of their own, so
assistant/mail/_quotes.py cuts there. The attribution must open after a sentence's end with
an opening word of its language ("On", "Am", "Le"...), hold a verb ("wrote", "schrieb") and
a date or an address, and end with a colon that a ``>``, a run of dashes or the line's end
follows.
"""

from __future__ import annotations

import re

from assistant import lang

_words = lang.alternation

_VERB = re.compile(rf"(?<!\w)(?:{_words('attribution_verbs')})(?!\w)", re.IGNORECASE)
# The colon that ends an attribution: a ">" quote, a marker in dashes ("-- REPLY ABOVE THIS
# LINE --", "-----Original Message-----") or the line's end follows it.
_END = re.compile(r"[:\uff1a](?=\s*(?:>|-{2,}|$))")
_OPENING = re.compile(rf"[.!?]\s+(?=(?:{_words('attribution_starts')})\s)", re.IGNORECASE)
_DATE_OR_ADDRESS = re.compile(r"\d|@")
_REACH = 200  # characters from the opening word to the verb
_MIN_LINE = 40
_MAX_ENDS = 5  # colons tried on a line: the cost stays linear


def unfold_collapsed(text: str) -> str:
    """Return ``text`` with an attribution that runs on after the new text put on a line of
    its own, and the quote after it on the next; ``text`` itself when there is none."""
    lines = text.split("\n")
    for n, line in enumerate(lines):
        if len(line) >= _MIN_LINE and (":" in line or "\uff1a" in line):
            unfolded = _unfold_line(line)
            if unfolded is not None:
                lines[n] = unfolded
                return "\n".join(lines)  # one attribution: the history starts there
    return text


def _unfold_line(line: str) -> str | None:
    for count, end in enumerate(_END.finditer(line)):
        if count == _MAX_ENDS:
            return None
        start = max(0, end.start() - _REACH)
        for opening in _OPENING.finditer(line, start, end.start()):
            attribution = line[opening.end() : end.end()]
            if _VERB.search(attribution) and _DATE_OR_ADDRESS.search(attribution):
                head, after = line[: opening.start() + 1], line[end.end() :].strip()
                return "\n".join(part for part in (head, attribution, after) if part)
    return None
