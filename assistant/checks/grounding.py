"""Ground playbook step 2 in the work log: numbered items in, citations expanded, claims checked.

The model sees the review period's work items as numbered lines (:func:`format_items`) and is
told to write a citation such as ``[W3]`` where an item's text should appear (``[W3, W5]`` or
``[W3][W5]`` for several). :func:`expand_citations` replaces each citation with the logged
text and date, so facts come from the log and only the sentences around them from the model.
A citation of an item that does not exist is left as written, so the user sees it, and is
flagged; so is a sentence in which we claim delivered work without citing any item. "We"
must be the one who did it ("we delivered", "unser Team hat ... eingerichtet"): "your campaign
launched" is the client's. A lead-in ending in ":" above cited list lines ("Here is the work
we delivered for you:") is cited by them; its uncited lines are the uncited claims.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date

from assistant import lang
from assistant.accounts.worklog import WorkItem
from assistant.lang.sentences import LIST_ITEM, split_paragraph

_ONE = r"\[\s*[Ww]\d+(?:\s*[,;]\s*[Ww]?\d+)*\s*\]"
CITATION = re.compile(rf"{_ONE}(?:[ \t]*{_ONE})*")
_KEY = re.compile(r"[Ww]?(\d+)")


# Words that claim work was done (past tense or participle): every language's claim cues.
_CUE_WORDS = rf"\b(?:{lang.alternation('claim_cues')})\b"
_CUES = re.compile(_CUE_WORDS, re.IGNORECASE)
# Subject before the verb (English): the cue must be governed by a first-person subject, with
# only auxiliaries, adverbs or a parenthesis in between ("we have also delivered", "our team
# set up", "I have, as agreed, sent"); "your campaign launched" or "I understand the
# newsletter was a fixed commitment" claim nothing of ours. A passive with us as the agent
# ("fixed by our team") counts too. Built from each language's ``our_team`` and
# ``claim_fillers``.
_EN_TEAM = rf"(?:{lang.alternation('our_team')})"
_EN_FILLER = rf"(?:{lang.alternation('claim_fillers')})"
_EN_CLAIM = re.compile(
    rf"\b(?:we|i|{_EN_TEAM})(?:['\u2019](?:ve|d))?{_EN_FILLER}*\s+{_CUE_WORDS}"
    rf"|{_CUE_WORDS}\s+(?:[\w-]+\s+){{0,4}}?by\s+(?:us|me|{_EN_TEAM})\b",
    re.IGNORECASE,
)
# Subject per clause (German): the first subject in the cue's clause must be first person
# ("wir", "ich", "unser Team", the agent "von uns"); "Sie", "du", "ihr" or "Ihr Team" there
# make it the client's. From each language's ``our_subjects``, ``their_subjects``,
# ``prepositions``, ``clause_conjunctions`` and ``subordinators``.
_DE_OURS = rf"\b(?:{lang.alternation('our_subjects')})\b"
_DE_THEIRS = rf"\b(?:{lang.alternation('their_subjects')})\b"
_DE_SUBJECT = re.compile(rf"(?P<ours>{_DE_OURS})|(?P<theirs>{_DE_THEIRS})")
# "für Sie", "mit Ihnen": a pronoun after a preposition is no subject.
_DE_PREPOSITION = re.compile(rf"\b(?:{lang.alternation('prepositions')})\s+$", re.IGNORECASE)
_DE_CLAUSE = re.compile(
    r"[,;:()]|\s[-\u2013\u2014]\s|[\u2013\u2014]|"
    rf"\b(?=(?:{lang.alternation('clause_conjunctions')})\b)",
    re.IGNORECASE,
)
_DE_SUBORDINATE = re.compile(rf"^\s*(?:{lang.alternation('subordinators')})\b", re.IGNORECASE)
# Future, intention and negation: "we will fix", "we have not yet sent" claim nothing done.
_NOT_A_CLAIM = re.compile(
    rf"(?:\b(?:{lang.alternation('not_a_claim')})\b|n't\b|'ll\b)", re.IGNORECASE
)


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
    """Return a date for a client reply: ``14 March 2026`` (en), ``14. März 2026`` (de).

    :func:`assistant.lang.format_date`, the one place a reply's dates are written.
    """
    return lang.format_date(day, language)


def expand_citations(
    text: str, items: Sequence[WorkItem], *, language: str = "en"
) -> GroundingResult:
    """Replace work-item citations in model output with the logged text; flag what is ungrounded.

    ``[W3]`` becomes ``<description> (<date>)``, e.g. ``Quarterly report delivered
    (14 March 2026)``; ``[W3, W5]`` and ``[W3][W5]`` become the items joined by ``; ``. The
    description is copied verbatim from the work log. A cited key with no item is kept as
    written (``[W9]``) and reported. A sentence in which we claim finished work (a cue such
    as delivered, fixed, set up / geliefert, behoben, eingerichtet whose subject is we, I,
    our team / wir, ich, unser Team) and no citation is reported as an uncited claim;
    questions, future or intended work, negations and cues with another subject ("your
    campaign launched", "Sie haben ... geschrieben") are not claims. A lead-in ending in ":"
    with list lines right below it counts as cited when a line cites an item; when the
    lead-in claims work, each of its list lines without a citation is reported instead.
    Deterministic; ``language`` picks the date format (en or de).
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
    problems.extend(f"uncited claim: {claim!r}" for claim in _uncited_claims(text))
    return GroundingResult(expanded, tuple(problems), tuple(cited))


def _uncited_claims(text: str) -> list[str]:
    """Return the sentences and list lines that claim delivered work without a citation.

    A lead-in ending in ":" directly above list lines ("Here is the work we delivered for
    you:") is cited by the lines: it is not reported when a line cites an item; when it
    claims work, each of its lines without a citation is reported instead, as the work it
    claims.
    """
    units = _units(text)
    # list_end[i]: the first unit at or after i that is not a list item (the end of a list)
    list_end = [len(units)] * (len(units) + 1)
    for index in range(len(units) - 1, -1, -1):
        list_end[index] = list_end[index + 1] if units[index][1] else index
    found: list[str] = []
    claimed_lines: set[int] = set()
    for index, (unit, _) in enumerate(units):
        if index in claimed_lines:
            if not CITATION.search(unit) and _claims_work(unit, governed=False):
                found.append(unit)
            continue
        sentences = split_paragraph(unit)
        block = range(0)
        if sentences and sentences[-1].rstrip().endswith(":"):
            block = range(index + 1, list_end[index + 1])
        lead = sentences[-1] if block else None
        if lead is not None and not CITATION.search(lead) and _claims_work(lead):
            claimed_lines.update(block)
            lines = [units[i][0] for i in block]
            if not any(
                CITATION.search(line) or _claims_work(line, governed=False) for line in lines
            ):
                lead = None  # nothing below it is the work it claims: judge it alone
        for sentence in sentences:
            if sentence is not lead and _is_uncited_claim(sentence):
                found.append(sentence)
    return found


def _is_uncited_claim(sentence: str) -> bool:
    return not CITATION.search(sentence) and _claims_work(sentence)


def _claims_work(sentence: str, *, governed: bool = True) -> bool:
    """Whether ``sentence`` says work was done: by us (``governed``) or, as a list line, at all.

    Questions, future or intended work and negations claim nothing. With ``governed`` a cue
    word must have us as its subject (``_EN_CLAIM``, :func:`_de_ours`); a list line under a
    lead-in that claims our work claims it without a subject or cue ("- Landing page
    rebuilt", "- the new dashboard").
    """
    if sentence.rstrip().endswith("?") or _NOT_A_CLAIM.search(sentence) is not None:
        return False
    if not governed:
        return True
    if _EN_CLAIM.search(sentence) is not None:
        return True
    cues = [cue.start() for cue in _CUES.finditer(sentence)]
    return bool(cues) and _de_ours(sentence, cues)


def _de_ours(sentence: str, cues: list[int]) -> bool:
    """Whether the German clause around one of the positions ``cues`` has us as its first subject.

    A clause with no subject of its own borrows one from the clauses before it ("Wir haben,
    wie besprochen, das Reporting umgestellt"), skipping subordinate ones; a subordinate
    clause ("dass die Seite geschrieben ist") has its own subject and borrows none. Each
    clause is read once, however many cues the sentence has.
    """
    cuts = sorted({0, *(boundary.end() for boundary in _DE_CLAUSE.finditer(sentence))})
    spans = [(a, b) for a, b in zip(cuts, [*cuts[1:], len(sentence)], strict=True)]
    subjects: list[bool | None] = []  # per clause: whether its first subject is us (None: none)
    subordinate: list[bool] = []
    borrowed: list[bool] = []  # per clause: the subject a later main clause borrows up to it
    for a, b in spans:
        clause = sentence[a:b]
        subject = _first_subject(clause)
        sub = _DE_SUBORDINATE.match(clause) is not None
        before = borrowed[-1] if borrowed else False
        borrowed.append(before if sub or subject is None else subject)
        subjects.append(subject)
        subordinate.append(sub)
    for at in cues:
        current = bisect.bisect_right(cuts, at) - 1
        subject = subjects[current]
        if subject is None and not subordinate[current] and current > 0:
            subject = borrowed[current - 1]
        if subject:
            return True
    return False


def _first_subject(clause: str) -> bool | None:
    """Whether the first subject of a German clause is us; None when it names no subject."""
    for subject in _DE_SUBJECT.finditer(clause):
        if subject.group("theirs") and _after_preposition(clause, subject.start()):
            continue
        return subject.group("ours") is not None
    return None


def _after_preposition(clause: str, at: int) -> bool:
    """Whether a preposition and whitespace stand right before position ``at`` ("für Sie").

    Only the word before the whitespace is searched (the longest preposition has nine
    letters), not the whole clause before ``at``: a clause of many pronouns costs n, not n**2.
    """
    end = at
    while end > 0 and clause[end - 1].isspace():
        end -= 1
    return end < at and _DE_PREPOSITION.search(clause, max(0, end - 20), at) is not None


def _units(text: str) -> list[tuple[str, bool]]:
    """Split text into paragraphs and list items, joining wrapped lines; skip quoted lines.

    Each unit comes with whether it is a list item.
    """
    units: list[tuple[str, bool]] = []
    current: list[str] = []
    listed = False
    for line in text.splitlines():
        stripped = line.strip()
        if not stripped or stripped.startswith(">") or LIST_ITEM.match(line):
            if current:
                units.append((" ".join(current), listed))
            current = []
            listed = False
            if stripped and not stripped.startswith(">"):
                current = [LIST_ITEM.sub("", line).strip()]
                listed = True
            continue
        current.append(stripped)
    if current:
        units.append((" ".join(current), listed))
    return units
