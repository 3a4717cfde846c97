"""How the CLI shows results: JSON on stdout, local times, atomic file writes.

Shared by the command modules (``cli.py``, ``cli_outbox.py``, ``cli_clients.py``).
"""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import click

from assistant.errors import OutputError

PROG = "draft-reply"


def echo_json(data: Any) -> None:
    """Print ``data`` as one JSON document on stdout (UTF-8, indented, datetimes as ISO 8601)."""
    click.echo(json.dumps(data, ensure_ascii=False, indent=2, default=_json_default))


def warn(message: str) -> None:
    """Print ``draft-reply: warning: message`` on stderr."""
    click.echo(f"{PROG}: warning: {message}", err=True)


def iso_utc(moment: datetime) -> str:
    """Return ``moment`` as ISO 8601 in UTC with a ``Z`` suffix (``2026-11-30T14:35:00Z``)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def local_time(moment: datetime, *, now: datetime | None = None) -> str:
    """Return ``moment`` in the machine's local zone: ``14:35`` today, else ``Tue 1 Dec 14:35``."""
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    if local.date() == today:
        return local.strftime("%H:%M")
    return f"{local:%a} {local.day} {local:%b %H:%M}"


def write_file(path: Path, data: bytes) -> None:
    """Write ``data`` to ``path`` atomically (a temporary file, then rename).

    A path that is not a regular file (``/dev/null``, a FIFO, ``/dev/stdout``) is
    written directly. Raises OutputError (exit 73) when the folder is missing or not
    writable.
    """
    if path.exists() and not path.is_file():
        try:
            with path.open("wb") as fh:
                fh.write(data)
        except OSError as exc:
            raise OutputError(f"cannot write {path}: {exc.strerror}") from None
        return
    tmp = path.with_name(f".{path.name}.tmp{os.getpid()}")
    try:
        tmp.write_bytes(data)
        os.replace(tmp, path)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise OutputError(f"cannot write {path}: {exc.strerror}") from None


def _json_default(value: Any) -> Any:
    if isinstance(value, datetime):
        return iso_utc(value)
    if isinstance(value, Path):
        return str(value)
    raise TypeError(f"not JSON serialisable: {type(value).__name__}")
