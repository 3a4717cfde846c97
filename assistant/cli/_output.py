"""How the command line shows results: JSON and text on stdout, warnings on stderr.

A closed or full stdout raises OutputError (exit 73) where it happens, not at interpreter
exit; a closed stderr is ignored. Cheap to import: only the standard library.
"""

from __future__ import annotations

import json
import os
import sys
from contextlib import suppress
from datetime import datetime
from pathlib import Path
from typing import Any

from assistant.display import iso_utc, printable
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
    """Print ``draft-reply: warning: message`` on stderr, controls shown as ``?``.

    A warning may quote an email or a model (a subject, a phrase): it never carries a
    terminal control, escape or bidi character (:func:`assistant.display.printable`).
    """
    echo(f"{PROG}: warning: {printable(message)}", err=True)


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
