"""Which ask a date or a clock time of the client's sentence belongs to (checks/asks.py).

A date goes to the kind named closest to it, a date after a deadline word ("by", "bis",
"avant") is a last day rather than a proposed slot, and a clock time after a deadline word
in a sentence naming no day is due the day the email was sent. ``cues`` are the compiled
patterns of :func:`assistant.checks._ask_cues.ask_cues` (``deadline``, ``list_end``, ``join``,
``noon`` and one per kind); dates are :class:`assistant.lang.dates.FoundDate` values.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

#: A clock time as clients write it: "3pm", "10:30", "14h", "9 h 30", "10 Uhr", "a las 15",
#: "às 10".
TIME = re.compile(
    r"\b(?:[01]?\d|2[0-3])(?::[0-5]\d)?\s?(?:am|pm|a\.m\.|p\.m\.)|\b(?:[01]?\d|2[0-3])[:h][0-5]\d\b"
    r"|\b(?:[01]?\d|2[0-3]) h [0-5]\d\b"  # French "9 h 30"
    # "9.15" is a time, "11.12." a day and month (German, Dutch: "bis 11.12.")
    r"|\b(?:[01]?\d|2[0-3])\.[0-5]\d\b(?![.]\s*(?:\d|$|[:;,)\s]))"
    r"|\b(?:[01]?\d|2[0-3])\s?(?:Uhr|uur|u|h)\b"
    r"|(?<=\balle )(?:[01]?\d|2[0-3])\b|(?<=\balle ore )(?:[01]?\d|2[0-3])\b"
    r"|(?<=\ba las )(?:[01]?\d|2[0-3])\b|(?<=\bde las )(?:[01]?\d|2[0-3])\b"
    r"|(?<=\bàs )(?:[01]?\d|2[0-3])\b"
    # "tomorrow at 10", "on Thursday at 9": a bare hour after a day (not "at 10 per cent")
    r"|(?:(?<=tomorrow at )|(?<=today at )|(?<=day at )|(?<=morning at ))"
    r"(?:[1-9]|1[0-2])\b(?![.,]\d|\s*(?:%|per\b|pages?\b|euros?\b))",
    re.IGNORECASE,
)


def closes_a_list(text: str, day: Any, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the date ``day`` (a FoundDate) stands after a comma at the end of the
    sentence, set apart from the kinds before it ("A written explanation and a recovery plan,
    by Friday."): it dates each of them, not only the nearest."""
    return bool(cues["list_end"].search(text[: day.start])) and not re.search(
        r"\w", text[day.end :]
    )


def deadline_first(text: str, dates: list[Any], cues: dict[str, re.Pattern[str]]) -> list[Any]:
    """Return ``dates`` (FoundDates in text order) with a date after a deadline word before
    the dates ahead of it in the same clause ("a report on the Friday outage by Wednesday 9
    December": Wednesday), not past a conjunction ("fixed this morning, and by Monday I want
    to know why": this morning stays first)."""
    ordered = list(dates)
    for later in dates:
        if not after_deadline_word(text, later, cues):
            continue
        here = ordered.index(later)
        while here and not cues["join"].search(text[ordered[here - 1].end : later.start]):
            if after_deadline_word(text, ordered[here - 1], cues):
                break
            ordered[here - 1], ordered[here] = ordered[here], ordered[here - 1]
            here -= 1
    return ordered


@dataclass(frozen=True)
class DeadlineTime:
    """A clock time after a deadline word in a sentence that names no day: ``text`` with that
    word ("before 9:15", "até o meio-dia"), ``clock`` the time alone ("9:15", "meio-dia"),
    ``start`` and ``end`` its offsets in the sentence (as a FoundDate has them)."""

    text: str
    clock: str
    start: int
    end: int


def deadline_time(text: str, cues: dict[str, re.Pattern[str]]) -> DeadlineTime | None:
    """Return a clock time after a deadline word, with that word, in a sentence that names no
    day ("Get me the report before 9:15", "avant 11h", "até ao meio-dia": the day the email
    was sent); None for none."""
    for match in [*TIME.finditer(text), *cues["noon"].finditer(text)]:
        start = _deadline_word_before(text, match.start(), cues)
        if start is not None:
            return DeadlineTime(text[start : match.end()], match.group(0), start, match.end())
    return None


def is_slot(text: str, day: Any, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the date ``day`` (a FoundDate) is a proposed slot: a clock time follows it
    within a few words ("woensdag 2 december om 14.00 uur", "Thursday 10 December, 10:30",
    "le jeudi 10 décembre à 14h30") and no deadline word stands before it ("by Thursday
    12:00" is a last day)."""
    if after_deadline_word(text, day, cues):
        return False
    clock = TIME.search(text, day.end)
    if clock is None or clock.start() - day.end > 16:
        return False
    return not re.search(r"[;:!?]", text[day.end : clock.start()])


def after_deadline_word(text: str, day: Any, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the date ``day`` (a FoundDate) follows a deadline word ("before the 10th",
    "avant le 10 décembre", "bis Freitag", "by Wednesday 9 December": a word such as its
    weekday may stand between): the last day, not a proposed slot."""
    return _deadline_word_before(text, day.start, cues) is not None


def _deadline_word_before(text: str, at: int, cues: dict[str, re.Pattern[str]]) -> int | None:
    """Return where the deadline word that ends right before offset ``at`` starts (one word
    may stand between: "by Wednesday 9 December"), looking 40 characters back; None."""
    origin = max(0, at - 40)
    before = text[origin:at]
    word = cues["deadline"].search(before) or cues["deadline"].search(
        re.sub(r"\w[\w-]*,?\s*$", "", before)  # "até segunda-feira, dia 14"
    )
    return origin + word.start() if word else None


def times_owned(
    text: str, dates: list[Any], owned: dict[str, Any], kinds: list[str]
) -> dict[str, str]:
    """Return the clock time each kind names: a time belongs to the kind whose date (of
    ``owned``) is written closest to it ("the numbers by Thursday 12:00": the numbers;
    "na próxima terça-feira, dia 24, às 10h": the meeting dated Tuesday), none when no kind
    owns a date of the sentence, and with no date, to a meeting. A "time" inside a date
    ("13.11.") is none."""
    times: dict[str, str] = {}
    kind: str | None
    for match in TIME.finditer(text):
        if any(d.start < match.end() and match.start() < d.end for d in dates):
            continue  # "bis zum 13.11.": a date, not 13:11
        if owned:  # the date owned by a kind written closest to it
            kind, _ = min(
                owned.items(),
                key=lambda item: min(
                    abs(item[1].end - match.start()), abs(match.end() - item[1].start)
                ),
            )
        elif dates:
            kind = None
        else:
            kind = "meeting" if "meeting" in kinds else None
        if kind is not None:
            times.setdefault(kind, match.group(0))
    return times


def nearest_kind(
    text: str, kinds: list[str], day: Any, cues: dict[str, re.Pattern[str]]
) -> str | None:
    """Return which of ``kinds`` the date ``day`` (a FoundDate) belongs to: the kind whose
    words stand closest to it ("a credit of 800 euros and a written answer by the 13th": the
    written answer), words after the date counting at twice their distance (a date follows
    what it dates: "an answer by the 14th, and a meeting": the answer), and not at all past
    a conjunction or a semicolon ("a meeting on the 15th and a refund of 1,200 euros": the
    meeting); words before it count less past a semicolon ("a credit; a revised agreement
    by 15 January": the agreement). None when every kind's words follow it past a
    conjunction: the date is of something else ("que la web funcione hoy mismo y que me
    devuelvan la cuota": today is for the website, not the refund)."""

    begin: int = day.start
    stop: int = day.end

    def gap(start: int, end: int) -> int:
        if start <= begin and stop <= end:
            return 0  # the words hold the date ("12月14日までに書面での回答")
        if end <= begin:
            between = text[end:begin]
            return begin - end + (len(text) if ";" in between else 0)
        if cues["join"].search(text[stop:start]):
            return 2 * len(text)  # "a meeting on the 15th and a refund": the meeting's date
        return 2 * abs(start - stop) + 1

    def distance(kind: str) -> int:
        spans = [m.span() for m in cues[kind].finditer(text)]
        return min((gap(*span) for span in spans), default=len(text))

    nearest = min(kinds, key=distance)
    return None if distance(nearest) == 2 * len(text) else nearest
