"""The outbox file: its creation and checks, its schema and migrations, its SQLite errors.

The schema is the ordered list ``_MIGRATIONS``; ``PRAGMA user_version`` counts those
applied, and :data:`SCHEMA_VERSION` is the version this code writes. A file that is not
SQLite or cannot be read raises OutboxError naming the path; it is never recreated or
overwritten. Private to :mod:`assistant.outbox.store`, which re-exports ``SCHEMA_VERSION``.
"""

from __future__ import annotations

import os
import sqlite3
import stat
from collections.abc import Callable, Iterator
from contextlib import contextmanager, suppress
from pathlib import Path

from assistant.errors import OutboxBusyError, OutboxError, OutboxSchemaError

_SQLITE_MAGIC = b"SQLite format 3\x00"


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


def _migrate_4(db: sqlite3.Connection) -> None:
    """Add the SHA-256 checksum of each draft's message and text, taken of them as they are."""
    from assistant.outbox.rows import _checksum

    db.create_function("draft_checksum", 2, _checksum, deterministic=True)
    db.execute("ALTER TABLE messages ADD COLUMN checksum TEXT")
    db.execute("UPDATE messages SET checksum = draft_checksum(body, eml)")


_MIGRATIONS: tuple[Callable[[sqlite3.Connection], None], ...] = (
    _migrate_1,
    _migrate_2,
    _migrate_3,
    _migrate_4,
)
#: The schema version this code writes (``PRAGMA user_version``).
SCHEMA_VERSION = len(_MIGRATIONS)
#: The oldest schema version this code reads without migrating (it has every column read
#: but the checksum of schema 4, which a read-only handle then does without).
_READABLE_FROM = 2


def _check_version(path: Path, version: int) -> None:
    """Raise OutboxSchemaError when schema ``version`` of ``path`` is newer than this code's."""
    if version > SCHEMA_VERSION:
        raise OutboxSchemaError(
            f"{path}: the outbox has schema version {version}, newer than this "
            f"draft-reply knows ({SCHEMA_VERSION}); upgrade draft-reply"
        )


@contextmanager
def _guard(path: Path, action: str) -> Iterator[None]:
    """Turn sqlite3 errors into OutboxError naming the file and what to check."""
    try:
        yield
    except sqlite3.Error as exc:
        raise _sqlite_error(path, action, exc) from None


@contextmanager
def _transaction(db: sqlite3.Connection, path: Path) -> Iterator[sqlite3.Connection]:
    """Run the block in ``BEGIN IMMEDIATE`` on ``db``; commit on success, roll back on error.

    Any sqlite3 error in the block (read-only file, locked, disk full, damaged table)
    becomes an OutboxError naming ``path``.
    """
    with _guard(path, "write"):
        db.execute("BEGIN IMMEDIATE")
        try:
            yield db
        except BaseException:
            with suppress(sqlite3.Error):
                db.execute("ROLLBACK")
            raise
        db.execute("COMMIT")


def _migrate(db: sqlite3.Connection, path: Path) -> None:
    """Apply the migrations ``db`` lacks, one transaction each."""
    for number, migration in enumerate(_MIGRATIONS, start=1):
        if db.execute("PRAGMA user_version").fetchone()[0] >= number:
            continue
        with _transaction(db, path):
            version = db.execute("PRAGMA user_version").fetchone()[0]
            _check_version(path, version)
            if version < number:  # another process may have migrated meanwhile
                migration(db)
                db.execute(f"PRAGMA user_version = {number}")


def _connect(path: Path, busy_timeout: float) -> sqlite3.Connection:
    """Open ``path`` for reading and writing: create (whole), check, WAL, migrate."""
    if not path.exists():
        _create(path, busy_timeout)
    _check_header(path)
    try:
        db = sqlite3.connect(path, timeout=busy_timeout, isolation_level=None)
    except sqlite3.Error as exc:
        raise OutboxError(f"{path}: cannot open the outbox: {exc}") from None
    try:
        with _guard(path, "open"):
            _set_up(db, path, busy_timeout)
    except BaseException:
        db.close()
        raise
    return db


def _set_up(db: sqlite3.Connection, path: Path, busy_timeout: float) -> None:
    """Check the schema version, switch to WAL with full syncs, and migrate."""
    version = db.execute("PRAGMA user_version").fetchone()[0]
    db.execute("SELECT count(*) FROM sqlite_master").fetchone()
    _check_version(path, version)
    db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    mode = db.execute("PRAGMA journal_mode = WAL").fetchone()[0]
    if str(mode).lower() != "wal":
        raise OutboxError(f"{path}: cannot switch the outbox to WAL (got {mode})")
    db.execute("PRAGMA synchronous = FULL")
    db.execute("PRAGMA foreign_keys = ON")
    _migrate(db, path)


def _create(path: Path, busy_timeout: float) -> None:
    """Create the outbox whole: built under a temporary name, then linked into place.

    So ``path`` never exists empty or half made by draft-reply, and an empty file found
    there is damage, refused like any other. Of processes creating it at once, one link
    wins and the others use its file. The folder is created mode 0700, the file 0600.
    """
    parent = path.parent
    tmp = parent / f".{path.name}.new-{os.getpid()}-{os.urandom(4).hex()}"
    try:
        if not parent.exists():
            with suppress(FileExistsError):  # made by another process meanwhile
                parent.mkdir(mode=0o700, parents=True)
                parent.chmod(0o700)
        os.close(os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600))
    except OSError as exc:
        raise OutboxError(f"{path}: cannot create the outbox: {exc.strerror}") from None
    try:
        db = sqlite3.connect(tmp, timeout=busy_timeout, isolation_level=None)
        try:
            with _guard(path, "create"):
                _set_up(db, path, busy_timeout)
        finally:
            db.close()  # the last connection: the -wal is checkpointed and removed
        with suppress(FileExistsError):
            os.link(tmp, path)
        dir_fd = os.open(parent, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except OSError as exc:
        raise OutboxError(f"{path}: cannot create the outbox: {exc.strerror}") from None
    finally:
        for leftover in (tmp, tmp.with_name(tmp.name + "-wal"), tmp.with_name(tmp.name + "-shm")):
            with suppress(OSError):
                leftover.unlink()


#: SQLite errors that mean the folder has no room for the -shm file (a full disk, a
#: read-only mount): reading then falls back to a copy in memory (:func:`_snapshot`).
_NO_ROOM = ("SQLITE_IOERR", "SQLITE_FULL", "SQLITE_CANTOPEN", "SQLITE_READONLY")


def _connect_for_reading(path: Path, busy_timeout: float) -> sqlite3.Connection | None:
    """Open ``path`` read-only, or return None when its schema needs a migration first.

    Where the folder has no room for SQLite's -shm file (a full disk, a read-only
    mount), the outbox is read from a copy in memory, so that ``list`` and ``show``
    still work when they are needed most; a write then reopens the file itself.
    """
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
    try:
        try:
            db.execute("PRAGMA user_version").fetchone()
        except sqlite3.Error as exc:
            if not str(getattr(exc, "sqlite_errorname", "")).startswith(_NO_ROOM):
                raise
            db.close()
            db = _snapshot(path, exc)
        with _guard(path, "read"):
            version = db.execute("PRAGMA user_version").fetchone()[0]
            _check_version(path, version)
            if version < _READABLE_FROM:
                db.close()
                return None
            db.execute("SELECT count(*) FROM sqlite_master").fetchone()
            db.execute(f"PRAGMA busy_timeout = {int(busy_timeout * 1000)}")
    except sqlite3.Error as exc:
        db.close()
        raise _sqlite_error(path, "read", exc) from None
    except BaseException:
        db.close()
        raise
    return db


def _snapshot(path: Path, cause: sqlite3.Error) -> sqlite3.Connection:
    """Return an in-memory copy of the outbox at ``path`` (its -wal applied, if any).

    The -wal is applied in a temporary folder (``$TMPDIR``), which is removed before
    returning. Raises OutboxError for ``cause`` when the copy cannot be made either.
    """
    import shutil
    import tempfile

    wal = path.with_name(path.name + "-wal")
    try:
        data = path.read_bytes()
        wal_data = wal.read_bytes() if wal.exists() else b""
        if wal_data:
            folder = Path(tempfile.mkdtemp(prefix="draft-reply-outbox-"))
            try:
                copy = folder / "outbox.sqlite3"
                copy.write_bytes(data)
                copy.with_name(copy.name + "-wal").write_bytes(wal_data)
                applied = sqlite3.connect(copy, isolation_level=None)
                try:
                    applied.execute("PRAGMA wal_checkpoint(TRUNCATE)")
                    data = applied.serialize()
                finally:
                    applied.close()
            finally:
                shutil.rmtree(folder, ignore_errors=True)
        image = bytearray(data)
        image[18:20] = b"\x01\x01"  # rollback journal: an in-memory copy cannot use WAL
        db = sqlite3.connect(":memory:", isolation_level=None)
        db.deserialize(bytes(image))
    except (OSError, sqlite3.Error):
        raise _sqlite_error(path, "read", cause) from None
    return db


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


def _check_header(path: Path) -> None:
    """Refuse a file that is not a SQLite 3 database (an empty one too), without writing."""
    try:
        with path.open("rb") as fh:
            mode = os.fstat(fh.fileno()).st_mode
            head = fh.read(len(_SQLITE_MAGIC))
    except OSError as exc:
        raise OutboxError(f"{path}: cannot read the outbox: {exc.strerror}") from None
    if not stat.S_ISREG(mode):
        raise OutboxError(f"{path}: the outbox is not a regular file")
    if not head:
        raise OutboxError(
            f"{path}: the outbox file is empty (0 bytes), so its drafts are gone (a failed "
            "copy or restore?); restore it from a backup, or move it aside to start a new "
            "outbox"
        )
    if head != _SQLITE_MAGIC:
        raise OutboxError(
            f"{path}: not a SQLite database (corrupt?); move it aside to start a new outbox"
        )
