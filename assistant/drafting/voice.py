"""Put a client's sentence in our voice: their "we" becomes "you", their "your" our "our".

Playbook step 1 restates the client's concerns "in our words, not by quoting them"
(PLAYBOOK.md, "What a good client reply looks like"): :func:`restate` turns pronouns and
verbs with the language's swap tables, :func:`as_their_account` frames a claim about our
work as the client's account, and :func:`in_our_voice` does both, or reports the sentence
after the language's frame ("You tell me that …"). Which sentences are restated is
:mod:`assistant.drafting.concerns`' choice.
"""

from __future__ import annotations

import re
from functools import lru_cache

from assistant import lang

#: Fewer words than this left of a sentence whose other clauses went say nothing alone.
_MIN_KEPT_WORDS = 4


def _without_blocked_relatives(sentence: str, blockers: str, pronouns: tuple[str, ...]) -> str:
    """Return ``sentence`` without the relative clauses between two commas (", which ...,",
    ", che ...,": the language's ``relative_pronouns``) that hold one of ``blockers``, when
    at least :data:`_MIN_KEPT_WORDS` words stay: "Il report, che il Suo collega mi aveva
    garantito per lunedì, non è ancora arrivato." -> "Il report non è ancora arrivato."."""
    if not pronouns:
        return sentence
    relative = re.compile(
        rf"(?<=\w)\s*,\s*(?:{'|'.join(pronouns)})(?:(?<=['\u2019])|(?!\w))[^,;:.!?]*,\s*",
        re.IGNORECASE,
    )

    # After three words or more: "Primero, que me marque" opens no relative clause. Where
    # the sentence's third word starts, read once (no rescan of the words before each comma).
    head = re.match(rf"\s*(?:\S+\s+){{{_NOUN_PHRASE_WORDS - 1}}}(?=\S)", sentence)
    third = head.end() if head else len(sentence)

    def drop(match: re.Match[str]) -> str:
        after_a_noun = third < match.start()
        return " " if after_a_noun and re.search(blockers, match.group(0)) else match.group(0)

    kept = relative.sub(drop, sentence)
    return kept if len(kept.split()) >= _MIN_KEPT_WORDS else sentence


#: A relative clause follows this many words or more of its sentence.
_NOUN_PHRASE_WORDS = 3
#: A colon's words in parts of this many words or fewer, between commas, are a list.
_LIST_ITEM_WORDS = 3
#: What follows a lead-in's colon stands alone from this many words on.
_MIN_WORDS_AFTER_LEAD_IN = 6


def _without_blocked_lead_in(sentence: str, blockers: str) -> str:
    """Return what follows the colon of a lead-in our voice cannot restate ("No te voy a
    mentir: quedaron últimos de seis." -> "Quedaron últimos de seis."), when that part holds
    none of ``blockers`` and has :data:`_MIN_WORDS_AFTER_LEAD_IN` words or more; else
    ``sentence``. A colon inside a time ("10:30") is none."""
    found = re.search(r":\s+(?=\S)", sentence)
    if found is None or not re.search(blockers, sentence[: found.start()]):
        return sentence
    rest = sentence[found.end() :]
    if re.search(blockers, rest) or len(rest.split()) < _MIN_WORDS_AFTER_LEAD_IN:
        return sentence
    if all(len(item.split()) <= _LIST_ITEM_WORDS for item in rest.split(",")):
        return sentence  # "zelfde posities, zelfde grafieken": a list, no clause
    return rest[:1].upper() + rest[1:]


@lru_cache(maxsize=1024)
def restate(sentence: str, language: str, *, informal: bool = False) -> str:
    """Return the client's ``sentence`` in our voice: "we waited" -> "you waited", "your
    report" -> "our report", "wir haben gewartet" -> "Sie haben gewartet".

    The language's ``restate_swaps`` (phrase -> replacement; "we|us" gives the subject form
    at the start of a clause and the object form elsewhere; "Ihnen/Sie" the second form when
    one of the language's ``restate_second_form`` verbs follows), longest phrase first, in one
    pass, so that swaps never undo each other. For an ``informal`` writer a language may have
    its own table (``restate_swaps_informal``). Words that would need another verb form
    (``restate_blockers``, ``restate_blockers_informal``: German "wir", "du"; Spanish "yo"):
    the clauses with one are left out, and a sentence with nothing else, or fewer than
    :data:`_MIN_KEPT_WORDS` words else, gives "". A phrase
    written with a capital in the table (German "Sie", "Ihr") swaps only when written so
    ("sie" is "they"). A language without
    swaps gets the sentence back unchanged. A swapped first word starts with a capital.
    """
    known = lang.get(language)
    swaps = known.restate_swaps
    blockers = known.restate_blockers
    if informal and known.restate_swaps_informal:
        blockers = known.restate_blockers_informal or blockers
        swaps = known.restate_swaps_informal
    if blockers and re.search(blockers, sentence):
        sentence = _without_blocked_relatives(sentence, blockers, known.relative_pronouns)
        sentence = _without_blocked_lead_in(sentence, blockers)
    if blockers and re.search(blockers, sentence):
        joins = "|".join((*known.conjunctions, *known.concessions)) or "and|but"
        clauses = re.split(rf"\s*(?:;|,(?=\s*(?:{joins})\b))\s*", sentence)
        kept = [c.strip(" .") for c in clauses if c.strip() and not re.search(blockers, c)]
        if len(" ".join(kept).split()) < _MIN_KEPT_WORDS:
            return ""  # "Uma pergunta rápida": what is left says nothing alone
        if not clauses[0].strip() or re.search(blockers, clauses[0]):
            # The first clause went: its "and"/"but" goes too, and a capital starts the rest.
            kept[0] = re.sub(rf"(?i)^(?:{joins})\s+", "", kept[0])
            kept[0] = kept[0][:1].upper() + kept[0][1:]
        sentence = ", ".join(kept) + "."
    if not swaps:
        return sentence
    cased, folded, pattern = _swap_table(language, informal=swaps is not known.restate_swaps)

    def swap(match: re.Match[str]) -> str:
        word = " ".join(match.group(0).replace("\u2019", "'").split())
        if word in cased:
            value = cased[word]
        elif word.casefold() in folded:
            value = folded[word.casefold()]
        else:
            return match.group(0)
        if "/" in value:  # "Ihnen/Sie": the second before one of the language's verbs
            first, second = value.split("/")
            after = sentence[match.end() : match.end() + 60]
            cue = lang.get(language).restate_second_form
            value = second if cue and re.search(rf"(?i)\b(?:{cue})\b", after) else first
        if "|" in value:
            subject, obj = value.split("|")
            before = sentence[: match.start()].rstrip()
            word_after = re.match(r"\s*([^\W\d_]+)", sentence[match.end() :])
            followers = known.restate_object_followers
            verb_next = (
                word_after is not None
                and bool(followers)
                and word_after.group(1).lower() not in followers
            )
            at_start = not before or _CLAUSE_START.search(before)
            value = subject if at_start or verb_next else obj
        if match.start() == 0 or re.search(r"[.!?]\s+$", sentence[: match.start()]):
            return value[:1].upper() + value[1:]
        return value

    swapped = pattern.sub(swap, sentence)
    return re.sub(r" +([,.;:])", r"\1", re.sub(r" {2,}", " ", swapped))  # a word swapped for ""


def in_our_voice(sentence: str, language: str, *, informal: bool = False, text: str = "") -> str:
    """Return a condensed concern (:func:`condense`) restated in our voice, never as quoted.

    :func:`restate` turns its pronouns and verbs ("we waited" -> "you waited"; "" when it
    cannot), :func:`as_their_account` frames a claim about our work; a sentence neither
    changes is reported after the language's ``report_frames`` for the writer's register
    ("The landing pages went live a week late." -> "You tell me that the landing pages went
    live a week late."; German and Dutch keep their word order after "Sie schreiben," and "U
    geeft aan:"). Its first word keeps a capital that ``text`` (the email's new text) writes
    inside a sentence ("Google"), and in a language whose nouns take one
    (``nouns_capitalised``) unless ``text`` writes the word in lower case, it is a stop word
    or it ends as no noun does (``not_noun_endings``: "Zusätzlich").
    PLAYBOOK.md step 1 ("restate their concerns in their own terms") and "What a good client
    reply looks like" ("in our words, not by quoting them").
    """
    restated = restate(sentence, language, informal=informal)
    if not restated:
        return ""
    known = lang.get(language)
    if _opens_as_a_frame(restated, known):
        return restated  # "Pelo que a TI descobriu, ...": it says already whose account it is
    framed = as_their_account(restated, language, informal=informal)
    clause = re.match(r"[^\W\d_]+", restated)
    # "Dass Harbourlight ... gelandet ist": a "that" clause is reported, never left alone.
    that = clause is not None and clause.group(0).casefold() in _subordinators(language)
    if not that and (
        framed != restated
        or (
            _word_run(restated) != _word_run(sentence)
            and not _opens_with_own_verb(sentence, restated, language)
        )
    ):
        return framed
    frame = known.report_frames.get("informal" if informal else "formal", "")
    first = re.match(r"[^\W\d_]+", restated)
    if not frame or first is None:
        return restated
    word = first.group(0)
    inside = re.search(rf"(?<=[\w,;:] ){re.escape(word)}(?!\w)", text)
    lower = re.search(rf"(?<!\w){re.escape(word.lower())}(?!\w)", text)
    if known.nouns_capitalised:  # "Der Newsletter", "In der Rechnung": not nouns
        keep = (
            not lower
            and len(word) > 3
            and word.lower() not in _stop_words(language)
            and not word.lower().endswith(known.not_noun_endings)  # "Zusätzlich"
        )
    else:
        keep = bool(inside) and not lower
    keep = keep or bool(re.search(r"[A-Z\d]", word[1:]))  # "SEO", "GoodRank"
    # A name of two capitalised words: "Harbourlight Digital a été classé sixième".
    named = re.match(r"([^\W\d_]+)\s+[A-ZÀ-Þ][^\W\d_]*[a-zß-ÿ]", restated)
    keep = keep or (named is not None and not _function_word(named.group(1), language))
    lowered = restated if keep else restated[:1].lower() + restated[1:]
    last = frame.split()[-1].casefold()
    if last in _clause_joins(language) and lowered.casefold().startswith(last + " "):
        lowered = lowered[len(last) + 1 :]  # "Mi segnala che" + "che da settembre": one "che"
    if frame.endswith("que") and not keep and re.match(r"(?i)[aeiouyhàâéèêëîïôûù]", lowered):
        return f"{frame[:-1]}'{lowered}"  # "que il" -> "qu'il"
    return f"{frame} {lowered}"


def _function_word(word: str, language: str) -> bool:
    """Tell whether ``word`` is one of the language's ``stop_words`` or ``determiners``
    ("The", "Eine", "A"): no part of a name."""
    if word.casefold() in _stop_words(language):
        return True
    return bool(lang.word_pattern(language, "determiners").fullmatch(word))


@lru_cache(maxsize=64)
def _stop_words(language: str) -> frozenset[str]:
    """The language's ``stop_words``, case-folded, built once."""
    return frozenset(w.casefold() for w in lang.get(language).stop_words)


def _opens_as_a_frame(sentence: str, known: lang.Language) -> bool:
    """Tell whether ``sentence`` opens with the first two words of one of the language's
    ``report_frames`` or ``claim_frames`` ("Pelo que a TI descobriu" and "Pelo que li,")."""
    opening = sentence.casefold().split()[:2]
    frames = (*known.report_frames.values(), *known.claim_frames.values())
    return len(opening) == 2 and any(f.casefold().split()[:2] == opening for f in frames)


def as_their_account(sentence: str, language: str, *, informal: bool = False) -> str:
    """Return a restated concern that tells what we did or failed to do as the client's
    account: "We never sent the October report." -> "You write that we never sent the October
    report."; "Wir haben den Bericht nie geschickt." -> "Wie Sie schreiben, haben wir den
    Bericht nie geschickt."; "La web lleva caída y nadie de nuestra agencia contestó." ->
    "Según me cuenta, la web lleva caída y nadie de nuestra agencia contestó.". Other
    sentences come back unchanged.

    A claim is a sentence that starts with one of the language's ``claim_start`` words (our
    voice: "we", "our", "nobody"; a negation in languages that drop the subject), or has one
    of its ``claim_words`` further on; the frame is ``claim_frames["informal"]`` for an
    ``informal`` writer, else ``claim_frames["formal"]``. With ``claim_frame_inverts``
    (German, Dutch) only a sentence that starts with the claim is framed, its subject and
    verb swapped after the frame. A first word written with capitals inside it ("SEO",
    "GoodRank") keeps them. Restating is not admitting: PLAYBOOK.md step 1 (understand their
    view) and step 3 (our perspective as facts).
    """
    known = lang.get(language)
    register = "informal" if informal else "formal"
    frame = known.claim_frames.get(register, "")
    if not frame or not known.claim_start:
        return sentence
    start = re.match(rf"(?i)({known.claim_start})(?!\w)", sentence)
    inside = bool(known.claim_words) and bool(
        re.search(rf"(?i)(?<!\w)(?:{known.claim_words})(?!\w)", sentence)
    )
    if start is None and (known.claim_frame_inverts or not inside):
        return sentence
    first = re.match(r"\S+", sentence)
    keep_case = first is not None and bool(re.search(r"[A-Z\d]", first.group(0)[1:]))
    lowered = sentence if keep_case else sentence[:1].lower() + sentence[1:]
    if known.claim_frame_inverts and start is not None:
        verb = re.match(r"\s+([^\W\d_]+)(?=[\s,])", sentence[start.end() :])
        if verb is None:
            return sentence
        subject = lowered[: start.end()]
        rest = sentence[start.end() + verb.end() :]
        return f"{frame} {verb.group(1)} {subject}{rest}"
    if frame.endswith("que") and re.match(r"(?i)[aeiouyhàâéèêëîïôûù]", lowered):
        return f"{frame[:-1]}'{lowered}"  # "que on" -> "qu'on"
    return f"{frame} {lowered}"


@lru_cache(maxsize=8)
def _subordinators(language: str) -> frozenset[str]:
    """The language's ``subordinators`` ("dass", "weil"), casefolded: a restated sentence
    that opens with one is a clause that only the report frame can carry."""
    return frozenset(word.casefold() for word in lang.get(language).subordinators)


@lru_cache(maxsize=8)
def _clause_joins(language: str) -> frozenset[str]:
    """The language's ``subordinators`` and ``relative_pronouns``, casefolded: a report
    frame that ends in one ("Mi segnala che") does not say it twice; English "that", which
    may open a sentence as a determiner ("That invoice ..."), is neither."""
    known = lang.get(language)
    return _subordinators(language) | {w.casefold() for w in known.relative_pronouns}


def _opens_with_own_verb(sentence: str, restated: str, language: str) -> bool:
    """Tell whether ``sentence`` opens with its writer's verb that :func:`restate` turned into
    ours for them, with no subject before it ("Contesto la fattura" -> "Contesta la fattura",
    "Venho contestar" -> "Vem contestar"): alone it reads as an order, so it takes the frame.
    The language's ``first_person_ending`` (Italian, Spanish, Portuguese: "-o") ends the
    writer's verb and not ours."""
    ending = lang.get(language).first_person_ending
    said = _word_run(sentence)
    ours = _word_run(restated)
    return (
        bool(ending and said and ours)
        and said[0] != ours[0]
        and said[0].endswith(ending)
        and not ours[0].endswith(ending)
    )


def _word_run(text: str) -> tuple[str, ...]:
    """Return the words of ``text``, lower case, without punctuation: how it reads aloud."""
    return tuple(re.findall(r"\w+", text.casefold()))


def without_vocative(sentence: str, name: str) -> str:
    """Return ``sentence`` without ``name`` (our first name) used to call us: "Sam il modulo
    non manda niente" -> "Il modulo non manda niente", "Pelo que li, sam, a newsletter" ->
    "Pelo que li, a newsletter", "Help me out here, Sam." -> "Help me out here."; any case."""
    if not name:
        return sentence
    word = re.escape(name)
    text = re.sub(rf"(?i)^{word}(?!\w)[,:!]?\s+", "", sentence)
    text = re.sub(rf"(?i),\s*{word}\s*,", ",", text)
    text = re.sub(rf"(?i),\s*{word}\s*([.!?])$", r"\1", text)
    return text[:1].upper() + text[1:] if text != sentence else sentence


@lru_cache(maxsize=32)
def _swap_table(
    language: str, *, informal: bool
) -> tuple[dict[str, str], dict[str, str], re.Pattern[str]]:
    """Return the language's restatement swaps (the informal table when ``informal``) as the
    phrases written with a capital, the others casefolded, and one pattern of all of them,
    longest first; built once per table (some hold thousands of verb forms)."""
    known = lang.get(language)
    swaps = known.restate_swaps_informal if informal else known.restate_swaps
    cased = {key: value for key, value in swaps.items() if key[:1].isupper()}
    folded = {key.casefold(): value for key, value in swaps.items() if key not in cased}
    keys = sorted(swaps, key=len, reverse=True)
    alternation = "|".join(
        re.escape(k).replace(r"\ ", r"\s+").replace("'", "['\u2019]") for k in keys
    )
    return cased, folded, re.compile(rf"(?<!\w)(?:{alternation})(?!\w)", re.IGNORECASE)


_CLAUSE_START = re.compile(
    r"(?:[,;:\u2014-]|(?<!\w)(?:and|but|that|because|when|if|so|or|und|dass|weil|wenn|aber|oder|"
    r"omdat|dat|en|maar|want|als|toen|of))$",
    re.IGNORECASE,
)
