"""The outbox's stored values and how a row is checked: drafts, summaries, audit entries.

Times are stored as fixed-width ISO 8601 UTC text with microseconds
(``2026-11-30T14:35:00.000000Z``), so text order is time order. A stored value
draft-reply never writes (a row edited by hand or damaged) raises ``_BadColumn`` while a
row is read; :class:`~assistant.outbox.store.Outbox` turns that into an OutboxError naming the
draft. Private to :mod:`assistant.outbox.store`, which re-exports the public names.
"""

from __future__ import annotations

import hashlib
import json
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any, NamedTuple

from assistant.errors import OutboxError

#: The states a draft is stored in; ``waiting`` is shown as ``cooling`` or ``ready``.
STORED_STATES = ("waiting", "sending", "sent", "failed", "cancelled", "unknown")
#: The states shown to the user (``state_at``).
SHOWN_STATES = ("cooling", "ready", "sending", "sent", "failed", "cancelled", "unknown")
#: The stored states of drafts that answer (or may have answered) their message: not
#: cancelled, not refused for good. ``find_replies_to`` reports these.
_ANSWERING_STATES = ("waiting", "sending", "sent", "unknown")


def _to_text(when: datetime) -> str:
    """Return ``when`` as fixed-width ISO 8601 UTC text; naive datetimes are a bug."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware (UTC): {when!r}")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


def _checksum(body: str, eml: bytes) -> str:
    """Return the SHA-256 (hex) of a draft's message and text, as stored with them."""
    digest = hashlib.sha256(eml)
    digest.update(b"\0")
    digest.update(body.encode("utf-8", "surrogatepass"))
    return digest.hexdigest()


def _from_text(text: str) -> datetime:
    return datetime.fromisoformat(text)


class _BadColumn(ValueError):
    """A stored value draft-reply never writes (edited by hand, damaged): column and value."""

    def __init__(self, column: str, value: object) -> None:
        shown = repr(value)
        if len(shown) > 40:
            shown = shown[:39] + "…"
        super().__init__(f"column {column} holds {shown}")
        self.column = column


def _checked_time(value: object, column: str) -> datetime:
    """Return the stored ISO 8601 UTC text ``value`` as an aware datetime, or raise _BadColumn."""
    if not isinstance(value, str):
        raise _BadColumn(column, value)
    try:
        moment = datetime.fromisoformat(value)
    except ValueError:
        raise _BadColumn(column, value) from None
    if moment.tzinfo is None:
        raise _BadColumn(column, value)
    return moment


def _checked_number(value: object, column: str) -> float:
    if isinstance(value, bool) or not isinstance(value, int | float):
        raise _BadColumn(column, value)
    return float(value)


def _checked_text(value: object, column: str, *, empty: bool = True) -> str:
    if not isinstance(value, str) or (not empty and not value.strip()):
        raise _BadColumn(column, value)
    return value


def _checked_notes(value: object) -> dict[str, str]:
    """Return the stored notes (a JSON object of step key -> text), or raise _BadColumn."""
    try:
        notes = json.loads(value) if isinstance(value, str | bytes) else None
    except ValueError:
        notes = None
    if not isinstance(notes, dict) or not all(
        isinstance(k, str) and isinstance(v, str) for k, v in notes.items()
    ):
        raise _BadColumn("notes", value)
    return notes


def _checked_state(value: object) -> str:
    if value not in STORED_STATES:
        raise _BadColumn("state", value)
    return str(value)


def _damaged(path: Path, draft_id: str, exc: _BadColumn) -> OutboxError:
    return OutboxError(
        f"{path}: draft {draft_id} is damaged ({exc}; draft-reply never writes that); "
        "fix or delete its row with sqlite3, the other drafts are unaffected"
    )


@dataclass(frozen=True)
class SendingClaim:
    """Who is sending a draft: process id, host name, process start token, since (UTC)."""

    pid: int
    host: str
    token: str
    since: datetime


class _SummaryRow(NamedTuple):
    """The ``drafts`` columns ``list`` reads, in ``_SUMMARY_COLUMNS`` order."""

    id: str
    message_id: str
    recipients: str
    subject: str
    created_iso: str
    not_before_iso: str
    state: str
    heat_in: float
    heat_out: float
    cooling_reason: str
    override_reason: str | None
    updated_iso: str
    error: str | None


class DraftSummary(_SummaryRow):
    """A draft without its text and message bytes: what ``outbox list`` shows.

    Immutable; built straight from the row (a tuple, no per-row conversion), so a
    10,000-draft listing costs no datetime parsing it does not use. ``recipients`` holds
    the formatted addresses one per line (``to`` splits them); ``created_iso``,
    ``not_before_iso`` and ``updated_iso`` are the stored fixed-width ISO 8601 UTC text
    (``2026-11-30T14:35:00.000000Z``), parsed into aware UTC datetimes by ``created``,
    ``not_before`` and ``updated`` on access.
    """

    __slots__ = ()

    @property
    def to(self) -> tuple[str, ...]:
        """The recipients, formatted addresses (``Name <addr>``), in stored order."""
        return tuple(self.recipients.split("\n"))

    @property
    def created(self) -> datetime:
        """When the draft was added (UTC)."""
        return _from_text(self.created_iso)

    @property
    def not_before(self) -> datetime:
        """When the cooling-off ends and the draft may be sent (UTC)."""
        return _from_text(self.not_before_iso)

    @property
    def updated(self) -> datetime:
        """When the draft last changed (UTC)."""
        return _from_text(self.updated_iso)

    def state_at(self, now: datetime) -> str:
        """Return the shown state at ``now``: ``cooling`` or ``ready`` for a waiting draft."""
        if self.state != "waiting":
            return self.state  # no datetime parsed for drafts that are not waiting
        return _shown_state(self.state, self.not_before, self.override_reason, now)

    def problem(self) -> str | None:
        """Say what is wrong with this stored row, or None when it is sound.

        A row edited by hand or damaged (a time that is not ISO 8601, a heat that is not a
        number, an unknown state, no recipients) is still listed, so one bad row does not
        hide the others; its time properties and ``state_at`` raise ValueError. Returns
        e.g. ``"column not_before holds 'garbage'"``.
        """
        if self._looks_sound():
            return None  # the common case, checked inline: 10,000 rows in a few ms
        try:
            _checked_text(self.recipients, "recipients", empty=False)
            _checked_text(self.subject, "subject")
            _checked_state(self.state)
            for column in ("created", "not_before", "updated"):
                _checked_time(getattr(self, column + "_iso"), column)
            _checked_number(self.heat_in, "heat_in")
            _checked_number(self.heat_out, "heat_out")
        except _BadColumn as exc:
            return str(exc)
        return None

    def _looks_sound(self) -> bool:
        """Return True when every column passes the checks of :meth:`problem` (fast path)."""
        parse = datetime.fromisoformat
        try:
            return bool(
                type(self.recipients) is str
                and self.recipients.strip()
                and type(self.subject) is str
                and self.state in _STORED
                and type(self.heat_in) in _NUMBER_TYPES
                and type(self.heat_out) in _NUMBER_TYPES
                and parse(self.created_iso).tzinfo is not None
                and parse(self.not_before_iso).tzinfo is not None
                and parse(self.updated_iso).tzinfo is not None
            )
        except (TypeError, ValueError):
            return False


_STORED = frozenset(STORED_STATES)
_NUMBER_TYPES = frozenset({int, float})  # not bool: type(True) is bool


@dataclass(frozen=True)
class StoredDraft:
    """A draft in the outbox, whole.

    ``body`` is the reply text alone, ``eml`` the whole reply message, ``source_eml`` the
    inbound message it answers. ``notes`` maps playbook step keys to internal notes.
    Datetimes are timezone-aware UTC. ``state`` is the stored state (see module doc);
    ``error`` is the last delivery error, ``delivery`` what the last delivery did.
    """

    id: str
    message_id: str
    in_reply_to: str | None
    to: tuple[str, ...]
    subject: str
    body: str
    eml: bytes
    source_eml: bytes
    notes: Mapping[str, str]
    language: str
    backend: str
    model: str | None
    created: datetime
    not_before: datetime
    state: str
    heat_in: float
    heat_out: float
    cooling_reason: str
    override_reason: str | None
    updated: datetime
    error: str | None
    delivery: str | None = None
    claim: SendingClaim | None = None

    def state_at(self, now: datetime) -> str:
        """Return the shown state at ``now``: ``cooling`` or ``ready`` for a waiting draft."""
        return _shown_state(self.state, self.not_before, self.override_reason, now)


@dataclass(frozen=True)
class AuditEntry:
    """One state change: ``from_state`` is None when the draft was added; ``at`` is UTC."""

    seq: int
    draft_id: str
    at: datetime
    from_state: str | None
    to_state: str
    reason: str


def _shown_state(state: str, not_before: datetime, override: str | None, now: datetime) -> str:
    if state != "waiting":
        return state
    return "ready" if override is not None or now >= not_before else "cooling"


#: The columns of ``_SummaryRow``, in its order (``created_iso`` is column ``created``...).
_SUMMARY_COLUMNS = ", ".join(name.removesuffix("_iso") for name in _SummaryRow._fields)
_SELECT_DRAFT = (
    "SELECT d.id, d.message_id, d.in_reply_to, d.recipients, d.subject, m.body, m.eml, "
    "m.source_eml, m.notes, d.language, d.backend, d.model, d.created, d.not_before, d.state, "
    "d.heat_in, d.heat_out, d.cooling_reason, d.override_reason, d.updated, d.error, "
    "d.delivery, d.sending_pid, d.sending_host, d.sending_token, d.sending_since, "
    "m.checksum FROM drafts AS d LEFT JOIN messages AS m ON m.draft_id = d.id WHERE d.id = ?"
)


#: ``_SELECT_DRAFT`` for a schema older than 4 (read-only, not migrated): no checksum.
_SELECT_DRAFT_UNCHECKED = _SELECT_DRAFT.replace("m.checksum", "NULL")


def _draft_from_row(row: tuple[Any, ...]) -> StoredDraft:
    """Build a StoredDraft from a ``_SELECT_DRAFT`` row; raise _BadColumn for a bad value."""
    claim = None
    if row[22] is not None:
        claim = SendingClaim(
            pid=int(_checked_number(row[22], "sending_pid")),
            host=str(row[23]),
            token=str(row[24] or ""),
            since=_checked_time(row[25], "sending_since"),
        )
    for index, column in ((5, "body"), (6, "eml"), (7, "source_eml")):
        if row[index] is None:
            raise _BadColumn(column, None)  # no messages row (LEFT JOIN) or a NULL
    eml, source_eml = row[6], row[7]
    if not isinstance(eml, bytes) or not isinstance(source_eml, bytes):
        bad = "eml" if not isinstance(eml, bytes) else "source_eml"
        raise _BadColumn(bad, eml if bad == "eml" else source_eml)
    return StoredDraft(
        id=row[0],
        message_id=row[1],
        in_reply_to=row[2],
        to=tuple(_checked_text(row[3], "recipients", empty=False).split("\n")),
        subject=_checked_text(row[4], "subject"),
        body=_checked_text(row[5], "body"),
        eml=eml,
        source_eml=source_eml,
        notes=MappingProxyType(_checked_notes(row[8])),
        language=row[9],
        backend=row[10],
        model=row[11],
        created=_checked_time(row[12], "created"),
        not_before=_checked_time(row[13], "not_before"),
        state=_checked_state(row[14]),
        heat_in=_checked_number(row[15], "heat_in"),
        heat_out=_checked_number(row[16], "heat_out"),
        cooling_reason=row[17],
        override_reason=row[18],
        updated=_checked_time(row[19], "updated"),
        error=row[20],
        delivery=row[21],
        claim=claim,
    )


def _listed(draft: DraftSummary, wanted: set[str], now: datetime) -> bool:
    """Tell whether ``list`` keeps ``draft`` for ``wanted``; a damaged row is always kept."""
    if draft.state not in STORED_STATES:
        return True
    try:
        return draft.state_at(now) in wanted
    except (ValueError, TypeError):
        return True
