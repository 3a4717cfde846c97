"""Loading the client book and the work log a command uses: one rule for missing files.

The rule: a file the user named (a config key or a flag: ``AccountsConfig.book_configured``,
``worklog_configured``) must exist, or AccountsError (exit 78); a default file that does not
exist means "no such facts", and :func:`worklog_absence` says so in words. Parsed files are
reused while unchanged (a stat-keyed cache, :mod:`assistant.accounts._file_cache`), so a
filter drafting many emails parses each once; ``clients check`` reads fresh (check.py).
"""

from __future__ import annotations

from collections.abc import Hashable

from assistant.accounts._file_cache import FileCache
from assistant.accounts.book import ClientBook, load_book
from assistant.accounts.worklog import WorkLog, load_worklog
from assistant.config.accounts import AccountsConfig
from assistant.errors import AccountsError

#: Parsed client books and work logs, reused while their files are unchanged.
_BOOKS: FileCache[ClientBook] = FileCache()
_LOGS: FileCache[WorkLog] = FileCache()


def book_for(config: AccountsConfig) -> tuple[ClientBook, Hashable]:
    """Return the client book ``config`` names and its cache key (reused while unchanged).

    Raises AccountsError (exit 78) when the file is missing, and for a book that does not
    load (file, line). Where a missing default book is not an error (drafting), ask
    :func:`book_missing` first; the ``clients`` commands need a book either way.
    """
    path = config.book
    if not path.exists():
        raise AccountsError(
            f"{path}: client book not found; create it (`draft-reply clients --help` shows the"
            " format) or fix the path (--book FILE or [accounts] book in config.toml)"
        )
    return _BOOKS.load(path, lambda: load_book(path))


def book_missing(config: AccountsConfig) -> bool:
    """Say whether the book is a default file that does not exist (no facts, not an error)."""
    return not config.book_configured and not config.book.exists()


def worklog_absence(config: AccountsConfig) -> str | None:
    """Say why there is no work log to read ("not configured", "missing"), None if there is.

    A log the user named that does not exist is not an absence: :func:`worklog_for` raises.
    """
    if config.worklog is None:
        return "not configured"
    if not config.worklog_configured and not config.worklog.exists():
        return "missing"
    return None


def worklog_for(
    config: AccountsConfig, book: ClientBook, book_key: Hashable, *, lenient: bool = False
) -> WorkLog | None:
    """Return the work log ``config`` names, read against ``book``; None when it is absent.

    Absent: not configured, or a default file that does not exist (:func:`worklog_absence`).
    Raises AccountsError (exit 78) for a log the user named that does not exist, and for a
    log that does not load (with ``lenient``, only for one that cannot be read at all: bad
    rows are skipped and named in ``WorkLog.skipped``). Client names in the log resolve
    against the book, so a cached log is reused only with the very book object it was read
    with.
    """
    if worklog_absence(config) is not None:
        return None
    path = config.worklog
    assert path is not None
    if not path.exists():
        raise AccountsError(
            f"{path}: work log not found; create it or fix the path (--worklog FILE or"
            " [accounts] worklog in config.toml)"
        )
    log, _ = _LOGS.load(
        path,
        lambda: load_worklog(path, book, lenient=lenient),
        extra=(book_key, lenient),
        depends=book,
    )
    return log
