"""The outbox: a SQLite store of reply drafts, their states and an audit trail.

File: ``<data_dir>/outbox.sqlite3``, mode 0600 in a 0700 folder; WAL journal,
``synchronous=FULL``, a 10 s busy timeout, foreign keys on. Every state change runs in
``BEGIN IMMEDIATE`` and appends to ``audit`` in the same transaction. The schema is the
ordered list ``_MIGRATIONS`` (in ``_outbox_schema``) applied by ``PRAGMA user_version``,
one transaction each.
A file that is not SQLite, cannot be read, or has a newer schema raises OutboxError naming
the path; it is never recreated or overwritten.

Ids are 8 lowercase hex characters (``os.urandom(4).hex()``, e.g. ``1f3a9c07``); lookups
accept a unique prefix of at least 4. Times are stored as ISO 8601 UTC text with
microseconds (``2026-11-30T14:35:00.000000Z``): fixed width, so text order is time order.

Stored states: ``waiting`` (shown as ``cooling`` before ``not_before`` and ``ready`` from
then on, or at once when an override is recorded), ``sending``, ``sent``, ``failed``,
``cancelled``, ``unknown``. A draft goes ``sending`` in a committed transaction before
delivery starts, recording the sender's pid, host name and process start time; a row left
in ``sending`` by a process no longer alive on this host becomes ``unknown`` in
:meth:`Outbox.recover_interrupted` and is never sent again until resolved.
"""

from __future__ import annotations

import builtins
import json
import os
import sqlite3
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import AbstractContextManager, contextmanager
from datetime import datetime, timedelta
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import (
    DraftNotFoundError,
    DraftStateError,
    OutboxError,
)
from assistant.outbox.policy import check_sendable, why_not
from assistant.outbox.rows import (
    _ANSWERING_STATES,
    _SELECT_DRAFT,
    _SUMMARY_COLUMNS,
    SHOWN_STATES,
    STORED_STATES,
    AuditEntry,
    DraftSummary,
    SendingClaim,
    StoredDraft,
    _BadColumn,
    _checked_time,
    _damaged,
    _draft_from_row,
    _listed,
    _to_text,
)
from assistant.outbox.schema import (
    SCHEMA_VERSION,
    _check_header,
    _connect,
    _connect_for_reading,
    _guard,
    _transaction,
)

if TYPE_CHECKING:
    from assistant.config import Settings

__all__ = [
    "BUSY_TIMEOUT",
    "ID_MIN_PREFIX",
    "SCHEMA_VERSION",
    "SHOWN_STATES",
    "STORED_STATES",
    "AuditEntry",
    "DraftSummary",
    "Outbox",
    "SendingClaim",
    "StoredDraft",
]

ID_MIN_PREFIX = 4
BUSY_TIMEOUT = 10.0  # seconds
_HEX = frozenset("0123456789abcdef")


# --- process liveness -------------------------------------------------------------------


def _hostname() -> str:
    """Return this host's name (``socket.gethostname()``, without importing socket)."""
    return os.uname().nodename


def _process_token(pid: int) -> str:
    """Return the process's start time from /proc (Linux), or "" where there is none."""
    try:
        data = Path(f"/proc/{pid}/stat").read_text()
    except OSError:
        return ""
    # Field 22 (starttime) counts after the ")" that ends the command name (proc(5)).
    fields = data[data.rfind(")") + 2 :].split()
    return fields[19] if len(fields) > 19 else ""


def _process_alive(pid: int, token: str) -> bool:
    """Tell whether ``pid`` runs on this host and is the process that recorded ``token``."""
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    except PermissionError:
        pass  # exists, owned by someone else
    return not token or _process_token(pid) in ("", token)


# --- the store --------------------------------------------------------------------------


class Outbox:
    """A handle on one outbox file; open with :meth:`open`, close with :meth:`close`.

    Usable as a context manager. One handle per thread (sqlite3 connections are not shared).
    """

    def __init__(
        self,
        path: Path,
        db: sqlite3.Connection,
        *,
        writable: bool = True,
        busy_timeout: float = BUSY_TIMEOUT,
    ) -> None:
        self.path = path
        self._db = db
        self._writable = writable
        self._busy_timeout = busy_timeout

    # -- opening

    @staticmethod
    def default_path(settings: Settings) -> Path:
        """Return the outbox file of ``settings``: ``<data_dir>/outbox.sqlite3``."""
        return settings.data_dir / "outbox.sqlite3"

    @classmethod
    def open(
        cls, path: Path, *, busy_timeout: float = BUSY_TIMEOUT, readonly: bool = False
    ) -> Outbox:
        """Open (creating if missing) the outbox at ``path`` and bring its schema up to date.

        ``busy_timeout`` is how long (seconds) to wait for another process's write lock
        before giving up with OutboxBusyError (exit 75). A new file is created mode 0600, a
        missing parent folder mode 0700. With ``readonly`` an existing outbox whose schema
        this code can read is opened for reading only (SQLite ``mode=ro``): nothing is
        created or migrated, no write permission or write lock is needed, and the first
        write reopens it for writing. Raises OutboxError (exit 74) when the file is not a
        SQLite database, cannot be read or written, or fails a migration; OutboxSchemaError
        (exit 78) when its schema is newer than :data:`SCHEMA_VERSION`. The file is never
        recreated or overwritten.
        """
        path = Path(path).expanduser()
        if readonly and path.exists():
            _check_header(path)
            db = _connect_for_reading(path, busy_timeout)
            if db is not None:
                return cls(path, db, writable=False, busy_timeout=busy_timeout)
        return cls(path, _connect(path, busy_timeout), busy_timeout=busy_timeout)

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _guard(self, action: str) -> AbstractContextManager[None]:
        """Turn sqlite3 errors into OutboxError naming the file and what to check."""
        return _guard(self.path, action)

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in ``BEGIN IMMEDIATE``; commit on success, roll back on error.

        A handle opened read-only is reopened for writing first. Any sqlite3 error in the
        block (read-only file, locked, disk full, damaged table) becomes an OutboxError.
        """
        if not self._writable:
            db = _connect(self.path, self._busy_timeout)
            self._db.close()
            self._db, self._writable = db, True
        with _transaction(self._db, self.path) as db:
            yield db

    def _audit(
        self, draft_id: str, now: datetime, before: str | None, after: str, why: str
    ) -> None:
        self._db.execute(
            "INSERT INTO audit (draft_id, at, from_state, to_state, reason) VALUES (?, ?, ?, ?, ?)",
            (draft_id, _to_text(now), before, after, why),
        )

    # -- reading

    def _resolve_id(self, id_or_prefix: str) -> str:
        prefix = id_or_prefix.strip().lower()
        if len(prefix) < ID_MIN_PREFIX or not set(prefix) <= _HEX:
            raise DraftNotFoundError(
                f"no draft {id_or_prefix!r}: ids are hex, give at least {ID_MIN_PREFIX} "
                "characters (see outbox list)"
            )
        with self._guard("read"):
            rows = self._db.execute(
                "SELECT id FROM drafts WHERE id >= ? AND id < ? ORDER BY id LIMIT 3",
                (prefix, prefix + "~"),
            ).fetchall()
        if not rows:
            raise DraftNotFoundError(f"no draft {id_or_prefix!r} in {self.path} (see outbox list)")
        if len(rows) > 1:
            some = ", ".join(row[0] for row in rows)
            raise DraftNotFoundError(
                f"draft id {id_or_prefix!r} is ambiguous (matches {some}...); give more characters"
            )
        return str(rows[0][0])

    def _fetch(self, draft_id: str) -> StoredDraft:
        row = self._db.execute(_SELECT_DRAFT, (draft_id,))
        found = row.fetchone()
        if found is None:
            raise DraftNotFoundError(f"no draft {draft_id!r} in {self.path}")
        try:
            return _draft_from_row(found)
        except _BadColumn as exc:
            raise _damaged(self.path, draft_id, exc) from None

    def get(self, id_or_prefix: str) -> StoredDraft:
        """Return the draft whose id is ``id_or_prefix`` or starts with it (4+ hex chars).

        Raises DraftNotFoundError (exit 66) for no match or a prefix matching several.
        """
        draft_id = self._resolve_id(id_or_prefix)
        with self._guard("read"):
            return self._fetch(draft_id)

    def list(
        self, states: Iterable[str] | None = None, *, now: datetime | None = None
    ) -> builtins.list[DraftSummary]:
        """Return drafts oldest first, without their message bytes, optionally by state.

        ``states`` are shown states; ``cooling`` and ``ready`` need ``now`` (UTC aware).
        Raises ValueError for an unknown state.
        """
        wanted = None if states is None else set(states)
        if wanted is not None and not wanted <= set(SHOWN_STATES):
            raise ValueError(f"unknown state(s): {sorted(wanted - set(SHOWN_STATES))}")
        if wanted is not None and wanted & {"cooling", "ready"} and now is None:
            raise ValueError("listing cooling or ready drafts needs now=")
        sql = f"SELECT {_SUMMARY_COLUMNS} FROM drafts"
        args: builtins.list[str] = []
        if wanted is not None:
            stored = {"waiting" if s in ("cooling", "ready") else s for s in wanted}
            sql += f" WHERE state IN ({', '.join('?' * len(stored))})"
            args.extend(sorted(stored))
        sql += " ORDER BY created, id"
        with self._guard("read"):
            rows = self._db.execute(sql, args).fetchall()
        new = tuple.__new__  # the row is the summary: no per-row conversion (10,000 in 6 ms)
        drafts = [new(DraftSummary, row) for row in rows]
        if wanted is not None and now is not None:
            drafts = [d for d in drafts if _listed(d, wanted, now)]
        return drafts

    def find_replies_to(self, in_reply_to: str) -> builtins.list[DraftSummary]:
        """Return the drafts that answer the message ``in_reply_to`` (a Message-ID), oldest first.

        Counts drafts that are waiting, sending, sent or unknown (a cancelled or refused
        draft answers nothing), so drafting a redelivered message can warn that a draft
        already answers it. ``in_reply_to`` is compared as stored (``<id@host>``, the
        reply's In-Reply-To, RFC 5322 section 3.6.4), surrounding whitespace ignored;
        an empty one matches nothing. Read-only: takes no write lock.
        """
        wanted = in_reply_to.strip()
        if not wanted:
            return []
        marks = ", ".join("?" * len(_ANSWERING_STATES))
        with self._guard("read"):
            rows = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts "
                f"WHERE in_reply_to = ? AND state IN ({marks}) ORDER BY created, id",
                (wanted, *_ANSWERING_STATES),
            ).fetchall()
        return [tuple.__new__(DraftSummary, row) for row in rows]

    def audit(self, id_or_prefix: str) -> builtins.list[AuditEntry]:
        """Return the draft's audit trail, oldest first. Raises DraftNotFoundError."""
        draft_id = self._resolve_id(id_or_prefix)
        with self._guard("read"):
            rows = self._db.execute(
                "SELECT seq, draft_id, at, from_state, to_state, reason FROM audit "
                "WHERE draft_id = ? ORDER BY seq",
                (draft_id,),
            ).fetchall()
        try:
            return [
                AuditEntry(r[0], r[1], _checked_time(r[2], "audit.at"), r[3], r[4], r[5])
                for r in rows
            ]
        except _BadColumn as exc:
            raise _damaged(self.path, draft_id, exc) from None

    # -- writing

    def add(
        self,
        *,
        message_id: str,
        in_reply_to: str | None,
        to: Iterable[str],
        subject: str,
        body: str,
        eml: bytes,
        source_eml: bytes,
        notes: Mapping[str, str],
        language: str,
        backend: str,
        model: str | None,
        not_before: datetime,
        heat_in: float,
        heat_out: float,
        cooling_reason: str,
        now: datetime,
    ) -> StoredDraft:
        """Store a new draft, waiting until ``not_before`` (UTC aware), and audit it.

        Raises OutboxError when a draft with the same Message-ID is already stored, ValueError
        for no recipients, a multi-line address or a naive datetime.
        """
        notes_json = json.dumps(dict(notes), ensure_ascii=False)
        to = tuple(to)
        if not to or any(not a.strip() or "\n" in a or "\r" in a for a in to):
            raise ValueError(f"recipients must be non-empty one-line addresses: {to!r}")
        recipients = "\n".join(to)
        values = (
            message_id,
            in_reply_to,
            recipients,
            subject,
            language,
            backend,
            model,
            _to_text(now),
            _to_text(not_before),
            float(heat_in),
            float(heat_out),
            cooling_reason,
            _to_text(now),
        )
        with self._transaction() as db:
            for _ in range(20):
                draft_id = os.urandom(4).hex()
                taken = db.execute("SELECT 1 FROM drafts WHERE id = ?", (draft_id,)).fetchone()
                if taken is None:
                    break
            else:  # pragma: no cover - 2**32 ids
                raise OutboxError(f"{self.path}: cannot find a free draft id")
            try:
                db.execute(
                    "INSERT INTO drafts (id, message_id, in_reply_to, recipients, subject, "
                    "language, backend, model, created, not_before, state, heat_in, heat_out, "
                    "cooling_reason, updated) "
                    "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'waiting', ?, ?, ?, ?)",
                    (draft_id, *values),
                )
                db.execute(
                    "INSERT INTO messages (draft_id, body, eml, source_eml, notes) "
                    "VALUES (?, ?, ?, ?, ?)",
                    (draft_id, body, bytes(eml), bytes(source_eml), notes_json),
                )
            except sqlite3.IntegrityError:
                raise OutboxError(
                    f"{self.path}: a draft with Message-ID {message_id} is already stored"
                ) from None
            self._audit(draft_id, now, None, "waiting", f"added: {cooling_reason}")
            return self._fetch(draft_id)

    def _change(
        self,
        id_or_prefix: str,
        now: datetime,
        allowed: Iterable[str],
        action: str,
        change: Callable[[sqlite3.Connection, StoredDraft], tuple[str, str]],
    ) -> StoredDraft:
        """Apply ``change`` to a draft in one of ``allowed`` states and audit it.

        ``change`` writes the row and returns ``(to_state, reason)`` for the audit entry.
        """
        draft_id = self._resolve_id(id_or_prefix)
        with self._transaction() as db:
            draft = self._fetch(draft_id)
            if draft.state not in allowed:
                raise DraftStateError(
                    f"cannot {action} draft {draft.id}: {why_not(draft, now, action)}"
                )
            to_state, reason = change(db, draft)
            self._audit(draft.id, now, draft.state, to_state, reason)
            return self._fetch(draft.id)

    def update_body(
        self,
        id_or_prefix: str,
        *,
        body: str,
        eml: bytes,
        not_before: datetime,
        cooling_reason: str,
        heat_out: float,
        now: datetime,
    ) -> StoredDraft:
        """Replace a waiting draft's text and message; the wait never gets shorter.

        The stored ``not_before`` becomes the later of the old and the given time (the
        reason follows the time that wins). A recorded override is cleared: it was given
        for the old text. Raises DraftStateError unless the draft is waiting.
        """
        new_nb = _to_text(not_before)

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            later = not_before > draft.not_before
            reason = cooling_reason if later else draft.cooling_reason
            db.execute(
                "UPDATE drafts SET not_before = max(not_before, ?), cooling_reason = ?, "
                "heat_out = ?, override_reason = NULL, updated = ? "
                "WHERE id = ? AND state = 'waiting'",
                (new_nb, reason, float(heat_out), _to_text(now), draft.id),
            )
            db.execute(
                "UPDATE messages SET body = ?, eml = ? WHERE draft_id = ?",
                (body, bytes(eml), draft.id),
            )
            moved = "wait extended" if later else "wait unchanged"
            return "waiting", f"edited ({moved}; heat {heat_out:.2f}): {reason}"

        return self._change(id_or_prefix, now, ("waiting",), "edit", change)

    def record_override(self, id_or_prefix: str, reason: str, now: datetime) -> StoredDraft:
        """Record that the user sends a waiting draft before ``not_before``, and why.

        Only for configs with ``cooling_off.allow_override``; the caller checks that.
        Raises ValueError for an empty reason, DraftStateError unless the draft is waiting.
        """
        if not reason.strip():
            raise ValueError("an override needs a reason")

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute(
                "UPDATE drafts SET override_reason = ?, updated = ? WHERE id = ?",
                (reason.strip(), _to_text(now), draft.id),
            )
            return "waiting", f"cooling-off overridden: {reason.strip()}"

        return self._change(id_or_prefix, now, ("waiting",), "override", change)

    def cancel(self, id_or_prefix: str, now: datetime, reason: str = "cancelled") -> StoredDraft:
        """Cancel a waiting, failed or unknown draft. Raises DraftStateError otherwise."""
        return self._simple(
            id_or_prefix, now, ("waiting", "failed", "unknown"), "cancel", "cancelled", reason
        )

    def begin_sending(self, id_or_prefix: str, now: datetime) -> StoredDraft:
        """Claim a due draft for delivery: ``waiting`` -> ``sending``, committed.

        Due means ``not_before <= now`` or an override recorded. Records this process's
        pid, host and start token. Of processes racing, exactly one wins; the others get
        DraftStateError. Raises CoolingOffError (exit 75) before ``not_before``.
        """
        draft_id = self._resolve_id(id_or_prefix)
        pid = os.getpid()
        with self._transaction() as db:
            draft = self._fetch(draft_id)
            check_sendable(draft, now)
            db.execute(
                "UPDATE drafts SET state = 'sending', sending_pid = ?, sending_host = ?, "
                "sending_token = ?, sending_since = ?, updated = ? WHERE id = ?",
                (
                    pid,
                    _hostname(),
                    _process_token(pid),
                    _to_text(now),
                    _to_text(now),
                    draft.id,
                ),
            )
            why = "sending" if draft.override_reason is None else "sending (overridden)"
            self._audit(draft.id, now, "waiting", "sending", f"{why} by pid {pid}")
            return self._fetch(draft.id)

    def mark_sent(self, id_or_prefix: str, now: datetime, *, delivery: str = "") -> StoredDraft:
        """Record a delivery that succeeded: ``sending`` (or ``unknown``) -> ``sent``."""

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute(
                "UPDATE drafts SET state = 'sent', delivery = ?, error = NULL, updated = ? "
                "WHERE id = ?",
                (delivery or None, _to_text(now), draft.id),
            )
            return "sent", f"delivered: {delivery}" if delivery else "delivered"

        return self._change(id_or_prefix, now, ("sending", "unknown"), "mark sent", change)

    def mark_failed(self, id_or_prefix: str, now: datetime, error: str) -> StoredDraft:
        """Record a permanent refusal (SMTP 5xx): ``sending`` -> ``failed`` with ``error``."""
        return self._with_error(id_or_prefix, now, "failed", error)

    def mark_ready_again(self, id_or_prefix: str, now: datetime, error: str) -> StoredDraft:
        """Record a temporary failure (SMTP 4xx): ``sending`` -> ``waiting`` with ``error``."""
        return self._with_error(id_or_prefix, now, "waiting", error)

    def mark_unknown(self, id_or_prefix: str, now: datetime, error: str) -> StoredDraft:
        """Record a delivery whose outcome is unknown: ``sending`` -> ``unknown``."""
        return self._with_error(id_or_prefix, now, "unknown", error)

    def _with_error(self, id_or_prefix: str, now: datetime, to: str, error: str) -> StoredDraft:
        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute(
                "UPDATE drafts SET state = ?, error = ?, updated = ? WHERE id = ?",
                (to, error, _to_text(now), draft.id),
            )
            return to, error

        return self._change(id_or_prefix, now, ("sending",), f"mark {to}", change)

    def _simple(
        self,
        id_or_prefix: str,
        now: datetime,
        allowed: tuple[str, ...],
        action: str,
        to: str,
        reason: str,
    ) -> StoredDraft:
        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute(
                "UPDATE drafts SET state = ?, updated = ? WHERE id = ?",
                (to, _to_text(now), draft.id),
            )
            return to, reason

        return self._change(id_or_prefix, now, allowed, action, change)

    def resolve(self, id_or_prefix: str, *, sent: bool, now: datetime) -> StoredDraft:
        """Settle a draft whose delivery is unknown: ``sent=True`` -> sent, else -> waiting.

        ``sent=False`` (retry) also takes a failed draft back to waiting. Raises
        DraftStateError for other states.
        """
        if sent:
            return self._simple(
                id_or_prefix,
                now,
                ("unknown",),
                "resolve",
                "sent",
                "resolved by the user: it was sent",
            )
        return self._simple(
            id_or_prefix,
            now,
            ("unknown", "failed"),
            "retry",
            "waiting",
            "resolved by the user: send again",
        )

    def recover_interrupted(self, now: datetime, *, stale_after: float = 0) -> builtins.list[str]:
        """Mark drafts left in ``sending`` by a dead process ``unknown``; return their ids.

        A row sending for at least ``stale_after`` seconds is examined. On this host its
        process is dead when its pid does not exist or now belongs to a process with another
        start time (Linux /proc starttime). Rows from another host cannot be checked: they
        are declared unknown only when ``stale_after`` > 0 and they are that old. Unknown
        drafts are never sent again until ``resolve``.
        """
        host = _hostname()
        cutoff = _to_text(now - timedelta(seconds=stale_after))
        select = (
            "SELECT id, sending_pid, sending_host, sending_token FROM drafts "
            "WHERE state = 'sending' AND (sending_since IS NULL OR sending_since <= ?)"
        )
        # A plain read first: most of the time nothing is interrupted, and ``outbox list``
        # must not wait for the write lock while another process sends.
        with self._guard("read"):
            rows = self._db.execute(select, (cutoff,)).fetchall()
        if not any(_interrupted(row, host, stale_after) for row in rows):
            return []
        recovered: builtins.list[str] = []
        with self._transaction() as db:
            for row in db.execute(select, (cutoff,)).fetchall():  # again, under the lock
                why = _interrupted(row, host, stale_after)
                if why is None:
                    continue
                draft_id = row[0]
                db.execute(
                    "UPDATE drafts SET state = 'unknown', error = ?, updated = ? WHERE id = ?",
                    (why + "; it may or may not have been delivered", _to_text(now), draft_id),
                )
                self._audit(draft_id, now, "sending", "unknown", why)
                recovered.append(draft_id)
        return recovered


def _interrupted(row: tuple[Any, ...], host: str, stale_after: float) -> str | None:
    """Say why a ``sending`` row (id, pid, host, token) counts as interrupted, or None."""
    _, pid, row_host, token = row
    if row_host == host and pid is not None:
        if _process_alive(int(pid), token or ""):
            return None
        return f"interrupted: sending process {pid} on {host} is gone"
    if stale_after > 0:
        return f"interrupted: sending on {row_host} for over {stale_after:g} s"
    return None
