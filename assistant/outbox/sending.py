"""Send one outbox draft: never before its cooling-off time, never twice, never lost.

The state machine (outbox states): ``waiting`` -> ``sending`` is committed before delivery
starts, under a sending claim (:mod:`assistant.outbox.claims`) that records each stage;
then ``sent`` when the transport accepted the message; ``waiting`` again with the reason
whenever nothing was handed over (SMTP 4xx, a refused connection, a timeout or Ctrl-C
before the server's 354 to DATA, a folder not writable, a configuration problem);
``failed`` on a permanent refusal (SMTP 5xx); ``unknown`` only when the message may have
left and the outcome cannot be known (the connection broke or the deadline passed after
the 354, before the final reply). A process that dies while ``sending`` leaves the draft
for :meth:`Outbox.recover_interrupted`, which applies the stage its claim recorded.
Unknown drafts are never sent again until ``Outbox.resolve``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from email.utils import getaddresses

from assistant.config.transport import TransportConfig
from assistant.errors import (
    ConfigError,
    DeliveryError,
    DraftStateError,
    OutboxError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from assistant.outbox.policy import check_override
from assistant.outbox.store import Outbox, StoredDraft
from assistant.transports.base import deliver, envelope_addresses, transport_class

#: The points at which ``fault_hook`` is called, in order.
FAULT_POINTS = ("after_sending_committed", "after_handover", "after_delivered")


def send_draft(
    outbox: Outbox,
    draft_id: str,
    *,
    now: datetime,
    transport: TransportConfig,
    override_reason: str | None = None,
    allow_override: bool = False,
    second_reply: bool = False,
    fault_hook: Callable[[str], None] | None = None,
) -> StoredDraft:
    """Deliver the draft ``draft_id`` (id or unique prefix) and return it as stored after.

    ``now`` is timezone-aware UTC. Before ``not_before`` raises CoolingOffError (exit 75)
    saying when it becomes sendable, unless ``allow_override`` (the config's
    ``cooling_off.allow_override``) and a non-empty ``override_reason`` are given: the reason
    is then recorded in the draft and its audit trail. Envelope sender and recipients are
    the message's From, To and Cc. A second reply to a message already answered is
    refused (DraftStateError) unless ``second_reply``. ``fault_hook(point)`` is called
    at each of FAULT_POINTS (tests kill the process there).

    Raises DraftNotFoundError, DraftStateError (not waiting: being sent, sent, failed,
    cancelled, unknown), CoolingOffError, ConfigError (override not allowed, no From where
    the transport needs an envelope sender, bad credentials: the draft stays waiting),
    UsageError (a blank override reason), TemporaryDeliveryError (draft waiting again
    with the error), PermanentDeliveryError (draft failed), DeliveryUncertainError (draft
    unknown).
    """
    draft = outbox.get(draft_id)
    if override_reason is not None:
        check_override(override_reason, allowed=allow_override)
        if draft.state == "waiting" and draft.state_at(now) == "cooling":
            draft = outbox.record_override(draft.id, override_reason, now)
    sender, recipients = envelope_addresses(draft.eml)
    if draft.backend == "own":  # your own message: its envelope, Bcc included, as stored
        recipients = [addr for _, addr in getaddresses(list(draft.to)) if addr]
        sender = draft.notes.get("_envelope_from") or sender
    if not recipients:
        recipients = list(draft.to)
    if transport_class(transport.kind).needs_sender and not sender:
        if draft.state != "waiting":
            raise DraftStateError(f"cannot send draft {draft.id}: it is {draft.state}")
        raise ConfigError(f"draft {draft.id} has no From address; set [identity] from")
    claimed = outbox.begin_sending(draft.id, now, second_reply=second_reply)
    hook = fault_hook or (lambda point: None)
    hook("after_sending_committed")
    handed_over = False

    def handover() -> None:
        nonlocal handed_over
        outbox.note_stage(claimed.id, "handing-over")
        handed_over = True
        hook("after_handover")

    try:
        result = deliver(
            claimed.eml,
            config=transport,
            envelope_from=sender,
            recipients=recipients,
            on_handover=handover,
        )
    except (TemporaryDeliveryError, ConfigError) as exc:
        _record(outbox, claimed.id, "not-delivered", str(exc), outbox.mark_ready_again, now)
        raise
    except PermanentDeliveryError as exc:
        _record(outbox, claimed.id, "refused", str(exc), outbox.mark_failed, now)
        raise
    except DeliveryError as exc:
        _record(outbox, claimed.id, None, str(exc), outbox.mark_unknown, now)
        raise
    except BaseException as exc:
        # Ctrl-C, a bug: before the handover nothing left; after it, never resend blindly.
        why = f"delivery interrupted ({type(exc).__name__})"
        if handed_over:
            _record(outbox, claimed.id, None, why, outbox.mark_unknown, now)
        else:
            why += ": nothing was handed over"
            _record(outbox, claimed.id, "not-delivered", why, outbox.mark_ready_again, now)
        raise
    hook("after_delivered")
    _record(outbox, claimed.id, "delivered", result.detail, None, now)
    try:
        return outbox.mark_sent(claimed.id, now, delivery=result.detail)
    except OutboxError as exc:
        raise OutboxError(
            f"draft {claimed.id} was delivered ({result.detail}), but the outbox could not "
            f"record it: {exc}; it is marked sent the next time the outbox can be written "
            "(any draft-reply outbox command); it will not be sent again"
        ) from None


def _record(
    outbox: Outbox,
    draft_id: str,
    stage: str | None,
    detail: str,
    mark: Callable[[str, datetime, str], StoredDraft] | None,
    now: datetime,
) -> None:
    """Record an outcome: in the claim file (``stage``), then in the outbox (``mark``).

    When the outbox cannot be written (a full disk), raise OutboxError that says plainly
    whether the message was delivered; the claim file keeps the outcome until it can be.
    """
    delivered = {"delivered": "was delivered", "not-delivered": "was not delivered"}
    said = delivered.get(stage or "", "may or may not have been delivered")
    try:
        if stage is not None:
            outbox.note_stage(draft_id, stage, detail)
    except OSError as exc:
        if mark is None:
            raise OutboxError(
                f"draft {draft_id} {said} ({detail}), but that could not be recorded "
                f"({exc.strerror or exc}); run draft-reply outbox resolve {draft_id} --sent "
                "once the disk has room"
            ) from None
    if mark is None:
        return
    try:
        mark(draft_id, now, detail)
    except OutboxError as exc:
        raise OutboxError(
            f"draft {draft_id} {said} ({detail}); the outbox could not record that: {exc}; "
            "it is recorded the next time the outbox can be written (any draft-reply outbox "
            "command)"
        ) from None
