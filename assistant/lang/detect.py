"""Identify the language of a short text with Lingua, restricted to the languages we draft in.

Lingua (lingua-language-detector) in low-accuracy mode, built for the registry's languages
only (:data:`assistant.lang.CODES`): deterministic, as accurate as py3langid on short English and German business text
(and on the thirteen-language layouts in the tests), and about 4x faster to get ready,
because it loads one small trigram model per language on first use instead of
decompressing py3langid's 68 MB model and importing numpy (see the README's design notes).
"""

from __future__ import annotations

import re
import threading
from functools import lru_cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lingua import LanguageDetector

from assistant.lang import CODES as LANGUAGES  # the registry's languages, one module each

UNDETERMINED = "und"
_MIN_LETTERS = 12
_MIN_WORDS = 3
_MIN_PROBABILITY = 0.5
_MAX_CHARS = 2000  # the start of a long text tells its language; the cost grows with length
_LETTER = re.compile(r"[^\W\d_]")
# Scripts written without spaces between words: a text in them is long enough by its letters.
_UNSPACED = re.compile(r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]")
_URL_OR_ADDRESS = re.compile(r"\S+@\S+|https?://\S+|www\.\S+")
# Lingua names Norwegian by its written standard: Bokmål ("nb") is what "no" means in mail.
_TO_LINGUA = {"no": "nb"}
_FROM_LINGUA = {"nb": "no"}


_BUILDING = threading.Lock()  # threads that draft at once build the detector once


def _detector() -> LanguageDetector:
    with _BUILDING:
        return _build_detector()


@lru_cache(maxsize=1)
def _build_detector() -> LanguageDetector:
    from lingua import IsoCode639_1, LanguageDetectorBuilder

    codes = [IsoCode639_1.from_str(_TO_LINGUA.get(code, code)) for code in LANGUAGES]
    return LanguageDetectorBuilder.from_iso_codes_639_1(*codes).with_low_accuracy_mode().build()


def detect_language(text: str) -> str:
    """Return the ISO 639-1 code of ``text``, or ``"und"`` when it is too short to tell.

    Only the first 2,000 characters are read. Too short: fewer than three words (unless
    written in a script without spaces: Chinese, Japanese) or twelve letters once URLs and
    addresses are removed, or the best language scores under 0.5
    (Lingua's confidence, which sums to 1 over the registry's languages).
    """
    plain = _URL_OR_ADDRESS.sub(" ", text[:_MAX_CHARS])
    letters = 0
    for _ in _LETTER.finditer(plain):
        letters += 1
        if letters == _MIN_LETTERS:
            break
    if letters < _MIN_LETTERS or (len(plain.split()) < _MIN_WORDS and not _UNSPACED.search(plain)):
        return UNDETERMINED
    ranked = _detector().compute_language_confidence_values(plain)
    if not ranked or ranked[0].value < _MIN_PROBABILITY:
        return UNDETERMINED
    code = ranked[0].language.iso_code_639_1.name.lower()
    return _FROM_LINGUA.get(code, code)


def confidence(text: str, code: str) -> float:
    """Return how likely ``text`` is written in the language ``code`` (ISO 639-1), from 0 to
    1 among the registry's languages (Lingua's confidence; only the first 2,000 characters are
    read); 1.0 for a code the registry has not, or a text without letters: nothing tells
    against it."""
    from lingua import IsoCode639_1, Language

    plain = _URL_OR_ADDRESS.sub(" ", text[:_MAX_CHARS])
    if code not in LANGUAGES or not _LETTER.search(plain):
        return 1.0
    language = Language.from_iso_code_639_1(IsoCode639_1.from_str(_TO_LINGUA.get(code, code)))
    return float(_detector().compute_language_confidence(plain, language))


#: Languages close enough that a short line of one is easily read as another (Romance; West
#: and North Germanic; West Slavic; South Slavic).
_NEIGHBOURS = (
    frozenset({"es", "pt", "ca", "it", "fr", "ro"}),
    frozenset({"de", "nl", "da", "no", "sv"}),
    frozenset({"pl", "cs", "sk"}),
    frozenset({"hr", "sl"}),
)


def neighbours(first: str, second: str) -> bool:
    """Return True when the languages ``first`` and ``second`` (ISO 639-1) are the same or
    close enough to be taken for each other on short text (Spanish and Portuguese, German
    and Dutch): a reading of one as the other is no evidence."""
    return first == second or any({first, second} <= group for group in _NEIGHBOURS)
