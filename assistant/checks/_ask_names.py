"""A person of ours asked for by name (:mod:`assistant.checks.asks`): "Je veux Karim dessus",
"Voglio Giorgio, quello che ha seguito il sito", a list item "Marco on this please." or
"Lotte terug op ons account".

A name is a word in capitals and small letters that is no word the language's restatement
turns, no polite pronoun ("Sie", "Ihnen", "Lei", "U"), none of its function words and no day
("Thursday", "Mardi"), right after a request lead (an article between them allowed: "Quero o
Pedro de volta") or opening an item of a list of asks, and followed by what asks for that
person (the language's ``person_tails``: "on this", "dessus", "terug op", "de volta", "als
Ansprechpartner", a comma before "quello che"; after a list item's marker only its
``person_item_tails``, as a noun may open an item: "Confirmation on the new prices").
"""

from __future__ import annotations

import re
from datetime import date
from functools import cache

from assistant import lang
from assistant.checks._ask_cues import ask_cues
from assistant.lang.dates import find_dates

#: A given name: a capital, then small letters ("Karim", "Zoë"), or two joined ("Jean-Marc").
_NAME = r"[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,}(?:-[A-ZÀ-ÖØ-Þ][a-zß-öø-ÿ]{2,})?"
#: Words that may stand between a request lead and a name ("possible que Julien reprenne").
_ARTICLES = r"(?:(?:a|o|il|la|de|den|die|der|het|que|che|dass|dat|that)\s+)?"


def asked_by_name(sentence: str, language: str, *, listed: bool) -> str:
    """Return the name of the person ``sentence`` asks for (see the module), or "".

    ``listed`` is True for an item of a list of asks (:func:`assistant.checks.asks
    .listed_asks`), which needs no request lead: "Marco on this please." The name is
    returned as written; it is the client's text, untrusted.
    """
    text = sentence.strip()
    starts: list[tuple[int, re.Pattern[str] | None]] = []
    if listed:
        opening = len(text) - len(re.sub(r"^(?:[-*•]|\d{1,2}[.)])\s*", "", text))
        starts.append((opening, _named(language, "person_item_tails")))
    lead = ask_cues(language)["lead"].search(text)
    # "Please Sam, call me": a name after "please" is who the client writes to
    if lead is not None and not lang.word_pattern(language, "requests").search(lead.group(0)):
        starts.append((lead.end(), _named(language, "person_tails")))
    for start, named in starts:
        found = named.match(text, start) if named else None
        if found and _a_name(found.group(1), language):
            return found.group(1)
    return ""


def _a_name(word: str, language: str) -> bool:
    """Tell whether ``word`` may be a person's name: no word the language's restatement turns,
    no function word, month, weekday or date ("Thursday", "Mardi"), no polite pronoun."""
    if word.casefold() in _not_names(language):
        return False
    return not find_dates(word, language, base=_ANY_DAY)


#: Any day: a weekday's name is read against it only to tell that it is one.
_ANY_DAY = date(2000, 1, 3)


@cache
def _named(language: str, attribute: str) -> re.Pattern[str] | None:
    """A name followed by one of the language's ``attribute`` tails; None when it has none."""
    tails = "|".join(getattr(lang.get(language), attribute))
    if not tails:
        return None
    return re.compile(rf"[\s:]*{_ARTICLES}({_NAME})(?![\w-])\s*(?:{tails})")


@cache
def _not_names(language: str) -> frozenset[str]:
    """Capitalised words that are no name in ``language``: what its restatement turns
    ("Sie", "Ihnen", "Lei", "U"), every language's ``polite_pronouns``, its function words,
    its months and "somebody", "nobody" (its ``indefinite_people``)."""
    known = lang.get(language)
    words = (
        *(pronoun for other in lang.all_languages() for pronoun in other.polite_pronouns),
        *known.months,
        *known.restate_swaps,
        *known.restate_swaps_informal,
        *known.stop_words,
        *known.conjunctions,
        *known.negations,
        *known.indefinite_people,
    )
    return frozenset(word.casefold() for word in words if " " not in word)
