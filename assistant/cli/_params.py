"""Parameter types of the draft-reply command line, with its error wording.

Each type refuses an empty value (``-o ""`` would mean the current folder) and a value that
is another option of the same command (``-o --debug FILE``: ``-o`` lacks its value).
"""

from __future__ import annotations

import math
from collections.abc import Sequence
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

if TYPE_CHECKING:
    _ParamType = click.ParamType[Any, Any]  # generic from Click 8.5
else:
    _ParamType = click.ParamType


class Text(_ParamType):
    """A non-empty string that is not one of the command's own options."""

    name = "text"

    def convert(self, value: Any, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not isinstance(value, str):
            return value
        if isinstance(param, click.Option) and ctx is not None and _is_option(ctx, value):
            raise click.BadOptionUsage(param_name(param), "expected one argument", ctx)
        if not value:
            self.fail("an empty value is not allowed here", param, ctx)
        return self.check(value, param, ctx)

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        """Return the converted value; subclasses refine it (raise via ``self.fail``)."""
        return value


def param_name(param: click.Parameter | None) -> str:
    """Return the first option string of ``param`` (for BadOptionUsage), "" when none."""
    if isinstance(param, click.Option) and param.opts:
        return param.opts[0]
    return ""


def _is_option(ctx: click.Context, word: str) -> bool:
    name = word.split("=", 1)[0]
    return any(
        isinstance(p, click.Option) and name in (*p.opts, *p.secondary_opts)
        for p in ctx.command.params
    )


class FileName(Text):
    """A file or folder name, as a Path."""

    name = "file"

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        return Path(value)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[click.shell_completion.CompletionItem]:
        """Let the shell complete a file name."""
        from click.shell_completion import CompletionItem

        return [CompletionItem(incomplete, type="file")]


class IsoDate(Text):
    """A calendar date written ``YYYY-MM-DD``."""

    name = "date"

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if not (len(value) == 10 and value[4] == value[7] == "-"):
            self.fail(f"{value!r} is not a date of the form YYYY-MM-DD", param, ctx)
        try:
            return date.fromisoformat(value)
        except ValueError:
            self.fail(f"{value!r} is not a real date", param, ctx)


class Seconds(Text):
    """A finite number of seconds from 1 to 86400 (one day)."""

    name = "seconds"

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number = float(value)
        except ValueError:
            number = math.nan
        if not (math.isfinite(number) and 1 <= number <= 86400):
            self.fail(f"{value!r} is not a number of seconds from 1 to 86400", param, ctx)
        return number


class Number(Text):
    """A number from ``low`` to ``high`` (no limit when None; whole unless ``whole`` is False).

    As every value type here, it refuses an empty value and one that is another option
    (``-j --debug``: ``-j`` lacks its value).
    """

    name = "number"

    def __init__(self, low: float, high: float | None, *, whole: bool = True) -> None:
        self.low, self.high, self.whole = low, high, whole

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        try:
            number: float = int(value) if self.whole else float(value)
        except ValueError:
            number = math.nan
        high = math.inf if self.high is None else self.high
        if not (math.isfinite(number) and self.low <= number <= high):
            kind = "a whole number" if self.whole else "a number"
            span = f"of {self.low} or more" if self.high is None else f"from {self.low} to {high}"
            self.fail(f"{value!r} is not {kind} {span}", param, ctx)
        return number


class OneOf(Text):
    """One of ``choices``, named in the error when the value is not."""

    name = "choice"

    def __init__(self, choices: Sequence[str]) -> None:
        self.choices = tuple(choices)

    def shell_complete(
        self, ctx: click.Context, param: click.Parameter, incomplete: str
    ) -> list[click.shell_completion.CompletionItem]:
        """Complete one of the choices."""
        from click.shell_completion import CompletionItem

        return [CompletionItem(c) for c in self.choices if c.startswith(incomplete)]

    def check(self, value: str, param: click.Parameter | None, ctx: click.Context | None) -> Any:
        if value not in self.choices:
            listed = ", ".join(repr(c) for c in self.choices)
            self.fail(f"invalid choice: {value!r} (choose from {listed})", param, ctx)
        return value


TEXT = Text()
FILE_NAME = FileName()
ISO_DATE = IsoDate()
SECONDS = Seconds()


def option(*decls: str, **kwargs: Any) -> click.Option:
    """Return a value-taking option; the type defaults to :data:`TEXT` (non-empty)."""
    kwargs.setdefault("type", TEXT)
    return click.Option(list(decls), **kwargs)


def flag(*decls: str, help: str, **kwargs: Any) -> click.Option:
    """Return an on/off option (False unless given)."""
    return click.Option(list(decls), is_flag=True, default=False, help=help, **kwargs)


def check_period(since: date | None, until: date | None) -> None:
    """Raise UsageError (exit 2) when ``--since`` is after ``--until``."""
    if since is not None and until is not None and since > until:
        from assistant.errors import UsageError

        raise UsageError(f"--since {since} is after --until {until}: swap them")
