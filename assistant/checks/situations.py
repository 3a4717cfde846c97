"""What an email is about (price, refund, competitor, ranking, leave, deadline) and whether it
names its competitor: the wording of a reply's thanks and question and of the manager note
(PLAYBOOK.md, step 1: "a client who has just named a competitor and its offer is asked what
matters most to them in it"; step 5: talking points per situation).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date
from functools import cache

from assistant import lang
from assistant.checks.asks import money_amounts, names_amount
from assistant.lang.dates import find_dates
from assistant.lang.sentences import split_paragraph

#: A capitalised word or two inside a sentence: a name, in a language that writes nouns in
#: lower case ("Brightline Digital", "Nubo"); after a word and a space, not at a line's start.
_NAMED = re.compile(
    r"(?<=[\w,;] )(?:[A-ZÄÖÜÉ][a-zäöüßéèáíóúñç]+)(?:\s[A-ZÄÖÜÉ][a-zäöüßéèáíóúñç]+)?"
)


def situations(text: str, language: str) -> tuple[str, ...]:
    """Return what the email is about, of price, refund, competitor, ranking, leave, deadline,
    notice (a formal or legal notice, a notice of termination), invoice, own_part (the client
    owns part of the problem: "I know we sent the texts late"), outage (something broken now:
    :func:`_broken_now`, "the dashboard has shown nothing since 6am").

    Read from the language's ``situations`` patterns (every language's for one without);
    in that order. A match with a negation in the four words before it does not count, nor
    a notice to end the contract in a sentence with a condition ("die Kündigung
    vorzubereiten, falls wir nicht kurzfristig Klarheit bekommen": a threat to leave).
    Used for the wording of the thanks, the question and the manager note. A search
    ranking (the language's ``search`` pattern: "the first page of Google", "primera
    página") is no review of agencies: with one, "ranking" is not returned.
    """
    found = []
    negations = set(lang.phrase(language, "negations"))
    for kind, pattern in _situations(language).items():
        for match in pattern.finditer(text):
            if negated_before(text, match.start(), negations):
                continue  # "we are not planning to end the contract"
            if kind == "notice" and _conditional(text, match.start(), language, "leave"):
                continue  # "die Kündigung vorzubereiten, falls wir keine Klarheit bekommen"
            found.append(kind)
            break
    if "search" in found:  # "off the first page of Google": no review of agencies
        found = [kind for kind in found if kind not in ("search", "ranking")]
    if _broken_now(text, language, negations):
        found.append("outage")
    return tuple(found)


def _conditional(text: str, at: int, language: str, kind: str) -> bool:
    """Tell whether the sentence of ``text`` around offset ``at`` holds one of the language's
    ``condition_words`` ("if", "falls", "sollte") and a situation of ``kind``: an end of the
    contract on a condition is a threat to leave, not a notice given (a lawyer on a condition
    stays a legal threat; a notice given "hereby", the language's ``hereby_words``, stands)."""
    # a day's dot is no sentence's end: "die Kündigung zum 31. März 2027 vorzubereiten, falls"
    start = max((m.end() for m in re.finditer(r"(?<!\d)[.!?]\s", text[:at])), default=0)
    stop = re.search(r"(?<!\d)[.!?](?:\s|$)", text[at:])
    sentence = text[start : at + stop.start() if stop else len(text)]
    if lang.word_pattern(language, "hereby_words").search(sentence):
        return False  # "We hereby terminate ..., and if there is a balance, invoice us"
    condition = lang.word_pattern(language, "condition_words").search(sentence)
    return bool(condition and _situations(language)[kind].search(sentence))


def negated_before(text: str, at: int, negations: set[str]) -> bool:
    """Tell whether one of the four words before offset ``at`` of ``text``, in its sentence,
    is a negation (the language's ``negations``, casefolded, or a word ending in "n't")."""
    window = re.split(r"[.!?]\s", text[max(0, at - 40) : at])[-1]
    before = re.findall(r"[\w'\u2019]+", window)
    return any(w.casefold() in negations or w.endswith(("n't", "n\u2019t")) for w in before[-4:])


#: A word of now this close (characters) to a breakage makes it one of now, not of the past.
OUTAGE_NOW_WITHIN = 80
#: HTTP errors a page shows, a breakage in every language: 404 anywhere, the others at the end
#: of a clause ("gives a 500."), never before an amount or a unit ("500 euros a month").
_HTTP_ERROR = r"(?<!\w)404(?!\w)|(?<![\w.,])(?:500|502|503)(?=\s*(?:[,;:!?)]|$))"
#: A negation this many words before a breakage ("no longer crashes") undoes it; French "ne"
#: right before it is part of it ("ne fonctionne plus").
OUTAGE_NEGATION_WORDS = 3


def _broken_now(text: str, language: str, negations: set[str]) -> bool:
    """Tell whether a sentence of ``text`` says something is broken now: the language's
    ``outage_broken`` ("is down", "zeigt nichts", "ne remontent plus", an HTTP error) with no
    negation in the :data:`OUTAGE_NEGATION_WORDS` words before it ("no longer crashes",
    "n'est plus en panne"; a French "ne" right before it is its own), a word
    of its ``outage_now`` within :data:`OUTAGE_NOW_WITHIN` characters ("since 6am", "seit
    heute", "depuis ce matin") and a system of its ``outage_systems`` ("dashboard",
    "Formular", "site"). Sentences are read one by one (split at ".", "!", "?" and line
    breaks), so the time is linear in the text."""
    broken, now, systems = _outage_patterns(language)
    for sentence in re.split(r"[.!?\n]+", text):
        if not (systems.search(sentence) and now.search(sentence)):
            continue
        for match in broken.finditer(sentence):
            before = re.findall(
                r"[\w'\u2019]+", sentence[max(0, match.start() - 40) : match.start()]
            )
            if before and before[-1].casefold() == "ne":
                before = before[:-1]  # "le site ne fonctionne plus": its own negation
            if any(
                w.casefold() in negations
                or w.endswith(("n't", "n\u2019t"))
                or w.startswith(("n'", "n\u2019"))
                for w in before[-OUTAGE_NEGATION_WORDS:]
            ):
                continue  # "the form no longer crashes", "le site n'est plus en panne"
            near = sentence[
                max(0, match.start() - OUTAGE_NOW_WITHIN) : match.end() + OUTAGE_NOW_WITHIN
            ]
            if now.search(near):
                return True
    return False


def broken_now(text: str, language: str) -> bool:
    """Tell whether ``text`` says something of the client's is broken now (the ``outage``
    situation, :func:`_broken_now`: "the dashboard has shown nothing since 6am")."""
    return _broken_now(text, language, set(lang.phrase(language, "negations")))


def names_a_standing(text: str, language: str) -> bool:
    """Tell whether ``text`` names a place in a ranking: a place out of a count ("fourth out
    of five agencies", "em quarto lugar entre seis agências", "Platz 4 von 6") or a place
    word with its number ("auf Platz 4", "van plaats 2", "al terzo posto"). Read with the language's
    ``rank_words``, ``of_words`` and ``spelled_numbers`` (English's for a language without);
    a count of one or two digits only ("1 de 2026" is a date, not a place). One of the
    language's ``ordinal_openers`` that opens the sentence before a comma, or with its place
    word ("En primer lugar, el informe ...", "An erster Stelle steht ..."), lists points and
    names no place."""
    text = text.lstrip()
    standing = _standing(language)
    opener = lang.word_pattern(language, "ordinal_openers", fallback=False).match(text)
    if opener and (
        text[opener.end() : opener.end() + 1] in (",", ":") or standing.search(opener[0])
    ):
        text = text[opener.end() :]
    return standing.search(text) is not None


#: Feminine cardinals among the languages' spelled numbers: no ordinals.
_FEMININE_ONES = frozenset({"una", "uma", "duas", "één"})


@cache
def _standing(language: str) -> re.Pattern[str]:
    """The place-in-a-ranking pattern of :func:`names_a_standing` for ``language``."""
    ranks = lang.phrase(language, "rank_words")
    places = "|".join(re.escape(w) for w in ranks if w.isalpha() and not w.startswith("n"))
    every = "|".join(re.escape(w) for w in ranks)
    ofs = "|".join(re.escape(w) for w in lang.phrase(language, "of_words"))
    numbers = lang.phrase(language, "spelled_numbers")[1:]
    # The ordinals: each number's forms after its first, but for a feminine cardinal.
    ordinals = [w for forms in numbers for w in forms[1:] if w not in _FEMININE_ONES]
    cardinals = [w for forms in numbers for w in forms]
    ordinal = "|".join(re.escape(w) + r"\w*" for w in sorted(ordinals, key=len, reverse=True))
    # "last" is a place with a place word ("auf dem letzten Platz") or out of a count that
    # ends its clause ("classée dernière sur quatre,"), not "the last of the three reports"
    last = "|".join(re.escape(w) for w in lang.phrase(language, "last_words")) or "(?!)"
    cardinal = "|".join(re.escape(w) + r"\w*" for w in sorted(cardinals, key=len, reverse=True))
    suffixed = r"\d{1,2}(?:st|nd|rd|th|e|er|re|ème|º|°|ª|\.º|\.ª|\.)"
    place = rf"(?:(?:{every})\s+\d{{1,2}}|{suffixed}|{ordinal})"
    count = rf"(?:\d{{1,2}}(?![\d.,])|{cardinal})"
    # "op de vierde plaats geëindigd van de zes": a place word may have a verb after it.
    out_of = rf"{place}(?:\s+(?:{every})(?:\s+\w+){{0,2}})?\s+(?:{ofs})\s+(?:\w{{1,4}}\s+)?{count}"
    numbered = (
        rf"(?:{places})\s+\d{{1,2}}(?![\d.,]\d)|(?:{suffixed}|{ordinal}|{last})\s+(?:{places})"
    )
    last_of = rf"(?:{last})\s+(?:{ofs})\s+(?:\w{{1,4}}\s+)?{count}(?=\s*(?:[,.;:!?]|$))"
    return re.compile(rf"(?<!\w)(?:{out_of}|{numbered}|{last_of})(?!\w)", re.IGNORECASE)


def offer_amount(text: str, language: str, firm: str) -> str:
    """Return the price of ``firm``'s offer as the client writes it ("EUR 4,200 a month",
    "1 750 € HT par mois"): the first amount of money (no percentage) in the first sentence
    of ``text`` that names ``firm`` or in the two after it, with the language's
    ``per_period`` words that follow it ("a month", "al mese"); "" when there is none. A
    sentence after the firm's that is about an invoice or money back (:func:`situations`:
    "Our last invoice of EUR 2,400 is still open") gives no price of the offer."""
    if not firm:
        return ""
    sentences = split_paragraph(" ".join(text.split()))
    named = [i for i, s in enumerate(sentences) if firm in s]
    if not named:
        return ""
    periods = "|".join(lang.phrase(language, "per_period"))
    after = re.compile(rf"(?:\s+[A-Za-z.]{{1,5}})?\s+(?:{periods})(?!\w)", re.IGNORECASE)
    for index, sentence in enumerate(sentences[named[0] : named[0] + 3]):
        if index and {"invoice", "refund"} & set(situations(sentence, language)):
            continue  # the amount is ours: "Uw factuur van 1.200 euro klopt niet"
        for found in money_amounts(sentence):
            if "%" in found.group(0) or re.search(r"(?i)pro|cent", found.group(0)):
                continue
            period = after.match(sentence, found.end())
            return sentence[found.start() : period.end() if period else found.end()].strip()
    return ""


def names_a_system(text: str, language: str) -> bool:
    """Tell whether ``text`` names a system of the client's (the language's
    ``outage_systems``: "the newsletter", "die Seite", "les balises")."""
    return bool(_outage_patterns(language)[2].search(text))


@cache
def _outage_patterns(language: str) -> tuple[re.Pattern[str], re.Pattern[str], re.Pattern[str]]:
    """The language's breakage (with the HTTP errors), now and system patterns, compiled once;
    every language's for one without its own."""

    def joined(attribute: str) -> str:
        return "|".join(w for s in lang.sources(language, attribute) for w in getattr(s, attribute))

    broken = "|".join(p for p in (joined("outage_broken"), _HTTP_ERROR) if p)
    found, now, systems = (
        re.compile(rf"(?<!\w)(?:{words or '(?!)'})(?!\w)", re.IGNORECASE)
        for words in (broken, joined("outage_now"), joined("outage_systems"))
    )
    return found, now, systems


def names_competitor(text: str, language: str) -> bool:
    """Return True when a sentence about a competitor names it (see :func:`find_competitor`)."""
    return find_competitor(text, language)[0]


def competitor_name(text: str, language: str) -> str:
    """Return the name a sentence about a competitor gives it, as written ("Datenwerk
    Analytics GmbH", "l'agence Lumière", "BrightSpark"; untrusted text, at most 60
    characters); "" when none does, or only a lone capitalised word might be one (it may be
    a town: "uit Amsterdam")."""
    return find_competitor(text, language)[1]


def find_competitor(
    text: str, language: str, ours: Sequence[str] = (), *, cued: bool = True
) -> tuple[bool, str]:
    """Return whether a sentence about a competitor names it, and the name when it is sure
    (:func:`competitor_name`), in one reading of ``text``.

    A name is a word or two in quotes, a capitalised word with a company word after it
    ("Brightline Digital", "Nordlicht GmbH", "Stroomlijn Online") or after a word for an
    agency or firm ("die Agentur Webwerk Müller", "l'agence Lumière"), a group or studio with
    its name ("Groupe Vectis", "Studio Orizzonte"), two names joined by "&" ("Fable & Finch"),
    "los de Posiciona Levante", someone from a firm from a town ("iemand van Datawijs uit
    Gent"), a word in CamelCase ("BrightSpark"), in the sentence about the
    competitor or one of the two before it ("Stroomlijn Online called me. ... I might
    switch."), unless it is our own firm or the client's (a word of it is one of ``ours``,
    the names of the mail domains of the exchange: "Harbourlight Digital" for
    harbourlight.example); or, in a language that writes nouns in lower case, a capitalised
    word inside the sentence that is no month, weekday or pronoun. German capitalises every
    noun, so only the first ones count there.

    A sentence is about a competitor when it has the language's ``competitor`` cue (an offer's
    verb; not with ``cued`` False, for a text whose cues :func:`situations` found negated:
    "not even Brightline Digital has offered us a discount") or an offer read by its price
    (:func:`_priced_offer`), whose firm is named surely or, outside German, by the
    capitalised words before its word ("Brightwater Insight have pitched to us").
    """
    pattern = _situations(language).get("competitor")
    if pattern is None:
        return False, ""
    sentences = re.split(r"(?<![A-Z]\.[A-Z]\.)(?<=[.!?])\s+", text)  # not after "B.V."
    negations = set(lang.phrase(language, "negations"))
    for index, sentence in enumerate(sentences):
        offer = pattern.search(sentence) if cued else None
        if not offer and not _priced_offer(sentences, index, language, negations):
            continue
        # the name, in the offer's sentence or the two before it ("X called me. They ...")
        for where in (sentence, *reversed(sentences[max(0, index - 2) : index])):
            name = _sure_name(where)
            if (
                name
                and not _is_ours(name, ours)
                and name.casefold() not in _no_firm_words(language)
            ):
                return True, name  # not "Also, a firm from Leeds, ...": a word of the language
        if not offer:  # an offer read by its price: a sure name, or the firm before its verb
            said = lang.word_pattern(language, "offer_nouns", fallback=False).search(sentence)
            before = sentence[: said.start()] if said else ""
            subject = _subject_name(before, language, priced=True) if before else ""
            if not lang.get(language).nouns_capitalised and subject and not _is_ours(subject, ours):
                return True, subject
            continue
        if not lang.get(language).nouns_capitalised:  # German capitalises every noun
            for verb in pattern.finditer(sentence):
                subject = _subject_name(
                    sentence[: verb.start()], language, priced=bool(re.search(r"\d", sentence))
                )
                if subject and not _is_ours(subject, ours):
                    return True, subject
        if language == "de":
            continue
        for match in _NAMED.finditer(sentence):
            word = match.group(0)
            if (
                word.casefold() in _NOT_NAMES
                or _is_ours(word, ours)
                or find_dates(word, language, base=date(2000, 1, 1))
            ):
                continue
            return True, ""
    return False, ""


def _priced_offer(sentences: Sequence[str], index: int, language: str, negations: set[str]) -> bool:
    """Tell whether ``sentences[index]`` names an offer (the language's ``offer_nouns``:
    "proposal", "Angebot", "propuesta", not "your proposal"; or a firm that came to the client:
    "have pitched to us", "mi ha contattata"; none with a word of ``negations`` in the four
    words before it: "we never had an offer") whose price is in it or in the next sentence
    ("Their proposal is EUR 4,200 a month", "... ein Angebot gelegt. Acht Stunden
    SEO-Betreuung im Monat um 2.100 Euro"): with a firm's name beside it, or before its verb
    (:func:`find_competitor`), a competitor's offer."""
    sentence = sentences[index]
    nouns = lang.word_pattern(language, "offer_nouns", fallback=False).finditer(sentence)
    if all(negated_before(sentence, m.start(), negations) for m in nouns):
        return False
    return any(names_amount(s) for s in sentences[index : index + 2])


#: One to three capitalised words that end the text before an offer's verb, with at most an
#: object pronoun after them ("Nodo Analítica nos ofrece", "Orbita Digitale, ci ha proposto").
_SUBJECT = re.compile(
    r"(?:^|[,;:(]\s*|\s)(?P<name>[A-ZÄÖÜÉÈ][\w&'-]+(?:\s[A-ZÄÖÜÉÈ][\w&'-]+){0,2})"
    r"[\s,]*(?:[a-zà-ÿ]{1,4}['\u2019]?\s?){0,2}$"
)


def _subject_name(before: str, language: str, *, priced: bool) -> str:
    """Return the firm that is the subject of an offer: the capitalised words that end
    ``before`` (the sentence up to the offer's verb), with at most two short words (object
    pronouns, an auxiliary) after them, when they are no pronoun, article, month, weekday or
    word of the language's ``stop_words``, ``negations`` or ``indefinite_people``
    ("Nobody"), nor one word after a
    short preposition (a place: "di Monza"; "de Nodo Analítica" is a firm), nor one word
    in a sentence with no figure (``priced`` False: "Julien nous a proposé une refonte" names
    a person); "" otherwise.
    Not for German, which capitalises every noun."""
    found = _SUBJECT.search(before)
    if found is None:
        return ""
    after_preposition = re.search(
        r"(?<![\w'\u2019])[a-zà-ÿ]{1,4}\s+$", before[: found.start("name")]
    )
    if after_preposition and " " not in found.group("name"):
        return ""  # "Un'agenzia di Monza ci ha offerto": a place after a preposition
    name = found.group("name")
    if " " not in name and not priced:
        return ""  # "Julien nous a proposé une refonte": a first name; an offer has a price
    stop = _no_firm_words(language)
    words = [w.casefold() for w in name.split()]
    if words[0] in _ARTICLES or any(w in _NOT_NAMES or w in stop for w in words):
        return ""
    if find_dates(name, language, base=date(2000, 1, 1)):
        return ""
    return name[:60]


@cache
def _no_firm_words(language: str) -> frozenset[str]:
    """The language's ``stop_words``, ``negations`` and ``indefinite_people``, casefolded:
    words that never name a firm (:func:`_subject_name`); built once per language."""
    return frozenset(
        word.casefold()
        for attribute in ("stop_words", "negations", "indefinite_people")
        for word in lang.phrase(language, attribute)
    )


def _is_ours(name: str, ours: Sequence[str]) -> bool:
    """Tell whether ``name`` ("Harbourlight Digital") is our own firm or the client's: one of
    its words is one of ``ours`` (the names of the mail domains of the exchange,
    "harbourlight"), compared without case."""
    words = {word.casefold() for word in re.findall(r"\w+", name)}
    return any(label.casefold() in words for label in ours)


def _sure_name(sentence: str) -> str:
    """Return the company name ``sentence`` surely names (:func:`find_competitor`), or ""."""
    patterns = (
        _QUOTED,
        _IN_BRACKETS,
        _APPOSED_AFTER,  # "Listen, an agency in Leeds, Brightside, ...": Brightside
        _APPOSED_BEFORE,
        _APPOSED_PLACE,
        _GROUPED,
        _COMPANY,
        _AMPERSAND,
        _AGENCY,
        _THOSE_OF,
        _FROM_FIRM_IN_TOWN,
    )
    for named in (*patterns, _CAMEL_CASE):
        for found in named.finditer(sentence):
            groups = found.groupdict()
            name = groups.get("name") or groups.get("pair") or found.group(0)
            name = name.strip(' "“”„«»')[:60]
            if name.split()[0].casefold() not in _ARTICLES:  # "Eine Agentur" names nobody
                return name
    return ""


#: A name in brackets after a word for a firm ("Eine Agentur aus Innsbruck (Bergwerk
#: Digital)", "un prestataire lyonnais (Pixelfox)").
#: Words for a firm, in the languages of the client book ("agency", "Agentur", "agence",
#: "bureau"; not "agenda" or "firmly").
_FIRM_WORDS = (
    r"agen(?:cy|cies|ce|ces|tur|turen|cia|cias|zia|zie|tschap|tschappen)|"
    r"firm(?:s|a|as|en)?|anbieter|dienstleister|provider|prestataire|proveedor|fornitore|"
    r"leverancier|bureau|fornecedor|société|empresa|società|studio"
)
_IN_BRACKETS = re.compile(
    rf"(?i:{_FIRM_WORDS})\b[^()\n]{{0,40}}\("
    r"(?P<name>[A-ZÄÖÜÉÈ][\w&-]+(?:\s[A-ZÄÖÜÉÈ&][\w&-]*){0,3})\)"
)
#: A name set beside a word for a firm between commas ("Pixelune, une agence de Nantes,",
#: "Eine Agentur aus Innsbruck, Alpinmedia, hat uns ..."); the name is no sentence adverb
#: ("Honestly, an agency that ...": a word ending in -ly, -ment, -mente, -lich).
_APPOSED_AFTER = re.compile(
    rf"(?<!\w)(?i:{_FIRM_WORDS})\b[^,.\n]{{0,40}},\s"
    r"(?P<name>[A-ZÄÖÜÉÈ][\w&'-]+(?:\s[A-ZÄÖÜÉÈ&][\w&'-]*){0,2}),"
)
_APPOSED_BEFORE = re.compile(
    r"(?P<name>(?![A-ZÄÖÜÉÈ]\w*(?:ly|ment|mente|lich)\b)"
    r"[A-ZÄÖÜÉÈ][\w&'-]+(?:\s[A-ZÄÖÜÉÈ&][\w&'-]*){0,2}),\s"
    rf"(?i:(?:a|an|une?|eine?|una?|uno|een|uma?)\s|un['\u2019])(?i:{_FIRM_WORDS})\b[^,.\n]{{0,40}},"
)
#: The town a firm is from, between commas: ", de Curitiba,", ", di Torino,".
_FROM_TOWN = (
    r",\s(?:de|da|do|di|del|della|from|aus|van|uit)\s[A-ZÄÖÜÉÈ][\w-]+(?:\s[A-ZÄÖÜÉÈ][\w-]+)?,"
)
#: A firm set beside the town it is from, after an article or in two words or more ("A
#: Métricas Pró, de Curitiba, mandou uma proposta", "Pixel Nord, di Torino,"): read only in a
#: sentence about an offer.
_APPOSED_PLACE = re.compile(
    r"(?:(?<=\b[AaOo]\s)|(?<=\b(?:La|El|Il|Le|Lo)\s))(?P<name>[A-ZÄÖÜÉÈ][\w&'-]+(?:\s[A-ZÄÖÜÉÈ&][\w&'-]*){0,2})"
    + _FROM_TOWN
    + r"|(?<![\w'\u2019])(?P<pair>[A-ZÄÖÜÉÈ][\w&'-]+\s[A-ZÄÖÜÉÈ&][\w&'-]*)"
    + _FROM_TOWN
)
#: Someone from a firm from a town, in Dutch and German ("iemand van Datawijs uit Gent",
#: "jemand von Bergwerk aus Salzburg"): the firm between the two (English "from X in Y" is
#: as often a town and a month: "a rep from Manchester in March").
_FROM_FIRM_IN_TOWN = re.compile(
    r"(?<!\w)(?:van|von)\s(?P<name>[A-ZÄÖÜÉÈ][\w&-]+(?:\s[A-ZÄÖÜÉÈ][\w&-]+)?)"
    r"\s(?:uit|aus)\s[A-ZÄÖÜÉÈ][\w-]+"
)
#: Articles that open a common noun, never a firm's name ("Eine Agentur", "Une agence").
_ARTICLES = frozenset(
    {
        *("a", "an", "the", "ein", "eine", "einer", "die", "der", "das", "un", "une", "una"),
        *("uno", "le", "la", "les", "el", "los", "las", "il", "lo", "een", "het", "o", "os"),
        "um",
    }
)


#: A name after a word for a group or studio, which belongs to it ("Groupe Vectis",
#: "Studio Orizzonte", "Grupo Norte").
_GROUPED = re.compile(
    r"(?<!\w)(?:Groupe|Group|Grupo|Gruppo|Studio|Estudio)\s[A-ZÄÖÜÉÈ][\w-]+"
    r"(?:\s[A-ZÄÖÜÉÈ][\w-]+)?"
)
#: Two names joined by "&" ("Fable & Finch", "Berg & Partner").
_AMPERSAND = re.compile(r"(?<!\w)[A-ZÄÖÜ][\w-]+\s?&\s?[A-ZÄÖÜ][\w-]+")
#: "los de Posiciona Levante", "quelli di Pixel Nord": the people of a firm.
_THOSE_OF = re.compile(
    r"(?<!\w)(?:los de|las de|quelli di|os da|os de)\s"
    r"(?P<name>[A-ZÁÉÍÓÚÑ][\w-]+(?:\s[A-ZÁÉÍÓÚÑ][\w-]+)?)"
)
#: A name after a word for an agency or firm ("l'agence Lumière", "die Agentur Webwerk
#: Müller", "Agencia Norte", "l'agenzia Stellare").
_AGENCY = re.compile(
    r"(?i:agen(?:ce|cia|zia|tur|cy)|agência|bureau|firma|société|empresa|società)\s+"
    r"(?P<name>[A-ZÄÖÜÉÈ][\w&-]+(?:\s[A-ZÄÖÜÉÈ][\w&-]+)?)"
)
#: A brand written in CamelCase ("BrightSpark", "PixelWerk"), anywhere in the sentence.
_CAMEL_CASE = re.compile(r"(?<!\w)[A-ZÄÖÜ][a-zäöüéè]+[A-ZÄÖÜ]\w*")
_QUOTED = re.compile(r"[\"“„«]\s*[A-Z][^\"”“»]{1,40}[\"”“»]")
_COMPANY = re.compile(
    r"(?<!\w)(?:[A-ZÄÖÜ][\w&-]+\s){0,2}[A-ZÄÖÜ][\w&-]+\s(?:GmbH|AG|KG|SE|Ltd|LLC|Inc|BV|B\.V\.|SA|S\.A\.|SARL|SpA|S\.p\.A\.|"
    r"SL|S\.L\.|Lda|Digital|Media|Marketing|Agency|Agentur|Partners|Group|Analytics|Consulting|"
    r"Solutions|Studio|Labs|Online)(?!\w)"
)
_NOT_NAMES = frozenset(
    [
        "i",
        "we",
        "you",
        "they",
        "he",
        "she",
        "it",
        "our",
        "your",
        "their",
        "my",
        "another",
        "other",
        "the",
        "a",
        "an",
        "je",
        "nous",
        "vous",
        "ils",
        "elle",
        "ce",
        "cette",
        "une",
        "un",
        "les",
        "le",
        "la",
        "yo",
        "nosotros",
        "usted",
        "ustedes",
        "otra",
        "otro",
        "otras",
        "otros",
        "el",
        "los",
        "las",
        "io",
        "noi",
        "voi",
        "lei",
        "loro",
        "una",
        "altre",
        "altri",
        "il",
        "lo",
        "gli",
        "ik",
        "wij",
        "u",
        "jullie",
        "zij",
        "een",
        "de",
        "het",
        "andere",
        "eu",
        "nós",
        "você",
        "vocês",
        "o",
        "os",
        "as",
        "um",
        "uma",
        "outra",
        "outro",
        "outras",
        "outros",
    ]
)


@cache
def _situations(language: str) -> dict[str, re.Pattern[str]]:
    sources = lang.sources(language, "situations")
    kinds: dict[str, list[str]] = {}
    for source in sources:
        for kind, pattern in source.situations.items():
            kinds.setdefault(kind, []).append(pattern)
    return {
        kind: re.compile(rf"(?<!\w)(?:{'|'.join(parts)})(?!\w)", re.IGNORECASE)
        for kind, parts in kinds.items()
    }
