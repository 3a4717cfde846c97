"""``draft-reply batch PATH...``: a reply to every message of mbox files, Maildirs, .eml files.

Each PATH is an mbox file (it starts with a "From " line), a Maildir (a folder with cur/ and
new/), a folder of .eml files, one .eml file, or ``imap:FOLDER``, a folder of the IMAP server
of ``[transport] kind = "imap"`` (read-only: nothing is marked read); ``-`` reads one message
from standard input. Automatic mail, mailing lists and no-reply senders are skipped (as
``draft-reply filter`` skips them), and so is a message a stored draft already answers (by
Message-ID).
``--since DATE`` keeps messages whose Date is that day or later; ``--from TEXT`` those whose
From contains TEXT. ``--jobs N`` drafts N at a time (as ``draft-reply worker``). On a
terminal a progress bar (Click's) shows on standard error; ``--json`` prints one JSON object
per message (source, message_id, status, reason, draft_id) instead of the summary. Exit 0 when
nothing failed, 1 when a message could not be drafted (the summary names it), 66 when a PATH
does not exist. An empty mbox file holds no message (no failure); a folder where no message is
found (no Maildir, no .eml files directly in it) is warned about on standard error.
"""

from __future__ import annotations

import mailbox
import sys
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import date
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import click

from assistant.cli._base import Command
from assistant.cli._output import echo, json_line, warn
from assistant.cli._params import ISO_DATE, TEXT, Number, flag, option
from assistant.cli.worker import Jobs
from assistant.display import printable
from assistant.errors import InputNotFoundError

#: What a PATH may be, for the warning about a folder where no message is found.
_READS = "it reads Maildirs (cur/ and new/), mbox files and .eml files directly in a folder"


@dataclass(frozen=True)
class Item:
    """One message to draft: where it came from, its Message-ID, its bytes."""

    source: str
    message_id: str | None
    raw: bytes


def messages(paths: tuple[str, ...]) -> Iterator[tuple[str, bytes]]:
    """Yield (source, raw bytes) for every message under ``paths``, in order.

    An empty file whose name does not end in .eml is an mbox that holds no message (an
    empty .eml is an empty message: drafting it fails). A folder where no message is found
    is warned about. Raises InputNotFoundError (exit 66) for a path that does not exist.
    """
    for name in paths:
        if name == "-":
            yield "-", sys.stdin.buffer.read()
            continue
        if name.startswith("imap:"):
            yield from _imap_messages(name[len("imap:") :] or "INBOX")
            continue
        path = Path(name)
        if path.is_dir() and (path / "cur").is_dir() and (path / "new").is_dir():
            box = mailbox.Maildir(path, create=False)
            for key in sorted(box.keys()):
                with box.get_file(key) as handle:
                    yield f"{path}/{key}", handle.read()
        elif path.is_dir():
            emls = sorted(eml for eml in path.glob("*.eml") if eml.is_file())
            if not emls:
                warn(f"no messages found in {path} ({_READS})")
            for eml in emls:
                yield str(eml), eml.read_bytes()
        elif path.is_file():
            with path.open("rb") as handle:
                head = handle.read(5)
            if head == b"From ":
                box_file = mailbox.mbox(path, create=False)
                for number, key in enumerate(box_file.keys(), start=1):
                    yield f"{path}#{number}", box_file.get_bytes(key)
                continue
            raw = path.read_bytes()
            if raw.strip() or path.suffix.lower() == ".eml":
                yield str(path), raw
            # else: an empty mbox, which holds no message
        else:
            raise InputNotFoundError(f"{name}: no such file, Maildir or folder")


def _imap_messages(folder: str) -> Iterator[tuple[str, bytes]]:
    """Yield (source, raw bytes) of the messages of an IMAP folder, read-only, by UID.

    The server is ``[imap]``'s, else ``[transport]``'s when its kind is "imap".
    """
    from assistant.config import load_settings
    from assistant.errors import ConfigError
    from assistant.transports.imap import read_folder

    transport = load_settings().imap
    if transport is None:
        raise ConfigError(
            'batch imap:FOLDER reads the server of [imap] (or of [transport] kind = "imap"); '
            "configure it (draft-reply config init shows the keys)"
        )
    for uid, raw in read_folder(transport, folder):
        yield f"imap:{folder}/{uid}", raw


def _wanted(raw: bytes, since: date | None, sender: str | None) -> tuple[str | None, str]:
    """Return (Message-ID, why the message is skipped or "")."""
    from assistant.cli.filter import skip_reason

    headers = {k.lower(): str(v) for k, v in BytesHeaderParser().parsebytes(raw).items()}
    message_id = headers.get("message-id", "").strip() or None
    reason = skip_reason(headers)
    if reason:
        return message_id, reason
    if sender and sender.lower() not in headers.get("from", "").lower():
        return message_id, "not from " + sender
    if since is not None:
        try:
            sent = parsedate_to_datetime(headers.get("date", "")).date()
        except (TypeError, ValueError, IndexError):
            return message_id, "no readable Date (--since)"
        if sent < since:
            return message_id, f"sent before {since.isoformat()}"
    return message_id, ""


def _batch(
    paths: tuple[str, ...],
    jobs: int,
    since: date | None,
    sender: str | None,
    as_json: bool,
    offline: bool,
) -> None:
    """Draft replies to every message of mbox files, Maildirs or .eml files.

    Each PATH is an mbox file, a Maildir (a folder with cur/ and new/), a
    folder of .eml files (those directly in it), an .eml file, or imap:FOLDER
    (the server of [imap], read-only); - reads one message from standard
    input. Automatic mail, mailing lists, no-reply senders and messages a
    draft already answers are skipped. An empty mbox holds no message; a
    folder where none is found is warned about. At the end: how many were
    drafted, skipped (by reason) and failed (each named, with the reason).
    """
    from assistant.config import load_settings

    settings = load_settings(offline=True if offline else None)
    pool = Jobs(settings, jobs)
    rows: list[dict[str, Any]] = []
    queued: list[Item] = []
    for source, raw in messages(paths):
        message_id, reason = _wanted(raw, since, sender)
        if reason:
            rows.append(_row(source, message_id, "skipped", reason, ""))
        else:
            queued.append(Item(source, message_id, raw))
    for item in queued:
        pool.put(item)
    show = not as_json and sys.stderr.isatty()
    bar_file: Any = sys.stderr if show else _Null()
    with click.progressbar(length=len(queued), label="drafting", file=bar_file) as bar:
        for _ in queued:
            item, (state, draft_id, error) = pool.results.get()
            if state == "drafted" and error:  # a stored draft already answers it
                rows.append(_row(item.source, item.message_id, "skipped", error, draft_id))
            else:
                status = "failed" if state in ("failed", "queued") else state
                rows.append(_row(item.source, item.message_id, status, error, draft_id))
            bar.update(1)
    pool.close()
    if as_json:
        for row in rows:
            echo(json_line(row))
    else:
        _summary(rows)
    if any(row["status"] == "failed" for row in rows):
        sys.exit(1)


class _Null:
    """A file that keeps nothing: no progress bar on a pipe."""

    def write(self, _text: str) -> int:
        return 0

    def flush(self) -> None:
        return None

    def isatty(self) -> bool:
        return False


def _row(
    source: str, message_id: str | None, status: str, reason: str, draft_id: str
) -> dict[str, Any]:
    return {
        "source": source,
        "message_id": message_id,
        "status": status,
        "reason": reason,
        "draft_id": draft_id or None,
    }


def _summary(rows: list[dict[str, Any]]) -> None:
    """Print how many were drafted, skipped (by reason) and failed (each with its reason)."""
    from collections import Counter

    drafted = sum(row["status"] == "drafted" for row in rows)
    skipped = Counter(row["reason"] for row in rows if row["status"] == "skipped")
    failed = [row for row in rows if row["status"] == "failed"]
    echo(f"drafted {drafted}, skipped {sum(skipped.values())}, failed {len(failed)}")
    for reason, count in skipped.most_common():  # a reason may quote the email
        echo(printable(f"  skipped {count}: {reason}"))
    for row in failed:
        echo(printable(f"  failed {row['source']}: {row['reason']}"))


_EPILOG = """\
Exit codes: 0 nothing failed; 1 some message could not be drafted; 2 bad
command line; 66 a PATH does not exist; 78 configuration.

Examples:
  draft-reply batch ~/Mail/INBOX                   a Maildir
  draft-reply batch --since 2026-11-01 inbox.mbox
  draft-reply batch --jobs 4 --from client.example mail/*.eml"""


batch = Command(
    "batch",
    _batch,
    [
        click.Argument(["paths"], nargs=-1, required=True, metavar="PATH...", type=TEXT),
        option(
            "-j",
            "--jobs",
            type=Number(1, 64),
            default=1,
            show_default=True,
            metavar="N",
            help="Draft N messages at a time (1 to 64).",
        ),
        option(
            "--since",
            type=ISO_DATE,
            metavar="DATE",
            help="Only messages sent on DATE (YYYY-MM-DD) or later.",
        ),
        option("--from", "sender", metavar="TEXT", help="Only messages whose From contains TEXT."),
        flag("--json", "as_json", help="One JSON object per message, no summary."),
        flag("--offline", help="Never call a model."),
    ],
    epilog=_EPILOG,
    usage="[OPTIONS] PATH...",
)
