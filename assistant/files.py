"""Writing result files: atomic replacement, and a cheap check before slow work.

Raises OutputError (exit 73, EX_CANTCREAT) for anything that cannot be written.
"""

from __future__ import annotations

import os
from collections.abc import Callable
from contextlib import suppress
from pathlib import Path

from assistant.display import shown_path
from assistant.errors import OutputError


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file, then rename).

    A path that is not a regular file (``/dev/null``, a FIFO, ``/dev/stdout``) is
    written directly. Raises OutputError (exit 73) when the file cannot be written for
    any reason (missing or read-only folder, a name too long, a full disk).
    """
    try:
        _write_file(path, data)
    except OSError as exc:
        raise OutputError(f"cannot write {shown_path(path)}: {exc.strerror or exc}") from None


def check_writable(path: Path) -> None:
    """Raise OutputError (exit 73) when ``path`` plainly cannot be written: its folder is
    missing, not a folder or not writable, or it is a folder itself.

    A check before slow work (asking the model), so that a typo in ``-o`` costs nothing;
    :func:`write_file` still reports what only the write can find (a full disk).
    """
    try:
        if path.is_symlink():
            path = Path(os.path.realpath(path))
        folder = path.parent
        if path.is_dir():
            raise OutputError(f"cannot write {shown_path(path)}: it is a folder")
        if not folder.is_dir():
            raise OutputError(f"cannot write {shown_path(path)}: no folder {shown_path(folder)}")
        if not os.access(folder, os.W_OK | os.X_OK) and not (
            path.exists() and os.access(path, os.W_OK) and not path.is_file()
        ):
            raise OutputError(f"cannot write {shown_path(path)}: the folder is not writable")
    except OSError as exc:
        raise OutputError(f"cannot write {shown_path(path)}: {exc.strerror or exc}") from None


def _write_file(path: Path, data: bytes) -> None:
    if path.is_symlink():  # write through the link, as the shell's > does
        path = Path(os.path.realpath(path))
    if path.exists() and not path.is_file():
        with path.open("wb") as fh:
            fh.write(data)
        return
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError:
        with suppress(OSError):
            tmp.unlink(missing_ok=True)
        raise


def write_new(
    tmp: Path, target: Path, data: bytes, *, before_link: Callable[[], None] | None = None
) -> Path:
    """Write ``data`` to ``tmp`` (0600, fsync), then link it to ``target`` and fsync the folder.

    ``before_link()`` is called just before the link: the moment the message appears.
    ``target`` appears whole or not at all and is never overwritten: FileExistsError when it
    exists; other OSErrors as the system raises them. ``tmp`` is removed either way. Used for
    Maildir delivery (a file in ``tmp/`` linked into ``new/``) and the file transport.
    """
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        if before_link is not None:
            before_link()
        os.link(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return target
