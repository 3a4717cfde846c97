"""Problems located by file and line, for the client book and the work log.

Shared by :mod:`assistant.accounts.book` and :mod:`assistant.accounts.worklog`: the :class:`Problem`
value, reading a file as UTF-8 text, parsing TOML, finding the line of a TOML key, number
parsing for book and log values, and the one error that reports the first problem.

Line numbers: ``tomllib`` reports positions only for syntax errors, so for value problems the
source text is scanned: each ``[table]``/``[[array]]`` header is parsed with ``tomllib`` to get
its key path, and each ``key =`` line is recorded under the current table; a problem inside an
array (one address of several) is located at the first line, from the key onwards, that
contains the offending value.
"""

from __future__ import annotations

import math
import re
import tomllib
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from assistant.errors import AccountsError


@dataclass(frozen=True)
class Problem:
    """One problem in a client book or work log: file, line (1-based, None = whole file), text."""

    path: Path
    line: int | None
    message: str

    def __str__(self) -> str:
        where = f"{self.path}:{self.line}" if self.line is not None else str(self.path)
        return f"{where}: {self.message}"


# -- locating keys in TOML source --------------------------------------------------------------

_KEY_PART = r"""(?:[A-Za-z0-9_-]+|"(?:[^"\\]|\\.)*"|'[^']*')"""
_KEY_LINE = re.compile(rf"^\s*({_KEY_PART}(?:\s*\.\s*{_KEY_PART})*)\s*=")
_SYNTAX_LINE = re.compile(r"at line (\d+)")


def _key_parts(dotted: str) -> tuple[str, ...]:
    parts = re.findall(_KEY_PART, dotted)
    out = []
    for part in parts:
        if part[:1] in "\"'":
            try:
                part = str(tomllib.loads(f"k = {part}")["k"])
            except tomllib.TOMLDecodeError:
                part = part[1:-1]
        out.append(part)
    return tuple(out)


class TomlSource:
    """Line numbers of TOML tables and keys, found by scanning the text (see module doc)."""

    def __init__(self, text: str) -> None:
        self.lines = text.splitlines()
        self.keys: dict[tuple[Any, ...], int] = {}
        self.tables: dict[tuple[Any, ...], int] = {}
        counts: dict[tuple[str, ...], int] = {}
        current: tuple[Any, ...] = ()
        for number, line in enumerate(self.lines, 1):
            stripped = line.strip()
            if stripped.startswith("["):
                header = self._header(stripped)
                if header is not None:
                    names, is_array = header
                    if is_array:
                        index = counts.get(names, 0)
                        counts[names] = index + 1
                        current = (*names, index)
                    else:
                        current = names
                    self.tables.setdefault(current, number)
                    continue
            match = _KEY_LINE.match(line)
            if match:
                parts = _key_parts(match.group(1))
                self.keys.setdefault((*current, *parts), number)

    @staticmethod
    def _header(stripped: str) -> tuple[tuple[str, ...], bool] | None:
        try:
            data: Any = tomllib.loads(stripped)
        except tomllib.TOMLDecodeError:
            return None
        names: list[str] = []
        while isinstance(data, dict) and len(data) == 1:
            name, data = next(iter(data.items()))
            names.append(name)
            if isinstance(data, list):
                return tuple(names), True
        return (tuple(names), False) if names and data == {} else None

    def line_of(self, *path: Any, needle: str | None = None) -> int | None:
        """Return the line of key ``path`` (or its table); with ``needle``, the value's line."""
        line = self.keys.get(path) or self.tables.get(path)
        if line is None and path:
            return self.line_of(*path[:-1])
        if line is not None and needle:
            for number in range(line, len(self.lines) + 1):
                if needle in self.lines[number - 1]:
                    return number
                text = self.lines[number - 1].strip()
                if number > line and text.startswith("[") and self._header(text) is not None:
                    break
        return line


# -- reading files and values ------------------------------------------------------------------


def as_float(value: Any) -> float | None:
    """Return ``value`` as a float (an int too large for one is +-inf), None if not a number.

    Bools are not numbers. TOML integers have no size limit in ``tomllib``.
    """
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        return float(value)
    except OverflowError:
        return math.inf if value > 0 else -math.inf


def finite_float(value: Any) -> float | None:
    """Return ``value`` as a finite float, or None if it is not a finite number (bools aren't)."""
    number = as_float(value)
    return number if number is not None and math.isfinite(number) else None


def show_value(value: Any) -> str:
    """Return a value for a message: numbers short (``1e+400``, not 401 digits), others repr."""
    if isinstance(value, float):
        return f"{value:g}"
    if isinstance(value, int) and not isinstance(value, bool) and abs(value) >= 10**16:
        from decimal import Context

        return f"{Context(prec=6).create_decimal(value).normalize():e}"
    return repr(value)


def read_text(path: Path, problems: list[Problem], what: str) -> str | None:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        problems.append(Problem(path, None, f"{what} not found"))
        return None
    except IsADirectoryError:
        problems.append(Problem(path, None, f"{what} is a folder, not a file"))
        return None
    except OSError as exc:
        problems.append(Problem(path, None, f"cannot read {what}: {exc.strerror}"))
        return None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        problems.append(Problem(path, line, "not UTF-8 text; save the file as UTF-8"))
        return None


def parse_toml(path: Path, text: str, problems: list[Problem]) -> dict[str, Any] | None:
    try:
        return tomllib.loads(text)
    except tomllib.TOMLDecodeError as exc:
        match = _SYNTAX_LINE.search(str(exc))
        line = int(match.group(1)) if match else None
        problems.append(Problem(path, line, f"not valid TOML: {exc}"))
        return None


def fail(problems: Sequence[Problem], what: str) -> AccountsError:
    first = sorted(problems, key=problem_order)[0]
    more = len(problems) - 1
    tail = f" (and {more} more; run `draft-reply clients check`)" if more else ""
    return AccountsError(f"{first}{tail}; fix the {what}")


def problem_order(problem: Problem) -> tuple[str, int]:
    return str(problem.path), problem.line or 0
