"""``draft-reply [draft] [OPTIONS] FILE|-``: draft a reply to one email.

Parses the options, calls :func:`assistant.drafting.draft.draft_reply`, and writes the reply
(``.eml`` or JSON) where the user asked; where the draft went and when it may be sent go to
stderr. Imported only when a draft is asked for.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from assistant.cli._base import PROG, Command
from assistant.cli._output import echo, echo_json, json_text, warn, write_stdout
from assistant.cli._params import FILE_NAME, ISO_DATE, SECONDS, TEXT, check_period, flag, option
from assistant.display import describe_wait, printable, shown_path, strip_controls
from assistant.errors import InputNotFoundError, OutputError, UsageError
from assistant.files import check_writable, write_file

if TYPE_CHECKING:
    from datetime import date

    from assistant.drafting.draft import Draft

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
    keep: bool,
    no_log: bool,
) -> None:
    """Draft a reply to the email in FILE (- reads standard input).

    The reply is added to the outbox, where it cools off before it can be sent
    (see 'draft-reply outbox --help'), and printed as an RFC 5322 message (.eml)
    on standard output, or written to -o FILE. With --json it is one JSON object
    instead (on stdout, or in -o FILE): from, to, to_chosen_from (Reply-To or
    From), cc, subject, message_id, in_reply_to, references, language, backend,
    model, endpoint, body, notes, flags, warnings, created, draft_id, state,
    not_before, cooling_reason, heat, heat_out. The draft's id and when it may
    be sent go to standard error.
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
        log=False if no_log else None,
    )
    if book is not None or worklog is not None:
        settings = settings.replace(
            accounts=settings.accounts_config.with_files(book=book, worklog=worklog)
        )
    source: Any = _read_stdin() if file == "-" else Path(file)
    # On a terminal the model's tokens are shown on stderr as they arrive (progress);
    # the finished reply, with citations expanded, then goes to stdout as usual.
    streaming = not no_stream and _is_terminal(sys.stdout) and _is_terminal(sys.stderr)
    # Without the streamed tokens, a terminal on stderr still sees that work goes on.
    with _elapsed(enabled=not streaming and _is_terminal(sys.stderr)):
        draft = draft_reply(
            source,
            settings=settings,
            stream=sys.stderr if streaming else None,
            since=since,
            until=until,
            keep=keep,
        )
    if streaming and draft.backend != "offline":
        echo(err=True)  # end the streamed text's last line
    if _is_terminal(sys.stdout):  # the reply first, where the draft went last: still in view
        _emit(draft, as_json, output, manager_note)
        _report(draft)
    else:
        _report(draft)
        _emit(draft, as_json, output, manager_note)


def _report(draft: Draft) -> None:
    """Write the draft's warnings and where it went (stderr)."""
    for warning in draft.warnings:
        warn(warning)
    _say_when(draft)


def _emit(draft: Draft, as_json: bool, output: str | None, manager_note: str | None) -> None:
    """Write the reply (.eml or JSON) to stdout or ``output``, and the manager note."""
    try:
        if manager_note:  # it quotes the client: no escape sequence of theirs goes out
            note = strip_controls(draft.notes.get("manager_note", ""))[0].rstrip() + "\n"
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
        elif _is_terminal(sys.stdout):  # shown, not kept: no controls from the email
            write_stdout(printable(draft.eml.decode("utf-8", "replace")))
        else:
            write_stdout(draft.eml)  # a file or a pipe gets the message byte for byte
    except OutputError as exc:
        if draft.id is None:
            raise
        raise OutputError(f"{exc}; the draft is stored in the outbox as {draft.id}") from None


@contextmanager
def _elapsed(*, enabled: bool) -> Iterator[None]:
    """Show ``drafting... N s`` on stderr (a terminal) each second the block takes, after
    the first; the line is cleared when it ends."""
    if not enabled:
        yield
        return
    import threading
    import time

    done = threading.Event()
    shown = threading.Event()
    start = time.monotonic()

    def tick() -> None:
        while not done.wait(1.0):
            sys.stderr.write(f"\r{PROG}: drafting... {time.monotonic() - start:.0f} s ")
            sys.stderr.flush()
            shown.set()

    thread = threading.Thread(target=tick, daemon=True)
    thread.start()
    try:
        yield
    finally:
        done.set()
        thread.join()
        if shown.is_set():
            sys.stderr.write("\r\x1b[K")  # clear the line
            sys.stderr.flush()


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
    for flag_name, target in targets.items():
        if target is None:
            continue
        where = os.path.realpath(target)
        if file != "-" and where == os.path.realpath(file):
            raise UsageError(
                f"{flag_name} {target} is the email being answered: choose another file"
            )
        if where in seen:
            raise UsageError(f"{seen[where]} and {flag_name} name the same file: {target}")
        seen[where] = flag_name
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
    when = f"sendable {wait if wait == 'now' else f'after {wait}'}: {draft.cooling_reason}"
    if draft.id is None:
        echo(f"{PROG}: not stored (--no-store); would be {when}", err=True)
    else:
        echo(f"{PROG}: draft {draft.id} is in the outbox; {when}", err=True)


def _complete_file(
    _ctx: click.Context, _param: click.Parameter, incomplete: str
) -> list[click.shell_completion.CompletionItem]:
    """Complete FILE with the shell's file names."""
    from click.shell_completion import CompletionItem

    return [CompletionItem(incomplete, type="file")]


def _params() -> list[click.Parameter]:
    return [
        click.Argument(
            ["file"],
            metavar="FILE|-",
            type=TEXT,
            shell_complete=_complete_file,
        ),
        option("-o", "--output", metavar="FILE", help="Write the reply .eml to FILE, not stdout."),
        flag("--json", "as_json", help="Print one JSON object, not the .eml."),
        click.Option(
            ["--offline"], is_flag=True, default=None, help="Never call an LLM; draft offline."
        ),
        option(
            "--model",
            metavar="NAME",
            help="Model name (env DRAFT_REPLY_MODEL; default gpt-4o-mini).",
        ),
        option(
            "--base-url",
            metavar="URL",
            help="OpenAI-compatible API base URL, e.g. http://127.0.0.1:11434/v1 "
            "(env OPENAI_BASE_URL).",
        ),
        option(
            "--from",
            "identity",
            metavar="ADDRESS",
            help="Your address for the reply's From (config [identity] from; default: the "
            "address the mail was sent to).",
        ),
        option(
            "--prompts",
            "prompts_dir",
            metavar="DIR",
            type=FILE_NAME,
            help="Folder of templates that override the bundled ones.",
        ),
        option(
            "--config",
            "config_file",
            metavar="FILE",
            type=FILE_NAME,
            help="Config file to read instead of the default config.toml (env DRAFT_REPLY_CONFIG).",
        ),
        option(
            "--deadline",
            metavar="SECONDS",
            type=SECONDS,
            help="Give up on the LLM after this many seconds, retries included "
            "(1 to 86400; default 120).",
        ),
        flag("--no-stream", help="Do not stream tokens to the terminal."),
        flag("--no-store", help="Only print the reply; do not add it to the outbox."),
        flag(
            "--keep",
            help="Keep a waiting draft that answers the same message (by default the new "
            "draft replaces it: one reply per message).",
        ),
        flag(
            "--no-cc",
            help="Reply to the sender only; by default the original's other recipients are copied.",
        ),
        option(
            "--book",
            metavar="FILE",
            type=FILE_NAME,
            help="Client book (TOML) to take account facts from (config [accounts] book; "
            "default clients.toml in the config dir).",
        ),
        option(
            "--worklog",
            metavar="FILE",
            type=FILE_NAME,
            help="Work log (CSV date,client,description,hours or TOML) for the review period "
            "(config [accounts] worklog; default worklog.csv in the config dir).",
        ),
        option(
            "--since",
            metavar="YYYY-MM-DD",
            type=ISO_DATE,
            help="Start of the review period (default: six months before the email).",
        ),
        option(
            "--until",
            metavar="YYYY-MM-DD",
            type=ISO_DATE,
            help="End of the review period (default: the email's date).",
        ),
        flag("--no-log", "no_log", help="Keep no record of the model request in the prompt log."),
        option(
            "--manager-note",
            metavar="FILE",
            help="Write the internal note for your manager (playbook steps 4 and 5: figures, "
            "recommendation, talking points) to FILE; - writes it to standard error.",
        ),
    ]


def make_command() -> Command:
    """Return the ``draft`` command (also run for ``draft-reply FILE``)."""
    return Command(
        "draft", draft_command, _params(), epilog=_DRAFT_EPILOG, usage="[OPTIONS] FILE|-"
    )


draft = make_command()
