"""The outbox: a SQLite store of reply drafts, their states and an audit trail.

File: ``<data_dir>/outbox.sqlite3``, mode 0600 in a 0700 folder; WAL journal,
``synchronous=FULL``, a 10 s busy timeout, foreign keys on. Every state change runs in
``BEGIN IMMEDIATE`` and appends to ``audit`` in the same transaction. The schema is the
ordered list ``_MIGRATIONS`` applied by ``PRAGMA user_version``, one transaction each.
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
import stat
from collections.abc import Callable, Iterable, Iterator, Mapping
from contextlib import contextmanager, suppress
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path
from types import MappingProxyType
from typing import TYPE_CHECKING, Any, NamedTuple

from assistant._output import describe_wait, local_time
from assistant.errors import (
    CoolingOffError,
    DraftNotFoundError,
    DraftStateError,
    OutboxBusyError,
    OutboxError,
    OutboxSchemaError,
)

if TYPE_CHECKING:
    from assistant.config import Settings

#: The states a draft is stored in; ``waiting`` is shown as ``cooling`` or ``ready``.
STORED_STATES = ("waiting", "sending", "sent", "failed", "cancelled", "unknown")
#: The states shown to the user (``state_at``).
SHOWN_STATES = ("cooling", "ready", "sending", "sent", "failed", "cancelled", "unknown")
ID_MIN_PREFIX = 4
BUSY_TIMEOUT = 10.0  # seconds
_SQLITE_MAGIC = b"SQLite format 3\x00"
_HEX = frozenset("0123456789abcdef")


def _to_text(when: datetime) -> str:
    """Return ``when`` as fixed-width ISO 8601 UTC text; naive datetimes are a bug."""
    if when.tzinfo is None or when.utcoffset() is None:
        raise ValueError(f"datetime must be timezone-aware (UTC): {when!r}")
    return when.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%S.%fZ")


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


# --- schema -----------------------------------------------------------------------------


def _migrate_1(db: sqlite3.Connection) -> None:
    """Create drafts (small columns), messages (text and bytes) and audit."""
    db.execute(
        """
        CREATE TABLE drafts (
            id TEXT PRIMARY KEY,
            message_id TEXT NOT NULL UNIQUE,
            in_reply_to TEXT,
            recipients TEXT NOT NULL,          -- formatted addresses, one per line
            subject TEXT NOT NULL,
            language TEXT NOT NULL,
            backend TEXT NOT NULL,
            model TEXT,
            created TEXT NOT NULL,             -- ISO 8601 UTC, fixed width
            not_before TEXT NOT NULL,
            state TEXT NOT NULL CHECK (state IN
                ('waiting', 'sending', 'sent', 'failed', 'cancelled', 'unknown')),
            heat_in REAL NOT NULL,
            heat_out REAL NOT NULL,
            cooling_reason TEXT NOT NULL,
            override_reason TEXT,
            updated TEXT NOT NULL,
            error TEXT
        )
        """
    )
    db.execute(
        """
        CREATE TABLE messages (                -- the large parts, kept out of list()'s way
            draft_id TEXT PRIMARY KEY REFERENCES drafts(id),
            body TEXT NOT NULL,
            eml BLOB NOT NULL,
            source_eml BLOB NOT NULL,
            notes TEXT NOT NULL DEFAULT '{}'   -- JSON object: step key -> text
        )
        """
    )
    db.execute(
        """
        CREATE TABLE audit (
            seq INTEGER PRIMARY KEY AUTOINCREMENT,
            draft_id TEXT NOT NULL REFERENCES drafts(id),
            at TEXT NOT NULL,
            from_state TEXT,
            to_state TEXT NOT NULL,
            reason TEXT NOT NULL
        )
        """
    )


def _migrate_2(db: sqlite3.Connection) -> None:
    """Add the sending claim and delivery columns, and the indexes ``list`` and ``audit`` use."""
    for column in (
        "sending_pid INTEGER",
        "sending_host TEXT",
        "sending_token TEXT",
        "sending_since TEXT",
        "delivery TEXT",
    ):
        db.execute(f"ALTER TABLE drafts ADD COLUMN {column}")
    db.execute("CREATE INDEX drafts_state_created ON drafts(state, created)")
    db.execute("CREATE INDEX drafts_created ON drafts(created, id)")
    db.execute("CREATE INDEX audit_draft ON audit(draft_id, seq)")


def _migrate_3(db: sqlite3.Connection) -> None:
    """Index In-Reply-To, for ``find_replies_to`` (a redelivered message drafted twice)."""
    db.execute("CREATE INDEX drafts_in_reply_to ON drafts(in_reply_to)")


_MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_1,
    _migrate_2,
    _migrate_3,
)
#: The stored states of drafts that answer (or may have answered) their message: not
#: cancelled, not refused for good. ``find_replies_to`` reports these.
_ANSWERING_STATES = ("waiting", "sending", "sent", "unknown")
#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = len(_MIGRATIONS)
#: The oldest schema version this code reads without migrating (it has every column read).
_READABLE_FROM = 2

#: The columns of ``_SummaryRow``, in its order (``created_iso`` is column ``created``...).
_SUMMARY_COLUMNS = ", ".join(name.removesuffix("_iso") for name in _SummaryRow._fields)
_SELECT_DRAFT = (
    "SELECT d.id, d.message_id, d.in_reply_to, d.recipients, d.subject, m.body, m.eml, "
    "m.source_eml, m.notes, d.language, d.backend, d.model, d.created, d.not_before, d.state, "
    "d.heat_in, d.heat_out, d.cooling_reason, d.override_reason, d.updated, d.error, "
    "d.delivery, d.sending_pid, d.sending_host, d.sending_token, d.sending_since "
    "FROM drafts AS d LEFT JOIN messages AS m ON m.draft_id = d.id WHERE d.id = ?"
)


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
            outbox = cls._open_for_reading(path, busy_timeout)
            if outbox is not None:
                return outbox
        return cls(path, cls._connect(path, busy_timeout), busy_timeout=busy_timeout)

    @classmethod
    def _open_for_reading(cls, path: Path, busy_timeout: float) -> Outbox | None:
        """Open ``path`` read-only, or return None when its schema needs a migration first."""
        from urllib.parse import quote

        uri = f"file:{quote(str(path.resolve()))}?mode=ro"
        wal = path.with_name(path.name + "-wal")
        if not os.access(path.parent, os.W_OK) and not wal.exists():
            # A WAL database needs its -shm file, which a read-only folder cannot hold; with
            # no -wal file, all is in the main file: read it as immutable (sqlite.org/uri.html).
            uri += "&immutable=1"
        try:
            db = sqlite3.connect(uri, uri=True, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise OutboxError(f"{path}: cannot open the outbox: {exc}") from None
        outbox = cls(path, db, writable=False, busy_timeout=busy_timeout)
        try:
            with outbox._guard("read"):
                version = db.execute("PRAGMA user_version").fetchone()[0]
                outbox._check_version(version)
                if version < _READABLE_FROM:
                    db.close()
                    return None
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
        except BaseException:
            db.close()
            raise
        return outbox

    @classmethod
    def _connect(cls, path: Path, busy_timeout: float) -> sqlite3.Connection:
        """Open ``path`` for reading and writing: create, check, WAL, migrate."""
        _create_file(path)
        _check_header(path)
        try:
            db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
        except sqlite3.Error as exc:
            raise OutboxError(f"{path}: cannot open the outbox: {exc}") from None
        outbox = cls(path, db, busy_timeout=busy_timeout)
        try:
            with outbox._guard("open"):
                version = db.execute("PRAGMA user_version").fetchone()[0]
                db.execute("SELECT count(*) FROM sqlite_master").fetchone()
                outbox._check_version(version)
                db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
                mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
                if str(mode).lower() != "wal":
                    raise OutboxError(f"{path}: cannot switch the outbox to WAL (got {mode})")
                db.execute("PRAGMA synchronous = FULL")
                db.execute("PRAGMA foreign_keys = ON")
                outbox._migrate()
        except BaseException:
            db.close()
            raise
        return db

    def close(self) -> None:
        """Close the database connection."""
        self._db.close()

    def __enter__(self) -> Outbox:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def _check_version(self, version: int) -> None:
        if version > SCHEMA_VERSION:
            raise OutboxSchemaError(
                f"{self.path}: the outbox has schema version {version}, newer than this "
                f"draft-reply knows ({SCHEMA_VERSION}); upgrade draft-reply"
            )

    def _migrate(self) -> None:
        for number, migration in enumerate(_MIGRATIONS, start=1):
            if self._db.execute("PRAGMA user_version").fetchone()[0] >= number:
                continue
            with self._transaction():
                version = self._db.execute("PRAGMA user_version").fetchone()[0]
                self._check_version(version)
                if version < number:  # another process may have migrated meanwhile
                    migration(self._db)
                    self._db.execute(f"PRAGMA user_version = {number}")

    @contextmanager
    def _guard(self, action: str) -> Iterator[None]:
        """Turn sqlite3 errors into OutboxError naming the file and what to check."""
        try:
            yield
        except sqlite3.Error as exc:
            raise _sqlite_error(self.path, action, exc) from None

    @contextmanager
    def _transaction(self) -> Iterator[sqlite3.Connection]:
        """Run the block in ``BEGIN IMMEDIATE``; commit on success, roll back on error.

        A handle opened read-only is reopened for writing first. Any sqlite3 error in the
        block (read-only file, locked, disk full, damaged table) becomes an OutboxError.
        """
        if not self._writable:
            db = self._connect(self.path, self._busy_timeout)
            self._db.close()
            self._db, self._writable = db, True
        with self._guard("write"):
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                with suppress(sqlite3.Error):
                    self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")

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
                raise DraftStateError(f"cannot {action} draft {draft.id}: {_why_not(draft, now)}")
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
            if draft.state != "waiting":
                raise DraftStateError(f"cannot send draft {draft.id}: {_why_not(draft, now)}")
            if draft.state_at(now) == "cooling":
                raise CoolingOffError(
                    f"draft {draft.id} is still cooling off: sendable at "
                    f"{describe_wait(draft.not_before, now)} ({draft.cooling_reason})"
                )
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


def _listed(draft: DraftSummary, wanted: set[str], now: datetime) -> bool:
    """Tell whether ``list`` keeps ``draft`` for ``wanted``; a damaged row is always kept."""
    if draft.state not in STORED_STATES:
        return True
    try:
        return draft.state_at(now) in wanted
    except (ValueError, TypeError):
        return True


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


def _why_not(draft: StoredDraft, now: datetime) -> str:
    """Say, for a message, why a draft's state forbids an action (times local, to ``now``)."""
    if draft.state == "sending":
        claim = draft.claim
        who = f" by pid {claim.pid} on {claim.host}" if claim else ""
        return f"it is being sent{who}"
    if draft.state == "sent":
        return f"it was sent at {local_time(draft.updated, now=now)}"
    if draft.state == "failed":
        return f"delivery failed ({draft.error}); use outbox resolve --retry to try again"
    if draft.state == "unknown":
        return "its delivery was interrupted; settle it with outbox resolve --sent|--retry"
    if draft.state == "cancelled":
        return "it was cancelled"
    return f"it is {draft.state}"


def _sqlite_error(path: Path, action: str, exc: sqlite3.Error) -> OutboxError:
    """Return the OutboxError for a sqlite3 error while doing ``action`` on ``path``.

    Names from sqlite3's ``sqlite_errorname`` (https://sqlite.org/rescode.html).
    """
    name = str(getattr(exc, "sqlite_errorname", ""))
    text = str(exc)
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "database is locked" in text:
        return OutboxBusyError(
            f"{path}: the outbox is busy (another draft-reply is writing); try again"
        )
    if name.startswith(("SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_IOERR", "SQLITE_FULL")) or (
        "readonly" in text or "unable to open" in text or "disk I/O" in text
    ):
        return OutboxError(
            f"{path}: cannot {action} the outbox: {text}; check that you may write the file and "
            f"its folder {path.parent} (owner, mode) and that the disk is not full or read-only"
        )
    if name.startswith(("SQLITE_CORRUPT", "SQLITE_ERROR")):
        return OutboxError(
            f"{path}: cannot {action} the outbox: {text} (damaged, or changed by hand?); "
            "move it aside to start a new outbox"
        )
    return OutboxError(f"{path}: cannot {action} the outbox: {text}")


def _create_file(path: Path) -> None:
    """Create ``path`` empty with mode 0600 (and its folder 0700) unless it exists."""
    parent = path.parent
    try:
        if not parent.exists():
            parent.mkdir(mode=0o700, parents=True)
            parent.chmod(0o700)
        fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    except FileExistsError:
        return
    except OSError as exc:
        raise OutboxError(f"{path}: cannot create the outbox: {exc.strerror}") from None
    os.fchmod(fd, 0o600)
    os.close(fd)


def _check_header(path: Path) -> None:
    """Refuse a file that is neither empty nor a SQLite 3 database, without writing to it."""
    try:
        with path.open("rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise OutboxError(f"{path}: cannot read the outbox: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise OutboxError(f"{path}: the outbox is not a regular file")
    if head and head != _SQLITE_MAGIC:
        raise OutboxError(
            f"{path}: not a SQLite database (corrupt?); move it aside to start a new outbox"
        )
