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


#: The patterns that are one word list of the language each, whole words: key -> attribute.
_WORD_LISTS = {
    "with": "meeting_with",
    "place": "meeting_places",
    "question": "question_words",
    "slot": "slot_leads",
    "list_intro": "list_intros",
    "ordinal": "ordinal_openers",
    "noon": "noon_words",
    "copula": "copulas",
    "in_person": "in_person",
    "money_back": "money_back",
    "proposal": "proposal_leads",
    "immediate": "immediate",
    "no_call": "no_call",
    "wonder": "wonder_words",
    "informing": "informing",
    "outcome": "request_outcomes",
    "purpose": "meeting_purposes",
    "understand": "understand_words",
    "attend": "attend_words",
    "ours": "our_words",
    "reschedule": "reschedule_words",
    "period_end": "period_ends",
}


def _whole_words(alternation: str) -> re.Pattern[str]:
    """Compile ``alternation`` to match whole words only, ignoring case."""
    return re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


@cache
def ask_cues(language: str) -> dict[str, re.Pattern[str]]:
    """Return the ask reader's patterns for ``language``: one per kind of :data:`KINDS`, and
    ``answer``, ``lead``, ``with``, ``place``, ``question``, ``slot``, ``negation``,
    ``list_intro``,
    ``deadline``, ``deadline_start``, ``noon``, ``reason``, ``condition``, ``copula``, ``list_end``,
    ``join``, ``in_person``, ``no_call``, ``money_back`` (money asked back: "removed from",
    "de volta"), ``refund_or_back`` (a refund, or money asked back in a sentence that names an
    amount), ``immediate`` ("right away", "sofort"), ``proposal`` ("I suggest", "je vous propose"),
    ``announced`` (ending the contract, a tender, held payment: the language's
    ``announced_steps``) (case-insensitive, whole words)."""
    sources = lang.sources(language, "ask_cues")
    patterns = {}
    words: dict[str, str] = {}
    for kind in KINDS:
        words[kind] = "|".join(s.ask_cues[kind] for s in sources if kind in s.ask_cues) or "(?!)"
        patterns[kind] = _whole_words(words[kind])
    answer = join_words("answer_leads", language) or "(?!)"
    patterns["answer"] = _whole_words(answer)
    patterns["lead"] = _whole_words(f"{join_words('ask_leads', language)}|{answer}")
    for key, attribute in _WORD_LISTS.items():  # "with": meeting_with, "slot": slot_leads ...
        patterns[key] = _whole_words(join_words(attribute, language) or "(?!)")
    negation = "|".join(re.escape(word) for word in lang.get(language).negations) or "(?!)"
    patterns["negation"] = _whole_words(negation)
    deadline = join_words("deadline_words", language)
    patterns["deadline"] = re.compile(rf"(?<!\w)(?:{deadline})\s*$", re.IGNORECASE)
    patterns["deadline_start"] = re.compile(rf"^(?:{deadline})\s", re.IGNORECASE)
    reason = join_words("reason_words", language) or "(?!)"
    patterns["reason"] = re.compile(rf"[,;\u2013\u2014]\s*(?:{reason})(?!\w)", re.IGNORECASE)
    condition = join_words("condition_words", language) or "(?!)"
    patterns["condition"] = re.compile(rf"^\W*(?:{condition})(?!\w)", re.IGNORECASE)
    patterns["list_end"] = re.compile(rf",\s*(?:(?<!\w)(?:{deadline})\s*)?$", re.IGNORECASE)
    joins = "|".join(re.escape(w) for w in lang.get(language).conjunctions)
    patterns["join"] = re.compile(rf"[;]|(?<!\w)(?:{joins or '(?!)'})(?!\w)", re.IGNORECASE)
    steps = [s.announced_steps.get(k, "") for s in sources for k in ("end", "tender", "payment")]
    # What the client will do if not ("..., we will end the contract"): no ask (checks/announced.py)
    patterns["announced"] = _whole_words("|".join(k for k in steps if k) or "(?!)")
    back = join_words("money_back", language) or "(?!)"
    patterns["refund_or_back"] = _whole_words(f"{words['refund']}|{back}")
    return patterns
