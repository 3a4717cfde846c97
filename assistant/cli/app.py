"""The ``draft-reply`` command: a Click group whose commands load when invoked.

``main`` is the console script. ``draft-reply FILE|-`` is ``draft-reply draft FILE|-``; the
other commands (``outbox``, ``clients``, ``prompts``) are named in :data:`COMMANDS` with their
summaries, so ``--version`` and ``--help`` import none of them (nor openai, jinja2, Lingua or
sqlite3). Errors pass through one funnel (:meth:`DraftReplyGroup.main`): one line
``draft-reply: error: ...`` on stderr and the error's exit status (:class:`ExitStatus`); a
traceback only with ``--debug`` (anywhere before ``--``) or DRAFT_REPLY_DEBUG.
"""

from __future__ import annotations

import importlib
import os
import sys
from collections.abc import Sequence
from typing import Any, NoReturn

import click

from assistant import __version__
from assistant.cli._base import PROG, CommandLineError, Group, did_you_mean, usage_error
from assistant.cli._output import echo
from assistant.display import printable
from assistant.errors import DraftReplyError, ExitStatus

#: The commands: name -> (module, attribute, one-line summary for the command list).
COMMANDS = {
    "draft": (
        "assistant.cli.draft",
        "draft",
        "Draft a reply to the email in FILE (- reads standard input).",
    ),
    "outbox": (
        "assistant.cli.outbox",
        "outbox",
        "Drafts waiting to cool off before they may be sent.",
    ),
    "clients": (
        "assistant.cli.clients",
        "clients",
        "The client book and the work log: list, show, check.",
    ),
    "prompts": ("assistant.cli.prompts", "prompts", "Inspect the prompt templates."),
    "check": (
        "assistant.cli.check",
        "check_command",
        "Review a reply you wrote yourself (FILE, or -) before it leaves.",
    ),
    "sendmail": (
        "assistant.cli.sendmail",
        "sendmail",
        "Hold mail from a mail client in the outbox (sendmail's command line).",
    ),
    "filter": (
        "assistant.cli.filter",
        "filter_command",
        "Queue mail from a mail filter for drafting; pass it through unchanged.",
    ),
    "batch": (
        "assistant.cli.batch",
        "batch",
        "Draft replies to every message of mbox files, Maildirs or .eml files.",
    ),
    "logs": (
        "assistant.cli.logs",
        "logs",
        "The prompt log: every model request and answer.",
    ),
    "worker": (
        "assistant.cli.worker",
        "worker",
        "Draft the messages a mail filter queued.",
    ),
    "config": (
        "assistant.cli.config",
        "config",
        "The config file: init (a commented one), check, path.",
    ),
}
#: The environment variable Click's shell completion reads (``_DRAFT_REPLY_COMPLETE``).
COMPLETE_VAR = "_DRAFT_REPLY_COMPLETE"

_EPILOG = """\
Examples:
  draft-reply inbox.eml                 draft a reply, print the .eml
  draft-reply --json - < inbox.eml      read stdin, print one JSON object
  draft-reply -o reply.eml inbox.eml    write the reply to a file
  draft-reply --offline inbox.eml       never call an LLM
  draft-reply outbox list               drafts cooling off, when they may leave
  draft-reply prompts path              where templates are looked up

Options go before or after FILE; --debug (a traceback with any error) works
anywhere, and --config FILE before any command. 'draft-reply outbox' alone
lists the drafts, 'draft-reply clients' the clients. 'draft-reply COMMAND
--help' shows a command's options, and 'draft-reply draft --help' every
drafting option. Shell completion: see the
README (eval "$(_DRAFT_REPLY_COMPLETE=bash_source draft-reply)")."""


def _about() -> None:
    """Draft calm replies to difficult client emails.

    Reads an upset email (a file, or - for standard input), drafts a reply that
    follows the five-step playbook (thank and understand, show the record, give
    the facts, decide whether it is worth pursuing, manage the manager), and
    prints it as an RFC 5322 message threaded to the original. Every draft waits
    in the outbox for its cooling-off time before it can be sent.

    With no LLM configured (OPENAI_API_KEY, OPENAI_BASE_URL) and none found on
    127.0.0.1 (Ollama :11434, llama.cpp :8080), an offline drafter writes the
    reply from the playbook templates.
    """


def _version(ctx: click.Context, _param: click.Parameter, value: bool) -> None:
    if value and not ctx.resilient_parsing:
        echo(f"{PROG}, version {__version__}")
        ctx.exit(0)


class DraftReplyGroup(Group):
    """The root group: lazy commands, the default command and the one error funnel."""

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted(COMMANDS)

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        entry = COMMANDS.get(cmd_name)
        if entry is None:
            return None
        module, attribute, _ = entry
        command = getattr(importlib.import_module(module), attribute)
        assert isinstance(command, click.Command)
        return command

    def summary(self, ctx: click.Context, name: str) -> str:
        return COMMANDS[name][2]  # without importing the command's module

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write(f"usage: {PROG} [OPTIONS] FILE|-\n   or: {PROG} COMMAND [ARGS]...\n")

    def shell_complete(
        self, ctx: click.Context, incomplete: str
    ) -> list[click.shell_completion.CompletionItem]:
        """Complete a command name, or a file name for the default command's FILE."""
        from click.shell_completion import CompletionItem

        items = super().shell_complete(ctx, incomplete)
        if not incomplete.startswith("-"):
            items.append(CompletionItem(incomplete, type="file"))
        return items

    def main(
        self,
        args: Sequence[str] | None = None,
        prog_name: str | None = None,
        complete_var: str | None = None,
        standalone_mode: bool = True,
        **extra: Any,
    ) -> NoReturn:
        """Run ``draft-reply ARGS`` (default ``sys.argv[1:]``) and exit with its status.

        Exits 0 done, 2 bad command line, the error's ExitStatus for a DraftReplyError
        (73 when the output cannot be written), 74 for another input/output error, 70 for a
        bug, 130 on Ctrl-C, 141 when the reader of stdout went away.
        """
        argv = sys.argv[1:] if args is None else list(args)
        if os.environ.get(COMPLETE_VAR):
            super().main(argv, prog_name=PROG, complete_var=COMPLETE_VAR)
        # --debug may stand anywhere before a "--" (after it, it would be a file's name); every
        # command accepts it, and leading ones are dropped so the first word names the command.
        end = argv.index("--") if "--" in argv else len(argv)
        debug = "--debug" in argv[:end] or bool(os.environ.get("DRAFT_REPLY_DEBUG"))
        while argv and argv[0] == "--debug":
            argv.pop(0)
        sys.exit(_run(self, argv, debug))


def _run(root: DraftReplyGroup, argv: list[str], debug: bool) -> int:
    """Run the command; the one funnel that turns errors into a message and a status."""
    try:
        try:
            _dispatch(root, argv)
        finally:
            # A full or closed stdout (a buffered line) fails here, inside the funnel,
            # rather than in the interpreter's final flush.
            if sys.stdout is not None:
                sys.stdout.flush()
    except click.exceptions.Exit as exc:
        return exc.exit_code
    except click.UsageError as exc:
        _usage_error(exc)
        return ExitStatus.COMMAND_LINE
    except DraftReplyError as exc:
        _traceback(debug)
        echo(f"{PROG}: error: {printable(str(exc))}", err=True)
        return exc.exit_code
    except (KeyboardInterrupt, click.exceptions.Abort):
        echo(f"{PROG}: interrupted", err=True)
        return ExitStatus.INTERRUPTED
    except BrokenPipeError:
        # The reader went away (| head): not an error of ours.
        _quiet_stdout()
        return ExitStatus.BROKEN_PIPE
    except OSError as exc:
        # What our code does not turn into a DraftReplyError is writing the result:
        # a full disk or a closed stream under stdout. One line and EX_IOERR, not a bug.
        _traceback(debug)
        _quiet_stdout()
        echo(f"{PROG}: error: input/output error: {exc.strerror or exc}", err=True)
        return ExitStatus.IOERR
    except Exception as exc:
        _traceback(debug)
        hint = "" if debug else "; run again with --debug for a traceback"
        echo(
            f"{PROG}: internal error: {type(exc).__name__}: {exc} (this is a bug{hint})",
            err=True,
        )
        return ExitStatus.SOFTWARE
    return ExitStatus.SUCCESS


def _dispatch(root: DraftReplyGroup, argv: list[str]) -> None:
    """Run the command ``argv`` names; anything else is ``draft``'s FILE and options.

    A leading ``--config FILE`` before a command applies to that command (as
    DRAFT_REPLY_CONFIG does); before a FILE it is the draft command's own option.
    """
    config, rest = _leading_config(argv)
    if config is not None and rest and rest[0] in COMMANDS:
        previous = os.environ.get("DRAFT_REPLY_CONFIG")
        os.environ["DRAFT_REPLY_CONFIG"] = config
        try:
            _dispatch(root, rest)
        finally:
            if previous is None:
                os.environ.pop("DRAFT_REPLY_CONFIG", None)
            else:
                os.environ["DRAFT_REPLY_CONFIG"] = previous
        return
    if argv and _mistyped_command(argv[0]):
        raise usage_error(
            f"argument COMMAND: invalid choice: {argv[0]!r}"
            f"{did_you_mean(argv[0], list(COMMANDS))}, and no such file either"
        )
    if not argv:
        with root.make_context(PROG, ["--help"], resilient_parsing=True) as ctx:
            echo(ctx.get_help(), err=True)
        raise click.exceptions.Exit(ExitStatus.COMMAND_LINE)
    if argv[0] in COMMANDS or argv[0] in ("-h", "--help", "--version"):
        command: click.Command = root
    else:  # draft-reply [OPTIONS] FILE|-: the draft command, named as the program itself
        found = root.get_command(click.Context(root), "draft")
        assert found is not None
        command = found
    with command.make_context(PROG, argv) as ctx:
        command.invoke(ctx)


def _leading_config(argv: list[str]) -> tuple[str | None, list[str]]:
    """Split a leading ``--config FILE`` (or ``--config=FILE``) off ``argv``."""
    if argv and argv[0].startswith("--config="):
        return argv[0].partition("=")[2], argv[1:]
    if len(argv) >= 2 and argv[0] == "--config":
        return argv[1], argv[2:]
    return None, argv


def _mistyped_command(word: str) -> bool:
    """Tell whether ``word``, in FILE's place, is no file but close to a command's name."""
    if word.startswith("-") or word in COMMANDS or os.path.lexists(word):
        return False
    return bool(did_you_mean(word, list(COMMANDS)))


def _usage_error(exc: click.UsageError) -> None:
    """Print the usage of the command at fault and ``PATH: error: MESSAGE`` on stderr."""
    ctx = exc.ctx
    if ctx is not None:
        echo(ctx.get_usage(), err=True)
    where = ctx.command_path if ctx is not None else PROG
    message = exc.message if isinstance(exc, CommandLineError) else exc.format_message()
    echo(f"{where}: error: {message}", err=True)


def _traceback(debug: bool) -> None:
    """With --debug, print the traceback of the error being handled on stderr."""
    if debug:
        import traceback

        traceback.print_exc()


def _quiet_stdout() -> None:
    """Point stdout at /dev/null if it cannot be flushed, so the final flush cannot fail."""
    try:
        sys.stdout.flush()
        return
    except (AttributeError, OSError, ValueError):
        pass
    try:
        fileno = sys.stdout.fileno()
    except (AttributeError, OSError, ValueError):  # no stdout, or not a real file
        return
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, fileno)
    os.close(devnull)


main = DraftReplyGroup("draft-reply", _about, epilog=_EPILOG)
main.params.append(
    click.Option(
        ["--version"],
        is_flag=True,
        expose_value=False,
        is_eager=True,
        callback=_version,
        help="Show the version and exit.",
    )
)
