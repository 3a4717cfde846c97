"""Check a model's internal notes (playbook steps 4 and 5) against the code's own figures.

With an LLM backend the prose of ``notes["worth_pursuing"]`` and ``notes["manager_note"]``
is the model's. :func:`assistant.drafting.facts.ground_completion` puts the code's
recommendation and figures above it; this module reads the prose for two things that would
contradict them:

- a recommendation other than the code's (:func:`recommended_action`,
  :func:`recommendation_conflict`): the words of pursue, maintain and re-scope in English
  and German, with the labels of :mod:`assistant.accounts.figures` ("ausbauen", "halten",
  "Umfang neu festlegen") among them;
- money amounts, percentages and hours that are none of the account's figures
  (:func:`quantities`, :func:`known_figures`, :func:`unknown_figures`), allowing for
  rounding and for English and German number formats (5.0% = 5 % = 5,0 %;
  60,000 = 60000 = 60.000 = 60k).

Both checks prefer silence to a false alarm: a negated or hedged recommendation (also one
denied after it: "re-scoping isn't warranted"), one that reports what someone else wants, a
question, or prose naming two different recommendations gives no finding; a number is only
read as a figure when a unit (%, h, Std., a currency) or money words around it say what it
is, and dates, years, quarters, ranks, counts and hour limits ("within 24 hours", "bis zu 5
Stunden") are never figures. Pure functions: no I/O, no state.
"""

from __future__ import annotations

import bisect
import itertools
import math
import re
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from typing import Literal

from assistant import lang
from assistant.accounts.figures import AccountFigures, Action
from assistant.lang.sentences import LIST_ITEM, split_paragraph

Kind = Literal["money", "percent", "hours"]

#: Human names of the checked notes, for findings.
NOTE_NAMES = {"worth_pursuing": "worth-pursuing note", "manager_note": "manager note"}

# -- recommendations -----------------------------------------------------------------------------

_ACTIONS: tuple[Action, ...] = ("pursue", "maintain", "re-scope")
_ACTION_RES = {
    action: re.compile(
        "|".join(
            f"(?:{pattern})"
            for known in lang.with_data("note_actions")
            for pattern in known.note_actions[action]
        ),
        re.IGNORECASE,
    )
    for action in _ACTIONS
}
# "Recommendation: halten", "Empfehlung: ausbauen.", "we recommend maintaining." (the word
# alone ends the phrase; "recommend maintaining good relations" is no label).
_LABEL_WORDS: dict[str, Action] = {
    word: action
    for known in lang.with_data("note_label_words")
    for word, action in known.note_label_words.items()
    if action in _ACTIONS
}
_LABEL = re.compile(
    rf"\b(?:{lang.alternation('note_label_leads')})\s*[:=-]?\s*({'|'.join(_LABEL_WORDS)})\b"
    r"(?=\s*(?:[.;,!()]|$))",
    re.IGNORECASE,
)
# Words that negate what follows them in the same part of a sentence.
_NEGATION = re.compile(rf"\b(?:{lang.alternation('note_negations')})\b|n't\b", re.IGNORECASE)
_NEGATION_AT_END = re.compile(
    rf"\b(?:{lang.alternation('final_negations')})(?:\s+mehr)?\s*$", re.IGNORECASE
)
# The match as the subject of a negated statement: "Re-scoping isn't warranted", "A re-scope of
# the account is not needed", "Den Umfang neu festzulegen ist nicht nötig". A relative clause
# in between ("re-scope the hours, which are not billed") is about something else.
_NEGATED_AFTER = re.compile(
    rf"^\s*(?:(?!(?:{lang.alternation('relative_words')})\b)[\w'-]+\s+){{0,4}}?"
    rf"(?:{lang.alternation('negated_statements')})",
    re.IGNORECASE,
)
# Where a new thought starts: a negation before it no longer applies.
_BOUNDARY = re.compile(
    rf"[;,()\n]|\s[-\u2013\u2014]\s|\b(?:{lang.alternation('thought_breaks')})\b", re.IGNORECASE
)
# Conditions and hedges: the writer is not (yet) recommending it.
_UNSURE = re.compile(rf"\b(?:{lang.alternation('hedges')})\b", re.IGNORECASE)
# Someone else's wish ("Rachel wants us to invest more") is no recommendation; ours is
# ("we want to re-scope", "daher möchten wir ...").
_FIRST_PERSON = frozenset(word for known in lang.all_languages() for word in known.first_person)
_WISH = re.compile(rf"\b(?:{lang.alternation('wishes')})\b", re.IGNORECASE)
# "I would not recommend, ..." / "Ich empfehle nicht, den Kunden auszubauen".
_ADVISE = re.compile(rf"\b(?:{lang.alternation('advice_words')})\b", re.IGNORECASE)
#: Characters of a sentence read on either side of a match (a sentence up to this long is read
#: whole), and matches of one pattern read per sentence: prose has a few, and a run-on
#: "sentence" of thousands would otherwise cost its length squared.
_CONTEXT = 400
_MAX_MATCHES = 10
_NON_SPACE = re.compile(r"\S+")


def _sentences(prose: str) -> list[str]:
    """Split note prose into sentences: per line (list marks removed), then per sentence."""
    out: list[str] = []
    for line in prose.splitlines():
        line = LIST_ITEM.sub("", line).strip()
        if line:
            out.extend(split_paragraph(line))
    return out


def _segment(sentence: str, start: int, end: int) -> tuple[str, str, str, str]:
    """Return (previous part, text before, match, text after) of the match's sentence part.

    Parts are separated by :data:`_BOUNDARY`; the previous part is the one before a comma
    directly preceding the match's part ("" when there is none).
    """
    cuts = [(b.start(), b.end()) for b in _BOUNDARY.finditer(sentence, 0, start)]
    cut = cuts[-1][1] if cuts else 0
    previous = ""
    if cuts and sentence[cuts[-1][0] : cuts[-1][1]] == ",":
        previous = sentence[cuts[-2][1] if len(cuts) > 1 else 0 : cuts[-1][0]]
    after_end = len(sentence)
    boundary = _BOUNDARY.search(sentence, end)
    if boundary is not None:
        after_end = boundary.start()
    return previous, sentence[cut:start], sentence[start:end], sentence[end:after_end]


def _counts(sentence: str, start: int, end: int) -> bool:
    """Whether the match at ``start:end`` is a recommendation the writer makes."""
    previous, before, match, after = _segment(sentence, start, end)
    part = before + match + after
    if _NEGATION.search(before) or _NEGATION_AT_END.search(after.rstrip(" .!")):
        return False
    if _NEGATED_AFTER.search(after):
        return False
    if _NEGATION.search(previous) and _ADVISE.search(previous):
        return False
    if _NEGATION.search(match):  # "not worth pursuing" read as one match
        return False
    if _UNSURE.search(sentence[: start + len(match)]) or _UNSURE.search(after):
        return False
    wider = previous + part  # "Der Kunde möchte, dass wir ... ausbauen"
    words = [(word.start(), word.end()) for word in _NON_SPACE.finditer(wider)]
    starts, ends = [a for a, _ in words], [b for _, b in words]
    for wish in _WISH.finditer(wider):
        # the words either side of the wish, cut at it: "we" in "we will", "I'd" in "I'd like"
        near: list[str] = []
        left = bisect.bisect_left(starts, wish.start()) - 1
        if left >= 0:
            near.append(wider[starts[left] : min(ends[left], wish.start())])
        right = bisect.bisect_right(ends, wish.end())
        if right < len(words):
            near.append(wider[max(starts[right], wish.end()) : ends[right]])
        if not any(word.strip(".,;:!?").casefold() in _FIRST_PERSON for word in near):
            return False
    return True


def _counts_near(sentence: str, start: int, end: int) -> bool:
    """:func:`_counts` of the match at ``start:end``, read within ``_CONTEXT`` characters."""
    low = max(0, start - _CONTEXT)
    return _counts(sentence[low : end + _CONTEXT], start - low, end - low)


def recommended_actions(prose: str) -> frozenset[Action]:
    """Return the recommendations the prose makes, in any order (empty when none is made).

    ``prose`` is a note's text as the model wrote it (English or German). Questions,
    negated matches ("we should not pursue fully", "nicht voll verfolgen", "rather than
    re-scoping"), hedged or conditional ones ("we could invest more if ...") and other
    people's wishes ("the client wants us to invest more") are left out. A run-on sentence
    is read in part: its first ``_MAX_MATCHES`` matches of each pattern, each within
    ``_CONTEXT`` characters.
    """
    found: set[Action] = set()
    for sentence in _sentences(prose):
        if sentence.rstrip(" \"'”“»«)").endswith("?"):
            continue
        for action, pattern in _ACTION_RES.items():
            for match in itertools.islice(pattern.finditer(sentence), _MAX_MATCHES):
                if action not in found and _counts_near(sentence, match.start(), match.end()):
                    found.add(action)
        for match in itertools.islice(_LABEL.finditer(sentence), _MAX_MATCHES):
            label = _LABEL_WORDS[match.group(1).casefold()]
            if label not in found and _counts_near(sentence, match.start(), match.end()):
                found.add(label)
    return frozenset(found)


def recommended_action(prose: str) -> Action | None:
    """Return the one recommendation the prose makes, or None (none, or more than one)."""
    found = recommended_actions(prose)
    return next(iter(found)) if len(found) == 1 else None


def recommendation_conflict(prose: str, action: Action | None) -> Action | None:
    """Return the prose's recommendation when it differs from the code's ``action``, else None.

    ``action`` is ``Recommendation.action`` of :func:`assistant.accounts.figures.recommend`; None
    (no figures) never conflicts. Prose with no clear single recommendation gives None.
    """
    if action is None:
        return None
    said = recommended_action(prose)
    return said if said is not None and said != action else None


# -- figures -------------------------------------------------------------------------------------

_CURRENCIES = r"EUR|USD|GBP|CHF|€|\$|£"
_CURRENCY_WORDS = lang.alternation("currency_words")
_NUMBER = re.compile(
    r"(?<![\w.,/-])(?<!\d\s)(?:\d{1,3}(?:[.,'\u2019\u00a0\u202f]\d{3})+|\d+)(?:[.,]\d+)?(?!\d)"
)
_DATES = re.compile(
    r"\b\d{4}-\d{1,2}-\d{1,2}\b|\b\d{1,2}\.\s?\d{1,2}\.(?:\s?\d{2,4}\b)?"
    r"|\b\d{1,2}/\d{1,2}(?:/\d{2,4})?\b|\b\d{1,2}/\d{4}\b|\b\d{1,2}:\d{2}\b"
)
_SCALE = re.compile(rf"\s?({lang.alternation('scale_words')})(?![^\W\d_])")
_SCALES = {
    word: value for known in lang.with_data("scales") for word, value in known.scales.items()
}
_PERCENT = re.compile(rf"\s?(?:%|{lang.alternation('percent_words')})", re.IGNORECASE)
_HOURS = re.compile(
    rf"(\s?-\s?|\s?)(?:(?:{lang.alternation('hour_words')})(?![^\W\d_])|{lang.alternation('hour_abbreviations')})",
    re.IGNORECASE,
)
_MONEY_WORDS = re.compile(rf"\b(?:{lang.alternation('money_words')})\b", re.IGNORECASE)
_PER_YEAR = re.compile(rf"\s?(?:{lang.alternation('per_period')})\b", re.IGNORECASE)
# Hours that are a deadline, an interval or a contract's limit, not hours spent: "within 24
# hours", "up to 5 hours a month", "bis zu 5 Stunden", "im Rahmen der 5 Stunden pro Monat".
_NOT_TOTAL_HOURS = re.compile(
    rf"\b(?:(?:{lang.alternation('interval_words')})|(?:{lang.alternation('limit_words')})"
    rf"(?:\s+(?:{lang.alternation('limit_determiners')}))*)\s*$",
    re.IGNORECASE,
)
_YEAR = re.compile(r"(?:19|20)\d\d")


@dataclass(frozen=True)
class Quantity:
    """A money amount, percentage or hours figure found in prose.

    ``text`` is the figure as written (``12%``, ``€90,000``, ``200 h``); ``kind`` what it
    is; ``readings`` the values it may mean with the rounding its writing allows, as
    (value, tolerance) pairs: ``60.000`` is 60000 (+-500) or 60.0 (+-0.0005), ``5%`` is
    5.0 (+-0.5), ``60k`` is 60000 (+-500). Percentages are in percent (5.0 for 5%).
    """

    text: str
    kind: Kind
    readings: tuple[tuple[float, float], ...]


@dataclass(frozen=True)
class KnownFigures:
    """The values the code computed for an account, by kind (percent in percent: 5.0 = 5%).

    Built by :func:`known_figures`; a prose figure matching none of the values of its kind
    is reported by :func:`unknown_figures`. ``currency`` is the book's currency code.
    """

    money: tuple[float, ...] = ()
    percent: tuple[float, ...] = ()
    hours: tuple[float, ...] = ()
    currency: str = ""

    def values(self, kind: Kind) -> tuple[float, ...]:
        """Return the known values of one kind."""
        return {"money": self.money, "percent": self.percent, "hours": self.hours}[kind]


def _readings(token: str, scale: float) -> tuple[tuple[float, float], ...]:
    """Return (value, tolerance) pairs for a number as written (en and de formats)."""
    plain = re.sub(r"['\u2019\u00a0\u202f]", "", token)
    seps = [c for c in plain if c in ".,"]
    options: list[tuple[str, str]] = []  # (integer digits, decimal digits)
    if not seps:
        options.append((plain, ""))
    elif len(set(seps)) == 2:
        last = max(plain.rfind("."), plain.rfind(","))
        options.append((re.sub(r"[.,]", "", plain[:last]), plain[last + 1 :]))
    elif len(seps) > 1:
        options.append((re.sub(r"[.,]", "", plain), ""))
    else:
        head, _, tail = plain.replace(",", ".").partition(".")
        options.append((head, tail))
        if len(tail) == 3:
            options.append((head + tail, ""))
    readings: list[tuple[float, float]] = []
    for whole, decimals in options:
        value = float(f"{whole}.{decimals}" if decimals else whole) * scale
        if decimals:
            tolerance = 0.5 * 10.0 ** -len(decimals)
        else:
            digits = whole.lstrip("0")
            zeros = len(digits) - len(digits.rstrip("0")) if digits else 0
            # (at most 1e300: a number of 400 digits is no figure, and 10.0**400 overflows)
            tolerance = 0.5 * 10.0 ** min(zeros, max(len(digits) - 2, 0), 300)
        readings.append((value, tolerance * scale))
    return tuple(readings)


def _money_context(before: str) -> bool:
    window = before[-60:]
    cuts = [m.end() for m in re.finditer(r"[;!?\n]|\.\s", window)]
    return _MONEY_WORDS.search(window[cuts[-1] if cuts else 0 :]) is not None


def quantities(prose: str, currency: str = "") -> tuple[Quantity, ...]:
    """Return the money amounts, percentages and hours written in ``prose``, in order.

    Percentages have a percent sign or word (``5%``, ``5,0 %``, ``5 percent``, ``5 Prozent``;
    not "percentage points"). Hours have an hours unit (``166 h``, ``166 hours``,
    ``63,0 Std.``, ``63 Stunden``), except "a 2-hour call" and "within 24 hours". Money has a
    currency before or after (``€90,000``, ``90.000 EUR``, ``60k EUR``, ``currency`` too),
    or is at least 1,000 with money words before it ("revenue of 90,000") or a per-year or
    per-month after it ("60k a year"). Dates (2026-03-14, 14.03.2026, 03/2026), times,
    bare years ("2026"), quarters ("Q3") and numbers without such a unit are not figures.
    """
    return _read(prose, currency, limits=False)


def _read(prose: str, currency: str, *, limits: bool) -> tuple[Quantity, ...]:
    """:func:`quantities`; with ``limits`` hour limits and "2-hour" count as hours too."""
    currencies = _CURRENCIES + (f"|{re.escape(currency)}" if currency else "")
    after_currency = re.compile(rf"\s?(?:{currencies}|{_CURRENCY_WORDS})(?![^\W\d_])")
    before_currency = re.compile(rf"(?:{currencies})\s?$")
    clean = _DATES.sub(lambda m: " " * len(m.group(0)), prose)
    found: list[Quantity] = []
    for match in _NUMBER.finditer(clean):
        token, start, end = match.group(0), match.start(), match.end()
        before = clean[max(0, start - 80) : start]
        scale = 1.0
        scaled = _SCALE.match(clean, end)
        if scaled is not None:
            scale = _SCALES[scaled.group(1).rstrip(".").casefold()]
            end = scaled.end()
        kind: Kind | None = None
        unit = _PERCENT.match(clean, end) if scaled is None else None
        if unit is not None:
            kind = "percent"
        else:
            unit = _HOURS.match(clean, end)
            if unit is not None:
                if not limits and ("-" in unit.group(1) or _NOT_TOTAL_HOURS.search(before)):
                    continue
                kind = "hours"
        if kind is None:
            unit = after_currency.match(clean, end)
            prefix = before_currency.search(before)
            if unit is not None or prefix is not None:
                kind = "money"
                if prefix is not None:
                    start -= len(prefix.group(0))
            elif not (scaled is None and _YEAR.fullmatch(token)):
                readings = _readings(token, scale)
                large = max(value for value, _ in readings) >= 1000
                if large and (
                    scaled is not None
                    or _money_context(before)
                    or _PER_YEAR.match(clean, end) is not None
                ):
                    kind = "money"
        if kind is None:
            continue
        stop = unit.end() if unit is not None else end
        found.append(Quantity(prose[start:stop].strip(), kind, _readings(token, scale)))
    return tuple(found)


def known_figures(
    fig: AccountFigures,
    *,
    item_hours: Iterable[float] = (),
    rendered: Iterable[str] = (),
) -> KnownFigures:
    """Return the values an account's figures allow in a note (money, percent and hours).

    From ``fig`` (:func:`assistant.accounts.figures.figures`): revenue (a year and a month), total
    revenue, the period's revenue, cost to serve (in the period and a month), hourly cost,
    the period's revenue less cost to serve; the revenue, cumulative, hours and top shares,
    the cost ratio and its complement, the top set's and the rank's share of clients, the
    playbook's 20% and 30% (the top 20-30% of clients) and 100%; hours in the period (and a
    month, a week, a day) and all logged hours. ``item_hours`` are the hours of the review
    period's work items (``WorkItem.hours``); ``rendered`` are the lines the code wrote
    (manager lines, recommendation reasons) and other text a note may quote (the client
    book's facts, the client's email), whose figures (thresholds such as "above 30%") are
    added as written; there a contract's hour limit counts ("bis zu fünf Stunden" allows 5
    Stunden) and the number words one to twelve (eins/ein/eine to zwölf) are read as digits.
    """
    months = max(fig.period.days, 1) / (365.25 / 12)
    weeks = max(fig.period.days, 1) / 7
    money = [fig.revenue, fig.revenue / 12, fig.total_revenue, fig.period_revenue]
    if fig.cost_to_serve is not None:
        money += [fig.cost_to_serve, fig.cost_to_serve / months]
        money.append(fig.period_revenue - fig.cost_to_serve)
    if fig.hourly_cost is not None:
        money.append(fig.hourly_cost)
    shares = [fig.revenue_share, fig.cumulative_share, fig.hours_share, fig.top_share]
    shares += [1 - fig.top_share, fig.cost_ratio, 0.2, 0.3, 1.0]
    if fig.cost_ratio is not None:
        shares.append(1 - fig.cost_ratio)
    if fig.client_count:
        shares += [fig.top_count / fig.client_count, fig.rank / fig.client_count]
    hours = [fig.hours, fig.hours / months, fig.hours / weeks, fig.hours / max(fig.period.days, 1)]
    hours += [fig.total_hours, *item_hours]
    by_kind: dict[Kind, list[float]] = {
        "money": money,
        "percent": [100 * s for s in shares if s is not None],
        "hours": hours,
    }
    for line in rendered:
        for quantity in _read(_digits(line), fig.currency, limits=True):
            by_kind[quantity.kind].extend(value for value, _ in quantity.readings)
    return KnownFigures(
        money=tuple(by_kind["money"]),
        percent=tuple(by_kind["percent"]),
        hours=tuple(by_kind["hours"]),
        currency=fig.currency,
    )


_NUMBER_WORDS = {
    word: str(value)
    for known in lang.with_data("number_words")
    for word, value in known.number_words.items()
}
_NUMBER_WORD = re.compile(rf"\b(?:{'|'.join(_NUMBER_WORDS)})\b", re.IGNORECASE)


def _digits(text: str) -> str:
    """Return ``text`` with the number words one to twelve (en, de) written as digits."""
    return _NUMBER_WORD.sub(lambda m: _NUMBER_WORDS[m.group(0).casefold()], text)


def _matches(quantity: Quantity, known: Sequence[float]) -> bool:
    return any(
        math.isclose(value, figure, abs_tol=max(tolerance, 0.01 * abs(figure)) + 1e-9)
        for value, tolerance in quantity.readings
        for figure in known
    )


def unknown_figures(prose: str, known: KnownFigures) -> tuple[str, ...]:
    """Return the figures in ``prose`` that match none of ``known``, as written, once each.

    A figure matches a known value of its kind when one of its readings is within its
    rounding (``5%`` covers 4.5 to 5.5; ``60,000`` covers 59,500 to 60,500) or within 1% of
    the value.
    """
    out: dict[str, None] = {}  # in order, once each (a dict: thousands of figures stay linear)
    for quantity in quantities(prose, known.currency):
        if not _matches(quantity, known.values(quantity.kind)):
            out[quantity.text] = None
    return tuple(out)


def check_note(
    prose: str,
    *,
    note: str,
    action: Action | None,
    known: KnownFigures | None,
) -> tuple[str, ...]:
    """Return the findings about one note's model prose, as sentences for ``checks``.

    ``note`` is the note's key (worth_pursuing, manager_note); ``action`` the code's
    recommendation (None: not checked); ``known`` the account's figures (None: not
    checked). Findings read "the model's manager note recommends 'pursue' but the figures
    say 're-scope'; the figures' recommendation stands" and "the model's manager note gives
    figures the account does not have: 12%, 90,000; ...".
    """
    name = NOTE_NAMES.get(note, f"{note} note")
    findings: list[str] = []
    said = recommendation_conflict(prose, action)
    if said is not None:
        findings.append(
            f"the model's {name} recommends {said!r} but the figures say {action!r};"
            " the figures' recommendation stands"
        )
    if known is not None:
        invented = unknown_figures(prose, known)
        if invented:
            findings.append(
                f"the model's {name} gives figures the account does not have:"
                f" {', '.join(invented)}; only the figures at the top of the note are computed"
                " from the client book and work log"
            )
    return tuple(findings)
