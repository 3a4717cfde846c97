"""outbox commands at the edge users touch: a real outbox file, Maildir, SMTP server, editor.

Time travels with time-machine; nothing sleeps. ``DRAFT_REPLY_HOME`` points at tmp_path,
whose ``config/config.toml`` holds the transport.
"""

from __future__ import annotations

import json
import mailbox
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import Any

import pytest
import time_machine
from click.testing import CliRunner
from conftest import Run
from fake_smtp import FakeSMTP

from assistant.cli._output import PROG
from assistant.cli.app import main
from assistant.cli.outbox import STATES
from assistant.mail.message import parse_email
from assistant.mail.reply import build_reply, serialize
from assistant.outbox.store import SHOWN_STATES, Outbox, StoredDraft

REPO = Path(__file__).resolve().parents[1]
T0 = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # a Monday, 14:00 UTC
SAM = "Sam Carter <sam@agency.example>"
CALM_INBOUND = (
    b"From: Dana Fox <dana@client.example>\n"
    b"To: Sam Carter <sam@agency.example>\n"
    b"Subject: Q3 report\n"
    b"Date: Mon, 30 Nov 2026 13:40:00 +0000\n"
    b"Message-ID: <q3-1@client.example>\n"
    b"References: <q2-9@client.example>\n"
    b"\n"
    b"Hi Sam,\n\nCould we go through the Q3 report on Thursday? Thank you.\n\nDana\n"
)
CALM_REPLY = (
    "Dear Dana,\n\nThank you for your note. Thursday at 10:00 works well for me; "
    "I will bring the Q3 report and the dashboard figures.\n\nBest regards,\nSam\n"
)
HOT_REPLY = (
    "Dana,\n\nThis is ABSOLUTELY RIDICULOUS!!! You never read anything we send and you "
    "always blame us. Frankly this is unacceptable and a complete joke. If you want to "
    "leave, go ahead and find another agency!!!\n\nSam\n"
)


# --- fixtures ---------------------------------------------------------------------------


@pytest.fixture
def home(home: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    """The shared home (conftest.py), in UTC, with a Maildir transport configured."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    write_config(home, transport={"kind": "maildir", "path": str(home / "Drafts")})
    yield home
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def clock(time_machine: time_machine.TimeMachineFixture) -> time_machine.TimeMachineFixture:
    """The clock, stopped at T0; ``clock.move_to(when, tick=False)`` travels."""
    time_machine.move_to(T0, tick=False)
    return time_machine


def write_config(
    home: Path,
    *,
    transport: dict[str, Any] | None = None,
    allow_override: bool = False,
) -> None:
    lines = ["[llm]", "probe_local = false", "", "[cooling_off]"]
    lines.append(f"allow_override = {'true' if allow_override else 'false'}")
    if transport is not None:
        lines += ["", "[transport]"]
        lines += [f"{key} = {json.dumps(value)}" for key, value in transport.items()]
    (home / "config").mkdir(parents=True, exist_ok=True)
    (home / "config" / "config.toml").write_text("\n".join(lines) + "\n")


def use_smtp(home: Path, server: FakeSMTP, **extra: Any) -> None:
    transport = {"kind": "smtp", "host": server.host, "port": server.port, "security": "none"}
    write_config(home, transport={**transport, "timeout": 5}, **extra)


def add_draft(
    home: Path,
    *,
    body: str = CALM_REPLY,
    created: datetime = T0,
    wait: timedelta = timedelta(minutes=45),
    source: bytes | None = None,
    reason: str = "base delay 30 min; inbound mail is tense (1 phrase)",
    checks: str | None = None,
) -> StoredDraft:
    """Build a real reply to ``source`` and store it as drafting does.

    The default source is CALM_INBOUND with a Message-ID of its own each time, so that
    drafts answer different messages (one reply per message).
    """
    if source is None:
        with Outbox.open(home / "data" / "outbox.sqlite3") as box:
            number = len(box.list()) + 1  # the first draft answers <q3-1@...>
        source = CALM_INBOUND.replace(b"<q3-1@", f"<q3-{number}@".encode())
    email = parse_email(source)
    msg = build_reply(email, body, from_address=SAM, now=created, language="en")
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        return box.add(
            message_id=str(msg["Message-ID"]),
            in_reply_to=str(msg["In-Reply-To"]),
            to=tuple(str(a) for a in msg["To"].addresses),
            subject=str(msg["Subject"]),
            body=body,
            eml=serialize(msg),
            source_eml=source,
            notes={
                "understand": "She wants the Q3 report walked through.",
                "worth_pursuing": "Revenue share 2.1 %, rank 14 of 20: maintain within scope.",
                "manager_note": "Dana's account costs 6 h a month; recommend maintain.",
                **({"checks": checks} if checks else {}),
            },
            language="en",
            backend="offline",
            model=None,
            not_before=created + wait,
            heat_in=0.2,
            heat_out=0.0,
            cooling_reason=reason,
            now=created,
        )


def stored(home: Path, draft_id: str) -> StoredDraft:
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        return box.get(draft_id)


def audit_of(home: Path, draft_id: str) -> list[Any]:
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        return box.audit(draft_id)


def maildir_ids(home: Path) -> list[str]:
    """The Message-IDs filed in the Drafts Maildir: in cur/, each with the Draft flag."""
    folder = home / "Drafts" / "cur"
    if not folder.exists():
        return []
    files = sorted(folder.iterdir())
    assert all(p.name.endswith(":2,D") for p in files)
    return [str(BytesHeaderParser().parsebytes(p.read_bytes())["Message-ID"]) for p in files]


def editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, new_text: str | None) -> Path:
    """Point EDITOR at a script that writes ``new_text`` (None: leaves the file as it is).

    The script also records that it ran, in ``ran``.
    """
    script = tmp_path / "fake_editor.py"
    text = tmp_path / "new_text.txt"
    ran = tmp_path / "ran"
    if new_text is not None:
        text.write_text(new_text)
    script.write_text(
        "import pathlib, sys\n"
        f"pathlib.Path({str(ran)!r}).write_text('yes')\n"
        f"new = pathlib.Path({str(text)!r})\n"
        "if new.exists():\n"
        "    pathlib.Path(sys.argv[-1]).write_text(new.read_text())\n"
    )
    monkeypatch.setenv("EDITOR", f"{sys.executable} {script}")
    return ran


# --- list -------------------------------------------------------------------------------


def test_shown_states_match_the_outbox() -> None:
    assert STATES == SHOWN_STATES


def test_list_of_an_empty_outbox_says_so(run: Run, home: Path, clock: Any) -> None:
    result = run("outbox", "list")
    assert result.exit_code == 0
    assert result.stdout == ""
    assert "no drafts" in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []


def _several(home: Path, clock: Any) -> dict[str, StoredDraft]:
    """Five drafts at T0 + 10 min: cooling, ready, sent, cancelled, unknown."""
    drafts = {
        "cooling": add_draft(home, wait=timedelta(minutes=55)),
        "ready": add_draft(home, wait=timedelta(minutes=5)),
        "sent": add_draft(home, wait=timedelta(minutes=5)),
        "cancelled": add_draft(home),
        "unknown": add_draft(home, wait=timedelta(minutes=5)),
    }
    later = T0 + timedelta(minutes=10)
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        box.begin_sending(drafts["sent"].id, later)
        box.mark_sent(drafts["sent"].id, later, delivery="maildir test")
        box.cancel(drafts["cancelled"].id, later)
        box.begin_sending(drafts["unknown"].id, later)
        box.mark_unknown(drafts["unknown"].id, later, "connection lost after DATA")
    clock.move_to(later, tick=False)
    return drafts


def test_list_shows_every_state_and_time_left(run: Run, home: Path, clock: Any) -> None:
    drafts = _several(home, clock)
    result = run("outbox", "list")
    assert result.exit_code == 0
    lines = {line.split()[0]: line for line in result.stdout.splitlines()[1:]}
    assert set(lines) == {d.id for d in drafts.values()}
    assert result.stdout.startswith("ID ")
    for state, draft in drafts.items():
        assert f"  {state}" in lines[draft.id]
        assert "Dana Fox" in lines[draft.id]
        assert "Re: Q3 report" in lines[draft.id]
    assert lines[drafts["cooling"].id].endswith("in 45 min (14:55)")  # local time: TZ=UTC
    assert lines[drafts["ready"].id].endswith("ready")
    assert lines[drafts["sent"].id].endswith("-")
    unknown = drafts["unknown"].id
    assert f"draft-reply outbox resolve {unknown} --sent|--retry" in lines[unknown]
    assert "unknown" in result.stderr and "resolve" in result.stderr


def test_list_shows_local_time(run: Run, home: Path, clock: Any, monkeypatch: Any) -> None:
    add_draft(home, wait=timedelta(minutes=45))
    monkeypatch.setenv("TZ", "Europe/Berlin")
    time.tzset()
    assert run("outbox", "list").stdout.rstrip().endswith("in 45 min (15:45)")


def test_list_json_has_utc_times(run: Run, home: Path, clock: Any) -> None:
    drafts = _several(home, clock)
    data = json.loads(run("outbox", "list", "--json").stdout)
    by_id = {item["id"]: item for item in data}
    cooling = by_id[drafts["cooling"].id]
    assert cooling["state"] == "cooling"
    assert cooling["not_before"] == "2026-11-30T14:55:00Z"
    assert cooling["created"] == "2026-11-30T14:00:00Z"
    assert cooling["seconds_left"] == 45 * 60
    assert cooling["to"] == ["Dana Fox <dana@client.example>"]
    assert cooling["message_id"] == drafts["cooling"].message_id
    assert by_id[drafts["ready"].id]["seconds_left"] == 0
    assert by_id[drafts["unknown"].id]["resolve_hint"].startswith("draft-reply outbox resolve")
    assert {by_id[d.id]["state"]: d.id for d in drafts.values()} == {
        state: d.id for state, d in drafts.items()
    }


def test_list_filters_by_state(run: Run, home: Path, clock: Any) -> None:
    drafts = _several(home, clock)
    ready = json.loads(run("outbox", "list", "--json", "--state", "ready").stdout)
    assert [d["id"] for d in ready] == [drafts["ready"].id]
    both = json.loads(
        run("outbox", "list", "--json", "--state", "cooling", "--state", "sent").stdout
    )
    assert {d["id"] for d in both} == {drafts["cooling"].id, drafts["sent"].id}
    result = run("outbox", "list", "--state", "failed")
    assert result.stdout == "" and "no drafts in state failed" in result.stderr
    assert run("outbox", "list", "--state", "nonsense").exit_code == 2


@pytest.mark.parametrize(("stage", "state"), [("claimed", "ready"), ("handing-over", "unknown")])
def test_list_settles_drafts_of_a_dead_sender(
    run: Run, home: Path, clock: Any, stage: str, state: str
) -> None:
    import subprocess

    draft = add_draft(home, wait=timedelta(0))
    code = (
        "import os, sys; from datetime import datetime; from assistant.outbox.store import Outbox\n"
        "box = Outbox.open(sys.argv[1])\n"
        "box.begin_sending(sys.argv[2], datetime.fromisoformat(sys.argv[3]))\n"
        "if sys.argv[4] != 'claimed': box.note_stage(sys.argv[2], sys.argv[4])\n"
        "os._exit(0)"
    )
    path = home / "data" / "outbox.sqlite3"
    argv = [sys.executable, "-c", code, str(path), draft.id, T0.isoformat(), stage]
    subprocess.run(argv, check=True, cwd=REPO)
    assert stored(home, draft.id).state == "sending"
    data = json.loads(run("outbox", "list", "--json").stdout)
    assert data[0]["state"] == state
    assert stored(home, draft.id).state == ("waiting" if state == "ready" else state)


def test_list_cells_stay_on_one_line_and_other_days_show_the_date(
    run: Run, home: Path, clock: Any
) -> None:
    source = add_draft(home)
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        hostile = box.add(
            message_id="<hostile@agency.example>",
            in_reply_to=None,
            to=("Dana Fox <dana@client.example>", "lee@client.example", "kim@client.example"),
            subject="Re: \x1b[2Jcleared\tscreen\x07",
            body=source.body,
            eml=source.eml,
            source_eml=source.source_eml,
            notes={},
            language="en",
            backend="offline",
            model=None,
            not_before=T0 + timedelta(hours=20),
            heat_in=0.9,
            heat_out=0.0,
            cooling_reason="quiet hours",
            now=T0,
        )
    result = run("outbox", "list")
    (line,) = [x for x in result.stdout.splitlines() if x.startswith(hostile.id)]
    assert "\x1b" not in result.stdout and "\x07" not in result.stdout
    assert "Re: ?[2Jcleared screen?" in line
    assert "Dana Fox <dana@client.example> +2"[:27] + "…" in line
    assert line.endswith("in 20 h (Tue 1 Dec 10:00)")  # tomorrow: the date too
    assert len(result.stdout.splitlines()) == 3 and result.stdout.endswith("\n")


def test_list_json_items_match_show(run: Run, home: Path, clock: Any) -> None:
    drafts = _several(home, clock)
    listed = {item["id"]: item for item in json.loads(run("outbox", "list", "--json").stdout)}
    for draft in drafts.values():
        shown = json.loads(run("outbox", "show", draft.id, "--json").stdout)
        assert listed[draft.id] == {key: shown[key] for key in listed[draft.id]}


def test_list_imports_only_what_it_shows(home: Path, clock: Any) -> None:
    """``outbox list`` loads no drafting, delivery, cooling-off or template code (start-up)."""
    import subprocess

    add_draft(home)
    heavy = [
        "assistant.checks.tone",
        "assistant.outbox.cooling",
        "assistant.transports.base",
        "assistant.accounts.book",
        "assistant.mail.message",
        "jinja2",
        "openai",
        "email.policy",
        "tomllib",
    ]
    code = (
        "import sys\n"
        "from assistant.cli.app import main\n"
        "try:\n"
        "    main(['outbox', 'list'])\n"
        "except SystemExit:\n"
        "    pass\n"
        f"print([name for name in {heavy!r} if name in sys.modules], file=sys.stderr)\n"
    )
    done = subprocess.run(
        [sys.executable, "-c", code], cwd=REPO, capture_output=True, text=True, check=True
    )
    assert done.stdout.startswith("ID ")
    assert done.stderr.strip().splitlines()[-1] == "[]"


# --- show -------------------------------------------------------------------------------


def test_show_prints_the_whole_draft(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home)
    result = run("outbox", "show", draft.id[:4])
    assert result.exit_code == 0
    out = result.stdout
    assert out.startswith(f"Draft {draft.id}\n")
    assert "state:" in out and "cooling" in out
    assert "14:45, in 45 min" in out
    assert "base delay 30 min; inbound mail is tense (1 phrase)" in out
    assert "inbound 0.20, draft 0.00" in out
    assert f"Message-ID: {draft.message_id}" in out
    assert "In-Reply-To: <q3-1@client.example>" in out
    assert "Thursday at 10:00 works well for me" in out
    assert "> Could we go through the Q3 report on Thursday?" in out  # the quoted original
    assert "[Step 4, worth pursuing? (internal)]" in out
    assert "Revenue share 2.1 %" in out
    assert "Dana's account costs 6 h a month" in out  # the manager note
    assert "new -> cooling" in out


def test_show_json_has_notes_error_override_and_audit(run: Run, home: Path, clock: Any) -> None:
    write_config(home, transport=None, allow_override=True)
    draft = add_draft(home)
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        box.record_override(draft.id, "agreed with my manager", T0)
    data = json.loads(run("outbox", "show", "--json", draft.id).stdout)
    assert data["id"] == draft.id
    assert data["state"] == "ready"
    assert data["override_reason"] == "agreed with my manager"
    assert data["not_before"] == "2026-11-30T14:45:00Z"
    assert data["notes"]["manager_note"].startswith("Dana's account")
    assert data["body"] == CALM_REPLY
    assert {"name": "Message-ID", "value": draft.message_id} in data["headers"]
    assert [entry["to"] for entry in data["audit"]] == ["ready", "ready"]  # overridden
    assert data["audit"][1]["reason"] == "cooling-off overridden: agreed with my manager"


def test_show_unknown_id(run: Run, home: Path, clock: Any) -> None:
    result = run("outbox", "show", "abcd1234")
    assert result.exit_code == 66
    assert result.stderr.startswith("draft-reply: error: no draft 'abcd1234'")


# --- edit -------------------------------------------------------------------------------


def test_edit_hotter_text_extends_the_wait(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home, wait=timedelta(minutes=30))
    editor(tmp_path, monkeypatch, HOT_REPLY)
    clock.move_to(T0 + timedelta(minutes=5), tick=False)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 0, result.stderr
    after = stored(home, draft.id)
    assert after.not_before > draft.not_before
    assert after.heat_out >= 0.5
    assert after.body.rstrip() == HOT_REPLY.rstrip()
    assert "wait extended" in result.stdout
    assert after.cooling_reason in result.stdout
    # the message is rebuilt around the new text, threading kept
    old, new = (BytesHeaderParser().parsebytes(d.eml) for d in (draft, after))
    for name in ("Message-ID", "In-Reply-To", "References", "To", "Subject", "From"):
        assert new[name] == old[name], name
    assert b"ABSOLUTELY RIDICULOUS" in after.eml
    assert b"Thursday at 10:00" not in after.eml
    assert b"> Could we go through the Q3 report" in after.eml


def test_edit_calmer_text_never_shortens(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home, body=HOT_REPLY, wait=timedelta(hours=4), reason="draft is heated")
    editor(tmp_path, monkeypatch, CALM_REPLY)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 0, result.stderr
    after = stored(home, draft.id)
    assert after.not_before == draft.not_before
    assert after.cooling_reason == "draft is heated"
    assert after.body == CALM_REPLY
    assert after.heat_out < 0.2
    assert "wait unchanged" in result.stdout


def test_edit_unchanged_text_changes_nothing(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    ran = editor(tmp_path, monkeypatch, None)
    result = run("outbox", "edit", draft.id)
    assert ran.exists()
    assert result.exit_code == 0
    assert "unchanged" in result.stderr
    assert stored(home, draft.id) == draft


def test_edit_empty_text_is_refused(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    editor(tmp_path, monkeypatch, "\n  \n")
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 65
    assert "empty" in result.stderr
    assert stored(home, draft.id) == draft


def test_edit_after_sent_is_refused(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home, wait=timedelta(0))
    assert run("outbox", "send", "--yes", draft.id).exit_code == 0
    ran = editor(tmp_path, monkeypatch, HOT_REPLY)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 65
    assert f"cannot edit draft {draft.id}: it is sent" in result.stderr
    assert not ran.exists()  # refused before the editor opens


# --- send -------------------------------------------------------------------------------


def test_send_yes_says_what_the_text_has_now_not_what_it_had(
    run: Run, home: Path, clock: Any
) -> None:
    stale = "placeholders left in the reply: [Name]\nuncited claim: 'we fixed it'"
    draft = add_draft(home, checks=stale)  # the notes say so, the text has none of it
    clock.move_to(T0 + timedelta(minutes=46), tick=False)
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 0, result.stderr
    assert "[Name]" not in result.stderr and "uncited claim" not in result.stderr


def test_send_yes_refuses_a_placeholder_until_accepted_with_a_reason(
    run: Run, home: Path, clock: Any
) -> None:
    write_config(home, transport={"kind": "maildir", "path": str(home / "Drafts")})
    body = "Here is a draft reply:\n\n" + CALM_REPLY.replace("Dear Dana", "Dear [Name]")
    draft = add_draft(home, body=body)
    clock.move_to(T0 + timedelta(minutes=46), tick=False)
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 65
    assert "must not reach a client" in result.stderr
    assert "placeholders left in the reply: [Name]" in result.stderr
    assert "--accept-findings REASON" in result.stderr
    assert maildir_ids(home) == []
    accepted = run("outbox", "send", "--yes", draft.id, "--accept-findings", "a test mailbox")
    assert accepted.exit_code == 0, accepted.stderr
    assert maildir_ids(home) == [draft.message_id]
    reasons = [entry.reason for entry in audit_of(home, draft.id)]
    assert any(r.startswith("findings accepted: a test mailbox (the reply starts") for r in reasons)


def test_send_before_time_refuses_with_time_left(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home)
    clock.move_to(T0 + timedelta(minutes=15), tick=False)
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 75
    assert "still cooling off" in result.stderr
    assert "14:45, in 30 min" in result.stderr
    assert "inbound mail is tense" in result.stderr
    assert "--override" not in result.stderr  # not allowed: not offered
    assert maildir_ids(home) == []
    assert stored(home, draft.id).state == "waiting"


def test_send_when_due_delivers_to_maildir_once(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home)
    clock.move_to(T0 + timedelta(minutes=46), tick=False)
    result = run("outbox", "send", "--yes", draft.id[:6])
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith(f"filed draft {draft.id} in the Maildir {home / 'Drafts'}")
    assert "send it from your mail client" in result.stdout
    assert maildir_ids(home) == [draft.message_id]
    box = mailbox.Maildir(home / "Drafts", create=False)
    (message,) = list(box)
    assert message["In-Reply-To"] == "<q3-1@client.example>"
    assert stored(home, draft.id).state == "sent"

    again = run("outbox", "send", "--yes", draft.id)
    assert again.exit_code == 65
    assert "never sent twice" in again.stderr
    assert maildir_ids(home) == [draft.message_id]


def test_send_without_terminal_or_yes_is_refused(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home, wait=timedelta(0))
    result = run("outbox", "send", draft.id, input="y\n")
    assert result.exit_code == 64
    assert "--yes" in result.stderr
    assert stored(home, draft.id).state == "waiting"
    assert maildir_ids(home) == []


def test_send_smtp_451_leaves_the_draft_ready(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP
) -> None:
    use_smtp(home, smtp)
    draft = add_draft(home, wait=timedelta(0))
    smtp.enqueue("451 4.3.0 mailbox busy, try later")
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 75
    assert "451" in result.stderr
    after = stored(home, draft.id)
    assert after.state_at(T0) == "ready"
    assert after.error is not None and "451" in after.error
    assert smtp.messages == []
    assert "ready" in run("outbox", "list").stdout

    second = run("outbox", "send", "--yes", draft.id)
    assert second.exit_code == 0, second.stderr
    assert smtp.message_ids() == [draft.message_id]
    assert stored(home, draft.id).state == "sent"


def test_send_smtp_550_marks_the_draft_failed(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP
) -> None:
    use_smtp(home, smtp)
    draft = add_draft(home, wait=timedelta(0))
    smtp.enqueue("550 5.7.1 relaying denied")
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 69
    assert "550 5.7.1 relaying denied" in result.stderr
    after = stored(home, draft.id)
    assert after.state == "failed" and "550" in (after.error or "")
    retry = run("outbox", "send", "--yes", draft.id)
    assert retry.exit_code == 65
    assert f"outbox resolve {draft.id} --retry" in retry.stderr
    assert smtp.attempts == 1


def test_override_is_refused_by_default(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home)
    result = run("outbox", "send", "--yes", "--override", "client is waiting", draft.id)
    assert result.exit_code == 78
    assert "allow_override = true" in result.stderr and "[cooling_off]" in result.stderr
    assert stored(home, draft.id).override_reason is None
    assert maildir_ids(home) == []


def test_override_when_allowed_is_recorded(run: Run, home: Path, clock: Any) -> None:
    write_config(
        home, transport={"kind": "maildir", "path": str(home / "Drafts")}, allow_override=True
    )
    draft = add_draft(home)
    refused = run("outbox", "send", "--yes", draft.id)
    assert refused.exit_code == 75 and "--override" in refused.stderr
    result = run("outbox", "send", "--yes", "--override", "agreed with my manager", draft.id)
    assert result.exit_code == 0, result.stderr
    assert maildir_ids(home) == [draft.message_id]
    after = stored(home, draft.id)
    assert after.state == "sent"
    assert after.override_reason == "agreed with my manager"
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        reasons = [entry.reason for entry in box.audit(draft.id)]
    assert "cooling-off overridden: agreed with my manager" in reasons


def test_send_without_transport_is_a_config_error(run: Run, home: Path, clock: Any) -> None:
    write_config(home, transport=None)
    draft = add_draft(home, wait=timedelta(0))
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 78
    assert result.stderr.count("\n") == 1  # one line
    for kind in ('"maildir"', '"smtp"', '"file"'):
        assert kind in result.stderr
    assert stored(home, draft.id).state == "waiting"


def test_send_of_a_cooling_draft_says_it_cools_before_the_missing_transport(
    run: Run, home: Path, clock: Any
) -> None:
    write_config(home, transport=None)
    draft = add_draft(home, wait=timedelta(hours=1))
    result = run("outbox", "send", "--yes", draft.id)
    assert result.exit_code == 75  # what the user must wait for comes first
    assert "cooling" in result.stderr
    assert stored(home, draft.id).state == "waiting"


@pytest.mark.parametrize("command", ["cancel", "resolve"])
def test_a_done_action_with_a_closed_stdout_says_it_was_done(
    run: Run, home: Path, clock: Any, command: str
) -> None:
    if command == "cancel":
        draft = add_draft(home)
        args, done, state = ["cancel", draft.id], "was cancelled", "cancelled"
    else:
        draft = _unknown_draft(home)
        args, done, state = ["resolve", "--sent", draft.id], "was marked sent", "sent"
    result = _closed_stdout_run(home, args)
    assert result.returncode == 73
    assert result.stderr.decode().splitlines() == [
        "draft-reply: error: cannot write to standard output: standard output is closed; "
        f"draft {draft.id} {done} all the same"
    ]
    assert stored(home, draft.id).state == state


def _closed_stdout_run(home: Path, args: list[str]) -> subprocess.CompletedProcess[bytes]:
    import shlex

    command = " ".join(shlex.quote(a) for a in [sys.executable, "-m", "assistant", "outbox", *args])
    return subprocess.run(
        ["sh", "-c", f"{command} >&-"], env=_subprocess_env(home), capture_output=True
    )


def test_an_empty_id_is_a_usage_error(run: Run, home: Path) -> None:
    result = run("outbox", "show", "")
    assert result.exit_code == 2
    assert "argument ID: an empty value is not allowed here" in result.stderr


def test_send_override_with_a_blank_reason_is_a_usage_error(
    run: Run, home: Path, clock: Any
) -> None:
    write_config(home, allow_override=True)
    draft = add_draft(home, wait=timedelta(hours=1))
    for reason in ("", "   "):
        result = run("outbox", "send", "--yes", "--override", reason, draft.id)
        assert result.exit_code == 2
    assert stored(home, draft.id).state == "waiting"


# --- cancel, export, resolve ------------------------------------------------------------


def test_export_writes_the_eml_byte_for_byte(
    run: Run, home: Path, clock: Any, tmp_path: Path
) -> None:
    draft = add_draft(home)
    target = tmp_path / "reply.eml"
    result = run("outbox", "export", draft.id, "-o", str(target))
    assert result.exit_code == 0
    assert target.read_bytes() == draft.eml
    to_stdout = run("outbox", "export", draft.id, "-o", "-")
    assert to_stdout.stdout_bytes == draft.eml
    assert stored(home, draft.id).state == "waiting"


def test_cancel_then_send_is_refused(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home, wait=timedelta(0))
    result = run("outbox", "cancel", draft.id)
    assert result.exit_code == 0
    assert result.stdout == f"cancelled draft {draft.id}\n"
    assert stored(home, draft.id).state == "cancelled"
    refused = run("outbox", "send", "--yes", draft.id)
    assert refused.exit_code == 65 and "cancelled" in refused.stderr
    assert run("outbox", "cancel", draft.id).exit_code == 65
    assert maildir_ids(home) == []


def _unknown_draft(home: Path) -> StoredDraft:
    draft = add_draft(home, wait=timedelta(0))
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        box.begin_sending(draft.id, T0)
        return box.mark_unknown(draft.id, T0, "connection lost after DATA")


def test_an_unknown_draft_is_never_sent_until_resolved(run: Run, home: Path, clock: Any) -> None:
    draft = _unknown_draft(home)
    refused = run("outbox", "send", "--yes", draft.id)
    assert refused.exit_code == 65
    assert f"draft-reply outbox resolve {draft.id} --sent|--retry" in refused.stderr
    retried = run("outbox", "resolve", draft.id, "--retry")
    assert retried.exit_code == 0
    assert stored(home, draft.id).state_at(T0) == "ready"
    assert run("outbox", "send", "--yes", draft.id).exit_code == 0
    assert maildir_ids(home) == [draft.message_id]


def test_resolve_sent(run: Run, home: Path, clock: Any) -> None:
    draft = _unknown_draft(home)
    result = run("outbox", "resolve", draft.id, "--sent")
    assert result.exit_code == 0
    assert stored(home, draft.id).state == "sent"
    assert run("outbox", "resolve", draft.id, "--sent").exit_code == 65
    assert run("outbox", "resolve", draft.id).exit_code == 2  # neither flag
    assert maildir_ids(home) == []


def test_help_teaches(run: Run) -> None:
    out = run("outbox", "--help").stdout
    for command in ("list", "show", "edit", "send", "cancel", "export", "resolve"):
        assert command in out
    send_help = run("outbox", "send", "--help").stdout
    assert 'kind = "maildir"' in send_help and "allow_override" in send_help
    assert "75" in send_help and "64" in send_help


def test_help_lists_commands_with_summaries_descriptions_and_examples(run: Run) -> None:
    result = run("outbox", "--help")
    assert result.exit_code == 0 and result.stderr == ""
    out = result.stdout
    assert out.startswith("usage: draft-reply outbox ")
    assert "Drafts waiting to cool off before they may be sent." in out
    assert "ID is a draft id or a unique prefix" in out
    assert "Deliver draft ID once its cooling-off is over." in out  # send's summary
    assert "draft-reply outbox list --state ready     what may leave now" in out
    for command in ("list", "show", "edit", "send", "cancel", "export", "resolve"):
        help_text = run("outbox", command, "--help")
        assert help_text.exit_code == 0, command
        assert help_text.stdout.startswith(f"usage: draft-reply outbox {command} "), command
        assert "\b" not in help_text.stdout and "\x08" not in help_text.stdout, command
        assert "\n\n\n" not in help_text.stdout, command
    list_help = run("outbox", "list", "--help").stdout
    assert "--state STATE" in list_help and "repeat for several" in list_help
    assert ", ".join(STATES) in " ".join(list_help.split())  # the choices are named
    assert "An unknown draft was being sent" in list_help
    export_help = " ".join(run("outbox", "export", "--help").stdout.split())
    assert "--output FILE Write the .eml to FILE (default -: standard output)." in export_help


def test_outbox_alone_lists_and_an_unknown_command_gets_a_suggestion(
    run: Run, home: Path, clock: Any
) -> None:
    draft = add_draft(home)
    alone = run("outbox", "--json")  # "outbox" alone is "outbox list"
    assert alone.exit_code == 0, alone.stderr
    assert [d["id"] for d in json.loads(alone.stdout)] == [draft.id]
    unknown = run("outbox", "lsit")
    assert unknown.exit_code == 2
    assert "invalid choice: 'lsit' (did you mean list?)" in unknown.stderr


def test_abbreviated_and_unknown_options_are_refused(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home, wait=timedelta(0))
    for args in (["list", "--js"], ["send", "--ye", draft.id], ["list", "--colour"]):
        result = run("outbox", *args)
        assert result.exit_code == 2, args
        assert result.stdout == ""
        assert "usage: draft-reply outbox" in result.stderr
        assert "error: unrecognized arguments: " + args[1] in result.stderr, args
    assert stored(home, draft.id).state == "waiting"  # --ye did not mean --yes
    assert maildir_ids(home) == []


def test_a_bad_state_names_the_choices(run: Run, home: Path, clock: Any) -> None:
    result = run("outbox", "list", "--state", "ready", "--state", "nonsense")
    assert result.exit_code == 2 and result.stdout == ""
    assert result.stderr.startswith("usage: draft-reply outbox list ")
    assert "argument --state: invalid choice: 'nonsense'" in result.stderr
    assert all(f"'{state}'" in result.stderr for state in STATES)
    assert run("outbox", "list", "--state").exit_code == 2  # the value is required


def test_options_go_before_or_after_the_id(
    run: Run, home: Path, clock: Any, tmp_path: Path
) -> None:
    draft = add_draft(home, wait=timedelta(0))
    target = tmp_path / "out.eml"
    assert run("outbox", "export", f"--output={target}", draft.id).exit_code == 0
    assert target.read_bytes() == draft.eml
    assert run("outbox", "send", draft.id, "-y").exit_code == 0
    assert maildir_ids(home) == [draft.message_id]


def test_a_missing_id_is_a_usage_error(run: Run, home: Path, clock: Any) -> None:
    for command in ("show", "edit", "send", "cancel", "export", "resolve"):
        result = run("outbox", command)
        assert result.exit_code == 2, command
        assert f"usage: draft-reply outbox {command} " in result.stderr
        assert "the following arguments are required: ID" in result.stderr, command


_RUNNER = "import sys; from assistant.cli.app import main; main(sys.argv[1:])"


@pytest.mark.skipif(sys.platform == "win32", reason="needs a pseudo-terminal")
@pytest.mark.parametrize(
    ("typed", "code"),
    [("y\n", 0), (" Yes\n", 0), ("n\n", 1), ("\n", 1), ("sure\n", 1), ("\x04", 1)],
    ids=["y", "yes", "n", "empty", "other", "eof"],
)
def test_send_on_a_terminal_shows_the_checklist_and_asks(home: Path, typed: str, code: int) -> None:
    import os
    import pty
    import subprocess

    draft = add_draft(home, created=datetime.now(UTC) - timedelta(hours=1), wait=timedelta(0))
    master, slave = pty.openpty()
    os.write(master, typed.encode())  # typed ahead; the prompt reads it (^D: end of input)
    try:
        done = subprocess.run(
            [sys.executable, "-c", _RUNNER, "outbox", "send", draft.id],
            stdin=slave,
            capture_output=True,
            cwd=REPO,
            env={**os.environ, "DRAFT_REPLY_HOME": str(home)},
            timeout=60,
        )
    finally:
        os.close(slave)
        os.close(master)
    stderr = done.stderr.decode()
    assert done.returncode == code, stderr
    assert f"Before you send draft {draft.id} to Dana Fox" in stderr
    assert "greets them by name" in stderr
    assert "No internal figures" in stderr and "steps 4 and 5" in stderr
    assert "cooled off and reread it" in stderr
    assert f"Send draft {draft.id} now? [y/N]" in stderr
    if code == 0:
        assert maildir_ids(home) == [draft.message_id]
        assert stored(home, draft.id).state == "sent"
    else:
        assert "not sent" in stderr
        if typed == "\x04":  # end of input: the error starts on a line of its own
            assert f"now? [y/N]: \n{PROG}: error: not sent" in stderr
        assert maildir_ids(home) == []
        assert stored(home, draft.id).state == "waiting"


def test_a_drafted_reply_is_rebuilt_faithfully_on_edit(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """Draft offline from a fixture, then edit: only the text changes, byte for byte."""
    fixture = REPO / "fixtures" / "emails" / "review-complaint-en.eml"
    drafted = CliRunner().invoke(
        main, ["draft", "--offline", "-o", str(tmp_path / "r.eml"), str(fixture)]
    )
    assert drafted.exit_code == 0, drafted.stderr
    (summary,) = json.loads(run("outbox", "list", "--json").stdout)
    before = stored(home, summary["id"])
    assert (tmp_path / "r.eml").read_bytes() == before.eml
    new_body = before.body.rstrip() + "\n\nP.S. I will call you on Thursday.\n"
    editor(tmp_path, monkeypatch, new_body)
    result = run("outbox", "edit", before.id)
    assert result.exit_code == 0, result.stderr
    after = stored(home, before.id)
    expected = before.eml.replace(before.body.rstrip().encode(), new_body.rstrip().encode(), 1)
    assert after.eml == expected
    assert after.not_before == before.not_before  # calm P.S.: the wait stays as it was


def test_list_finds_the_outbox_settings_name(home: Path) -> None:
    from assistant.cli.outbox import _outbox_path
    from assistant.config import load_settings

    assert _outbox_path() == load_settings().outbox_path == home / "data" / "outbox.sqlite3"


# --- one way to say times and waits ------------------------------------------------------


def test_drafting_list_and_show_give_the_same_sendable_minute(
    run: Run, home: Path, clock: Any
) -> None:
    example = REPO / "fixtures" / "emails" / "review-complaint-en.eml"
    drafted = CliRunner().invoke(main, ["--offline", str(example)], catch_exceptions=False)
    assert drafted.exit_code == 0, drafted.stderr
    said = drafted.stderr.split("sendable after ", 1)[1][:5]
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        (draft,) = box.list()
    assert draft.not_before.second or draft.not_before.microsecond  # not on a whole minute
    rounded_up = draft.not_before.replace(second=0, microsecond=0) + timedelta(minutes=1)
    assert said == f"{rounded_up:%H:%M}"  # TZ=UTC: local is UTC
    assert run("outbox", "list").stdout.rstrip().endswith(f"({said})")
    assert f"sendable:     {said}, in " in run("outbox", "show", draft.id).stdout


def test_resolve_and_send_of_a_sent_draft_say_a_local_time_not_iso(
    run: Run, home: Path, clock: Any
) -> None:
    draft = add_draft(home, wait=timedelta(0))
    sent_at = T0 + timedelta(seconds=45, microseconds=677589)
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        box.begin_sending(draft.id, sent_at)
        box.mark_sent(draft.id, sent_at)
    for args in (("resolve", draft.id, "--sent"), ("send", draft.id, "--yes")):
        result = run("outbox", *args)
        assert result.exit_code == 65
        assert "sent at 14:00" in result.stderr, args
        assert "2026-11-30T" not in result.stderr  # no raw ISO 8601 in human output


def test_show_json_says_heat_as_drafting_does(run: Run, home: Path, clock: Any) -> None:
    draft = add_draft(home)
    shown = json.loads(run("outbox", "show", "--json", draft.id).stdout)
    assert (shown["heat"], shown["heat_out"]) == (0.2, 0.0)
    assert "heat_in" not in shown
    (listed,) = json.loads(run("outbox", "list", "--json").stdout)
    assert (listed["heat"], listed["heat_out"]) == (0.2, 0.0)
    assert "heat_in" not in listed


# --- edit: editor problems ---------------------------------------------------------------


def test_edit_with_a_failing_editor_says_so_in_one_line(
    run: Run, home: Path, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    monkeypatch.setenv("EDITOR", "false")
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 1
    assert result.stderr == (
        "draft-reply: error: the editor (false) exited with status 1; the draft is unchanged\n"
    )
    assert stored(home, draft.id).body == draft.body


def test_edit_without_an_editor_and_terminal_refuses_instead_of_launching_vi(
    run: Run, home: Path, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    monkeypatch.delenv("EDITOR", raising=False)
    monkeypatch.delenv("VISUAL", raising=False)
    result = run("outbox", "edit", draft.id)  # CliRunner's stdin is not a terminal
    assert result.exit_code == 64
    assert result.stderr.startswith("draft-reply: error: no editor to edit in: set EDITOR")
    assert result.stderr.count("\n") == 1
    assert stored(home, draft.id).body == draft.body


def test_edit_help_gives_the_exit_codes(run: Run) -> None:
    out = run("outbox", "edit", "--help").stdout
    assert "1 the editor exited with an" in out and "64 no $VISUAL or $EDITOR" in out


# --- list while another process writes ---------------------------------------------------


def test_list_answers_while_another_process_holds_the_write_lock(
    run: Run, home: Path, clock: Any
) -> None:
    import sqlite3

    draft = add_draft(home)
    holder = sqlite3.connect(home / "data" / "outbox.sqlite3", isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")  # as a process in the middle of a state change
    try:
        started = time.monotonic()
        result = run("outbox", "list")
        took = time.monotonic() - started
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert result.exit_code == 0, result.stderr
    assert draft.id in result.stdout
    assert took < 2.0  # a write lock would have waited the 10 s busy timeout


# --- bad input ---------------------------------------------------------------------------


def _damage(home: Path, draft_id: str, sql: str, *values: str) -> None:
    import sqlite3

    db = sqlite3.connect(home / "data" / "outbox.sqlite3", isolation_level=None)
    db.execute(sql, (*values, draft_id))
    db.close()


@pytest.mark.parametrize(
    ("sql", "column"),
    [
        ("UPDATE drafts SET not_before = 'garbage' WHERE id = ?", "not_before"),
        ("UPDATE drafts SET created = '2026-13-45T99' WHERE id = ?", "created"),
        ("UPDATE drafts SET heat_in = 'hot' WHERE id = ?", "heat_in"),
        ("UPDATE messages SET notes = 'not json' WHERE draft_id = ?", "notes"),
        ("UPDATE messages SET notes = '[1,2]' WHERE draft_id = ?", "notes"),
    ],
)
def test_a_damaged_row_is_listed_with_question_marks_and_show_names_it(
    run: Run, home: Path, clock: Any, sql: str, column: str
) -> None:
    bad, good = add_draft(home), add_draft(home, created=T0 + timedelta(seconds=1))
    _damage(home, bad.id, sql)
    path = home / "data" / "outbox.sqlite3"
    listed = run("outbox", "list")
    assert listed.exit_code == 0, listed.stderr
    [bad_line] = [line for line in listed.stdout.splitlines() if line.startswith(bad.id)]
    if column != "notes":  # list does not read the notes
        assert bad_line.split()[-2:] == ["?", "?"]
        assert f"warning: draft {bad.id} in {path} is damaged (column {column}" in listed.stderr
        as_json = json.loads(run("outbox", "list", "--json").stdout)
        assert [item["problem"] for item in as_json if item["id"] == bad.id] != [None]
    assert good.id in listed.stdout
    for command in (["show", bad.id], ["export", bad.id], ["cancel", bad.id]):
        result = run("outbox", *command)
        assert result.exit_code == 74, (command, result.stderr)
        assert result.stderr.startswith(
            f"draft-reply: error: {path}: draft {bad.id} is damaged (column {column} holds"
        )
        assert result.stderr.count("\n") == 1
    assert run("outbox", "show", good.id).exit_code == 0


def test_list_and_show_write_no_terminal_controls(run: Run, home: Path, clock: Any) -> None:
    hostile = "Re: \x1b]0;owned\x07 report \x9b2J"
    body = "Dear Dana,\n\x1b[2Jcleared\x07 and a tab\tkept.\n"
    draft = add_draft(home, body=body)
    _damage(home, draft.id, "UPDATE drafts SET subject = ? WHERE id = ?", hostile)
    for command in (["list"], ["show", draft.id]):
        result = run("outbox", *command)
        assert result.exit_code == 0, result.stderr
        shown = result.stdout
        assert not any(c in shown for c in "\x1b\x07\x9b\r"), (command, shown)
        assert "?]0;owned? report" in shown
    show = run("outbox", "show", draft.id).stdout
    assert "?[2Jcleared? and a tab\tkept." in show
    exported = run("outbox", "export", draft.id).stdout_bytes
    assert exported == stored(home, draft.id).eml  # the .eml stays byte for byte


def _script_editor(tmp_path: Path, monkeypatch: pytest.MonkeyPatch, shell: str) -> None:
    script = tmp_path / "editor.sh"
    script.write_text("#!/bin/sh\n" + shell + "\n")
    script.chmod(0o755)
    monkeypatch.setenv("EDITOR", str(script))
    monkeypatch.setattr(tempfile, "tempdir", str(tmp_path))  # where the text file goes


def test_edit_with_an_editor_that_deletes_the_file(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    _script_editor(tmp_path, monkeypatch, 'rm -f "$1"')
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 65
    assert "removed" in result.stderr and "the draft is unchanged" in result.stderr
    assert result.stderr.count("\n") == 1
    assert stored(home, draft.id).body == draft.body


def test_edit_latin1_text_is_decoded_not_mangled_and_the_file_kept(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    _script_editor(
        tmp_path,
        monkeypatch,
        r'printf "Hallo Dana, viele Gr\374\337e, I rewrote this paragraph carefully.\n" > "$1"',
    )
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 0, result.stderr
    assert stored(home, draft.id).body == (
        "Hallo Dana, viele Grüße, I rewrote this paragraph carefully.\n"
    )
    assert "was not UTF-8" in result.stderr
    [kept] = tmp_path.glob("draft-reply-*.txt")
    assert kept.read_bytes().startswith(b"Hallo Dana, viele Gr\xfc\xdfe")
    assert str(kept) in result.stderr


def test_edit_keeps_the_text_when_storing_it_fails(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    db = home / "data" / "outbox.sqlite3"
    # The draft is cancelled (by another process) while the user is editing.
    _script_editor(
        tmp_path,
        monkeypatch,
        f"echo 'My careful new text.' > \"$1\"\n"
        f"{sys.executable} -c \"import sqlite3; sqlite3.connect('{db}', isolation_level=None)"
        f'.execute(\\"UPDATE drafts SET state=\'cancelled\'\\")"',
    )
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 65
    [kept] = tmp_path.glob("draft-reply-*.txt")
    assert kept.read_text() == "My careful new text.\n"
    assert result.stderr.rstrip().endswith(f"your edited text is kept in {kept}")
    assert result.stderr.count("\n") == 1


def test_resolve_sent_and_retry_together_is_a_usage_error(run: Run, home: Path, clock: Any) -> None:
    draft = _unknown_draft(home)
    result = run("outbox", "resolve", draft.id, "--sent", "--retry")
    assert result.exit_code == 2
    assert result.stderr.startswith("usage: draft-reply outbox resolve")
    assert "argument --retry: not allowed with argument --sent" in result.stderr
    assert stored(home, draft.id).state == "unknown"


def _subprocess_env(home: Path) -> dict[str, str]:
    import os

    env = {k: v for k, v in os.environ.items() if not k.startswith(("DRAFT_REPLY", "OPENAI"))}
    return {**env, "DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(REPO), "TZ": "UTC"}


@pytest.mark.parametrize(
    ("redirect", "words"),
    [("> /dev/full", "No space left on device"), (">&-", "closed")],
)
def test_export_and_show_to_an_unwritable_stdout_exit_73(
    home: Path, clock: Any, redirect: str, words: str
) -> None:
    import shlex
    import subprocess

    draft = add_draft(home)
    for command in ("export", "show"):
        line = f"{shlex.quote(sys.executable)} -m assistant outbox {command} {draft.id} {redirect}"
        done = subprocess.run(
            line, shell=True, env=_subprocess_env(home), capture_output=True, text=True
        )
        assert done.returncode == 73, (command, done.stderr)
        assert done.stderr.startswith("draft-reply: error: cannot write to standard output: ")
        assert words in done.stderr and done.stderr.count("\n") == 1


def test_a_read_only_outbox_is_listed_and_a_write_says_what_to_check(
    home: Path, clock: Any
) -> None:
    """Run as a user who may not write the outbox (nobody when we are root)."""
    import os
    import shutil
    import subprocess

    draft = add_draft(home)
    shared = Path(tempfile.mkdtemp(prefix="draft-reply-ro-"))
    try:
        shutil.copytree(home / "config", shared / "config")
        shutil.copytree(home / "data", shared / "data")
        for path in [shared, *shared.rglob("*")]:
            path.chmod(0o555 if path.is_dir() else 0o444)
        as_nobody: Any = None
        if os.geteuid() == 0:

            def as_nobody() -> None:
                os.setgid(65534)
                os.setuid(65534)

            try:
                subprocess.run(
                    [sys.executable, "-c", "import assistant"],
                    check=True,
                    preexec_fn=as_nobody,
                    env=_subprocess_env(shared),
                    cwd="/",
                    capture_output=True,
                )
            except (OSError, subprocess.CalledProcessError):
                pytest.skip("user nobody cannot run this interpreter or checkout")

        def draft_reply(*args: str) -> subprocess.CompletedProcess[str]:
            return subprocess.run(
                [sys.executable, "-m", "assistant", "outbox", *args],
                env=_subprocess_env(shared),
                capture_output=True,
                text=True,
                preexec_fn=as_nobody,
                cwd="/",
            )

        listed = draft_reply("list")
        assert listed.returncode == 0, listed.stderr
        assert draft.id in listed.stdout
        shown = draft_reply("show", draft.id)
        assert shown.returncode == 0, shown.stderr
        cancelled = draft_reply("cancel", draft.id)
        assert cancelled.returncode == 74, cancelled.stderr
        assert cancelled.stderr.startswith(f"draft-reply: error: {shared}/data/outbox.sqlite3: ")
        assert "check that you may write the file and its folder" in cancelled.stderr
        assert cancelled.stderr.count("\n") == 1
    finally:
        for path in [shared, *shared.rglob("*")]:
            path.chmod(0o700)
        shutil.rmtree(shared)
    assert stored(home, draft.id).state == "waiting"
