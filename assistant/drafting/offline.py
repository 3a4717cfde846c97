"""The offline drafter: a deterministic reply from the playbook templates when no LLM is reachable.

It is a real drafter (DESIGN.md "No LLM reachable is not an error"): it greets the sender by
name in their language and form of address, quotes their concerns back (playbook step 1),
lists the review period's work items itself, with dates in the reply's language (step 2; it
cannot cite an item that does not exist) and gives the account's facts (step 3). Steps 4 and
5 go into the internal notes only: the manager note's prose comes from
``offline/manager_note.<lang>.j2``; its figures are added by ``facts.ground_completion``.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime
from types import MappingProxyType
from typing import Any

from assistant import lang
from assistant.accounts.book import salutation_in
from assistant.config import Settings
from assistant.drafting.completion import Completion
from assistant.drafting.concerns import extract_concerns, rank_concerns
from assistant.drafting.prompts import environment, render_template, template_context
from assistant.drafting.record import shared, stems
from assistant.lang.detect import UNDETERMINED
from assistant.lang.formality import detect_formality
from assistant.mail.message import Email
from assistant.mail.sender import (
    academic_titles,
    formal_surname,
    greeting_name,
    is_role_name,
    is_system_sender,
    name_parts,
    self_address,
)

_LANGUAGE_CODE = re.compile(r"^[a-z]{2,3}$")

#: How many work items the reply lists at most (the most relevant); the notes list them all.
MAX_LISTED_ITEMS = 5
#: The reply is shortened (fewer facts, items, concerns) to stay within this many words.
MAX_REPLY_WORDS = 250


@dataclass(frozen=True)
class ListedItem:
    """A work item as the offline reply lists it: ``day`` is the date in the reply's language."""

    key: str
    day: str
    description: str


def compose(
    email: Email,
    *,
    settings: Settings,
    now: datetime,
    context: Mapping[str, Any] | None = None,
) -> Completion:
    """Draft a reply to ``email`` from ``offline/reply.<language>.j2``, without a model.

    The template is chosen by ``email.language`` (ISO 639-1). A language with no offline
    template (bundled: en, de, fr, es, it, nl, pt) is answered in English, and the
    Completion says so in ``warnings`` and names "en" as its ``language``: the offline
    drafter never wraps an English frame around another language's sentences. Variables are
    those of ``prompts.template_context`` (pass ``AccountFacts.template_context()`` as
    ``context``, with ``user_name``, the display name of the reply's From) plus:

    - ``concerns``: up to three of the client's complaint sentences, one per topic, chosen
      with the Subject line (:func:`~assistant.drafting.concerns.rank_concerns`), condensed
      and in our voice, never as quoted (:func:`~assistant.drafting.concerns.condense`,
      :func:`~assistant.drafting.voice.in_our_voice`): the central one first, the others
      in text order;
    - ``asks``: :class:`~assistant.drafting.answers.AskLine` values, one per ask (its date,
      money and the day they hear back); ``no_call``: the client refuses calls or asked for
      writing; ``lead``: the situation the thanks and question fit (leave, refund, price,
      competitor, ranking, deadline or general); ``competitor_named``; ``competitor``, the
      rival's name as the client wrote it when it is sure ("Fieldstone Digital"; "" else);
      ``situation``: the :class:`~assistant.drafting.situation.Situation` the thanks and
      the step-1 question fit (its ``kind``: notice, outage, offer, partly_wrong, leave,
      price, ranking, billing, competitor, deadline, general; ``disputed``, ``heated``,
      ``variant``), ``situation_until``: the date a notice takes effect, in the reply's
      language ("" for none); ``announced``: what the client says they will do and when (end
      the contract, a tender, held payment, a decision: ``kind`` and ``day``, "" for none),
      noted in one sentence;
    - ``record_items``: up to :data:`MAX_LISTED_ITEMS` work items the complaint is not
      about (:func:`~assistant.drafting.record.choose_items`), those sharing the most word
      stems with the concerns first, then the most recent, listed in date order, as
      :class:`ListedItem` with dates in the reply's language; ``record_more``: how many
      usable items the reply leaves out;
    - ``questions``: how many questions the client asked that are not asks (they are not
      restated; the reply says by when they are answered, ``questions_by``: by the day the
      asks are answered, two working days at most, the next one when something must be fixed);
    - ``facts``: the book's step-3 facts that share a topic with the email (none recited
      for their own sake);
    - ``greet_name``, ``salutation_greeting``, ``system_sender``, ``sign_name`` as before;
      ``short``: True once the reply is being shortened (boilerplate goes first).

    To stay within :data:`MAX_REPLY_WORDS`, boilerplate goes first, then step 3's facts, the
    work items, and the concerns only after that. The manager note's prose comes from
    ``offline/manager_note.<notes language>.j2``. Same input, same output. Returns a
    Completion with ``backend="offline"``, no model, and all five step notes filled. Raises
    TemplateError (file and line) for a broken user override, and for a reply template
    that renders only whitespace (an empty reply would be stored and sent).
    """
    from assistant.checks.asks import extract_asks
    from assistant.checks.grounding import format_day
    from assistant.drafting.answers import (
        ANSWER_WITHIN_WORKING_DAYS,
        ask_lines,
        is_calm,
        named_questions,
        read_email,
        reply_by,
    )
    from assistant.drafting.concerns import condense, split_sentences, still_missing
    from assistant.drafting.record import choose_items, relevant_facts
    from assistant.drafting.situation import read_situation
    from assistant.drafting.voice import in_our_voice, without_vocative
    from assistant.lang.dates import add_working_days, format_weekday

    env = environment(settings)
    asked = str(email.language or "und")
    language = asked if _has_template(env, "reply", asked) else lang.FALLBACK
    warnings: tuple[str, ...] = ()
    if language != asked and asked in (UNDETERMINED, ""):
        warnings = (
            "the language of the email's new text could not be told (too short, or not clearly "
            "one language), so this draft is in English: check that English is right",
        )
    elif language != asked:
        known = lang.find(asked)
        name = known.name if known is not None else f"'{asked}'"
        warnings = (
            f"the offline drafter cannot write {name}, so this draft is in English: configure a "
            "model ([llm] model and base_url, or OPENAI_API_KEY) to answer in the client's "
            f"language, or add prompts/offline/reply.{asked}.j2",
        )
    variables = template_context(email, settings=settings, now=now, context=context)
    given = set(variables)
    variables["language"] = language
    today = now.date()
    reading = variables.get("reading") or read_email(email, asked, today=today)
    if "concerns" in given:
        ranked = tuple(variables["concerns"])
        in_order = ranked
    else:
        register = str(variables["formality"]) if language == asked else ""
        subject = email.subject or ""
        ranked = rank_concerns(email.new_text, asked, register=register, subject=subject)
        in_order = extract_concerns(email.new_text, asked, register=register, subject=subject)
    if language == asked and "concerns" not in given:
        casual = variables["formality"] == "informal"
        us = name_parts(str(variables.get("user_name") or ""))[1]  # "Sam" from "Sam Carter"
        ours = {
            c: in_our_voice(
                condense(without_vocative(c, us), asked) or c,
                asked,
                informal=casual,
                text=email.new_text,
            )
            for c in in_order
        }
        ranked = tuple(ours[c] for c in ranked if ours.get(c))
        in_order = tuple(ours[c] for c in in_order if ours[c])
    elif language != asked:
        ranked, in_order = (), ()
    if language == asked and "concerns" not in given:
        ranked, in_order = _with_offer(email.new_text, asked, reading, ranked, in_order)
    # A question is answered, not restated: the reply says when the answers come.
    questions = [
        s
        for s in split_sentences(email.new_text)
        if s.rstrip().endswith("?") and not still_missing(s, asked)
    ]
    # A point that holds a question ("Que haceis exactamente?? porque ...") is answered too.
    if any("?" not in c for c in in_order):
        ranked = tuple(c for c in ranked if "?" not in c)
        in_order = tuple(c for c in in_order if "?" not in c)
    all_items = list(variables["work_items"])
    choice = choose_items(all_items, reading.complaints, asked)
    items = list(choice.usable)
    book_facts = [str(fact) for fact in variables["facts"]]
    facts = relevant_facts(book_facts, email, variables.get("tier"))
    if "record_items" not in given:
        in_log = [*choice.usable, *choice.repeated]
        items, facts, left_out = _in_reply_language(items, facts, language)
        warnings += left_out
        variables.setdefault("record_elsewhere", _record_elsewhere(in_log, items, language))
        if variables["record_elsewhere"]:
            warnings += ("the reply promises the full list of the work done: send it",)
    by_relevance = _rank_items(items, ranked)
    informal = variables["formality"] == "informal"
    system = is_system_sender(email)
    greet = (
        "" if system else greeting_name(str(variables["sender_name"]), language, informal=informal)
    )
    variables.setdefault("system_sender", system)
    variables.setdefault("greet_name", greet)
    variables.setdefault("greet_titled", bool(name_parts(str(variables["sender_name"]))[0]))
    if "salutation_greeting" not in given:
        contact = variables.get("contact") or {}
        variables["salutation_greeting"] = salutation_greeting(
            email, str(_get(contact, "name") or ""), str(_get(contact, "salutation") or "")
        )
    variables.setdefault("sign_name", _sign_name(variables.get("user_name"), informal=informal))
    named_in = informal if language == asked else None  # the client's words, in their language
    # The client's clock: their Date header's offset ("before 1pm" is their 1pm).
    theirs = now.astimezone(email.date.tzinfo) if email.date is not None else now
    variables.setdefault(
        "asks",
        ask_lines(reading.asks, language, today=today, informal=named_in, clock=theirs.time()),
    )
    variables.setdefault("no_call", reading.no_call)
    variables.setdefault("lead", reading.lead)
    variables.setdefault("competitor_named", reading.competitor_named)
    variables.setdefault("competitor", reading.competitor)
    # The thanks and the step-1 question fit the situation: a notice, an outage, a named
    # offer, a client who owns part of it, a price rise, a ranking, a billing dispute ...
    situation = read_situation(email, reading, asked, today=today, facts=book_facts)
    variables.setdefault("situation", situation)
    until = situation.until
    variables.setdefault("situation_until", format_day(until, language) if until else "")
    said_steps = _announced_steps(email, reading, asked, today=today)  # read once, written twice
    variables.setdefault(
        "announced", _announced(said_steps, written_in=language) if language == asked else ()
    )
    next_day = add_working_days(today, 1)
    fixes = [ask for ask in reading.asks if ask.kind == "fix"]
    asked_questions = [
        q
        for q in questions
        if not extract_asks([q], asked, sent=today) and not _rhetorical(q, asked)
    ]
    variables.setdefault("questions", len(asked_questions) if language == asked else 0)
    variables.setdefault(  # named in our voice when each can be: "You also asked: ...?"
        "question_texts",
        named_questions(asked_questions, asked, informal=informal) if language == asked else (),
    )
    # An undetermined language ("Thanks, works for us.": too short to tell) is read as English.
    calm_in = asked if language == asked else (language if asked == UNDETERMINED else "")
    if "no_complaint" not in given:
        same = reading if calm_in == asked else None
        calm = bool(calm_in) and is_calm(email, calm_in, today=today, reading=same)
        variables["no_complaint"] = calm
    if variables["no_complaint"]:
        ranked, in_order = (), ()  # "See you on Thursday." is no concern to restate
        warnings += (
            "the email holds no complaint, request or question, so the draft only thanks the "
            "sender: check that it needs an answer at all",
        )
    # Questions are answered no later than the asks, and by the next working day when
    # something is broken ("who is looking at it today?" is not answered after the fix is due).
    soon = next_day if fixes else add_working_days(today, ANSWER_WITHIN_WORKING_DAYS)
    answered = min([soon, *(reply_by(a, today) for a in reading.asks)])
    variables.setdefault("questions_by", format_weekday(answered, language))
    names = _names("reply", language)
    text = ""
    shown: list[Any] = []
    steps = _shortenings(len(ranked), len(items), len(facts))
    for n_concerns, n_items, n_facts, short in [(*steps[0], False)] + [(*s, True) for s in steps]:
        chosen = set(ranked[:n_concerns])
        # The central concern first, the others in the order the email raises them.
        variables["concerns"] = [*ranked[:1], *(c for c in in_order if c in chosen - {ranked[0]})]
        picked = {id(item) for item in by_relevance[:n_items]}
        shown = [item for item in items if id(item) in picked]
        variables["facts"] = facts[:n_facts]
        variables["short"] = short
        if "record_items" not in given:
            variables["record_items"] = [_listed(item, language) for item in shown]
        if "record_more" not in given:
            variables["record_more"] = len(items) - len(shown)
        text = _tidy(render_template(env, names, variables, nonempty="reply"))
        if len(text.split()) <= MAX_REPLY_WORDS:
            break
    notes_in = notes_language_of(settings, asked)
    manager_vars = {
        **variables,
        "concerns": [*ranked[:1], *(c for c in in_order if c not in ranked[:1])],
        "facts": facts,
        "asks": ask_lines(reading.asks, notes_in, today=today),
        "situations": reading.situations,
        "client_asks": reading.asks,
        "announced": _announced(said_steps, written_in=notes_in),
    }
    manager = _tidy(render_template(env, _names("manager_note", notes_in), manager_vars))
    notes = _notes(variables, all_items, shown, facts[len(variables["facts"]) :], manager)
    if choice.complained:
        notes["record"] += "\nNot listed, because the email complains about them: " + "; ".join(
            str(_get(item, "description")) for item in choice.complained
        )
    return Completion(
        text=text,
        backend="offline",
        notes=MappingProxyType(notes),
        model=None,
        language=language,
        warnings=warnings,
    )


def _announced_steps(email: Email, reading: Any, language: str, *, today: date) -> tuple[Any, ...]:
    """Return the steps the client announces in ``language``, the email's
    (:func:`assistant.checks.announced.announced_steps`; its asks are no steps)."""
    from assistant.checks.announced import announced_steps
    from assistant.drafting.concerns import split_sentences

    sent = email.date.date() if email.date is not None else today
    return announced_steps(
        split_sentences(email.new_text),
        language,
        sent=sent,
        asked=[ask.sentence for ask in reading.asks],
    )


def _announced(steps: Sequence[Any], *, written_in: str) -> tuple[Any, ...]:
    """Return ``steps`` (:func:`_announced_steps`) as a template names them: ``kind`` and
    ``day`` in ``written_in`` ("31 January 2027" for the end of the contract, "Monday 14
    December" for a decision; "" without one)."""
    from assistant.checks.grounding import format_day
    from assistant.lang.dates import format_weekday

    return tuple(
        MappingProxyType(
            {
                "kind": step.kind,
                "day": ""
                if step.day is None
                else (format_weekday if step.kind == "decision" else format_day)(
                    step.day, written_in
                ),
            }
        )
        for step in steps
    )


def _with_offer(
    text: str, language: str, reading: Any, ranked: tuple[str, ...], in_order: tuple[str, ...]
) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """Return the concerns (best first, and in text order) with a named rival's offer first,
    in our words (the language's ``offer_point``: "Brightwake Social has made you an offer at
    EUR 2,450 a month."), when the email names the firm and its price
    (:func:`assistant.checks.situations.offer_amount`); a restated sentence that names the
    firm, that price or an offer (the language's ``offer_nouns``) goes, the offer being said
    once."""
    from assistant.checks.situations import offer_amount

    point = lang.get(language).offer_point
    firm = reading.competitor if reading.competitor_named else ""
    amount = offer_amount(text, language, firm) if point and firm else ""
    if not amount:
        return ranked, in_order
    said = point.format(firm=firm, amount=amount)
    figure = re.sub(r"\D", "", amount)
    offers = lang.word_pattern(language, "offer_nouns", fallback=False)

    def other(concern: str) -> bool:
        # "they sent a proper proposal, not a deck ...": about the offer too
        return (
            firm not in concern
            and figure not in re.sub(r"\D", "", concern)
            and not offers.search(concern)
        )

    return (
        (said, *(c for c in ranked if other(c))),
        (said, *(c for c in in_order if other(c))),
    )


def notes_language_of(settings: Settings, email_language: str) -> str:
    """Return the language of the internal notes: ``[identity] language``, else the email's,
    when draft-reply has notes in it (en, de), else English."""
    from assistant.accounts.figures import notes_language

    return notes_language(settings.notes_language or email_language)


def _has_template(env: Any, stem: str, language: str) -> bool:
    """Return True when ``offline/<stem>.<language>.j2`` is in a template folder."""
    import jinja2

    if not _LANGUAGE_CODE.match(language):
        return False
    try:
        env.get_template(f"offline/{stem}.{language}.j2")
    except jinja2.TemplateNotFound:
        return False
    except jinja2.TemplateError:
        return True  # it exists; rendering will report what is wrong with it
    return True


def salutation_greeting(email: Email, contact_name: str, salutation: str) -> str:
    """Return the formal greeting for a sender whose salutation is known; "" to greet as usual.

    ``contact_name`` and ``salutation`` come from the client book's contact for the sender
    (:class:`assistant.accounts.book.Contact`, matched by From or Reply-To address, so a person
    writing through a helpdesk is greeted too; an empty name falls back to the From display
    name unless that is a machine or role, :func:`is_system_sender`). Without a salutation
    from the book, the one the email itself gives is used
    (:func:`assistant.mail.sender.self_address`: "Mme Claire Dupont" in the signature, "je
    suis déçue", "estoy harta", "sono stanca", "Obrigada"), with the academic titles of the
    signature line that gives it ("Frau Dr. Anna Huber"); the book's always wins.

    Formal only (Sie, vous, usted, Lei, u), in the language's form (``salutations``,
    ``formal_openers``, ``title_replaces_form``, ``salutation_titles``,
    ``salutation_drops_titles``, ``surname_particle_capitalised`` of :mod:`assistant.lang`):
    German "Sehr geehrte Frau Huber", "Sehr geehrter Herr Dr. Brandt" (titles from the name
    stay, the first name goes, as German business letters write it); French "Bonjour Madame
    Dupont" (no title); Spanish "Estimada Sra. García", "Estimada Dra. García" (a title
    replaces Sra./Sr.); Italian "Gentile signora Rossi", "Gentile dottoressa Rossi", "Gentile
    Avv. Ferri"; Dutch "Geachte mevrouw De Vries" (no title, the particle capitalised);
    Portuguese "Prezada Sra. Matos", "Prezada Eng.ª Lopes". English only when the sender
    addresses us by surname ("Dear Mr Weber", "Dear Sir or Madam"): "Dear Ms Huber", "Dear
    Dr. Müller" (a title replaces Ms/Mr); a sender who writes "Dear Sam" is answered "Dear
    Eleanor", because the playbook matches first name or surname. No trailing comma. "" for
    no salutation, an unknown one, an informal email, no name, a language without
    salutations, and "Mx" in German (:func:`assistant.accounts.book.salutation_in`). Source:
    PLAYBOOK.md, "Greets the sender by name, in their language, matching their formality".
    """
    language = (email.language or "").lower()[:2]
    name = contact_name.strip()
    if not name and not is_system_sender(email):
        name = email.sender.display_name if email.sender is not None else ""
    signed: tuple[str, ...] = ()
    if not salutation.strip():
        own = self_address(email, name)
        salutation, signed = own.salutation, own.titles
    form = salutation_in(salutation, language)
    if not form or detect_formality(email.new_text, language) == "informal":
        return ""
    titles = name_parts(name)[0]
    surname = formal_surname(name, language)
    if not surname:
        return ""
    words = lang.get(language)
    opener = words.formal_openers.get(form) or words.formal_openers.get("", "")
    if not opener:
        return ""
    first = next((line for line in email.new_text.splitlines() if line.strip()), "")
    if words.addressed_by_surname and not re.match(words.addressed_by_surname, first, re.I):
        return ""
    titles = academic_titles(titles) or list(signed)  # "Frau" is the form, not a title
    if words.salutation_drops_titles:
        titles = []
    titles = [words.salutation_titles.get(t.casefold(), t) for t in titles]  # "dottoressa"
    if words.surname_particle_capitalised:
        surname = surname[:1].upper() + surname[1:]  # "mevrouw De Vries"
    if words.title_replaces_form:
        return " ".join([opener, *(titles or [form]), surname])
    return " ".join([opener, form, *titles, surname])


def _sign_name(user_name: Any, *, informal: bool) -> str:
    """Return the user's name for the sign-off: first name when informal, else in full; ""
    for a role, team or company name ("Account Team": the To of the email, no identity
    configured), which is never signed with."""
    if is_role_name(str(user_name or "")):
        return ""
    _titles, given, surname = name_parts(str(user_name or ""))
    if informal:
        return given or surname
    return " ".join(part for part in (given, surname) if part)


def _rank_items(items: Sequence[Any], concerns: Sequence[str]) -> list[Any]:
    """Return ``items`` best first for a reply that restates ``concerns`` (best first).

    Round by round, each concern in turn takes the item sharing the most word stems with it
    (ties: the most recent), so that two concerns bring two different items; items that
    share nothing follow, the most recent first.
    """
    item_stems = [stems(str(_get(item, "description"))) for item in items]
    scores = [[shared(each, stems(c)) for each in item_stems] for c in concerns]
    order: list[int] = []
    while True:
        picked = False
        for row in scores:
            free = [(s, index) for index, s in enumerate(row) if s and index not in order]
            if free:
                order.append(max(free)[1])
                picked = True
        if not picked:
            break
    order.extend(index for index in reversed(range(len(items))) if index not in order)
    return [items[index] for index in order]


def _get(item: Any, name: str) -> Any:
    return item.get(name) if isinstance(item, Mapping) else getattr(item, name, "")


def _shortenings(concerns: int, items: int, facts: int) -> list[tuple[int, int, int]]:
    """Return (concerns, items, facts) to show, longest first, for a reply of at most 250 words.

    Step 3's facts go first (down to two), then the listed work items (down to three), the
    facts (all of them: the client's own points matter more than our facts), the restated
    concerns (down to two), the items (down to one), and the concerns last (down to one):
    the reply keeps two of the client's own points and three work items while it can.
    """
    steps = [(concerns, min(items, MAX_LISTED_ITEMS), facts)]

    def add(c: int, i: int, f: int) -> None:
        if (c, i, f) != steps[-1]:
            steps.append((c, i, f))

    c, i, f = steps[0]
    for which, floor in (("f", 2), ("i", 3), ("f", 0), ("c", 2), ("i", 2), ("i", 1), ("c", 1)):
        while (c, i, f)[("c", "i", "f").index(which)] > floor:
            if which == "c":
                c -= 1
            elif which == "i":
                i -= 1
            else:
                f -= 1
            add(c, i, f)
    return steps


def _names(stem: str, language: str) -> list[str]:
    names = [f"offline/{stem}.en.j2"]
    if _LANGUAGE_CODE.match(language) and language != "en":
        names.insert(0, f"offline/{stem}.{language}.j2")
    return names


def _rhetorical(question: str, language: str) -> bool:
    """Tell a question that wants no answer: doubled marks ("¿¿En serio??"), three words or
    fewer ("Seriously?"), heat (an insult, profanity or sarcasm: "wofür zahl ich euch
    eigentlich??", :mod:`assistant.checks.tone`), or a complaint in figures put as a question
    without a question word of the language ("15% more for the same report every two
    months?": a digit, :func:`assistant.drafting.concerns.score_sentence` of 2 or more, no
    ``question_words``; a yes/no question without figures still gets its answer)."""
    from assistant.checks import tone
    from assistant.drafting.concerns import score_sentence

    if re.search(r"[?\uff1f]\s*[?\uff1f!]", question) or len(question.split()) <= 3:
        return True
    words = "|".join(lang.phrase(language, "question_words"))
    asks_what = bool(words) and re.search(rf"(?i)(?<!\w)(?:{words})(?!\w)", question)
    figure = re.search(r"\d", question)  # "15% more ...?"; "Is anyone on it?" wants an answer
    if figure and not asks_what and score_sentence(question, language) >= 2:
        return True
    return any(
        p.kind in ("insult", "profanity", "sarcasm")
        for p in tone.assess(question, language).phrases
    )


def _in_reply_language(
    items: list[Any], facts: list[str], language: str
) -> tuple[list[Any], list[str], tuple[str, ...]]:
    """Return the work items and facts written in the reply's ``language`` (ISO 639-1), and a
    warning naming what was left out because it is in another language (an English work log
    under a French reply): the offline drafter does not translate.

    The record is read as a whole (short lines alone are easily taken for a neighbour:
    Spanish for Portuguese). Only when it reads as English (a confidence of 0.5 or more,
    :func:`assistant.lang.detect.confidence`), the language work logs are most often kept
    in, or as a language that is no neighbour of ``language`` (German under a Portuguese
    reply, :func:`assistant.lang.detect.neighbours`), is each line read on its own, and
    those in ``language`` (0.5 or more: a German line of a mixed log) kept. An English
    reply keeps everything: short English lines ("Newsletter prepared") are the ones a
    letter-trigram model reads worst (as Romanian).
    """
    from assistant.lang.detect import confidence, detect_language, neighbours

    texts = [str(_get(item, "description")) for item in items] + list(facts)
    english = lang.FALLBACK
    if not texts or language == english:
        return items, facts, ()
    record = ". ".join(texts)
    found = detect_language(record)
    foreign = confidence(record, english) >= 0.5 or (
        found not in (UNDETERMINED, english) and not neighbours(found, language)
    )
    if not foreign:
        return items, facts, ()
    kept_items = [i for i in items if confidence(str(_get(i, "description")), language) >= 0.5]
    kept_facts = [f for f in facts if confidence(f, language) >= 0.5]
    dropped = (len(items) - len(kept_items), len(facts) - len(kept_facts))
    if not any(dropped):
        return items, facts, ()
    name = lang.get(language).name
    return (
        kept_items,
        kept_facts,
        (
            f"{dropped[0]} work item(s) and {dropped[1]} fact(s) of the client book are not in "
            f"{name}, so this offline draft leaves them out: add them in {name} to the reply "
            "(the notes list them), or configure a model to write the reply",
        ),
    )


def _record_elsewhere(in_log: Sequence[Any], kept: Sequence[Any], language: str) -> dict[str, Any]:
    """Return what a reply says of a record it cannot list because the work log is in another
    language: {"count": items, "first": day, "last": day} (days in ``language``), or {} when
    some item is listed or fewer than two are left out. The reply then says how much was done
    and that the full list follows (PLAYBOOK.md, step 2), instead of saying nothing of it."""
    from assistant.checks.grounding import format_day

    days = sorted(d for d in (_get(i, "date") for i in in_log) if isinstance(d, date))
    if kept or len(in_log) < 2 or not days:
        return {}
    first, last = format_day(days[0], language), format_day(days[-1], language)
    return {"count": len(in_log), "first": first, "last": last}


def _listed(item: Any, language: str) -> ListedItem:
    """Turn a WorkItem (or a mapping with date and description) into a listed item."""
    from assistant.checks.grounding import format_day

    day = _get(item, "date")
    text = format_day(day, language) if isinstance(day, date) else str(day)
    return ListedItem(str(_get(item, "key") or ""), text, str(_get(item, "description")))


def _notes(
    variables: Mapping[str, Any],
    items: Sequence[Any],
    shown: Sequence[Any],
    unused_facts: Sequence[str],
    manager: str,
) -> dict[str, str]:
    from assistant.checks.grounding import format_items

    concerns = variables["concerns"]
    if concerns:
        understand = "Concerns found in the new text: " + " | ".join(concerns)
    else:
        understand = "No complaint sentence found in the new text; the reply restates nothing."
    listed = len(variables["record_items"])
    if listed and listed < len(items):
        record = (
            f"Listed {listed} of {len(items)} work log entries from the review period, those"
            " closest to the points raised, then the most recent; the others are left out to"
            " keep the reply short: add any that matter to this client."
        )
        if all(hasattr(item, "key") for item in items):
            in_reply = {id(item) for item in shown}
            record += "\n" + "\n".join(
                format_items([item]) + (" (in the reply)" if id(item) in in_reply else "")
                for item in items
            )
    elif listed:
        record = f"Listed {listed} work log entries from the review period."
    elif items:
        record = (
            f"Listed none of the {len(items)} work log entries: they are not in the reply's "
            "language (see the warnings) or the email complains about them; add the ones that "
            "matter, in the reply's language:\n" + format_items(list(items))
        )
    else:
        record = (
            "No work log for this client yet: add the review period's work to the work log "
            "(see `draft-reply clients --help`) so the reply can list it."
        )
    if variables["facts"]:
        n_facts = len(variables["facts"])
        perspective = f"Used {n_facts} account fact{'' if n_facts == 1 else 's'} as given."
        if unused_facts:
            perspective += " Left out to keep the reply short: " + " ".join(unused_facts)
    else:
        perspective = (
            "No account facts (staffing, service tier) available: step 3 is one neutral "
            "commitment sentence."
        )
    if variables["account"]:
        worth = (
            "Figures and recommendation computed from the client book and the work log by the"
            " rule in [accounts.thresholds]; internal, not in the reply."
        )
    else:
        worth = (
            "No account figures are available yet: revenue share, rank and cost to serve need "
            "the client book, so there is no pursue / maintain / re-scope recommendation."
        )
    return {
        "understand": understand,
        "record": record,
        "perspective": perspective,
        "worth_pursuing": worth,
        "manager_note": manager,
    }


def _tidy(text: str) -> str:
    lines = [line.rstrip() for line in text.strip().splitlines()]
    return re.sub(r"\n{3,}", "\n\n", "\n".join(lines))
