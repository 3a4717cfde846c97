"""``draft-reply logs``: the prompt log, every model request and answer (drafting/promptlog.py)."""

from __future__ import annotations

import json

import click

from assistant.cli._base import Command
from assistant.cli._output import echo
from assistant.cli._params import Number, flag, option
from assistant.display import printable
from assistant.errors import UsageError


def _logs(entry_id: int | None, count: int, as_json: bool) -> None:
    """The prompt log: every model request and answer.

    Every request to a model and its answer (what the model saw, after
    [privacy] redact), with tokens, time and the draft it was for. Without
    ID: the newest entries; with ID: that entry in full. Off with [llm] log =
    false or draft-reply --no-log.
    """
    from assistant.config import load_settings
    from assistant.drafting import promptlog

    settings = load_settings()
    path = promptlog.path_for(settings.data_dir)
    entries = promptlog.read(path, entry_id=entry_id, limit=None if entry_id else count)
    if entry_id is not None and not entries:
        raise UsageError(f"logs: no entry {entry_id} in {path}")
    if as_json:
        for entry in entries:
            echo(
                json.dumps(
                    {
                        "id": entry.id,
                        "created": entry.created.isoformat(),
                        "endpoint": entry.endpoint,
                        "model": entry.model,
                        "draft_id": entry.draft_id,
                        "prompt_tokens": entry.prompt_tokens,
                        "completion_tokens": entry.completion_tokens,
                        "duration_ms": entry.duration_ms,
                        "error": entry.error,
                        "options": entry.options,
                        "messages": list(entry.messages) if entry_id is not None else None,
                        "response": entry.response if entry_id is not None else None,
                    },
                    ensure_ascii=False,
                )
            )
        return
    if entry_id is None:
        if not entries:
            echo(f"no model requests logged yet ({path})")
        for entry in entries:
            tokens = f"{entry.prompt_tokens or 0}+{entry.completion_tokens or 0} tokens"
            outcome = f"error: {printable(entry.error)}" if entry.error else tokens
            echo(
                f"{entry.id:5}  {entry.created:%Y-%m-%d %H:%M}  {printable(entry.model or '-'):20}"
                f"  draft {entry.draft_id or '-':8}  {entry.duration_ms / 1000:6.1f} s  {outcome}"
            )
        return
    (entry,) = entries
    echo(f"entry {entry.id}, {entry.created.isoformat()}, {printable(entry.model or '-')} at")
    echo(f"{printable(entry.endpoint or '-')}, draft {entry.draft_id or '-'}")
    echo(f"options: {json.dumps(entry.options)}; {entry.duration_ms} ms")
    for message in entry.messages:
        echo(f"\n--- {message['role']} ---\n{printable(message['content'])}")
    echo(f"\n--- answer ---\n{printable(entry.response or entry.error or '')}")


_EPILOG = """\
Exit codes: 0 done; 2 bad command line, or no entry ID.

Examples:
  draft-reply logs                 the 20 newest requests
  draft-reply logs 42              entry 42 in full: the messages and the answer
  draft-reply logs -n 100 --json   one JSON object per entry"""

logs = Command(
    "logs",
    _logs,
    [
        click.Argument(["entry_id"], required=False, type=Number(1, None), metavar="[ID]"),
        option(
            "-n",
            "count",
            type=Number(1, 100000),
            default=20,
            show_default=True,
            metavar="N",
            help="List the N newest entries (1 to 100000).",
        ),
        flag("--json", "as_json", help="One JSON object per entry."),
    ],
    epilog=_EPILOG,
    usage="[OPTIONS] [ID]",
)
