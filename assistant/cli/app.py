"""The ``draft-reply`` command: parse options, call the library, format the result.

Errors from the library become one line ``draft-reply: error: ...`` on stderr and the
error's exit code (sysexits); a traceback only with ``--debug``. Parsing is argparse's
(see ``_cli_parser`` for why not Click); ``outbox`` and ``clients`` are imported only
when used, so that start-up stays fast.
"""

from __future__ import annotations

import importlib
import math
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, NoReturn

from assistant import __version__
from assistant.cli._output import PROG, echo, echo_json, json_text, warn, write_stdout
from assistant.cli._parser import (
    Parser,
    add_command,
    add_commands,
    check_period,
    dispatch,
    doc,
    file_name,
    iso_date,
    nonempty,
)
from assistant.display import describe_wait, shown_path
from assistant.errors import (
    DraftReplyError,
    ExitStatus,
    InputNotFoundError,
    OutputError,
    UsageError,
)
from assistant.files import check_writable, write_file

if TYPE_CHECKING:
    from datetime import date

    from assistant.drafting.draft import Draft


#: Command groups that live in their own module, imported only when used:
#: name -> (module, one-line summary for the command list).
_LAZY_GROUPS = {
    "outbox": ("assistant.cli.outbox", "Drafts waiting to cool off before they may be sent."),
    "clients": (
        "assistant.cli.clients",
        "The client book and the work log: list, show, check.",
    ),
}
_COMMANDS = {"draft", "prompts", *_LAZY_GROUPS}

_EPILOG = """\
Examples:
  draft-reply inbox.eml                 draft a reply, print the .eml
  draft-reply --json - < inbox.eml      read stdin, print one JSON object
  draft-reply -o reply.eml inbox.eml    write the reply to a file
  draft-reply --offline inbox.eml       never call an LLM
  draft-reply outbox list               drafts cooling off, when they may leave
  draft-reply prompts path              where templates are looked up

Options go before or after FILE; --debug (a traceback with any error) works
anywhere. 'draft-reply COMMAND --help' shows a command's options, and
'draft-reply draft --help' every drafting option."""

_DRAFT_EPILOG = """\
Examples:
  draft-reply inbox.eml                       print the reply .eml
  draft-reply --json - < inbox.eml            one JSON object (keys above)
  draft-reply -o reply.eml --manager-note - inbox.eml
  draft-reply --book clients.toml --worklog worklog.csv \\
      --since 2026-06-01 --until 2026-11-30 inbox.eml
  draft-reply --base-url http://127.0.0.1:11434/v1 --model llama3.1 inbox.eml

Exit codes: 0 done; 1 other error; 2 bad command line; 65 the input is not a
readable email; 66 FILE missing; 69 the LLM is unavailable after retries;
70 a bug (run again with --debug); 73 cannot write the output; 74 input/output
error; 78 configuration (bad key, unknown model, bad template or config file);
130 interrupted; 141 the reader of stdout went away."""


def main(argv: list[str] | None = None) -> NoReturn:
    """Run the CLI (the console script ``draft-reply``) on ``argv`` (default sys.argv[1:]).

    Exits with the command's status: 0 done, 2 bad command line, the error's sysexits
    code for a DraftReplyError (73 when the output cannot be written), 74 for another
    input/output error, 70 for a bug, 130 on Ctrl-C, 141 when the reader of stdout went
    away. ``--debug`` (anywhere before ``--``) or DRAFT_REPLY_DEBUG adds the traceback.
    """
    args = sys.argv[1:] if argv is None else list(argv)
    # --debug may stand anywhere before a "--" (after it, it would be a file's name); every
    # parser accepts it, and leading ones are dropped so the first word names the command.
    end = args.index("--") if "--" in args else len(args)
    debug = "--debug" in args[:end] or bool(os.environ.get("DRAFT_REPLY_DEBUG"))
    while args and args[0] == "--debug":
        args.pop(0)
    sys.exit(_run(args, debug))


def _run(args: list[str], debug: bool) -> int | str | None:
    """Run the command; the one funnel that turns errors into a message and a status."""
    try:
        try:
            _dispatch(args)
        finally:
            # A full or closed stdout (argparse's help, a buffered line) fails here,
            # inside the funnel, rather than in the interpreter's final flush.
            if sys.stdout is not None:
                sys.stdout.flush()
    except SystemExit as exc:
        return exc.code
    except DraftReplyError as exc:
        _traceback(debug)
        echo(f"{PROG}: error: {exc}", err=True)
        return exc.exit_code
    except KeyboardInterrupt:
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
    return 0


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


def _dispatch(args: list[str]) -> None:
    """Send ``args`` to the command they name; anything else is ``draft``'s FILE and options."""
    if not args:
        _top_parser().print_help(sys.stderr)
        sys.exit(ExitStatus.COMMAND_LINE)
    first = args[0]
    if first in ("-h", "--help"):
        _top_parser().print_help()
    elif first == "--version":
        echo(f"{PROG}, version {__version__}")
    elif first in _LAZY_GROUPS:
        importlib.import_module(_LAZY_GROUPS[first][0]).run(args[1:])
    elif first == "prompts":
        dispatch(_prompts_parser(), args[1:])
    elif first == "draft":
        dispatch(_draft_parser(f"{PROG} draft"), args[1:])
    else:
        dispatch(_draft_parser(PROG), args)


def _top_parser() -> Parser:
    """The parser whose only job is ``draft-reply --help``: usage, commands, examples."""
    parser = Parser(
        prog=PROG,
        usage=f"{PROG} [OPTIONS] FILE|-\n   or: {PROG} COMMAND [ARGS]...",
        description=doc(_about),
        epilog=_EPILOG,
    )
    parser.add_argument("--version", action="store_true", help="Show the version and exit.")
    commands = add_commands(parser)
    add_command(commands, "draft", draft_command)
    for name, (_, summary) in sorted(_LAZY_GROUPS.items()):
        commands.add_parser(name, help=summary)
    add_command(commands, "prompts", _prompts_about)
    return parser


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


def _draft_parser(prog: str) -> Parser:
    """The ``draft`` command's parser; ``prog`` is how its usage line names it."""
    parser = Parser(
        prog=prog,
        usage=f"{prog} [OPTIONS] FILE|-",
        description=doc(draft_command),
        epilog=_DRAFT_EPILOG,
    )
    parser.set_defaults(handler=draft_command)
    add = parser.add_argument
    add(
        "file",
        metavar="FILE|-",
        type=nonempty,
        help="The email to answer (RFC 5322 .eml); - reads stdin.",
    )
    add(
        "-o",
        "--output",
        metavar="FILE",
        type=nonempty,
        help="Write the reply .eml to FILE, not stdout.",
    )
    add("--json", dest="as_json", action="store_true", help="Print one JSON object, not the .eml.")
    add("--offline", action="store_const", const=True, help="Never call an LLM; draft offline.")
    add(
        "--model",
        metavar="NAME",
        type=nonempty,
        help="Model name (env DRAFT_REPLY_MODEL; default gpt-4o-mini).",
    )
    add(
        "--base-url",
        metavar="URL",
        type=nonempty,
        help="OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1 "
        "(env OPENAI_BASE_URL).",
    )
    add(
        "--from",
        dest="identity",
        metavar="ADDRESS",
        type=nonempty,
        help="Your address for the reply's From (config [identity] from; default: the "
        "address the mail was sent to).",
    )
    add(
        "--prompts",
        dest="prompts_dir",
        metavar="DIR",
        type=file_name,
        help="Folder of templates that override the bundled ones.",
    )
    add(
        "--config",
        dest="config_file",
        metavar="FILE",
        type=file_name,
        help="Config file to read instead of the default config.toml (env DRAFT_REPLY_CONFIG).",
    )
    add(
        "--deadline",
        metavar="SECONDS",
        type=_seconds,
        help="Give up on the LLM after this many seconds, retries included "
        "(1 to 86400; default 120).",
    )
    add("--no-stream", action="store_true", help="Do not stream tokens to the terminal.")
    add(
        "--no-store", action="store_true", help="Only print the reply; do not add it to the outbox."
    )
    add(
        "--no-cc",
        action="store_true",
        help="Reply to the sender only; by default the original's other recipients are copied.",
    )
    add(
        "--book",
        metavar="FILE",
        type=file_name,
        help="Client book (TOML) to take account facts from (config [accounts] book; "
        "default clients.toml in the config dir).",
    )
    add(
        "--worklog",
        metavar="FILE",
        type=file_name,
        help="Work log (CSV date,client,description,hours or TOML) for the review period "
        "(config [accounts] worklog; default worklog.csv in the config dir).",
    )
    add(
        "--since",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="Start of the review period (default: six months before the email).",
    )
    add(
        "--until",
        metavar="YYYY-MM-DD",
        type=iso_date,
        help="End of the review period (default: the email's date).",
    )
    add(
        "--manager-note",
        metavar="FILE",
        type=nonempty,
        help="Write the internal note for your manager (playbook steps 4 and 5: figures, "
        "recommendation, talking points) to FILE; - writes it to standard error.",
    )
    return parser


def _seconds(text: str) -> float:
    """An argparse ``type``: a finite number of seconds from 1 to 86400 (one day)."""
    import argparse

    try:
        value = float(text)
    except ValueError:
        value = math.nan
    if not (math.isfinite(value) and 1 <= value <= 86400):
        raise argparse.ArgumentTypeError(f"{text!r} is not a number of seconds from 1 to 86400")
    return value


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
    since: date | None,
    until: date | None,
    manager_note: str | None,
) -> None:
    """Draft a reply to the email in FILE (- reads standard input).

    The reply is added to the outbox, where it cools off before it can be sent
    (see 'draft-reply outbox --help'), and printed as an RFC 5322 message (.eml)
    on standard output, or written to -o FILE. With --json it is one JSON object
    instead (on stdout, or in -o FILE): from, to, cc, subject, message_id,
    in_reply_to, references, language, backend, model, endpoint, body, notes,
    flags, warnings, created, draft_id, state, not_before, cooling_reason, heat,
    heat_out. The draft's id and when it may be sent go to standard error.
    Internal notes (steps 4 and 5 of the playbook: whether the account is worth
    pursuing, the note for your manager) are never in the reply: see them with
    --json, --manager-note FILE or 'draft-reply outbox show ID'.
    """
    from assistant.config import load_settings
    from assistant.drafting.draft import draft_reply

    check_period(since, until)
    _check_targets(file, output, manager_note)
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
        since=since,
        until=until,
    )
    if streaming and draft.backend != "offline":
        echo(err=True)  # end the streamed text's last line
    for warning in draft.warnings:
        warn(warning)
    _say_when(draft)
    try:
        if manager_note:
            note = draft.notes.get("manager_note", "").rstrip() + "\n"
            if manager_note == "-":
                _note_to_stderr(note)
            else:
                write_file(Path(manager_note), note.encode("utf-8"))
        if as_json and output and output != "-":
            write_file(Path(output), json_text(draft.to_json()).encode("utf-8"))
            echo(f"{PROG}: wrote {shown_path(output)}", err=True)
        elif as_json:
            echo_json(draft.to_json())
        elif output and output != "-":
            write_file(Path(output), draft.eml)
            echo(f"{PROG}: wrote {shown_path(output)}", err=True)
        else:
            write_stdout(draft.eml)
    except OutputError as exc:
        if draft.id is None:
            raise
        raise OutputError(f"{exc}; the draft is stored in the outbox as {draft.id}") from None


def _check_targets(file: str, output: str | None, manager_note: str | None) -> None:
    """Refuse outputs that would overwrite the input or each other, or cannot be written.

    Checked before the model is asked: a typo costs nothing, and the email being answered
    is never replaced by its reply (UsageError, exit 2; OutputError, exit 73).
    """
    targets = {
        "-o": output if output and output != "-" else None,
        "--manager-note": manager_note if manager_note and manager_note != "-" else None,
    }
    seen: dict[str, str] = {}
    for option, target in targets.items():
        if target is None:
            continue
        where = os.path.realpath(target)
        if file != "-" and where == os.path.realpath(file):
            raise UsageError(f"{option} {target} is the email being answered: choose another file")
        if where in seen:
            raise UsageError(f"{seen[where]} and {option} name the same file: {target}")
        seen[where] = option
        check_writable(Path(target))


def _note_to_stderr(note: str) -> None:
    """Write the manager note on stderr, where the user asked for it (``--manager-note -``).

    Unlike a message, the note is output: a closed or full stderr raises OutputError
    (exit 73) rather than losing it quietly.
    """
    text = f"\n--- note for your manager (internal, not sent) ---\n{note}"
    try:
        sys.stderr.write(text)
        sys.stderr.flush()
    except (AttributeError, OSError, ValueError) as exc:  # None, full, closed
        why = exc.strerror if isinstance(exc, OSError) and exc.strerror else "it is closed"
        raise OutputError(f"cannot write the manager note to standard error: {why}") from None


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
        echo(f"{PROG}: not stored (--no-store); would be {when}", err=True)
    else:
        echo(f"{PROG}: draft {draft.id} is in the outbox; {when}", err=True)


def _prompts_about() -> None:
    """Inspect the prompt templates."""


def _prompts_parser() -> Parser:
    parser = Parser(prog=f"{PROG} prompts", description=doc(_prompts_about))
    commands = add_commands(parser)
    path = add_command(commands, "path", prompts_path)
    path.add_argument(
        "--prompts",
        dest="prompts_dir",
        metavar="DIR",
        type=file_name,
        help="Also show this override folder first.",
    )
    return parser


def prompts_path(prompts_dir: Path | None) -> None:
    """Print where templates are looked up, first match wins.

    Put a file with the same name as a bundled template (for example
    system.j2) in the first folder to override it.
    """
    from assistant.config import load_settings
    from assistant.drafting.prompts import describe_template_dirs

    settings = load_settings(prompts_dir=prompts_dir)
    for path, exists in describe_template_dirs(settings):
        echo(f"{path}{'' if exists else '  (does not exist yet)'}")
