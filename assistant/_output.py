"""How results are shown: JSON on stdout, times and durations in words, atomic file writes.

Shared by the command modules (``cli.py``, ``cli_outbox.py``, ``cli_clients.py``) and by the
library's messages (``outbox``, ``cooling``), so every place says a time or a wait the same
way. Cheap to import: only the standard library.

Rules: a moment is shown in the machine's local zone as ``HH:MM``, with the day when it is
not today (:func:`local_time`); a ``not_before`` time is rounded up to the minute, never
shown earlier than it is (:func:`sendable_time`); a wait is rounded up too
(:func:`describe_duration`). JSON keeps ISO 8601 UTC (:func:`iso_utc`).
"""

from __future__ import annotations

import json
import math
import os
import re
import sys
from contextlib import suppress
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

from assistant.errors import OutputError

PROG = "draft-reply"


def echo_json(data: Any) -> None:
    """Print ``data`` as one JSON document on stdout (UTF-8, indented, datetimes as ISO 8601).

    Raises OutputError (exit 73) when standard output is closed or cannot be written.
    """
    write_stdout(json_text(data))


def json_text(data: Any) -> str:
    """Return ``data`` as the JSON document :func:`echo_json` prints (a final newline)."""
    return json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"


def echo(message: str = "", *, err: bool = False) -> None:
    """Print ``message`` and a newline on stdout (stderr with ``err``), then flush.

    Standard output is written by :func:`write_stdout`: a closed or full stdout raises
    OutputError (exit 73) here, not at interpreter exit. A failing or closed stderr is
    ignored: there is nowhere left to report it.
    """
    if not err:
        write_stdout(message + "\n")
        return
    with suppress(OSError, ValueError):  # ValueError: the stream was closed
        if sys.stderr is not None:
            sys.stderr.write(message + "\n")
            sys.stderr.flush()


def warn(message: str) -> None:
    """Print ``draft-reply: warning: message`` on stderr."""
    echo(f"{PROG}: warning: {message}", err=True)


def iso_utc(moment: datetime) -> str:
    """Return ``moment`` as ISO 8601 in UTC with a ``Z`` suffix (``2026-11-30T14:35:00Z``)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def local_time(moment: datetime, *, now: datetime | None = None) -> str:
    """Return an aware ``moment`` in the machine's local zone, to the minute (seconds cut).

    ``14:35`` when it falls on the local day of ``now`` (default: the current time), else
    ``Tue 1 Dec 14:35``. For a time something may happen at, use :func:`sendable_time`.
    """
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    if local.date() == today:
        return f"{local.hour:02d}:{local.minute:02d}"  # strftime costs 10 ms per 10,000
    return f"{local:%a} {local.day} {local:%b} {local.hour:02d}:{local.minute:02d}"


def sendable_time(not_before: datetime, *, now: datetime | None = None) -> str:
    """Return ``not_before`` like :func:`local_time`, rounded up to the next whole minute.

    13:02:03 shows as ``13:03``: a draft is never promised earlier than it may leave.
    """
    if not_before.second or not_before.microsecond:
        not_before = not_before.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return local_time(not_before, now=now)


def describe_duration(seconds: float) -> str:
    """Say a wait of ``seconds`` in words, never shorter than it is.

    ``0 min`` when due (0 or less), ``less than a minute``, ``45 min``, ``1 h``,
    ``2 h 5 min``; from a day on ``1 day 3 h``, ``2 days`` (hours rounded up).
    """
    if seconds <= 0:
        return "0 min"
    if seconds < 60:
        return "less than a minute"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(math.ceil(minutes / 60), 24)
    unit = "day" if days == 1 else "days"
    return f"{days} {unit} {hours} h" if hours else f"{days} {unit}"


def describe_wait(not_before: datetime, now: datetime) -> str:
    """Say when a draft becomes sendable and how long that is from ``now``: ``14:35, in 35 min``.

    The time comes from :func:`sendable_time` (local, rounded up), the wait from
    :func:`describe_duration`. Both datetimes are timezone-aware.
    """
    left = (not_before - now).total_seconds()
    return f"{sendable_time(not_before, now=now)}, in {describe_duration(left)}"


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


def shown_path(path: Path | str, limit: int = 120) -> str:
    """Return ``path`` for a message: undecodable bytes as ``?``, cut to ``limit`` chars."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = printable(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: C0 controls but tab and newline, DEL, C1 controls: what drives a terminal (ECMA-48).
_CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def printable(text: str) -> str:
    """Return ``text`` with terminal control characters replaced by ``?``.

    ESC, BEL, CR, backspace and the other C0 controls (tab and newline kept), DEL and
    the C1 controls (U+0080-U+009F, ECMA-48 section 5) become ``?``, so text from an email
    shown on a terminal can neither move the cursor nor set the title.
    """
    return _CONTROLS.sub("?", text)


def write_stdout(data: bytes | str) -> None:
    """Write ``data`` (str as UTF-8) to standard output and flush it.

    Raises OutputError (exit 73) when standard output is closed or the write fails (a
    full disk, ``> /dev/full``); standard output then points at /dev/null so that the
    interpreter's final flush does not fail again. BrokenPipeError (the reader went away)
    is raised as it is, for the CLI to handle.
    """
    stream = sys.stdout
    if stream is None:
        raise OutputError("cannot write to standard output: standard output is closed")
    try:
        if isinstance(data, str):
            stream.write(data)
        else:
            stream.flush()
            stream.buffer.write(data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: I/O operation on closed file
        _silence_stdout()
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write to standard output: {why}") from None


def _silence_stdout() -> None:
    """Point file descriptor 1 at /dev/null and drop what ``sys.stdout`` still buffers."""
    with suppress(OSError):
        devnull = os.open(os.devnull, os.O_WRONLY)
        os.dup2(devnull, 1)
        os.close(devnull)
    with suppress(OSError, ValueError, AttributeError):
        sys.stdout.flush()  # now into /dev/null


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
