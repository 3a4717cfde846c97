"""Your own mail, held too: a message you wrote waits in the outbox for its cooling-off.

``outbox add`` and ``sendmail`` store a message written elsewhere (mutt, aerc, git
send-email). It keeps its own headers and Message-ID; a From, Date or Message-ID it lacks
is added when it is stored, as sendmail adds them. Every recipient must be an address.
Bcc is removed from the stored copy, as sendmail does, and its addresses are kept with
the envelope. The wait comes from the message's heat and, when the email it answers is
known, that email's, with the same quiet hours as drafted replies. With
``[own_mail] hold = "hot"`` a calm message may leave at once. Such a draft has backend
``own``: it is delivered as it is, to its envelope recipients.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import datetime
from email import policy
from email.message import EmailMessage
from email.parser import BytesParser
from email.utils import format_datetime, make_msgid
from typing import TYPE_CHECKING

from assistant.errors import BadEmailError, ConfigError
from assistant.mail._addresses import read_addresses
from assistant.mail._raw import check_raw
from assistant.mail.message import Email, parse_email

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.outbox.store import Outbox, StoredDraft

#: The backend name of a message the user wrote (not drafted here).
OWN = "own"


def hold_own(
    raw: bytes,
    outbox: Outbox,
    settings: Settings,
    now: datetime,
    *,
    recipients: Sequence[str] = (),
    from_headers: bool = True,
    envelope_from: str | None = None,
    parent: Email | None = None,
) -> StoredDraft:
    """Store the message ``raw`` (RFC 5322) in ``outbox``, waiting for its cooling-off.

    The envelope recipients are ``recipients`` plus, with ``from_headers``, the To, Cc and
    Bcc addresses (RFC 5322 3.6.3); each must be one valid address. ``envelope_from``
    (sendmail's ``-f``) is recorded for delivery. ``parent`` is the email answered; when
    None it is looked up in the outbox by the message's In-Reply-To. A message without
    From, Date or Message-ID gets them here, as sendmail adds them: From is ``[identity]
    from``, Date is ``now`` (when it was handed over, RFC 5322 3.6.1) and the Message-ID is
    on the From's domain (RFC 5322 3.6.4); the fields it has are kept as they are.
    Raises BadEmailError for an empty or binary message, one without a header block, an
    invalid recipient or none; ConfigError for a message without From when no ``[identity]
    from`` is set; OutboxError when it cannot be stored. Whenever it raises, nothing is
    held: the caller keeps the message.
    """
    from assistant.checks import tone
    from assistant.outbox import cooling

    if not raw.strip():
        raise BadEmailError("the message is empty: nothing to hold or send")
    check_raw(raw)  # binary data, or no header block: said as such, not as "no recipient"
    message = BytesParser(policy=policy.default).parsebytes(raw)
    envelope = _envelope(message, recipients, from_headers=from_headers)
    del message["Bcc"]
    _complete_headers(message, settings, now)
    stored = message.as_bytes(policy=policy.SMTP.clone(linesep="\n"))
    mine = parse_email(stored, max_bytes=max(settings.max_message_bytes, len(stored)))
    known = outbox.find_by_message_id(str(message["Message-ID"]))
    if known is not None:  # a copy of a stored draft (-o, stdout) coming back
        return _came_back(outbox, known.id, stored, mine, now, settings)
    if parent is None and mine.in_reply_to:
        parent = _parent(outbox, mine.in_reply_to)
    heat_out = tone.assess(mine.new_text, mine.language)
    heat_in = (
        tone.assess_inbound(parent.subject, parent.new_text, parent.language)
        if parent is not None
        else tone.Heat(score=0.0, phrases=())
    )
    decision = cooling.decide(
        created=now,
        inbound=heat_in,
        draft=heat_out,
        policy=settings.cooling_policy,
        tz=cooling.local_zone(),
        mine="your message",
    )
    not_before, reason = decision.not_before, decision.reason
    if settings.own_mail_hold == "hot" and max(heat_out.score, heat_in.score) < tone.TENSE:
        not_before = now
        reason = f'your message is calm: no wait ([own_mail] hold = "hot"; else {reason})'
    notes = {"_envelope_from": envelope_from} if envelope_from else {}
    return outbox.add(
        message_id=str(message["Message-ID"]).strip(),
        in_reply_to=mine.in_reply_to,
        to=envelope,
        subject=mine.subject,
        body=mine.new_text or mine.text,
        eml=stored,
        source_eml=parent.raw if parent is not None else b"",
        notes=notes,
        language=mine.language,
        backend=OWN,
        model=None,
        not_before=not_before,
        heat_in=heat_in.score,
        heat_out=heat_out.score,
        cooling_reason=reason,
        now=now,
    )


def _envelope(message: EmailMessage, recipients: Sequence[str], *, from_headers: bool) -> list[str]:
    """Return the envelope recipients' addr-specs: ``recipients``, then (``from_headers``)
    To, Cc and Bcc, each once. BadEmailError names the first one that is not a valid
    address (a typo must fail where the mail client shows it, not at delivery hours later),
    and says where to give recipients when there are none."""
    addresses: list[str] = []
    for given in recipients:
        if not given.strip():
            continue  # an empty argument names nobody
        defects: list[str] = []
        found = read_addresses({"to": [given]}, "to", defects)
        if not found or any("invalid address" in d for d in defects):
            raise BadEmailError(
                f"invalid recipient {given!r} on the command line: not an email address "
                "(local@domain); nothing was held"
            )
        addresses += [a.addr_spec for a in found]
    if from_headers:
        fields = [(k.lower(), str(v)) for k, v in message.raw_items()]
        for key in ("to", "cc", "bcc"):
            defects = []
            found = read_addresses({key: [v for k, v in fields if k == key]}, key, defects)
            bad = next((d for d in defects if "invalid address" in d), None)
            if bad is not None:  # "To: ignored invalid address 'x'"
                shown = bad.replace("ignored invalid address", "invalid recipient")
                raise BadEmailError(f"{shown}: not an email address; nothing was held")
            addresses += [a.addr_spec for a in found]
    envelope = list(dict.fromkeys(addresses))
    if envelope:
        return envelope
    if from_headers:
        raise BadEmailError(
            "the message names no recipient: it has no To, Cc or Bcc, and none were given"
        )
    raise BadEmailError(
        "no recipients were given on the command line; add -t to read them from the "
        "message's To, Cc and Bcc"
    )


def _complete_headers(message: EmailMessage, settings: Settings, now: datetime) -> None:
    """Add the From, Date and Message-ID ``message`` lacks, as sendmail does (see hold_own)."""
    from assistant.outbox import cooling

    if not message["From"]:
        if settings.identity is None:
            where = settings.config_file or settings.config_dir / "config.toml"
            raise ConfigError(
                "the message has no From and no [identity] from is set: add "
                f'[identity] from = "Your Name <you@example.com>" to {where} '
                "(or give the message a From); nothing was held"
            )
        del message["From"]
        message["From"] = settings.identity
    if not message["Date"]:
        del message["Date"]
        message["Date"] = format_datetime(now.astimezone(cooling.local_zone()))
    if not message["Message-ID"]:
        del message["Message-ID"]
        message["Message-ID"] = make_msgid(domain=_domain_of(str(message["From"])))


def _domain_of(sender: str) -> str | None:
    """Return the domain of the first address in the From field ``sender``; None if none."""
    found = read_addresses({"from": [sender]}, "from", [])
    domain = found[0].addr_spec.rpartition("@")[2] if found else ""
    if not domain.isascii():  # an internationalised domain: its A-labels (RFC 5890)
        try:
            domain = domain.encode("idna").decode("ascii")
        except UnicodeError:
            domain = ""
    return domain or None


def _came_back(
    outbox: Outbox,
    draft_id: str,
    stored: bytes,
    mine: Email,
    now: datetime,
    settings: Settings,
) -> StoredDraft:
    """Handle a message whose Message-ID is a stored draft's: it is that draft.

    Waiting: the draft takes the message as it now is (your edits in the mail client) and
    cools off again from now, its wait never shortened; the draft is returned. Sent,
    being sent or unknown: a draft is never sent twice, DraftStateError. Cancelled or
    failed: DraftStateError saying why.
    """
    from assistant.checks import tone
    from assistant.errors import DraftStateError
    from assistant.outbox.policy import why_not

    draft = outbox.get(draft_id)
    if draft.state == "waiting":
        if stored == draft.eml:
            return draft
        from assistant.outbox import cooling

        heat = tone.assess(mine.new_text, mine.language)
        decision = cooling.decide(
            created=now,  # changed in the mail client: it cools off again from now
            inbound=tone.Heat(score=draft.heat_in),
            draft=heat,
            policy=settings.cooling_policy,
            tz=cooling.local_zone(),
        )
        kept = cooling.extend(draft.not_before, decision)
        return outbox.update_body(
            draft.id,
            body=mine.new_text or mine.text,
            eml=stored,
            not_before=kept.not_before,
            cooling_reason=kept.reason,
            heat_out=heat.score,
            now=now,
        )
    raise DraftStateError(
        f"this message is draft {draft.id} of the outbox (Message-ID {draft.message_id}), "
        f"not queued again: {why_not(draft, now, 'send')}"
    )


def _parent(outbox: Outbox, in_reply_to: str) -> Email | None:
    """Return the email a stored draft answers (its source), by Message-ID; None if none."""
    for summary in outbox.find_replies_to(in_reply_to):
        source = outbox.get(summary.id).source_eml
        if source:
            return parse_email(source)
    return None
