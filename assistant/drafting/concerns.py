"""Read the sender's new text: which sentences carry the complaint, and how they address us.

Playbook step 1 restates the client's concerns in their own terms, specifically; the offline
drafter restates the sentences that carry complaint cues (late, again, still, nobody told
us, other agencies...), preferring the one the Subject line names and concrete ones
(deliverables, dates, numbers) over bare feelings, condensed (:func:`condense`); putting
them in our voice is :mod:`assistant.drafting.voice`. Cue lists exist per language; a
language without its own list uses all of them.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lang
from assistant.checks.asks import names_amount
from assistant.checks.situations import broken_now, names_a_standing, situations
from assistant.drafting.voice import restate
from assistant.lang.dates import month_number
from assistant.lang.sentences import split_paragraph
from assistant.mail.postscript import starts_postscript, without_marker

_WORD = r"(?<!\w)(?:{})(?!\w)"

_SALUTATION = re.compile(rf"^(?:{lang.alternation('salutation_openers')})\b", re.IGNORECASE)
#: A greeting and the name after it, up to its comma, at the start of the first line.
_GREETING_IN_LINE = re.compile(
    rf"^(?:{lang.alternation('salutation_openers')})\b[^,.!?]{{0,40}},\s*", re.IGNORECASE
)
_SIGN_OFF = re.compile(rf"^(?:{lang.alternation('sign_offs')})\b", re.IGNORECASE)
# The rest of a first line that opens with a word of thanks and goes on as a sentence, with a
# word in lower case and a full stop: "Thanks for nothing, Sam.", "Merci pour rien."
_SENTENCE_AFTER_THANKS = re.compile(r"(?=[^.!?]*[.!?]$)[^.!?]*?\b[^\W\d_A-Z]{2,}\b")
_BULLET = re.compile(r"^\s*(?:[-*•·]|\d{1,2}[.)])\s+")
# The labels of a web form's notification ("Name: Greg", "Message:"): the label goes, a short
# value goes with it, the message text stays.
_FORM_FIELD = re.compile(rf"^(?:{lang.alternation('form_labels')}):\s*", re.IGNORECASE)
_DANGLING = re.compile(rf"\s*[,;:]\s*(?:{lang.alternation('conjunctions')})?\s*$", re.IGNORECASE)
_MAX_CONCERNS = 3
_MAX_WORDS_EACH = 30
_MAX_WORDS_TOTAL = 90
#: A second or third concern needs this score: an ask or a bare feeling is not worth quoting.
_MIN_SCORE_MORE = 3
#: A sentence on the Subject's topic counts as a complaint from this many words on.
_MIN_WORDS_ON_TOPIC = 6
#: A negated sentence restated as the last resort has this many words or more.
_MIN_WORDS_LAST_RESORT = 6

# An ask ("Please send", "Bitte schicken Sie") is not a concern: -2.
_REQUEST = re.compile(rf"^(?:{lang.alternation('requests')})\b", re.IGNORECASE)


def score_sentence(sentence: str, language: str) -> int:
    """Return how much ``sentence`` tells about a concrete complaint; 0 when it tells nothing.

    Complaint cues (late, again, still, verspätet...) weigh 2, or 1 when they only name a
    feeling (disappointed, frustrating, enttäuscht); a negation weighs 1; "nobody told us"
    and "other agencies ..." weigh 4; two different figures set against each other with a
    "but" weigh 2 ("312, but our system has 401"), and so do a system broken now
    (:func:`assistant.checks.situations.broken_now`: "the dashboard has shown nothing since
    6am") and a place in a ranking (:func:`assistant.checks.situations.names_a_standing`:
    "came fourth out of five agencies"). Concreteness is added: 2 per named
    deliverable (report, dashboard, campaign, SEO...; at most 4) and 1 per date, day, number
    or count (at most 3); 2 is taken off for a request ("Please send...", "Bitte schicken
    Sie..."). A sentence whose cues add up to less than 2 scores 0, unless it has a negation
    and at least 3 points of concreteness ("the only changes I can see are two budget
    adjustments").
    ``language`` is ISO 639-1 (en, de, fr; others use every list). Source: PLAYBOOK.md step
    1, "restate their concerns ... specifically (the late reports, the dashboard issue)".
    """
    patterns = _patterns(language)
    strong = patterns["strong"].findall(sentence)
    feelings = sum(1 for cue in strong if patterns["emotion"].fullmatch(cue))
    complaint = 2 * (len(strong) - feelings) + feelings + len(patterns["weak"].findall(sentence))
    complaint += 4 * len(patterns["silence"].findall(sentence))
    complaint += 4 * len(patterns["others"].findall(sentence))
    if _two_figures_against(sentence, language):
        complaint += 2  # "the report says 312, but our system has 401": figures that disagree
    if broken_now(sentence, language):
        complaint += 2  # "Le tableau de bord est vide depuis ce matin": an outage
    if names_a_standing(sentence, language):
        complaint += 2  # "came fourth out of five agencies": a place in their review
    if _figure_shift(sentence, language) or _rating_drop(sentence, language):
        complaint += 2  # "da 1.400 a 1.550 euro al mese", "van een 8 naar een 6"
    things = min(2 * len(patterns["things"].findall(sentence)), 4)
    when = min(len(patterns["when"].findall(sentence)), 3)
    if complaint < 2 and not (complaint == 1 and things + when >= 3):
        return 0
    request = 2 if _REQUEST.match(sentence.strip(" \"'“„»(-")) else 0
    return max(complaint + things + when - request, 1)


def _two_figures_against(sentence: str, language: str) -> bool:
    """Tell whether ``sentence`` sets two different figures against each other with the
    language's "but" ("le prenotazioni risultano 312, ma dal nostro gestionale sono 401"),
    or in two sentences, as :func:`condense` writes such a "but" (a day's dot before its
    month ends no sentence: "Dienstag, der 15. Dezember, um 14:00")."""
    figure = r"(?<![\w.,])\d[\d.,]*\d|(?<![\w.,])\d(?![\w.,])"
    figures = re.findall(figure, sentence)
    if len(set(figures)) < 2:
        return False
    # condense() writes "312, ma … 401" as two sentences without the "ma": "312. Dal … 401."
    # A day's dot before its month is no sentence end: "Dienstag, der 15. Dezember, um 14:00".
    undotted = re.sub(
        r"(?<![\d.,])(\d{1,2})\.(?=\s+([^\W\d_]+))",
        lambda m: m.group(1) if month_number(m.group(2), language, abbreviated=False) else m[0],
        sentence,
    )
    split = re.search(rf"(?:{figure})[^.!?]*[.!?]\s+\S[^.!?]*(?:{figure})", undotted)
    return bool(_filters(language)["concession"].search(sentence) or split)


#: How far after a figure that moved its currency may stand ("da 1.400 a 1.550 euro").
_AMOUNT_AFTER = 12


def _rating_drop(sentence: str, language: str) -> bool:
    """Tell whether ``sentence`` gives a mark out of ten that fell, with the language's
    ``shift_words`` ("Jullie zijn van een 8 vorig jaar naar een 6 gegaan", "from 8.5 to
    6.8"): a mark named so (the language's ``mark_words``), written with one of its
    ``mark_articles`` or with a decimal; never a clock time ("from 9 to 5pm")."""
    drop = _shifts(language)[1]
    if drop is None:
        return False
    known = lang.get(language)
    rated = lang.word_pattern(language, "mark_words", fallback=False).search(sentence) is not None
    articles = {a.casefold() for a in known.mark_articles}
    for found in drop.finditer(sentence):
        article, old, new = found.group(1), found.group(2), found.group(4)
        before, after = (float(n.replace(",", ".")) for n in (old, new))
        # a mark: named so, after "a"/"een", or with a decimal; "from 9 to 5" is a time
        marked = rated or (article or "").casefold() in articles or "," in old + new or "." in old
        if marked and 0 < after < before <= 10:
            return True
    return False


def _figure_shift(sentence: str, language: str) -> bool:
    """Tell whether ``sentence`` names an amount or a percentage (:func:`names_amount`) that
    moved from one figure to another, with the language's ``shift_words`` ("from 1,400 to
    1,550 euros", "da 1.400 a 1.550 euro", "stijgt van 980 naar 1.130 euro")."""
    shift = _shifts(language)[0]
    if shift is None:
        return False
    # The amount is looked for in the shift and the words after it only: a long run of
    # figures elsewhere is never read with the money pattern.
    return any(
        names_amount(sentence[found.start() : found.end() + _AMOUNT_AFTER])
        for found in shift.finditer(sentence)
    )


@lru_cache(maxsize=16)
def _shifts(language: str) -> tuple[re.Pattern[str] | None, re.Pattern[str] | None]:
    """The language's ``shift_words`` as two patterns, built once: a figure that moved ("da
    1.400 a 1.550 euro") for :func:`_figure_shift`, and a mark that moved, with the article
    before each mark as a group ("van een 8 ... naar een 6") for :func:`_rating_drop`; both
    None for a language without the words."""
    words = lang.get(language).shift_words
    if len(words) != 2:
        return None, None
    money = r"[€$£]|EUR|USD|GBP|CHF|R\$"
    # At most twelve marks inside a figure, so that a long run of them costs no rescans.
    figure = rf"(?:{money})?\s?\d(?:[\d.,' ]{{0,12}}\d)?(?:\s?(?:{money}|euros?|%))?"
    shift = rf"(?<!\w)(?:{words[0]})\s*{figure}\s+(?:\w+\s+)?(?:{words[1]})\s+{figure}"
    mark = r"(?:(\w{1,4})\s+)?(\d{1,2}(?:[.,]\d)?)"
    drop = rf"(?<!\w)(?:{words[0]})\s+{mark}\s+(?:\w+\s+){{0,3}}?(?:{words[1]})\s+{mark}"
    return re.compile(shift, re.IGNORECASE), re.compile(drop, re.IGNORECASE)


def rank_concerns(
    text: str, language: str, *, register: str = "", subject: str = ""
) -> tuple[str, ...]:
    """Return up to three sentences of ``text`` that carry the sender's complaint, best first.

    Sentences (:func:`split_sentences`, four words or more) are ranked by
    :func:`score_sentence` for ``language`` (ISO 639-1; every known list when the language
    has none; lists exist for en, de, fr), ties in text order, while the quotes stay within
    90 words. With no sentence scoring, the best sentence with a negation is returned; with
    none at all, the first sentence of four words or more; an empty text gives ``()``.
    Sentences over 40 words are cut at 35 words and end in "…"; the first letter is upper case.
    With ``register`` ("formal" or "informal": the writer's), only sentences that
    :func:`restate` can put in our voice for it are chosen, so that a sentence it would leave
    out ("Pago 1.500 euros al mes y no recibo nada") does not take the place of one it can;
    and with no complaint and no negation the first sentence is not taken (it is most often
    an opening line: "Escrevo-lhe na sequência da nossa troca de mensagens"), so ``()``.

    The central concern comes first: the point the writer names as the main one
    (:func:`_signposted`: "Der Hauptgrund ist ein einfacher. Wir sind seit Oktober nicht mehr
    auf der ersten Seite") leads; a complaint sentence gains 3 per word it shares with the
    email's ``subject`` (:func:`shared_topic`, at most 6; the Subject line names what the email
    is about), a sentence on the Subject's topic that names a thing and a date or figure counts
    as a complaint, and the first complaint sentence of the text wins a tie. A threat, a
    list's lead-in ("A few things:") and small talk are never chosen (:func:`condense`); a
    sentence whose only complaint is what other agencies do is not while something else
    complains; and a further sentence on the topic of one already chosen (two words in
    common, or half of its own) is left out: one sentence per topic.
    """
    return tuple(sentence for _, sentence in _select(text, language, register, subject))


def complaint_sentences(text: str, language: str) -> tuple[str, ...]:
    """Return every sentence of ``text`` that carries a complaint (:func:`score_sentence` of
    2 or more), with the other sentences of its paragraph or list item but for praise (what
    it is about is often named a sentence before: "The monthly reports. … they're mostly
    charts."), as written, in text order: what a reply's work record must not hold up as an
    achievement (:mod:`assistant.drafting.record`)."""
    praise = _filters(language)["praise"]
    return tuple(
        sentence
        for block in split_blocks(text)
        if any(score_sentence(s, language) >= 2 for s in block)
        for sentence in block
        if score_sentence(sentence, language) >= 2 or not praise.search(sentence)
    )


def extract_concerns(
    text: str, language: str, *, register: str = "", subject: str = ""
) -> tuple[str, ...]:
    """Return the sentences of :func:`rank_concerns` in the order they appear in ``text``."""
    return tuple(sentence for _, sentence in sorted(_select(text, language, register, subject)))


def topic_stems(text: str, language: str) -> frozenset[str]:
    """Return the words ``text`` is about, lower case: its words of four letters or more that
    are no function word of the language (its ``stop_words``, ``subject_labels``,
    ``conjunctions``, ``negations`` and the single words of its ``restate_swaps``: "nous",
    "votre", "avons"); for the Subject line and a sentence alike (:func:`shared_topic`)."""
    return frozenset(
        word
        for word in re.findall(r"[^\W\d_]{4,}", text.casefold())
        if word not in _function_words(language)
    )


def shared_topic(one: frozenset[str], other: frozenset[str]) -> int:
    """Return how many words of ``one`` (:func:`topic_stems`) ``other`` shares: the same first
    five letters ("invoice", "invoiced"), or one inside the other when it has five letters or
    more ("rapport" in "kwartaalrapport", "Formular" in "Buchungsformular")."""
    return sum(
        1
        for word in one
        if any(
            word[:5] == their[:5]
            or (len(their) >= 5 and their in word)
            or (len(word) >= 5 and word in their)
            for their in other
        )
    )


@lru_cache(maxsize=8)
def _function_words(language: str) -> frozenset[str]:
    known = lang.get(language)
    swapped = (*known.restate_swaps, *known.restate_swaps_informal)
    words = (
        *known.stop_words,
        *known.subject_labels,
        *known.conjunctions,
        *known.negations,
        *(key for key in swapped if " " not in key),
    )
    return frozenset(word.casefold() for word in words)


@lru_cache(maxsize=64)
def _select(
    text: str, language: str, register: str = "", subject: str = ""
) -> tuple[tuple[int, str], ...]:
    """Return (index in the text, sentence) of the chosen concerns, best first (cached: the
    ranking and the text-order view of one email ask twice)."""
    from datetime import date

    from assistant.checks.asks import extract_asks, leads_into_asks, listed_asks
    from assistant.checks.situations import names_competitor, situations

    # "My requests: 1. A credit of £450": an item that names an ask is answered, not restated.
    listed = listed_asks(text, language)
    sent = date(2000, 1, 1)
    # "A few things: - The invoice charges 32 hours, the report 18.": under a lead-in that
    # asks for nothing, a complaint item that asks for nothing on its own is a point to restate.
    leads = [line.strip() for line in text.splitlines() if line.strip().endswith(":")]
    points = not any(leads_into_asks(line, language) for line in leads)
    asked = {
        sentence
        for item in listed
        if extract_asks([item], language, sent=sent, listed=listed)
        and not (
            points
            and score_sentence(item, language) >= 2
            and not extract_asks([item], language, sent=sent)
        )
        for sentence in split_paragraph(item)
    }
    written = split_sentences(text)
    kept = {
        place: condensed
        for place, s in enumerate(written)
        if s not in asked
        and not any(item in s for item in asked if len(item.split()) >= 4)  # "(a) ...; (b) ..."
        and (condensed := condense(s, language))
        and len(condensed.split()) >= 4
    }
    if register:
        informal = register == "informal"
        kept = {
            place: said
            for place, s in kept.items()
            if (
                said := s
                if restate(s, language, informal=informal)
                else _said_head(s, language, informal)
            )
        }
    sentences = list(kept.values())
    main = _signposted(written, kept, language)
    # A competitor's offer is asked about (the competitor question) and a threat to leave is
    # thanked for (the "leave" thanks): they are restated only when nothing else complains.
    others, strong = _patterns(language)["others"], _patterns(language)["strong"]
    told = {s: set(situations(s, language)) for s in sentences}
    # With no complaint cue of its own, an offer or a threat to leave ("Not saying I'm jumping
    # ship") is no concern at all: the thanks and the question answer it.
    sentences = [
        s
        for s in sentences
        if not ("leave" in told[s] or names_competitor(s, language))
        or strong.search(others.sub("", s))
    ]
    aside = {
        s
        for s in sentences
        if {"competitor", "leave"} & told[s]
        or (others.search(s) and not strong.search(others.sub("", s)))
    }
    scores = [score_sentence(s, language) for s in sentences]
    if any(score for s, score in zip(sentences, scores, strict=True) if s not in aside):
        scores = [0 if s in aside else score for s, score in zip(sentences, scores, strict=True)]
    about = topic_stems(subject, language)
    stems = [topic_stems(s, language) for s in sentences]
    things, when = _patterns(language)["things"], _patterns(language)["when"]
    # A sentence on the Subject's topic with a thing and a date or figure is a complaint even
    # without a cue ("La facture de novembre compte 30 heures alors que le rapport en indique
    # 18"): it weighs as a negation does, with its concreteness.
    # So is one of six words or more that shares two of the Subject's words (its one word,
    # when it has one) and has a negation, or three and names a day or a figure ("bei Google
    # steht unsere Filiale seit Samstag als geschlossen" under "Google zeigt Filiale
    # Marktplatz als geschlossen"; "een verhoging van die omvang vind ik niet correct" under
    # "Tariefverhoging 2027"), not one that only says the email came ("Got your letter about
    # the new prices from January").
    weak = _patterns(language)["weak"]
    on_topic = [shared_topic(about, words) for words in stems]  # read once per sentence
    cued = [score > 0 for score in scores]  # a complaint of its own, not only the topic's
    scores = [
        max(score, 1 + min(2 * len(things.findall(s)), 4) + min(len(when.findall(s)), 3))
        if s not in aside
        and (
            (shared and things.search(s) and when.search(s))
            or (
                len(s.split()) >= _MIN_WORDS_ON_TOPIC
                and (
                    (shared >= min(2, len(about)) and weak.search(s))
                    or (shared >= 3 and when.search(s))
                )
            )
        )
        else score
        for s, score, shared in zip(sentences, scores, on_topic, strict=True)
    ]
    # "Der Hauptgrund ist ein einfacher. Wir sind … nicht mehr auf der ersten Seite": the
    # point the writer names as the main one comes first.
    scores = [
        max(score, 2) + _SIGNPOSTED if s == main and s not in aside else score
        for s, score in zip(sentences, scores, strict=True)
    ]
    first = next((i for i, score in enumerate(scores) if score >= 2), -1)
    # The Subject's words count once for a sentence that is a complaint only by them.
    scores = [
        score + 3 * min(shared, 2 if cue else 1) if score else 0
        for score, shared, cue in zip(scores, on_topic, cued, strict=True)
    ]
    scored = [
        (score, index, s) for index, (s, score) in enumerate(zip(sentences, scores, strict=True))
    ]
    chosen: list[tuple[int, str]] = []
    total = 0
    # The first complaint of the text wins a tie: what the first paragraph is about.
    ranking = sorted(scored, key=lambda item: (-item[0] - (item[1] == first), item[1]))
    for score, index, sentence in ranking:
        if len(chosen) == _MAX_CONCERNS:
            break
        if score < (_MIN_SCORE_MORE if chosen else 1):
            continue
        if any(_same_topic(stems[index], stems[other]) for other, _ in chosen):
            continue  # one sentence per topic
        sentence = _shorten(sentence)
        words = len(sentence.split())
        if chosen and total + words > _MAX_WORDS_TOTAL:
            continue
        chosen.append((index, sentence))
        total += words
    if not chosen and sentences:
        weak = _patterns(language)["weak"]
        # not a short aside that points back ("I can't find it anywhere.")
        negated = [
            (index, s)
            for index, s in enumerate(sentences)
            if weak.search(s) and len(s.split()) >= _MIN_WORDS_LAST_RESORT
        ]
        if negated or not register:  # a reply asks rather than restate an opening line
            index, sentence = negated[0] if negated else (0, sentences[0])
            chosen.append((index, _shorten(sentence)))
    return tuple((index, sentence[:1].upper() + sentence[1:]) for index, sentence in chosen)


#: What a sentence named as the main point gains: more than the Subject's words can.
_SIGNPOSTED = 10
#: Words after a signpost that say the point in its own sentence ("Lo que más pesó fue la
#: campaña de vendimia de octubre." says too little: the next sentence tells what went wrong).
_SIGNPOST_SAYS = 8


def _signposted(written: list[str], kept: dict[int, str], language: str) -> str:
    """Return the sentence of ``kept`` (place in ``written`` -> as restated) that the writer
    names as their main point (the language's ``signposts``: "the main reason", "lo que más
    pesó"): the first sentence with a signpost when it complains (:func:`score_sentence` of 2
    or more: "O ponto que mais pesou foi a perda de posições do site nas buscas por …"),
    none when it praises ("The main problem … was fixed quickly, thank you"), else the one
    right after it: any when the signpost says no more (fewer than :data:`_SIGNPOST_SAYS`
    words after it) ("Der Hauptgrund ist ein einfacher. Wir sind seit Oktober
    nicht mehr auf der ersten Seite"), one that complains when it said its point in words our
    voice cannot restate; "" when there is none."""
    signpost = lang.word_pattern(language, "signposts", fallback=False)
    for place, sentence in enumerate(written):
        found = signpost.search(sentence)
        if found is None:
            continue
        says = len(sentence[found.end() :].split()) >= _SIGNPOST_SAYS
        praised = _filters(language)["praise"].search(sentence)
        if praised:
            return ""  # "The main problem from last month was fixed quickly, thank you"
        if place in kept and score_sentence(kept[place], language) >= 2:
            return kept[place]
        after = kept.get(place + 1, "")
        # "The main reason is simple." names no point: the next sentence is it, whatever its
        # cues; one that said its point (not in our voice) leaves the next only if it complains
        return after if not says or score_sentence(after, language) >= 2 else ""
    return ""


#: A shouted clause this short that names no thing opens a retort ("HABEN WIR ABER NICHT, …").
_SHOUTED_RETORT_WORDS = 6


#: A last clause of this many words or fewer after a bare "and" may go alone.
_SHORT_LAST_CLAUSE = 8


def _said_head(sentence: str, language: str, informal: bool) -> str:
    """Return the words of ``sentence`` before its last "and" (the language's
    ``conjunctions``, with no comma) when our voice can say them and they complain on their
    own (:func:`score_sentence` of 2 or more), and only a short last clause goes (at most
    :data:`_SHORT_LAST_CLAUSE` words): "Il cruscotto non funziona da metà novembre, le
    richieste … sono calate della metà e nessuno sa dirmi perché" -> all but "e nessuno sa
    dirmi perché"; "" otherwise, so that what is left never reads as praise ("Pagámos a
    fatura com antecedência")."""
    last = list(_filters(language)["bare_join"].finditer(sentence))
    if not last or len(sentence[last[-1].end() :].split()) > _SHORT_LAST_CLAUSE:
        return ""
    head = sentence[: last[-1].start()].rstrip(" ,;") + "."
    if score_sentence(head, language) < 2 or not restate(head, language, informal=informal):
        return ""
    return head


def names_a_thing(sentence: str, language: str) -> bool:
    """Tell whether ``sentence`` names a deliverable of the client's work (a report, the
    dashboard, a campaign, SEO ...: the things :func:`score_sentence` weighs) or a system of
    theirs (:func:`assistant.checks.situations.names_a_system`: "the newsletter")."""
    from assistant.checks.situations import names_a_system

    return bool(_patterns(language)["things"].search(sentence)) or names_a_system(
        sentence, language
    )


def _same_topic(stems: frozenset[str], chosen: frozenset[str]) -> bool:
    """Tell whether a sentence of ``stems`` is on the topic of a chosen one: two words in
    common (:func:`shared_topic`), or half of its own."""
    shared = shared_topic(stems, chosen)
    return shared >= 2 or (bool(stems) and 2 * shared >= len(stems))


@lru_cache(maxsize=1024)
def condense(sentence: str, language: str) -> str:
    """Return ``sentence`` fit to restate to its writer, or "" when it must not be restated.

    Dropped: asks (:func:`assistant.checks.asks.extract_asks`: they are answered, not
    restated), refusals of calls ("Please do not call me"), praise, fair remarks ("To be fair,
    the July report was on time"), a dependent clause alone ("Weil die Buchungen nicht mehr
    gepasst haben."), a clause of the sentence before ("Which meant ...": the language's
    ``relative_openers``; a question that opens so is none), a sentence that opens pointing
    back and names no thing ("Eso ...": ``pointing_openers``) or is about the language it is
    written in ("Le scrivo in italiano ...": ``in_this_language``), announcements, and
    sentences with an insult, profanity or sarcasm
    (:mod:`assistant.checks.tone`: "guarda caso", "comme par hasard"), and questions
    shouted whole (seven letters in ten or more in capitals). Condensed: a concession keeps
    only what follows its "but" ("You were great, but the reports are late" -> "the reports
    are late"), or, when both
    halves complain, becomes two sentences without the "but"; fillers
    ("honestly", "to be frank", "ehrlich gesagt") go; shouted words (capitals) are written in
    lower case; runs of "!" and "?!" become one full stop. At most 30 words (cut at 25, with
    "…"). The language's ``praise``, ``fair_remarks``, ``announcements``, ``concessions`` and
    ``fillers``
    (every language's for a language without). PLAYBOOK.md step 1: restate, never echo heat.
    """
    from datetime import date

    from assistant.checks import tone
    from assistant.checks.asks import extract_asks, refuses_calls

    patterns = _filters(language)
    if patterns["in_this_language"].search(sentence) and not names_a_thing(sentence, language):
        return ""  # "Le scrivo in italiano, spero non sia un problema": about the email itself
    text = still_missing(sentence, language) or " ".join(sentence.split())
    for pattern, subject_first in lang.get(language).letter_formulas:
        text = re.sub(pattern, subject_first, text, count=1, flags=re.IGNORECASE)
    if text.endswith(":") or patterns["threat"].search(text):
        return ""  # "A few things:" leads into a list; a lawyer or a bad review is a threat
    praised = text.split(":", 1)[-1]  # "... so you don't think I only complain: ..."
    if patterns["praise"].match(text) and not _patterns(language)["strong"].search(praised):
        return ""  # "Zuerst das Positive: ...", before its lead-in goes
    text = _without_lead_in(text, language)  # "Vou ser direto contigo: não recebo ..."
    text = patterns["inner_concession"].sub("", text)  # "Il sito però è giù": the word goes
    parts = patterns["concession"].split(text)
    if len(parts) > 1 and len(parts[-1].split()) >= 4:
        head = " ".join(parts[:-1]).strip(" ,;:")
        tail = parts[-1].strip(" ,;:")
        tail = tail[:1].upper() + tail[1:]
        if head and len(head.split()) < 3 and not patterns["praise"].search(head):
            text = f"{head} {tail[:1].lower()}{tail[1:]}"  # "Il sito, però, è": one subject
        elif (
            head
            and not patterns["praise"].search(head)
            and not patterns["fair"].search(head)
            and not _MITIGATION.search(head)
            and not patterns["pleasantry"].match(head)  # "Sorry for the long email, but"
        ):
            text = f"{head}. {tail}"  # both halves say something: two sentences, no "but"
        else:
            text = tail  # "You were great last year, but ...": what follows the "but"
    if extract_asks([text], language, sent=date(2000, 1, 1)) or refuses_calls(text, language):
        return ""
    praise = patterns["praise"]
    if praise.search(text) and not _patterns(language)["strong"].search(praise.sub("", text)):
        return ""  # "nicht unzufrieden": a complaint word inside the praise is none
    if patterns["dont"].match(text):
        return ""  # "No me manden otro mail lleno de frases lindas": what not to do
    if _only_none(text, language):
        return ""  # "Keine Fahrten, keine Umsätze, gar nichts.": emphasis, said before it
    small_talk = patterns["pleasantry"].match(text)
    if small_talk and not _patterns(language)["strong"].search(text, small_talk.end()):
        return ""  # "I hope the move went well.": small talk
    comma = text.find(",", small_talk.end()) if small_talk else -1
    if comma > 0 and len(text[comma + 1 :].split()) >= _MIN_WORDS_AFTER_LEAD_IN:
        rest = text[comma + 1 :].strip()  # "Sorry for the late reply, the report is wrong"
        text = rest[:1].upper() + rest[1:]
    if patterns["announcement"].search(text) or patterns["fair"].search(text):
        return ""  # "To be fair, the July report was on time."
    if _only_received(text, language):
        return ""  # "We have received your invoice HL-2611-044 dated 30 November."
    if patterns["fragment"].match(text):
        return ""  # "Weil die Buchungen nicht mehr gepasst haben.": no main clause
    text = patterns["verdict"].sub(".", text)  # ", belachelijk!": their judgment, no point
    heat = tone.assess(text, language)
    if any(p.kind in ("insult", "profanity", "sarcasm") for p in heat.phrases):
        return ""  # "Guarda caso, il giorno dopo la fattura": their sarcasm is never echoed
    letters = [c for c in text if c.isalpha()]
    shouted = len(letters) >= 12 and sum(c.isupper() for c in letters) >= 0.7 * len(letters)
    if shouted and text.rstrip(" !").endswith("?"):
        return ""  # "ARE YOU LOT HAVING A LAUGH?????": a shouted question, not a point
    head, at_comma, rest = text.partition(",")
    head_letters = [c for c in head if c.isalpha()]
    if (
        at_comma
        and len(head.split()) <= _SHOUTED_RETORT_WORDS
        and len(head_letters) >= 8
        and sum(c.isupper() for c in head_letters) >= 0.7 * len(head_letters)
        and not names_a_thing(head, language)
    ):  # "HABEN WIR ABER NICHT, da wird umgebaut!!": a shouted retort, never echoed
        rest = rest.strip()
        if len(rest.split()) < _MIN_WORDS_AFTER_LEAD_IN:
            return ""
        text = rest[:1].upper() + rest[1:]
    text = patterns["connective"].sub("", patterns["filler"].sub("", text))
    if (patterns["relative"].match(text) and not text.rstrip().endswith("?")) or (
        patterns["pointing"].match(text) and not names_a_thing(text, language)
    ):  # a question is no clause: "Weshalb ist der Bericht schon wieder zu spät?"
        return ""  # "Eso a la gente de arriba no le gustó nada": about the sentence before
    text = _without_intensifiers(text, language)
    text = re.sub(r"\s*[!?]*!+[!?]*", ".", text.replace("¡", ""))
    text = patterns["verdict"].sub(".", text)  # ", which is unacceptable.": their judgment
    text = _RUN_IN_CAPITALS.sub(lambda m: _unshout_run(m.group(0), language), text)
    text = re.sub(r"\b([A-ZÄÖÜÀ-Þ]{3,})\b", lambda m: _unshout(m.group(1), text), text)
    text = re.sub(r"\s+([,.;:])", r"\1", re.sub(r"\s{2,}", " ", text)).strip(" ,;:")
    # "y no te voy a mentir: quedaron …" without its filler: no "y" before the colon
    text = patterns["join_before_colon"].sub(r"\1", text)
    text = re.sub(r"^[,;:]\s*|(?<=[,;:])\s*[,;:]", "", text)
    text = re.sub(r"\.{2,}$", ".", text)
    text = re.sub(r"\s*[,;:]+\s*([.!?])$", r"\1", text)  # "octobre, vraiment." -> "octobre."
    return _cut(text, language)


#: A part of a list of what is missing has at most this many words.
_NONE_PART_WORDS = 4


def _only_none(text: str, language: str) -> bool:
    """Tell whether ``text`` is only a list of what is missing, each of its two parts or more
    (at commas, semicolons and dashes) a word for none (:func:`_none_words`) and at most
    :data:`_NONE_PART_WORDS`
    words, the last maybe the language's ``nothing_words`` alone ("Cero prioridades, cero
    plan.", "No email, no heads-up, nothing."): emphasis, said in the sentence before it;
    not "Pagamos 1.200 euros al mes, …, y a cambio, nada"."""
    none, nothing = _none_words(language)
    parts = [p.split() for p in re.split(r"\s*[,;\u2013\u2014]\s*|\s+-\s+", text.strip(" .!?"))]
    # "keine Fahrten, keine Umsätze, gar nichts": the last may be "nothing" said alone
    if len(parts) >= 2 and " ".join(parts[-1]).casefold() in nothing:
        parts = [*parts[:-1], ["nothing"]]
    return len(parts) >= 2 and all(
        part and len(part) <= _NONE_PART_WORDS and part[0].casefold() in none for part in parts
    )


@lru_cache(maxsize=8)
def _none_words(language: str) -> tuple[frozenset[str], frozenset[str]]:
    """The words for none that open a part of a list of what is missing (every language's
    ``none_words``, this one's ``negations`` and ``nothing_words``, and "nothing" that stands
    for a last part said alone), and that last part ("nichts", "gar nichts"), casefolded."""
    known = lang.get(language)
    nothing = {w.casefold() for w in known.nothing_words}
    everywhere = (w for other in lang.all_languages() for w in other.none_words)
    none = {w.casefold() for w in (*everywhere, *known.negations, *nothing, "nothing")}
    return frozenset(none), frozenset(nothing | {f"gar {w}" for w in nothing})


def _only_received(text: str, language: str) -> bool:
    """Tell whether ``text`` only says that a message of ours came (the language's
    ``receipts``: "We have received your invoice HL-2611-044 dated 30 November", "ho ricevuto
    la comunicazione sull'aumento del 9%"): no negation ("we have not received the report")
    and no complaint cue ("I received the report ten days late") but a price rise
    (:func:`assistant.checks.situations.situations`), which the thanks and question answer."""
    if _filters(language)["receipt"].match(text) is None:
        return False
    cues = _patterns(language)
    if cues["weak"].search(text):
        return False
    return not cues["strong"].search(text) or "price" in situations(text, language)


#: A lead-in before a colon this short ("Vou ser direto contigo:", "Outra coisa:", "Ganz
#: ehrlich:") only frames what follows it.
_LEAD_IN_WORDS = 5
#: ... when this many words follow it.
_MIN_WORDS_AFTER_LEAD_IN = 6
_LEAD_IN = re.compile(r"^([^:\d]{1,120}):\s+(?=\S)")


def _without_lead_in(text: str, language: str) -> str:
    """Return ``text`` without a short lead-in before a colon that tells no complaint of its
    own and names no thing (at most :data:`_LEAD_IN_WORDS` words, or any length when it
    opens with the language's ``candour``: "I'll be straight with you because we've worked
    together a long time:"; no figure,
    :func:`score_sentence` 0, not :func:`names_a_thing`: "Zum Dashboard:" stays), when
    six words or more follow it (not "Le soy sincera: no nos parece justificado": so short
    a rest says nothing without the sentence before it): "Vou ser direto contigo: não recebo
    nenhum relatório ..." -> "Não recebo nenhum relatório ..."; "One more thing: the widget
    counts wrong again?" -> "The widget counts wrong again?"."""
    found = _LEAD_IN.match(text)
    candour = found is not None and _filters(language)["candour"].match(found.group(1))
    if found is None or (len(found.group(1).split()) > _LEAD_IN_WORDS and not candour):
        return text  # not "I'll be straight with you because we've worked together …:"
    rest = text[found.end() :]
    lead_in = found.group(1)
    if (
        len(rest.split()) < _MIN_WORDS_AFTER_LEAD_IN
        or score_sentence(lead_in, language)
        or names_a_thing(lead_in, language)  # "Zum Dashboard: es zeigt ...": it names the subject
    ):
        return text
    return rest[:1].upper() + rest[1:]


def still_missing(sentence: str, language: str) -> str:
    """Return what a question about something that never came means, in its writer's voice:
    "WHERE IS THE WEEKEND REPORT??" -> "THE WEEKEND REPORT has still not arrived.", "Wo
    bleibt mein Bericht?" -> "Mein Bericht ist noch nicht da."; "" for any other sentence.

    The language's ``whereabouts`` (every language's for a language without); the thing
    asked about is at most eight words without a comma and names a deliverable (the
    language's ``things`` concern cues: report, dashboard, invoice ...), so that "Where are
    we with the migration?" and "Wo ist das Problem?" stay questions. Restated like any complaint
    (:func:`condense`), and not counted among the questions a reply answers later.
    """
    text = " ".join(sentence.split())
    if not text.endswith("?"):
        return ""
    text = text.lstrip("¿ ").rstrip("?!¿ ")
    for source in lang.sources(language, "whereabouts"):
        for pattern, meaning in source.whereabouts:
            found = re.match(pattern, text, re.IGNORECASE)
            if found is None:
                continue
            thing = found.group("x").strip(" ,;:")
            if not thing or "," in thing or len(thing.split()) > 8:
                return ""
            if not _deliverable(language).search(thing):
                return ""  # "Where are we with the migration?", "Wo ist das Problem?"
            said = meaning.format(x=thing)
            return said[:1].upper() + said[1:]
    return ""


@lru_cache(maxsize=8)
def _deliverable(language: str) -> re.Pattern[str]:
    """The language's ``things`` concern cues at the end of a word, so that a compound
    names one too ("kwartaalrapport", "Monatsbericht")."""
    sources = lang.sources(language, "concern_cues")
    things = "|".join(source.concern_cues["things"] for source in sources)
    return re.compile(rf"(?:{things})(?!\w)", re.IGNORECASE)


def _without_intensifiers(text: str, language: str) -> str:
    """Return ``text`` without the language's ``intensifiers`` ("absolutely", "wirklich"),
    but for one after a negation ("not completely broken" keeps its meaning)."""
    known = lang.get(language)
    words = known.intensifiers
    if not words:
        return text
    negations = {n.casefold() for n in known.negations}
    pattern = re.compile(rf"(?<!\w)(?:{'|'.join(words)})(?!\w)\s*,?\s*", re.IGNORECASE)

    def drop(match: re.Match[str]) -> str:
        before = text[: match.start()].split()
        if before and before[-1].casefold().strip(",;:") in negations:
            return match.group(0)
        return ""

    dropped = pattern.sub(drop, text)
    if dropped[:1].islower() and text[:1].isupper():
        dropped = dropped[:1].upper() + dropped[1:]
    return dropped


_DASHES = ("-", "\u2013", "\u2014")
# A head that only softens what follows ("I know you are busy, but"): the "but" part is the point.
_MITIGATION = re.compile(
    r"(?i)\b(?:i|we) (?:know|understand|realise|realize|appreciate|see)\b|\b(?:ich|wir) "
    r"(?:weiß|wissen|verstehe|verstehen)\b|\bje (?:sais|comprends)\b|\b(?:sé|entiendo|so|capisco|"
    r"begrijp|weet|sei|entendo)\b|mir ist (?:klar|bewusst)"
)


def _cut(text: str, language: str = "") -> str:
    """Return ``text`` of at most 30 words: cut at the last clause break (a comma, dash,
    colon or semicolon) between words 12 and 28, keeping the side that tells more of the
    complaint (:func:`score_sentence` in ``language``: "We have been with you since 2017:
    two reports came late and …" keeps the reports) when that side fits in 30 words (a head
    ends at the last break outside a short parenthesis, :func:`_in_parenthesis`; a tail
    starts at the earliest break that leaves it whole: a colon before the clause, not a
    comma inside it); else after word 25 with "…"; capitalised."""
    words = text.split()
    if len(words) > 30:
        breaks = [
            index
            for index in range(12, 28)
            if words[index - 1].endswith((",", ";", ":")) or words[index] in _DASHES
        ]
        if breaks:
            head = " ".join(words[: breaks[-1]]).rstrip(",;:") + "."
            tail = " ".join(w for w in words[breaks[-1] :] if w not in _DASHES)
            tail_wins = (
                language
                and len(tail.split()) <= 30
                and not _opens_no_clause(tail, language)
                and score_sentence(tail, language) > score_sentence(head, language)
            )
            if tail_wins:
                # the longest tail that fits and still wins: "...digitales: este año
                # Harbourlight obtuvo 71 puntos, frente a 88, y quedó cuarto", not "frente a 88"
                for index in breaks:
                    longer = " ".join(w for w in words[index:] if w not in _DASHES)
                    if _opens_no_clause(longer, language):
                        continue  # "then the 20th, then the 19th, ...": a list going on
                    front = " ".join(words[:index]).rstrip(",;:") + "."
                    if len(longer.split()) <= 30 and score_sentence(
                        longer, language
                    ) > score_sentence(front, language):
                        tail = longer
                        break
            if not tail_wins:  # the head ends at a clause, not inside a short parenthesis
                whole = [index for index in breaks if not _in_parenthesis(words, index)]
                cut = whole[-1] if whole else breaks[-1]
                head = " ".join(words[:cut]).rstrip(",;:") + "."
            text = tail if tail_wins else head
        else:
            text = " ".join(words[:25]).rstrip(",;:") + " …"
    return text[:1].upper() + text[1:] if text else ""


def _opens_no_clause(tail: str, language: str) -> bool:
    """Tell whether ``tail``, the words after a comma of a sentence cut short, cannot stand
    alone: it opens with one of the language's ``tail_openers`` ("then the 20th, then the
    19th, ...", "principalement en raison de ...") or ``fragment_openers``."""
    return _filters(language)["tail"].match(tail) is not None


#: A comma this many words or fewer from another sets off a short parenthesis.
_PARENTHESIS_WORDS = 4


def _in_parenthesis(words: list[str], index: int) -> bool:
    """Tell whether the comma ending ``words[index - 1]`` opens or closes a short parenthesis
    ("la dashboard per la rete vendita, promessa per settembre, è tuttora in fase di test"):
    a cut there would leave its clause without the verb that follows."""
    if not words[index - 1].endswith(","):
        return False
    near = words[max(0, index - 1 - _PARENTHESIS_WORDS) : index - 1]
    near += words[index : index + _PARENTHESIS_WORDS]
    return any(word.endswith(",") for word in near)


#: Two or more words in capitals in a row ("DE NOVO", "AND IT IS WRONG").
_RUN_IN_CAPITALS = re.compile(r"\b[A-ZÄÖÜÀ-Þ]+(?:\s+[A-ZÄÖÜÀ-Þ]+)+\b")


def _unshout_run(run: str, language: str) -> str:
    """Return a run of words in capitals in lower case when one of them is shouted ("DE
    NOVO" -> "de novo", short words too); acronyms ("SEO") and English "I" keep their
    capitals."""
    from assistant.checks.tone import is_shouted

    words = run.split()
    if not any(is_shouted(word) for word in words):
        return run  # "SEO KPI": acronyms
    return re.sub(
        r"[A-ZÄÖÜÀ-Þ]+",
        lambda m: (
            m.group(0)
            if _is_acronym(m.group(0)) or (m.group(0) == "I" and language == "en")
            else m.group(0).lower()
        ),
        run,
    )


def _is_acronym(word: str) -> bool:
    """Tell a word in capitals of 3+ letters that is no shouting (an acronym: "SEO", "GA")."""
    from assistant.checks.tone import is_shouted

    return len(word) >= 3 and not is_shouted(word)


def _unshout(word: str, text: str) -> str:
    """Return a shouted word in lower case; an acronym (no vowel, or listed) stays."""
    from assistant.checks.tone import is_shouted

    return word.lower() if is_shouted(word) else word


@lru_cache(maxsize=8)
def _filters(language: str) -> dict[str, re.Pattern[str]]:
    def joined(attribute: str) -> str:
        sources = lang.sources(language, attribute)
        return "|".join(part for source in sources for part in getattr(source, attribute))

    concessions = lang.get(language).concessions or lang.get(lang.FALLBACK).concessions
    conjunctions = "|".join(lang.get(language).conjunctions)
    adverbs = "|".join(concessions[1:])  # the first is the conjunction ("but", "mais")
    return {
        # "werkt echter al sinds zondag niet": an adverb inside a clause is no "but" to cut at.
        "inner_concession": re.compile(rf"(?<=\w)\s+(?:{adverbs})(?=\s+\w)", re.IGNORECASE),
        "threat": re.compile(rf"(?<!\w)(?:{joined('threats')})(?!\w)", re.IGNORECASE),
        "pleasantry": re.compile(rf"^(?:{joined('pleasantries')})(?!\w)", re.IGNORECASE),
        "candour": re.compile(rf"^(?:{joined('candour') or '(?!)'})(?!\w)", re.IGNORECASE),
        "dont": re.compile(rf"^(?:{joined('negated_imperatives') or '(?!)'})", re.IGNORECASE),
        # an "and" with no comma ("… della metà e nessuno sa dirmi perché"); one left before a
        # colon or semicolon once its filler went ("y no te voy a mentir: quedaron …")
        "bare_join": re.compile(rf"\s(?:{conjunctions or '(?!)'})\s"),
        "join_before_colon": re.compile(rf"\s+(?:{conjunctions or 'and|or'})([;:])", re.IGNORECASE),
        # "Ce mardi, nous avons reçu votre facture": up to four words may come first
        "receipt": re.compile(
            rf"^(?:[^\s,.;:]+,?\s+){{0,4}}?(?:{joined('receipts')})", re.IGNORECASE
        ),
        "verdict": re.compile(
            rf"\s*[,;:\u2013\u2014-]\s*(?:{joined('verdicts')})\s*[.!?]*$", re.IGNORECASE
        ),
        "praise": re.compile(rf"(?<!\w)(?:{joined('praise')})(?!\w)", re.IGNORECASE),
        "announcement": re.compile(rf"(?<!\w)(?:{joined('announcements')})(?!\w)", re.IGNORECASE),
        "fair": re.compile(rf"(?<!\w)(?:{joined('fair_remarks')})(?!\w)", re.IGNORECASE),
        "fragment": re.compile(rf"^(?:{joined('fragment_openers')})(?!\w)[^,;:]*$", re.IGNORECASE),
        "tail": re.compile(
            rf"(?:{joined('tail_openers')}|{joined('fragment_openers')})(?!\w)", re.IGNORECASE
        ),
        "pointing": re.compile(rf"^(?:{joined('pointing_openers')})(?!\w)", re.IGNORECASE),
        "relative": re.compile(rf"^(?:{joined('relative_openers')})(?!\w)", re.IGNORECASE),
        "in_this_language": re.compile(
            rf"(?<!\w)(?:{joined('in_this_language')})(?!\w)", re.IGNORECASE
        ),
        "concession": re.compile(
            rf"(?:^|,|;|\s)\s*(?:{joined('concessions')})(?!\w)", re.IGNORECASE
        ),
        "connective": re.compile(rf"^(?:{joined('connectives')})(?!\w)\s*,?\s*", re.IGNORECASE),
        "filler": re.compile(rf"(?<!\w)(?:{joined('fillers')})(?!\w)\s*,?", re.IGNORECASE),
    }


def split_sentences(text: str) -> list[str]:
    """Split an email's new text into sentences, without the greeting and the sign-off
    (:func:`split_blocks`, flattened)."""
    return [sentence for block in split_blocks(text) for sentence in block]


def split_blocks(text: str) -> list[list[str]]:
    """Split an email's new text into its paragraphs and list items, each as its sentences,
    without the greeting and the sign-off.

    Wrapped lines are joined; blank lines and list bullets start a new sentence. A sign-off
    line ("Best regards", "Viele Grüße") ends the text, but for a postscript below it ("P.S.
    Could you also send ...", :func:`assistant.mail.postscript.starts_postscript`), whose
    marker goes. Web-form labels ("Name: Greg", "Message:") are dropped with their short
    values.
    """
    segments: list[str] = []
    current: list[str] = []
    signed = False
    lines = text.splitlines()
    for index, raw in enumerate(lines):
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
        if signed and not starts_postscript(line):
            continue  # the signature block below the sign-off
        if starts_postscript(line):  # "P.S. Send the invoice.": the marker is no sentence
            line = without_marker(line)
            words = len(line.split())
        signed = False
        opening = not current and not segments
        sign_off = _SIGN_OFF.match(line) if words <= 6 else None
        if sign_off and opening:
            if _SENTENCE_AFTER_THANKS.match(line, sign_off.end()):
                sign_off = None  # "Thanks for nothing, Sam.": the first sentence, not a sign-off
            elif line.endswith(":") or (
                line.endswith((".", "!"))
                and index + 1 < len(lines)
                and not lines[index + 1].strip()
            ):
                continue  # "Saludos, Sam:", "Thanks, Sam." above a blank line: the text follows
        if sign_off:
            signed = True  # the text ends here, but for a postscript ("P.S. ...")
            if current:
                segments.append(" ".join(current))
                current = []
            continue
        if words <= 6 and opening and _SALUTATION.match(line):
            continue
        if opening and _SALUTATION.match(line):
            # "Ciao Sam, il sito è di nuovo giù": the greeting opens the first sentence.
            line = _GREETING_IN_LINE.sub("", line, count=1)
            line = line[:1].upper() + line[1:]
        current.append(line)
    if current:
        segments.append(" ".join(current))
    blocks = [[s for s in split_paragraph(" ".join(segment.split())) if s] for segment in segments]
    return [block for block in blocks if block]


@lru_cache(maxsize=8)
def _patterns(language: str) -> dict[str, re.Pattern[str]]:
    """Compile the concern cues of ``language`` (every language's, when it has none).

    Kinds (``Language.concern_cues``): strong cues weigh 2 and weak cues (bare negation) 1;
    a feeling (emotion) that names no thing weighs 1, not 2; named things 2 each, at most 4
    per sentence; when (months, days, digits, counted times) 1 each, at most 3; nobody told
    us (silence) 4; what other agencies do (others) 4. A concern needs a score of 2.
    """
    sources = lang.sources(language, "concern_cues")
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
