"""Send one outbox draft: never before its cooling-off time, never twice, never lost.

The state machine (outbox states): ``waiting`` -> ``sending`` is committed before delivery
starts; then ``sent`` when the transport accepted the message, ``waiting`` again with the
error on a temporary failure (SMTP 4xx, connection refused, a folder not writable, a
configuration problem found before anything was handed over), ``failed`` on a permanent
refusal (SMTP 5xx), ``unknown`` when the outcome cannot be known (the connection broke
after the message was handed over, or anything unexpected). A process that dies while
``sending`` leaves the draft for :meth:`Outbox.recover_interrupted`, which marks it
``unknown``. Unknown drafts are never sent again until ``Outbox.resolve``.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from assistant.config.transport import TransportConfig
from assistant.errors import (
    ConfigError,
    DeliveryError,
    DraftStateError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from assistant.outbox.policy import check_override
from assistant.outbox.store import Outbox, StoredDraft
from assistant.transports.base import deliver, envelope_addresses, transport_class

#: The points at which ``fault_hook`` is called, in order.
FAULT_POINTS = ("after_sending_committed", "after_delivered")


def send_draft(
    outbox: Outbox,
    draft_id: str,
    *,
    now: datetime,
    transport: TransportConfig,
    override_reason: str | None = None,
    allow_override: bool = False,
    fault_hook: Callable[[str], None] | None = None,
) -> StoredDraft:
    """Deliver the draft ``draft_id`` (id or unique prefix) and return it as stored after.

    ``now`` is timezone-aware UTC. Before ``not_before`` raises CoolingOffError (exit 75)
    saying when it becomes sendable, unless ``allow_override`` (the config's
    ``cooling_off.allow_override``) and a non-empty ``override_reason`` are given: the reason
    is then recorded in the draft and its audit trail. Envelope sender and recipients are
    the message's From, To and Cc. ``fault_hook(point)`` is called at each of FAULT_POINTS
    (tests kill the process there).

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
    if not recipients:
        recipients = list(draft.to)
    if transport_class(transport.kind).needs_sender and not sender:
        if draft.state != "waiting":
            raise DraftStateError(f"cannot send draft {draft.id}: it is {draft.state}")
        raise ConfigError(f"draft {draft.id} has no From address; set [identity] from")
    claimed = outbox.begin_sending(draft.id, now)
    if fault_hook is not None:
        fault_hook("after_sending_committed")
    try:
        result = deliver(claimed.eml, config=transport, envelope_from=sender, recipients=recipients)
    except (TemporaryDeliveryError, ConfigError) as exc:
        outbox.mark_ready_again(claimed.id, now, str(exc))
        raise
    except PermanentDeliveryError as exc:
        outbox.mark_failed(claimed.id, now, str(exc))
        raise
    except DeliveryError as exc:
        outbox.mark_unknown(claimed.id, now, str(exc))
        raise
    except BaseException as exc:
        # Anything else (a bug, Ctrl-C mid-DATA): the message may be out; never resend blindly.
        outbox.mark_unknown(claimed.id, now, f"delivery interrupted: {exc!r}")
        raise
    if fault_hook is not None:
        fault_hook("after_delivered")
    return outbox.mark_sent(claimed.id, now, delivery=result.detail)
