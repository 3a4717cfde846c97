"""A small cache of files parsed once per process while they are unchanged.

Used for the client book and the work log (``facts.gather_facts``): a mail filter drafting
many messages in one process would otherwise re-read and re-parse both for every draft.
A file is "unchanged" while its stat identity is (path, device, inode, size, mtime and
ctime in ns; POSIX stat(2)); see :class:`FileCache` for what that does and does not catch.
"""

from __future__ import annotations

import stat
import threading
import time
from collections import OrderedDict
from collections.abc import Callable, Hashable
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Generic, TypeVar

_T = TypeVar("_T")
#: A file's identity: the path as given (parsed values keep it), the resolved path, and its
#: device, inode, size, mtime and ctime (ns).
_StatKey = tuple[str, str, int, int, int, int, int]
#: How long after a file's last change its stat is not trusted to show a further change: a
#: change within the same timestamp tick (up to 1-2 s on coarse filesystems) keeps mtime
#: and ctime. Entries cached in that window are checked against the file's bytes.
_SETTLE_NS = 2_000_000_000


def _stat_key(path: Path) -> _StatKey | None:
    try:
        info = path.stat()
        resolved = path.resolve()
    except (OSError, RuntimeError):  # RuntimeError: a symlink loop (Python < 3.13)
        return None
    if not stat.S_ISREG(info.st_mode):
        return None
    return (
        str(path),
        str(resolved),
        info.st_dev,
        info.st_ino,
        info.st_size,
        info.st_mtime_ns,
        info.st_ctime_ns,
    )


def _settled(key: _StatKey) -> bool:
    """True when the file last changed long enough ago that any new change alters its stat."""
    return time.time_ns() - max(key[5], key[6]) >= _SETTLE_NS


def _read(path: Path) -> bytes | None:
    try:
        return path.read_bytes()
    except OSError:
        return None


@dataclass(frozen=True)
class _Entry(Generic[_T]):
    value: _T
    depends: object  # the book a work log was read with; None for a book
    data: bytes | None  # the file's bytes, while its stat is not yet settled


class FileCache(Generic[_T]):
    """The last few parsed client books or work logs, so an unchanged file is parsed once.

    A mail filter drafting many messages in one process would otherwise re-read and re-parse
    both files for every draft. Entries are keyed on the file's :func:`_stat_key` (plus
    ``extra``): a changed or replaced (new inode) file gets a new key and is read again; a
    missing or unreadable one is never looked up, so it fails as before. Only
    successful loads are cached (a broken file raises every time). Values are frozen
    dataclasses of tuples, shared by every caller. Detected: any edit that changes size,
    inode, mtime or ctime, including an edit that sets mtime back (the kernel sets ctime);
    an edit within :data:`_SETTLE_NS` of the previous change is caught by comparing bytes.
    Not detected: a file changed back and forth while it was being parsed, and, on systems
    whose ctime is not the change time (Windows) or whose clock runs behind the file
    server's, a same-size edit that restores mtime once the file has settled.
    """

    def __init__(self, size: int = 8) -> None:
        self._size = size
        self._lock = threading.Lock()
        self._entries: OrderedDict[Hashable, _Entry[_T]] = OrderedDict()

    def load(
        self,
        path: Path,
        parse: Callable[[], _T],
        *,
        extra: Hashable = None,
        depends: object = None,
    ) -> tuple[_T, Hashable]:
        """Return the value ``parse()`` gives for ``path``, from the cache when unchanged."""
        stat_key = _stat_key(path)
        if stat_key is None:
            return parse(), None
        key = (stat_key, extra)
        with self._lock:
            entry = self._entries.get(key)
            if entry is not None:
                self._entries.move_to_end(key)
        if entry is not None and entry.depends is depends:
            if entry.data is None:
                return entry.value, key
            if _read(path) == entry.data:
                if _settled(stat_key):
                    self._put(key, replace(entry, data=None))
                return entry.value, key
        settled = _settled(stat_key)
        before = None if settled else _read(path)
        value = parse()
        if _stat_key(path) == stat_key and (
            settled or (before is not None and _read(path) == before)
        ):
            self._put(key, _Entry(value, depends, before))
        return value, key

    def _put(self, key: Hashable, entry: _Entry[_T]) -> None:
        with self._lock:
            self._entries[key] = entry
            self._entries.move_to_end(key)
            while len(self._entries) > self._size:
                self._entries.popitem(last=False)
