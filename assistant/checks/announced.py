"""What the client says they will do, or may do, and when: end the contract, put the work
out to tender, hold payment, decide (PLAYBOOK.md step 1: understand their view; the reply
says it has noted each, with its date, and argues with none).

"À défaut, nous résilierons le contrat avec effet au 31 janvier 2027", "Tot die tijd houden
wij de betaling van de factuur aan", "la decisione la prendiamo in consiglio lunedì 14" are
no requests, and a reply that answers only the requests reads as if it had not seen them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date
from functools import cache

from assistant import lang
from assistant.checks.situations import negated_before
from assistant.lang.dates import find_dates

#: The kinds of step, in the order a reply names them.
KINDS = ("end", "tender", "payment", "decision")
#: Steps that are dated, and noted only with their date: a decision or an end without one is
#: a word in passing ("we decided to trust you", "the end of the contract year"). A tender or
#: held payment is noted without one (its date is rarely its own: "until then").
DATED = frozenset({"end", "decision"})


@dataclass(frozen=True)
class Step:
    """One step the client announces: ``kind`` of :data:`KINDS`; ``day`` its date for a
    kind of :data:`DATED` (the date written nearest to it in its sentence, on or after the
    email's Date), else None; ``sentence`` as written."""

    kind: str
    day: date | None
    sentence: str


def announced_steps(
    sentences: Sequence[str], language: str, *, sent: date, asked: Sequence[str] = ()
) -> tuple[Step, ...]:
    """Return the steps ``sentences`` (an email's new text, split) announce in ``language``
    (ISO 639-1; the language's ``announced_steps``, none for a language without), one per
    kind, in :data:`KINDS` order.

    A match with a negation in the four words before it does not count ("we do not intend to
    terminate"); a sentence of ``asked`` (the email's asks: "please confirm the end date of
    the contract", "decide by Friday") is answered as an ask, and names no step but held
    payment. ``sent`` is the email's Date (a date before it is past). Raises nothing.
    """
    patterns = _patterns(language)
    if not patterns:
        return ()
    negations = set(lang.phrase(language, "negations"))
    found: dict[str, Step] = {}
    for sentence in sentences:
        for kind, pattern in patterns.items():
            if kind in found or (kind != "payment" and _asks_in(sentence, asked)):
                continue
            match = next(
                (
                    m
                    for m in pattern.finditer(sentence)
                    if not negated_before(sentence, m.start(), negations)
                ),
                None,
            )
            if match is None:
                continue
            day = None
            if kind in DATED:
                day = _nearest_date(sentence, language, sent, match.start())
                if day is None:
                    continue
            found[kind] = Step(kind, day, sentence)
    return tuple(found[kind] for kind in KINDS if kind in found)


def _asks_in(sentence: str, asked: Sequence[str]) -> bool:
    """Tell whether ``sentence`` is, or holds, one of the ``asked`` sentences (a list item
    of it: "a) la conferma scritta della data di cessazione")."""
    return any(ask and (ask in sentence or sentence in ask) for ask in asked)


@cache
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    steps = lang.get(language).announced_steps
    return {
        kind: re.compile(rf"(?i)(?<!\w)(?:{steps[kind]})(?!\w)") for kind in KINDS if kind in steps
    }


def _nearest_date(sentence: str, language: str, sent: date, at: int) -> date | None:
    """Return the date of ``sentence`` on or after ``sent`` written nearest to offset ``at``."""
    days = [d for d in find_dates(sentence, language, base=sent) if d.day >= sent]
    if not days:
        return None
    return min(days, key=lambda d: min(abs(d.start - at), abs(d.end - at))).day
