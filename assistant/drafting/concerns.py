"""Read the sender's new text: which sentences carry the complaint, and how they address us.

Playbook step 1 restates the client's concerns in their own terms, specifically; the offline
drafter quotes back the sentences that carry complaint cues (late, again, still, nobody told
us, other agencies...), preferring concrete ones (deliverables, dates, numbers) over bare
feelings. Cue lists exist per language; a language without its own list uses all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lang
from assistant.lang.sentences import split_paragraph

_WORD = r"(?<!\w)(?:{})(?!\w)"

_SALUTATION = re.compile(rf"^(?:{lang.alternation('salutation_openers')})\b", re.IGNORECASE)
_SIGN_OFF = re.compile(rf"^(?:{lang.alternation('sign_offs')})\b", re.IGNORECASE)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
# The labels of a web form's notification ("Name: Greg", "Message:"): the label goes, a short
# value goes with it, the message text stays.
_FORM_FIELD = re.compile(rf"^(?:{lang.alternation('form_labels')}):\s*", re.IGNORECASE)
_DANGLING = re.compile(rf"\s*[,;:]\s*(?:{lang.alternation('conjunctions')})?\s*$", re.IGNORECASE)
_MAX_CONCERNS = 3
_MAX_WORDS_EACH = 40
_MAX_WORDS_TOTAL = 90
#: A second or third concern needs this score: an ask or a bare feeling is not worth quoting.
_MIN_SCORE_MORE = 3

# An ask ("Please send", "Bitte schicken Sie") is not a concern: -2.
_REQUEST = re.compile(rf"^(?:{lang.alternation('requests')})\b", re.IGNORECASE)


def score_sentence(sentence: str, language: str) -> int:
    """Return how much ``sentence`` tells about a concrete complaint; 0 when it tells nothing.

    Complaint cues (late, again, still, verspätet...) weigh 2, or 1 when they only name a
    feeling (disappointed, frustrating, enttäuscht); a negation weighs 1; "nobody told us"
    and "other agencies ..." weigh 4. Concreteness is added: 2 per named deliverable (report,
    dashboard, campaign, SEO...; at most 4) and 1 per date, day, number or count (at most
    3); 2 is taken off for a request ("Please send...", "Bitte schicken Sie..."). A sentence
    whose cues add up to less than 2 scores 0, unless it has a negation and at least 3
    points of concreteness ("the only changes I can see are two budget adjustments").
    ``language`` is ISO 639-1 (en, de, fr; others use every list). Source: PLAYBOOK.md step
    1, "restate their concerns ... specifically (the late reports, the dashboard issue)".
    """
    patterns = _patterns(language)
    strong = patterns["strong"].findall(sentence)
    feelings = sum(1 for cue in strong if patterns["emotion"].fullmatch(cue))
    complaint = 2 * (len(strong) - feelings) + feelings + len(patterns["weak"].findall(sentence))
    complaint += 4 * len(patterns["silence"].findall(sentence))
    complaint += 4 * len(patterns["others"].findall(sentence))
    things = min(2 * len(patterns["things"].findall(sentence)), 4)
    when = min(len(patterns["when"].findall(sentence)), 3)
    if complaint < 2 and not (complaint == 1 and things + when >= 3):
        return 0
    request = 2 if _REQUEST.match(sentence.strip(" \"'“„»(-")) else 0
    return max(complaint + things + when - request, 1)


def rank_concerns(text: str, language: str) -> tuple[str, ...]:
    """Return up to three sentences of ``text`` that carry the sender's complaint, best first.

    Sentences (:func:`split_sentences`, four words or more) are ranked by
    :func:`score_sentence` for ``language`` (ISO 639-1; every known list when the language
    has none; lists exist for en, de, fr), ties in text order, while the quotes stay within
    90 words. With no sentence scoring, the best sentence with a negation is returned; with
    none at all, the first sentence of four words or more; an empty text gives ``()``.
    Sentences over 40 words are cut at 35 words and end in "…"; the first letter is upper case.
    """
    return tuple(sentence for _, sentence in _select(text, language))


def extract_concerns(text: str, language: str) -> tuple[str, ...]:
    """Return the sentences of :func:`rank_concerns` in the order they appear in ``text``."""
    return tuple(sentence for _, sentence in sorted(_select(text, language)))


def _select(text: str, language: str) -> list[tuple[int, str]]:
    """Return (index in the text, sentence) of the chosen concerns, best first."""
    sentences = [s for s in split_sentences(text) if len(s.split()) >= 4]
    scored = [(score_sentence(s, language), index, s) for index, s in enumerate(sentences)]
    chosen: list[tuple[int, str]] = []
    total = 0
    for score, index, sentence in sorted(scored, key=lambda item: (-item[0], item[1])):
        if score < (_MIN_SCORE_MORE if chosen else 1) or len(chosen) == _MAX_CONCERNS:
            break
        sentence = _shorten(sentence)
        words = len(sentence.split())
        if chosen and total + words > _MAX_WORDS_TOTAL:
            continue
        chosen.append((index, sentence))
        total += words
    if not chosen and sentences:
        weak = _patterns(language)["weak"]
        negated = [(index, s) for index, s in enumerate(sentences) if weak.search(s)]
        index, sentence = negated[0] if negated else (0, sentences[0])
        chosen.append((index, _shorten(sentence)))
    return [(index, sentence[:1].upper() + sentence[1:]) for index, sentence in chosen]


def split_sentences(text: str) -> list[str]:
    """Split an email's new text into sentences, without the greeting and the sign-off.

    Wrapped lines are joined; blank lines and list bullets start a new sentence. A sign-off
    line ("Best regards", "Viele Grüße") ends the text. Web-form labels ("Name: Greg",
    "Message:") are dropped with their short values.
    """
    segments: list[str] = []
    current: list[str] = []
    for raw in text.splitlines():
        line = raw.strip()
        if line.startswith(">"):
            continue
        words = len(line.split())
        if not line or _BULLET.match(line):
            if current:
                segments.append(" ".join(current))
            current = [_BULLET.sub("", line)] if line else []
            continue
        field = _FORM_FIELD.match(line)
        if field:
            line = line[field.end() :]
            if len(line.split()) <= 4:
                continue
            words = len(line.split())
        if words <= 6 and _SIGN_OFF.match(line):
            break
        if words <= 6 and not current and not segments and _SALUTATION.match(line):
            continue
        current.append(line)
    if current:
        segments.append(" ".join(current))
    sentences: list[str] = []
    for segment in segments:
        sentences.extend(split_paragraph(" ".join(segment.split())))
    return [s for s in sentences if s]


@lru_cache(maxsize=8)
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """Compile the concern cues of ``language`` (every language's, when it has none).

    Kinds (``Language.concern_cues``): strong cues weigh 2 and weak cues (bare negation) 1;
    a feeling (emotion) that names no thing weighs 1, not 2; named things 2 each, at most 4
    per sentence; when (months, days, digits, counted times) 1 each, at most 3; nobody told
    us (silence) 4; what other agencies do (others) 4. A concern needs a score of 2.
    """
    own = lang.find(language)
    sources = (own,) if own is not None and own.concern_cues else lang.with_data("concern_cues")
    kinds = ("strong", "weak", "emotion", "things", "when", "silence", "others")
    return {
        kind: re.compile(
            _WORD.format("|".join(source.concern_cues[kind] for source in sources)), re.IGNORECASE
        )
        for kind in kinds
    }


def _shorten(sentence: str) -> str:
    sentence = _DANGLING.sub("", sentence)  # a list item: "how the cap was exceeded, and"
    words = sentence.split()
    if len(words) <= _MAX_WORDS_EACH:
        return sentence
    return " ".join(words[:35]).rstrip(",;:") + " …"
