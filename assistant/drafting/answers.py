"""What a reply must answer besides the concerns: the client's asks, the situation, calls.

:func:`read_email` reads one email once for both drafters and the notes: the asks
(:mod:`assistant.checks.asks`, dates resolved against the email's Date), what the email is
about (a price rise, a refund, a competitor, a ranking, leaving, a missed deadline), whether
it names the competitor, and whether the client wants no calls. :func:`ask_lines` turns the
asks into what a reply template writes: each ask's date in the reply's language and the day
the client will hear back (PLAYBOOK.md, "What a good client reply looks like": each ask is
acknowledged with its date and when they will hear back, without promising the outcome).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, time, timedelta
from functools import cache

from assistant import lang
from assistant.checks.asks import (
    Ask,
    extract_asks,
    listed_asks,
    named_role,
    names_kind,
    refuses_calls,
    starts_as_noun_phrase,
    without_date,
    without_deadline,
    without_kind,
)
from assistant.checks.phrases import adds_to
from assistant.checks.situations import find_competitor, situations
from assistant.drafting.concerns import (
    complaint_sentences,
    condense,
    names_a_thing,
    split_sentences,
)
from assistant.drafting.voice import restate
from assistant.lang.dates import add_working_days, format_weekday
from assistant.lang.sentences import split_paragraph
from assistant.mail.message import Email
from assistant.mail.reply import without_reply_prefixes

#: A reply says the client will hear back within this many working days (or by their date).
ANSWER_WITHIN_WORKING_DAYS = 2
#: The situation the thanks and the competitor question are chosen for, strongest first.
LEADS = ("leave", "refund", "price", "ranking", "competitor", "deadline")


@dataclass(frozen=True)
class Reading:
    """What one email asks and is about.

    ``asks`` in text order; ``situations`` of price, refund, competitor, ranking, leave,
    deadline; ``lead`` the one the thanks and question fit (the first of :data:`LEADS`
    present, else "general"); ``competitor_named`` True when the email names the competitor,
    ``competitor`` its name when that is sure (:func:`find_competitor`; untrusted text, "");
    ``no_call`` True when the client refuses calls, or asks for a written answer and for no
    call or meeting;
    ``complaints`` the sentences that carry a complaint (for choosing the work items).
    """

    asks: tuple[Ask, ...] = ()
    situations: tuple[str, ...] = ()
    lead: str = "general"
    competitor_named: bool = False
    competitor: str = ""
    no_call: bool = False
    complaints: tuple[str, ...] = ()


@dataclass(frozen=True)
class AskLine:
    """An ask as a reply template writes it: dates in the reply's language ("Friday 6
    November", "Freitag, 6. November"; "" for none; ``exact`` False when the date ends a span
    such as "within two weeks"), money as the client wrote it, and ``reply_by``, the day they
    will hear back; ``named`` the thing asked for in the client's words and our voice ("a
    breakdown of the new rates", "the incident report", "a meeting with our MD at your office
    in Lyon"; "" when the client named none the reply can repeat: :func:`named_ask`);
    ``phrase`` the same as the client wrote it (:attr:`Ask.phrase`, for the notes); ``today``
    True when it is due the day of the reply (then ``reply_by`` is that day too); ``party``
    who is to attend a meeting and where, in our voice (:func:`meeting_party`; then ``named``
    is "": the template names the meeting in its own words)."""

    kind: str
    due: str
    time: str
    money: str
    senior: bool
    reply_by: str
    what: str = ""
    exact: bool = True
    in_person: bool = False  # a meeting in person, not a call (Ask.in_person)
    named: str = ""
    today: bool = False  # due the day the email was answered: "today", not a weekday
    phrase: str = ""  # the thing asked for as the client wrote it (Ask.phrase), untrusted
    party: str = ""  # a meeting's people and place in our voice: "mit jemandem aus unserer ..."
    # a document that corrects a bill ("a corrected invoice"), answered as money is (kind
    # "refund"), with no apology for it: nothing is known to be wrong yet
    billed: bool = False
    # a person asked to be involved, as the reply names them: "our managing director"
    role: str = ""


def read_email(email: Email, language: str, *, today: date) -> Reading:
    """Return what ``email`` asks and is about, for a reply in ``language`` (ISO 639-1).

    Dates without a year are read against the email's Date header (``today`` for an email
    without one). Deterministic.
    """
    sent = email.date.date() if email.date is not None else today
    text = email.new_text
    sentences = split_sentences(text)
    asks = extract_asks(sentences, language, sent=sent, listed=listed_asks(text, language))
    found = situations(" ".join([email.subject, *sentences]), language)
    lead = next((kind for kind in LEADS if kind in found), "general")
    # our firm and the client's own ("We at Nordlicht GmbH ..." from nordlicht.example): no rival
    people = [*email.to, *([email.sender] if email.sender is not None else [])]
    ours = [a.addr_spec.rpartition("@")[2].split(".")[0] for a in people if a.addr_spec]
    # with no competitor found ("not even X has offered us a discount"), only a priced offer
    named, name = find_competitor(text, language, ours, cued="competitor" in found)
    if named and "competitor" not in found:  # read by its price: "Their proposal is EUR 4,200"
        found = (*found, "competitor")
    # A written answer asked for alone means writing; asked for beside a call, it does not.
    kinds = {ask.kind for ask in asks}
    no_call = refuses_calls(text, language) or ("written" in kinds and "meeting" not in kinds)
    return Reading(
        asks=asks,
        situations=found,
        lead=lead,
        competitor_named=named,
        competitor=name,
        no_call=no_call,
        complaints=_subject_complaint(email.subject, language)
        + complaint_sentences(text, language),
    )


#: Below this inbound heat (0..1, :func:`assistant.checks.tone.assess_inbound`) an email with
#: no complaint, ask or question is a calm one ("Thanks, that works for me").
CALM_HEAT = 0.1


def is_calm(email: Email, language: str, *, today: date, reading: Reading | None = None) -> bool:
    """Return True when ``email`` thanks us and holds no complaint, ask, situation or
    question, and its heat is below :data:`CALM_HEAT` ("Thanks, that works for me. See you
    on Thursday."): a reply only thanks the sender, and the playbook's length and question
    checks do not apply. ``language`` is ISO 639-1 (the email's; "und" reads every
    language's thanks); ``reading`` its :func:`read_email` in that language when the caller
    has it already. Without a word of thanks an email is never calm ("The posts were full of
    typos.": a complaint the cues may miss). Deterministic."""
    from assistant import lang
    from assistant.checks import tone
    from assistant.checks.asks import extract_asks

    known = lang.find(language)
    thanks = "|".join(known.thanks) if known is not None and known.thanks else ""
    thanks = thanks or lang.alternation("thanks")
    if not re.search(rf"(?i)(?<!\w)(?:{thanks})", email.new_text):
        return False
    reading = reading or read_email(email, language, today=today)
    if reading.complaints or reading.asks or reading.situations:
        return False
    sent = email.date.date() if email.date is not None else today
    questions = [s for s in split_sentences(email.new_text) if s.rstrip().endswith("?")]
    if any(not extract_asks([q], language, sent=sent) for q in questions):
        return False
    return tone.assess_inbound(email.subject, email.new_text, language).score < CALM_HEAT


def reply_by(ask: Ask, today: date) -> date:
    """Return the day the client hears back on ``ask``: within
    :data:`ANSWER_WITHIN_WORKING_DAYS` working days of ``today``, or by the ask's own date
    when that is sooner (for a meeting, the working day before it, never a weekend); never
    before the next working day, unless the client's own date comes sooner ("today", "avant
    demain midi", a call "TODAY, before 1pm" on a Saturday): then today, never a day after
    it."""
    soon = add_working_days(today, ANSWER_WITHIN_WORKING_DAYS)
    floor = add_working_days(today, 1)
    if ask.due is None or ask.due < today:
        return soon
    if ask.due == today or (ask.kind != "meeting" and ask.due < floor):
        return today
    target = ask.due - timedelta(days=1) if ask.kind == "meeting" else ask.due
    while ask.kind == "meeting" and target.weekday() >= 5:
        target -= timedelta(days=1)  # a Monday meeting is confirmed on the Friday before
    return max(floor, min(soon, target))


def ask_lines(
    asks: tuple[Ask, ...],
    language: str,
    *,
    today: date,
    informal: bool | None = None,
    clock: time | None = None,
) -> list[AskLine]:
    """Return ``asks`` as :class:`AskLine` values for a reply in ``language``.

    ``informal`` is the client's register when the reply is in the email's own language: then
    an ask is ``named`` in our voice (:func:`named_ask`); None names none (a reply in another
    language cannot repeat the client's words). ``clock`` is the time of drafting on the
    client's clock (the offset of their Date header): an ask due today at a time already
    past keeps no time ("I will call you today", not "by 1pm" at 4pm)."""
    lines: list[AskLine] = []
    for ask in asks:
        named = "" if informal is None else named_ask(ask, language, informal=informal)
        if not named and any(
            line.kind == ask.kind
            and not line.named
            and (ask.kind != "document" or line.what.lower() == ask.what.lower())
            for line in lines
        ):
            continue  # a second "You asked for a written answer" says nothing new
        kept = bool(named) and ask.due_exact and ask.due_text in named  # the thing's own date
        party = "" if informal is None else meeting_party(ask, language, informal=informal)
        if named and all(part in ask.phrase for part in (ask.party, ask.place) if part):
            party = ""  # "a meeting with your MD at our office in Lyon" names both already
        # "a corrected invoice without the EUR 130 line": money, not a document to send
        corrects = ask.kind == "document" and _corrects_billing(_thing_clause(ask), language)
        lines.append(
            AskLine(
                kind="refund" if corrects else ask.kind,
                due=format_weekday(ask.due, language) if ask.due and not kept else "",
                time="" if ask.due == today and _past(ask.time, clock) else ask.time,
                money=" / ".join(ask.money),
                senior=ask.senior,
                reply_by=format_weekday(reply_by(ask, today), language),
                what=ask.what,
                exact=ask.due_exact,
                in_person=ask.in_person,
                today=ask.due == today,
                named="" if ask.kind == "meeting" and party else named,
                phrase=ask.phrase,
                party=party,
                billed=corrects,
                role="" if informal is None else named_role(ask, language),
            )
        )
    return lines


def _thing_clause(ask: Ask) -> str:
    """Return the words of ``ask``'s sentence from the thing asked for to the end of its
    clause ("the invoice without that line"), or its ``what`` and ``phrase`` when the
    sentence does not hold the phrase."""
    at = ask.sentence.find(ask.phrase) if ask.phrase else -1
    if at < 0:
        return f"{ask.what} {ask.phrase}"
    end = re.search(r"[,;.!?]", ask.sentence[at + len(ask.phrase) :])
    return ask.sentence[at : at + len(ask.phrase) + (end.start() if end else len(ask.sentence))]


def _corrects_billing(text: str, language: str) -> bool:
    """Tell whether ``text`` (a document asked for, :func:`_thing_clause`) is one that
    corrects what they were billed (the language's ``billing_corrections``, in its first
    three words: "a corrected invoice", not "a copy of the credit notes" or "the report on
    invoices without payment"): promising to send it would promise the money (PLAYBOOK.md:
    no money promised before it is decided)."""
    found = lang.word_pattern(language, "billing_corrections").search(text)
    return found is not None and len(text[: found.start()].split()) < 3


def _past(said: str, clock: time | None) -> bool:
    """Tell whether the clock time ``said`` ("1pm", "13:00", "15h", "9.15") is before
    ``clock``; False when either is unknown."""
    found = re.search(r"(\d{1,2})(?:[:.h](\d{2}))?\s*([ap])?\.?m?\b", said.lower())
    if clock is None or found is None:
        return False
    hour, minute = int(found.group(1)), int(found.group(2) or 0)
    if found.group(3) == "p" and hour < 12:
        hour += 12
    if hour > 23 or minute > 59:
        return False
    return time(hour, minute) <= clock


def meeting_party(ask: Ask, language: str, *, informal: bool) -> str:
    """Return who ``ask`` (a meeting) wants at it and where, in our voice and the client's
    register, for a reply in ``language``: its :attr:`~assistant.checks.asks.Ask.party` and
    :attr:`~assistant.checks.asks.Ask.place` restated ("with Paola", "mit jemandem aus Ihrer
    Geschäftsführung bei uns im Haus" -> "mit jemandem aus unserer Geschäftsführung bei Ihnen
    im Haus": :func:`assistant.drafting.voice.restate`); "" for another kind, for none, or
    when it cannot be said in our voice."""
    if ask.kind != "meeting":
        return ""
    parts = [part for part in (ask.party, ask.place) if part]
    said = [restate(part, language, informal=informal).strip(" .") for part in parts]
    pairs = zip(said, parts, strict=True)
    if any(not ours or len(ours.split()) < 0.8 * len(part.split()) for ours, part in pairs):
        return ""
    return " ".join(said)


#: The kinds whose answer may name the thing asked for; the others have words of their own.
NAMED_KINDS = frozenset({"written", "document", "decision"})
#: A list item longer than this (words) is not repeated in the answer.
NAMED_MAX_WORDS = 16
#: A list item cut to its first phrase may run to this many words ("a straight answer on
#: whether quarterly strategy sessions can be part of what we get from you in 2027").
NAMED_MAX_PHRASE_WORDS = 20


def named_item(ask: Ask, language: str, *, informal: bool) -> str:
    """Return the list item ``ask`` was read from (its first sentence) as a noun phrase in our
    voice, without its date: "confirmation whether you can hold 2026 prices" -> "confirmation
    whether we can hold 2026 prices" (:func:`assistant.drafting.voice.restate`). "" when the
    ask is no list item (:attr:`Ask.listed`), is not of :data:`NAMED_KINDS`, does not start as a
    noun phrase does (the language's ``noun_openers``: "a", "the", "eine", "votre"), names no
    one in particular ("why nobody on your team warned us": :func:`_indefinite`), runs over
    :data:`NAMED_MAX_WORDS` words and, up to its first comma, over
    :data:`NAMED_MAX_PHRASE_WORDS`, or cannot be said in our voice. A
    date after a deadline word goes ("by 1 December"); another stays, as part of the thing ("a
    postponement to 1 July")."""
    known = lang.find(language)
    if not ask.listed or ask.kind not in NAMED_KINDS or known is None or not known.noun_openers:
        return ""
    # A date after a deadline word ("by 1 December") is when it is due and goes; another
    # ("a postponement to 1 July") is part of the thing asked for and stays.
    cut = "" if ask.due_exact else ask.due_text
    opening = next(iter(split_paragraph(ask.sentence.strip())), "")  # what the item asks for
    item = without_date(opening, cut, language)
    if not starts_as_noun_phrase(item, language):
        return ""
    if len(item.split()) > NAMED_MAX_WORDS:  # its first phrase names it ("le détail des ...,")
        item = without_deadline(re.split(r"\s*[,;:(]\s*", item, maxsplit=1)[0], language)
    if len(item.split()) > NAMED_MAX_PHRASE_WORDS or len(item.split()) < 2 or item.endswith("?"):
        return ""
    if _indefinite(item, language):
        return ""  # "why nobody on your team bothered to warn us": blame, not a thing to send
    ours = restate(item, language, informal=informal).rstrip(" .")
    if len(ours.split()) < 0.8 * len(item.split()):
        return ""  # a clause could not be said in our voice and went: the rest misleads
    first = ours.split()[0]
    return ours if first in _capital_words(language) else ours[:1].lower() + ours[1:]


def named_ask(ask: Ask, language: str, *, informal: bool) -> str:
    """Return what ``ask`` asks for in the client's words and our voice, for a reply in
    ``language`` (the email's) and the client's register: the list item it was read from
    (:func:`named_item`), else its :attr:`~assistant.checks.asks.Ask.phrase` restated ("my
    October invoice" -> "your October invoice", "votre directeur" -> "notre directeur":
    :func:`assistant.drafting.voice.restate`). "" when there is neither, when the phrase
    runs over :data:`NAMED_MAX_WORDS` words, says no more than the kind's cue word with its
    determiner and money (:func:`assistant.checks.phrases.adds_to`: the reply's own words
    say "the report" or "a refund (600 EUR)" as well) or cannot be said in our voice, and
    for a meeting whose phrase says no more than its noun ("a call": the reply's own words
    say it) or leaves out the senior person the sentence asks for; in a language that
    capitalises its nouns, for a phrase that does not end in one ("einem Kaffee besprechen")."""
    listed = named_item(ask, language, informal=informal)
    if listed or not ask.phrase:
        return listed
    words = ask.phrase.split()
    if lang.get(language).nouns_capitalised and not words[-1][:1].isupper():
        return ""  # "einem Kaffee besprechen": a verb ends it, no noun phrase
    bare = without_kind(ask.phrase, ask.kind, language)
    if len(words) > NAMED_MAX_WORDS or not adds_to(bare, ask.what, language, money=ask.money):
        return ""  # "the report", "a refund (600 EUR)": the reply's own words say as much
    if ask.kind == "meeting" and (
        len(words) < 3 or (ask.senior and not names_kind(ask.phrase, "person", language))
    ):
        return ""
    ours = restate(ask.phrase, language, informal=informal).rstrip(" .")
    if not ours or len(ours.split()) < 0.8 * len(words):
        return ""
    first = ours.split()[0]
    return ours if first in _capital_words(language) else ours[:1].lower() + ours[1:]


@cache
def _capital_words(language: str) -> frozenset[str]:
    """Return the words the language's restatement writes with a capital wherever they stand
    (German "Ihre", "Ihnen"): a named item keeps its capital only then, since it starts with
    an article or pronoun, not a noun."""
    known = lang.get(language)
    values = (*known.restate_swaps.values(), *known.restate_swaps_informal.values())
    forms = (form for value in values for form in re.split(r"[|/]", value) if form.strip())
    words = (form.split()[0] for form in forms)
    return frozenset(word for word in words if word[:1].isupper())


def _subject_complaint(subject: str, language: str) -> tuple[str, ...]:
    """Return the subject as a complaint sentence when it carries one ("Newsletter sent to the
    wrong list"), without its reply prefixes (Re:, AW:, ODP:...); else ()."""
    from assistant.drafting.concerns import score_sentence

    bare = without_reply_prefixes(subject).strip()
    return (bare,) if bare and score_sentence(bare, language) >= 2 else ()


#: At most this many questions are named in a reply; with more, it says when they are answered.
NAMED_QUESTIONS = 2
#: A question longer than this (words) is not named.
QUESTION_MAX_WORDS = 20


def named_questions(questions: list[str], language: str, *, informal: bool) -> tuple[str, ...]:
    """Return the client's ``questions`` (sentences ending in "?", asks and rhetorical ones
    already left out) in our voice, for a reply in their ``language`` and register, so that
    the reply names what it will answer ("Who will be your contact from January?", "O widget
    de reservas voltou a contar mal?") rather than "questions that deserve a proper answer".

    Each is condensed (:func:`assistant.drafting.concerns.condense`: no heat, no shouting);
    it must name a thing of the client's work (a report, the dashboard, a tag:
    :func:`names_a_thing`) or a figure, need no pronoun turned to be said by us
    (:func:`assistant.drafting.voice.restate` leaves it as it is: "What am I paying you
    for?" never is), name no one in particular ("Did anyone even read it?") and run to at
    most :data:`QUESTION_MAX_WORDS` words. All or nothing: () when there are more than
    :data:`NAMED_QUESTIONS` questions or one cannot be named so. PLAYBOOK.md, "What a good
    client reply looks like" (answer what they asked)."""
    if not questions or len(questions) > NAMED_QUESTIONS:
        return ()
    named = []
    for question in questions:
        condensed = condense(question, language)
        if (
            not condensed.rstrip().endswith("?")
            or len(condensed.split()) > QUESTION_MAX_WORDS
            or not (names_a_thing(condensed, language) or re.search(r"\d", condensed))
        ):
            return ()
        # Only a question that needs no pronoun turned ("Why do I have to chase you?" would
        # come out as blame in our mouth) and asks after no one ("Did anyone even look?").
        if restate(condensed, language, informal=informal) != condensed or _indefinite(
            condensed, language
        ):
            return ()
        named.append(condensed[:1].upper() + condensed[1:])
    return tuple(named)


def _indefinite(text: str, language: str) -> bool:
    """Tell whether ``text`` names no one in particular (the language's ``indefinite_people``:
    "anyone", "nobody", "irgendjemand", "qualcuno")."""
    return bool(lang.word_pattern(language, "indefinite_people").search(text))
