"""Why a draft cannot be sent (or edited, cancelled) now, and the override policy.

The one place for both, used by the outbox itself (:mod:`assistant.outbox.store`), by
:func:`assistant.outbox.sending.send_draft` and by ``draft-reply outbox send``, so that a
refusal reads the same wherever it is found. Times in messages are local (display.py).
"""

from __future__ import annotations

from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.display import describe_wait, local_time
from assistant.errors import ConfigError, CoolingOffError, DraftStateError, UsageError

if TYPE_CHECKING:
    from assistant.outbox.rows import StoredDraft

#: How to settle a draft whose delivery is unknown (or retry a failed one).
RESOLVE_HINT = "draft-reply outbox resolve {id} --sent|--retry"


def why_not(draft: StoredDraft, now: datetime, action: str = "send") -> str:
    """Say why the state of ``draft`` forbids ``action`` ("send", "edit", "cancel", ...).

    ``now`` is timezone-aware; times are shown local. For "send" a sent draft adds that a
    draft is never sent twice.
    """
    if draft.state == "sending":
        claim = draft.claim
        who = f" by pid {claim.pid} on {claim.host}" if claim else " right now"
        return f"it is being sent{who}"
    if draft.state == "sent":
        sent = f"it was sent at {local_time(draft.updated, now=now)}"
        return f"a draft is never sent twice, and {sent}" if action == "send" else sent
    if draft.state == "failed":
        return (
            f"delivery failed ({draft.error}); fix that, then "
            f"draft-reply outbox resolve {draft.id} --retry"
        )
    if draft.state == "unknown":
        return (
            "its delivery was interrupted and it may have arrived; check your Sent folder, "
            "then " + RESOLVE_HINT.format(id=draft.id)
        )
    if draft.state == "cancelled":
        return "it was cancelled"
    return f"it is {draft.state_at(now)}"  # cooling or ready: the names lists use


def check_sendable(draft: StoredDraft, now: datetime, *, allow_override: bool = False) -> None:
    """Raise the error that says why ``draft`` cannot be sent at ``now``; return if it can.

    CoolingOffError (exit 75) before ``not_before`` (naming when, and ``send --override``
    when ``allow_override``); DraftStateError (exit 65) for a draft that is not waiting.
    """
    if draft.state != "waiting":
        raise DraftStateError(f"cannot send draft {draft.id}: {why_not(draft, now)}")
    if draft.state_at(now) == "cooling":
        hint = "; send --override REASON sends it earlier" if allow_override else ""
        what = "your message" if draft.backend == "own" else "draft"
        raise CoolingOffError(
            f"{what} {draft.id} is still cooling off: sendable at "
            f"{describe_wait(draft.not_before, now)} ({draft.cooling_reason}){hint}"
        )


def check_override(reason: str, *, allowed: bool, config_file: Path | None = None) -> None:
    """Refuse ``send --override REASON`` unless the config allows it and REASON says something.

    Raises ConfigError (exit 78) when ``[cooling_off] allow_override`` is off (naming
    ``config_file`` when known) and UsageError (exit 2) for a blank reason.
    """
    if not allowed:
        where = f" in {config_file}" if config_file is not None else ""
        raise ConfigError(
            f"send --override is off: set allow_override = true under [cooling_off]{where} "
            "to allow sending before the cooling-off is over"
        )
    if not reason.strip():
        raise UsageError("send --override needs a reason, e.g. --override 'agreed with my manager'")
