"""Read the sender's new text: which sentences carry the complaint, and how they address us.

Playbook step 1 restates the client's concerns in their own terms, specifically; the offline
drafter quotes back the sentences that carry complaint cues (late, again, still, nobody told
us, other agencies...), preferring concrete ones (deliverables, dates, numbers) over bare
feelings. Cue lists exist per language; a language without its own list uses all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant.lang.sentences import split_paragraph

_WORD = r"(?<!\w)(?:{})(?!\w)"

# Strong cues weigh 2, weak cues (bare negation) 1; a concern needs a score of 2.
_STRONG = {
    "en": (
        r"late|later|lateness|delay(?:s|ed)?|overdue|again|still|never|yet again|"
        r"disappoint\w*|unacceptable|frustrat\w*|problems?|issues?|wait(?:s|ed|ing)?|"
        r"worse|worst|poor(?:ly)?|miss(?:ed|ing)|broken|wrong|slow(?:er|ly)?|complain\w*|"
        r"complaints?|unhappy|annoy\w*|angry|nobody|no one|ignor\w*|fail\w*|errors?|"
        r"mistakes?|down ?grad\w*|lower|behind|unreliable|chas(?:e|ed|ing)|lags?|lagging|"
        r"useless|stale|lost|drop(?:s|ped)?|struggl\w*|exceed\w*|overspen\w*|overrun|"
        r"over(?: [\w-]+){0,3} budgets?|(?:was|were) due|in a row|"
        r"(?:second|third|fourth) (?:time|outage|month|week)|"
        r"not (?:working|loading|live|there|available|delivered|answered)"
    ),
    "de": (
        r"versp[äa]t\w*|zu sp[äa]t|sp[äa]t|sp[äa]ter|schon wieder|wieder|wiederholt|"
        r"immer noch|noch immer|nie|niemals|entt[äa]usch\w*|inakzeptabel|unakzeptabel|"
        r"problem\w*|(?:ge)?wart(?:e|en|et|ete|eten)|fehler\w*|falsch\w*|schlecht\w*|"
        r"[äa]rger\w*|ver[äa]rgert|frustr\w*|beschwer\w*|unzufrieden\w*|langsam\w*|"
        r"vers[äa]um\w*|verpass\w*|ignor\w*|niemand|kaputt|ausgefallen|abgestuft|"
        r"herabgestuft|schlechter|unzuverl[äa]ssig\w*|hinterher\w*|weniger|gerutscht|"
        r"abgerutscht|gesunken|eingebrochen|r[üu]ckl[äa]ufig|fehlt|fehlen|fehlend\w*|"
        r"(?:zweite|dritte|vierte)s? mal|in folge|nicht (?:richtig|erreichbar|verf[üu]gbar|"
        r"geliefert|gekommen|gemessen)"
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
# The labels of a web form's notification ("Name: Greg", "Message:"): the label goes, a short
# value goes with it, the message text stays.
_FORM_FIELD = re.compile(
    r"^(?:name|company|firm|email|e-mail|phone|telephone|subject|message|comments?|"
    r"firma|telefon|betreff|nachricht|kommentar):\s*",
    re.IGNORECASE,
)
_DANGLING = re.compile(r"\s*[,;:]\s*(?:and|or|und|oder|et|ou)?\s*$", re.IGNORECASE)
_MAX_CONCERNS = 3
_MAX_WORDS_EACH = 40
_MAX_WORDS_TOTAL = 90
#: A second or third concern needs this score: an ask or a bare feeling is not worth quoting.
_MIN_SCORE_MORE = 3

# Feelings: a strong cue that names no thing weighs 1, not 2, so that "it was a frustrating
# six months" ranks below "the reports arrived late in March".
_EMOTION = {
    "en": (
        r"disappoint\w*|frustrat\w*|unhappy|annoy\w*|angry|upset|honest(?:ly)?|embarrass\w*|"
        r"worried|concerned|sad"
    ),
    "de": (
        r"entt[äa]usch\w*|frustr\w*|[äa]rger\w*|ver[äa]rgert|unzufrieden\w*|ehrlich\w*|"
        r"peinlich\w*|besorgt|traurig"
    ),
    "fr": r"d[ée]çu\w*|d[ée]cevant\w*|frustr\w*|m[ée]content\w*|f[âa]ch[ée]\w*",
}
# Named deliverables and the things the work is about: 2 each, at most 4 per sentence.
_THINGS = {
    "en": (
        r"reports?|reporting|dashboards?|campaigns?|invoices?|billed|billing|budgets?|spend|"
        r"overspend|seo|rankings?|ranked|deck|slides?|charts?|plan|schedule|newsletters?|"
        r"website|sites?|pages?|landing pages?|data|tracking|numbers|figures|analytics|ga4|"
        r"ads?|ad account|audiences?|brief|drafts?|recommendations|strategy|sessions?|"
        r"analysis|insights|conversions?|bookings?|leads|traffic|alerts?|panel|exports?|"
        r"board pack|voicemails?|call back|tills|stock|cap|hours|deadline|outage|"
        r"(?:first|second|front) page|ideas|proposals|suggestions"
    ),
    "de": (
        r"\w*berichte?\w*|reports?|\w*dashboards?|kampagne\w*|rechnung\w*|budget\w*|seo|"
        r"ranking\w*|website\w*|webseite\w*|seite \d|daten\w*|zahlen|auswertung\w*|"
        r"buchung\w*|\w*buchungen|newsletter|tracking|messung|gemessen|pr[äa]sentation\w*|"
        r"tabelle\w*|ma[ßs]nahmen|vorschl[äa]ge?n?|analyse\w*|mailbox|r[üu]ckmeldung|"
        r"antwort|fehler \d+|termin\w*|frist\w*|stunden|ideen"
    ),
    "fr": (
        r"rapports?|tableaux? de bord|campagnes?|factures?|budgets?|seo|classement|"
        r"site|pages?|donn[ée]es|chiffres"
    ),
}
# When: month and day names, digits, counted times ("twice", "three weeks"): 1 each, at most 3.
# A word with a digit is read from the start of its first 100 characters before the digit: a
# long token without a digit ("-----", "€€€") then costs its length, not its length squared.
_WHEN = {
    "en": (
        r"january|february|march|april|may|june|july|august|september|october|november|"
        r"december|monday|tuesday|wednesday|thursday|friday|saturday|sunday|today|yesterday|"
        r"twice|two|three|four|five|six|seven|eight|nine|ten|[^\s\d]{0,100}+\d\S*"
    ),
    "de": (
        r"januar|februar|m[äa]rz|april|mai|juni|juli|august|september|oktober|november|"
        r"dezember|montag|dienstag|mittwoch|donnerstag|freitag|samstag|sonntag|heute|gestern|"
        r"zweimal|dreimal|zwei|drei|vier|f[üu]nf|sechs|sieben|acht|neun|zehn|"
        r"tage(?:lang)?|wochen?|[^\s\d]{0,100}+\d\S*"
    ),
    "fr": (
        r"janvier|f[ée]vrier|mars|avril|mai|juin|juillet|ao[ûu]t|septembre|octobre|novembre|"
        r"d[ée]cembre|lundi|mardi|mercredi|jeudi|vendredi|deux|trois|[^\s\d]{0,100}+\d\S*"
    ),
}
# Nobody told us, we found out ourselves: 4.
_SILENCE = {
    "en": (
        r"(?:nobody|no one|no-one|without anyone|none of you)(?: \w+){0,3} "
        r"(?:told|tell|flagged|flag|noticed|notic\w+|warned|informed|called|replied|said)|"
        r"f(?:ou|i)nd(?:ing)? out (?:from|ourselves|by)|(?:not|n't) (?:replied|answered|heard)|"
        r"(?:had|have) to (?:chase|call|ask)|didn't hear|only hear from|call back|chased"
    ),
    "de": (
        r"niemand(?: \w+){0,3} (?:gesagt|informiert|gemeldet|bemerkt|reagiert)|"
        r"ohne dass (?:sie|ihr|du|jemand)(?: \w+){0,4} (?:informiert|gemeldet|gesagt)|"
        r"keine (?:r[üu]ckmeldung|antwort|nachricht)|erst nach (?:\w+ ){0,2}\w+ eine antwort|"
        r"hinterher\w*|nur (?:die )?mailbox|nicht (?:zur[üu]ck)?gemeldet|"
        r"(?:r[üu]ckmeldung|antwort)(?: \w+){0,4} nicht"
    ),
    "fr": r"personne ne nous a|sans nous pr[ée]venir|pas de r[ée]ponse",
}
# What other agencies do: 4.
_OTHERS = {
    "en": (
        r"other (?:agenc(?:y|ies)|providers?|suppliers?)|another agency|"
        r"(?:smaller|previous|new|old|former) agency|competitors? of ours|our competitors?"
    ),
    "de": (
        r"andere(?:n|r)? (?:agenturen?|anbieter|dienstleister|hotel)|"
        r"(?:eine|einer|unsere(?:r)?) (?:anderen |fr[üu]heren |kleineren )?agentur, die|"
        r"fr[üu]here(?:n|r)? agentur|wettbewerb\w*|konkurren\w*"
    ),
    "fr": r"autres? agences?|concurrents?",
}
# An ask ("Please send", "Bitte schicken Sie") is not a concern: -2.
_REQUEST = re.compile(
    r"^(?:please|pls|can you|could you|would you|can we|could we|kindly|let's|let us|"
    r"bitte|k[öo]nnen sie|k[öo]nnten sie|kannst du|k[öo]nntest du|würden sie|merci de|"
    r"pouvez-vous|pourriez-vous)\b",
    re.IGNORECASE,
)


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
    keys = [language] if language in _STRONG else list(_STRONG)
    tables = {
        "strong": _STRONG,
        "weak": _WEAK,
        "emotion": _EMOTION,
        "things": _THINGS,
        "when": _WHEN,
        "silence": _SILENCE,
        "others": _OTHERS,
    }
    return {
        name: re.compile(_WORD.format("|".join(table[key] for key in keys)), re.IGNORECASE)
        for name, table in tables.items()
    }


def _shorten(sentence: str) -> str:
    sentence = _DANGLING.sub("", sentence)  # a list item: "how the cap was exceeded, and"
    words = sentence.split()
    if len(words) <= _MAX_WORDS_EACH:
        return sentence
    return " ".join(words[:35]).rstrip(",;:") + " …"
