"""The object of an ask in the client's words: the short noun phrase a reply names it by.

An ask's cue word ("report", "Gutschrift", "rendez-vous") stands in a noun phrase the client
wrote ("the incident report", "die Gutschrift über 1.530 EUR", "un rendez-vous avec votre
directeur dans nos locaux à Lyon"). :func:`object_phrase` reads that phrase back from the
sentence with the language's data (:mod:`assistant.lang`: ``determiners``, ``phrase_links``,
``phrase_stops``, with its ``deadline_words``, ``conjunctions`` and ``requests``), so a reply
names what was asked for instead of "the documents you named" (PLAYBOOK.md, "What a good
client reply looks like": each ask is acknowledged). The phrase is the client's text, as
written (untrusted); saying it in our voice is the drafter's work.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from functools import cache

from assistant import lang
from assistant.lang.dates import without_weekday

#: A phrase longer than this (words) is cut at its last complement that fits ("a breakdown of
#: the hours for the October campaign ..."), and dropped when even that is too long.
PHRASE_MAX_WORDS = 14
#: At most this many words (adjectives, a name) stand between the determiner and the cue word
#: ("the Friday incident report", "die korrigierte Stundenaufstellung").
WORDS_BEFORE_CUE = 3

_TOKEN = re.compile(r"\S+")
_CLOSING = ",;:!?)]}»\"\u201d'\u2019"
_OPENING = "([{«\"\u201c'\u2018"


@dataclass(frozen=True)
class _Words:
    determiner: re.Pattern[str]
    link: re.Pattern[str]
    stop: re.Pattern[str]
    abbreviations: frozenset[str]
    question: re.Pattern[str]


@cache
def _words(language: str) -> _Words | None:
    known = lang.find(language)
    if known is None or not known.determiners:
        return None
    det = "|".join(known.determiners)
    links = "|".join(known.phrase_links) or "(?!)"
    stops = [
        *known.phrase_stops,
        *known.deadline_words,
        *(re.escape(word) for word in known.conjunctions),
        *known.requests,
    ]
    return _Words(
        determiner=re.compile(rf"(?:{det})", re.IGNORECASE),
        link=re.compile(rf"(?:{links})(?:(?!\w)|(?<=['\u2019]))", re.IGNORECASE),
        stop=re.compile(rf"(?:{'|'.join(stops)})(?!\w)", re.IGNORECASE),
        abbreviations=frozenset(known.abbreviations),
        question=re.compile(
            rf"(?:{'|'.join(re.escape(w) for w in known.question_words) or '(?!)'})",
            re.IGNORECASE,
        ),
    )


def object_phrase(
    text: str,
    cue: tuple[int, int],
    language: str,
    *,
    ends: Iterable[int] = (),
) -> tuple[int, int] | None:
    """Return the span of the noun phrase around the cue word at ``cue`` (start, end: offsets
    into ``text``, a sentence of the client's), or None.

    The phrase starts at a determiner or possessive of ``language`` at most
    :data:`WORDS_BEFORE_CUE` words before the cue (or the cue's own first word: "a written
    explanation"; an elided one: "l'export") and runs on through its complements ("for
    October", "with your MD at our office in Lyon", "über 1.530 EUR") to the first stop: a
    comma, semicolon or full stop, one of ``ends`` (offsets: where a date or a clock time
    starts), or one of the language's ``phrase_stops``, ``deadline_words``, ``conjunctions``
    or ``requests`` ("by Friday", "please", "and", "so that"). Over
    :data:`PHRASE_MAX_WORDS` words it is cut before its last complement that fits (a word of
    ``phrase_links``); a question-word clause cut short by a stop goes whole ("een korte
    update per mail over wat er aan de hand is" -> "een korte update per mail", not "... aan
    de hand"); and a determiner or link left at its end goes. None for a language
    without the data, when no determiner opens it ("I want to talk": no object), or when the
    cue is a verb phrase (a stop word after its first word: "my money back").
    Deterministic.
    """
    words = _words(language)
    if words is None:
        return None
    if any(words.stop.fullmatch(word) for word in text[cue[0] : cue[1]].split()[1:]):
        return None  # a verb phrase, not a noun: "will ich zurück", "money back"
    start = _start(text, cue, words)
    if start is None:
        return None
    end = _end(text, cue[1], words, sorted(set(ends)))
    tokens = [m for m in _TOKEN.finditer(text, start, end)]
    rest = text[end:].lstrip()
    if rest and rest[0] not in ",;:.!?)":  # cut inside a clause: "over wat er aan de hand [is]"
        asked = [i for i, m in enumerate(tokens) if m.start() >= cue[1] and _is(words.question, m)]
        tokens = tokens[: asked[0]] if asked else tokens
    while len(tokens) > PHRASE_MAX_WORDS:
        cut = [i for i, m in enumerate(tokens) if m.start() >= cue[1] and _is(words.link, m)]
        if not cut:
            return None
        tokens = tokens[: cut[-1]]
    while len(tokens) > 1 and tokens[-1].start() >= cue[1] and _trailing(words, tokens[-1]):
        tokens.pop()
    if not tokens or tokens[-1].end() < cue[1]:
        return None
    last = tokens[-1]
    stop = last.start() + len(last.group(0).rstrip(_CLOSING + "."))
    if text[last.start() : last.end()].rstrip(_CLOSING).endswith("."):
        word = last.group(0).rstrip(_CLOSING)[:-1].lower()
        if word in words.abbreviations or re.search(r"\d\.\d", last.group(0)):
            stop = last.start() + len(last.group(0).rstrip(_CLOSING))
    return (start, max(stop, cue[1]))


def _is(pattern: re.Pattern[str], token: re.Match[str]) -> bool:
    return bool(pattern.fullmatch(token.group(0).strip(_OPENING + _CLOSING + ".")))


def _trailing(words: _Words, token: re.Match[str]) -> bool:
    """Tell whether ``token`` may not end a phrase: a determiner or a link ("the report for")."""
    return _is(words.determiner, token) or _is(words.link, token)


def _start(text: str, cue: tuple[int, int], words: _Words) -> int | None:
    """Return where the phrase around ``cue`` starts: its determiner, or None."""
    before = text[: cue[0]]
    elided = re.search(rf"(?<!\w)(?:{words.determiner.pattern})$", before, re.IGNORECASE)
    if elided and elided.group(0)[-1:] in "'\u2019":
        return elided.start()  # "l'export", "un'analisi"
    first = _TOKEN.match(text, cue[0])
    if first and _is(words.determiner, first) and first.end() < cue[1]:
        return cue[0]  # the cue holds its determiner: "a written explanation"
    tokens = list(_TOKEN.finditer(before))[-WORDS_BEFORE_CUE:]
    start = None
    for token in reversed(tokens):
        raw = token.group(0)
        if raw[-1:] in _CLOSING + "." or words.stop.fullmatch(raw.strip(_OPENING)):
            break  # "..., the report": the phrase starts after the comma
        if _is(words.determiner, token):
            start = token.start() + (len(raw) - len(raw.lstrip(_OPENING)))
        elif start is not None:
            break  # "need the" found; "I need" is no part of it
    return start


def _end(text: str, after: int, words: _Words, ends: list[int]) -> int:
    """Return where the phrase whose cue ends at ``after`` ends: before its first stop."""
    limit = next((at for at in ends if at >= after), len(text))
    end = after
    if text[end : end + 1] and not text[end : end + 1].isspace():
        rest = _TOKEN.match(text, end)  # the rest of the cue's word: "meeting" in "meetings"
        if rest is not None:
            if rest.group(0)[-1:] in _CLOSING or rest.group(0).endswith("."):
                return rest.end()
            end = rest.end()
    for token in _TOKEN.finditer(text, end, limit):
        raw = token.group(0)
        if raw[:1] in "([{" or (
            words.stop.match(text, token.start()) and _whole(words, text, token)
        ):
            break
        end = token.end()
        bare = raw.rstrip(_CLOSING)
        if raw[-1:] in _CLOSING or (
            bare.endswith(".")
            and bare[:-1].lower() not in words.abbreviations
            and not re.fullmatch(r"[\d.,]+", bare)
        ):
            break
    return min(end, limit) if end > after else after


def _whole(words: _Words, text: str, token: re.Match[str]) -> bool:
    """Tell whether a stop that matches at ``token`` starts at a word's start (not "rendez-"
    in "rendez-vous")."""
    return token.start() == 0 or not text[token.start() - 1].isalnum()


def phrase_head(text: str, language: str) -> str:
    """Return ``text`` up to the first of the language's words that end a phrase besides
    conjunctions (``phrase_stops``, ``deadline_words``, ``requests``: "if possible", "by",
    "please"), the first word kept whatever it is ("with Paola if possible" -> "with Paola",
    "met u en uw teamleider" stays), without determiners and links left at its end."""
    known = lang.find(language)
    words = _words(language)
    if known is None or words is None:
        return text
    stops = [*known.phrase_stops, *known.deadline_words, *known.requests]
    stop = re.compile(rf"(?<!\w)(?:{'|'.join(stops)})(?!\w)", re.IGNORECASE)
    first = _TOKEN.match(text)
    at = stop.search(text, first.end()) if first else None
    tokens = text[: at.start()].split() if at else text.split()
    while len(tokens) > 1 and (
        words.determiner.fullmatch(tokens[-1]) or words.link.fullmatch(tokens[-1])
    ):
        tokens.pop()
    return " ".join(tokens)


def trim_end(phrase: str, language: str) -> str:
    """Return ``phrase`` (an object phrase cut where its date starts) without the weekday name
    and the determiners and links left at its end ("un incontro in videochiamata giovedì" ->
    "un incontro in videochiamata", "uma reunião por vídeo na quarta" -> "uma reunião por
    vídeo", "ein Gespräch am Dienstag" -> "ein Gespräch")."""
    words = _words(language)
    bare = without_weekday(phrase, language).rstrip(" ,")
    if words is None or bare == phrase:
        return phrase
    tokens = bare.split()
    while len(tokens) > 1 and (
        words.determiner.fullmatch(tokens[-1]) or words.link.fullmatch(tokens[-1])
    ):
        tokens.pop()
    return " ".join(tokens)


def adds_to(phrase: str, cue: str, language: str, *, money: Iterable[str] = ()) -> bool:
    """Return True when ``phrase`` says more than its cue word ``cue`` with a determiner and
    ``money`` ("the incident report" does; "the report", "eine Gutschrift über 500 EUR" do
    not: the reply's own words name those as well)."""
    words = _words(language)
    rest = phrase
    for part in (cue, *money):
        if part:
            rest = re.sub(re.escape(part), " ", rest, flags=re.IGNORECASE)
    left = [
        w
        for w in (w.strip(_OPENING + _CLOSING + ".") for w in rest.split())
        if w and not (words and (words.determiner.fullmatch(w) or words.link.fullmatch(w)))
    ]
    return bool(left)
