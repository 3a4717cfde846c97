"""Languages: one module per language (``lang/<code>.py``), found through this registry.

A language module holds data only: module-level constants whose lower-cased names are the
fields of :class:`Language` (``NAME``, ``MONTHS``, ``QUOTE_SEPARATORS``, ...). A module
fills the fields its language has data for; the rest keep their empty defaults, and the code
that uses a field falls back (to English for what a reply says, to nothing for what is read).
Regex fragments are Python ``re`` syntax, joined with ``|`` by their users. Adding a language
is one module (found by its file name, :data:`CODES`), its offline templates
(``prompts/offline/``) to draft in it, and its tests (ARCHITECTURE.md, "Where to add").
Modules are imported on first use, so importing this package costs no language's data.
Codes are ISO 639-1.
"""

from __future__ import annotations

import importlib
import pkgutil
import re
from collections.abc import Mapping
from dataclasses import dataclass, field, fields
from datetime import date
from functools import cache
from types import MappingProxyType
from typing import Any

#: The languages draft-reply identifies and reads (ISO 639-1): one ``lang/<code>.py`` each,
#: found by their two-letter file names (English first, then alphabetical), so adding a
#: language is adding its module.
CODES = tuple(
    sorted(
        (name for _, name, _ in pkgutil.iter_modules(__path__) if len(name) == 2),
        key=lambda code: (code != "en", code),
    )
)
#: The language a reply falls back to when the email's has no data for what is asked.
FALLBACK = "en"

_EMPTY: Mapping[str, Any] = MappingProxyType({})


@dataclass(frozen=True)
class Language:
    """Everything draft-reply knows of one language: the fields, grouped by the code that
    reads them (see the module docstring). Empty means "no data": the reader falls back.
    """

    code: str  # ISO 639-1
    name: str  # in English: "German"

    # Reading mail (mail/_quotes.py): an "Original Message" separator, "Begin forwarded message",
    # "wrote", an attribution's first word ("On"), an Outlook header block's "From:" and "Sent:",
    # "To:" ..., "Sent from my", disclaimer cues (lower case), whether mail-parser-reply has tables
    # for it; a helpdesk's "reply above this line" and "previous replies", and its "write
    # below this line" under a notification the reply may follow (lower case).
    quote_separators: tuple[str, ...] = ()
    forward_intros: tuple[str, ...] = ()
    attribution_verbs: tuple[str, ...] = ()
    attribution_starts: tuple[str, ...] = ()
    header_from: tuple[str, ...] = ()
    header_fields: tuple[str, ...] = ()
    mobile_signatures: tuple[str, ...] = ()
    disclaimer_cues: tuple[str, ...] = ()
    quote_library: bool = False
    reply_above: tuple[str, ...] = ()
    reply_below: tuple[str, ...] = ()
    list_footers: tuple[str, ...] = ()
    # A mail gateway's warning above the text (mail/_banner.py): "CAUTION: This email
    # originated from outside of the organization", "[EXTERNAL]" (lower case, at its start).
    external_banners: tuple[str, ...] = ()

    # Reading the sender's text (drafting/concerns.py): concern cues (kind -> alternation), "Dear",
    # "Best regards", a web form's "Name:", "please", "and".
    concern_cues: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    salutation_openers: tuple[str, ...] = ()
    sign_offs: tuple[str, ...] = ()
    form_labels: tuple[str, ...] = ()
    requests: tuple[str, ...] = ()
    conjunctions: tuple[str, ...] = ()

    # Checking a reply (checks/review.py): "Here is a draft", excuse phrases (lower case);
    # (checks/references.py) words that promise money or a deadline (lower case, stems).
    preambles: tuple[str, ...] = ()
    excuses: tuple[str, ...] = ()
    promises: tuple[str, ...] = ()
    # (draft-reply check) phrases that talk down to a client (lower case).
    condescension: tuple[str, ...] = ()
    # (drafting/facts.py) the internal figures in words: numbers 0-20 as words (cardinal and
    # ordinal stems), "and a half", what ranks (rank, place...), "of", "percent", the
    # 80/20 rule's words ("top clients").
    spelled_numbers: tuple[tuple[str, ...], ...] = ()
    half_words: tuple[str, ...] = ()
    rank_words: tuple[str, ...] = ()
    of_words: tuple[str, ...] = ()
    share_words: tuple[str, ...] = ()
    top_client_words: tuple[str, ...] = ()

    # Writing a reply: twelve month names, "{day} {month} {year}", an internal note's numeric date,
    # the attribution line above the quoted original ("{who}", "{day}", "{month}", "{year}",
    # "{time}", "{weekday_short}", "{month_short}"), a client book's salutation (lower case) -> this
    # language's form, keeping the book's "Mr.".
    months: tuple[str, ...] = ()
    date_format: str = "{day} {month} {year}"
    numeric_date_format: str = ""
    attribution: str = ""
    attribution_undated: str = ""
    weekdays_short: tuple[str, ...] = ()
    months_short: tuple[str, ...] = ()
    salutations: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    salutation_dot: bool = False

    # What a client asks for (checks/asks.py): kind -> alternation (refund, meeting, written,
    # document, decision, person), what makes a sentence a request, "no calls"; situations
    # (price, refund, competitor, ranking, leave, deadline, notice, invoice, own_part) for the reply's and the manager
    # note's wording; sentences not to quote (praise, announcements), "but" words, fillers to
    # condense away; the client's words in our voice ("we waited" -> "you waited"; "a|b": a as
    # a subject, b as an object); dates: CLDR pattern of a weekday date, "tomorrow"-like words -> rule
    # (lang/dates.py).
    ask_cues: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    ask_leads: tuple[str, ...] = ()
    # Words of a line that introduces a list of asks ("My requests:", "Mi servono:"), besides
    # the request leads: each item of the list below it is an ask (checks/asks.py).
    list_intros: tuple[str, ...] = ()
    # The words that open an item of a list told in prose after "two things" ("La primera,",
    # "Secondly,", "Zweitens"): each such sentence is an item, asked without a lead of its own
    # (checks/ask_lists.py counted_items).
    ordinal_openers: tuple[str, ...] = ()
    # Words that ask for money back when the sentence names an amount ("the EUR 195 removed
    # from the invoice", "os R$ 2.800 de volta", "verrekend"): a refund (checks/asks.py).
    money_back: tuple[str, ...] = ()
    # Something broken now (checks/situations.py): a breakage ("is down", "zeigt nichts"), a
    # word of now near it ("since", "seit", "depuis") and a system that broke ("dashboard",
    # "Formular", "site"), all in one sentence.
    outage_broken: tuple[str, ...] = ()
    outage_now: tuple[str, ...] = ()
    outage_systems: tuple[str, ...] = ()
    # Words for an offer ("proposal", "Angebot", "propuesta"; not "your proposal"): one with a
    # price in its sentence or the next, beside a firm's name, is a competitor's offer
    # (checks/situations.py).
    offer_nouns: tuple[str, ...] = ()
    # Words that propose a time ("I suggest", "Ich schlage ... vor", "je vous propose"): a
    # sentence with one, a day and a clock time proposes a meeting (checks/asks.py).
    proposal_leads: tuple[str, ...] = ()
    # Words that want something now ("right away", "sofort", "tout de suite", "YA"): a fix
    # asked for with one is due the day the email was sent (checks/asks.py).
    immediate: tuple[str, ...] = ()
    # A document that corrects what the client was billed ("a corrected invoice", "die
    # Rechnung ohne die Position", "une note de crédit"): answered as money is, never as a
    # document we will send (drafting/answers.py).
    billing_corrections: tuple[str, ...] = ()
    # "I wonder", "mi chiedo", "je me demande" (checks/asks.py): what follows it is thought
    # aloud, not asked for ("mi chiedo se tutto quello che pago mi serve").
    wonder_words: tuple[str, ...] = ()
    # "I want to let you know", "Ich möchte Sie informieren" (checks/asks.py): a request lead
    # followed by one announces, it asks for nothing.
    informing: tuple[str, ...] = ()
    # What came of a request, told after it in its sentence ("Les pedimos el informe … y llegó
    # tres semanas tarde"): the request is told, not made (checks/_ask_leads.py).
    request_outcomes: tuple[str, ...] = ()
    # What follows a person of ours asked for by name ("Marco on this", "Je veux Karim dessus",
    # "Lotte terug op ons account"): checks/_ask_names.py.
    person_tails: tuple[str, ...] = ()
    # What a meeting asked for is for ("para fecharmos o plano", "to go through the report"):
    # what it names is the meeting's subject, no ask of its own (checks/asks.py).
    meeting_purposes: tuple[str, ...] = ()
    # Verbs of understanding after a request lead ("Nous souhaitons comprendre comment vous
    # comptez corriger ..."): an explanation is asked for, not the fix itself (checks/asks.py).
    understand_words: tuple[str, ...] = ()
    # Verbs of attending ("¿Podría confirmarme si asistirá?"): with no kind of its own, after
    # a sentence that names a meeting and its day, an ask to attend that meeting (checks/asks.py).
    attend_words: tuple[str, ...] = ()
    # "Hereby" ("hiermit", "par la présente"): a notice so given stands, whatever condition
    # its sentence names ("..., and if there is a balance, please invoice us"; checks/situations.py).
    hereby_words: tuple[str, ...] = ()
    # The client's own ("our", "unser", "notre"): a meeting named with it ("before our 11:00
    # trading call") is theirs, not one they ask us for (checks/asks.py).
    our_words: tuple[str, ...] = ()
    # Moving a meeting ("Can we move our call to Friday?"): the meeting is shared, and asked.
    reschedule_words: tuple[str, ...] = ()
    # Words for none that open each part of a list of what is missing ("cero prioridades, cero
    # plan"; drafting/concerns.py), read in every language.
    none_words: tuple[str, ...] = ()
    # Polite pronouns written with a capital that are no one's name ("Aspetto Lei";
    # checks/_ask_names.py), read in every language.
    polite_pronouns: tuple[str, ...] = ()
    # Words that count items in prose with no comma after them ("Zweitens bis morgen",
    # "secondly"; checks/ask_lists.py), regex fragments read in every language.
    counting_words: tuple[str, ...] = ()
    # "me" and "us" after a verb, as a new request opens ("send me", "envoyez-moi";
    # checks/_ask_leads.py), read in every language.
    object_pronouns: tuple[str, ...] = ()
    # The end of a working day named before its day ("by close of business"; checks/_ask_kinds.py),
    # regex fragments read in every language.
    end_of_day: tuple[str, ...] = ()
    # The same opening an item of a list of asks, which needs a stronger sign that the word in
    # capitals is a name ("Marco on this", not "Confirmation on the new prices").
    person_item_tails: tuple[str, ...] = ()
    # "before the end of the contract", "avant la fin du contrat" (checks/asks.py): a time,
    # not a thing asked for.
    period_ends: tuple[str, ...] = ()
    # How a noun phrase starts ("a", "the", "eine", "votre"): a list item that starts so is
    # named in the reply's answer to it ("You asked for a breakdown of the new rates").
    noun_openers: tuple[str, ...] = ()
    # The object of an ask in the client's words (checks/phrases.py): the determiners and
    # possessives a noun phrase starts with ("the", "a", "my", "die", "unsere", "le", "nos"),
    # the words that join a complement to it ("of", "for", "with", "über", "de"), and the
    # words it ends before besides dates, punctuation, conjunctions, deadline words and
    # requests ("so that", "because", "which", "as soon as possible"): "the incident report",
    # "a meeting with your MD at our office in Lyon".
    determiners: tuple[str, ...] = ()
    phrase_links: tuple[str, ...] = ()
    phrase_stops: tuple[str, ...] = ()
    no_call: tuple[str, ...] = ()
    in_person: tuple[str, ...] = ()  # "meet", "rendez-vous": a meeting that is no call
    deadline_words: tuple[str, ...] = ()  # "by", "bis", "avant": a date that is a deadline
    noon_words: tuple[str, ...] = ()  # "noon", "midi": a clock time after a deadline word
    # A request for an answer without naming one ("let me know", "Bescheid geben", "fammi
    # sapere"): a request lead that, with no other ask before it, asks for a written answer.
    answer_leads: tuple[str, ...] = ()
    # The client offering a slot ("I can do", "passt Ihnen", "kan ik", "je suis dispo"): a
    # sentence after an ask that gives it its day (checks/asks.py).
    slot_leads: tuple[str, ...] = ()
    # Who is to attend a meeting and where: the word before the people ("with", "mit", "con")
    # and the places a client names ("at our office", "bei uns im Haus"; checks/asks.py).
    meeting_with: tuple[str, ...] = ()
    meeting_places: tuple[str, ...] = ()
    # A reason clause after a comma ("..., since this touches the contract"): what it names is
    # not asked; the copula a candour lead-in takes ("Ich will offen sein:", "to be honest:"):
    # the request lead before it governs nothing after its colon (checks/asks.py).
    reason_words: tuple[str, ...] = ()
    # Words that open a condition ("if", "wenn", "se"): a sentence's opening condition is no
    # request when a request follows its comma ("Se não der para resolver hoje, me manda uma
    # planilha": the spreadsheet is asked for, not the fix; checks/asks.py).
    condition_words: tuple[str, ...] = ()
    copulas: tuple[str, ...] = ()
    situations: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    # What the client says they will do, or may do, at a date (checks/announced.py): end the
    # contract (``end``), put the work out to tender (``tender``), hold payment (``payment``),
    # decide (``decision``): the reply notes each (PLAYBOOK.md step 1: understand their view).
    announced_steps: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    praise: tuple[str, ...] = ()
    announcements: tuple[str, ...] = ()
    concessions: tuple[str, ...] = ()
    fair_remarks: tuple[str, ...] = ()  # "to be fair", "zugegeben": a point granted, no complaint
    # A sentence that starts so and has no comma is a dependent clause alone ("Weil ...").
    fragment_openers: tuple[str, ...] = ()
    # A sentence that opens with a word pointing back ("Which meant ...", "Eso ...", "Cela
    # ...") says nothing alone: restated only when it names a thing (a report, the dashboard).
    pointing_openers: tuple[str, ...] = ()
    # A sentence that opens with a relative word ("Which meant ...", "Lo cual ...", "Il che
    # ...") is a clause of the sentence before: never restated alone.
    relative_openers: tuple[str, ...] = ()
    # The words that open a relative clause inside a sentence (", which", ", der", ", che"):
    # such a clause between two commas that our voice cannot restate goes, and the sentence
    # around it stays ("Il report trimestrale, che il Suo collega mi aveva garantito, non è
    # ancora arrivato": drafting/voice.py restate).
    relative_pronouns: tuple[str, ...] = ()
    # A figure that moved: the words before its old value and before its new one, as two
    # alternations ("from", "to"; "von", "auf|zu"): "from 1,400 to 1,550 euros a month" is a
    # complaint in figures (drafting/concerns.py score_sentence).
    shift_words: tuple[str, ...] = ()
    # A rival's offer restated in our words, with ``{firm}`` and ``{amount}`` ("{firm} has
    # made you an offer at {amount}."): the client's main point when they name one
    # (drafting/offline.py; the amount from checks/situations.py offer_amount).
    offer_point: str = ""
    # A mark given to a supplier, and the articles it is written with ("een 8", "a 6"): a mark
    # out of ten that fell is a complaint (drafting/concerns.py).
    mark_words: tuple[str, ...] = ()
    mark_articles: tuple[str, ...] = ()
    # Writing in the email's own language ("scrivo in italiano", "escrever em português"): a
    # sentence about the language it is written in is no complaint ("Le scrivo in italiano,
    # spero non sia un problema"), unless it names a thing; "your hotline only answers in
    # English" is one.
    in_this_language: tuple[str, ...] = ()
    fillers: tuple[str, ...] = ()
    connectives: tuple[str, ...] = ()
    # Restating a concern in our voice (drafting/concerns.py): words that only raise the heat
    # ("absolutely", "wirklich"), dropped; a judgment after a comma at the end (", which is
    # unacceptable"), dropped; a threat (a lawyer, legal steps, a bad review), never restated;
    # the frame that reports a point no pronoun turns (register -> "You tell me that"; ends in a
    # comma or colon when the sentence follows unchanged, as German's and Dutch's word order needs).
    intensifiers: tuple[str, ...] = ()
    verdicts: tuple[str, ...] = ()
    threats: tuple[str, ...] = ()
    # Candour that leads into a point before a colon ("I'll be straight with you because we've
    # worked together a long time: ..."): the lead-in goes, however long (drafting/concerns.py).
    candour: tuple[str, ...] = ()
    # Small talk that opens or closes a complaint ("I hope the move went well"): never restated.
    pleasantries: tuple[str, ...] = ()
    # "Nothing" closing a list of what is missing ("no email, no heads-up, nothing."): a
    # sentence so built is emphasis, never restated (drafting/concerns.py condense).
    nothing_words: tuple[str, ...] = ()
    # A negated instruction opening a sentence ("No me manden otro mail lleno de frases
    # lindas", "Don't send me another apology"): what not to do, no point to restate.
    negated_imperatives: tuple[str, ...] = ()
    # A sentence that only says a message of ours came ("We have received your invoice ..."):
    # the context of a complaint, no point to restate unless negated or complaining.
    receipts: tuple[str, ...] = ()
    # Who a client asks to be involved, as the reply names them: (pattern, our phrase).
    senior_roles: tuple[tuple[str, str], ...] = ()
    # Words a clause cut off after a comma cannot begin with (a list going on, a reason).
    tail_openers: tuple[str, ...] = ()
    # The last place in a ranking: "last", "dernière", "letzter".
    last_words: tuple[str, ...] = ()
    # How an email closes after its asks ("Let me know."): no ask of its own.
    closings: tuple[str, ...] = ()
    # Words that name the main point ("the main reason", "lo que más pesó"): that sentence,
    # or the next when it says no more ("Der Hauptgrund ist ein einfacher."), comes first.
    signposts: tuple[str, ...] = ()
    report_frames: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    # "Where is the weekend report?", asked of something that should have come: (pattern with
    # a group ``x``, what the writer means in their own voice with ``{x}``), singular before
    # plural ("the weekend report has still not arrived"), restated like any complaint.
    whereabouts: tuple[tuple[str, str], ...] = ()
    # Nobody and somebody ("nobody", "jemand"): never the name of a firm making an offer.
    indefinite_people: tuple[str, ...] = ()
    # How the writer's own present verb ends where the subject is left out ("contesto",
    # "pago", "venho": "o"): a sentence opening with it is reported, never left alone.
    first_person_ending: str = ""
    # A formal letter's formula that puts the verb before its subject ("Hiermit beanstande
    # ich"): (pattern, replacement), the subject back before the verb.
    letter_formulas: tuple[tuple[str, str], ...] = ()
    # Nouns start with a capital (German): a restated sentence's first word keeps its capital
    # after a frame unless the text writes it in lower case elsewhere.
    nouns_capitalised: bool = False
    # Endings of words that are no noun in such a language ("zusätzlich", "außerdem").
    not_noun_endings: tuple[str, ...] = ()
    weekday_date: str = ""
    # A book fact that recites the contract or puts the matter on the client ("the contract
    # covers", "budgets are set by the client") is not stated to them (drafting/record.py).
    contract_words: tuple[str, ...] = ()
    first_of_month: str = ""  # the first day as the language writes it in a date: French "1er"
    restate_swaps: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    restate_second_form: str = ""
    restate_object_followers: tuple[str, ...] = ()
    restate_swaps_informal: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    restate_blockers_informal: str = ""
    restate_blockers: str = ""
    # A restated concern that tells what we did or failed to do ("we never sent the report") is
    # the client's account, not our admission: when it starts with ``claim_start`` (lower case,
    # "we|our|nobody"), the reply writes it after ``claim_frames[register]`` ("You write that",
    # "Wie Sie schreiben,"); ``claim_frame_inverts``: the subject and its verb swap after the
    # frame (German and Dutch put the verb second: "Wie Sie schreiben, haben wir ..."); a
    # sentence with one of ``claim_words`` further on is framed too (not in German and Dutch).
    claim_start: str = ""
    claim_words: str = ""  # our voice anywhere in the sentence ("y nadie de nuestra agencia")
    claim_frames: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    claim_frame_inverts: bool = False
    remedy_words: tuple[str, ...] = ()
    # A complaint that it happened again ("zum zweiten Mal"): a fix of it logged earlier is
    # no achievement (drafting/record.py).
    repeat_words: tuple[str, ...] = ()
    # "genau dieselbe Situation im Juni", "the same problem in June": the email's main
    # complaint happened before, in the months named; what was logged on its topic then is
    # no achievement (drafting/record.py).
    same_again: tuple[str, ...] = ()
    # "since" before a date: what went wrong then is still wrong ("seit Ende November"), so
    # the work on its topic before that month is no achievement either (drafting/record.py).
    since_words: tuple[str, ...] = ()
    absence_words: tuple[str, ...] = ()
    due_words: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    # Before a date that names its week ("week of", "semaine du"); next to a weekday that is
    # past or part of a name, not a day ahead ("last", "dernier", "Black").
    week_of: tuple[str, ...] = ()
    weekday_not_ahead: tuple[str, ...] = ()

    # Heat (checks/tone.py): kind -> groups of phrases sharing a weight; words that cancel a phrase
    # after them.
    heat_lexicon: Mapping[str, Any] = field(default_factory=lambda: _EMPTY)
    negations: tuple[str, ...] = ()

    # Internal notes (accounts/figures.py): number format, pursue / maintain / re-scope in words,
    # the reasons and the manager note's lines (format strings by key), "rank {rank} of".
    thousands_separator: str = ","
    decimal_mark: str = "."
    percent_format: str = "{}%"
    recommendations: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    recommendation_reasons: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    manager_note_lines: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    rank_phrase: str = ""

    # Varieties (lang/variant.py): variety ("pt-BR") -> regexes of the words only it writes,
    # counted in the sender's text and sign-off; variety -> its country's top-level domain.
    variant_cues: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    variant_domains: Mapping[str, str] = field(default_factory=lambda: _EMPTY)

    # Text: abbreviations no sentence ends after (lower case, no final dot), numbers as words.
    abbreviations: tuple[str, ...] = ()
    number_words: Mapping[str, int] = field(default_factory=lambda: _EMPTY)

    # Register (lang/formality.py): T-V forms counted against each other; for a language without
    # them, an informal first line ("Hi"); a formal greeting that names the whole name ("Guten Tag
    # Anna Müller").
    informal_forms: tuple[str, ...] = ()
    formal_forms: tuple[str, ...] = ()
    # The first of the formal forms (the pronouns) also addresses several people ("vous" to the
    # agency): with no other formal form ("Madame", "Cordialement"), any informal form decides.
    formal_also_plural: bool = False
    informal_openers: str = ""
    formal_greets_full_name: bool = False

    # Who wrote (mail/sender.py): role words ("support"), "via" ("Priya via Helpdesk"), no-reply
    # words.
    role_words: tuple[str, ...] = ()
    via_words: tuple[str, ...] = ()
    no_reply_words: tuple[str, ...] = ()

    # The offline drafter (drafting/offline.py): the formal greeting's opener by salutation form (""
    # for any), the first line it needs ("Dear Mr Weber"), whether a title replaces the form, stop
    # words, concept -> words.
    formal_openers: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    addressed_by_surname: str = ""
    title_replaces_form: bool = False
    # That greeting's academic titles: how it writes one (lower case as written -> the word:
    # "dott.ssa" -> "dottoressa"), whether it leaves them out ("Madame Dupont", "mevrouw De
    # Vries"), whether the surname's first particle is capitalised after the form ("De Vries").
    salutation_titles: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    salutation_drops_titles: bool = False
    surname_particle_capitalised: bool = False
    # Names carry two surnames, and the salutation names the first ("Sr. Montero" for "Javier
    # Montero Ruiz"); ``second_given_names`` are the words that continue a compound given name
    # ("María José García": "Sra. García"), lower case.
    two_surnames: bool = False
    second_given_names: tuple[str, ...] = ()
    stop_words: tuple[str, ...] = ()
    concepts: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)

    # A reply's own words (checks/_reply_checks.py): asks and the question words they lead to, the
    # client's questions restated, thanks, the work record's lead-in, a subject label, the reply's
    # T-V forms and their pronouns.
    asks: tuple[str, ...] = ()
    question_words: tuple[str, ...] = ()
    their_questions: tuple[str, ...] = ()
    thanks: tuple[str, ...] = ()
    record_intros: tuple[str, ...] = ()
    subject_labels: tuple[str, ...] = ()
    reply_informal_forms: str = ""
    reply_formal_forms: str = ""
    reply_pronouns: tuple[str, str] = ("", "")

    # A model's internal notes (checks/_note_checks.py): recommendations in prose (action ->
    # regexes), labels, negations, relative clauses, negated statements, breaks between thoughts,
    # hedges, "we", someone's wish, advice.
    note_actions: Mapping[str, tuple[str, ...]] = field(default_factory=lambda: _EMPTY)
    note_label_leads: tuple[str, ...] = ()
    note_label_words: Mapping[str, str] = field(default_factory=lambda: _EMPTY)
    note_negations: tuple[str, ...] = ()
    final_negations: tuple[str, ...] = ()
    relative_words: tuple[str, ...] = ()
    negated_statements: tuple[str, ...] = ()
    thought_breaks: tuple[str, ...] = ()
    hedges: tuple[str, ...] = ()
    first_person: tuple[str, ...] = ()
    wishes: tuple[str, ...] = ()
    advice_words: tuple[str, ...] = ()

    # Claims of work done (checks/grounding.py): cues, what makes a claim none; a subject-first
    # grammar's team words and fillers (English); a clause grammar's subjects, prepositions,
    # conjunctions, subordinators (German).
    claim_cues: tuple[str, ...] = ()
    not_a_claim: tuple[str, ...] = ()
    our_team: tuple[str, ...] = ()
    claim_fillers: tuple[str, ...] = ()
    our_subjects: tuple[str, ...] = ()
    their_subjects: tuple[str, ...] = ()
    prepositions: tuple[str, ...] = ()
    clause_conjunctions: tuple[str, ...] = ()
    subordinators: tuple[str, ...] = ()

    # Figures in notes (checks/_note_checks.py): currency and scale words (word -> factor), percent,
    # hours, money words, per period, the words that make hours a deadline or a limit.
    currency_words: tuple[str, ...] = ()
    scale_words: tuple[str, ...] = ()
    scales: Mapping[str, float] = field(default_factory=lambda: _EMPTY)
    percent_words: tuple[str, ...] = ()
    hour_words: tuple[str, ...] = ()
    hour_abbreviations: tuple[str, ...] = ()
    money_words: tuple[str, ...] = ()
    per_period: tuple[str, ...] = ()
    interval_words: tuple[str, ...] = ()
    limit_words: tuple[str, ...] = ()
    limit_determiners: tuple[str, ...] = ()

    # Names and dates (checks/_reply_checks.py, mail/sender.py): a month written in a date, company
    # words, particles and titles that greet nobody, academic titles.
    month_patterns: tuple[str, ...] = ()
    company_words: tuple[str, ...] = ()
    not_a_name: tuple[str, ...] = ()
    academic_titles: tuple[str, ...] = ()
    title_parts: tuple[str, ...] = ()
    # The sender's own form of address (mail/sender.py, ``self_address``): "titles", a client
    # book salutation ("Ms", "Mrs", "Mr", "Mx") -> the titles that give it before the sender's own name
    # in a signature or the From name ("mme\.?", "dott\.?ssa"; regexes, whole words, any
    # case); "self", a salutation -> what only a writer of that gender says of themself in the
    # first person ("je suis déçue", "estoy harta"; regexes, any case, ^ at each line);
    # "roles", a salutation -> the role nouns that give it on the sender's name line or the line
    # below it ("directrice", "\w*leiterin"; regexes matching the line's start, any case).
    gender_cues: Mapping[str, Mapping[str, tuple[str, ...]]] = field(default_factory=lambda: _EMPTY)


def base_code(code: str | None) -> str:
    """Return the ISO 639-1 part of a language tag: ``de-AT`` -> ``de``; "" for None."""
    return (code or "").strip().lower().replace("_", "-").split("-")[0]


@cache
def find(code: str) -> Language | None:
    """Return the language ``code`` (a tag such as ``de-AT`` counts as ``de``), or None."""
    base = base_code(code)
    if base not in CODES:
        return None
    module = importlib.import_module(f"assistant.lang.{base}")
    values = {
        f.name: getattr(module, f.name.upper())
        for f in fields(Language)
        if hasattr(module, f.name.upper())
    }
    return Language(**{**values, "code": base})


def get(code: str | None) -> Language:
    """Return the language ``code``, or English (:data:`FALLBACK`) when it has no module."""
    return find(code or FALLBACK) or _fallback()


def _fallback() -> Language:
    found = find(FALLBACK)
    assert found is not None
    return found


@cache
def all_languages() -> tuple[Language, ...]:
    """Return every language of :data:`CODES`, in that order."""
    return tuple(get(code) for code in CODES)


def with_data(attribute: str) -> tuple[Language, ...]:
    """Return the languages whose ``attribute`` is filled (not empty), in :data:`CODES` order."""
    return tuple(lang for lang in all_languages() if getattr(lang, attribute))


def sources(code: str | None, attribute: str) -> tuple[Language, ...]:
    """Return the languages to read ``attribute`` from for ``code``: that language alone when
    its ``attribute`` is filled, else every language whose ``attribute`` is (:func:`with_data`),
    so that a language without its own list is read with all of them."""
    own = find(code or "")
    return (own,) if own is not None and getattr(own, attribute) else with_data(attribute)


def phrase(code: str | None, attribute: str) -> Any:
    """Return language ``code``'s ``attribute``, or English's when that language has none."""
    return getattr(get(code), attribute) or getattr(_fallback(), attribute)


@cache
def word_pattern(code: str | None, attribute: str, *, fallback: bool = True) -> re.Pattern[str]:
    """Return language ``code``'s ``attribute`` fragments as one pattern of whole words, case
    ignored, built once per language: English's when the language has none (:func:`phrase`),
    or none without ``fallback``; a pattern that never matches for an empty list."""
    words = phrase(code, attribute) if fallback else getattr(get(code), attribute)
    return re.compile(rf"(?i)(?<!\w)(?:{'|'.join(words) or '(?!)'})(?!\w)")


def alternation(attribute: str) -> str:
    """Return every language's ``attribute`` fragments joined as one regex alternation."""
    return "|".join(fragment for lang in all_languages() for fragment in getattr(lang, attribute))


def format_date(day: date, code: str | None) -> str:
    """Return ``day`` as a client reply writes it: ``14 March 2026``, ``14. März 2026``.

    The CLDR long date of the language (:func:`assistant.lang.dates.format_long`), English's
    for a language draft-reply has no module for. The one place dates are written into a reply
    (PLAYBOOK.md, step 2: dated work).
    """
    from assistant.lang.dates import format_long

    return format_long(day, code)


def format_numeric_date(day: date, code: str | None) -> str:
    """Return ``day`` in figures for an internal note: ``04.03.2026`` (de), ``2026-03-04`` (en).

    The language's ``numeric_date_format``; ISO 8601 for a language without one.
    """
    layout = get(code).numeric_date_format or "{year}-{month:02}-{day:02}"
    return layout.format(day=day.day, month=day.month, year=day.year)
