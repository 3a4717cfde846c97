"""Ground playbook step 2 in the work log: numbered items in, citations expanded, claims checked.

The model sees the review period's work items as numbered lines (:func:`format_items`) and is
told to write a citation such as ``[W3]`` where an item's text should appear (``[W3, W5]`` or
``[W3][W5]`` for several). :func:`expand_citations` replaces each citation with the logged
text and date, so facts come from the log and only the sentences around them from the model.
A citation of an item that does not exist is left as written, so the user sees it, and is
flagged; so is a sentence in which we claim delivered work without citing any item.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant._sentences import split_paragraph
from assistant.worklog import WorkItem

_ONE = r"\[\s*[Ww]\d+(?:\s*[,;]\s*[Ww]?\d+)*\s*\]"
CITATION = re.compile(rf"{_ONE}(?:[ \t]*{_ONE})*")
_KEY = re.compile(r"[Ww]?(\d+)")

_MONTHS = {
    "en": [
        "January",
        "February",
        "March",
        "April",
        "May",
        "June",
        "July",
        "August",
        "September",
        "October",
        "November",
        "December",
    ],
    "de": [
        "Januar",
        "Februar",
        "März",
        "April",
        "Mai",
        "Juni",
        "Juli",
        "August",
        "September",
        "Oktober",
        "November",
        "Dezember",
    ],
}

# Words that claim work was done (past tense or participle), English and German.
_CUES = re.compile(
    r"\b(?:delivered|completed|implemented|fixed|sent|launched|set\s+up|prepared|built|"
    r"created|published|migrated|redesigned|rebuilt|optimi[sz]ed|updated|resolved|rolled\s+out|"
    r"shipped|produced|ran|held|conducted|audited|analy[sz]ed|wrote|written|installed|"
    r"configured|integrated|finished|provided|presented|restored|repaired|designed|"
    r"geliefert|ausgeliefert|umgesetzt|erledigt|behoben|eingerichtet|erstellt|abgeschlossen|"
    r"implementiert|versendet|verschickt|gesendet|geschickt|veröffentlicht|aufgesetzt|"
    r"vorbereitet|gebaut|optimiert|überarbeitet|migriert|durchgeführt|bereitgestellt|gelöst|"
    r"repariert|aktualisiert|geschrieben|analysiert|eingeführt|fertiggestellt|konfiguriert|"
    r"installiert|präsentiert|wiederhergestellt|lieferten|erstellten|behoben)\b",
    re.IGNORECASE,
)
_FIRST_PERSON = re.compile(
    r"\b(?:we|we've|we'd|i|i've|i'd|our|us|my|me|wir|ich|uns|unser\w*|mein\w*|mir|mich)\b",
    re.IGNORECASE,
)
# Future, intention and negation: "we will fix", "we have not yet sent" claim nothing done.
_NOT_A_CLAIM = re.compile(
    r"(?:\b(?:will|shall|would|could|should|can|(?-i:may)|might|going\s+to|plan|planning|intend|"
    r"want\s+to|not|never|werden|werde|wird|wollen|möchten|möchte|können|könnten|würden|"
    r"sollen|sollten|planen|künftig|zukünftig|nicht|nie|kein\w*)\b|n't\b|'ll\b)",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•]|\d+[.)])\s+")


@dataclass(frozen=True)
class GroundingResult:
    """Text with citations expanded; ``problems`` in words; ``cited`` the valid keys cited."""

    text: str
    problems: tuple[str, ...] = ()
    cited: tuple[str, ...] = ()


def format_items(items: Sequence[WorkItem]) -> str:
    """Return the work items as prompt lines: ``[W1] 2026-03-14 Quarterly report delivered``.

    One line per item, in the given order, ISO 8601 dates; an empty string for no items.
    """
    return "\n".join(f"[{item.key}] {item.date.isoformat()} {item.description}" for item in items)


def format_day(day: date, language: str = "en") -> str:
    """Return a date for a client reply: ``14 March 2026`` (en) or ``14. März 2026`` (de)."""
    lang = "de" if language.lower().startswith("de") else "en"
    month = _MONTHS[lang][day.month - 1]
    return f"{day.day}. {month} {day.year}" if lang == "de" else f"{day.day} {month} {day.year}"


def expand_citations(
    text: str, items: Sequence[WorkItem], *, language: str = "en"
) -> GroundingResult:
    """Replace work-item citations in model output with the logged text; flag what is ungrounded.

    ``[W3]`` becomes ``<description> (<date>)``, e.g. ``Quarterly report delivered
    (14 March 2026)``; ``[W3, W5]`` and ``[W3][W5]`` become the items joined by ``; ``. The
    description is copied verbatim from the work log. A cited key with no item is kept as
    written (``[W9]``) and reported. A sentence with a first-person claim of finished work
    (a cue such as delivered, fixed, set up / geliefert, behoben, eingerichtet) and no
    citation is reported as an uncited claim; questions, future or intended work and
    negations are not claims. Deterministic; ``language`` picks the date format (en or de).
    """
    by_key = {item.key.upper(): item for item in items}
    problems: list[str] = []
    cited: list[str] = []
    unknown: list[str] = []

    def expand(match: re.Match[str]) -> str:
        parts = []
        for number in _KEY.findall(match.group(0)):
            key = f"W{int(number)}"
            item = by_key.get(key)
            if item is None:
                parts.append(f"[{key}]")
                if key not in unknown:
                    unknown.append(key)
                continue
            if key not in cited:
                cited.append(key)
            parts.append(f"{item.description} ({format_day(item.date, language)})")
        return "; ".join(parts)

    expanded = CITATION.sub(expand, text)
    for key in unknown:
        problems.append(
            f"unknown work item [{key}]: the work log has no such item in the review period;"
            " check the claim or delete it"
        )
    for sentence in _sentences(text):
        if _is_uncited_claim(sentence):
            problems.append(f"uncited claim: {sentence!r}")
    return GroundingResult(expanded, tuple(problems), tuple(cited))


def _is_uncited_claim(sentence: str) -> bool:
    return (
        not CITATION.search(sentence)
        and not sentence.rstrip().endswith("?")
        and _CUES.search(sentence) is not None
        and _FIRST_PERSON.search(sentence) is not None
        and _NOT_A_CLAIM.search(sentence) is None
    )


def _units(text: str) -> list[str]:
    """Split text into paragraphs and list items, joining wrapped lines; skip quoted lines."""
    units: list[str] = []
    current: list[str] = []
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(">") or _BULLET.match(line):
            if current:
                units.append(" ".join(current))
            current = []
            if stripped and not stripped.startswith(">"):
                current = [_BULLET.sub("", line).strip()]
            continue
        current.append(stripped)
    if current:
        units.append(" ".join(current))
    return units


def _sentences(text: str) -> list[str]:
    """Split text into sentences, not at abbreviations (Dr., z. B.) or ordinals (14. März)."""
    return [sentence for unit in _units(text) for sentence in split_paragraph(unit)]
