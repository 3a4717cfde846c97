"""The checks a reply's text gets whenever it changes, and which of them block sending.

One function for every moment a text is judged: when it is drafted, after each ``outbox
edit``, and again just before ``outbox send`` (the stored notes are never trusted: the
text may have changed). Findings that can never be right in a client's mailbox block
sending until the text is edited or the user accepts them with a reason
(PLAYBOOK.md, "What a good client reply looks like"): a preamble, placeholders,
citations of no logged work, internal figures, other clients' names, and links,
addresses, phone or account numbers, money amounts and percentages that no source
gives, and the service tier by name when the client book says not to. Promises of money or
deadlines the record does not hold, an ask of the client the reply does not answer, and a
Reply-To on another domain, are flagged without blocking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from email.utils import parseaddr
from typing import TYPE_CHECKING

from assistant import lang
from assistant.checks import review
from assistant.checks.addresses import copies_finding, reply_to_finding
from assistant.checks.asks import Ask, extract_asks, listed_asks, names_kind, unanswered
from assistant.checks.references import (
    promises,
    unsourced_amounts,
    unsourced_dates,
    unsourced_references,
)
from assistant.drafting.answers import is_calm
from assistant.drafting.facts import AccountFacts, gather_facts, leaks

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.mail.message import Email


#: Finding kinds, by how their sentence starts: what ``[checks] hold_on`` names.
KINDS: dict[str, tuple[str, ...]] = {
    "preamble": ("the reply starts with a preamble",),
    "placeholder": ("placeholders left",),
    "citation": ("work-log citations",),
    "internal_figure": ("the reply mentions the internal figure",),
    "other_client": ("the name of another client",),
    "link": ("a link that",),
    "address": ("an e-mail address that",),
    "phone": ("a phone number that",),
    "account_number": ("an account number",),
    "amount": ("an amount that",),
    "promise": ("a promise the record",),
    "date": ("a date that no source",),
    "reply_to": ("the reply goes to the Reply-To", "a reply to all also goes"),
    "excuse": ("excuse or blame",),
    "length": ("the reply is short", "the reply is long"),
    "language": ("the reply is in ",),
    "greeting": ("the reply does not greet",),
    "formality": ("the reply says ",),
    "questions": ("the reply asks",),
    "thanks": ("the reply does not thank", "thank and restate"),
    "ask": ("the reply does not answer the client's ask",),
    "tier": ("the reply names the service tier",),
}


#: The kinds that always block sending (the others only with ``[checks] hold_on``).
ALWAYS_BLOCKING = frozenset(
    {
        "preamble",
        "placeholder",
        "citation",
        "internal_figure",
        "other_client",
        "link",
        "address",
        "phone",
        "account_number",
        "amount",
        "tier",
    }
)


def kind_of(finding: str) -> str:
    """Return the kind of a finding (a key of :data:`KINDS`), or "other"."""
    for kind, starts in KINDS.items():
        if finding.startswith(starts):
            return kind
    return "other"


@dataclass(frozen=True)
class Findings:
    """What the checks found in one text: every finding, and those that block sending.

    ``blocking`` is a subset of ``all``; both are sentences for the user, in order.
    """

    all: tuple[str, ...] = ()
    blocking: tuple[str, ...] = ()


def review_text(
    text: str,
    *,
    source: Email,
    language: str,
    settings: Settings,
    now: datetime,
    facts: AccountFacts | None = None,
    sender: str | None = None,
) -> Findings:
    """Return the findings for ``text``, a reply to ``source`` in ``language``.

    ``facts`` are the account facts (gathered from the book and work log when None; a
    book or log that cannot be read leaves the figure checks out, never the others).
    ``sender`` is the reply's From (the identity's domain is the user's own, so its links
    and addresses are trusted). Kinds named in ``settings.hold_on`` ([checks] hold_on:
    keys of :data:`KINDS`) block too. Pure but for reading the book and log.
    """
    if facts is None:
        from assistant.errors import AccountsError

        try:
            facts = gather_facts(source, settings=settings, now=now)
        except AccountsError:
            facts = None
    blocking = review.blocking_findings(text)
    if facts is not None:
        blocking += leaks(text, facts)
    sources = _sources(source, facts, settings, sender)
    blocking += unsourced_references(text, sources, own_domains=_own_domains(settings, sender))
    blocking += unsourced_amounts(text, sources)
    known = lang.find(language)
    words = known.promises if known is not None and known.promises else ()
    if not words:
        words = tuple(w for each in lang.with_data("promises") for w in each.promises)
    held = [source.text, *(facts.perspective if facts is not None else ())]
    asks = _client_asks(source, language, now)
    if any(ask.kind == "refund" for ask in asks):  # in any language: "Żądam zwrotu" -> "refund"
        held.append(" ".join(w for w in words if names_kind(w, "refund", language)))
    promised = promises(text, words, held)  # flagged, not blocking: "by end of day" is fine
    blocking += _other_clients(text, settings, facts)
    tier = _tier_finding(text, facts)
    if tier is not None:
        blocking.append(tier)
    contact = facts.contact if facts is not None else None
    others = [
        finding
        for finding in review.review_reply(text, email=source, language=language, contact=contact)
        if finding not in blocking
    ]
    known_days = [now.date(), *([source.date.date()] if source.date is not None else [])]
    if facts is not None:
        known_days += [item.date for item in facts.items]
    others[:0] = [*promised, *unsourced_dates(text, known_days, sources)]
    others += unanswered(asks, text, language)
    asked_in = source.language if source.language not in (None, "", "und") else language
    if is_calm(source, asked_in, today=now.date()):  # "Thanks, that works": a short thanks
        others = [f for f in others if kind_of(f) not in ("length", "questions")]
    for address in (
        reply_to_finding(source),
        copies_finding(source, _own_domains(settings, sender)) if settings.reply_all else None,
    ):
        if address is not None:
            others.insert(0, address)
    hold_on = set(settings.hold_on)  # kinds the user asked to block too ([checks] hold_on)
    blocking += [finding for finding in others if kind_of(finding) in hold_on]
    return Findings(all=tuple(dict.fromkeys([*blocking, *others])), blocking=tuple(blocking))


def _sources(
    source: Email, facts: AccountFacts | None, settings: Settings, sender: str | None
) -> list[str]:
    """Return the texts a reply may take links, addresses and numbers from."""
    texts = [source.raw.decode("utf-8", "replace"), source.new_text, source.text]
    texts += [str(a) for a in (*source.to, *source.cc, *source.reply_to)]
    if source.sender is not None:
        texts.append(str(source.sender))
    texts += [settings.identity or "", settings.signature_name or "", sender or ""]
    if facts is not None:
        texts += [item.description for item in facts.items]
        texts += list(facts.perspective)
        if facts.client is not None:
            texts += [*facts.client.facts, *facts.client.addresses, *facts.client.domains]
            texts += [str(c) for c in facts.client.contacts]
    return texts


def _other_clients(text: str, settings: Settings, facts: AccountFacts | None) -> list[str]:
    """Return a finding for each other client of the book the reply names (4+ letters)."""
    import re

    from assistant.accounts.loading import book_for, book_missing
    from assistant.errors import AccountsError

    config = settings.accounts_config
    try:
        if book_missing(config):
            return []
        book, _ = book_for(config)
    except AccountsError:
        return []
    own = facts.client.key if facts is not None and facts.client is not None else None
    found = []
    for client in book.clients:
        if client.key == own or len(client.name) < 4:
            continue
        if re.search(rf"(?<!\w){re.escape(client.name)}(?!\w)", text, re.IGNORECASE):
            found.append(f"the name of another client of the book: {client.name}")
    return found


def _tier_finding(text: str, facts: AccountFacts | None) -> str | None:
    """Return a finding when the reply names the client's service tier and the client book's
    ``notes_policy.mention_tier`` is false (PLAYBOOK.md, step 3: not by name)."""
    from assistant.accounts.book import names_tier

    client = facts.client if facts is not None else None
    if client is None or not client.tier or client.mention_tier:
        return None
    if not names_tier(text, client.tier):
        return None
    return (
        f"the reply names the service tier {client.tier!r}, which the client book says the "
        "client is not told (notes_policy.mention_tier = false)"
    )


def _client_asks(source: Email, language: str, now: datetime) -> tuple[Ask, ...]:
    """Return the asks of the client's email, read in its own language (``language``, the
    reply's, when it could not be told)."""
    from assistant.drafting.concerns import split_sentences

    sent = source.date.date() if source.date is not None else now.date()
    asked_in = source.language if source.language not in (None, "", "und") else language
    listed = listed_asks(source.new_text, asked_in)
    return extract_asks(split_sentences(source.new_text), asked_in, sent=sent, listed=listed)


def _own_domains(settings: Settings, sender: str | None) -> list[str]:
    """Return the domains of the user's own addresses (the identity, the reply's From)."""
    domains = []
    for value in (settings.identity, sender):
        address = parseaddr(value or "")[1]
        if "@" in address:
            domains.append(address.rsplit("@", 1)[1].lower())
    return domains
