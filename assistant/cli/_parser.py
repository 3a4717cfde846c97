"""Command-line parsing shared by ``cli.py``, ``cli_outbox.py`` and ``cli_clients.py``.

Built on the standard library's argparse. Click was the first choice (DESIGN.md) but
importing Click 8.5 alone takes 4.1x as long as ``python -c pass``, over the 4x budget of
the whole ``draft-reply --version`` (issue 2); argparse costs 0.6-0.8x. Every ``draft-reply``
run (a mail filter starts one per message) saves the difference.

A command is a function whose keyword parameters are the parser's ``dest`` names and
whose docstring is its help: the first line is the summary in the command list, the rest
the description, printed as written. Lines that are only ``\\b`` (Click's "do not rewrap"
marker, a backspace in a plain docstring) are dropped.
"""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from assistant.cli._output import echo, write_stdout

if TYPE_CHECKING:
    from _typeshed import SupportsWrite

Handler = Callable[..., None]


class _Formatter(argparse.RawDescriptionHelpFormatter):
    """Descriptions and epilogs as written; option help wrapped after a 28-column gutter."""

    def __init__(self, prog: str) -> None:
        super().__init__(prog, max_help_position=28)

    def _format_action(self, action: argparse.Action) -> str:
        text = super()._format_action(action)
        if action.nargs == argparse.PARSER:  # drop the bare "COMMAND" line above the list
            text = text.split("\n", 1)[1]
        return text


class Parser(argparse.ArgumentParser):
    """An ArgumentParser with our defaults: no abbreviated options, text kept as written.

    Usage errors print the usage and ``PROG: error: ...`` on stderr and exit 2.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        kwargs.setdefault("formatter_class", _Formatter)
        kwargs.setdefault("allow_abbrev", False)
        kwargs["add_help"] = False
        super().__init__(*args, **kwargs)
        # Section titles capitalised like the Examples and Exit codes we write ourselves.
        self._positionals.title = "Arguments"
        self._optionals.title = "Options"
        self.add_argument("-h", "--help", action="help", help="Show this help and exit.")
        # Read by cli.main before parsing (a traceback needs it early); declared here so
        # that every command accepts it and "-o --debug" is a missing value, not a flag.
        self.add_argument("--debug", action="store_true", help="Show a traceback with any error.")

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        """Write the help to ``file`` (default stdout) and flush.

        argparse's own printing swallows OSError, so ``--help >/dev/full`` would exit 0
        having printed nothing; on stdout this raises OutputError (exit 73) instead.
        """
        if file is None or file is sys.stdout:
            write_stdout(self.format_help())
        elif file is sys.stderr:
            echo(self.format_help().rstrip("\n"), err=True)
        else:
            file.write(self.format_help())

    def error(self, message: str) -> NoReturn:
        """Print the usage and ``PROG: error: message`` on stderr; exit 2.

        A missing positional is only reported by :func:`dispatch` once it knows no
        unknown option explains it (``draft-reply --bogus`` says ``--bogus``, not FILE).
        """
        if message.startswith(_MISSING):
            raise _MissingArguments(self, message)
        super().error(message)

    def report(self, message: str) -> NoReturn:
        """Report ``message`` as a usage error at once (argparse's own ``error``)."""
        super().error(message)


_MISSING = "the following arguments are required"


class _MissingArguments(Exception):
    def __init__(self, parser: Parser, message: str) -> None:
        super().__init__(message)
        self.parser = parser
        self.message = message


def _unknown_options(parser: argparse.ArgumentParser, argv: list[str]) -> list[str]:
    """Return the words of ``argv`` (before ``--``) that look like options ``parser`` lacks."""
    known = parser._option_string_actions  # argparse's table of option strings
    unknown = []
    for word in argv:
        if word == "--":
            break
        if not word.startswith("-") or word == "-":
            continue
        name = word.split("=", 1)[0]
        if name in known or (not word.startswith("--") and word[:2] in known):
            continue
        unknown.append(word)
    return unknown


def doc(handler: Handler) -> str:
    """Return ``handler``'s docstring dedented, without ``\\b`` lines (empty when none)."""
    lines = (handler.__doc__ or "").expandtabs().splitlines()
    if not lines:
        return ""
    rest = [line for line in lines[1:] if line.strip() not in ("\\b", "\b")]
    indent = min((len(line) - len(line.lstrip()) for line in rest if line.strip()), default=0)
    text = "\n".join([lines[0].strip(), *(line[indent:] for line in rest)])
    return text.strip()


def summary(handler: Handler) -> str:
    """Return the first line of ``handler``'s docstring, for a command list."""
    return doc(handler).split("\n", 1)[0]


def add_commands(parser: argparse.ArgumentParser) -> Any:
    """Add the subcommand slot to ``parser``; a missing command is a usage error."""
    return parser.add_subparsers(title="Commands", metavar="COMMAND", dest="command", required=True)


def add_command(commands: Any, name: str, handler: Handler, **kwargs: Any) -> Parser:
    """Add command ``name`` run by ``handler``, with its docstring as help; return its parser."""
    parser: Parser = commands.add_parser(
        name, help=summary(handler), description=doc(handler), **kwargs
    )
    parser.set_defaults(handler=handler, command_parser=parser)
    return parser


def dispatch(parser: Parser, argv: list[str]) -> None:
    """Parse ``argv`` with ``parser`` and call the chosen command's handler.

    The handler gets every parsed option as a keyword argument (``dest`` names). Usage
    errors exit 2 (SystemExit) as argparse does, with the usage of the command at fault.
    """
    try:
        namespace, extras = parser.parse_known_args(argv)
    except _MissingArguments as missing:
        unknown = _unknown_options(missing.parser, argv)
        if unknown:
            missing.parser.report(f"unrecognized arguments: {' '.join(unknown)}")
        missing.parser.report(missing.message)
    options = vars(namespace)
    at_fault: Parser = options.pop("command_parser", parser)
    if extras:  # argparse would name the top parser; the command's usage helps more
        at_fault.report(f"unrecognized arguments: {' '.join(extras)}")
    handler: Handler = options.pop("handler")
    options.pop("command", None)
    options.pop("debug", None)
    handler(**options)


def iso_date(text: str) -> date:
    """An argparse ``type`` for ``YYYY-MM-DD`` (raises ArgumentTypeError otherwise)."""
    if not (len(text) == 10 and text[4] == text[7] == "-"):
        raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD")
    try:
        return date.fromisoformat(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a real date") from None


def check_period(since: date | None, until: date | None) -> None:
    """Raise UsageError (exit 2) when ``--since`` is after ``--until``."""
    if since is not None and until is not None and since > until:
        from assistant.errors import UsageError

        raise UsageError(f"--since {since} is after --until {until}: swap them")


def nonempty(text: str) -> str:
    """An argparse ``type`` that refuses an empty value (``-o ""`` would mean ``.``)."""
    if not text:
        raise argparse.ArgumentTypeError("an empty value is not allowed here")
    return text


def file_name(text: str) -> Path:
    """An argparse ``type`` for a file or folder name; an empty name is refused."""
    return Path(nonempty(text))
