"""The ``draft-reply`` command: parse options, call the library, format the result.

Errors from the library become one line ``draft-reply: error: ...`` on stderr and the
error's exit code (sysexits); a traceback only with ``--debug``.
"""

from __future__ import annotations

import importlib
import math
import os
import sys
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, ClassVar

import click

from assistant import __version__
from assistant._output import PROG, describe_wait, echo_json, warn, write_file, write_stdout
from assistant.errors import DraftReplyError, InputNotFoundError, OutputError

if TYPE_CHECKING:
    from assistant.drafting import Draft

EX_SOFTWARE = 70
EX_IOERR = 74
EX_INTERRUPTED = 130
EX_BROKEN_PIPE = 141  # 128 + SIGPIPE, what a shell reports for a killed writer


class _DefaultCommandGroup(click.Group):
    """A group whose unknown first word is the FILE of the default ``draft`` command.

    So ``draft-reply inbox.eml`` means ``draft-reply draft inbox.eml``, while
    ``draft-reply prompts path`` still runs the ``prompts`` group.
    """

    default_command = "draft"
    #: Command groups imported only when used, so that start-up stays fast.
    lazy_commands: ClassVar[dict[str, tuple[str, str]]] = {
        "outbox": ("assistant.cli_outbox", "outbox_group"),
        "clients": ("assistant.cli_clients", "clients_group"),
    }

    def list_commands(self, ctx: click.Context) -> list[str]:
        return sorted({*super().list_commands(ctx), *self.lazy_commands})

    def get_command(self, ctx: click.Context, cmd_name: str) -> click.Command | None:
        if cmd_name in self.lazy_commands and cmd_name not in self.commands:
            module, name = self.lazy_commands[cmd_name]
            self.add_command(getattr(importlib.import_module(module), name), cmd_name)
        return super().get_command(ctx, cmd_name)

    def format_usage(self, ctx: click.Context, formatter: click.HelpFormatter) -> None:
        formatter.write_usage(ctx.command_path, "[OPTIONS] FILE|- [DRAFT OPTIONS]")
        formatter.write_usage(ctx.command_path, "[OPTIONS] COMMAND [ARGS]...", prefix="   or: ")

    def parse_args(self, ctx: click.Context, args: list[str]) -> list[str]:
        group_opts = {"--help", "-h", "--version", "--debug"}
        rest = list(args)
        lead = []
        while rest and rest[0] in group_opts - {"--help", "-h", "--version"}:
            lead.append(rest.pop(0))
        known = {*self.commands, *self.lazy_commands}
        if rest and rest[0] not in known and rest[0] not in group_opts:
            rest.insert(0, self.default_command)
        return super().parse_args(ctx, lead + rest)

    def invoke(self, ctx: click.Context) -> Any:
        """Run the command; the one funnel that turns errors into a message and a status."""
        debug = bool(ctx.params.get("debug")) or bool(os.environ.get("DRAFT_REPLY_DEBUG"))
        try:
            return super().invoke(ctx)
        except (click.exceptions.Exit, click.ClickException, click.exceptions.Abort):
            raise
        except DraftReplyError as exc:
            if debug:
                raise
            click.echo(f"{PROG}: error: {exc}", err=True)
            ctx.exit(exc.exit_code)
        except KeyboardInterrupt:
            click.echo(f"{PROG}: interrupted", err=True)
            ctx.exit(EX_INTERRUPTED)
        except BrokenPipeError:
            # The reader went away (| head): not an error of ours. Point stdout at
            # /dev/null so the interpreter's final flush does not fail again.
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, sys.stdout.fileno())
            ctx.exit(EX_BROKEN_PIPE)
        except OSError as exc:
            # What our code does not turn into a DraftReplyError is writing the result:
            # a full disk or a closed stream under stdout. One line and EX_IOERR, not a bug.
            if debug:
                raise
            click.echo(f"{PROG}: error: input/output error: {exc.strerror or exc}", err=True)
            ctx.exit(EX_IOERR)
        except Exception as exc:
            if debug:
                raise
            click.echo(
                f"{PROG}: internal error: {type(exc).__name__}: {exc} "
                "(this is a bug; run again with --debug for a traceback)",
                err=True,
            )
            ctx.exit(EX_SOFTWARE)


@click.group(
    cls=_DefaultCommandGroup,
    context_settings={"help_option_names": ["-h", "--help"]},
    no_args_is_help=True,
    epilog="""\b
Examples:
  draft-reply inbox.eml                 draft a reply, print the .eml
  draft-reply --json - < inbox.eml      read stdin, print one JSON object
  draft-reply -o reply.eml inbox.eml    write the reply to a file
  draft-reply --offline inbox.eml       never call an LLM
  draft-reply prompts path              where templates are looked up

Run 'draft-reply draft --help' for every drafting option.""",
)
@click.version_option(__version__, prog_name=PROG)
@click.option("--debug", is_flag=True, help="Show a traceback on errors.")
def main_group(debug: bool) -> None:
    """Draft calm replies to difficult client emails.

    Reads an upset email (a file, or - for standard input), drafts a reply that
    follows the five-step playbook (thank and understand, show the record, give
    the facts, decide whether it is worth pursuing, manage the manager), and
    prints it as an RFC 5322 message threaded to the original.

    With no LLM configured (OPENAI_API_KEY, OPENAI_BASE_URL) and none found on
    127.0.0.1 (Ollama :11434, llama.cpp :8080), an offline drafter writes the
    reply from the playbook templates.
    """


@main_group.command("draft")
@click.argument("file", metavar="FILE")
@click.option(
    "-o",
    "--output",
    metavar="FILE",
    help="Write the reply .eml to this file instead of standard output.",
)
@click.option("--json", "as_json", is_flag=True, help="Print one JSON object instead of the .eml.")
@click.option("--offline", is_flag=True, default=None, help="Never call an LLM; draft offline.")
@click.option("--model", help="Model name (env DRAFT_REPLY_MODEL; default gpt-4o-mini).")
@click.option(
    "--base-url",
    help="OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1 (env OPENAI_BASE_URL).",
)
@click.option(
    "--from",
    "identity",
    metavar="ADDRESS",
    help="Your address for the reply's From (config [identity] from; default: the address "
    "the mail was sent to).",
)
@click.option(
    "--prompts",
    "prompts_dir",
    type=click.Path(path_type=Path),
    help="Folder of templates that override the bundled ones.",
)
@click.option(
    "--config",
    "config_file",
    type=click.Path(path_type=Path),
    help="Config file to read instead of the default config.toml (env DRAFT_REPLY_CONFIG).",
)
@click.option(
    "--deadline",
    type=click.FloatRange(min=1, max=86400),
    callback=lambda _ctx, _param, value: _finite(value),
    help="Give up on the LLM after this many seconds, retries included (default 120).",
)
@click.option("--no-stream", is_flag=True, help="Do not stream tokens to the terminal.")
@click.option("--no-store", is_flag=True, help="Only print the reply; do not add it to the outbox.")
@click.option(
    "--no-cc",
    is_flag=True,
    help="Reply to the sender only; by default the original's other recipients are copied.",
)
@click.option(
    "--book",
    type=click.Path(path_type=Path),
    help="Client book (TOML) to take account facts from (config [accounts] book; "
    "default clients.toml in the config dir).",
)
@click.option(
    "--worklog",
    type=click.Path(path_type=Path),
    help="Work log (CSV date,client,description,hours or TOML) for the review period "
    "(config [accounts] worklog; default worklog.csv in the config dir).",
)
@click.option(
    "--since",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="Start of the review period, YYYY-MM-DD (default: six months before the email).",
)
@click.option(
    "--until",
    type=click.DateTime(formats=["%Y-%m-%d"]),
    help="End of the review period, YYYY-MM-DD (default: the email's date).",
)
@click.option(
    "--manager-note",
    metavar="FILE",
    help="Write the internal note for your manager (playbook steps 4 and 5: figures, "
    "recommendation, talking points) to this file; - writes it to standard error.",
)
def draft_command(
    file: str,
    output: str | None,
    as_json: bool,
    offline: bool | None,
    model: str | None,
    base_url: str | None,
    identity: str | None,
    prompts_dir: Path | None,
    config_file: Path | None,
    deadline: float | None,
    no_stream: bool,
    no_store: bool,
    no_cc: bool,
    book: Path | None,
    worklog: Path | None,
    since: datetime | None,
    until: datetime | None,
    manager_note: str | None,
) -> None:
    """Draft a reply to the email in FILE (- reads standard input).

    The reply is added to the outbox, where it cools off before it can be sent
    (see 'draft-reply outbox --help'), and printed as an RFC 5322 message (.eml)
    on standard output, or written to -o FILE, or printed as one JSON object with
    --json (keys: to, cc, subject, message_id, in_reply_to, references, language,
    backend, model, body, notes, draft_id, state, not_before, heat,
    cooling_reason). The draft's id and when it may be sent go to standard error.
    Internal notes (steps 4 and 5 of the playbook: whether the account is worth
    pursuing, the note for your manager) are never in the reply: see them with
    --json, --manager-note FILE or 'draft-reply outbox show ID'.

    \b
    Exit codes: 0 done; 65 the input is not a readable email; 66 FILE missing;
    69 the LLM is unavailable after retries; 73 cannot write the output;
    78 configuration (bad key, unknown model, bad template or config file);
    130 interrupted.
    """
    from assistant.config import load_settings
    from assistant.drafting import draft_reply

    settings = load_settings(
        config_file=config_file,
        model=model,
        base_url=base_url,
        identity=identity,
        prompts_dir=prompts_dir,
        offline=offline,
        deadline=deadline,
        store=False if no_store else None,
        reply_all=False if no_cc else None,
    )
    if book is not None or worklog is not None:
        settings = settings.replace(
            accounts=settings.accounts_config.with_files(book=book, worklog=worklog)
        )
    source: Any = _read_stdin() if file == "-" else Path(file)
    # On a terminal the model's tokens are shown on stderr as they arrive (progress);
    # the finished reply, with citations expanded, then goes to stdout as usual.
    streaming = not no_stream and _is_terminal(sys.stdout) and _is_terminal(sys.stderr)
    draft = draft_reply(
        source,
        settings=settings,
        stream=sys.stderr if streaming else None,
        since=since.date() if since else None,
        until=until.date() if until else None,
    )
    if streaming and draft.backend != "offline":
        click.echo(err=True)  # end the streamed text's last line
    for warning in draft.warnings:
        warn(warning)
    _say_when(draft)
    try:
        if manager_note:
            note = draft.notes.get("manager_note", "").rstrip() + "\n"
            if manager_note == "-":
                click.echo(
                    f"\n--- note for your manager (internal, not sent) ---\n{note}", err=True
                )
            else:
                write_file(Path(manager_note), note.encode("utf-8"))
        if as_json:
            echo_json(draft.to_json())
        elif output and output != "-":
            write_file(Path(output), draft.eml)
            click.echo(f"{PROG}: wrote {output}", err=True)
        else:
            write_stdout(draft.eml)
    except OutputError as exc:
        if draft.id is None:
            raise
        raise OutputError(f"{exc}; the draft is stored in the outbox as {draft.id}") from None


def _finite(value: float | None) -> float | None:
    """Refuse nan for a seconds option (click's FloatRange lets it through)."""
    if value is not None and not math.isfinite(value):
        raise click.BadParameter(f"{value} is not a number of seconds")
    return value


def _read_stdin() -> bytes:
    """Read the message from standard input; a closed stdin is an InputNotFoundError."""
    if sys.stdin is None:
        raise InputNotFoundError("standard input is closed: give a FILE, or pipe a message in")
    try:
        return sys.stdin.buffer.read()
    except OSError as exc:
        raise InputNotFoundError(f"cannot read standard input: {exc.strerror}") from None


def _is_terminal(stream: Any) -> bool:
    return stream is not None and stream.isatty()


def _say_when(draft: Draft) -> None:
    """Tell on stderr where the draft is and when it may be sent, and why."""
    wait = describe_wait(draft.not_before, draft.created)  # the time rounded up, local
    when = f"sendable after {wait}: {draft.cooling_reason}"
    if draft.id is None:
        click.echo(f"{PROG}: not stored (--no-store); would be {when}", err=True)
    else:
        click.echo(f"{PROG}: draft {draft.id} is in the outbox; {when}", err=True)


@main_group.group("prompts")
def prompts_group() -> None:
    """Inspect the prompt templates."""


@prompts_group.command("path")
@click.option(
    "--prompts",
    "prompts_dir",
    type=click.Path(path_type=Path),
    help="Also show this override folder first.",
)
def prompts_path(prompts_dir: Path | None) -> None:
    """Print where templates are looked up, first match wins.

    Put a file with the same name as a bundled template (for example
    system.j2) in the first folder to override it.
    """
    from assistant.config import load_settings
    from assistant.prompts import describe_template_dirs

    settings = load_settings(prompts_dir=prompts_dir)
    for path, exists in describe_template_dirs(settings):
        click.echo(f"{path}{'' if exists else '  (does not exist yet)'}")


def main(argv: list[str] | None = None) -> None:
    """Run the CLI (the console script ``draft-reply``)."""
    try:
        main_group.main(args=argv, prog_name=PROG)
    except OSError as exc:  # --help or --version into a full or closed stdout
        sys.stderr.write(f"{PROG}: error: input/output error: {exc.strerror or exc}\n")
        sys.exit(EX_IOERR)
