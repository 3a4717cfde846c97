"""Split email prose into sentences without breaking at abbreviations (each language's).

Shared by the concern extraction (offline drafter) and the citation grounding. A full stop
ends a sentence unless it closes an abbreviation ("Dr.", "z.B.", "Nov."), a day or month
number ("14. März"), or an initial ("J. Smith"); and a sentence must be followed by a word
that starts with a capital, a digit or an opening quote or bracket. The full-width marks of
Chinese and Japanese (U+3002, U+FF01, U+FF1F) end a sentence with no space after them.
"""

from __future__ import annotations

import re

from assistant import lang
from assistant.lang.dates import month_number

#: Words a full stop does not end a sentence after: every language's ``abbreviations``.
ABBREVIATIONS = frozenset(word for known in lang.all_languages() for word in known.abbreviations)
# From the start of a run of marks only (a run not followed by a space then costs its length).
#: A list item's marker at the start of a line ("- ", "* ", "• ", "1. ", "2) ").
LIST_ITEM = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")
_BOUNDARY = re.compile(
    r"(?<![.!?…])[.!?…]++[\"'”“»«)\]]*+\s+|[\u3002\uff01\uff1f]++[\u300d\u300f\uff09]*+\s*"
)
_FULL_WIDTH_END = (
    "\u3002\uff01\uff1f"  # Chinese and Japanese: a sentence ends there, with no space after
)
_OPENERS = "\"'„“«»([¿¡"
_WORD_AFTER = re.compile(r"[\w.]+")
_WORD_BEFORE = re.compile(r"(\w+)\W*$")
#: A month's number after a day's: "15. 12." (a date written with a space).
_MONTH_NUMBER = re.compile(r"(?:0?[1-9]|1[0-2])\.(?:\d{2}|\d{4})?")


def _ordinal(text: str, start: int, begin: int, end: int) -> bool:
    """Tell whether the number that ends at ``text[begin:]`` before a full stop is a day or
    an ordinal ("am 14. März", "den 3. Platz"), not a sentence's end: the word before it is
    not a capitalised noun, or a month follows (its name, full or short, in a language whose
    module lists its months, with CLDR's short names: "Freitag, 18. Dez."; or its number:
    "Dienstag, 15. 12."); "Seite 3. Das sehe ich nicht", "auf Platz 4. Die Gründe ..." end
    their sentences. ``start`` is where the sentence began, ``end`` where the next one would."""
    window = max(start, begin - 80)  # a word's length: never the whole text back
    before = _WORD_BEFORE.search(text[window:begin])
    noun = (
        before is not None
        and before.group(1)[:1].isupper()
        and (window > start or bool(text[window : window + before.start()].strip()))
    )
    if not noun:  # a capital that opens the sentence is no noun's ("Am 3. Und dann?")
        return True
    after = _WORD_AFTER.match(text, end)
    if after is None:
        return False
    word = after.group(0)
    return _MONTH_NUMBER.fullmatch(word) is not None or any(
        month_number(word, known.code) for known in lang.with_data("months")
    )


def split_paragraph(text: str) -> list[str]:
    """Return the sentences of one paragraph (a string with no list structure), stripped.

    Whitespace inside sentences is kept as given; empty pieces are dropped.
    """
    sentences: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(text):
        end = match.end()
        if match.group(0)[0] in _FULL_WIDTH_END:
            if text[start:end].strip() and end < len(text):
                sentences.append(text[start:end].strip())
                start = end
            continue
        # the last word before the marks: read alone, not by splitting all since ``start``
        stop = match.start()
        while stop > start and text[stop - 1].isspace():
            stop -= 1
        begin = stop
        while begin > start and not text[begin - 1].isspace():
            begin -= 1
        word = text[begin:stop].lower().rstrip(".")
        word = re.split(r"['\u2019]", word)[-1]  # "l'ing. Kowalski": the word after the elision
        word = word.lstrip(_OPENERS)  # "(n. 2026-1203)": the abbreviation inside a bracket
        if match.group(0).startswith(".") and (
            (word.isdigit() and len(word) <= 2 and _ordinal(text, start, begin, end))
            or word in ABBREVIATIONS
            or (len(word) == 1 and word.isalpha())
        ):
            continue
        following = text[end : end + 1]
        if following and not (following.isupper() or following.isdigit() or following in _OPENERS):
            continue
        sentences.append(text[start:end].strip())
        start = end
    sentences.append(text[start:].strip())
    return [sentence for sentence in sentences if sentence]
