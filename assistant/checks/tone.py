"""Heat of a text: how heated an inbound client email (or our own draft) is, and why.

The score comes from a documented lexicon: each language's phrases are ``HEAT_LEXICON`` in
its :mod:`assistant.lang` module, what every language shares is in the package data
(``assistant/data/heat_lexicon.toml``). Kinds: insults, profanity, absolute words,
accusations (a formal complaint's "falls short of our expectations" too), exasperation
("for the third time", "fed up", runs of "??"), ultimatums ("or don't bother"), threats to
leave (the polite "we are reviewing our options" too) and sarcasm markers, plus shouting
(words in capitals, runs of "!!") and single exclamation marks. Each match adds its weight to
a sum; the score is ``1 - exp(-sum)``, so one "never" is mild (about 0.14) and insults plus a
threat to leave plus shouting come close to 1. Repeats of the same phrase count with halving
weight (nothing after 30 repeats).

What it does not do: negation is only approximated (a "not"/"nicht"/"não" in the four words
before a negatable phrase cancels it: "I'm not fed up"; "not unacceptable" still counts), and
quoted history and the signature are not skipped here: callers pass only the new text
(``Email.new_text``, which holds neither).
"""

from __future__ import annotations

import bisect
import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache
from typing import Any

from assistant import lang
from assistant.errors import ConfigError

KINDS = (
    "insult",
    "profanity",
    "absolute",
    "accusation",
    "exasperation",
    "ultimatum",
    "threat_to_leave",
    "shouting",
    "sarcasm",
    "exclamation",
)
# Scores at or above HEATED are "heated"; at or above TENSE "tense"; below it "calm".
# A calm business email stays under TENSE; the core scenario (a frustrated long-standing
# client after a bad review, with a threat to leave) lands above HEATED.
HEATED = 0.5
TENSE = 0.2
MAX_CHARS = 50_000
# After this many repeats a phrase's halved weight rounds to 0 (2**-30 of at most 2).
_MAX_REPEATS = 30

_LEXICON_FILE = "heat_lexicon.toml"
_LABELS = {
    "insult": "insults",
    "profanity": "profanity",
    "absolute": "absolute words",
    "accusation": "accusations",
    "exasperation": "exasperation",
    "ultimatum": "ultimatums",
    "threat_to_leave": "threat to leave",
    "shouting": "shouting",
    "sarcasm": "sarcasm",
    "exclamation": "exclamation marks",
}
_LABELS_ONE = {
    "insult": "insult",
    "profanity": "profanity",
    "absolute": "absolute word",
    "accusation": "accusation",
    "exasperation": "exasperation",
    "ultimatum": "ultimatum",
    "threat_to_leave": "threat to leave",
    "shouting": "shouting",
    "sarcasm": "sarcasm",
    "exclamation": "exclamation mark",
}
_NEGATIONS = frozenset(word for known in lang.all_languages() for word in known.negations)
_RSQUO = "\u2019"  # the typographic apostrophe mail clients write for "'"
_GROUP_KEYS = frozenset({"weight", "phrases", "patterns", "negatable"})
# Anchored at token starts so a long run without spaces is scanned once, not quadratically.
_URL_OR_ADDRESS = re.compile(r"(?<!\S)(?:(?:https?://|www\.)\S*|[^\s@]+@\S+)", re.IGNORECASE)
_TOKEN = re.compile(r"[^\W_]+")
_VOWELS = frozenset("AEIOUYÄÖÜÁÀÂÉÈÊÍÓÔÚ")
_MAX_SHOUT_LETTERS = 24
_NEGATION_WORD = re.compile(r"[\w'\u2019]+")
_SENTENCE_END = re.compile(r"[.!?;:\n]")
# Matched from the start of a run of marks only: a long run without "!" costs n, not n**2.
_BANGS = re.compile(r"(?<![!?¡])[!?¡]*![!?]*")
# "??" (impatience: "so where is the menu??"), not part of a run with "!" (shouting above).
_QUESTIONS = re.compile(r"(?<![!?¿\uff1f])[?\uff1f]{2,}(?![!?\uff1f])")


@dataclass(frozen=True)
class HeatPhrase:
    """One match: the text as written, its kind (one of ``KINDS``) and the weight it added."""

    text: str
    kind: str
    weight: float


@dataclass(frozen=True)
class Heat:
    """How heated a text is: ``score`` in [0, 1] and the phrases that caused it, in text order."""

    score: float
    phrases: tuple[HeatPhrase, ...] = ()

    @property
    def level(self) -> str:
        """Return ``"calm"``, ``"tense"`` or ``"heated"`` (thresholds ``TENSE``, ``HEATED``)."""
        if self.score >= HEATED:
            return "heated"
        return "tense" if self.score >= TENSE else "calm"

    @property
    def kinds(self) -> tuple[str, ...]:
        """Return the kinds present, heaviest total weight first (ties in ``KINDS`` order)."""
        totals: dict[str, float] = {}
        for phrase in self.phrases:
            totals[phrase.kind] = totals.get(phrase.kind, 0.0) + phrase.weight
        return tuple(sorted(totals, key=lambda kind: (-totals[kind], KINDS.index(kind))))

    @property
    def kind_labels(self) -> tuple[str, ...]:
        """Return ``kinds`` in words ("threat to leave", "absolute words")."""
        return tuple(_LABELS[kind] for kind in self.kinds)

    @property
    def kind_words(self) -> tuple[str, ...]:
        """Return ``kinds`` in words, singular for a kind matched once ("accusation")."""
        counts: dict[str, int] = {}
        for phrase in self.phrases:
            counts[phrase.kind] = counts.get(phrase.kind, 0) + 1
        return tuple((_LABELS_ONE if counts[kind] == 1 else _LABELS)[kind] for kind in self.kinds)

    def summary(self) -> str:
        """Return the heat in words: ``"heated: 3 phrases (threat to leave, absolute words)"``."""
        if not self.phrases:
            return "calm: no heated phrases"
        count = len(self.phrases)
        noun = "phrase" if count == 1 else "phrases"
        return f"{self.level}: {count} {noun} ({', '.join(self.kind_labels)})"


@dataclass(frozen=True)
class _Group:
    kind: str
    weight: float
    regex: re.Pattern[str]
    negatable: bool


@dataclass(frozen=True)
class _Lexicon:
    groups: tuple[_Group, ...]
    shout_weight: float
    shout_min_letters: int
    bang_run_weight: float
    acronyms: frozenset[str]
    exclamation_weight: float
    question_run_weight: float


def assess(text: str, language: str | None = None) -> Heat:
    """Return the heat of ``text`` (new text only, not quoted history) with its phrases.

    ``language`` with a lexicon in its :mod:`assistant.lang` module (en, de, fr, es, it, nl,
    pt) selects that one;
    None or a language without one applies every language's.
    Only the first ``MAX_CHARS`` characters are read; URLs and email addresses are ignored.
    Deterministic; the lexicon is loaded and compiled once, on first use. Raises
    ``ConfigError`` only if the bundled lexicon is broken (a packaging bug).
    """
    known = lang.find(language) if language else None
    lexicon = _lexicon(known.code if known is not None and known.heat_lexicon else None)
    plain = _URL_OR_ADDRESS.sub(" ", text[:MAX_CHARS])
    found = _lexicon_matches(plain, lexicon) + _shouting(plain, lexicon)
    found.sort(key=lambda item: item[0])
    seen: dict[tuple[str, str], int] = {}
    phrases: list[HeatPhrase] = []
    for _, phrase_text, kind, weight in found:
        key = (kind, " ".join(phrase_text.casefold().split()))
        repeat = seen.get(key, 0)
        seen[key] = repeat + 1
        halved = weight / 2 ** min(repeat, _MAX_REPEATS)
        phrases.append(HeatPhrase(phrase_text, kind, round(halved, 4)))
    total = sum(phrase.weight for phrase in phrases)
    return Heat(round(1.0 - math.exp(-total), 4), tuple(phrases))


@lru_cache(maxsize=8)
def assess_inbound(subject: str, text: str, language: str | None = None) -> Heat:
    """Return the heat of an inbound email: its Subject and its new text, read together.

    Cached for the last few emails: drafting reads one email's heat for the situation, the
    prompt and the cooling-off (a 50,000-character text takes most of a second).

    A subject like "June report - late AGAIN" is where clients often shout first, so it
    counts like a first paragraph (a phrase repeated in the text then counts at half
    weight, as any repeat); its reply prefixes ("Re:", "ODP:", "ANTW:") are not read.
    ``text`` is the new text only (``Email.new_text``); see :func:`assess` for
    ``language`` and errors.
    """
    from assistant.mail.reply import without_reply_prefixes

    subject = " ".join(without_reply_prefixes(subject[:MAX_CHARS]).split())
    return assess(f"{subject}\n\n{text}" if subject else text, language)


def _lexicon_matches(text: str, lexicon: _Lexicon) -> list[tuple[int, str, str, float]]:
    """Find lexicon matches; where two overlap keep the longer (then heavier) one."""
    candidates: list[tuple[int, int, _Group]] = []
    for group in lexicon.groups:
        for match in group.regex.finditer(text):
            if match.end() > match.start():
                candidates.append((match.start(), match.end(), group))
    candidates.sort(key=lambda c: (c[0] - c[1], -c[2].weight, c[0]))
    # Taken spans never overlap, so sorted by start their ends are sorted too: a new span
    # can only overlap its neighbours in that order (a bisection, not a scan of all).
    starts: list[int] = []
    ends: list[int] = []
    kept: list[tuple[int, str, str, float]] = []
    for start, end, group in candidates:
        at = bisect.bisect_right(starts, start)
        if (at > 0 and ends[at - 1] > start) or (at < len(starts) and starts[at] < end):
            continue
        starts.insert(at, start)
        ends.insert(at, end)
        if group.negatable and _negated(text, start):
            continue
        kept.append((start, text[start:end], group.kind, group.weight))
    return kept


def _negated(text: str, start: int) -> bool:
    """Say whether a negation word stands in the four words before ``start``, same sentence."""
    before = text[max(0, start - 80) : start]
    ends = list(_SENTENCE_END.finditer(before))
    if ends:
        before = before[ends[-1].end() :]
    words = [w.casefold().replace(_RSQUO, "'") for w in _NEGATION_WORD.findall(before)[-4:]]
    return any(w in _NEGATIONS or w.endswith("n't") for w in words)


def _shouting(text: str, lexicon: _Lexicon) -> list[tuple[int, str, str, float]]:
    """Find runs of words in capitals (not acronyms) and runs of "!!"; single "!" too; and
    runs of "??" (exasperation)."""
    found: list[tuple[int, str, str, float]] = []
    run: list[re.Match[str]] = []

    def close_run() -> None:
        loud = [m for m in run if _is_shout(m.group(), lexicon)]
        if loud:
            found.append(
                (
                    loud[0].start(),
                    text[loud[0].start() : loud[-1].end()],
                    "shouting",
                    lexicon.shout_weight * len(loud),
                )
            )
        run.clear()

    for match in _TOKEN.finditer(text):
        word = match.group()
        if word.isalpha() and word.isupper():
            run.append(match)
        elif run:
            close_run()
    close_run()
    for match in _BANGS.finditer(text):
        bangs = match.group()
        if len(bangs) >= 2:
            found.append((match.start(), bangs, "shouting", lexicon.bang_run_weight))
        else:
            found.append((match.start(), bangs, "exclamation", lexicon.exclamation_weight))
    for match in _QUESTIONS.finditer(text):
        found.append((match.start(), match.group(), "exasperation", lexicon.question_run_weight))
    return found


def is_shouted(word: str) -> bool:
    """Return True for a word in capitals that reads as shouting ("AGAIN"), False for an
    acronym ("SEO", "GA4", "RCPT") or a word not all in capitals."""
    return word.isalpha() and word.isupper() and _is_shout(word, _lexicon("en"))


def _is_shout(word: str, lexicon: _Lexicon) -> bool:
    """Say whether a word in capitals is shouted: long enough, has a vowel, not an acronym.

    Words without a vowel (RCPT, NSBN) are abbreviations; very long ones are codes or data.
    """
    if not lexicon.shout_min_letters <= len(word) <= _MAX_SHOUT_LETTERS:
        return False
    upper = word.upper()
    if not _VOWELS.intersection(upper):
        return False
    if upper in lexicon.acronyms:
        return False
    return not (upper.endswith("S") and upper[:-1] in lexicon.acronyms)


def _phrases_regex(phrases: list[str]) -> str:
    """Turn literal phrases into one regex: word edges, flexible whitespace, either apostrophe.

    Longest first, so "every single time" wins over "every time" at the same place; the
    word-start check is factored out so positions inside words fail at once.
    """
    alternatives = []
    for phrase in sorted(phrases, key=len, reverse=True):
        if not (phrase[:1].isalnum() and phrase[-1:].isalnum()):
            raise ValueError(f"phrase {phrase!r} must start and end with a letter")
        parts = [re.escape(word).replace("'", "['\u2019]") for word in phrase.split()]
        alternatives.append(r"\s+".join(parts))
    return r"(?<!\w)(?=\w)(?:" + "|".join(alternatives) + r")(?!\w)"


@lru_cache(maxsize=4)
def _lexicon(language: str | None) -> _Lexicon:
    """Load and compile the bundled lexicon for ``language`` (None: every language)."""
    import tomllib
    from importlib import resources

    source = f"assistant/data/{_LEXICON_FILE}"
    try:
        raw = resources.files("assistant").joinpath("data", _LEXICON_FILE).read_bytes()
        data = tomllib.loads(raw.decode("utf-8"))
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as exc:
        raise ConfigError(f"{source}: cannot load the heat lexicon: {exc}") from None
    try:
        return _build(data, language, source)
    except (KeyError, TypeError, ValueError, re.error) as exc:
        raise ConfigError(f"{source}: broken heat lexicon: {exc}") from None


def _build(data: Mapping[str, Any], language: str | None, source: str) -> _Lexicon:
    groups: list[_Group] = []
    sources = (lang.get(language),) if language else lang.with_data("heat_lexicon")
    for known in sources:
        for kind, entries in known.heat_lexicon.items():
            if kind not in KINDS or kind in ("shouting", "exclamation"):
                raise ValueError(f"[{known.code}] unknown kind {kind!r}")
            for entry in entries:
                groups.append(_group(known.code, kind, entry))
    shouting = data["shouting"]
    return _Lexicon(
        groups=tuple(groups),
        shout_weight=float(shouting["weight_per_word"]),
        shout_min_letters=int(shouting["min_letters"]),
        bang_run_weight=float(shouting["weight_bang_run"]),
        acronyms=frozenset(str(word).upper() for word in shouting["acronyms"]),
        exclamation_weight=float(data["exclamation"]["weight"]),
        question_run_weight=float(data["question_run"]["weight"]),
    )


def _group(code: str, kind: str, entry: Mapping[str, Any]) -> _Group:
    unknown = set(entry) - _GROUP_KEYS
    if unknown:
        raise ValueError(f"[[{code}.{kind}]] unknown key(s) {sorted(unknown)}")
    weight = entry["weight"]
    if isinstance(weight, bool) or not isinstance(weight, int | float) or not 0 < weight <= 2:
        raise ValueError(f"[[{code}.{kind}]] weight must be a number in (0, 2]")
    alternatives = [str(p) for p in entry.get("patterns", [])]
    phrases = [str(p) for p in entry.get("phrases", [])]
    if phrases:
        alternatives.append(_phrases_regex(phrases))
    if not alternatives:
        raise ValueError(f"[[{code}.{kind}]] has no phrases or patterns")
    regex = re.compile("|".join(f"(?:{alt})" for alt in alternatives), re.IGNORECASE)
    return _Group(kind, float(weight), regex, bool(entry.get("negatable", False)))
