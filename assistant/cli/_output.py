"""How the command line shows results: JSON and text on stdout, warnings on stderr.

A closed or full stdout raises OutputError (exit 73) where it happens, not at interpreter
exit; a reader gone from a pipe (EPIPE) raises BrokenPipeError, for exit 141; a closed
stderr is ignored. JSON carries no raw control character. Cheap to import: only the
standard library.
"""

from __future__ import annotations

import errno
import json
import os
import re
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
    """Return ``data`` as the JSON document :func:`echo_json` prints (a final newline).

    UTF-8 text as it is, but DEL, the C1 controls, the bidi controls and the line and
    paragraph separators are written as ``\\uXXXX`` escapes (RFC 8259 7), like the C0
    controls: the values are unchanged for a JSON reader, and the document shown on a
    terminal carries no control from an email (ECMA-48, Unicode TR 9).
    """
    text = json.dumps(data, ensure_ascii=False, indent=2, default=_json_default) + "\n"
    return _escaped(text)


def json_line(data: Any) -> str:
    """Return ``data`` as one line of JSON (JSON Lines), escaped as :func:`json_text` is."""
    text = json.dumps(data, ensure_ascii=False, default=_json_default)
    return _escaped(text)


def _escaped(text: str) -> str:
    """Return JSON ``text`` with its terminal and bidi controls written as ``\\uXXXX``."""
    return _JSON_ESCAPED.sub(lambda m: f"\\u{ord(m.group()):04x}", text)


#: Characters json.dumps(ensure_ascii=False) leaves raw that a terminal acts on.
_JSON_ESCAPED = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e\u2066-\u2069]")


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
    """Write ``data`` (str in the stream's encoding, UTF-8 as a rule) to stdout and flush it.

    Every byte is written or an error raised: a pipe may take part of a large write, and
    Python's buffered streams (3.11) then report success for the whole, so the rest is
    written until it is taken or the write fails. Raises OutputError (exit 73) when
    standard output is closed or the write fails (a full disk, ``> /dev/full``); standard
    output then points at /dev/null so that the interpreter's final flush does not fail
    again. BrokenPipeError (EPIPE: the reader went away) is raised as it is, for the CLI
    to exit 141.
    """
    stream = sys.stdout
    if stream is None:
        raise OutputError("cannot write to standard output: standard output is closed")
    try:
        buffer = getattr(stream, "buffer", None)
        if buffer is None:  # a text-only stream (no bytes underneath)
            stream.write(data if isinstance(data, str) else data.decode("utf-8", "replace"))
        else:
            if isinstance(data, str):
                encoding = getattr(stream, "encoding", None) or "utf-8"
                data = data.encode(encoding, getattr(stream, "errors", None) or "strict")
            stream.flush()
            _write_all(buffer, data)
        stream.flush()
    except BrokenPipeError:
        raise
    except (OSError, ValueError) as exc:  # ValueError: I/O operation on closed file
        _silence_stdout()
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else str(exc)
        raise OutputError(f"cannot write to standard output: {why}") from None


def _write_all(buffer: Any, data: bytes) -> None:
    """Write all of ``data`` to a binary stream, again after each partial write."""
    view = memoryview(data)
    while view:
        written = buffer.write(view)
        if not written:  # None or 0: a stream that takes nothing would loop for ever
            raise OSError(errno.EIO, os.strerror(errno.EIO))
        view = view[written:]


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
