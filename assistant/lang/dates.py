"""Dates in a client's language: written for a reply, and found in an email's text.

Names of months and weekdays, and the order a language writes a date in, come from the
Unicode CLDR through Babel (ARCHITECTURE.md, "Dependencies": chosen over dateparser, which
took 140 ms to import and read "me" and "we" as dates). What CLDR does not hold, the words
for "tomorrow" or "by the end of the month", is each language module's ``due_words``.
A date without a year is the one nearest to the email's own Date (RFC 5322 3.6.1), never to
the day the draft is written: "by Friday" in an email of Tuesday 3 November 2026 is 6
November 2026, whenever the reply is drafted.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date, timedelta
from functools import cache

from assistant import lang

#: CLDR locale per language code where the bare code is not the one a reply expects.
_LOCALES = {"en": "en_GB", "no": "nb"}


@dataclass(frozen=True)
class FoundDate:
    """A date found in a text: ``day`` resolved, ``text`` as written, ``start``/``end`` offsets;
    ``exact`` False for the end of a span ("within two weeks", "by the end of the month")."""

    day: date
    text: str
    start: int
    end: int
    exact: bool = True


def locale_of(code: str | None) -> str:
    """Return the CLDR locale a reply in language ``code`` (ISO 639-1) writes dates in."""
    code = lang.base_code(code or "")
    if lang.find(code) is None:
        code = lang.FALLBACK
    return _LOCALES.get(code, code)


def format_long(day: date, code: str | None) -> str:
    """Return ``day`` as a reply writes it: "13 November 2026", "13. November 2026",
    "13 de noviembre de 2026" (CLDR long date format of the language; the first of a month
    as the language's ``first_of_month`` writes it: "1er décembre 2026")."""
    from babel.dates import format_date

    return _first_of_month(day, str(format_date(day, "long", locale=locale_of(code))), code)


def format_weekday(day: date, code: str | None) -> str:
    """Return ``day`` with its weekday and without the year: "Friday 13 November",
    "Freitag, 13. November", "vendredi 13 novembre" (the language's ``weekday_date``,
    a CLDR pattern; the English one for a language without)."""
    from babel.dates import format_date

    known = lang.find(lang.base_code(code or ""))
    pattern = known.weekday_date if known is not None and known.weekday_date else "EEEE d MMMM"
    return _first_of_month(day, str(format_date(day, pattern, locale=locale_of(code))), code)


def _first_of_month(day: date, written: str, code: str | None) -> str:
    """Return ``written`` (a date) with its day "1" as the language's ``first_of_month``
    ("mardi 1 décembre" -> "mardi 1er décembre")."""
    known = lang.find(lang.base_code(code or ""))
    if day.day != 1 or known is None or not known.first_of_month:
        return written
    return re.sub(r"(?<!\d)1(?!\d)", known.first_of_month, written, count=1)


def add_working_days(start: date, days: int) -> date:
    """Return the date ``days`` working days (Monday to Friday) after ``start``."""
    day = start
    while days > 0:
        day += timedelta(days=1)
        if day.weekday() < 5:
            days -= 1
    return day


def find_dates(text: str, code: str | None, *, base: date) -> list[FoundDate]:
    """Return the dates ``text`` names, in text order, resolved against ``base``.

    ``base`` is the day the text was written (the email's Date). Read: ISO dates
    (2026-11-13), day.month(.year) and day/month(/year) figures (month/day when the first
    cannot be a day's month), a day with a month name ("13 November", "13. Nov.", "13 de
    noviembre", "November 13th"), Chinese and Japanese dates ("12月14日", "2026年12月14日"), weekday names ("Friday", "vendredi": the next such day
    after ``base``; a weekday next to a written date is that date), and the language's
    ``due_words`` ("tomorrow", "end of the month", "within 5 working days"). A date written
    without a year is taken in ``base``'s year, or the next when that is over 60 days before
    ``base``. Names are matched without regard to case or accents' presence in the language's
    own spelling; a language without data is read with English's words.
    """
    names = _names(locale_of(code))
    found: list[FoundDate] = []
    taken: list[tuple[int, int]] = []

    def add(day: date | None, span: tuple[int, int], *, exact: bool = True) -> None:
        if day is None:
            return
        if any(span[0] < end and start < span[1] for start, end in taken):
            return
        written = text[span[0] : span[1]]
        if written.endswith(".") and _fold(written.split()[-1]) in names.wide:
            written = written[:-1]  # the sentence's full stop after "13 November"
        taken.append((span[0], span[0] + len(written)))
        found.append(FoundDate(day, written.strip(), span[0], span[0] + len(written), exact))

    for match in _ISO.finditer(text):
        add(_make(int(match["y"]), int(match["m"]), int(match["d"])), match.span())
    for match in names.day_month.finditer(text):
        month = names.months[_fold(match["month"])]
        add(_dated(base, month, int(match["day"]), match["year"]), match.span())
    for match in names.month_day.finditer(text):
        month = names.months[_fold(match["month"])]
        add(_dated(base, month, int(match["day"]), match["year"]), match.span())
    for match in _CJK.finditer(text):
        year = match["y"]
        add(_dated(base, int(match["m"]), int(match["d"]), year), match.span())
    for match in _NUMERIC.finditer(text):
        if _NOT_A_DATE.search(text[: match.start()]):
            continue  # "version 2.1", "Seite 3.4"
        first, second = int(match["a"]), int(match["b"])
        if second > 12 and "." in match.group(0):
            continue  # "Raum 2.14": a dotted date is day.month, never month.day
        day_, month = (first, second) if second <= 12 else (second, first)
        add(_dated(base, month, day_, match["y"]), match.span())
    for match in names.weekday.finditer(text):
        after = text[match.end() : match.end() + 4]
        if any(0 <= f.start - match.end() <= 4 for f in found) and re.match(r"[,\s]", after):
            continue  # "Friday, 13 November": the written date says it
        weekday = names.weekdays[_fold(match["weekday"])]
        if _past_weekday(text, match, code):
            continue  # "last Friday", "vendredi dernier", "Black Friday": no day ahead
        if any(_names_the_day(text, match.end(), f, weekday) for f in found):
            continue  # "Thursday morning, 10 December": the written date says it
        numbered = _WEEKDAY_NUMBER.match(text, match.end())
        if numbered is not None:  # "venerdì 11", "jueves 17", "Friday the 11th": that day
            day = _weekday_numbered(base, weekday, int(numbered["day"]))
            if day is not None:
                add(day, (match.start(), numbered.end()))
                continue
        ahead = (weekday - base.weekday() - 1) % 7 + 1
        add(base + timedelta(days=ahead), match.span())
    relative = _relative(code)
    if relative is not None:
        pattern, rules = relative
        for match in pattern.finditer(text):
            rule = _rule(rules, match)
            if rule.startswith("wd") and _past_weekday(text, match, code):
                continue  # "na sexta-feira passada"
            exact = rule in ("+0d", "+1d", "+2d") or (
                rule in ("dom",) and not _DEADLINE_START.match(match.group(0))
            )  # "no dia 14" is that day; "avant le 15" ends a span
            add(_apply(rules, match, base, code), match.span(), exact=exact)
    found = [f for f in found if not _weekday_before_date(text, f, found)]
    week_of = _week_of(code)
    return sorted((_week_end(text, f, week_of) for f in found), key=lambda f: f.start)


#: A word of "next" after a weekday ("sexta que vem", "vendredi prochain"), before its day.
_NEXT = r"(?:\s+(?:que vem|que viene|prochain|prossimo|next))?"
#: A bare day number right after a weekday name: "venerdì 11", "jueves 17", "Friday the 11th",
#: "viernes, día 11", "sexta que vem, dia 11";
#: not a clock time ("Friday 10:30", "lundi 9h", "Montag 10 Uhr") or an amount.
_WEEKDAY_NUMBER = re.compile(
    _NEXT
    + r",?\s+(?:(?:the|le|den|el|il|de|dia|día|giorno|op)\s+)?(?P<day>[0-3]?\d)(?:st|nd|rd|th|er|º|°|\.)?"
    r"(?![\d:/]|\.\d|[^\W\d]|\s*(?:h\b|h\d|uhr\b|uur\b|u\b|am\b|pm\b|a\.m|p\.m|%|€|\$|"
    r"hours?\b|stunden\b|heures?\b|horas?\b|ore\b|noon\b|midi\b|mittag\b|mediod[ií]a\b|"
    r"mezzogiorno\b|meio-dia\b))",
    re.IGNORECASE,
)


#: How far ahead a weekday with a day number may fall ("venerdì 11"): within two weeks, else
#: the number is no day of the month ("Friday 12 noon", "Monday 3 of our pages").
_NUMBERED_WEEKDAY_DAYS = 14


def _weekday_numbered(base: date, weekday: int, day: int) -> date | None:
    """Return the day numbered ``day`` on or after ``base`` within
    :data:`_NUMBERED_WEEKDAY_DAYS` days that falls on ``weekday`` (0 = Monday); None when
    there is none (the weekday alone then dates it)."""
    for ahead in range(_NUMBERED_WEEKDAY_DAYS + 1):
        candidate = base + timedelta(days=ahead)
        if candidate.day == day and candidate.weekday() == weekday:
            return candidate
    return None


#: What may stand between a weekday and the written date that names it: a comma, and a word
#: of "next" ("sexta que vem, dia 11").
_NEXT_THEN_DATE = re.compile(_NEXT + r",?\s?")


def _weekday_before_date(text: str, found: FoundDate, dates: list[FoundDate]) -> bool:
    """Tell whether ``found`` is a weekday that a written date right after it names ("na
    quarta, 16/12": the 16th, not the next Wednesday; "sexta que vem, dia 11"): another of
    ``dates`` starts at most a word of "next", a comma and a space after it."""
    return any(
        other is not found
        and 0 <= other.start - found.end <= 12
        and _NEXT_THEN_DATE.fullmatch(text[found.end : other.start]) is not None
        and other.start > found.start
        for other in dates
    ) and bool(re.search(r"[^\W\d]$", found.text))


def _week_end(text: str, found: FoundDate, week_of: re.Pattern[str] | None) -> FoundDate:
    """Return ``found`` as the end of its week's working days (Friday), not exact, when the
    text names the week it falls in ("the week of 14 December", "in der Woche vom 14.");
    ``found`` unchanged otherwise."""
    if week_of is None or not week_of.search(text[max(0, found.start - 30) : found.start]):
        return found
    friday = found.day + timedelta(days=max(0, 4 - found.day.weekday()))
    return replace(found, day=friday, exact=False)


#: A day of the month after these words is the last day of a span, not a slot.
_DEADLINE_START = re.compile(
    r"(?i)(?:by|before|until|till|bis|vor|avant|pour|d'ici|jusqu|au plus tard|antes|para|"
    r"hasta|entro|prima|per|voor|vóór|uiterlijk|até)\b"
)


def without_weekday(text: str, code: str | None) -> str:
    """Return ``text`` without the weekday name (and comma) that ends it, in language ``code``
    ("bis Mittwoch, " -> "bis "); ``text`` unchanged when it ends otherwise."""
    names = _names(locale_of(code))
    for match in names.weekday.finditer(text):
        if not text[match.end() :].strip(" ,"):
            return text[: match.start()]
    return text


def _past_weekday(text: str, match: re.Match[str], code: str | None) -> bool:
    """Tell whether the weekday ``match`` has one of the language's ``weekday_not_ahead``
    words right before or after it (English's for a language without its own)."""
    before = re.findall(r"\w+", text[max(0, match.start() - 24) : match.start()])
    # the rest of a hyphenated weekday is part of it ("na sexta" + "-feira passada")
    after = re.findall(r"\w+", re.sub(r"^-\w+", "", text[match.end() : match.end() + 30]))
    near = {w.lower() for w in (before[-1:] + after[:1])}
    return bool(near & _not_ahead_words(code))


@cache
def _not_ahead_words(code: str | None) -> frozenset[str]:
    """The language's ``weekday_not_ahead`` words in lower case (English's for a language
    without its own)."""
    known = lang.find(lang.base_code(code or ""))
    words = known.weekday_not_ahead if known is not None and known.weekday_not_ahead else ()
    return frozenset(w.lower() for w in words or lang.get("en").weekday_not_ahead)


@cache
def _week_of(code: str | None) -> re.Pattern[str] | None:
    """The language's ``week_of`` words as one pattern that ends where a date starts (English's
    for a language without its own); None when there are none."""
    known = lang.find(lang.base_code(code or ""))
    words = known.week_of if known is not None and known.week_of else lang.get("en").week_of
    if not words:
        return None
    alternation = "|".join(
        re.escape(w).replace(r"\ ", r"\s+") for w in sorted(words, key=len, reverse=True)
    )
    return re.compile(rf"(?i)(?<!\w)(?:{alternation})\s*$")


def _names_the_day(text: str, end: int, found: FoundDate, weekday: int) -> bool:
    """Tell whether the written date ``found`` follows a weekday name ending at ``end``
    closely (a few words, no figure, no sentence break between) and falls on that weekday
    (0 = Monday): "Thursday morning, 10 December", "jeudi matin, le 10 décembre"."""
    between = text[end : found.start]
    return (
        0 <= len(between) <= 24
        and not re.search(r"[\d.;!?]", between)
        and found.day.weekday() == weekday
    )


_NOT_A_DATE = re.compile(
    r"(?i)(?<!\w)(?:version|v|release|chapter|section|page|item|point|seite|kapitel|abschnitt|"
    r"punkt|ziffer|page|chapitre|article|artículo|capitolo|articolo|hoofdstuk|artikel|capítulo)"
    r"\s*$"
)
#: Chinese and Japanese dates: "12月14日", "2026年12月14日" (also with spaces, "12 月 14 日").
_CJK = re.compile(r"(?:(?P<y>\d{4})\s?年\s?)?(?P<m>\d{1,2})\s?月\s?(?P<d>\d{1,2})\s?[日号]")
_ISO = re.compile(r"(?<![\d-])(?P<y>\d{4})-(?P<m>\d{2})-(?P<d>\d{2})(?![\d-])")
_NUMERIC = re.compile(
    r"(?<![\d.,/:])(?P<a>\d{1,2})[./](?P<b>\d{1,2})"
    r"(?:\.?(?=\s|$|[,;)])|\.(?=:\s)|[./](?P<y>\d{2}|\d{4}))"  # "bis 11.12.: Ursache"
    r"(?![\d/]|\.\d)(?!:\d)"
)


@dataclass(frozen=True)
class _Names:
    months: dict[str, int]
    wide: frozenset[str]
    weekdays: dict[str, int]
    day_month: re.Pattern[str]
    month_day: re.Pattern[str]
    weekday: re.Pattern[str]


def month_number(word: str, code: str | None, *, abbreviated: bool = True) -> int | None:
    """Return the number (1-12) of the month ``word`` names in language ``code`` ("novembre"
    -> 11, "Nov." -> 11; CLDR wide and abbreviated names of three letters or more, the wide
    ones only without ``abbreviated``: "mar" is no month then), or None."""
    names = _names(locale_of(code))
    folded = _fold(word)
    return names.months.get(folded) if abbreviated or folded in names.wide else None


def _fold(word: str) -> str:
    return word.casefold().rstrip(".")


@cache
def _names(locale: str) -> _Names:
    """Month and weekday names of ``locale`` (CLDR wide and abbreviated), and their patterns."""
    from babel.dates import get_day_names, get_month_names

    months: dict[str, int] = {}
    weekdays: dict[str, int] = {}
    wide = frozenset(_fold(n) for n in get_month_names("wide", "format", locale).values())
    for width in ("wide", "abbreviated"):
        for context in ("format", "stand-alone"):
            for number, name in get_month_names(width, context, locale).items():
                if len(_fold(name)) >= 3:
                    months.setdefault(_fold(name), number)
            for number, name in get_day_names(width, context, locale).items():
                if width == "wide" or len(_fold(name)) >= 3:
                    weekdays.setdefault(_fold(name), number)
    if locale.startswith("en"):
        months.setdefault("sept", 9)
    month = "|".join(re.escape(m) for m in sorted(months, key=len, reverse=True))
    day = "|".join(re.escape(d) for d in sorted(weekdays, key=len, reverse=True))
    ordinal = r"(?:st|nd|rd|th|er|e|º|ª|°|\.)?"
    return _Names(
        months,
        wide,
        weekdays,
        re.compile(
            rf"(?<![\w.])(?P<day>[0-3]?\d){ordinal}\s*(?:de\s+|of\s+)?(?P<month>{month})\.?"
            rf"(?:,?\s+(?:de\s+)?(?P<year>\d{{4}}))?(?!\w)",
            re.IGNORECASE,
        ),
        re.compile(
            rf"(?<!\w)(?P<month>{month})\.?\s+(?P<day>[0-3]?\d){ordinal}"
            rf"(?:,?\s+(?P<year>\d{{4}}))?(?![\w:])",
            re.IGNORECASE,
        ),
        re.compile(rf"(?<!\w)(?P<weekday>{day})(?!\w)", re.IGNORECASE),
    )


@cache
def _relative(code: str | None) -> tuple[re.Pattern[str], list[str]] | None:
    """The language's ``due_words`` as one pattern (a group per rule) and the rules in order."""
    known = lang.find(lang.base_code(code or ""))
    words = known.due_words if known is not None and known.due_words else lang.get("en").due_words
    if not words:
        return None
    rules = list(words.values())
    months = "|".join(
        re.escape(m) for m in sorted(_names(locale_of(code)).months, key=len, reverse=True)
    )
    parts = []
    for i, phrase in enumerate(words):
        phrase = phrase.replace("(?P<n>", f"(?P<n{i}>")
        pieces = phrase.split("{month}")
        phrase = pieces[0] + "".join(
            f"(?P<m{i}_{k}>{months}){piece}" for k, piece in enumerate(pieces[1:])
        )
        parts.append(f"(?P<r{i}>{phrase})")
    pattern = "|".join(parts)
    return re.compile(rf"(?<!\w)(?:{pattern})(?!\w)", re.IGNORECASE), rules


def _index(match: re.Match[str]) -> int:
    groups = match.groupdict()
    return next(int(name[1:]) for name, value in groups.items() if value and name[0] == "r")


def _rule(rules: list[str], match: re.Match[str]) -> str:
    return rules[_index(match)]


def _apply(
    rules: list[str], match: re.Match[str], base: date, code: str | None = None
) -> date | None:
    """Resolve a ``due_words`` rule: +Nd (days), +Nw (working days), eow, eom, nw, nm, +n
    (days from the phrase's ``n`` group; nw is next week's Friday), +nw (working days from its ``n`` group), monthend
    and monthmid (the last or the 15th day of the month its ``{month}`` names), wd0-wd6 (the
    next Monday..Sunday after ``base``: Portuguese "na quinta" without "-feira"), dom (the
    day of the month its ``n`` group names, this month or the next: "avant le 15")."""
    groups = match.groupdict()
    index = _index(match)
    rule = rules[index]
    count = groups.get(f"n{index}")
    month_name = next(
        (value for name, value in groups.items() if value and name.startswith(f"m{index}_")), None
    )
    if rule in ("monthend", "monthmid") and month_name:
        month = _names(locale_of(code)).months.get(_fold(month_name))
        if month is None:
            return None
        if rule == "monthmid":
            return _dated(base, month, 15, None)
        first = _dated(base, month, 1, None)
        if first is None:
            return None
        return (first.replace(day=28) + timedelta(days=4)).replace(day=1) - timedelta(days=1)
    if rule in ("+n", "+nw"):
        if not count:
            return None
        number = int(count) if count.isdigit() else _number_word(count)
        if not number:
            return None
        return add_working_days(base, number) if rule == "+nw" else base + timedelta(number)
    if rule.startswith("+") and rule.endswith("d"):
        return base + timedelta(days=int(rule[1:-1]))
    if rule.startswith("+") and rule.endswith("w"):
        return add_working_days(base, int(rule[1:-1]))
    if rule == "eow":
        return base + timedelta(days=(4 - base.weekday()) % 7)
    if rule == "nw":  # some day next week: by its Friday
        return base + timedelta(days=7 - base.weekday() + 4)
    if rule == "eom":
        following = (base.replace(day=28) + timedelta(days=4)).replace(day=1)
        return following - timedelta(days=1)
    if rule == "nm":
        return (base.replace(day=28) + timedelta(days=4)).replace(day=1)
    if rule == "dom":  # "avant le 15": that day of this month, or of the next when it is past
        day = int(count) if count and count.isdigit() else 0
        if not 1 <= day <= 31:
            return None
        found = _make(base.year, base.month, day)
        if found is None or found < base:
            following = (base.replace(day=28) + timedelta(days=4)).replace(day=1)
            found = _make(following.year, following.month, day)
        return found
    if rule.startswith("wd") and rule[2:].isdigit():  # a weekday: the next one after base
        return base + timedelta(days=(int(rule[2:]) - base.weekday() - 1) % 7 + 1)
    return None


def _number_word(word: str) -> int:
    for known in lang.with_data("number_words"):
        if word.casefold() in known.number_words:
            return known.number_words[word.casefold()]
    return 0


def _make(year: int, month: int, day: int) -> date | None:
    try:
        return date(year, month, day)
    except ValueError:
        return None


def _dated(base: date, month: int, day: int, year: str | None) -> date | None:
    if year:
        number = int(year)
        return _make(number + 2000 if number < 100 else number, month, day)
    found = _make(base.year, month, day)
    if found is not None and found < base - timedelta(days=60):
        found = _make(base.year + 1, month, day)
    return found
