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
from contextlib import AbstractContextManager, contextmanager, suppress
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.errors import (
    DraftNotFoundError,
    DraftStateError,
    EditConflictError,
    OutboxError,
)
from assistant.outbox.claims import Claim, claims_folder, probe, take
from assistant.outbox.policy import RESOLVE_HINT, check_sendable, why_not
from assistant.outbox.rows import (
    _ANSWERING_STATES,
    _SELECT_DRAFT,
    _SELECT_DRAFT_UNCHECKED,
    _SUMMARY_COLUMNS,
    SHOWN_STATES,
    STORED_STATES,
    AuditEntry,
    DraftSummary,
    SendingClaim,
    StoredDraft,
    _BadColumn,
    _checked_time,
    _checksum,
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


# --- the sending claim's owner, for messages -----------------------------------------------


def _hostname() -> str:
    """Return this host's name (``socket.gethostname()``, without importing socket)."""
    return os.uname().nodename


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
        version = db.execute("PRAGMA user_version").fetchone()[0]
        self._checksums = version >= 4  # an older schema read without migrating has none
        self._claims: dict[str, Claim] = {}  # the sending claims this handle holds
        self._claims_folder = claims_folder(path)

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
        """Close the database connection and give up any sending claim still held.

        A draft still ``sending`` is then settled by :meth:`recover_interrupted` from the
        stage its claim recorded.
        """
        for claim in self._claims.values():
            claim.release(remove=False)
        self._claims.clear()
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
            self._db, self._writable, self._checksums = db, True, True
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

    def _fetch(self, draft_id: str, *, verify: bool = False) -> StoredDraft:
        """Read a draft; with ``verify`` check its message against the stored checksum."""
        row = self._db.execute(
            _SELECT_DRAFT if self._checksums else _SELECT_DRAFT_UNCHECKED, (draft_id,)
        )
        found = row.fetchone()
        if found is None:
            raise DraftNotFoundError(f"no draft {draft_id!r} in {self.path}")
        try:
            draft = _draft_from_row(found)
        except _BadColumn as exc:
            raise _damaged(self.path, draft_id, exc) from None
        if verify and self._checksums and found[-1] != _checksum(draft.body, draft.eml):
            raise OutboxError(
                f"{self.path}: draft {draft_id} is damaged: its text or message no longer "
                "matches the checksum taken when it was stored (changed on disk?); it is not "
                f"shown or sent. draft-reply outbox cancel {draft_id} drops it; the other "
                "drafts are unaffected"
            )
        return draft

    def get(self, id_or_prefix: str) -> StoredDraft:
        """Return the draft whose id is ``id_or_prefix`` or starts with it (4+ hex chars).

        Its text and message are checked against the SHA-256 checksum stored with them.
        Raises DraftNotFoundError (exit 66) for no match or a prefix matching several,
        OutboxError (exit 74) naming a draft that is damaged.
        """
        draft_id = self._resolve_id(id_or_prefix)
        with self._guard("read"):
            return self._fetch(draft_id, verify=True)

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

    def find_by_message_id(self, message_id: str) -> DraftSummary | None:
        """Return the draft whose message has Message-ID ``message_id`` (RFC 5322 3.6.4),
        or None. Read-only."""
        with self._guard("read"):
            row = self._db.execute(
                f"SELECT {_SUMMARY_COLUMNS} FROM drafts WHERE message_id = ?", (message_id.strip(),)
            ).fetchone()
        return None if row is None else tuple.__new__(DraftSummary, row)

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

    def last_seen(self) -> datetime | None:
        """Return the latest time the outbox recorded (a draft added or changed), UTC.

        A lower bound on the present: a clock set behind it is wrong. None when empty or
        when the stored time is damaged.
        """
        with self._guard("read"):
            row = self._db.execute("SELECT max(max(created), max(updated)) FROM drafts").fetchone()
        try:
            return _checked_time(row[0], "updated") if row and row[0] else None
        except _BadColumn:
            return None

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
                    "INSERT INTO messages (draft_id, body, eml, source_eml, notes, checksum) "
                    "VALUES (?, ?, ?, ?, ?, ?)",
                    (
                        draft_id,
                        body,
                        bytes(eml),
                        bytes(source_eml),
                        notes_json,
                        _checksum(body, bytes(eml)),
                    ),
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
                why = why_not(draft, now, action)
                if draft.state == "sending" and self.claim_status(draft.id) == "missing":
                    why += (
                        ", but no running process holds its sending claim (the claim file is "
                        "gone), so that cannot be verified; if no draft-reply is sending it "
                        "now, check your Sent folder, then " + RESOLVE_HINT.format(id=draft.id)
                    )
                raise DraftStateError(f"cannot {action} draft {draft.id}: {why}")
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
        base: StoredDraft | None = None,
        notes: Mapping[str, str] | None = None,
    ) -> StoredDraft:
        """Replace a waiting draft's text and message; the wait never gets shorter.

        The stored ``not_before`` becomes the later of the old and the given time (the
        reason follows the time that wins). A recorded override is cleared: it was given
        for the old text. ``base`` is the draft as read when the edit began: when it has
        changed since (another edit was saved), EditConflictError is raised and nothing
        is written. ``notes`` replace the stored notes (the findings of the new text).
        Raises DraftStateError unless the draft is waiting.
        """
        new_nb = _to_text(not_before)

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            if base is not None and (draft.updated, draft.body) != (base.updated, base.body):
                raise EditConflictError(
                    f"draft {draft.id} was changed by another edit while you edited it "
                    f"(saved {_to_text(draft.updated)}); that edit is kept"
                )
            later = not_before > draft.not_before
            reason = cooling_reason if later else draft.cooling_reason
            db.execute(
                "UPDATE drafts SET not_before = max(not_before, ?), cooling_reason = ?, "
                "heat_out = ?, override_reason = NULL, updated = ? "
                "WHERE id = ? AND state = 'waiting'",
                (new_nb, reason, float(heat_out), _to_text(now), draft.id),
            )
            db.execute(
                "UPDATE messages SET body = ?, eml = ?, checksum = ? WHERE draft_id = ?",
                (body, bytes(eml), _checksum(body, bytes(eml)), draft.id),
            )
            if notes is not None:
                db.execute(
                    "UPDATE messages SET notes = ? WHERE draft_id = ?",
                    (json.dumps(dict(notes), ensure_ascii=False), draft.id),
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

    def record_acceptance(
        self, id_or_prefix: str, reason: str, findings: Iterable[str], now: datetime
    ) -> StoredDraft:
        """Record that the user sends a waiting draft despite blocking ``findings``, and why.

        Raises ValueError for an empty reason, DraftStateError unless the draft is waiting.
        """
        if not reason.strip():
            raise ValueError("accepting findings needs a reason")
        listed = "; ".join(findings)

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute("UPDATE drafts SET updated = ? WHERE id = ?", (_to_text(now), draft.id))
            return "waiting", f"findings accepted: {reason.strip()} ({listed})"

        return self._change(id_or_prefix, now, ("waiting",), "accept findings for", change)

    def cancel(self, id_or_prefix: str, now: datetime, reason: str = "cancelled") -> StoredDraft:
        """Cancel a waiting, failed or unknown draft. Raises DraftStateError otherwise."""
        return self._simple(
            id_or_prefix, now, ("waiting", "failed", "unknown"), "cancel", "cancelled", reason
        )

    def begin_sending(
        self, id_or_prefix: str, now: datetime, *, second_reply: bool = False
    ) -> StoredDraft:
        """Claim a due draft for delivery: ``waiting`` -> ``sending``, committed.

        Due means ``not_before <= now`` or an override recorded. The claim is an advisory
        lock on the draft's claim file (:mod:`assistant.outbox.claims`), held by this
        handle until the outcome is recorded (``mark_*``) or the handle closes; pid, host
        and time are recorded for messages only. The ``sending`` state is checkpointed
        into the main database file at once, so it survives the loss of the -wal file.
        Of processes racing, exactly one wins; the others get DraftStateError. One reply
        per message: when another draft answering the same message (In-Reply-To) is
        being sent, sent or unknown, raises DraftStateError unless ``second_reply``.
        Raises CoolingOffError (exit 75) before ``not_before``; DraftStateError when an earlier
        delivery of this draft was interrupted but the outbox lost its record of it (the
        recorded outcome is applied instead: sent, or unknown); OutboxError when the claim
        file cannot be made (a full disk: nothing was sent).
        """
        draft_id = self._resolve_id(id_or_prefix)
        if draft_id in self._claims:
            raise DraftStateError(f"cannot send draft {draft_id}: this process is sending it")
        try:
            claim = take(self._claims_folder, draft_id)
        except OSError as exc:
            raise OutboxError(
                f"{self._claims_folder}: cannot claim draft {draft_id} for sending: "
                f"{exc.strerror or exc}; nothing was sent"
            ) from None
        if claim is None:
            draft = self.get(draft_id)
            raise DraftStateError(
                f"cannot send draft {draft_id}: another process is sending it"
                if draft.state == "waiting"
                else f"cannot send draft {draft_id}: {why_not(draft, now, 'send')}"
            )
        pid = os.getpid()
        try:
            with self._transaction() as db:
                draft = self._fetch(draft_id, verify=True)
                lost = _lost_outcome(draft, claim.previous)
                if lost is not None:
                    to_state, why = lost
                    db.execute(
                        "UPDATE drafts SET state = ?, error = ?, updated = ? WHERE id = ?",
                        (to_state, why if to_state == "unknown" else None, _to_text(now), draft_id),
                    )
                    self._audit(draft_id, now, draft.state, to_state, why)
                else:
                    check_sendable(draft, now)
                    if not second_reply:
                        self._check_first_reply(db, draft, now)
                    since = _to_text(now)
                    db.execute(
                        "UPDATE drafts SET state = 'sending', sending_pid = ?, sending_host = ?, "
                        "sending_token = '', sending_since = ?, updated = ? WHERE id = ?",
                        (pid, _hostname(), since, since, draft.id),
                    )
                    why = "sending" if draft.override_reason is None else "sending (overridden)"
                    self._audit(draft.id, now, "waiting", "sending", f"{why} by pid {pid}")
                    # Before the commit: the file never holds an older attempt's stage
                    # while the row says this attempt is sending.
                    claim.note("claimed", pid=pid, host=_hostname(), since=since)
            if lost is not None:
                claim.release(remove=True)
                raise DraftStateError(f"cannot send draft {draft_id}: {lost[1]}")
        except OSError as exc:
            claim.release(remove=claim.previous is None)
            raise OutboxError(
                f"{claim.path}: cannot record the sending claim: {exc.strerror or exc}; "
                "nothing was sent"
            ) from None
        except BaseException:
            claim.release(remove=claim.previous is None)
            raise
        self._claims[draft_id] = claim
        with suppress(sqlite3.Error):  # a reader in the way: the claim file still guards it
            self._db.execute("PRAGMA wal_checkpoint(FULL)")
        with self._guard("read"):
            return self._fetch(draft_id)

    def _check_first_reply(self, db: sqlite3.Connection, draft: StoredDraft, now: datetime) -> None:
        """Raise DraftStateError when another reply to ``draft``'s message has (or may have)
        left already."""
        if not draft.in_reply_to:
            return
        row = db.execute(
            "SELECT id, state, updated FROM drafts WHERE in_reply_to = ? AND id != ? "
            "AND state IN ('sending', 'sent', 'unknown') ORDER BY updated DESC LIMIT 1",
            (draft.in_reply_to, draft.id),
        ).fetchone()
        if row is not None:
            raise DraftStateError(
                f"cannot send draft {draft.id}: draft {row[0]} already answers the same "
                f"message ({row[1]}); one reply per message: send this one too with --again, "
                f"or cancel it (draft-reply outbox cancel {draft.id})"
            )

    def note_stage(self, id_or_prefix: str, stage: str, detail: str = "") -> None:
        """Record how far the delivery of a draft this handle is sending got.

        ``stage`` is one of :data:`assistant.outbox.claims.STAGES`; it is written to the
        claim file and fsynced, so that :meth:`recover_interrupted` knows it if the outbox
        cannot be written or the process dies. Raises DraftStateError when this handle
        does not hold the draft's claim, OSError when the claim file cannot be written.
        """
        claim = self._claims.get(id_or_prefix)
        if claim is None:
            raise DraftStateError(f"draft {id_or_prefix} is not being sent by this process")
        claim.note(stage, detail)

    def _release(self, draft_id: str) -> None:
        """Give up this handle's claim of ``draft_id`` once its outcome is stored."""
        claim = self._claims.pop(draft_id, None)
        if claim is not None:
            claim.release(remove=True)

    def claim_status(self, id_or_prefix: str) -> str:
        """Tell who holds the sending claim of a draft: ``"held"`` (a sending process, this
        one included), ``"free"`` (its sender stopped) or ``"missing"`` (no claim file:
        it cannot be verified, e.g. a claim made by an older draft-reply)."""
        draft_id = self._resolve_id(id_or_prefix)
        if draft_id in self._claims:
            return "held"
        status, claim = probe(self._claims_folder, draft_id)
        if claim is not None:
            claim.release(remove=False)
        return status

    def mark_sent(self, id_or_prefix: str, now: datetime, *, delivery: str = "") -> StoredDraft:
        """Record a delivery that succeeded: ``sending`` (or ``unknown``) -> ``sent``."""

        def change(db: sqlite3.Connection, draft: StoredDraft) -> tuple[str, str]:
            db.execute(
                "UPDATE drafts SET state = 'sent', delivery = ?, error = NULL, updated = ? "
                "WHERE id = ?",
                (delivery or None, _to_text(now), draft.id),
            )
            return "sent", f"delivered: {delivery}" if delivery else "delivered"

        sent = self._change(id_or_prefix, now, ("sending", "unknown"), "mark sent", change)
        self._release(sent.id)
        return sent

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

        settled = self._change(id_or_prefix, now, ("sending",), f"mark {to}", change)
        self._release(settled.id)
        return settled

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

        ``sent=False`` (retry) also takes a failed draft back to waiting. A ``sending``
        draft whose claim cannot be verified (:meth:`claim_status` "missing") is settled
        the same way: the user has checked that no draft-reply is sending it. Raises
        DraftStateError for other states, and for a draft another process is sending.
        """
        draft_id = self._resolve_id(id_or_prefix)
        states: tuple[str, ...] = ("unknown",) if sent else ("unknown", "failed")
        if self.claim_status(draft_id) == "missing":
            states += ("sending",)
        to, reason = ("sent", "it was sent") if sent else ("waiting", "send again")
        settled = self._simple(
            draft_id,
            now,
            states,
            "resolve" if sent else "retry",
            to,
            f"resolved by the user: {reason}",
        )
        with suppress(OSError):
            (self._claims_folder / settled.id).unlink()  # an old record must not come back
        return settled

    def unverifiable_claims(self) -> builtins.list[str]:
        """Return the ids of ``sending`` drafts whose claim file is missing, oldest first.

        Nothing shows whether they are still being sent; the user settles them with
        :meth:`resolve` once sure that no draft-reply is sending them.
        """
        with self._guard("read"):
            rows = self._db.execute(
                "SELECT id FROM drafts WHERE state = 'sending' ORDER BY created, id"
            ).fetchall()
        return [
            row[0]
            for row in rows
            if row[0] not in self._claims and probe(self._claims_folder, row[0])[0] == "missing"
        ]

    def recover_interrupted(self, now: datetime) -> builtins.list[str]:
        """Settle drafts left in ``sending`` by a process that stopped; return their ids.

        A sender has stopped when nobody holds its claim's lock (:mod:`.claims`): no pid,
        host name or clock is trusted. The draft then takes the outcome its claim recorded:
        ``sent`` when the transport had accepted it, ``waiting`` (ready) when nothing was
        handed over, ``failed`` when it was refused, and ``unknown`` when it stopped after
        the message may have left (SMTP: after the 354 to DATA). Unknown drafts are never
        sent again until :meth:`resolve`. A draft without a claim file is left as it is
        (:meth:`unverifiable_claims`). Takes the write lock only when there is something
        to settle.
        """
        with self._guard("read"):
            ids = [
                row[0] for row in self._db.execute("SELECT id FROM drafts WHERE state = 'sending'")
            ]
        stopped: dict[str, Claim] = {}
        for draft_id in ids:
            if draft_id in self._claims:
                continue
            _, claim = probe(self._claims_folder, draft_id)
            if claim is not None:
                stopped[draft_id] = claim
        if not stopped:
            return []
        recovered: builtins.list[str] = []
        try:
            with self._transaction() as db:
                for draft_id, claim in stopped.items():
                    row = db.execute(
                        "SELECT state FROM drafts WHERE id = ?", (draft_id,)
                    ).fetchone()
                    if row is None or row[0] != "sending":
                        continue  # settled meanwhile
                    to_state, why, delivery = _interrupted(claim.previous)
                    db.execute(
                        "UPDATE drafts SET state = ?, error = ?, delivery = coalesce(?, delivery), "
                        "updated = ? WHERE id = ?",
                        (
                            to_state,
                            None if to_state == "sent" else why,
                            delivery,
                            _to_text(now),
                            draft_id,
                        ),
                    )
                    self._audit(draft_id, now, "sending", to_state, why)
                    recovered.append(draft_id)
        except BaseException:
            for claim in stopped.values():
                claim.release(remove=False)
            raise
        for claim in stopped.values():
            claim.release(remove=True)
        return recovered


def _interrupted(record: dict[str, Any] | None) -> tuple[str, str, str | None]:
    """Return ``(state, reason, delivery)`` for a draft whose sender stopped with ``record``
    as its claim's last record (None: nothing recorded; ``{}``: unreadable)."""
    stage = None if record is None else record.get("stage")
    detail = str((record or {}).get("detail") or "")
    if stage in (None, "claimed"):
        return "waiting", "interrupted before anything was handed over: nothing was sent", None
    if stage == "not-delivered":
        return "waiting", f"not delivered: {detail}", None
    if stage == "refused":
        return "failed", detail or "refused", None
    if stage == "delivered":
        return "sent", f"delivered (recorded after an interruption): {detail}", detail or None
    return (
        "unknown",
        "interrupted after the message was handed over; it may or may not have been delivered",
        None,
    )


def _lost_outcome(draft: StoredDraft, record: dict[str, Any] | None) -> tuple[str, str] | None:
    """Return ``(state, reason)`` when a waiting draft's claim file records a delivery the
    outbox has no record of (its -wal file deleted or restored from a backup), else None."""
    if draft.state != "waiting" or record is None:
        return None
    stage = record.get("stage")
    if stage == "delivered":
        return "sent", (
            f"it was delivered earlier ({record.get('detail', '')}), though the outbox had lost "
            "its record of that; marked sent"
        )
    if stage in ("claimed", "not-delivered", "refused"):
        return None
    return "unknown", (
        "an earlier delivery of it was interrupted after the message was handed over, and "
        "the outbox had lost its record of that (was its -wal file deleted, or restored "
        "from a backup?); it may or may not have arrived: check your Sent folder, then "
        + RESOLVE_HINT.format(id=draft.id)
    )
