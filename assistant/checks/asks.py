"""What the client asks for, and whether a reply acknowledges each ask.

An ask is a sentence of the client's new text that requests something (a lead such as
"please", "I expect", "können Sie", "merci de", or a question) and names what: a call or
meeting, a written answer, a document, something put right (a fix), money back (refund,
credit, discount), a decision, or a person (a manager, someone senior). Its date is
resolved against the email's Date header (RFC 5322 3.6.1), never against the day of drafting
(:mod:`assistant.lang.dates`); money is taken as written ("€1,200", "1.200 Euro", "20 %").
PLAYBOOK.md, step 1 ("answer what they asked") and step 5 (the manager hears what the client
asked, with dates and money).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from datetime import date
from functools import cache
from typing import Any

from assistant import lang
from assistant.checks._ask_cues import KINDS, ask_cues, join_words
from assistant.checks._ask_dates import (
    TIME,
    after_deadline_word,
    closes_a_list,
    deadline_first,
    deadline_time,
    is_slot,
    nearest_kind,
    times_owned,
)
from assistant.checks._ask_kinds import (
    credits_the_bill,
    refused_thing,
    their_own,
    to_understand,
)
from assistant.checks._ask_kinds import without_deadline as without_deadline  # public face
from assistant.checks._ask_leads import (
    aside_spans,
    asking_lead,
    governing_lead,
    not_thought_aloud,
    purpose_spans,
)
from assistant.checks._ask_names import asked_by_name
from assistant.checks.ask_lists import counted_items, first_sentence, whole_items, with_items
from assistant.checks.ask_lists import leads_into_asks as leads_into_asks  # the public face
from assistant.checks.ask_lists import listed_asks as listed_asks
from assistant.checks.phrases import object_phrase, phrase_head, trim_end
from assistant.lang.dates import FoundDate, find_dates, without_weekday

#: The kinds whose object a reply names in the client's words (:attr:`Ask.phrase`); a fix and a
#: person are named by words of the reply's own.
PHRASE_KINDS = ("refund", "meeting", "written", "document", "decision")
#: At most this many kinds are read from one sentence (a list of asks: "an explanation by
#: the 11th; a credit of $1,200; a conversation with your director; a revised agreement").
MAX_KINDS_PER_SENTENCE = 4
#: A written ask this short with no date, after another ask, only closes the email.
CLOSING_WORDS = 3
#: The characters after a person cue that may still name the role ("diretor-geral").
ROLE_AFTER = 12

_CURRENCY = r"(?:R\$|[€$£]|\b(?:EUR|USD|GBP|CHF|BRL)\b)"
_MONEY = re.compile(
    rf"(?:{_CURRENCY}\s?\d[\d.,' ]*\d|{_CURRENCY}\s?\d)"
    r"(?:\s?(?:k|K|Mio\.?|million))?"
    r"|\b\d[\d.,' ]*\d?\s?(?:k\b|K\b)?\s?(?:€|\$|£|EUR\b|USD\b|GBP\b|CHF\b|[Ee]uros?\b|"
    r"[Dd]ollars?\b|[Dd][óo]lar(?:es)?\b|[Dd]ollari\b|[Pp]esos\b|[Rr]eais\b|[Pp]ounds?\b|"
    r"[Ff]ranken\b|[Ff]rancs\b|PLN\b|zł|złotych\b|ユーロ|円|ドル)"
    r"|\d+(?:[.,]\d+)?\s?万\s?(?:円|ユーロ|ドル)"
    r"|\b\d{1,3}(?:[.,]\d+)?\s?(?:%|percent\b|per cent\b|Prozent\b|pour cent\b|por ciento\b|"
    r"per cento\b|procent\b|por cento\b)"
)


def money_amounts(text: str) -> list[re.Match[str]]:
    """Return the amounts of money and percentages ``text`` names, in text order, as
    matches ("EUR 4,200", "2.100 Euro", "R$ 2.800", "10 %")."""
    return list(_MONEY.finditer(text))


def names_amount(text: str) -> bool:
    """Tell whether ``text`` names an amount of money or a percentage ("EUR 4,200",
    "2.100 Euro", "R$ 2.800", "10 %")."""
    return _MONEY.search(text) is not None


@dataclass(frozen=True)
class Ask:
    """One thing the client asks for.

    ``kind`` is one of :data:`KINDS`; ``sentence`` the client's sentence (untrusted text);
    ``due`` the date it names, resolved against the email's Date (None when it names none
    or only past days), with ``due_text`` as written ("by Friday"); ``time`` a clock time as
    written ("3pm", "10 Uhr", ""); ``money`` the amounts or percentages it names, as written;
    ``senior`` True when it asks for a manager or someone senior (to attend or to answer);
    ``what`` the words that named the kind, as written ("report", "Gutschrift");
    ``due_exact`` False when the date ends a span ("within two weeks"), not a named day;
    ``in_person`` True for a meeting named as one in person ("meet", "rendez-vous", "Treffen":
    the language's ``in_person``), False for a call or a talk of either kind; ``listed`` True
    when the sentence is an item of a list of asks (:func:`listed_asks`), so that it names
    the one thing asked for; ``phrase`` the thing asked for as the client wrote it, a short
    noun phrase without its date ("the incident report", "a meeting with your MD at our
    office in Lyon", "die Gutschrift über 1.530 EUR"; "" when the sentence names none:
    :func:`assistant.checks.phrases.object_phrase`), for a kind of :data:`PHRASE_KINDS`;
    for a meeting, ``party`` who is to attend as written ("with Paola", "mit jemandem aus Ihrer
    Geschäftsführung", "") and ``place`` where ("at our office", "dans nos locaux à Valence",
    ""): the language's ``meeting_with`` and ``meeting_places``; for a person, ``name`` the
    one of our people asked for by name, as written ("Karim"; "" for a role).
    """

    kind: str
    sentence: str
    due: date | None = None
    due_text: str = ""
    time: str = ""
    money: tuple[str, ...] = ()
    senior: bool = False
    what: str = ""
    due_exact: bool = True
    in_person: bool = False
    listed: bool = False
    phrase: str = ""
    party: str = ""
    place: str = ""
    name: str = ""

    def to_json(self) -> dict[str, Any]:
        """Return the ask as a JSON-ready dict (the CLI's ``--json`` ``asks`` list)."""
        return {
            "kind": self.kind,
            "sentence": self.sentence,
            "due": self.due.isoformat() if self.due else None,
            "due_text": self.due_text,
            "time": self.time,
            "money": list(self.money),
            "senior": self.senior,
            "what": self.what,
            "due_exact": self.due_exact,
            "in_person": self.in_person,
            "phrase": self.phrase,
            "party": self.party,
            "place": self.place,
            "name": self.name,
        }


def extract_asks(
    sentences: list[str], language: str, *, sent: date, listed: frozenset[str] = frozenset()
) -> tuple[Ask, ...]:
    """Return the asks in ``sentences`` (the client's new text, split), in text order.

    ``language`` is ISO 639-1 (a language without ask data is read with every language's
    cues); ``sent`` the day of the email's Date header. A sentence is an ask when it has a
    request lead (the language's ``ask_leads``) and names a kind; a sentence may hold two
    kinds ("a written answer and a credit note"). One ask per kind, except that each item of
    a list of asks that names one thing is an ask of its own: a later sentence of the
    same kind adds the date or money the first lacked; a date goes to the kind named closest
    to it, and a clock time to the kind whose date it stands by; a date after a comma that
    ends the sentence dates every kind before it ("A written explanation and a recovery plan,
    by Friday."), and one whose every kind follows it past a conjunction dates none ("que la
    web funcione hoy mismo y que me devuelvan la cuota"). A sentence with a request lead, or
    opening with a deadline word, that names no kind gives its date to the asks of the
    sentence before it that have none ("Tienen hasta el miércoles 2 de diciembre.", "By
    Friday."). A kind named only before the request lead is not what is asked when another
    follows it ("Our board meeting is on Friday and I need the numbers by Thursday": the
    numbers). A refusal of calls (the language's ``no_call``: "Do not call me", "bitte nicht
    telefonisch", "no me llamen") is never an ask, and one anywhere in the email removes the
    meeting kind from every sentence that does not name a meeting in person (the language's
    ``in_person``: "Call me on Friday. Do not call my team.": no call is offered; "I want a
    meeting at your office on the 14th. Do not call me.": the meeting stays, and no call is
    offered). A sentence in ``listed`` (:func:`listed_asks`: an item of a list the client
    introduced as requests) needs no lead of its own, and one that names no kind but a day
    asks for a commitment by then ("1. Behebung des Fehlers bis zum 9. Dezember": a
    decision); an item of several sentences is read as one, asking what its first sentence
    names, its later sentences giving the date, time and money ("3. A meeting with your
    director. I can do Tuesday 15 December at 10:00."). A date after a deadline word ("a
    report on the Friday outage by Wednesday 9 December") dates an ask before any other in
    its clause. A sentence naming no kind right after a refund ask gives it its money ("I WANT
    MY MONEY BACK. All £1,650 of it."). A short dateless "Let me know." (the language's
    ``closings``: "Fammi sapere.") beside another ask closes the email and asks nothing of
    its own. Deterministic.
    """
    base = ask_cues(language)
    # "Le pido dos cosas. La primera, una fecha de entrega firme.": items told in prose
    sentences, counted = counted_items(sentences, language)
    listed = listed | counted
    # "The EUR 195 removed from invoice HD-2026-1142": money asked back is a refund
    back = {**base, "refund": base["refund_or_back"]}
    found: dict[str, Ask] = {}
    order: list[str] = []
    refused = any(base["no_call"].search(sentence) for sentence in sentences)
    before: list[str] = []  # the kinds the sentence before asked for
    # "Please let me know by Tuesday:": the date of a list's lead-in, and whether it asks
    # for an answer on each item
    intro_due: FoundDate | None = None
    days_here: list[FoundDate] = []  # the days the sentence before names
    intro_answer = False
    pieces = [piece for whole in sentences for piece in with_items(whole, listed)]
    text_here = ""  # the sentence before, as written
    for sentence in whole_items(pieces, listed):
        text = original = sentence.strip()
        if not text:
            continue
        cues = back if _money_back(text, base) else base
        previous, before = before, []
        # "Ich bin am Dienstag, 15. Dezember, in Wien. ... treffen wir uns um 11 Uhr": the day
        prior_days, days_here = (
            days_here,
            [d for d in find_dates(text, language, base=sent) if d.day >= sent],
        )
        prior_text, text_here = text_here, text
        if listed and text.endswith(":") and original not in listed:
            # "Before our budget meeting I need:": the items below are the asks
            # only a deadline dates them: "uiterlijk dinsdag", not "for the committee on 16
            # December"
            intro_due = next((d for d in days_here if after_deadline_word(text, d, cues)), None)
            intro_answer = bool(cues["answer"].search(text) or cues["written"].search(text))
            continue
        if original not in listed:
            intro_due, intro_answer = None, False
        if refused:  # "Do not call me": no call anywhere, and the refusal itself asks nothing
            text = cues["no_call"].sub(" ", text).strip()
        # the days this sentence names, not past, read once (again if the refusal went)
        future = (
            [d for d in find_dates(text, language, base=sent) if d.day >= sent]
            if refused
            else days_here
        )
        # an item of a list of asks is asked as a whole, from its start
        lead = _START.match(text) if original in listed else cues["lead"].search(text)
        kinds = [kind for kind in KINDS if cues[kind].search(text)]
        if original in listed:  # an item's first sentence says what it asks; the rest dates it
            opening = first_sentence(text)
            kinds = [kind for kind in kinds if cues[kind].search(opening)] or kinds
        elif lead:
            lead = governing_lead(text, lead, cues)  # "Ich will offen sein: ...": none
        if lead and original not in listed:
            lead = not_thought_aloud(text, lead, cues)  # "mi chiedo se ... mi serve": none
        if lead and original not in listed:
            lead = asking_lead(text, lead, cues)  # "no quiero hablar con ...": none
        asides = aside_spans(text, cues)
        kinds = [  # "..., since this touches the contract", "(he signed the contract)"
            kind
            for kind in kinds
            if any(
                not _inside(m.start(), asides)
                and not refused_thing(text, m.start(), cues)
                and not (kind == "meeting" and their_own(text, m.start(), cues))
                for m in cues[kind].finditer(text)
            )
        ]
        if "meeting" in kinds:  # "uma reunião … para fecharmos o plano": the plan is its subject
            purposes = purpose_spans(text, cues)
            kinds = [
                kind
                for kind in kinds
                if kind == "meeting"
                or (kind == "refund" and _MONEY.search(text))  # "a call to agree EUR 400 back"
                or any(not _inside(m.start(), purposes) for m in cues[kind].finditer(text))
            ]
        # "Dinsdag kan ik niet": a negation right after the lead or slot word refuses the
        # day; "Si el lunes no tengo todo esto" still sets it
        offered = lead or cues["slot"].search(text)
        negated = offered is not None and bool(
            cues["negation"].match(text, offered.end() + 1)
            or cues["negation"].match(text, offered.end())
        )
        if (
            previous
            and not kinds
            and original not in listed
            and (cues["deadline_start"].match(text) or (offered and not negated))
        ):
            _date_the_asks_before(text, language, sent, previous, found)
            continue  # "... que me devuelvan la cuota. Tienen hasta el miércoles 2 de diciembre."
        if (
            not kinds
            and not previous
            and original not in listed
            and cues["answer"].search(text)
            and future
        ):  # "me lo faccia sapere entro il 10 dicembre": an answer by then; "Let me know if
            # you need anything else" is a courtesy
            kinds = ["written"]
        if "refund" in previous and not kinds and not found["refund"].money:
            money = tuple(m.group(0).strip() for m in _MONEY.finditer(text))
            if money:  # "I WANT MY MONEY BACK. All £1,650 of it."
                found["refund"] = replace(found["refund"], money=money)
                continue
        if not kinds and original in listed and future:
            kinds = ["decision"]  # "1. Behebung des Fehlers bis zum 9. Dezember,": a commitment
        elif (
            not kinds
            and original in listed
            and (intro_answer or starts_as_noun_phrase(text, language))
        ):  # "2. la justification de l'écart de 18 %", "- waarop de verhoging gebaseerd is"
            kinds = ["written"]  # under "Gelieve mij ... te laten weten:": an answer on it
        offer = (
            cues["proposal"].search(text)
            if not set(kinds) - {"meeting"} and original not in listed
            else None
        )
        if (
            offer is not None and TIME.search(text, offer.end()) and future
        ):  # "Ich schlage Dienstag, den 1. Dezember, um 10:00 Uhr bei uns vor": a meeting
            kinds, lead = ["meeting"], lead or offer
        slot = None if lead else cues["slot"].search(text)
        if (
            ((lead and kinds) or slot)
            and set(kinds) <= {"meeting"}
            and not previous
            and original not in listed
            and TIME.search(text)
            and future
            and not any(after_deadline_word(text, d, cues) for d in future)
        ):  # "Misschien kunnen we er donderdag 10 december om 13:00 ...", "Thursday 10th at
            # 2pm on Teams works for me": an appointment; "Please make sure it is live by
            # Monday 9:00" is a deadline
            kinds, lead = ["meeting"], lead or slot
        generic: tuple[int, int] | None = None  # the thing a want-lead names, cue or none
        if (
            lead
            and not [
                k for k in kinds if any(m.end() > lead.start() for m in cues[k].finditer(text))
            ]
            and original not in listed
            and starts_as_noun_phrase(text[lead.end() :].lstrip(" :,"), language)
            and any(after_deadline_word(text, d, cues) for d in future if d.start > lead.end())
        ):  # "I'd like the day-by-day spend for October, by campaign, by Monday": a document
            kinds = ["document"]
            start = len(text) - len(text[lead.end() :].lstrip(" :,"))
            stop = re.search(r"[,;.!?]", text[start:])
            generic = (start, start + stop.start() if stop else len(text))
        # "El jueves 17 ... celebramos la reunión anual. ¿Podría confirmarme si asistirá?"
        attending = bool(
            lead
            and set(kinds) <= {"decision", "written"}  # "confirm whether you will attend"
            and cues["attend"].search(text)
            and prior_days
            and cues["meeting"].search(prior_text)
        )
        if attending:
            kinds = ["meeting"]
        if not lead:
            continue
        asked = [k for k in kinds if any(m.end() > lead.start() for m in cues[k].finditer(text))]
        if asked:  # "Our board meeting is on Friday and I need the numbers": the numbers
            kinds = asked
        if "fix" in kinds and to_understand(text, lead, cues):
            # "Nous souhaitons comprendre comment vous comptez corriger ces points": how; not
            # "une fois que c'est réparé, j'aimerais comprendre pourquoi": the fix is wanted too
            wanted = cues["fix"].search(text, 0, lead.start()) is not None
            kinds = [k for k in kinds if k != "fix" or wanted]
            kinds += [] if "written" in kinds else ["written"]
        if "fix" in kinds and "document" in kinds and _describes(text, "fix", "document", cues):
            kinds.remove("fix")  # "le devis corrigé", "die korrigierte Rechnung": a document
        if "fix" in kinds and "written" in kinds and not _joined(text, "written", {"fix"}, cues):
            kinds.remove("written")  # "ich will wissen, wann es wieder läuft": the fix says when
        if "fix" in kinds and "decision" in kinds:
            kinds.remove("decision")  # "a binding date for the fix": the fix says when
        if "person" in kinds and len(kinds) > 1 and "meeting" in kinds:
            kinds.remove("person")  # "a call with your manager": a meeting, senior
        if "refund" in kinds and "document" in kinds and credits_the_bill(text, cues, language):
            kinds.remove("document")  # "de factuur van november gecrediteerd": money, no invoice
        others = {"written", "refund", "decision", "fix"} & set(kinds)
        if "document" in kinds and others and not _joined(text, "document", others, cues):
            kinds.remove("document")  # "a written plan", "a refund on the invoice", "decide on"
        # A refused meeting is no ask, but it keeps its own date ("a meeting on Tuesday and
        # an answer by the 15th. Don't call me.": the answer is due on the 15th).
        in_person = bool(
            cues["in_person"].search(text) or (attending and cues["in_person"].search(prior_text))
        )
        told = [k for k in kinds if not (refused and k == "meeting" and not in_person)]
        told = told[:MAX_KINDS_PER_SENTENCE]
        if not told:
            continue
        owners = [*told, "meeting"] if refused and "meeting" in kinds else told
        dates = [d for d in future if d.end > lead.start()] or future  # after the request first
        # "If the report is not ready by Friday, call me on Thursday": Thursday
        dates = [d for d in dates if not _inside(d.start, asides)] or dates
        dates = deadline_first(text, dates, cues)
        if intro_due is not None and original in listed:
            # "let me know by Tuesday: - whether you keep the rate until 30 June": Tuesday;
            # an item's own deadline or slot stays ("Le propongo el martes 8 a las 10:00")
            dates = [
                d
                for d in dates
                if after_deadline_word(text, d, cues) or TIME.search(text[d.end : d.end + 20])
            ]
        by_time = None if dates else deadline_time(text, cues)  # "before 9:15": today
        by_owner = nearest_kind(text, owners, by_time, cues) if by_time else None
        by_text, by_clock = (by_time.text, by_time.clock) if by_time else ("", "")
        owned: dict[str, Any] = {}
        for found_date in dates:
            owner = nearest_kind(text, owners, found_date, cues)
            if "meeting" in owners and is_slot(text, found_date, cues):
                owner = "meeting"  # "op woensdag 2 december om 14.00 uur met u en ...": its slot
            elif owner is None and "meeting" in owners and TIME.search(text, found_date.end):
                owner = "meeting"  # "on Tuesday the 8th - if you or ... could come at 10:30"
            if owner == "written" and _asked_about(text, found_date, cues):
                continue  # "sag mir, wer da am Dienstag rumgefummelt hat": what, not when
            if owner is not None:
                owned.setdefault(owner, found_date)
            if closes_a_list(text, found_date, cues):  # "an explanation and a plan, by Friday"
                for kind in owners:
                    spans = [m.end() for m in cues[kind].finditer(text)]
                    if spans and max(spans) <= found_date.start:
                        owned.setdefault(kind, found_date)
        # the lead-in's day dates each thing of its items; placed at the item's end, as its
        # offsets are the lead-in's
        after_item = (
            replace(intro_due, start=len(text), end=len(text))
            if intro_due is not None and original in listed
            else None
        )
        if after_item is not None:
            for kind in told:
                owned.setdefault(kind, after_item)
        clock = TIME.search(text)
        if (
            "meeting" in told
            and not dates
            and clock
            and prior_days
            and not previous
            and by_time is None  # "tu peux m'appeler avant 14h30 ?": today, by then
        ):  # a meeting's time alone, its day in the sentence before, which asked nothing
            day = prior_days[-1]
            owned["meeting"] = FoundDate(day.day, day.text, clock.start(), clock.start())
        if attending and "meeting" in told and "meeting" not in owned:
            day = prior_days[-1]  # the meeting's day, in the sentence before
            owned["meeting"] = FoundDate(day.day, day.text, len(text), len(text))
        same_day = next((d for d in dates if d.day == sent), None)
        if "fix" in told and "fix" not in owned and same_day is not None:
            owned["fix"] = same_day  # "someone on a call TODAY who can fix it": fixed today
        now = _immediate_fix(text, cues) if "fix" in told else None
        if now is not None:  # "Que alguien lo arregle YA, no el lunes": today, not Monday
            owned["fix"] = FoundDate(sent, now.group(0), now.start(), now.end())
        money = tuple(m.group(0).strip() for m in _MONEY.finditer(text))
        backed = cues is back and not base["refund"].search(text)
        times = times_owned(text, dates, owned, owners)
        prior_clock = TIME.search(prior_text) if attending else None
        if prior_clock is not None and not times.get("meeting"):
            times = {**times, "meeting": prior_clock.group(0)}  # "a las 10:30", said before
        senior = bool(cues["person"].search(text))
        ends = [d.start for d in dates] + [m.start() for m in TIME.finditer(text)]
        rows = _objects(text, told, lead.start(), ends, owned, cues, language)
        if after_item is not None:  # "- the October report and the November invoice": both
            rows = [(k, named, span, due or after_item) for k, named, span, due in rows]
        for n, (kind, named, phrase, due) in enumerate(rows):
            phrase = phrase or (generic if kind == "document" else None)
            ask = Ask(
                kind=kind,
                sentence=original,
                due=due.day if due else (sent if by_owner == kind else None),
                due_text=due.text if due else (by_text if by_owner == kind else ""),
                time=times.get(kind, "") or (by_clock if by_owner == kind else ""),
                money=money if kind == "refund" else (),
                senior=senior,
                # "de volta", "removed from": money asked back names no kind of refund
                what=named.group(0) if named and not (kind == "refund" and backed) else "",
                due_exact=(
                    due.exact and not after_deadline_word(text, due, cues)
                    if due
                    else by_owner != kind
                ),
                in_person=in_person and kind == "meeting",
                listed=original in listed and len(told) == 1,
                phrase=_phrase_text(text, phrase, language, due) if phrase else "",
                party=(
                    _party(text, language, lead.start(), ends, cues)
                    or (_senior_party(text, language, cues) if senior else "")
                    if kind == "meeting"
                    else ""
                ),
                place=(_place(text, cues) or (_place(prior_text, cues) if attending else ""))
                if kind == "meeting"
                else "",
            )
            key = kind
            if any(row[0] == kind for row in rows[:n]):
                key = f"{kind}:{len(order)}"  # a second document of the sentence
            elif ask.listed and kind in found and found[kind].listed:
                key = f"{kind}:{len(order)}"  # another item of the list: an ask of its own
            elif kind == "document" and kind in found and _other_document(found[kind], ask):
                key = f"{kind}:{len(order)}"  # "the reports ... P.S. reissue the invoices"
            before.append(key)
            if key not in found:
                found[key] = ask
                order.append(key)
            else:
                first = found[key]
                found[key] = replace(
                    first,
                    due=first.due or ask.due,
                    due_text=first.due_text or ask.due_text,
                    time=first.time or ask.time,
                    money=first.money or ask.money,
                    senior=first.senior or ask.senior,
                    due_exact=first.due_exact if first.due else ask.due_exact,
                    in_person=first.in_person or ask.in_person,
                    listed=first.listed and not ask.listed,  # two items: neither names both
                    phrase=first.phrase or ask.phrase,
                    party=first.party or ask.party,
                    place=first.place or ask.place,
                )
    asks = _with_named_people(
        [found[kind] for kind in order], whole_items(pieces, listed), language, listed
    )
    # "Fammi sapere.", "Let me know." after another ask: how they close, no ask of its own
    # (not "In writing, please.": the language's ``closings`` only)
    closing = lang.word_pattern(language, "closings")
    return tuple(
        ask
        for ask in asks
        if not (
            ask.kind == "written"
            and ask.due is None
            and len(ask.sentence.split()) <= CLOSING_WORDS
            and closing.search(ask.sentence)
            and any(other.kind != "written" for other in asks)
        )
    )


_START = re.compile("")


def _with_named_people(
    asks: list[Ask], items: list[str], language: str, listed: frozenset[str]
) -> tuple[Ask, ...]:
    """Return ``asks`` with a "person" ask for each sentence of ``items`` that asks for one
    of our people by name (:func:`assistant.checks._ask_names.asked_by_name`: "Je veux
    Karim dessus"), placed in text order, unless that sentence asks for a person already."""
    place = {item.strip(): n for n, item in enumerate(items)}
    result = list(asks)
    for n, item in enumerate(items):
        text = item.strip()
        name = asked_by_name(text, language, listed=text in listed)
        if not name or any(a.kind == "person" and a.sentence == text for a in asks):
            continue
        at = sum(1 for a in result if place.get(a.sentence, -1) <= n)
        result.insert(at, Ask(kind="person", sentence=text, name=name))
    return tuple(result)


def _asked_about(text: str, day: Any, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the date ``day`` (a FoundDate) stands in the clause of a question word
    (the language's ``question_words``: "who", "wer", "chi") with no deadline word before it:
    the day the question is about, not the day the answer is due ("tell me who changed it on
    Tuesday", "sag mir, wer da am Dienstag rumgefummelt hat")."""
    if after_deadline_word(text, day, cues):
        return False
    clause = re.split(r"[,;:.!?\u2013\u2014]", text[: day.start])[-1]
    return bool(cues["question"].search(clause))


#: A meeting's party runs to at most this many words ("com você e quem for assumir a conta").
PARTY_MAX_WORDS = 12


def _party(
    text: str, language: str, lead: int, ends: list[int], cues: dict[str, re.Pattern[str]]
) -> str:
    """Return who ``text`` (a sentence asking for a meeting) wants at it, as written: the
    language's ``meeting_with`` word after the request lead (at offset ``lead``) and what
    follows it, to a punctuation mark, a date or clock time (``ends``: offsets) or a word that
    ends a phrase (:func:`assistant.checks.phrases.phrase_head`: not "and", "met u en uw
    teamleider"); "" for none, for one over :data:`PARTY_MAX_WORDS` words and for one that
    names a thing asked for, not people ("contar con el informe"), or names no people at all
    (:func:`_names_people`: "with some good news")."""
    for match in cues["with"].finditer(text, lead):
        limit = min([at for at in ends if at > match.end()] + [len(text)])
        stop = next(  # not the full stop of an abbreviation: "con l'ing. Tomasz Kowalski"
            (
                m
                for m in re.finditer(r"[,;:.!?()\u2013\u2014]", text[match.end() : limit])
                if not (m.group(0) == "." and _abbreviated(text[: match.end() + m.start()]))
            ),
            None,
        )
        part = text[match.start() : match.end() + stop.start() if stop else limit]
        talk = cues["meeting"].search(part, match.end() - match.start())
        place = cues["place"].search(part, match.end() - match.start())
        cut = min([m.start() for m in (talk, place) if m is not None] + [len(part)])
        part = phrase_head(part[:cut], language)  # "met u en uw teamleider om tafel gaan"
        part = trim_end(part.rstrip(), language)  # "... amministratore delegato giovedì"
        words = part.split()
        things = [kind for kind in KINDS if kind != "person" and cues[kind].search(part)]
        if (
            1 < len(words) <= PARTY_MAX_WORDS
            and not things
            and _names_people(words, language, cues)
        ):
            return " ".join(words)
    return ""


#: Money asked back: a word of the language's ``money_back`` this close to an amount (words).
MONEY_BACK_WITHIN_WORDS = 16


def _money_back(text: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether ``text`` asks for money back: a word of the language's ``money_back``
    within :data:`MONEY_BACK_WITHIN_WORDS` words of an amount ("the EUR 195 removed from the
    invoice", "os R$ 2.800 ... de volta"), not within :data:`_CALL_BACK_WITHIN_WORDS` of a
    word of calling or answering ("Bitte rufen Sie mich wegen der Rechnung über 2.400 €
    zurück" is a call; "melden Sie sich ... zurück" asks for an answer)."""
    backs = list(cues["money_back"].finditer(text))[:_MAX_PAIRS]
    if not backs:
        return False  # before the amounts: _MONEY is slow on long runs of figures
    calls = [*cues["meeting"].finditer(text), *cues["answer"].finditer(text)][:_MAX_PAIRS]
    backs = [  # not the "back" of a call back: "rufen Sie mich ... zurück", "Bel me ... terug"
        back
        for back in backs
        if not any(_words_apart(call, back, text) <= _CALL_BACK_WITHIN_WORDS for call in calls)
    ]
    amounts = list(_MONEY.finditer(text))[:_MAX_PAIRS] if backs else []
    for amount in amounts:
        for back in backs:
            if _words_apart(amount, back, text) <= MONEY_BACK_WITHIN_WORDS:
                return True
    return False


#: At most this many cue words of a kind are paired in one sentence (a sentence of hundreds of
#: "back"s and amounts is no request: the pairing stays small).
_MAX_PAIRS = 12
#: A "back" this close to a word of calling (words between) is a call back.
_CALL_BACK_WITHIN_WORDS = 3


def _words_apart(one: re.Match[str], other: re.Match[str], text: str) -> int:
    """Return how many words of ``text`` stand between two matches (0 when they overlap)."""
    first, second = sorted((one, other), key=lambda m: m.start())
    return len(text[first.end() : second.start()].split())


#: A word of now names when a fix is wanted only this close to the fix (words between).
IMMEDIATE_WITHIN_WORDS = 8


def _immediate_fix(text: str, cues: dict[str, re.Pattern[str]]) -> re.Match[str] | None:
    """Return the word of now (the language's ``immediate``) that wants the fix ``text`` asks
    for today: in the fix cue's clause, at most :data:`IMMEDIATE_WITHIN_WORDS` words from it
    ("someone on it now", "Fix the broken checkout on the shop immediately"), not one in
    another clause ("Now that the site is back, fix the tracking by Friday": Friday); None
    for none."""
    fixes = list(cues["fix"].finditer(text))[:_MAX_PAIRS]
    for now in list(cues["immediate"].finditer(text))[:_MAX_PAIRS]:
        for fix in fixes:
            first, second = sorted((fix, now), key=lambda m: m.start())
            between = text[first.end() : second.start()]
            if len(between.split()) <= IMMEDIATE_WITHIN_WORDS and not re.search(r"[,;:]", between):
                return now
    return None


def _abbreviated(before: str) -> bool:
    """Tell whether ``before`` ends in an abbreviation a full stop follows ("l'ing", "Dr"):
    every language's ``abbreviations`` (:data:`assistant.lang.sentences.ABBREVIATIONS`)."""
    from assistant.lang.sentences import ABBREVIATIONS

    word = re.split(r"[\s'\u2019]", before)[-1].lower()
    return word in ABBREVIATIONS


def _senior_party(text: str, language: str, cues: dict[str, re.Pattern[str]]) -> str:
    """Return the senior person a meeting is asked with when no "with ..." phrase names them
    ("je souhaiterais rencontrer votre directeur" -> "avec votre directeur"): the language's
    one-word ``meeting_with`` before the person cue's words, when those start with a
    determiner or possessive (the language's ``determiners``); "" otherwise, and in a language
    that declines its nouns after "with" (``nouns_capitalised``: German "mit Ihrem ...")."""
    known = lang.get(language)
    found = cues["person"].search(text)
    word = known.meeting_with[0] if len(known.meeting_with) == 1 else ""
    if found is None or known.nouns_capitalised or not re.fullmatch(r"\w+", word):
        return ""
    first = found.group(0).split()[0]
    if not any(re.fullmatch(rf"(?:{d})", first, re.IGNORECASE) for d in known.determiners):
        return ""
    return f"{word} {found.group(0)}"


def _names_people(words: list[str], language: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether ``words`` (a "with ..." phrase, its first word the language's "with")
    names people: a role (the ``person`` cue: "your MD"), a capitalised name ("Hugo"), or a
    pronoun or possessive the restatement turns among its first three words ("my team",
    "votre directeur", "insieme al nostro responsabile"); not "with some good news", "with
    the dashboard open"."""
    rest = words[1:]
    named = any(word[:1].isupper() and not word.isupper() for word in rest)  # not "ETA"
    if cues["person"].search(" ".join(rest)) or named:
        return True
    pronouns = _swapped_words(language)
    return any(word.casefold().strip(",.") in pronouns for word in rest[:3])


@cache
def _swapped_words(language: str) -> frozenset[str]:
    """The single words the language's restatement turns (its ``restate_swaps`` of both
    registers: pronouns, possessives, verb forms), casefolded; built once per language."""
    known = lang.get(language)
    return frozenset(
        key.casefold()
        for key in (*known.restate_swaps, *known.restate_swaps_informal)
        if " " not in key
    )


def _place(text: str, cues: dict[str, re.Pattern[str]]) -> str:
    """Return where ``text`` wants a meeting held, as written (the language's
    ``meeting_places``: "at our office", "bei uns im Haus"); "" for none."""
    match = cues["place"].search(text)
    return " ".join(match.group(0).split()) if match else ""


def _inside(at: int, spans: list[tuple[int, int]]) -> bool:
    return any(start <= at < end for start, end in spans)


def _objects(
    text: str,
    kinds: list[str],
    lead: int,
    ends: list[int],
    owned: dict[str, Any],
    cues: dict[str, re.Pattern[str]],
    language: str,
) -> list[tuple[str, re.Match[str] | None, tuple[int, int] | None, Any]]:
    """Return, for each of ``kinds`` asked in ``text``, its cue word, the span of the noun
    phrase it stands in (:func:`assistant.checks.phrases.object_phrase`; None for none) and
    its date (a FoundDate of ``owned``, or None). Two documents in phrases of their own are
    two asks ("the incident report by Wednesday, and a corrected invoice for October"): each
    takes the date that follows it before the next, and a date closing the sentence after a
    comma dates both. A cue word inside an aside (:func:`aside_spans`) names no ask while the kind
    is named outside one."""
    rows: list[tuple[str, re.Match[str] | None, tuple[int, int] | None, Any]] = []
    asides = aside_spans(text, cues)
    for kind in kinds:
        # "..., pra eu conseguir fechar o relatório": what a purpose clause names is no ask
        matches = [m for m in cues[kind].finditer(text) if not _inside(m.start(), asides)]
        matches = matches or list(cues[kind].finditer(text))
        asked = [m for m in matches if m.end() > lead] or matches
        due = owned.get(kind)
        if kind not in PHRASE_KINDS:
            rows.append((kind, asked[0] if asked else None, None, due))
            continue
        spans: list[tuple[re.Match[str], tuple[int, int] | None]] = []
        for match in asked:
            if any(span and span[0] <= match.start() < span[1] for _, span in spans):
                continue  # "a copy of the invoice": one phrase
            spans.append((match, object_phrase(text, match.span(), language, ends=ends)))
            if kind != "document":
                break
        several = [(m, span) for m, span in spans if span is not None]
        if kind != "document" or len(several) < 2:
            first = spans[0] if spans else None
            rows.append((kind, first[0] if first else None, first[1] if first else None, due))
            continue
        closing = due is not None and closes_a_list(text, due, cues)
        starts = [span[0] for _, span in several if span is not None] + [len(text)]
        for i, (match, span) in enumerate(several):
            assert span is not None
            until = starts[i + 1]
            own = due if due is not None and (closing or span[1] <= due.start < until) else None
            if due is not None and i == 0 and due.start < span[0]:
                own = due  # "By Friday I need the report and the invoice": the first
            rows.append((kind, match, span, own))
    return rows


def _phrase_text(text: str, span: tuple[int, int], language: str, due: Any) -> str:
    """Return the phrase at ``span`` of ``text`` with one space between words and without
    the date ``due`` (a FoundDate) should it hold it, nor a weekday left at its end
    (:func:`assistant.checks.phrases.trim_end`)."""
    phrase = " ".join(text[span[0] : span[1]].split())
    if due is not None and due.text in phrase:
        phrase = without_date(phrase, due.text, language)
    return without_deadline(phrase.strip(' ,;:.!?"“”«»'), language)


def _other_document(first: Ask, later: Ask) -> bool:
    """Tell whether ``later`` asks for another document than ``first`` in a sentence of its
    own: its word differs past a plural "s" ("the reports", "the invoices"), and neither
    sentence holds the other's word."""
    one, other = first.what.lower().rstrip("s"), later.what.lower().rstrip("s")
    return (
        bool(one and other)
        and one != other
        and first.sentence != later.sentence
        and other not in first.sentence.lower()
        and one not in later.sentence.lower()
    )


def starts_as_noun_phrase(text: str, language: str) -> bool:
    """Return True when ``text`` (a list item) starts as a noun phrase does, with one of the
    language's ``noun_openers`` ("la justification de l'écart", "a breakdown of ..."; every
    language's for one without them)."""
    openers = join_words("noun_openers", language)
    return bool(openers) and bool(re.match(rf"(?:{openers})(?!\w)", text, re.IGNORECASE))


def _joined(text: str, kind: str, others: set[str], cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether a word of ``kind`` stands in its own phrase, after a conjunction or a
    semicolon that follows every word of ``others`` before it ("a credit of 300 euros and the
    new mock-up": the mock-up is asked too; "a refund on the invoice": it is not)."""
    for match in cues[kind].finditer(text):
        before = [
            m.end() for k in others for m in cues[k].finditer(text) if m.end() <= match.start()
        ]
        if before and cues["join"].search(text[max(before) : match.start()]):
            return True
        after = [
            m.start() for k in others for m in cues[k].finditer(text) if m.start() >= match.end()
        ]
        if not before and after and cues["join"].search(text[match.end() : min(after)]):
            return True  # "il report entro venerdì e di spiegarmi per iscritto"
    return False


def _describes(text: str, kind: str, noun: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether a word of ``kind`` describes a word of ``noun``: right before it ("the
    corrected invoice", "die korrigierte Rechnung"), or after it with at most three words and
    no punctuation or conjunction between ("le devis corrigé", "un rapport de novembre
    corrigé"; not "the report by Friday and fix the form")."""
    spans = [m.span() for m in cues[noun].finditer(text)]
    for m in cues[kind].finditer(text):
        for start, end in spans:
            if m.end() <= start and not text[m.end() : start].strip():
                return True
            gap = text[end : m.start()] if end <= m.start() else None
            if (
                gap is not None
                and len(gap.split()) <= 3
                and not re.search(r"[,;:.!?]", gap)
                and not cues["join"].search(gap)
            ):
                return True
    return False


def _date_the_asks_before(
    text: str, language: str, sent: date, kinds: list[str], found: dict[str, Ask]
) -> None:
    """Give the first date ``text`` names (a sentence that asks for no kind of its own: "You
    have until Wednesday 2 December.", "Bis Freitag.") to each ask of ``kinds`` (those of the
    sentence before it) that has none yet."""
    dates = [d for d in find_dates(text, language, base=sent) if d.day >= sent]
    if not dates:
        return
    day = dates[0]
    for kind in kinds:
        ask = found.get(kind)
        if ask is None:
            continue
        # a day named inside the span the ask gave refines it: "Kunnen we volgende week even
        # bellen? Dinsdag of woensdag na 14u kan ik.": Tuesday
        # only a meeting's span is refined; a deadline is never moved earlier
        if ask.due is not None and (
            ask.due_exact or not day.exact or day.day > ask.due or kind != "meeting"
        ):
            continue
        clock = TIME.search(text, day.end)
        found[kind] = replace(
            ask,
            due=day.day,
            due_text=day.text,
            due_exact=day.exact and not after_deadline_word(text, day, ask_cues(language)),
            time=ask.time or (clock.group(0) if clock and kind == "meeting" else ""),
        )


def without_date(text: str, due_text: str, language: str) -> str:
    """Return ``text`` without the date ``due_text`` (as an :class:`Ask` holds it) and the
    deadline word before it ("a breakdown of the new rates by 1 December" -> "a breakdown of
    the new rates"), and without the commas, semicolons and full stops that end it."""
    at = text.rfind(due_text) if due_text else -1
    if at >= 0:
        before = ask_cues(language)["deadline"].sub("", without_weekday(text[:at], language))
        text = before.rstrip() + " " + text[at + len(due_text) :].lstrip()
    return " ".join(text.split()).rstrip(" ,;.:")


def names_kind(text: str, kind: str, language: str) -> bool:
    """Return True when ``text`` names the ask kind ``kind`` (one of :data:`KINDS`) in
    ``language`` ("refund", "credit note" for "refund" in English)."""
    return bool(ask_cues(language)[kind].search(text))


def without_kind(text: str, kind: str, language: str) -> str:
    """Return ``text`` without the words that name the ask kind ``kind`` (one of
    :data:`KINDS`) in ``language`` ("una respuesta por escrito" -> "una  ")."""
    return ask_cues(language)[kind].sub(" ", text)


def refuses_calls(text: str, language: str) -> bool:
    """Return True when ``text`` says no calls ("no more calls", "bitte nicht telefonisch")."""
    return bool(ask_cues(language)["no_call"].search(text))


def named_role(ask: Ask, language: str) -> str:
    """Return the person a "person" ask wants involved as a reply in ``language`` names them,
    from the words the client used (its ``what``: "your managing director" -> "our managing
    director", "Ihren Geschäftsführer" -> "unser Geschäftsführer"): the first of the
    language's ``senior_roles`` that matches; the name of one of our people asked for by
    name, as written (its ``name``: "Karim"); "" for another kind or a role not listed."""
    if ask.kind != "person":
        return ""
    if ask.name:
        return ask.name  # "Je veux Karim dessus": Karim
    # the words the cue found and what follows them: "votre directeur général"
    at = ask.sentence.find(ask.what) if ask.what else -1
    said = ask.what + (ask.sentence[at + len(ask.what) :][:ROLE_AFTER] if at >= 0 else "")
    for pattern, ours in lang.get(language).senior_roles:
        if re.search(pattern, said, re.IGNORECASE):
            return ours
    return ""


def unanswered(asks: tuple[Ask, ...], reply: str, language: str) -> list[str]:
    """Return a finding for each ask ``reply`` does not acknowledge.

    An ask is acknowledged when the reply names its kind in the reply's language (a word of
    the kind's cues: "refund", "call", "in writing"...; a person asked for, the role they
    named as we name it: :func:`named_role`) or, for an ask with a date, names
    that day (its number next to its month, or its weekday). Findings read "the reply does
    not answer the client's ask for a refund (by 6 November)".
    """
    cues = ask_cues(language)
    findings = []
    for ask in asks:
        if cues[ask.kind].search(reply):
            continue
        role = named_role(ask, language)
        if role and role.casefold() in reply.casefold():
            continue  # "Pretende que o nosso diretor-geral intervenha"
        if ask.due is not None and any(
            d.day == ask.due for d in find_dates(reply, language, base=ask.due)
        ):
            continue
        if ask.due is not None and any(
            d.day == ask.due for d in find_dates(reply, language, base=_week_before(ask.due))
        ):
            continue
        when = f" (by {ask.due.isoformat()})" if ask.due else ""
        findings.append(f"the reply does not answer the client's ask: {_LABELS[ask.kind]}{when}")
    return findings


_LABELS = {
    "refund": "money back (refund, credit or discount)",
    "meeting": "a call or meeting",
    "written": "a written answer",
    "document": "a document",
    "fix": "something put right",
    "decision": "a decision",
    "person": "someone more senior",
}


def _week_before(day: date) -> date:
    from datetime import timedelta

    return day - timedelta(days=6)
