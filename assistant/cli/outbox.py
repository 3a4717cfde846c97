"""The ``draft-reply outbox`` commands: list, show, edit, send, cancel, export, resolve.

A thin Click layer (:data:`outbox`) over :mod:`assistant.outbox.store` and
:mod:`assistant.outbox.sending`. Imports of the outbox, the mail stack and the cooling-off policy
happen inside the commands, so ``draft-reply --version`` and ``outbox list`` stay fast.
Times are shown in local time and written in ``--json`` as ISO 8601 UTC. Errors go through
the funnel in ``cli.py`` (one line on stderr, the error's exit code).
"""

from __future__ import annotations

import json
import os
import re
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from assistant.cli._base import Command, Group, usage_error
from assistant.cli._output import PROG, echo, echo_json, warn, write_stdout
from assistant.cli._params import FILE_NAME, TEXT, OneOf, flag, option
from assistant.cli.completion import complete_draft_id
from assistant.display import (
    describe_duration,
    describe_wait,
    iso_utc,
    local_time,
    printable,
    sendable_time,
    shown_path,
)
from assistant.errors import (
    BlockedDraftError,
    ConfigError,
    ConfirmationNeededError,
    DraftNotFoundError,
    DraftStateError,
    NotConfirmedError,
    OutputError,
)
from assistant.files import write_file
from assistant.outbox.policy import RESOLVE_HINT

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.drafting.recheck import Findings
    from assistant.outbox.store import AuditEntry, DraftSummary, Outbox, StoredDraft

#: The states ``outbox list --state`` accepts (``assistant.outbox.store.SHOWN_STATES``; kept here
#: so that importing this module does not import sqlite3).
STATES = ("cooling", "ready", "sending", "sent", "failed", "cancelled", "unknown")

_STEP_TITLES = {
    "understand": "Step 1, thank and understand",
    "record": "Step 2, the record",
    "perspective": "Step 3, our perspective",
    "worth_pursuing": "Step 4, worth pursuing? (internal)",
    "manager_note": "Step 5, note for your manager (internal)",
    "checks": "Found in the text (look at these before sending)",
}
_CHECKLIST = (
    "It greets them by name, in their language and formality.",
    "It thanks them once and restates their concerns in their own terms.",
    "The record lists only work that is in the work log, with dates.",
    "Our perspective is facts: no excuses, no blame, no self-pity.",
    "No internal figures (revenue share, rank, cost to serve: steps 4 and 5) in the reply.",
    "You have cooled off and reread it (draft-reply outbox show {id}).",
)
_TRANSPORT_HELP = (
    'no [transport] in {path}: add one, e.g. [transport] kind = "maildir", '
    'path = "~/Mail/Drafts" (your mail client sends it from its Drafts), or kind = "smtp", '
    'host = "smtp.example.com", username = "me@example.com", password_env = "SMTP_PASSWORD", '
    'or kind = "file", path = "~/outbox" (see draft-reply outbox send --help)'
)


# --- helpers ----------------------------------------------------------------------------


def _now() -> datetime:
    return datetime.now(UTC)


@contextmanager
def _opened(*, readonly: bool = False, wanted: str = "") -> Iterator[tuple[Settings, Outbox]]:
    """Load the settings and open the outbox they name; close it after the block.

    ``readonly`` opens an existing outbox for reading only (no write lock, no write
    permission needed); a write in the block reopens it for writing. No outbox file is
    DraftNotFoundError for draft ``wanted``: nothing is created.
    """
    from assistant.config import load_settings
    from assistant.outbox.store import Outbox

    settings = load_settings()
    if not settings.outbox_path.exists():  # nothing to find: create nothing either
        raise DraftNotFoundError(
            f"no draft {wanted!r}: there is no outbox yet at {settings.outbox_path} "
            "(nothing has been drafted with this data directory)"
        )
    with Outbox.open(settings.outbox_path, readonly=readonly) as outbox:
        yield settings, outbox


def _outbox_path() -> Path:
    """Return ``Settings.outbox_path`` without reading the config file.

    The config file holds no outbox path, and reading it imports the transport and
    cooling-off modules for their sections (about 50 ms) that ``outbox list`` never uses.
    """
    from assistant.config import default_dirs

    return default_dirs(os.environ)[1] / "outbox.sqlite3"


def _recover_if_possible(outbox: Outbox, now: datetime) -> None:
    """Settle interrupted sends; when the outbox cannot be written (a full disk, a
    read-only mount), say so and go on reading: a listing must work then too."""
    from assistant.errors import OutboxBusyError, OutboxError

    try:
        outbox.recover_interrupted(now)
    except OutboxBusyError:
        raise
    except OutboxError as exc:
        warn(f"interrupted sends are settled later: {exc}")


def _time_left(draft: DraftSummary, state: str, now: datetime) -> str:
    if state == "cooling":
        not_before = draft.not_before
        left = (not_before - now).total_seconds()
        return f"in {describe_duration(left)} ({sendable_time(not_before, now=now)})"
    if state == "ready":
        return "ready" if draft.override_reason is None else "ready (override)"
    if state == "unknown":
        return "sent? check, then " + RESOLVE_HINT.format(id=draft.id)
    return "-"


def _cut(text: str, width: int) -> str:
    """Return ``text`` on one line in at most ``width`` characters, ending in … when cut.

    Whitespace runs become one space and other unprintable characters (escape sequences
    from a hostile subject) become ``?``, so a cell can neither break the table nor drive
    the terminal.
    """
    if len(text) <= width and text.isprintable():
        return text
    text = " ".join(text.split())
    if not text.isprintable():
        text = "".join(c if c.isprintable() else "?" for c in text)
    return text if len(text) <= width else text[: width - 1] + "…"


def _recipients_cell(recipients: str, width: int = 28) -> str:
    """Return the first of the newline-separated ``recipients``, ``+N`` for the others."""
    first, newline, rest = recipients.partition("\n")
    if newline:
        first = f"{first} +{rest.count(newline) + 1}"
    elif len(first) > width:
        first = _short_address(first, width)
    return _cut(first, width)


def _short_address(address: str, width: int = 28) -> str:
    """Return ``Name <addr>`` whole when it fits in ``width``, else the display name alone."""
    if len(address) <= width or not address.endswith(">") or " <" not in address:
        return address
    return address[: address.rindex(" <")].strip('" ')


def _iso(moment: datetime) -> str:
    """Return ``moment`` like :func:`iso_utc`; fast for the UTC datetimes the outbox returns."""
    if moment.tzinfo is UTC:
        return moment.isoformat(timespec="seconds")[:19] + "Z"
    return iso_utc(moment)


def _summary_json(draft: DraftSummary | StoredDraft, now: datetime) -> dict[str, Any]:
    state = draft.state_at(now)
    left = 0
    if state == "cooling":
        left = int(-(-(draft.not_before - now).total_seconds() // 1))
    if isinstance(draft, tuple):  # a DraftSummary: the stored text 2026-11-30T14:35:00.000000Z
        to = draft.recipients.split("\n")
        created, updated = draft.created_iso[:19] + "Z", draft.updated_iso[:19] + "Z"
        not_before = draft.not_before_iso[:19] + "Z"
    else:
        to = list(draft.to)
        created, updated = _iso(draft.created), _iso(draft.updated)
        not_before = _iso(draft.not_before)
    return {
        "id": draft.id,
        "message_id": draft.message_id,
        "to": to,
        "subject": draft.subject,
        "state": state,
        "created": created,
        "not_before": not_before,
        "seconds_left": left,
        "heat": draft.heat_in,  # as in draft-reply --json
        "heat_out": draft.heat_out,
        "cooling_reason": draft.cooling_reason,
        "override_reason": draft.override_reason,
        "updated": updated,
        "error": draft.error,
        "resolve_hint": RESOLVE_HINT.format(id=draft.id) if state == "unknown" else None,
    }


def _echo_json_list(items: list[dict[str, Any]]) -> None:
    """Print a JSON list, one compact object per line, in one write.

    ``echo_json`` indents, which makes ``json`` use its pure-Python encoder: 250 ms for
    10,000 drafts against 40 ms here.
    """
    if not items:
        write_stdout("[]\n")
        return
    dumps = json.JSONEncoder(ensure_ascii=False).encode
    write_stdout("[\n  " + ",\n  ".join(map(dumps, items)) + "\n]\n")


def _damaged_json(draft: DraftSummary, problem: str) -> dict[str, Any]:
    """Return a ``list --json`` item for a damaged row: what is sound, None for the rest."""
    text = {
        name: value if isinstance(value, str) else None for name, value in draft._asdict().items()
    }
    return {
        "id": draft.id,
        "message_id": text["message_id"],
        "to": text["recipients"].split("\n") if text["recipients"] else None,
        "subject": text["subject"],
        "state": None,
        "created": None,
        "not_before": None,
        "seconds_left": None,
        "heat": None,
        "heat_out": None,
        "cooling_reason": text["cooling_reason"],
        "override_reason": text["override_reason"],
        "updated": None,
        "error": text["error"],
        "resolve_hint": None,
        "problem": problem,
    }


def _damaged_line(draft: DraftSummary) -> str:
    """Return a ``list`` table line for a damaged row: its id, sound cells, ``?`` elsewhere."""
    to = _recipients_cell(draft.recipients) if isinstance(draft.recipients, str) else "?"
    subject = _cut(draft.subject, 36) if isinstance(draft.subject, str) else "?"
    return f"{draft.id}  {to or '?':<28}  {subject:<36}  {'?':<9}  ?"


# --- the group --------------------------------------------------------------------------


_EXAMPLES = """\
Examples:
  draft-reply outbox list                   every draft, oldest first
  draft-reply outbox list --state ready     what may leave now
  draft-reply outbox show 1f3a              the whole draft and why it waits
  draft-reply outbox edit 1f3a              change the text in $VISUAL/$EDITOR
  draft-reply outbox send 1f3a              checklist, confirm, deliver"""


def outbox_group() -> None:
    """Drafts waiting to cool off before they may be sent.

    Every drafted reply is stored here and cannot leave before its cooling-off
    time: the hotter the exchange, the longer the wait, and a late-night
    draft waits until morning. ID is a draft id or a unique prefix of at
    least 4 characters (see 'outbox list').

    The outbox is <data dir>/outbox.sqlite3 (under $DRAFT_REPLY_HOME/data
    when set); the config file is read as for drafting ($DRAFT_REPLY_CONFIG).
    """
    # Only the docstring is used: the help of 'draft-reply outbox' (see run()).


def outbox_list(as_json: bool, states: list[str]) -> None:
    """List drafts, oldest first: id, to, subject, state, time left.

    States: cooling (waiting, not yet sendable), ready (may be sent),
    sending, sent, failed (the server refused it), cancelled, unknown.
    An unknown draft was being sent when draft-reply stopped: it may or may
    not have arrived. It is never sent again on its own; check your Sent
    folder, then settle it with 'outbox resolve ID --sent' or '--retry'.

    Times are local; --json gives ISO 8601 UTC times and seconds_left.
    """
    now = _now()
    path = _outbox_path()
    if not path.exists():  # read-only: an empty home stays empty
        if as_json:
            _echo_json_list([])
        else:
            echo(f"{PROG}: no drafts in {path} (nothing has been drafted yet)", err=True)
        return
    from assistant.outbox.store import Outbox

    with Outbox.open(path, readonly=True) as outbox:
        _recover_if_possible(outbox, now)
        drafts = outbox.list(states or None, now=now)
        unverifiable = (
            outbox.unverifiable_claims() if any(d.state == "sending" for d in drafts) else []
        )
    for draft_id in unverifiable:
        warn(
            f"draft {draft_id} is marked sending, but no running process holds its sending "
            "claim, so that cannot be verified; if no draft-reply is sending it now, check "
            "your Sent folder, then " + RESOLVE_HINT.format(id=draft_id)
        )
    problems = {d.id: problem for d in drafts if (problem := d.problem()) is not None}
    for draft_id, problem in problems.items():
        warn(
            f"draft {draft_id} in {path} is damaged ({problem}); fix or delete its row with "
            "sqlite3, the other drafts are listed as usual"
        )
    if as_json:
        _echo_json_list(
            [
                _damaged_json(d, problems[d.id]) if d.id in problems else _summary_json(d, now)
                for d in drafts
            ]
        )
        return
    if not drafts:
        what = f" in state {', '.join(states)}" if states else ""
        echo(f"{PROG}: no drafts{what} in {path}", err=True)
        return
    lines = [f"{'ID':<8}  {'TO':<28}  {'SUBJECT':<36}  {'STATE':<9}  TIME LEFT"]
    unknown = 0
    for d in drafts:
        if d.id in problems:
            lines.append(_damaged_line(d))
            continue
        state = d.state_at(now)
        if state == "unknown":
            unknown += 1
        lines.append(
            f"{d.id}  {_recipients_cell(d.recipients):<28}  {_cut(d.subject, 36):<36}  "
            f"{state:<9}  {_time_left(d, state, now)}"
        )
    lines.append("")
    write_stdout("\n".join(lines))  # one write: 10,000 lines of echo() cost more
    ready = sum(1 for d in drafts if d.id not in problems and d.state_at(now) == "ready")
    if ready:
        _say_if_nothing_can_leave(ready)
    if unknown:
        warn(
            f"{unknown} draft(s) in state unknown: delivery was interrupted, they may or may "
            "not have arrived; check your Sent folder, then " + RESOLVE_HINT.format(id="ID")
        )


_TRANSPORT_TABLE = re.compile(r"(?m)^[ \t]*(?:\[[ \t]*transport[ \t]*\]|transport[ \t]*[.=])")


def _say_if_nothing_can_leave(ready: int) -> None:
    """Warn when ``ready`` drafts may leave but the config file has no ``[transport]`` table.

    A look at the file's text, not a read of the config: ``outbox list`` stays as light as
    it was (no TOML parser, no transport code). A table that is there but wrong is for the
    command that sends to report.
    """
    from assistant.config import default_dirs

    path = Path(os.environ.get("DRAFT_REPLY_CONFIG") or default_dirs(os.environ)[0] / "config.toml")
    try:
        text = path.expanduser().read_text("utf-8", errors="replace")
    except OSError:
        text = ""
    if _TRANSPORT_TABLE.search(text):
        return
    warn(
        f"{ready} ready to leave, but nothing is delivered from here yet: "
        + _TRANSPORT_HELP.format(path=path)
    )


# --- show -------------------------------------------------------------------------------


def _message_parts(eml: bytes) -> tuple[list[tuple[str, str]], str]:
    """Return the message's headers (decoded) and its text body."""
    from email import policy
    from email.message import EmailMessage
    from email.parser import BytesParser

    msg = BytesParser(policy=policy.default).parsebytes(eml)
    assert isinstance(msg, EmailMessage)
    headers = [(name, " ".join(str(value).split())) for name, value in msg.items()]
    part = msg.get_body(preferencelist=("plain",))
    text = part.get_content() if isinstance(part, EmailMessage) else ""
    return headers, str(text)


def _shown_state(state: str | None, at: datetime, draft: StoredDraft) -> str | None:
    """Return the name a stored state has in lists: ``waiting`` is ``cooling`` or ``ready``
    (as it was at ``at``), so that one state has one name everywhere."""
    if state != "waiting":
        return state
    return "ready" if draft.override_reason is not None or at >= draft.not_before else "cooling"


def _audit_json(entries: list[AuditEntry], draft: StoredDraft) -> list[dict[str, Any]]:
    return [
        {
            "at": iso_utc(e.at),
            "from": _shown_state(e.from_state, e.at, draft),
            "to": _shown_state(e.to_state, e.at, draft),
            "reason": e.reason,
        }
        for e in entries
    ]


def _show_json(draft: StoredDraft, audit: list[AuditEntry], now: datetime) -> dict[str, Any]:
    headers, text = _message_parts(draft.eml)
    data = _summary_json(draft, now)
    data.update(
        {
            "in_reply_to": draft.in_reply_to,
            "language": draft.language,
            "backend": draft.backend,
            "model": draft.model,
            "delivery": draft.delivery,
            "headers": [{"name": name, "value": value} for name, value in headers],
            "body": draft.body,
            "text": text,
            "notes": {k: v for k, v in draft.notes.items() if not k.startswith("_")},
            "audit": _audit_json(audit, draft),
        }
    )
    return data


def _show_text(draft: StoredDraft, audit: list[AuditEntry], now: datetime) -> str:
    state = draft.state_at(now)
    rows: list[tuple[str, str]] = [
        ("state", state),
        ("to", ", ".join(draft.to)),
        ("subject", draft.subject),
        ("created", local_time(draft.created, now=now)),
    ]
    if state == "cooling":
        rows.append(("sendable", describe_wait(draft.not_before, now)))
    else:
        rows.append(("sendable", f"since {sendable_time(draft.not_before, now=now)}"))
    rows.append(("why it waits", draft.cooling_reason))
    rows.append(("heat", f"inbound {draft.heat_in:.2f}, draft {draft.heat_out:.2f}"))
    if draft.override_reason is not None:
        rows.append(("override", draft.override_reason))
    if draft.error:
        rows.append(("last error", draft.error))
    if state == "unknown":
        rows.append(("to settle", RESOLVE_HINT.format(id=draft.id)))
    if draft.delivery:
        rows.append(("delivery", draft.delivery))
    if draft.backend == "own":
        rows.append(("written by", "you"))
    else:
        rows.append(("drafted by", draft.backend + (f" ({draft.model})" if draft.model else "")))
    # ISO 639-1, or "und" (ISO 639-2: undetermined), which says nothing to a reader
    known = draft.language and draft.language != "und"
    rows.append(("language", draft.language if known else "not determined"))
    width = max(len(name) for name, _ in rows)
    out = [f"Your message {draft.id}" if draft.backend == "own" else f"Draft {draft.id}"]
    out += [f"  {name + ':':<{width + 1}} {value}" for name, value in rows]
    findings = [line for line in draft.notes.get("checks", "").splitlines() if line.strip()]
    if findings:
        from assistant.drafting.recheck import ALWAYS_BLOCKING, kind_of

        out += ["", "--- findings in the text (look at these before sending) ---"]
        out += [
            f"  (!) {line}" + (" [blocks sending]" if kind_of(line) in ALWAYS_BLOCKING else "")
            for line in findings
        ]
    headers, text = _message_parts(draft.eml)
    out += ["", "--- message ---"]
    out += [f"{name}: {value}" for name, value in headers]
    out += ["", text.rstrip("\n")]
    out += ["", "--- internal notes (never sent) ---"]
    shown = {k: v for k, v in draft.notes.items() if not k.startswith("_") and k != "checks"}
    if shown:
        for key, note in shown.items():
            out += [f"[{_STEP_TITLES.get(key, key)}]", note.rstrip("\n"), ""]
        out.pop()
    else:
        out.append("(none)")
    out += ["", "--- audit trail ---"]
    for e in audit:
        before = _shown_state(e.from_state, e.at, draft) or "new"
        moved = f"{before} -> {_shown_state(e.to_state, e.at, draft)}"
        out.append(f"{local_time(e.at, now=now):<16}  {moved:<20}  {e.reason}")
    return "\n".join(out)


def outbox_show(draft_id: str, as_json: bool, no_pager: bool) -> None:
    """Show the whole draft ID: state, why it waits, message, notes, audit trail.

    The internal notes (steps 4 and 5 of the playbook: is the client worth
    pursuing, the note for your manager) are shown here and never sent. On a
    terminal, a draft longer than the window goes through $PAGER (--no-pager
    prints it as it is).
    """
    now = _now()
    with _opened(readonly=True, wanted=draft_id) as (_, outbox):
        _recover_if_possible(outbox, now)
        draft = outbox.get(draft_id)
        audit = outbox.audit(draft.id)
    if as_json:
        echo_json(_show_json(draft, audit, now))
        return
    # Subject, names, body and notes come from email: no terminal controls (ESC, BEL).
    text = printable(_show_text(draft, audit, now)) + "\n"
    if not no_pager and sys.stdout is not None and sys.stdout.isatty():
        import shutil

        if text.count("\n") >= shutil.get_terminal_size().lines:
            click.echo_via_pager(text)  # $PAGER, else less or more
            return
    write_stdout(text)


# --- edit -------------------------------------------------------------------------------


_EDIT_EPILOG = """\
Exit codes: 0 edited, or saved unchanged; 1 the editor exited with an
error (the draft is unchanged); 64 no $VISUAL or $EDITOR set and no
terminal; 65 the draft is not waiting, the text was emptied, or the
editor removed the file or saved text that cannot be decoded (the file is
kept); 66 no such draft."""


def outbox_edit(draft_id: str) -> None:
    """Edit the text of draft ID in $VISUAL or $EDITOR.

    Only while the draft waits (cooling or ready). The edited text is
    assessed again: a hotter text extends the cooling-off, a calmer one never
    shortens it. The message keeps its Message-ID, recipients, subject and
    threading; a recorded --override is dropped (it was for the old text).
    Saving the text unchanged changes nothing. Without $VISUAL or $EDITOR a
    common editor is used on a terminal; elsewhere it refuses (exit 64).
    """
    from assistant.cli._editor import edit_text, kept_on_error, without_controls
    from assistant.errors import EmptyTextError
    from assistant.outbox.editing import rebuild

    with _opened(wanted=draft_id) as (settings, outbox):
        draft = outbox.get(draft_id)
        if draft.state != "waiting":
            raise DraftStateError(
                f"cannot edit draft {draft.id}: it is {draft.state}; only a cooling or ready "
                "draft can be edited"
            )
        if draft.backend == "own":
            raise DraftStateError(
                f"cannot edit draft {draft.id}: it is a message you wrote yourself; cancel it "
                f"(draft-reply outbox cancel {draft.id}), edit it in your mail client and send "
                "it again"
            )
        edited, path, keep = edit_text(draft.body)
        edited, removed = without_controls(edited)
        if removed:
            warn(
                f"removed {len(removed)} control character(s) from the edited text "
                f"({', '.join(sorted(set(removed)))}): they would reach the client"
            )
        if edited.rstrip() == draft.body.rstrip():
            path.unlink(missing_ok=True)
            echo(f"{PROG}: draft {draft.id} unchanged", err=True)
            return
        body = edited.rstrip() + "\n"
        if not body.strip():
            path.unlink(missing_ok=True)
            raise EmptyTextError(
                f"the edited text of draft {draft.id} is empty; nothing changed "
                f"(draft-reply outbox cancel {draft.id} drops the draft)"
            )
        with kept_on_error(path, keep):
            now = _now()
            changes = rebuild(draft, body, settings, now)
            found = _findings(draft, body, settings, now)
            notes = {k: v for k, v in draft.notes.items() if k != "checks"}
            if found.all:
                notes["checks"] = "\n".join(found.all)
            updated = outbox.update_body(draft.id, now=now, base=draft, notes=notes, **changes)
    for finding in found.all:
        blocks = " (this blocks sending until it is edited)" if finding in found.blocking else ""
        warn(f"check before sending: {finding}{blocks}")
    state = updated.state_at(now)
    later = updated.not_before > draft.not_before and state == "cooling"
    moved = "wait extended" if later else "wait unchanged"
    when = describe_wait(updated.not_before, now) if state == "cooling" else "now"
    echo(
        f"draft {updated.id} edited (heat {updated.heat_out:.2f}, {moved}): sendable {when}: "
        f"{updated.cooling_reason}"
    )


# --- send -------------------------------------------------------------------------------


def _findings(draft: StoredDraft, body: str, settings: Settings, now: datetime) -> Findings:
    """Run every check on ``body``, the text of ``draft`` as it is now (or will be)."""
    from email import policy
    from email.parser import BytesHeaderParser

    from assistant.drafting.recheck import review_text
    from assistant.mail.message import parse_email

    limit = max(settings.max_message_bytes, len(draft.source_eml))  # it was read once already
    source = parse_email(draft.source_eml, max_bytes=limit)
    sender = BytesHeaderParser(policy=policy.default).parsebytes(draft.eml)["From"]
    # The client book and work log the draft was made with (--book/--worklog included).
    files = {
        key: Path(draft.notes[f"_{key}"]) for key in ("book", "worklog") if f"_{key}" in draft.notes
    }
    if files and all(path.exists() for path in files.values()):
        settings = settings.replace(accounts=settings.accounts_config.with_files(**files))
    return review_text(
        body,
        source=source,
        language=draft.language,
        settings=settings,
        now=now,
        sender=str(sender) if sender else None,
    )


def _checklist(draft: StoredDraft, found: Findings) -> str:
    lines = [f"Before you send draft {draft.id} to {', '.join(draft.to)} ({draft.subject!r}):"]
    lines += [f"  [ ] {item.format(id=draft.id)}" for item in _CHECKLIST]
    if found.all:
        lines.append("Found in the text you are sending:")
        lines += [f"  (!) {line}" for line in found.all]
    return "\n".join(lines)


_SEND_EPILOG = """\
Delivery is set in the config file's [transport] table:
  [transport]                     [transport]
  kind = "maildir"                kind = "smtp"
  path = "~/Mail/Drafts"          host = "smtp.example.com"
                                  port = 587
  [transport]                     security = "starttls"   # or "tls", "none"
  kind = "file"                   username = "me@example.com"
  path = "~/outbox"               password_env = "SMTP_PASSWORD"  # or keyring = true
                                  tls_ca_file = "~/ca.pem"  # optional, a private CA

A draft is sent at most once. It becomes unknown only when the message may
have left (after the server's 354 to DATA, before its final reply);
anything earlier, Ctrl-C included, leaves it ready again with the reason.

Exit codes: 0 sent; 1 not confirmed; 64 no terminal to confirm on and no
--yes; 65 the draft cannot be sent (sent, cancelled, failed, unknown);
66 no such draft; 69 the server refused it for good (5xx: draft failed);
73 the Maildir or folder is not writable; 74 the connection broke after the
message was handed over (draft unknown), a damaged draft, or an outcome
the outbox could not record (the message says whether it was delivered);
75 still cooling off, or nothing was handed over (4xx, refused connection,
timeout: draft ready again); 78 configuration (no [transport], --override
not enabled, SMTP login, TLS certificate); 130 interrupted."""


def _confirm(prompt: str) -> bool:
    """Ask ``prompt [y/N]:`` on stderr and read one line of stdin: True for y or yes.

    Anything else, an empty line or end of input is no (end of input also ends the
    prompt's line, so the message that follows starts on its own).
    """
    sys.stderr.write(f"{prompt} [y/N]: ")
    sys.stderr.flush()
    line = sys.stdin.readline()
    if not line:
        echo(err=True)
    return line.strip().lower() in ("y", "yes")


def outbox_send(
    draft_id: str, yes: bool, override: str | None, accept: str | None, again: bool
) -> None:
    """Deliver draft ID once its cooling-off is over.

    Before its time it refuses (exit 75) and says how long is left and why.
    When it is due, it shows a short checklist from the playbook and asks
    for confirmation on a terminal; --yes skips that, and without a terminal
    --yes is required. A draft is never sent twice: it is marked sending
    before delivery starts and sent once the server accepted it.
    """
    from assistant.outbox.policy import check_override, check_sendable
    from assistant.outbox.sending import send_draft

    now = _now()
    with _opened(wanted=draft_id) as (settings, outbox):
        outbox.recover_interrupted(now)
        draft = outbox.get(draft_id)
        allowed = settings.cooling_policy.allow_override
        if override is not None:
            check_override(override, allowed=allowed, config_file=settings.config_file)
        if override is None or draft.state_at(now) != "cooling":
            check_sendable(draft, now, allow_override=allowed)  # still cooling: say so first
        transport = settings.transport
        if transport is None:
            raise ConfigError(_TRANSPORT_HELP.format(path=settings.config_file))
        if draft.backend == "own":  # your own message: `draft-reply check` is its review
            from assistant.drafting.recheck import Findings

            found = Findings()
        else:
            found = _findings(draft, draft.body, settings, now)
        if found.blocking and accept is None:
            raise BlockedDraftError(
                f"not sent: draft {draft.id} has "
                + ("a finding" if len(found.blocking) == 1 else f"{len(found.blocking)} findings")
                + " that must not reach a client: "
                + "; ".join(found.blocking)
                + f". Edit it (draft-reply outbox edit {draft.id}), or send it as it is with "
                "--accept-findings REASON (the reason is recorded)"
            )
        if yes:
            for line in found.all:
                warn(f"sending although flagged: {line}")
        else:
            if sys.stdin is None or not sys.stdin.isatty():
                raise ConfirmationNeededError(
                    f"not sent: no terminal to confirm on; run draft-reply outbox send "
                    f"{draft.id} --yes to send without asking"
                )
            echo(_checklist(draft, found), err=True)
            if not _confirm(f"Send draft {draft.id} now?"):
                raise NotConfirmedError(f"not sent: draft {draft.id} stays in the outbox")
        if found.blocking and accept is not None:
            outbox.record_acceptance(draft.id, accept, found.blocking, now)
        try:
            sent = send_draft(
                outbox,
                draft.id,
                now=now,
                transport=transport,
                override_reason=override,
                allow_override=allowed,
                second_reply=again,
            )
        except KeyboardInterrupt:
            _say_where_it_stands(outbox, draft.id)
            raise
    if transport.kind == "maildir":  # it reached a folder, not the client
        _report_done(
            f"filed draft {sent.id} in the Maildir {transport.path}: send it from your mail "
            f"client ({sent.delivery or 'maildir'})",
            f"draft {sent.id} was filed",
        )
        return
    _report_done(
        f"sent draft {sent.id} to {', '.join(sent.to)}: {sent.delivery or transport.kind}",
        f"draft {sent.id} was sent",
    )


def _say_where_it_stands(outbox: Outbox, draft_id: str) -> None:
    """After Ctrl-C during a send, say whether the draft left: ready again, or unknown."""
    from assistant.errors import DraftReplyError

    try:
        state = outbox.get(draft_id).state
    except DraftReplyError:
        return
    if state == "waiting":
        warn(
            f"interrupted before anything was handed over: draft {draft_id} was not sent; "
            f"it is ready to send again (draft-reply outbox send {draft_id})"
        )
    elif state == "unknown":
        warn(
            f"interrupted after the message was handed over: draft {draft_id} may or may not "
            "have arrived and is now unknown; check your Sent folder, then "
            + RESOLVE_HINT.format(id=draft_id)
        )


def _report_done(message: str, done: str) -> None:
    """Print ``message`` on stdout; when stdout fails, say in the error what was done."""
    try:
        echo(message)
    except OutputError as exc:
        raise OutputError(f"{exc}; {done} all the same") from None


# --- cancel, export, resolve ------------------------------------------------------------


def outbox_add(file: str | Path, reply_to: str | Path | None) -> None:
    """Hold a message you wrote yourself (FILE, or - for standard input) in the outbox.

    It waits for a cooling-off computed from its heat and, when the email it
    answers is known (by In-Reply-To in the outbox, or --reply-to FILE), that
    email's heat, with the same quiet hours as drafted replies; then 'outbox
    send ID' (or a worker) delivers it through [transport], as it is: its own
    headers and Message-ID, to its To, Cc and Bcc (Bcc is not stored in the
    copy that is sent). A From ([identity] from), Date or Message-ID it lacks
    is added when it is stored. [own_mail] hold = "hot" lets a calm message
    leave at once.
    """
    from assistant.config import load_settings
    from assistant.mail.message import parse_email
    from assistant.outbox.own import hold_own
    from assistant.outbox.store import Outbox

    settings = load_settings()
    raw = _read_message(file)
    parent = None
    if reply_to is not None:
        parent = parse_email(_read_message(reply_to), max_bytes=settings.max_message_bytes)
    now = _now()
    with Outbox.open(settings.outbox_path) as outbox:
        held = hold_own(raw, outbox, settings, now, parent=parent)
    when = describe_wait(held.not_before, now) if held.state_at(now) == "cooling" else "now"
    _report_done(
        f"held your message {held.id} to {', '.join(held.to)}: sendable {when}: "
        f"{held.cooling_reason}",
        f"your message {held.id} is held",
    )


def _read_message(file: str | Path) -> bytes:
    """Read a message from ``file`` or standard input (``-``); InputNotFoundError if not."""
    from assistant.errors import InputNotFoundError

    if str(file) == "-":
        if sys.stdin is None:
            raise InputNotFoundError("standard input is closed: give a FILE")
        return sys.stdin.buffer.read()
    try:
        return Path(file).read_bytes()
    except OSError as exc:
        raise InputNotFoundError(f"{file}: cannot read it: {exc.strerror}") from None


def outbox_cancel(draft_id: str) -> None:
    """Cancel draft ID so it is never sent (waiting, failed or unknown drafts).

    The draft stays in the outbox with its audit trail; 'outbox show' still
    shows it.
    """
    now = _now()
    with _opened(wanted=draft_id) as (_, outbox):
        draft = outbox.cancel(draft_id, now, reason="cancelled by the user")
    _report_done(f"cancelled draft {draft.id}", f"draft {draft.id} was cancelled")


def outbox_export(draft_id: str, output: str) -> None:
    """Write draft ID as an RFC 5322 message (.eml), byte for byte as stored.

    Open it in your mail client, or send it yourself. Exporting does not
    change the draft's state: export is not sending. On a terminal, control
    characters are shown as '?'.
    """
    with _opened(readonly=True, wanted=draft_id) as (_, outbox):
        draft = outbox.get(draft_id)
    if output == "-":
        if sys.stdout is not None and sys.stdout.isatty():  # shown, not kept: no controls
            write_stdout(printable(draft.eml.decode("utf-8", "replace")))
        else:
            write_stdout(draft.eml)
        return
    write_file(Path(output), draft.eml)
    echo(f"{PROG}: wrote draft {draft.id} to {shown_path(output)}", err=True)


def outbox_resolve(draft_id: str, sent: bool, retry: bool, check_sent: bool) -> None:
    """Settle draft ID whose delivery is unknown (or retry a failed one).

    A draft is unknown when draft-reply stopped while sending it, so it may
    or may not have arrived. Look in your Sent folder or ask the recipient,
    then say which: --sent marks it sent; --retry makes it ready to send
    again with 'outbox send ID'. --check-sent looks for its Message-ID in the
    Sent folder of your IMAP mailbox ([imap]) and marks it sent when it is
    there; when it is not, the draft stays unknown.
    """
    given = [
        name
        for name, on in (("--sent", sent), ("--retry", retry), ("--check-sent", check_sent))
        if on
    ]
    if len(given) != 1:
        raise usage_error(
            f"argument {given[1]}: not allowed with argument {given[0]}"
            if given
            else "one of the arguments --sent --retry --check-sent is required"
        )
    if check_sent:
        sent = _found_in_sent(draft_id)
    outcome = "sent" if sent else "retry"
    now = _now()
    with _opened(wanted=draft_id) as (_, outbox):
        outbox.recover_interrupted(now)
        draft = outbox.resolve(draft_id, sent=outcome == "sent", now=now)
    if outcome == "sent":
        _report_done(f"draft {draft.id} marked sent", f"draft {draft.id} was marked sent")
    else:
        _report_done(
            f"draft {draft.id} is ready to send again: draft-reply outbox send {draft.id}",
            f"draft {draft.id} is ready to send again",
        )


def _found_in_sent(draft_id: str) -> bool:
    """Return True when the draft's Message-ID is in the IMAP Sent folder; raise
    DraftStateError (the draft stays as it is) when it is not there."""
    from assistant.config import load_settings
    from assistant.errors import ConfigError, DraftStateError
    from assistant.transports.imap import find_message_id

    settings = load_settings()
    server = settings.imap
    if server is None:
        raise ConfigError(
            "--check-sent searches the Sent folder of your IMAP mailbox: configure [imap] "
            "(draft-reply config init shows the keys)"
        )
    with _opened(wanted=draft_id) as (_, outbox):
        draft = outbox.get(draft_id)
    folder = find_message_id(server, draft.message_id)
    if folder is None:
        raise DraftStateError(
            f"draft {draft.id}: its Message-ID {draft.message_id} is not in the Sent folder of "
            f"{server.host}; it stays {draft.state} (resolve it with --sent or --retry)"
        )
    return True


# --- the command line -------------------------------------------------------------------

_ID_HELP = "A draft id, or a unique prefix of at least 4 characters."


def _draft_id() -> click.Argument:
    return click.Argument(["draft_id"], metavar="ID", type=TEXT, shell_complete=complete_draft_id)


def _json(help: str) -> click.Option:
    return flag("--json", "as_json", help=help)


outbox = Group(
    "outbox",
    outbox_group,
    [
        Command(
            "list",
            outbox_list,
            [
                _json("Print a JSON list (times in UTC)."),
                option(
                    "--state",
                    "states",
                    type=OneOf(STATES),
                    multiple=True,
                    metavar="STATE",
                    help=f"Only drafts in this state ({', '.join(STATES)}); repeat for several.",
                ),
            ],
        ),
        Command(
            "show",
            outbox_show,
            [
                _draft_id(),
                _json("Print one JSON object (times in UTC)."),
                flag("--no-pager", help="Never page the output on a terminal."),
            ],
        ),
        Command("edit", outbox_edit, [_draft_id()], epilog=_EDIT_EPILOG),
        Command(
            "send",
            outbox_send,
            [
                _draft_id(),
                flag("-y", "--yes", help="Do not ask for confirmation (for scripts)."),
                option(
                    "--override",
                    metavar="REASON",
                    help="Send before the cooling-off is over, recording REASON. Off unless the "
                    "config file has [cooling_off] allow_override = true.",
                ),
                flag(
                    "--again",
                    help="Send although another reply to the same message was sent (one "
                    "reply per message otherwise).",
                ),
                option(
                    "--accept-findings",
                    "accept",
                    metavar="REASON",
                    help="Send although the text has findings that block sending (a "
                    "placeholder, an internal figure, a link no source gives...), recording "
                    "REASON in the audit trail.",
                ),
            ],
            epilog=_SEND_EPILOG,
        ),
        Command(
            "add",
            outbox_add,
            [
                click.Argument(["file"], metavar="FILE|-", type=FILE_NAME),
                option(
                    "--reply-to",
                    metavar="FILE",
                    type=FILE_NAME,
                    help="The email your message answers (.eml), when the outbox does not hold it.",
                ),
            ],
        ),
        Command("cancel", outbox_cancel, [_draft_id()]),
        Command(
            "export",
            outbox_export,
            [
                _draft_id(),
                option(
                    "-o",
                    "--output",
                    default="-",
                    metavar="FILE",
                    help="Write the .eml to FILE (default -: standard output).",
                ),
            ],
        ),
        Command(
            "resolve",
            outbox_resolve,
            [
                _draft_id(),
                flag("--sent", help="It did arrive: mark it sent."),
                flag(
                    "--retry",
                    help="It did not arrive: make it ready to send again (also for a failed "
                    "draft).",
                ),
                flag(
                    "--check-sent",
                    "check_sent",
                    help="Look for it in the Sent folder of your IMAP mailbox ([imap]); "
                    "mark it sent when it is there.",
                ),
            ],
            usage="[OPTIONS] ID (--sent | --retry | --check-sent)",
        ),
    ],
    epilog=_EXAMPLES,
    default="list",
)
