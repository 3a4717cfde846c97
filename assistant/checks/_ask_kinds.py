"""What a sentence's kinds are not (:mod:`assistant.checks.asks`): a thing refused in the same
breath ("not a summary from account management"), a bill that money comes off ("de factuur
van november gecrediteerd"), a fix one only wants to understand ("comprendre comment vous
comptez corriger"), and the end of a working day left in a thing's name.
"""

from __future__ import annotations

import re
from functools import cache

from assistant import lang
from assistant.checks.phrases import trim_end

#: A verb of understanding this many words or fewer after a request lead governs it.
_UNDERSTAND_WITHIN = 3


def to_understand(text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether a verb of understanding (the language's ``understand_words``) follows the
    request ``lead`` within :data:`_UNDERSTAND_WITHIN` words: "I want to understand how you
    plan to fix it" asks for an explanation, not for the fix."""
    words = text[lead.end() :].split()[: _UNDERSTAND_WITHIN + 1]
    return bool(cues["understand"].search(" ".join(words)))


def credits_the_bill(text: str, cues: dict[str, re.Pattern[str]], language: str) -> bool:
    """Tell whether every thing of the document kind ``text`` names is a bare bill (the
    language's ``invoice`` situation) with a word of money back near it in its clause ("de
    factuur van november (475 euro) gecrediteerd"): it is what the money comes off, not a
    document to send (not "a corrected invoice", "la fatura corrigida")."""
    bill = _bill_words(language)
    return all(
        bill.fullmatch(m.group(0).strip())
        and (
            cues["refund"].search(re.split(r"[,;]", text[m.end() :], maxsplit=1)[0][:_NEAR])
            or cues["refund"].search(re.split(r"[,;]", text[: m.start()])[-1][-_NEAR:])
        )
        for m in cues["document"].finditer(text)
    )


#: How near (characters, within its clause) a word of money back names a bill as its object.
_NEAR = 60


@cache
def _bill_words(language: str) -> re.Pattern[str]:
    """The language's words for a bill (its ``invoice`` situation), whole words, any case."""
    sources = lang.sources(language, "situations")
    parts = [s.situations["invoice"] for s in sources if "invoice" in s.situations]
    return re.compile(rf"(?<!\w)(?:{'|'.join(parts) or '(?!)'})(?!\w)", re.IGNORECASE)


#: "not a summary", "pas un chef de projet": a negation and at most this many words before.
_NEGATED_THING_WORDS = 1


def refused_thing(text: str, at: int, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the thing named at ``at`` in ``text`` is refused: a negation right before
    it, or before one word (an article): "Priya on that email, not a summary from account
    management", "keinen Bericht, sondern einen Anruf" (the language's ``negations``)."""
    clause = re.split(r"[,;:]", text[max(0, at - 40) : at])[-1]  # "Se não der, diz-me": asks
    words = re.findall(r"[\w'\u2019]+", clause)[-1 - _NEGATED_THING_WORDS :]
    return any(cues["negation"].fullmatch(word) for word in words)


def without_deadline(phrase: str, language: str) -> str:
    """Return ``phrase`` (a thing asked for, cut where its date starts) without a weekday
    and the links left at its end (:func:`assistant.checks.phrases.trim_end`) and without
    the end of a working day before them ("a written explanation by close of business on
    Wednesday" -> "a written explanation")."""
    phrase = trim_end(phrase, language)
    end_of_day = _END_OF_DAY.search(phrase)
    if end_of_day is not None and end_of_day.start() > 0:
        phrase = phrase[: end_of_day.start()].rstrip(" ,")
    return phrase


#: The end of a working day named before its day, at a phrase's end (every language's
#: ``end_of_day`` after its deadline word: "by close of business").
_END_OF_DAY = re.compile(
    rf"\s+(?:by|before|until)\s+(?:{lang.alternation('end_of_day')})$", re.IGNORECASE
)


#: Words that may stand between the client's "our" and their meeting ("our 11:00 trading").
_OWN_WORDS_BEFORE = 3


def their_own(text: str, at: int, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the meeting named at ``at`` in ``text`` is the client's own: one of the
    language's ``our_words`` at most :data:`_OWN_WORDS_BEFORE` words before it, in its
    clause ("before our 11:00 trading call", "vor unserer Händlerrunde"), not one asked of
    us ("a call with our CFO" names ours after the meeting, and "join our weekly call" asks
    to attend it: both stay)."""
    clause = re.split(r"[,;]|:\s", text[max(0, at - 60) : at])[-1]  # not "11:00"
    if cues["attend"].search(clause) or cues["reschedule"].search(text):
        return False  # "Please join our weekly call", "Can we move our call to Friday?"
    words = re.findall(r"[^\W\d_][\w'\u2019]*|\d+(?::\d+)?", clause)[-1 - _OWN_WORDS_BEFORE :]
    return any(cues["ours"].fullmatch(word) for word in words)
