"""The compiled cue patterns of the ask reader, per language (:mod:`assistant.checks.asks`).

Each language module gives its ``ask_cues`` per kind and the words around an ask (request
leads, "let me know" leads, list intros, deadline words, meeting partners and places, slot
leads, refusals of calls, ...); a language without its own list uses every language's.
"""

from __future__ import annotations

import re
from functools import cache

from assistant import lang

#: The kinds of ask, in the order a reply answers them when a sentence holds several.
KINDS = ("refund", "meeting", "written", "document", "fix", "decision", "person")


def join_words(attribute: str, language: str) -> str:
    """Return the language's ``attribute`` (a tuple of regexes, or one) as one alternation;
    every language's when it has none."""
    parts: list[str] = []
    for source in lang.sources(language, attribute):
        value = getattr(source, attribute)
        parts.extend(value if isinstance(value, tuple) else [value])
    return "|".join(parts)


@cache
def ask_cues(language: str) -> dict[str, re.Pattern[str]]:
    """Return the ask reader's patterns for ``language``: one per kind of :data:`KINDS`, and
    ``answer``, ``lead``, ``with``, ``place``, ``question``, ``slot``, ``negation``,
    ``list_intro``,
    ``deadline``, ``deadline_start``, ``noon``, ``reason``, ``condition``, ``copula``, ``list_end``,
    ``join``, ``in_person``, ``no_call``, ``money_back`` (money asked back: "removed from",
    "de volta"), ``refund_or_back`` (a refund, or money asked back in a sentence that names an
    amount), ``immediate`` ("right away", "sofort"), ``proposal`` ("I suggest", "je vous propose")
    (case-insensitive, whole words)."""
    sources = lang.sources(language, "ask_cues")
    patterns = {}
    words: dict[str, str] = {}
    for kind in KINDS:
        words[kind] = "|".join(s.ask_cues[kind] for s in sources if kind in s.ask_cues) or "(?!)"
        patterns[kind] = re.compile(rf"(?<!\w)(?:{words[kind]})(?!\w)", re.IGNORECASE)
    answer = join_words("answer_leads", language) or "(?!)"
    patterns["answer"] = re.compile(rf"(?<!\w)(?:{answer})(?!\w)", re.IGNORECASE)
    patterns["lead"] = re.compile(
        rf"(?<!\w)(?:{join_words('ask_leads', language)}|{answer})(?!\w)", re.IGNORECASE
    )
    with_words = join_words("meeting_with", language) or "(?!)"
    patterns["with"] = re.compile(rf"(?<!\w)(?:{with_words})(?!\w)", re.IGNORECASE)
    places = join_words("meeting_places", language) or "(?!)"
    patterns["place"] = re.compile(rf"(?<!\w)(?:{places})(?!\w)", re.IGNORECASE)
    question = join_words("question_words", language) or "(?!)"
    patterns["question"] = re.compile(rf"(?<!\w)(?:{question})(?!\w)", re.IGNORECASE)
    negation = "|".join(re.escape(word) for word in lang.get(language).negations) or "(?!)"
    patterns["negation"] = re.compile(rf"(?<!\w)(?:{negation})(?!\w)", re.IGNORECASE)
    slot = join_words("slot_leads", language) or "(?!)"
    patterns["slot"] = re.compile(rf"(?<!\w)(?:{slot})(?!\w)", re.IGNORECASE)
    patterns["list_intro"] = re.compile(
        rf"(?<!\w)(?:{join_words('list_intros', language) or '(?!)'})(?!\w)", re.IGNORECASE
    )
    deadline = join_words("deadline_words", language)
    patterns["deadline"] = re.compile(rf"(?<!\w)(?:{deadline})\s*$", re.IGNORECASE)
    patterns["deadline_start"] = re.compile(rf"^(?:{deadline})\s", re.IGNORECASE)
    noon = join_words("noon_words", language) or "(?!)"
    patterns["noon"] = re.compile(rf"(?<!\w)(?:{noon})(?!\w)", re.IGNORECASE)
    reason = join_words("reason_words", language) or "(?!)"
    patterns["reason"] = re.compile(rf"[,;\u2013\u2014]\s*(?:{reason})(?!\w)", re.IGNORECASE)
    condition = join_words("condition_words", language) or "(?!)"
    patterns["condition"] = re.compile(rf"^\W*(?:{condition})(?!\w)", re.IGNORECASE)
    copula = join_words("copulas", language) or "(?!)"
    patterns["copula"] = re.compile(rf"(?<!\w)(?:{copula})(?!\w)", re.IGNORECASE)
    patterns["list_end"] = re.compile(rf",\s*(?:(?<!\w)(?:{deadline})\s*)?$", re.IGNORECASE)
    joins = "|".join(re.escape(w) for w in lang.get(language).conjunctions)
    patterns["join"] = re.compile(rf"[;]|(?<!\w)(?:{joins or '(?!)'})(?!\w)", re.IGNORECASE)
    patterns["in_person"] = re.compile(
        rf"(?<!\w)(?:{join_words('in_person', language) or '(?!)'})(?!\w)", re.IGNORECASE
    )
    back = join_words("money_back", language) or "(?!)"
    patterns["money_back"] = re.compile(rf"(?<!\w)(?:{back})(?!\w)", re.IGNORECASE)
    patterns["refund_or_back"] = re.compile(
        rf"(?<!\w)(?:{words['refund']}|{back})(?!\w)", re.IGNORECASE
    )
    proposal = join_words("proposal_leads", language) or "(?!)"
    patterns["proposal"] = re.compile(rf"(?<!\w)(?:{proposal})(?!\w)", re.IGNORECASE)
    immediate = join_words("immediate", language) or "(?!)"
    patterns["immediate"] = re.compile(rf"(?<!\w)(?:{immediate})(?!\w)", re.IGNORECASE)
    patterns["no_call"] = re.compile(
        rf"(?<!\w)(?:{join_words('no_call', language)})(?!\w)", re.IGNORECASE
    )
    return patterns
