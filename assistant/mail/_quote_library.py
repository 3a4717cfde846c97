"""mail-parser-reply's per-language patterns, as assistant/mail/_quotes.py and
assistant/mail/_signature.py use them: its quote-header pattern (attribution lines, Outlook
header blocks) and its signature pattern (sign-offs, mobile footers), guarded and bounded."""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lang

_ANY_TAIL = r"(.|\s)*)"
_LIBRARY_MARGIN = 4  # lines: an attribution wraps over at most three
_LIBRARY_LINE = 1000  # characters: longer lines are no quote headers; bounds backtracking
_LIBRARY_LANGUAGES = [language.code for language in lang.all_languages() if language.quote_library]


@lru_cache(maxsize=1)
def library_patterns() -> tuple[re.Pattern[str], re.Pattern[str]]:
    """Return mail-parser-reply's header and signature patterns for our languages."""
    from mailparser_reply.parser import EmailMessage

    message = EmailMessage(text="", languages=list(_LIBRARY_LANGUAGES), keep_hyphen_lists=True)
    return at_line_starts(message.HEADER_REGEX), at_line_starts(message.SIGNATURE_REGEX)


def at_line_starts(pattern: re.Pattern[str]) -> re.Pattern[str]:
    """Return ``pattern`` guarded to start only at a line start or a newline.

    Every alternative of the library's patterns starts there (``^``, ``\\n``, or ``\\s*^`` on
    stripped lines), so the guard keeps the matches and skips trying some twenty
    alternatives at every other position: 3-10x faster. A trailing ``(.|\\s)*`` only
    extends the match to the end of the text, and we use the start alone: it is dropped.
    """
    source = pattern.pattern
    if source.endswith(_ANY_TAIL):
        source = source[: -len(_ANY_TAIL)] + ")"
    return re.compile(rf"(?=^|\n)(?:{source})", pattern.flags)


def library_cut(lines: list[str], before: int | None) -> int | None:
    """Return the first line of a quote header found by mail-parser-reply's pattern.

    Only a match that starts above line ``before`` can matter, and every alternative of
    the pattern needs a colon or "original message", so the (slow) search runs from a few
    lines above the first such line to a few lines below ``before``, on lines cut to
    ``_LIBRARY_LINE`` characters (a 60 KB line of ``>`` otherwise costs half a second).
    """
    stop = len(lines) if before is None else min(len(lines), before + _LIBRARY_MARGIN)
    first = next(
        (i for i in range(stop) if ":" in lines[i] or "original message" in lines[i].lower()),
        None,
    )
    if first is None:
        return None
    start = max(0, first - _LIBRARY_MARGIN)
    text = "\n".join(line[:_LIBRARY_LINE] for line in lines[start:stop])
    header_re, _ = library_patterns()
    match = header_re.search(text)
    return None if match is None else start + line_of(text, match.start())


def line_of(text: str, offset: int) -> int:
    while offset < len(text) and text[offset] in "\n \t":
        offset += 1
    return text.count("\n", 0, offset)
