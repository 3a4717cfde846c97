"""Languages: one module per language (``lang/<code>.py``), found through this registry.

A language module holds data only: module-level constants whose lower-cased names are the
fields of :class:`Language` (``NAME``, ``MONTHS``, ``QUOTE_SEPARATORS``, ...). A module
fills the fields its language has data for; the rest keep their empty defaults, and the code
that uses a field falls back (to English for what a reply says, to nothing for what is read).
Regex fragments are Python ``re`` syntax, joined with ``|`` by their users. Adding a language
is one module (found by its file name, :data:`CODES`), its offline templates
(``prompts/offline/``) to draft in it, and its tests (ARCHITECTURE.md, "Where to add").
Modules are imported on first use, so importing this package costs no language's data.
Codes are ISO 639-1.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

#: The languages draft-reply identifies and reads (ISO 639-1): one ``lang/<code>.py`` each,
#: found by their two-letter file names (English first, then alphabetical), so adding a
#: language is adding its module.
CODES = tuple(
    sorted(
        (name for _, name, _ in pkgutil.iter_modules(__path__) if len(name) == 2),
        key=lambda code: (code != "en", code),
    )
)
#: The language a reply falls back to when the email's has no data for what is asked.
FALLBACK = "en"

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Language:
    """Everything draft-reply knows of one language; see the module docstring.

    Reading mail (:mod:`assistant.mail._quotes`): ``quote_separators`` ("original message"),
    ``forward_intros`` ("begin forwarded message"), ``attribution_verbs`` ("wrote"),
    ``attribution_starts`` ("on"), ``header_from`` and ``header_fields`` (an Outlook
    header block's "From:" and "Sent:", "To:", ...), ``mobile_signatures`` ("sent from"),
    ``disclaimer_cues`` (lower case), ``quote_library`` (mail-parser-reply has tables).
    Reading the sender's text (:mod:`assistant.drafting.concerns`): ``concern_cues`` (kind ->
    regex alternation), ``salutation_openers`` ("dear"), ``sign_offs`` ("best regards"),
    ``form_labels`` (a web form's "Name:"), ``requests`` ("please"), ``conjunctions``.
    Checking a reply: ``preambles`` ("Here is a draft"), ``excuses`` (lower-case phrases).
    Writing replies: ``months`` (twelve names), ``date_format`` (``{day}``, ``{month}``,
    ``{year}``), ``numeric_date_format`` (internal notes: ``{day:02}.{month:02}.{year}``),
    ``attribution`` and ``attribution_undated`` (the line above the quoted original:
    ``{who}``, ``{day}``, ``{month}``, ``{year}``, ``{time}``, ``{weekday_short}``,
    ``{month_short}`` from ``weekdays_short`` and ``months_short``),
    ``salutations`` (a client book's salutation, lower case, -> this language's form),
    ``salutation_dot`` (keep the book's "Mr."),
    ``tier_sentence`` (``{tier}``), ``heat_lexicon`` (kind -> groups, see
    :mod:`assistant.checks.tone`). Internal notes (:mod:`assistant.accounts.figures`):
    ``thousands_separator``, ``decimal_mark``, ``percent_format``, ``recommendations``
    (pursue / maintain / re-scope in words), ``recommendation_reasons`` and
    ``manager_note_lines`` (format strings by key), ``rank_phrase`` (``{rank}``). Text: ``abbreviations`` (lower case, no final dot:
    no sentence ends after them), ``number_words`` (word -> value). Register (:mod:`assistant.lang.formality`):
    ``informal_forms`` and ``formal_forms`` (regexes counted against each other),
    ``informal_openers`` (a regex for the first line, for a language without T-V forms),
    ``formal_greets_full_name`` ("Guten Tag Anna Müller"; others: "Dear Anna"). Who wrote
    (:mod:`assistant.mail.sender`): ``role_words`` ("support"), ``via_words`` ("Priya via
    Helpdesk"), ``no_reply_words`` (regexes). ``negations`` cancel a heat phrase after them. The offline drafter
    (:mod:`assistant.drafting.offline`): ``formal_openers`` (salutation form, or "" for any,
    -> "Dear"), ``addressed_by_surname`` (a regex the first line must match for that greeting),
    ``title_replaces_form``, ``stop_words`` and ``concepts`` (concept -> words). A reply's own
    words (:mod:`assistant.checks._reply_checks`): ``asks`` and ``question_words``,
    ``their_questions``, ``thanks``, ``record_intros``, ``subject_labels`` (regexes), and the
    reply's T-V forms ``reply_informal_forms``, ``reply_formal_forms`` with ``reply_pronouns``.
    A model's internal notes (:mod:`assistant.checks._note_checks`): ``note_actions`` (action
    -> regexes), ``note_label_leads`` and ``note_label_words``, ``note_negations``,
    ``final_negations``, ``relative_words``, ``negated_statements``, ``thought_breaks``,
    ``hedges``, ``first_person``, ``wishes``, ``advice_words``. Claims of work done
    (:mod:`assistant.checks.grounding`): ``claim_cues``, ``not_a_claim``; a subject-first
    grammar's ``our_team`` and ``claim_fillers`` (English); a clause grammar's
    ``our_subjects``, ``their_subjects``, ``prepositions``, ``clause_conjunctions`` and
    ``subordinators`` (German). Figures in notes: ``currency_words``, ``scale_words`` with
    ``scales`` (word -> factor), ``percent_words``, ``hour_words``, ``hour_abbreviations``,
    ``money_words``, ``per_period``, ``interval_words``, ``limit_words``, ``limit_determiners``.
    Names and dates: ``month_patterns`` (a month written in a date), ``company_words``,
    ``not_a_name`` (particles and titles), ``academic_titles`` and ``title_parts``.
    """

    code: str
    name: str
    quote_separators: tuple[str, ...] = ()
    forward_intros: tuple[str, ...] = ()
    attribution_verbs: tuple[str, ...] = ()
    attribution_starts: tuple[str, ...] = ()
    header_from: tuple[str, ...] = ()
    header_fields: tuple[str, ...] = ()
    mobile_signatures: tuple[str, ...] = ()
    disclaimer_cues: tuple[str, ...] = ()
    quote_library: bool = False
    concern_cues: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    salutation_openers: tuple[str, ...] = ()
    sign_offs: tuple[str, ...] = ()
    form_labels: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()
    preambles: tuple[str, ...] = ()
    excuses: tuple[str, ...] = ()
    months: tuple[str, ...] = ()
    date_format: str = "{day} {month} {year}"
    numeric_date_format: str = ""
    attribution: str = ""
    attribution_undated: str = ""
    weekdays_short: tuple[str, ...] = ()
    months_short: tuple[str, ...] = ()
    salutations: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    salutation_dot: bool = False
    tier_sentence: str = ""
    heat_lexicon: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    thousands_separator: str = ","
    decimal_mark: str = "."
    percent_format: str = "{}%"
    recommendations: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    recommendation_reasons: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    manager_note_lines: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    rank_phrase: str = ""
    abbreviations: tuple[str, ...] = ()
    informal_forms: tuple[str, ...] = ()
    formal_forms: tuple[str, ...] = ()
    informal_openers: str = ""
    formal_greets_full_name: bool = False
    role_words: tuple[str, ...] = ()
    via_words: tuple[str, ...] = ()
    no_reply_words: tuple[str, ...] = ()
    negations: tuple[str, ...] = ()
    formal_openers: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    addressed_by_surname: str = ""
    title_replaces_form: bool = False
    stop_words: tuple[str, ...] = ()
    concepts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    asks: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    their_questions: tuple[str, ...] = ()
    thanks: tuple[str, ...] = ()
    record_intros: tuple[str, ...] = ()
    subject_labels: tuple[str, ...] = ()
    reply_informal_forms: str = ""
    reply_formal_forms: str = ""
    reply_pronouns: tuple[str, str] = ("", "")
    note_actions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    note_label_leads: tuple[str, ...] = ()
    note_label_words: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    note_negations: tuple[str, ...] = ()
    final_negations: tuple[str, ...] = ()
    relative_words: tuple[str, ...] = ()
    negated_statements: tuple[str, ...] = ()
    thought_breaks: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    wishes: tuple[str, ...] = ()
    advice_words: tuple[str, ...] = ()
    claim_cues: tuple[str, ...] = ()
    not_a_claim: tuple[str, ...] = ()
    our_team: tuple[str, ...] = ()
    claim_fillers: tuple[str, ...] = ()
    our_subjects: tuple[str, ...] = ()
    their_subjects: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    clause_conjunctions: tuple[str, ...] = ()
    subordinators: tuple[str, ...] = ()
    currency_words: tuple[str, ...] = ()
    scale_words: tuple[str, ...] = ()
    scales: Mapping[str, float] = field(default_factory=lambda: _EMPTY)
    percent_words: tuple[str, ...] = ()
    hour_words: tuple[str, ...] = ()
    hour_abbreviations: tuple[str, ...] = ()
    money_words: tuple[str, ...] = ()
    per_period: tuple[str, ...] = ()
    interval_words: tuple[str, ...] = ()
    limit_words: tuple[str, ...] = ()
    limit_determiners: tuple[str, ...] = ()
    month_patterns: tuple[str, ...] = ()
    company_words: tuple[str, ...] = ()
    not_a_name: tuple[str, ...] = ()
    academic_titles: tuple[str, ...] = ()
    title_parts: tuple[str, ...] = ()
    number_words: Mapping[str, int] = field(default_factory=lambda: _EMPTY)


def base_code(code: str | None) -> str:
    """Return the ISO 639-1 part of a language tag: ``de-AT`` -> ``de``; "" for None."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


@cache
def find(code: str) -> Language | None:
    """Return the language ``code`` (a tag such as ``de-AT`` counts as ``de``), or None."""
    base = base_code(code)
    if base not in CODES:
        return None
    module = importlib.import_module(f"assistant.lang.{base}")
    values = {
        f.name: getattr(module, f.name.upper())
        for f in fields(Language)
        if hasattr(module, f.name.upper())
    }
    return Language(**{**values, "code": base})


def get(code: str | None) -> Language:
    """Return the language ``code``, or English (:data:`FALLBACK`) when it has no module."""
    return find(code or FALLBACK) or _fallback()


def _fallback() -> Language:
    found = find(FALLBACK)
    assert found is not None
    return found


@cache
def all_languages() -> tuple[Language, ...]:
    """Return every language of :data:`CODES`, in that order."""
    return tuple(get(code) for code in CODES)


def with_data(attribute: str) -> tuple[Language, ...]:
    """Return the languages whose ``attribute`` is filled (not empty), in :data:`CODES` order."""
    return tuple(lang for lang in all_languages() if getattr(lang, attribute))


def phrase(code: str | None, attribute: str) -> Any:
    """Return language ``code``'s ``attribute``, or English's when that language has none."""
    return getattr(get(code), attribute) or getattr(_fallback(), attribute)


def alternation(attribute: str) -> str:
    """Return every language's ``attribute`` fragments joined as one regex alternation."""
    return "|".join(fragment for lang in all_languages() for fragment in getattr(lang, attribute))


def format_date(day: date, code: str | None) -> str:
    """Return ``day`` as a client reply writes it: ``14 March 2026``, ``14. März 2026``.

    The language's ``months`` and ``date_format``; English for a language without months.
    The one place dates are written into a reply (PLAYBOOK.md, step 2: dated work).
    """
    language = get(code)
    if not language.months:
        language = _fallback()
    month = language.months[day.month - 1]
    return language.date_format.format(day=day.day, month=month, year=day.year)


def format_numeric_date(day: date, code: str | None) -> str:
    """Return ``day`` in figures for an internal note: ``04.03.2026`` (de), ``2026-03-04`` (en).

    The language's ``numeric_date_format``; ISO 8601 for a language without one.
    """
    layout = get(code).numeric_date_format or "{year}-{month:02}-{day:02}"
    return layout.format(day=day.day, month=day.month, year=day.year)
