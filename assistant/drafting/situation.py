"""The situation a reply's thanks and step-1 question fit: one kind per email.

PLAYBOOK.md, step 1 asks what competitors do differently and what we could do better, and
"What a good client reply looks like" wants the thanks and that question to fit the email.
The playbook question is right for most complaints and wrong for some: a formal notice, an
invoice dispute or a client who owns part of the problem is not asked how other providers
compare. :func:`read_situation` reads which case an email is, from its words (each
language's ``situations`` patterns, :mod:`assistant.checks.situations`), its asks, the
account's facts and its heat, and both drafters word the thanks and the question by it: the
offline templates (``prompts/offline/reply.<lang>.j2``) and the model's request
(``prompts/reply.j2``).
"""

from __future__ import annotations

import re
import zlib
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from assistant import lang
from assistant.checks.situations import situations
from assistant.drafting.answers import Reading
from assistant.lang.dates import add_working_days, find_dates
from assistant.mail.message import Email
from assistant.mail.reply import without_reply_prefixes

#: The kinds, strongest first: the first that holds is the email's situation.
#:
#: - ``notice``: a formal or legal notice, or notice of termination ("we hereby terminate",
#:   "mise en demeure", "unser Anwalt"): a sober acknowledgement; the one question is what
#:   they need from us before their date;
#: - ``outage``: something broken must work again by the next working day (a fix ask due
#:   then), or is broken now (the language's ``outage`` situation: a breakage and a word of
#:   now in one sentence, "has shown nothing since about 6am"): what they need meanwhile;
#: - ``offer``: a named competitor and its offer: what matters most to them in it;
#: - ``partly_wrong``: the client owns part of the problem ("I know we sent the texts
#:   late") or the account's facts say the scope differs from what they expected (a contract
#:   fact with a negation on their topic): understand what they expected, no comparison;
#: - ``leave``: a threat to leave: what others offer and what would make them stay;
#: - ``price``: a price rise: what they compare the price with, what would make it worth it;
#: - ``ranking``: a lower place at a review: what others do better where they rated us lower;
#: - ``billing``: a refund, credit or invoice dispute: no comparison; which items they
#:   dispute when it is the invoice and they named no amount, else no step-1 question;
#: - ``competitor``: other providers without a name: what they do differently;
#: - ``deadline``: missed dates: how others keep theirs, what we could do better;
#: - ``general``: the playbook's question, in one of a few phrasings (:attr:`Situation.variant`).
KINDS = (
    "notice",
    "outage",
    "offer",
    "partly_wrong",
    "leave",
    "price",
    "ranking",
    "billing",
    "competitor",
    "deadline",
    "general",
)
#: The kinds that get no "what do other providers do better" question.
NO_COMPARISON = frozenset({"notice", "outage", "partly_wrong", "billing"})
#: How many phrasings of the general question each reply template holds.
VARIANTS = 3
#: From this inbound heat (0..1, :func:`assistant.checks.tone.assess_inbound`) on, the thanks
#: of a general complaint acknowledges how it has been for them before anything else.
HEATED = 0.5


@dataclass(frozen=True)
class Situation:
    """The situation of one email, for its thanks and step-1 question.

    ``kind`` one of :data:`KINDS`; ``until`` the day a notice takes effect or its deadline
    falls (the first date after the email's Date in a sentence of the notice; None when
    none is given); ``disputed`` True when a complaint disputes an invoice and names
    neither an amount nor a figure (the question asks which items); ``heated`` True from
    :data:`HEATED` on; ``variant`` 0..:data:`VARIANTS`-1, which phrasing of the general
    question (the same email always gets the same one); ``invoice`` True when a billing
    complaint is about an invoice (the question asks what would make our invoices easier to
    check), False for money asked back over the work itself (what would make it worth the
    fee).
    """

    kind: str = "general"
    until: date | None = None
    disputed: bool = False
    heated: bool = False
    variant: int = 0
    invoice: bool = False

    @property
    def compares(self) -> bool:
        """True when the reply asks how other providers compare (PLAYBOOK.md, step 1)."""
        return self.kind not in NO_COMPARISON


def read_situation(
    email: Email,
    reading: Reading,
    language: str,
    *,
    today: date,
    facts: Sequence[str] = (),
    heat: float | None = None,
) -> Situation:
    """Return the :class:`Situation` of ``email`` from its :class:`Reading` in ``language``
    (ISO 639-1), the account's step-3 ``facts`` (the client book's) and
    its inbound ``heat`` (0..1; None reads it, :func:`assistant.checks.tone.assess_inbound`).

    ``today`` is the day of the reply: a fix ask due by the next working day after it is an
    outage. Deterministic: the same email gets the same situation and variant. Raises nothing.
    """
    if heat is None:
        from assistant.checks.tone import assess_inbound

        heat = assess_inbound(email.subject, email.new_text, language).score
    found = set(reading.situations)
    # "Re: Invoice HD-2611-044 - November": an email about one numbered invoice disputes it
    invoice = _invoice_lines(email.new_text, reading, language) + [
        subject
        for subject in [without_reply_prefixes(email.subject)]
        if "invoice" in situations(subject, language) and _INVOICE_NUMBER.search(subject)
    ]
    sent = email.date.date() if email.date is not None else today
    text = email.new_text
    kind = "general"
    next_day = add_working_days(today, 1)
    if "notice" in found:
        kind = "notice"
    elif any(a.kind == "fix" and a.due is not None and a.due <= next_day for a in reading.asks):
        kind = "outage"
    elif reading.competitor_named:
        kind = "offer"
    elif "outage" in found:  # "The dashboard has shown nothing since 6am": broken now
        kind = "outage"
    elif "own_part" in found or _scope_differs(facts, reading.complaints or (text,), language):
        kind = "partly_wrong"
    elif "leave" in found:
        kind = "leave"
    elif "price" in found:
        kind = "price"
    elif "ranking" in found:
        kind = "ranking"
    elif "refund" in found or any(a.kind == "refund" for a in reading.asks) or invoice:
        kind = "billing"
    elif "competitor" in found:
        kind = "competitor"
    elif "deadline" in found:
        kind = "deadline"
    # which items they dispute is asked only when they named none: no amount, no figure
    named = any(a.kind == "refund" and a.money for a in reading.asks) or any(
        re.search(r"\d", line) for line in invoice
    )
    return Situation(
        kind=kind,
        until=_notice_date(text, language, sent) if kind == "notice" else None,
        disputed=kind == "billing" and bool(invoice) and not named,
        invoice=kind == "billing" and bool(invoice),
        heated=heat >= HEATED,
        variant=zlib.crc32(" ".join(text.split()).encode()) % VARIANTS,
    )


#: An invoice's number in a Subject: "HD-2611-044", "2026-0311", "Nr. 311", "#4471" (not a
#: date alone: "ab 1. Januar 2027").
_INVOICE_NUMBER = re.compile(
    r"(?i)\b[a-z]{1,5}-?\d{3,}|\b\d{3,}[-/]\d{2,}|(?:\bnr|\bno|n[°º]|#)\.?\s*\d{2,}"
)


def _invoice_lines(text: str, reading: Reading, language: str) -> list[str]:
    """Return the sentences of ``text`` that complain about an invoice (the language's
    ``invoice`` situation, with :func:`assistant.drafting.concerns.score_sentence` of 2 or
    more or a figure: "die Adresse, die auf Ihrer Rechnung steht" is none), but for one that
    asks for something: "please send the corrected invoice" or
    "mi aspetto uno sconto sulla prossima fattura" is an ask, answered as one, and no
    dispute of an invoice."""
    from assistant.drafting.concerns import score_sentence, split_sentences

    asked = {ask.sentence for ask in reading.asks}
    return [
        s
        for s in split_sentences(text)
        if s not in asked
        and "invoice" in situations(s, language)
        # with a complaint or a figure: not "an die Adresse, die auf Ihrer Rechnung steht"
        and (score_sentence(s, language) >= 2 or re.search(r"\d", s))
    ]


def _scope_differs(facts: Sequence[str], complaints: Sequence[str], language: str) -> bool:
    """Tell whether a fact of the account says the scope is not what the client expects: it
    names the contract (every language's ``contract_words``), holds a negation (every
    language's ``negations``: "a quarterly review, not a monthly report") and shares a topic
    word with a complaint."""
    from assistant.drafting.record import shared, stems

    clause = re.compile(rf"(?i)(?<!\w)(?:{lang.alternation('contract_words')})(?!\w)")
    negation = re.compile(rf"(?i)(?<!\w)(?:{lang.alternation('negations')})(?!\w)")
    about = stems(" ".join(complaints))
    return any(
        clause.search(fact) and negation.search(fact) and shared(stems(fact), about)
        for fact in facts
    )


def _notice_date(text: str, language: str, sent: date) -> date | None:
    """Return the first date after ``sent`` in a sentence of the notice (one the language's
    ``notice`` pattern matches, or the sentence after it), else in the whole text; None.

    A date written without its year that would fall more than :data:`NOTICE_HORIZON_DAYS`
    ahead is a past one ("Op 14 juli jl. is overeengekomen": July of this year, not next)."""
    from assistant.drafting.concerns import split_sentences

    sentences = split_sentences(text)
    marked = [i for i, s in enumerate(sentences) if "notice" in situations(s, language)]
    near = [sentences[j] for i in marked for j in (i, i + 1) if j < len(sentences)]
    horizon = sent + timedelta(days=NOTICE_HORIZON_DAYS)
    for where in (*near, text):
        later = [
            found.day
            for found in find_dates(where, language, base=sent)
            if found.day > sent and (found.day <= horizon or _YEAR.search(found.text))
        ]
        if later:
            return later[0]
    return None


#: A notice's date without a year lies at most this many days after the email (a half year).
NOTICE_HORIZON_DAYS = 183

_YEAR = re.compile(r"\b\d{4}\b|'\d{2}\b")
