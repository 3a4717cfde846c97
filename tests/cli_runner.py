"""Run ``draft-reply`` in this process with its own stdin, stdout, stderr and environment.

``CliRunner().invoke(main, ["outbox", "list"], input=b"...", env={...})`` calls the real
entry point ``assistant.cli.app.main`` (its argument parsing and error funnel included) with
standard streams that are byte buffers (not terminals) and returns what it printed and
its exit status. ``env`` values of None unset a variable for the run. The environment and
streams are put back afterwards.
"""

from __future__ import annotations

import io
import os
import sys
from collections.abc import Callable, Iterator, Mapping, Sequence
from contextlib import contextmanager
from dataclasses import dataclass

Main = Callable[[list[str] | None], object]


@dataclass
class Result:
    """What one run printed (bytes decoded as UTF-8) and how it ended."""

    exit_code: int
    stdout_bytes: bytes
    stderr_bytes: bytes
    exception: BaseException | None = None

    @property
    def stdout(self) -> str:
        return self.stdout_bytes.decode("utf-8", "replace").replace("\r\n", "\n")

    @property
    def stderr(self) -> str:
        return self.stderr_bytes.decode("utf-8", "replace").replace("\r\n", "\n")

    @property
    def output(self) -> str:
        """Standard output, then standard error."""
        return self.stdout + self.stderr


class _Stream(io.TextIOWrapper):
    """A text stream over a byte buffer, like the real ones: UTF-8, line buffered."""

    def __init__(self, data: bytes = b"") -> None:
        super().__init__(io.BytesIO(data), encoding="utf-8", errors="strict", newline="\n")

    def value(self) -> bytes:
        self.flush()
        raw = self.buffer
        assert isinstance(raw, io.BytesIO)
        return raw.getvalue()


class CliRunner:
    """Invoke the CLI in-process; see the module docstring."""

    def __init__(self, env: Mapping[str, str | None] | None = None) -> None:
        self.env = dict(env or {})

    def invoke(
        self,
        main: Main,
        args: Sequence[str] = (),
        input: bytes | str | None = None,  # the name click's runner used
        env: Mapping[str, str | None] | None = None,
        catch_exceptions: bool = True,
    ) -> Result:
        """Run ``main(list(args))``; an exception other than SystemExit is re-raised unless
        ``catch_exceptions``, when it is kept in ``Result.exception`` with exit code 1."""
        data = input.encode("utf-8") if isinstance(input, str) else (input or b"")
        stdin, stdout, stderr = _Stream(data), _Stream(), _Stream()
        code = 0
        caught: BaseException | None = None
        with _environment({**self.env, **(env or {})}), _streams(stdin, stdout, stderr):
            try:
                main(list(args))
            except SystemExit as exc:
                code = _status(exc.code)
            except Exception as exc:
                if not catch_exceptions:
                    raise
                caught, code = exc, 1
        return Result(code, _value(stdout), _value(stderr), caught)


def _value(stream: _Stream) -> bytes:
    try:
        return stream.value()
    except ValueError:  # the command closed it
        raw = stream.buffer
        return raw.getvalue() if isinstance(raw, io.BytesIO) else b""


def _status(code: object) -> int:
    if code is None:
        return 0
    if isinstance(code, int):
        return code
    sys.stderr.write(f"{code}\n")  # as the interpreter does for SystemExit("message")
    return 1


@contextmanager
def _environment(changes: Mapping[str, str | None]) -> Iterator[None]:
    saved = dict(os.environ)
    try:
        for name, value in changes.items():
            if value is None:
                os.environ.pop(name, None)
            else:
                os.environ[name] = value
        yield
    finally:
        os.environ.clear()
        os.environ.update(saved)


@contextmanager
def _streams(stdin: _Stream, stdout: _Stream, stderr: _Stream) -> Iterator[None]:
    saved = sys.stdin, sys.stdout, sys.stderr
    sys.stdin, sys.stdout, sys.stderr = stdin, stdout, stderr
    try:
        yield
    finally:
        sys.stdin, sys.stdout, sys.stderr = saved
