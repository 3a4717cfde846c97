"""Command-line parsing shared by ``cli.py``, ``cli_outbox.py`` and ``cli_clients.py``.

Built on the standard library's argparse. Click was the first choice (DESIGN.md) but
importing Click 8.5 alone takes 4.1x as long as ``python -c pass``, over the 4x budget of
the whole ``draft-reply --version`` (issue 2); argparse costs 0.7x. Every ``draft-reply``
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
from typing import TYPE_CHECKING, Any

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
        self.add_argument("-h", "--help", action="help", help="Show this help and exit.")

    def print_help(self, file: SupportsWrite[str] | None = None) -> None:
        """Write the help to ``file`` (default stdout) and flush.

        argparse's own printing swallows OSError, so ``--help >/dev/full`` would exit 0
        having printed nothing; here the error reaches the CLI's funnel (exit 74).
        """
        stream = file or sys.stdout
        if stream is not None:
            stream.write(self.format_help())
            flush = getattr(stream, "flush", None)
            if flush is not None:
                flush()


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
    return parser.add_subparsers(title="commands", metavar="COMMAND", dest="command", required=True)


def add_command(commands: Any, name: str, handler: Handler, **kwargs: Any) -> Parser:
    """Add command ``name`` run by ``handler``, with its docstring as help; return its parser."""
    parser: Parser = commands.add_parser(
        name, help=summary(handler), description=doc(handler), **kwargs
    )
    parser.set_defaults(handler=handler, command_parser=parser)
    return parser


def dispatch(parser: argparse.ArgumentParser, argv: list[str]) -> None:
    """Parse ``argv`` with ``parser`` and call the chosen command's handler.

    The handler gets every parsed option as a keyword argument (``dest`` names). Usage
    errors exit 2 (SystemExit) as argparse does, with the usage of the command at fault.
    """
    namespace, extras = parser.parse_known_args(argv)
    options = vars(namespace)
    at_fault: argparse.ArgumentParser = options.pop("command_parser", parser)
    if extras:  # argparse would name the top parser; the command's usage helps more
        at_fault.error(f"unrecognized arguments: {' '.join(extras)}")
    handler: Handler = options.pop("handler")
    options.pop("command", None)
    handler(**options)


def iso_date(text: str) -> date:
    """An argparse ``type`` for ``YYYY-MM-DD`` (raises ArgumentTypeError otherwise)."""
    try:
        return date.fromisoformat(text) if len(text) == 10 else _bad_date(text)
    except ValueError:
        return _bad_date(text)


def _bad_date(text: str) -> date:
    raise argparse.ArgumentTypeError(f"{text!r} is not a date of the form YYYY-MM-DD")
