"""The ``draft-reply config`` commands: init (a commented config file), check, path.

``check`` reads everything the config names (every table, the client book and the work
log, the prompt folder) and, with ``--online``, reaches the model's endpoint and the
transport; one line per problem on stdout, exit 0 when there is none and 78 otherwise.
"""

from __future__ import annotations

import json
import os
from pathlib import Path
from typing import TYPE_CHECKING

import click

from assistant.cli._base import Command, Group
from assistant.cli._output import PROG, echo
from assistant.cli._params import TEXT, flag, option
from assistant.errors import ConfigError, DraftReplyError, OutputError

if TYPE_CHECKING:
    from assistant.config import Settings


def config_group() -> None:
    """The config file: write a commented one, check it, say where it is.

    The file is config.toml in the config folder (~/.config/draft-reply on
    Linux, $DRAFT_REPLY_HOME/config when set), or $DRAFT_REPLY_CONFIG. Every key
    is documented in the README, "Configuration".
    """


def _config_path() -> Path:
    """Return the config file in use: $DRAFT_REPLY_CONFIG, else the default one."""
    from assistant.config import default_dirs

    named = os.environ.get("DRAFT_REPLY_CONFIG")
    if named:
        return Path(named).expanduser()
    return default_dirs(os.environ)[0] / "config.toml"


def config_path() -> None:
    """Print the path of the config file (whether or not it exists)."""
    echo(str(_config_path()))


def config_init(force: bool, identity: str | None, name: str | None) -> None:
    """Write a config file with every key commented out, each with its help.

    Remove the '#' before a key to set it; nothing changes until you do. Give
    --from and --name to set who replies at once. An existing file is kept
    (exit 73) unless --force.
    """
    from assistant.config import check_identity
    from assistant.config.schema import commented_config
    from assistant.files import write_file

    path = _config_path()
    if identity is not None:
        check_identity(identity, where="--from")
    if path.exists() and not force:
        raise OutputError(f"{path} exists; it is kept (--force writes a new one over it)")
    try:
        path.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
    except OSError as exc:
        raise OutputError(f"cannot create {path.parent}: {exc.strerror or exc}") from None
    write_file(path, commented_config(identity=identity, name=name).encode("utf-8"))
    echo(f"{PROG}: wrote {path}; edit it, then: {PROG} config check", err=True)


def config_check(online: bool, as_json: bool) -> None:
    """Check the config file and what it names; one line per problem.

    Reads every table, the client book and the work log, and the prompt
    folder. With --online it also asks the model's endpoint for its models
    and connects to the SMTP server (TLS and login, no message sent), or
    checks that the Maildir or folder can be written. Exit 0 when all is
    well, 78 when a problem was found.
    """
    problems, notes = _check(online)
    if as_json:
        echo(json.dumps({"config": str(_config_path()), "problems": problems, "ok": notes}))
    else:
        for note in notes:
            echo(f"ok: {note}")
        for problem in problems:
            echo(f"problem: {problem}")
        echo(
            f"{PROG}: {len(problems)} problem(s) in {_config_path()}"
            if problems
            else f"{PROG}: {_config_path()} is fine",
            err=True,
        )
    if problems:
        raise click.exceptions.Exit(ConfigError.exit_code)


def _check(online: bool) -> tuple[list[str], list[str]]:
    """Return (problems, what was checked and found fine)."""
    from assistant.config import load_settings

    problems: list[str] = []
    notes: list[str] = []
    try:
        settings = load_settings(problems=problems)  # every table problem, not the first
    except DraftReplyError as exc:
        return [*problems, *str(exc).splitlines()], notes
    if settings.config_file is not None and settings.config_file.exists():
        notes.append(f"config file {settings.config_file} read")
    else:
        notes.append(
            f"no config file at {_config_path()}: the defaults apply (draft-reply config init "
            "writes one)"
        )
    for read in (
        lambda: settings.cooling_policy,
        lambda: settings.transport,
        lambda: settings.accounts_config,
    ):
        try:
            read()
        except DraftReplyError as exc:
            problems.append(str(exc))
    if settings.identity is None:
        problems.append(
            "no [identity] from: replies have no From and cannot be sent by SMTP; set "
            'from = "Your Name <you@example.com>"'
        )
    else:
        notes.append(f"replies are from {settings.identity}")
    problems += _check_accounts(settings, notes)
    if not problems:
        problems += _check_transport(settings, notes, online)
        if online:
            problems += _check_endpoint(settings, notes)
    return problems, notes


def _check_accounts(settings: Settings, notes: list[str]) -> list[str]:
    from assistant.accounts.check import check_book

    config = settings.accounts_config
    if not config.book.exists():
        if config.book_configured:
            return [f"{config.book}: client book not found ([accounts] book)"]
        notes.append(f"no client book at {config.book}: drafts have no account record")
        return []
    worklog = config.worklog if config.worklog is not None and config.worklog.exists() else None
    found = [str(problem) for problem in check_book(config.book, worklog)]
    if not found:
        notes.append(f"client book {config.book} and work log {worklog or '(none)'} are fine")
    return found


def _check_transport(settings: Settings, notes: list[str], online: bool) -> list[str]:
    transport = settings.transport
    if transport is None:
        notes.append("no [transport]: outbox send cannot deliver until one is set")
        return []
    if not online:
        notes.append(f"[transport] kind = {transport.kind!r} (--online to try it)")
        return []
    if transport.kind == "smtp":
        from assistant.transports.smtp import probe

        try:
            notes.append(probe(transport))
        except DraftReplyError as exc:
            return [str(exc)]
        return []
    folder = transport.path
    if folder is None or not folder.expanduser().is_dir():
        where = folder.expanduser().parent if folder is not None else None
        if where is not None and where.is_dir() and os.access(where, os.W_OK):
            notes.append(f"{folder} will be created on the first send")
            return []
        return [f"[transport] path {folder}: no such folder, and its parent cannot hold one"]
    if not os.access(folder.expanduser(), os.W_OK):
        return [f"[transport] path {folder}: not writable"]
    notes.append(f"{transport.kind} folder {folder} is writable")
    return []


def _check_endpoint(settings: Settings, notes: list[str]) -> list[str]:
    from assistant.drafting import llm

    endpoint = llm.discover_endpoint(settings)
    if endpoint is None:
        notes.append("no model configured or found: drafts are written offline")
        return []
    client = llm.open_client(endpoint, settings)
    try:
        served = [model.id for model in client.with_options(timeout=10).models.list()]
    except Exception as exc:  # the openai client's errors: one line each, never a traceback
        return [f"the model endpoint {endpoint.base_url or 'api.openai.com'}: {exc}"]
    if served and endpoint.model not in served:
        shown = ", ".join(served[:5])
        return [f"the endpoint does not serve the model {endpoint.model!r} (it serves {shown})"]
    notes.append(f"the endpoint {endpoint.base_url or 'api.openai.com'} serves {endpoint.model}")
    return []


config = Group(
    "config",
    config_group,
    [
        Command(
            "init",
            config_init,
            [
                flag("--force", help="Write over an existing config file."),
                option(
                    "--from",
                    "identity",
                    metavar="ADDRESS",
                    help='Who replies: "Your Name <you@example.com>".',
                ),
                option("--name", type=TEXT, metavar="NAME", help="How you sign replies."),
            ],
        ),
        Command(
            "check",
            config_check,
            [
                flag("--online", help="Also reach the model's endpoint and the transport."),
                flag("--json", "as_json", help="Print one JSON object."),
            ],
        ),
        Command("path", config_path),
    ],
    summary="The config file: init (a commented one), check, path.",
    default="check",
)
