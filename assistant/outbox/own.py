"""Your own mail, held too: a message you wrote waits in the outbox for its cooling-off.

``outbox add`` and ``sendmail`` store a message written elsewhere (mutt, aerc, git
send-email). It keeps its own headers and Message-ID (one is added when it has none);
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
from email.parser import BytesParser
from email.utils import getaddresses, make_msgid
from typing import TYPE_CHECKING

from assistant.errors import BadEmailError
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
    Bcc addresses (RFC 5322 3.6.3). ``envelope_from`` (sendmail's ``-f``) is recorded for
    delivery. ``parent`` is the email answered; when None it is looked up in the outbox
    by the message's In-Reply-To. Raises BadEmailError for an empty message or one with no
    recipient, OutboxError when it cannot be stored (then nothing is held: the caller keeps
    it).
    """
    from assistant.checks import tone
    from assistant.outbox import cooling

    if not raw.strip():
        raise BadEmailError("the message is empty: nothing to hold or send")
    message = BytesParser(policy=policy.default).parsebytes(raw)
    addresses = list(recipients)
    if from_headers:
        fields = [str(v) for key in ("To", "Cc", "Bcc") for v in message.get_all(key, [])]
        addresses += [addr for _, addr in getaddresses(fields) if addr]
    envelope = list(dict.fromkeys(a.strip() for a in addresses if a.strip()))
    if not envelope:
        raise BadEmailError("the message names no recipient (no To, Cc or Bcc, none given)")
    del message["Bcc"]
    if not message["Message-ID"]:
        sender = message["From"]
        domain = str(sender).rpartition("@")[2].strip("> ") if sender else None
        message["Message-ID"] = make_msgid(domain=domain or None)
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
