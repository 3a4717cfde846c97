"""Which request lead governs a sentence, and what in it is aside (checks/asks.py).

A lead ("please", "ich möchte", "je voudrais") asks only when it is not negated, does not
announce ("Ich möchte Sie informieren, ..."), is not thought aloud ("mi chiedo se ...") and
is not a candour lead-in ("Ich will offen sein: ..."); reasons, parentheses, opening
conditions and the end of a period ("avant la fin du contrat") are asides whose words ask for
nothing. The patterns are those of :func:`assistant.checks._ask_cues.ask_cues`.
"""

from __future__ import annotations

import re

from assistant import lang
from assistant.checks._ask_cues import KINDS

#: How far around a lead its neighbouring words are read, in characters: a few words, never
#: the whole text (a long text of leads would be read once per lead).
_WORDS_SPAN = 400


def asking_lead(
    text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]
) -> re.Match[str] | None:
    """Return ``lead``, or the next request lead of ``text`` that asks, when it is negated (a
    negation right before it, as its second word or right after it: "Y no quiero hablar con
    comerciales", "je ne veux pas", "will ich nicht") or announces (the language's
    ``informing`` within the four words after it: "Ich möchte Sie darüber informieren, bevor der
    Bericht verteilt wird", or opening the six after it: "Ik wil u dan ook laten weten"; not
    "Ich möchte, dass Sie mich informieren", "I need your developers to point out") or is told
    with what came of it (:func:`_told`); None when no lead asks."""
    found: re.Match[str] | None = lead
    while found is not None and (
        _negated(text, found, cues) or _announces(text, found, cues) or _told(text, found, cues)
    ):
        found = cues["lead"].search(text, found.end())
    return found


def _told(text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the request ``lead`` is told with what came of it, later in its clause
    (the language's ``request_outcomes``, before any comma: "Les pedimos el informe … y llegó
    tres semanas tarde"): a request made before, not one made now (:func:`asking_lead`; not
    "Please call me back today, I rang twice and nobody answered")."""
    stop = re.search(r"[,;.!?]", text[lead.end() :])  # in the request's own clause
    end = lead.end() + stop.start() if stop else len(text)
    return cues["outcome"].search(text, lead.end(), end) is not None


def _negated(text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the request ``lead`` is negated (:func:`asking_lead`); an ultimatum
    ("if it's not live by 9am") is a condition, not a negated request."""
    if cues["condition"].match(lead.group(0)):
        return False
    before = re.search(
        r"([\w'\u2019]+)\W*$", text[max(0, lead.start() - _WORDS_SPAN) : lead.start()]
    )
    if before and (
        cues["negation"].fullmatch(before.group(1))
        or before.group(1).casefold().endswith(("n't", "n\u2019t"))
    ):
        return True
    words = lead.group(0).split()
    if len(words) >= 2 and cues["negation"].fullmatch(words[1]):
        return True
    after = re.match(r"\s*([\w'\u2019]+)", text[lead.end() :])
    return bool(after and cues["negation"].fullmatch(after.group(1)))


def _announces(text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether the request ``lead`` announces (:func:`asking_lead`)."""
    words = text[lead.end() : lead.end() + _WORDS_SPAN].split()
    near, opening = " ".join(words[:4]), " ".join(words[:6])
    return bool(cues["informing"].search(near) or cues["informing"].match(opening))


def not_thought_aloud(
    text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]
) -> re.Match[str] | None:
    """Return ``lead``, or the lead that asks after it, when it stands in a clause thought
    aloud (the language's ``wonder_words`` to the next ";", ".", "!" or "?": "mi chiedo se
    tutto quello che pago mi serve davvero"); a lead that opens a clause after a comma in it,
    or after a comma and a conjunction (the language's ``conjunctions``), asks ("I wonder
    whether the report is worth it, please tell me", "mi chiedo se mi serve, e vorrei una
    chiamata venerdì"); None when no lead asks."""
    wonder = cues["wonder"].search(text)
    if wonder is None or lead.start() < wonder.start():
        return lead
    stop = re.search(r"[;.!?]", text[wonder.end() :])
    end = wonder.end() + stop.start() if stop else len(text)
    for comma in re.finditer(r",\s*", text[wonder.end() : end]):
        at = wonder.end() + comma.end()
        joined = cues["join"].match(text, at)  # ", and we need it by Friday"
        after = len(text) - len(text[joined.end() :].lstrip()) if joined else at
        for start in dict.fromkeys((at, after)):
            found = cues["lead"].match(text, start)
            if found:
                return found
    return cues["lead"].search(text, end) if end < len(text) else None


def governing_lead(
    text: str, lead: re.Match[str], cues: dict[str, re.Pattern[str]]
) -> re.Match[str] | None:
    """Return the request lead that governs what ``text`` asks for: ``lead``, unless its
    clause is a candour lead-in ending in a colon, the language's copula after it and no kind
    named before the colon ("Ich will offen sein: Bergwerk hat uns ein Angebot gemacht", "I
    have to be honest: ..."); then the first lead after the colon, or None."""
    colon = text.find(":", lead.end())
    if colon < 0 or not cues["copula"].search(text[lead.end() : colon]):
        return lead
    if any(cues[kind].search(text[:colon]) for kind in KINDS):
        return lead
    return cues["lead"].search(text, colon + 1)


def aside_spans(text: str, cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int]]:
    """Return the spans of ``text`` that give a reason or an aside, not a request: a
    parenthesis ("(c'est lui qui avait signé le contrat)"), the end of a period (the
    language's ``period_ends``: "avant la fin du contrat"), a reason clause after a comma
    or dash ("..., since this touches the contract", "..., weil der Vertrag ...") to the next
    semicolon or full stop; one that holds a request lead of its own is no aside; and a
    condition that opens the sentence, to its first comma, when a request lead follows that
    comma and none is inside it ("Se não der para resolver hoje, me manda ... uma planilha":
    the spreadsheet; "If you could send me the invoice, and call me" asks for both); and
    what such a condition's client will do after its comma, when it ends the contract, puts
    the work out to tender or holds payment and asks nothing ("Unless this is sorted, we
    will hold payment of your invoice": no invoice asked for)."""
    spans = [m.span() for m in re.finditer(r"\([^()]*\)", text)]
    spans += [m.span() for m in cues["period_end"].finditer(text)]  # "avant la fin du contrat"
    condition = cues["condition"].match(text)
    comma = text.find(",", condition.end()) if condition else -1
    if (  # "If it can't be fixed today, send ...", not "If you could send me ..., and ..."
        condition is not None
        and comma > 0
        and cues["lead"].search(text, comma)
        and not cues["lead"].search(text, condition.end(), comma)
    ):
        spans.append((0, comma))
    elif (  # "Unless this is sorted, we will end the contract and hold payment": what they will do
        condition is not None
        and comma > 0
        and cues["announced"].search(text, comma)
        and not cues["lead"].search(text, comma)
    ):
        spans.append((comma, len(text)))
    for match in cues["reason"].finditer(text):
        end = re.search(r"[,;.!?]", text[match.end() :])
        stop = match.end() + end.start() if end else len(text)
        if not _asks_within(text[match.end() : stop], cues):
            spans.append((match.start(), stop))
    return spans


def _asks_within(clause: str, cues: dict[str, re.Pattern[str]]) -> bool:
    """Tell whether ``clause`` asks for something of its own: a request lead with a kind
    named after it ("…, because I need the numbers by Friday"), not one that names none
    ("…, porque temos reunião com os investidores e queria levá-la")."""
    lead = cues["lead"].search(clause)
    return lead is not None and any(cues[kind].search(clause, lead.end()) for kind in KINDS)


def purpose_spans(text: str, cues: dict[str, re.Pattern[str]]) -> list[tuple[int, int]]:
    """Return the spans of ``text`` that say what a meeting is for (the language's
    ``meeting_purposes``: "para fecharmos o plano para 2027", "to go through the report"),
    each to the next comma, semicolon or full stop, or to a conjunction before a new request
    ("to go through the figures and send me the corrected invoice": the invoice is asked
    for): what they name is the meeting's subject, not a thing asked for of its own."""
    spans = []
    for match in cues["purpose"].finditer(text):
        end = re.search(r"[,;.!?]", text[match.end() :])
        stop = match.end() + end.start() if end else len(text)
        # "… and send me the corrected invoice": a new request ends it, not "i dati e il
        # calendario" (two things the meeting is for)
        for joined in cues["join"].finditer(text, match.end(), stop):
            rest = text[joined.end() : stop]
            if cues["lead"].match(rest.lstrip()) or _TO_ME.match(rest):
                stop = joined.start()
                break
        spans.append((match.start(), stop))
    return spans


#: A verb with "me" or "us" after it (every language's ``object_pronouns``), as a new request
#: opens ("send me", "envoyez-moi", "schicken Sie mir", "mándenos").
_TO_ME = re.compile(
    rf"\s*\w+(?:\s+sie)?(?:\s+|-)(?:{lang.alternation('object_pronouns')})\b", re.IGNORECASE
)
