"""Read the sender's new text: which sentences carry the complaint, and how they address us.

Playbook step 1 restates the client's concerns in their own terms; the offline drafter quotes
back the sentences that carry complaint cues (late, again, still, disappointed...). Cue lists
exist per language; a language without its own list is scored with all of them.
"""

from __future__ import annotations

import re

_WORD = r"(?<!\w)(?:{})(?!\w)"

# Strong cues weigh 2, weak cues (bare negation) 1; a concern needs a score of 2.
_STRONG = {
    "en": (
        r"late|later|lateness|delay(?:s|ed)?|overdue|again|still|never|yet again|"
        r"disappoint\w*|unacceptable|frustrat\w*|problems?|issues?|wait(?:s|ed|ing)?|"
        r"worse|worst|poor(?:ly)?|miss(?:ed|ing)|broken|wrong|slow(?:er|ly)?|complain\w*|"
        r"complaints?|unhappy|annoy\w*|angry|nobody|no one|ignor\w*|fail\w*|errors?|"
        r"mistakes?|down ?grad\w*|lower|behind|unreliable|chas(?:e|ed|ing)"
    ),
    "de": (
        r"versp[äa]t\w*|zu sp[äa]t|sp[äa]t|sp[äa]ter|schon wieder|wieder|wiederholt|"
        r"immer noch|noch immer|nie|niemals|entt[äa]usch\w*|inakzeptabel|unakzeptabel|"
        r"problem\w*|(?:ge)?wart(?:e|en|et|ete|eten)|fehler\w*|falsch\w*|schlecht\w*|"
        r"[äa]rger\w*|ver[äa]rgert|frustr\w*|beschwer\w*|unzufrieden\w*|langsam\w*|"
        r"vers[äa]um\w*|verpass\w*|ignor\w*|niemand|kaputt|ausgefallen|abgestuft|"
        r"herabgestuft|schlechter|unzuverl[äa]ssig\w*|hinterher\w*"
    ),
    "fr": (
        r"retard\w*|encore|toujours|jamais|d[ée]çu\w*|d[ée]cevant\w*|inacceptable|"
        r"probl[èe]mes?|attend\w*|erreurs?|faux|fausse|mauvais\w*|frustr\w*|"
        r"m[ée]content\w*|lent\w*|personne|ignor\w*|plainte\w*"
    ),
}
_WEAK = {
    "en": r"not|no|\w+n['\u2019]t|nothing|without|only",
    "de": r"nicht|kein\w*|nichts|ohne|nur",
    "fr": r"ne|n'|pas|rien|sans|seulement",
}

_SALUTATION = re.compile(
    r"^(?:hi|hello|hey|hiya|dear|good (?:morning|afternoon|evening)|hallo|liebe[rs]?|"
    r"sehr geehrte[rs]?|guten (?:tag|morgen|abend)|moin|servus|hi there)\b",
    re.IGNORECASE,
)
_SIGN_OFF = re.compile(
    r"^(?:best|regards|kind regards|best regards|warm regards|thanks|thank you|cheers|"
    r"sincerely|yours|viele gr[üu]\w*|beste gr[üu]\w*|liebe gr[üu]\w*|mit freundlichen|"
    r"freundliche gr[üu]\w*|sch[öo]ne gr[üu]\w*|gr[üu](?:ß|ss)e?|lg|mfg|vg|danke)\b",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
_BOUNDARY = re.compile(r"(?<=[.!?…])[\"'”“»«)]*(\s+)(?=[\"'„“«»(]?[A-ZÄÖÜÀ-Þ0-9])")
_ABBREVIATIONS = frozenset(
    [
        "dr",
        "mr",
        "mrs",
        "ms",
        "prof",
        "nr",
        "no",
        "st",
        "vs",
        "etc",
        "e.g",
        "i.e",
        "z.b",
        "bzw",
        "ca",
        "vgl",
        "usw",
        "ggf",
        "inkl",
        "evtl",
        "d.h",
        "u.a",
        "jan",
        "feb",
        "mär",
        "mar",
        "apr",
        "jun",
        "jul",
        "aug",
        "sep",
        "sept",
        "okt",
        "oct",
        "nov",
        "dez",
        "dec",
    ]
)

_MAX_CONCERNS = 3
_MAX_WORDS_EACH = 40
_MAX_WORDS_TOTAL = 90


def extract_concerns(text: str, language: str) -> tuple[str, ...]:
    """Return up to three sentences of ``text`` that carry the sender's complaint, in order.

    Sentences are scored by complaint cues of ``language`` (ISO 639-1; every known list when
    the language has none; lists exist for en, de, fr): 2 per strong cue (late, again, still,
    never, disappointed, verspätet, schon wieder, immer noch...), 1 per negation. Greetings
    and the sign-off are skipped. With no sentence scoring 2, the best sentence with a
    negation is returned; with none at all, the first sentence of four words or more; an
    empty text gives ``()``.
    Sentences over 40 words are cut at 35 words and end in "…"; the first letter is upper case.
    """
    sentences = split_sentences(text)
    strong, weak = _cue_patterns(language)
    scored = [
        (2 * len(strong.findall(s)) + len(weak.findall(s)), index, s)
        for index, s in enumerate(sentences)
        if len(s.split()) >= 4
    ]
    chosen: list[tuple[int, str]] = []
    total = 0
    for score, index, sentence in sorted(scored, key=lambda item: (-item[0], item[1])):
        if score < 2 or len(chosen) == _MAX_CONCERNS:
            break
        sentence = _shorten(sentence)
        words = len(sentence.split())
        if chosen and total + words > _MAX_WORDS_TOTAL:
            continue
        chosen.append((index, sentence))
        total += words
    if not chosen:
        fallback = [item for item in scored if item[0] == 1] or scored[:1]
        if fallback:
            best = max(fallback, key=lambda item: (item[0], -item[1]))
            chosen.append((best[1], _shorten(best[2])))
    return tuple(sentence[:1].upper() + sentence[1:] for _, sentence in sorted(chosen))


def split_sentences(text: str) -> list[str]:
    """Split an email's new text into sentences, without the greeting and the sign-off.

    Wrapped lines are joined; blank lines and list bullets start a new sentence. A sign-off
    line ("Best regards", "Viele Grüße") ends the text.
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
        if words <= 6 and _SIGN_OFF.match(line):
            break
        if words <= 6 and not current and not segments and _SALUTATION.match(line):
            continue
        current.append(line)
    if current:
        segments.append(" ".join(current))
    sentences: list[str] = []
    for segment in segments:
        sentences.extend(_split_segment(" ".join(segment.split())))
    return [s for s in sentences if s]


def detect_formality(text: str, language: str) -> str:
    """Return "informal" when the sender addresses us informally, else "formal".

    German: du/dich/dir/dein/euch forms outnumber Sie/Ihnen/Ihr(e) forms (a salutation
    "Sehr geehrte", "Herr X", "Frau X" counts as formal). French: tu/toi/ton against
    vous/votre. English has no T-V distinction: an opening "Hi", "Hey" or "Hello" counts as
    informal (we answer "Hi Anna" rather than "Dear Anna").
    """
    if language == "de":
        informal = len(
            re.findall(
                r"(?<!\w)(?:du|dich|dir|dein\w*|euch|euer|eure\w*)(?!\w)", text, re.IGNORECASE
            )
        )
        formal = len(re.findall(r"(?<!\w)(?:Ihnen|Ihre[mnrs]?)(?!\w)", text))
        formal += len(re.findall(r"(?<=[a-zäöüß,] )(?:Sie|Ihr)(?!\w)", text))
        formal += len(re.findall(r"(?i:sehr geehrte)|(?<!\w)(?:Herr|Frau) [A-ZÄÖÜ]", text))
        return "informal" if informal > formal else "formal"
    if language == "fr":
        informal = len(re.findall(r"(?<!\w)(?:tu|toi|ton|ta|tes|t')(?!\w)", text, re.I))
        formal = len(re.findall(r"(?<!\w)(?:vous|votre|vos)(?!\w)", text, re.I))
        return "informal" if informal > formal else "formal"
    first = next((line.strip() for line in text.splitlines() if line.strip()), "")
    if re.match(r"(?i)(?:hi|hey|hello|hiya)\b", first):
        return "informal"
    return "formal"


def _cue_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str]]:
    if language in _STRONG:
        strong, weak = _STRONG[language], _WEAK[language]
    else:
        strong, weak = "|".join(_STRONG.values()), "|".join(_WEAK.values())
    return (
        re.compile(_WORD.format(strong), re.IGNORECASE),
        re.compile(_WORD.format(weak), re.IGNORECASE),
    )


def _split_segment(segment: str) -> list[str]:
    pieces: list[str] = []
    start = 0
    for match in _BOUNDARY.finditer(segment):
        end = match.start(1)
        before = segment[start:end].split()
        last = before[-1].lower().rstrip(".") if before else ""
        if before[-1:] and before[-1].endswith(".") and (last in _ABBREVIATIONS or len(last) == 1):
            continue  # "Dr. Müller", "z.B. Berichte", an initial such as "J. Smith"
        pieces.append(segment[start:end].strip())
        start = match.end()
    pieces.append(segment[start:].strip())
    return pieces


def _shorten(sentence: str) -> str:
    words = sentence.split()
    if len(words) <= _MAX_WORDS_EACH:
        return sentence
    return " ".join(words[:35]).rstrip(",;:") + " …"
