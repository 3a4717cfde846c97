"""Click classes with draft-reply's command-line conventions.

Every command and group built on :class:`Command` and :class:`Group`:

- shows its docstring as written (no rewrapping; lines that are only ``\\b`` are dropped) and
  its epilog as written;
- accepts ``-h/--help`` (written through :func:`write_stdout`, so a full stdout is exit 73)
  and ``--debug`` (read by the funnel in :mod:`assistant.cli.app` before parsing);
- reports a bad command line as ``usage: ...`` and ``PROG: error: ...`` on stderr, exit 2,
  in the words draft-reply has always used (``unrecognized arguments: --bogus``, ``argument
  --since: '2026-13-01' is not a real date``, ``the following arguments are required: FILE|-``);
- refuses abbreviated options and values that are another option (``-o --debug FILE`` is
  ``-o`` without its value), and names an unknown option even when FILE is missing.
"""

from __future__ import annotations

import inspect
from collections.abc import Callable, Sequence
from typing import Any

import click

from assistant.cli._output import PROG, write_stdout

__all__ = ["PROG", "Command", "CommandLineError", "Group", "doc", "param_names", "usage_error"]


class CommandLineError(click.UsageError):
    """A bad command line: printed with the usage of the command at fault, exit 2."""

    exit_code = 2


def usage_error(message: str) -> CommandLineError:
    """Return a bad-command-line error for the command being run (the funnel prints usage)."""
    return CommandLineError(message, click.get_current_context(silent=True))


def _help_callback(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        write_stdout(ctx.get_help() + "\n")
        ctx.exit(0)


def _common_params() -> list[click.Parameter]:
    """``-h/--help`` and ``--debug``, which every command accepts."""
    return [
        click.Option(
            ["-h", "--help"],
            is_flag=True,
            expose_value=False,
            is_eager=True,
            callback=_help_callback,
            help="Show this help and exit.",
        ),
        click.Option(
            ["--debug"],
            is_flag=True,
            expose_value=False,
            help="Show a traceback with any error.",
        ),
    ]


def param_names(param: click.Parameter) -> str:
    """Return how an error names ``param``: ``-o/--output`` for options, the metavar otherwise."""
    if isinstance(param, click.Option):
        return "/".join([*param.opts, *param.secondary_opts])
    return param.metavar or (param.name or "").upper()


def _find_option(ctx: click.Context, name: str) -> click.Parameter | None:
    for param in ctx.command.params:
        if isinstance(param, click.Option) and name in (*param.opts, *param.secondary_opts):
            return param
    return None


def doc(text: str | None) -> str:
    """Return a docstring dedented, without ``\\b`` lines (empty when none)."""
    lines = inspect.cleandoc(text or "").splitlines()
    return "\n".join(line for line in lines if line.strip() not in ("\\b", "\b")).strip()


class _Style:
    """What :class:`Command` and :class:`Group` share (see the module docstring)."""

    #: The words after the command's path in its usage line; None lets Click build them.
    usage_args: str | None = None

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        pieces = self.usage_args
        if pieces is None:
            assert isinstance(self, click.Command)
            pieces = " ".join(self.collect_usage_pieces(ctx))
        formatter.write_usage(ctx.command_path, pieces, prefix="usage: ")

    def format_help_text(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        assert isinstance(self, click.Command)
        text = doc(self.help)
        if text:
            formatter.write_paragraph()
            formatter.write(text + "\n")

    def format_epilog(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        assert isinstance(self, click.Command)
        if self.epilog:
            formatter.write_paragraph()
            formatter.write(doc(self.epilog) + "\n")

    def _parse(self, ctx: click.Context, parse: Callable[[], list[str]]) -> list[str]:
        """Run Click's parsing; turn its errors into draft-reply's wording."""
        try:
            return parse()
        except CommandLineError:
            raise
        except click.NoSuchOption as exc:
            hint = did_you_mean(exc.option_name, _option_names(ctx))
            raise CommandLineError(
                f"unrecognized arguments: {exc.option_name}{hint}", ctx
            ) from None
        except click.BadOptionUsage as exc:
            param = _find_option(ctx, exc.option_name)
            names = param_names(param) if param is not None else exc.option_name
            raise CommandLineError(f"argument {names}: expected one argument", ctx) from None
        except click.MissingParameter as exc:
            what = param_names(exc.param) if exc.param is not None else "an argument"
            raise CommandLineError(f"the following arguments are required: {what}", ctx) from None
        except click.BadParameter as exc:
            names = param_names(exc.param) if exc.param is not None else "value"
            raise CommandLineError(f"argument {names}: {exc.message}", ctx) from None
        except click.UsageError as exc:
            raise CommandLineError(exc.message, ctx) from None


def did_you_mean(word: str, choices: Sequence[str]) -> str:
    """Return `` (did you mean X?)`` for the choice closest to a mistyped ``word``, or "".

    Close means at most one edit per three characters and at most two in all (a typed,
    dropped, changed or swapped character each count one), as git suggests commands;
    words of fewer than three letters get no suggestion. A word that begins exactly one
    choice ("--out" of "--output") suggests it.
    """
    if len(word.lstrip("-")) < 3:
        return ""  # "-V" is one edit from every short option
    started = [choice for choice in choices if choice.startswith(word)]
    if len(started) == 1:  # "--out": abbreviations are refused, so name the whole option
        return f" (did you mean {started[0]}?)"
    limit = min(2, max(1, len(word) // 3))
    scored = sorted((_edits(word, choice), choice) for choice in choices)
    if scored and scored[0][0] <= limit:
        return f" (did you mean {scored[0][1]}?)"
    return ""


def _edits(a: str, b: str) -> int:
    """Return the optimal string alignment distance of ``a`` and ``b``."""
    rows = [list(range(len(b) + 1))]
    for i, x in enumerate(a, 1):
        row = [i]
        for j, y in enumerate(b, 1):
            cost = min(rows[-1][j] + 1, row[j - 1] + 1, rows[-1][j - 1] + (x != y))
            if i > 1 and j > 1 and x == b[j - 2] and a[i - 2] == y:
                cost = min(cost, rows[-2][j - 2] + 1)
            row.append(cost)
        rows.append(row)
    return rows[-1][-1]


def _option_names(ctx: click.Context) -> list[str]:
    """Return every option name of the command being parsed (``--output``, ``-o``...)."""
    return [name for param in ctx.command.params for name in getattr(param, "opts", ())]


class Command(_Style, click.Command):
    """A draft-reply command: the docstring of ``callback`` is its help."""

    def __init__(
        self,
        name: str,
        callback: Callable[..., Any],
        params: Sequence[click.Parameter] = (),
        *,
        epilog: str | None = None,
        usage: str | None = None,
    ) -> None:
        help_text = doc(callback.__doc__)
        super().__init__(
            name,
            callback=callback,
            params=[*_common_params(), *params],
            help=help_text,
            epilog=epilog,
            short_help=help_text.split("\n", 1)[0],
            add_help_option=False,
            context_settings={"allow_extra_args": True},
        )
        self.usage_args = usage

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        rest = self._parse(ctx, lambda: click.Command.parse_args(self, ctx, args))
        if ctx.args:  # extra words after FILE or ID
            raise CommandLineError(f"unrecognized arguments: {' '.join(ctx.args)}", ctx)
        return rest


class Group(_Style, click.Group):
    """A draft-reply command group; a missing or unknown command is a usage error (exit 2).

    ``summary`` is its line in the parent's command list (default: the docstring's first).
    """

    def __init__(
        self,
        name: str,
        callback: Callable[..., Any],
        commands: Sequence[click.Command] = (),
        *,
        epilog: str | None = None,
        summary: str | None = None,
        default: str | None = None,
    ) -> None:
        help_text = doc(callback.__doc__)
        self.default_command = default
        super().__init__(
            name,
            commands=list(commands),
            params=_common_params(),
            help=help_text,
            epilog=epilog,
            short_help=summary or help_text.split("\n", 1)[0],
            add_help_option=False,
            no_args_is_help=False,
        )
        self.usage_args = "[OPTIONS] COMMAND [ARGS]..."

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        if (
            self.default_command is not None
            and not ctx.resilient_parsing  # completing: the subcommand is still to come
            and (not args or (args[0].startswith("-") and args[0] not in ("-h", "--help")))
        ):
            args = [self.default_command, *args]  # "outbox" alone is "outbox list"
        rest = self._parse(ctx, lambda: click.Group.parse_args(self, ctx, args))
        if not ctx._protected_args and not ctx.args and not ctx.resilient_parsing:
            raise CommandLineError("the following arguments are required: COMMAND", ctx)
        return rest

    def resolve_command(
        self, ctx: click.Context, args: list[str]
    ) -> tuple[str | None, click.Command | None, list[str]]:
        name = args[0]
        command = self.get_command(ctx, name)
        if command is None and not ctx.resilient_parsing:
            known = self.list_commands(ctx)
            choices = ", ".join(repr(c) for c in known)
            hint = did_you_mean(name, known)
            raise CommandLineError(
                f"argument COMMAND: invalid choice: {name!r}{hint} (choose from {choices})", ctx
            )
        return name, command, args[1:]

    def format_commands(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        rows = [(name, self.summary(ctx, name)) for name in self.list_commands(ctx)]
        if rows:
            with formatter.section("Commands"):
                formatter.write_dl(rows, col_spacing=3)

    def summary(self, ctx: click.Context, name: str) -> str:
        """Return the one-line help of command ``name`` for the command list."""
        command = self.get_command(ctx, name)
        return command.get_short_help_str(limit=300) if command is not None else ""
