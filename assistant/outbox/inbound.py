"""The inbound queue: mail handed over by a mail filter, waiting to be drafted.

``draft-reply filter`` adds each message here (one SQLite file in the data dir,
``inbound.sqlite3``, WAL, synchronous FULL: a message is on disk before the filter exits 0);
``draft-reply worker`` drafts what is queued. A row moves queued -> drafting -> drafted,
skipped or failed; a worker that dies leaves ``drafting`` rows, which the next worker puts back
(only one worker runs at a time: :meth:`Inbound.worker_lock`). A Message-ID is queued once.
The raw bytes are kept as received, so nothing of the message is lost.
"""

from __future__ import annotations

import fcntl
import os
import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from assistant.errors import OutboxError

_SCHEMA = """
CREATE TABLE IF NOT EXISTS inbound (
    id INTEGER PRIMARY KEY,
    message_id TEXT,
    received TEXT NOT NULL,
    raw BLOB NOT NULL,
    state TEXT NOT NULL DEFAULT 'queued',
    attempts INTEGER NOT NULL DEFAULT 0,
    draft_id TEXT,
    error TEXT,
    updated TEXT NOT NULL
);
CREATE UNIQUE INDEX IF NOT EXISTS inbound_message_id ON inbound (message_id)
    WHERE message_id IS NOT NULL;
CREATE INDEX IF NOT EXISTS inbound_state ON inbound (state, id);
"""

#: A UTF-8 byte order mark, which drafting skips before it checks a message.
_BOM = b"\xef\xbb\xbf"

#: The states of a queued message.
STATES = ("queued", "drafting", "drafted", "skipped", "failed")


@dataclass(frozen=True)
class Queued:
    """A queued message: its row ``id``, ``message_id`` (None when it has none), raw bytes."""

    id: int
    message_id: str | None
    raw: bytes
    attempts: int


class Inbound:
    """The inbound queue file. Raises OutboxError (exit 75) when it cannot be opened or written."""

    def __init__(self, path: Path, db: sqlite3.Connection) -> None:
        self.path = path
        self._db = db

    @staticmethod
    def path_for(data_dir: Path) -> Path:
        """Return the queue file of ``data_dir``: ``inbound.sqlite3``."""
        return data_dir / "inbound.sqlite3"

    @classmethod
    def open(cls, path: Path) -> Inbound:
        """Open (creating it and its folder when needed) the queue at ``path``."""
        try:
            path.parent.mkdir(parents=True, exist_ok=True)
            db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
            db.execute("PRAGMA journal_mode=WAL")
            db.execute("PRAGMA synchronous=FULL")
            db.executescript(_SCHEMA)
        except (OSError, sqlite3.Error) as exc:
            raise OutboxError(f"cannot open the inbound queue {path}: {exc}") from None
        return cls(path, db)

    def close(self) -> None:
        self._db.close()

    def __enter__(self) -> Inbound:
        return self

    def __exit__(self, *exc: object) -> None:
        self.close()

    def add(self, raw: bytes, message_id: str | None, now: datetime) -> bool:
        """Queue ``raw``; return False when a message with this Message-ID is already queued.

        The row is committed (and fsynced, synchronous FULL) before this returns.
        """
        stamp = now.astimezone(UTC).isoformat()
        try:
            cursor = self._db.execute(
                "INSERT OR IGNORE INTO inbound (message_id, received, raw, updated) "
                "VALUES (?, ?, ?, ?)",
                (message_id or None, stamp, raw, stamp),
            )
        except sqlite3.Error as exc:
            raise OutboxError(f"cannot write to the inbound queue {self.path}: {exc}") from None
        return cursor.rowcount == 1

    def claim(self, now: datetime) -> Queued | None:
        """Take the oldest queued message for drafting (state drafting); None when none is left."""
        stamp = now.astimezone(UTC).isoformat()
        with self._write() as db:
            row = db.execute(
                "SELECT id, message_id, raw, attempts FROM inbound WHERE state = 'queued' "
                "ORDER BY id LIMIT 1"
            ).fetchone()
            if row is None:
                return None
            db.execute(
                "UPDATE inbound SET state = 'drafting', attempts = attempts + 1, updated = ? "
                "WHERE id = ?",
                (stamp, row[0]),
            )
        return Queued(int(row[0]), row[1], bytes(row[2]), int(row[3]) + 1)

    def finish(
        self, item: Queued, state: str, now: datetime, *, draft_id: str = "", error: str = ""
    ) -> None:
        """Record how drafting ``item`` ended: drafted, skipped, failed or queued (try again)."""
        if state not in STATES:
            raise ValueError(state)
        with self._write() as db:
            db.execute(
                "UPDATE inbound SET state = ?, draft_id = ?, error = ?, updated = ? WHERE id = ?",
                (state, draft_id or None, error or None, now.astimezone(UTC).isoformat(), item.id),
            )

    def requeue_interrupted(self, now: datetime) -> int:
        """Put messages a stopped worker left in ``drafting`` back in the queue; return how many.

        Call it only while holding :meth:`worker_lock` (no other worker is drafting them).
        """
        with self._write() as db:
            cursor = db.execute(
                "UPDATE inbound SET state = 'queued', updated = ? WHERE state = 'drafting'",
                (now.astimezone(UTC).isoformat(),),
            )
        return cursor.rowcount

    def counts(self) -> dict[str, int]:
        """Return how many messages are in each state."""
        rows = self._db.execute("SELECT state, count(*) FROM inbound GROUP BY state").fetchall()
        return {state: 0 for state in STATES} | {str(s): int(n) for s, n in rows}

    @contextmanager
    def _write(self) -> Iterator[sqlite3.Connection]:
        try:
            self._db.execute("BEGIN IMMEDIATE")
            try:
                yield self._db
            except BaseException:
                self._db.execute("ROLLBACK")
                raise
            self._db.execute("COMMIT")
        except sqlite3.Error as exc:
            raise OutboxError(f"cannot write to the inbound queue {self.path}: {exc}") from None

    @contextmanager
    def worker_lock(self) -> Iterator[bool]:
        """Hold the worker lock (``inbound.sqlite3.worker``, flock) while the block runs.

        Yields False at once when another worker holds it (then do nothing).
        """
        lock_path = self.path.with_name(self.path.name + ".worker")
        fd = os.open(lock_path, os.O_RDWR | os.O_CREAT, 0o600)
        try:
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
            except BlockingIOError:
                yield False
                return
            yield True
        finally:
            os.close(fd)


def cannot_draft(raw: bytes, max_bytes: int) -> str:
    """Return why ``raw`` can never be drafted, or "" when it may be queued.

    The checks drafting makes before it parses (``parse_email``): larger than ``max_bytes``
    (``[input] max_message_bytes``), empty, binary data, no header block. A mail filter
    passes such a message through without queuing it: the worker could only fail it.
    """
    from assistant.errors import BadEmailError
    from assistant.mail._raw import check_raw, read_input

    try:
        read_input(raw, max_bytes)
        check_raw(raw.removeprefix(_BOM))
    except BadEmailError as exc:
        return str(exc)
    return ""
