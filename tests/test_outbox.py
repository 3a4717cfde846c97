"""outbox: a real SQLite file in tmp_path; states, audit, migrations, refusal of bad files."""

from __future__ import annotations

import os
import sqlite3
import stat
import time
from collections.abc import Iterator
from datetime import UTC, datetime, timedelta
from email.message import EmailMessage
from pathlib import Path
from typing import Any

import pytest

from assistant.config import Settings
from assistant.errors import (
    CoolingOffError,
    DraftNotFoundError,
    DraftStateError,
    OutboxBusyError,
    OutboxError,
    OutboxSchemaError,
)
from assistant.outbox.store import (
    SCHEMA_VERSION,
    DraftSummary,
    Outbox,
    StoredDraft,
)

T0 = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)
SOURCE = b"From: Dana <dana@client.example>\nSubject: Q3 review\nMessage-ID: <in-1@client>\n\nHi.\n"


def make_eml(message_id: str, body: str = "Thank you for your honest feedback.") -> bytes:
    """Return a small reply message with LF line ends."""
    msg = EmailMessage()
    msg["From"] = "Sam <sam@agency.example>"
    msg["To"] = "Dana <dana@client.example>"
    msg["Cc"] = "lead@client.example"
    msg["Subject"] = "Re: Q3 review"
    msg["Message-ID"] = message_id
    msg["In-Reply-To"] = "<in-1@client>"
    msg.set_content(body)
    return msg.as_bytes()


def add_draft(outbox: Outbox, n: int = 1, **changes: Any) -> StoredDraft:
    """Add draft number ``n`` (sendable at T0 + 45 min unless ``not_before`` is given)."""
    message_id = changes.pop("message_id", f"<reply-{n}@agency.example>")
    values: dict[str, Any] = {
        "message_id": message_id,
        "in_reply_to": f"<in-{n}@client>",
        "to": ("Dana <dana@client.example>",),
        "subject": "Re: Q3 review",
        "body": "Thank you for your honest feedback.",
        "eml": make_eml(message_id),
        "source_eml": SOURCE,
        "notes": {"worth_pursuing": "Maintain within current scope.", "manager_note": "Grüße"},
        "language": "en",
        "backend": "offline",
        "model": None,
        "not_before": T0 + timedelta(minutes=45),
        "heat_in": 0.6,
        "heat_out": 0.1,
        "cooling_reason": "inbound mail is heated (3 phrases)",
        "now": T0,
    }
    values.update(changes)
    return outbox.add(**values)


@pytest.fixture(autouse=True)
def utc_local_zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[None]:
    """Messages show local times: make the local zone UTC so they are known."""
    monkeypatch.setenv("TZ", "UTC")
    time.tzset()
    yield
    monkeypatch.undo()
    time.tzset()


@pytest.fixture
def outbox(tmp_path: Path) -> Any:
    with Outbox.open(tmp_path / "data" / "outbox.sqlite3") as box:
        yield box


def _transitions(outbox: Outbox, draft_id: str) -> list[tuple[str | None, str]]:
    return [(entry.from_state, entry.to_state) for entry in outbox.audit(draft_id)]


# --- the file ---------------------------------------------------------------------------


def test_new_outbox_file_is_private_wal_and_current(tmp_path: Path) -> None:
    path = tmp_path / "new" / "data" / "outbox.sqlite3"
    with Outbox.open(path) as box:
        add_draft(box)
        assert stat.S_IMODE(path.stat().st_mode) == 0o600
        assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700
        wal = path.with_name(path.name + "-wal")
        assert wal.exists()
        assert stat.S_IMODE(wal.stat().st_mode) == 0o600
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    raw.close()


def test_default_path_is_in_the_data_dir(tmp_path: Path) -> None:
    settings = Settings(config_dir=tmp_path / "c", data_dir=tmp_path / "d")
    assert Outbox.default_path(settings) == tmp_path / "d" / "outbox.sqlite3"


def test_reopening_keeps_drafts(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_draft(box)
    with Outbox.open(path) as box:
        assert box.get(draft.id) == draft


@pytest.mark.parametrize(
    "garbage",
    [b"\x00\xffnot a database at all" * 100, b"PK\x03\x04zipfile", b"x"],
    ids=["binary", "zip", "one-byte"],
)
def test_a_file_that_is_not_sqlite_is_refused_and_left_untouched(
    tmp_path: Path, garbage: bytes
) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.write_bytes(garbage)
    with pytest.raises(OutboxError, match="not a SQLite database") as info:
        Outbox.open(path)
    assert str(path) in str(info.value)
    assert info.value.exit_code == 74
    assert path.read_bytes() == garbage
    assert sorted(p.name for p in tmp_path.iterdir()) == ["outbox.sqlite3"]


def test_a_sqlite_file_with_a_damaged_body_is_refused_and_left_untouched(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        add_draft(box)
    raw = sqlite3.connect(path)
    raw.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    raw.execute("PRAGMA journal_mode = DELETE")
    raw.close()
    data = bytearray(path.read_bytes())
    data[100:] = b"\xde\xad" * ((len(data) - 100) // 2)
    path.write_bytes(bytes(data))
    with pytest.raises(OutboxError) as info:
        Outbox.open(path)
    assert str(path) in str(info.value)
    assert path.read_bytes() == bytes(data)


def test_a_newer_schema_is_refused(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        add_draft(box)
    raw = sqlite3.connect(path)
    raw.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
    raw.close()
    before = path.read_bytes()
    with pytest.raises(OutboxSchemaError, match="newer") as info:
        Outbox.open(path)
    assert str(path) in str(info.value)
    assert info.value.exit_code == 78
    assert path.read_bytes() == before


@pytest.mark.skipif(os.geteuid() == 0, reason="root reads any file")
def test_an_unreadable_file_is_an_error_naming_it(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    Outbox.open(path).close()
    path.chmod(0o000)
    with pytest.raises(OutboxError, match="cannot read") as info:
        Outbox.open(path)
    assert str(path) in str(info.value)


def test_a_folder_in_place_of_the_file_is_an_error(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    path.mkdir()
    with pytest.raises(OutboxError) as info:
        Outbox.open(path)
    assert str(path) in str(info.value)


# The schema as version 1 wrote it: the migrations must carry such a file forward.
_V1_SCHEMA = """
CREATE TABLE drafts (
    id TEXT PRIMARY KEY, message_id TEXT NOT NULL UNIQUE, in_reply_to TEXT,
    recipients TEXT NOT NULL, subject TEXT NOT NULL, language TEXT NOT NULL,
    backend TEXT NOT NULL, model TEXT, created TEXT NOT NULL, not_before TEXT NOT NULL,
    state TEXT NOT NULL CHECK (state IN
        ('waiting', 'sending', 'sent', 'failed', 'cancelled', 'unknown')),
    heat_in REAL NOT NULL, heat_out REAL NOT NULL, cooling_reason TEXT NOT NULL,
    override_reason TEXT, updated TEXT NOT NULL, error TEXT);
CREATE TABLE messages (
    draft_id TEXT PRIMARY KEY REFERENCES drafts(id), body TEXT NOT NULL, eml BLOB NOT NULL,
    source_eml BLOB NOT NULL, notes TEXT NOT NULL DEFAULT '{}');
CREATE TABLE audit (
    seq INTEGER PRIMARY KEY AUTOINCREMENT, draft_id TEXT NOT NULL REFERENCES drafts(id),
    at TEXT NOT NULL, from_state TEXT, to_state TEXT NOT NULL, reason TEXT NOT NULL);
INSERT INTO drafts VALUES ('0a1b2c3d', '<old@agency.example>', NULL, 'dana@client.example',
    'Re: old', 'de', 'offline', NULL, '2026-11-29T10:00:00.000000Z',
    '2026-11-29T10:30:00.000000Z', 'waiting', 0.2, 0.0, 'base delay', NULL,
    '2026-11-29T10:00:00.000000Z', NULL);
INSERT INTO messages VALUES ('0a1b2c3d', 'Old body.', X'46726f6d3a20', X'', '{"record": "x"}');
INSERT INTO audit (draft_id, at, from_state, to_state, reason)
    VALUES ('0a1b2c3d', '2026-11-29T10:00:00.000000Z', NULL, 'waiting', 'added');
PRAGMA user_version = 1;
"""


def test_migrations_bring_an_old_outbox_forward_keeping_its_drafts(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    raw = sqlite3.connect(path)
    raw.executescript(_V1_SCHEMA)
    raw.close()
    with Outbox.open(path) as box:
        old = box.get("0a1b")
        assert (old.subject, old.language, old.state_at(T0)) == ("Re: old", "de", "ready")
        assert (old.body, old.eml, dict(old.notes)) == ("Old body.", b"From: ", {"record": "x"})
        assert old.claim is None
        claimed = box.begin_sending(old.id, T0)  # needs the columns migration 2 added
        assert claimed.claim is not None and claimed.claim.pid == os.getpid()
        assert _transitions(box, old.id) == [(None, "waiting"), ("waiting", "sending")]
    raw = sqlite3.connect(path)
    assert raw.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    indexes = {row[0] for row in raw.execute("SELECT name FROM sqlite_master WHERE type='index'")}
    assert "drafts_state_created" in indexes
    raw.close()


# --- drafts -----------------------------------------------------------------------------


def test_add_then_get_returns_every_field(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    got = outbox.get(draft.id)
    assert got == draft
    assert len(draft.id) == 8 and set(draft.id) <= set("0123456789abcdef")
    assert draft.message_id == "<reply-1@agency.example>"
    assert draft.eml == make_eml("<reply-1@agency.example>")
    assert draft.source_eml == SOURCE
    assert dict(draft.notes)["manager_note"] == "Grüße"
    assert draft.to == ("Dana <dana@client.example>",)
    assert draft.created == T0 and draft.created.tzinfo is not None
    assert draft.not_before == T0 + timedelta(minutes=45)
    assert (draft.state, draft.error, draft.override_reason) == ("waiting", None, None)
    assert (draft.heat_in, draft.heat_out) == (0.6, 0.1)
    assert [(e.from_state, e.to_state, e.at) for e in outbox.audit(draft.id)] == [
        (None, "waiting", T0)
    ]


def test_same_message_id_twice_is_refused(outbox: Outbox) -> None:
    add_draft(outbox, 1)
    with pytest.raises(OutboxError, match="already stored"):
        add_draft(outbox, 2, message_id="<reply-1@agency.example>")
    assert len(outbox.list()) == 1


def test_naive_times_are_refused(outbox: Outbox) -> None:
    with pytest.raises(ValueError, match="timezone-aware"):
        add_draft(outbox, now=datetime(2026, 11, 30, 14, 0))


def test_state_is_derived_from_the_time(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    assert draft.state_at(T0) == "cooling"
    assert draft.state_at(T0 + timedelta(minutes=44, seconds=59)) == "cooling"
    assert draft.state_at(T0 + timedelta(minutes=45)) == "ready"


def test_prefix_lookup(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        one = add_draft(box, 1)
        two = add_draft(box, 2)
    raw = sqlite3.connect(path)  # give the two drafts ids sharing a 4-character prefix
    for old, new in ((one.id, "abcd1234"), (two.id, "abcd5678")):
        raw.execute("UPDATE drafts SET id = ? WHERE id = ?", (new, old))
        raw.execute("UPDATE audit SET draft_id = ? WHERE draft_id = ?", (new, old))
        raw.execute("UPDATE messages SET draft_id = ? WHERE draft_id = ?", (new, old))
    raw.commit()
    raw.close()
    with Outbox.open(path) as box:
        assert box.get("abcd1").message_id == one.message_id
        assert box.get("ABCD5678").message_id == two.message_id
        with pytest.raises(DraftNotFoundError, match="ambiguous") as info:
            box.get("abcd")
        assert info.value.exit_code == 66
        with pytest.raises(DraftNotFoundError, match="at least 4"):
            box.get("abc")
        with pytest.raises(DraftNotFoundError, match="no draft"):
            box.get("ffff")
        with pytest.raises(DraftNotFoundError):
            box.get("zz-not-hex")


def test_list_is_oldest_first_without_message_bytes(outbox: Outbox) -> None:
    first = add_draft(outbox, 1, now=T0, not_before=T0 + timedelta(minutes=10))
    second = add_draft(outbox, 2, now=T0 + timedelta(minutes=1))
    third = add_draft(outbox, 3, now=T0 + timedelta(minutes=2))
    outbox.cancel(third.id, T0 + timedelta(minutes=3), "changed my mind")
    rows = outbox.list()
    assert [row.id for row in rows] == [first.id, second.id, third.id]
    assert all(isinstance(row, DraftSummary) for row in rows)
    assert not hasattr(rows[0], "eml")
    now = T0 + timedelta(minutes=20)
    assert [r.id for r in outbox.list(["ready"], now=now)] == [first.id]
    assert [r.id for r in outbox.list(["cooling"], now=now)] == [second.id]
    assert [r.id for r in outbox.list(["cancelled"])] == [third.id]
    assert [r.state_at(now) for r in rows] == ["ready", "cooling", "cancelled"]
    with pytest.raises(ValueError, match="now="):
        outbox.list(["ready"])
    with pytest.raises(ValueError, match="unknown state"):
        outbox.list(["waiting-ish"])


def test_a_summary_has_the_stored_draft_s_values(outbox: Outbox) -> None:
    later = T0 + timedelta(minutes=3, seconds=7, microseconds=12)
    draft = add_draft(outbox, to=("Dana <dana@client.example>", "Lee <lee@client.example>"))
    outbox.cancel(draft.id, later)
    (summary,) = outbox.list()
    stored = outbox.get(draft.id)
    assert summary.to == stored.to == ("Dana <dana@client.example>", "Lee <lee@client.example>")
    assert summary.recipients == "Dana <dana@client.example>\nLee <lee@client.example>"
    assert (summary.created, summary.not_before, summary.updated) == (
        T0,
        T0 + timedelta(minutes=45),
        later,
    )
    assert summary.updated.tzinfo is not None and summary.updated.utcoffset() == timedelta(0)
    assert summary.not_before_iso == "2026-11-30T14:45:00.000000Z"
    for name in ("id", "message_id", "subject", "state", "heat_in", "heat_out", "error"):
        assert getattr(summary, name) == getattr(stored, name), name
    assert (summary.cooling_reason, summary.override_reason) == (stored.cooling_reason, None)
    with pytest.raises(AttributeError):
        summary.state = "waiting"  # type: ignore[misc]


def test_state_at_follows_not_before_and_override(outbox: Outbox) -> None:
    draft = add_draft(outbox, not_before=T0 + timedelta(minutes=45))
    due = T0 + timedelta(minutes=45)
    (summary,) = outbox.list()
    assert summary.state_at(due - timedelta(microseconds=1)) == "cooling"
    assert summary.state_at(due) == "ready"
    outbox.record_override(draft.id, "agreed with my manager", T0)
    (summary,) = outbox.list()
    assert summary.state_at(T0) == "ready"
    assert [d.id for d in outbox.list(["ready"], now=T0)] == [draft.id]


def test_update_body_never_shortens_the_wait(outbox: Outbox) -> None:
    draft = add_draft(outbox, not_before=T0 + timedelta(hours=2), cooling_reason="heated")
    later = T0 + timedelta(minutes=5)
    calmer = outbox.update_body(
        draft.id,
        body="Calmer.",
        eml=make_eml(draft.message_id, "Calmer."),
        not_before=T0 + timedelta(minutes=30),
        cooling_reason="base delay",
        heat_out=0.0,
        now=later,
    )
    assert calmer.body == "Calmer."
    assert b"Calmer." in calmer.eml
    assert calmer.not_before == T0 + timedelta(hours=2)
    assert calmer.cooling_reason == "heated"
    assert (calmer.heat_out, calmer.updated) == (0.0, later)
    hotter = outbox.update_body(
        draft.id,
        body="HOTTER!!!",
        eml=make_eml(draft.message_id, "HOTTER!!!"),
        not_before=T0 + timedelta(hours=3),
        cooling_reason="your draft is heated",
        heat_out=0.9,
        now=later,
    )
    assert hotter.not_before == T0 + timedelta(hours=3)
    assert hotter.cooling_reason == "your draft is heated"
    reasons = [entry.reason for entry in outbox.audit(draft.id)]
    assert "wait unchanged" in reasons[1] and "wait extended" in reasons[2]


def test_edit_only_while_waiting_and_it_clears_an_override(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    overridden = outbox.record_override(draft.id, "client deadline today", T0)
    assert overridden.state_at(T0) == "ready"
    edited = outbox.update_body(
        draft.id,
        body="New.",
        eml=make_eml(draft.message_id, "New."),
        not_before=T0,
        cooling_reason="base",
        heat_out=0.0,
        now=T0,
    )
    assert edited.override_reason is None
    assert edited.state_at(T0) == "cooling"
    outbox.cancel(draft.id, T0, "not needed")
    with pytest.raises(DraftStateError, match="cancelled") as info:
        outbox.update_body(
            draft.id, body="x", eml=b"x", not_before=T0, cooling_reason="", heat_out=0, now=T0
        )
    assert info.value.exit_code == 65
    assert outbox.get(draft.id).body == "New."


def test_begin_sending_refuses_while_cooling_and_says_how_long(outbox: Outbox) -> None:
    draft = add_draft(outbox, not_before=T0 + timedelta(minutes=35))
    with pytest.raises(CoolingOffError) as info:
        outbox.begin_sending(draft.id, T0)
    message = str(info.value)
    assert "sendable at 14:35, in 35 min" in message  # local time (TZ=UTC here)
    assert "inbound mail is heated (3 phrases)" in message
    assert info.value.exit_code == 75
    assert outbox.get(draft.id).state == "waiting"
    assert _transitions(outbox, draft.id) == [(None, "waiting")]


def test_override_reason_is_stored_and_audited(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    with pytest.raises(ValueError, match="reason"):
        outbox.record_override(draft.id, "  ", T0)
    outbox.record_override(draft.id, "client deadline today", T0)
    sending = outbox.begin_sending(draft.id, T0)
    assert sending.override_reason == "client deadline today"
    reasons = [entry.reason for entry in outbox.audit(draft.id)]
    assert reasons[1] == "cooling-off overridden: client deadline today"
    assert reasons[2].startswith("sending (overridden)")


def test_every_state_change_is_audited(outbox: Outbox) -> None:
    ready = T0 + timedelta(hours=1)
    draft = add_draft(outbox)
    outbox.begin_sending(draft.id, ready)
    waiting = outbox.mark_ready_again(draft.id, ready, "451 try later")
    assert (waiting.state, waiting.error) == ("waiting", "451 try later")
    outbox.begin_sending(draft.id, ready)
    sent = outbox.mark_sent(draft.id, ready, delivery="smtp 250 queued")
    assert (sent.state, sent.error, sent.delivery) == ("sent", None, "smtp 250 queued")
    assert _transitions(outbox, draft.id) == [
        (None, "waiting"),
        ("waiting", "sending"),
        ("sending", "waiting"),
        ("waiting", "sending"),
        ("sending", "sent"),
    ]
    assert outbox.audit(draft.id)[-1].reason == "delivered: smtp 250 queued"
    for action in (
        lambda: outbox.begin_sending(draft.id, ready),
        lambda: outbox.cancel(draft.id, ready),
        lambda: outbox.resolve(draft.id, sent=False, now=ready),
    ):
        with pytest.raises(DraftStateError, match="was sent"):
            action()
    assert len(outbox.audit(draft.id)) == 5


def test_begin_sending_twice_fails_the_second_time(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    due = T0 + timedelta(hours=1)
    outbox.begin_sending(draft.id, due)
    with pytest.raises(DraftStateError, match="this process is sending it"):
        outbox.begin_sending(draft.id, due)
    with Outbox.open(outbox.path) as other:  # another handle: the claim's lock is held
        with pytest.raises(DraftStateError, match=f"being sent by pid {os.getpid()}"):
            other.begin_sending(draft.id, due)
        assert other.recover_interrupted(due + timedelta(days=1)) == []
        assert other.claim_status(draft.id) == "held"


def test_failed_and_unknown_drafts_are_settled_by_the_user(outbox: Outbox) -> None:
    ready = T0 + timedelta(hours=1)
    failed = add_draft(outbox, 1)
    outbox.begin_sending(failed.id, ready)
    assert outbox.mark_failed(failed.id, ready, "550 no such user").state == "failed"
    with pytest.raises(DraftStateError, match="550 no such user"):
        outbox.begin_sending(failed.id, ready)
    with pytest.raises(DraftStateError):
        outbox.resolve(failed.id, sent=True, now=ready)
    assert outbox.resolve(failed.id, sent=False, now=ready).state == "waiting"

    lost = add_draft(outbox, 2)
    outbox.begin_sending(lost.id, ready)
    outbox.mark_unknown(lost.id, ready, "connection lost after DATA")
    with pytest.raises(DraftStateError, match="outbox resolve"):
        outbox.begin_sending(lost.id, ready)
    assert outbox.resolve(lost.id, sent=True, now=ready).state == "sent"
    assert _transitions(outbox, lost.id)[-1] == ("unknown", "sent")


def test_recover_leaves_a_live_sender_alone(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    outbox.begin_sending(draft.id, T0 + timedelta(hours=1))
    assert outbox.recover_interrupted(T0 + timedelta(hours=5)) == []
    assert outbox.get(draft.id).state == "sending"


_CLAIMER = """
import os, sys
from datetime import datetime
from assistant.outbox.store import Outbox
path, draft_id, now, stage = sys.argv[1:5]
box = Outbox.open(path)
box.begin_sending(draft_id, datetime.fromisoformat(now))
if stage != "claimed":
    box.note_stage(draft_id, stage, "smtp m:25 250 ok" if stage == "delivered" else "why")
print("claimed", flush=True)
sys.stdin.read()  # hold the claim until the test closes stdin
os._exit(0)  # die without settling anything
"""


def _claimer(path: Path, draft_id: str, now: datetime, stage: str = "claimed") -> Any:
    """Start a process that claims ``draft_id``, records ``stage`` and holds the claim."""
    import subprocess
    import sys

    proc = subprocess.Popen(
        [sys.executable, "-c", _CLAIMER, str(path), draft_id, now.isoformat(), stage],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert proc.stdout is not None and proc.stdout.readline() == "claimed\n"
    return proc


def test_liveness_ignores_host_names_pids_and_clocks(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    start = T0 + timedelta(hours=1)
    with Outbox.open(path) as box:
        draft = add_draft(box)
    sender = _claimer(path, draft.id, start)
    raw = sqlite3.connect(path)  # as if seen from another uts/pid namespace, clock stepped
    raw.execute(
        "UPDATE drafts SET sending_host = 'elsewhere', sending_pid = 1, sending_since = ?",
        ("2099-01-01T00:00:00.000000Z",),
    )
    raw.commit()
    raw.close()
    try:
        with Outbox.open(path) as box:
            assert box.recover_interrupted(start + timedelta(days=30)) == []
            assert box.get(draft.id).state == "sending"
            with pytest.raises(DraftStateError, match="being sent by pid 1 on elsewhere"):
                box.resolve(draft.id, sent=False, now=start)
    finally:
        sender.communicate("")
    with Outbox.open(path) as box:  # the sender is gone: pid 1 lives on, the lock does not
        assert box.recover_interrupted(start - timedelta(days=1)) == [draft.id]
        assert box.get(draft.id).state_at(start) == "ready"


def test_a_sender_in_its_own_pid_and_uts_namespaces_is_alive_until_it_stops(
    tmp_path: Path,
) -> None:
    import shlex
    import shutil
    import subprocess
    import sys

    unshare = shutil.which("unshare")
    probe = subprocess.run(
        [unshare or "unshare", "--pid", "--fork", "--uts", "--mount-proc", "true"],
        capture_output=True,
        check=False,
    )
    if unshare is None or probe.returncode != 0:
        pytest.skip("needs unshare(1) and the right to make namespaces (root)")
    path = tmp_path / "outbox.sqlite3"
    start = T0 + timedelta(hours=1)
    with Outbox.open(path) as box:
        draft = add_draft(box)
    claimer = [sys.executable, "-c", _CLAIMER, str(path), draft.id, start.isoformat()]
    inner = "hostname container-7 && exec " + shlex.join([*claimer, "handing-over"])
    sender = subprocess.Popen(
        [unshare, "--pid", "--fork", "--uts", "--mount-proc", "sh", "-c", inner],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
        cwd=Path(__file__).resolve().parents[1],
    )
    assert sender.stdout is not None and sender.stdout.readline() == "claimed\n"
    try:
        with Outbox.open(path) as box:
            claimed = box.get(draft.id)
            assert claimed.claim is not None
            assert (claimed.claim.host, claimed.claim.pid) != (os.uname().nodename, sender.pid)
            assert box.recover_interrupted(start + timedelta(days=1)) == []  # alive
            assert box.get(draft.id).state == "sending"
    finally:
        sender.communicate("")
    with Outbox.open(path) as box:
        assert box.recover_interrupted(start) == [draft.id]
        assert box.get(draft.id).state == "unknown"  # it stopped after the handover


@pytest.mark.parametrize(
    ("stage", "state", "reason"),
    [
        ("claimed", "ready", "nothing was sent"),
        ("not-delivered", "ready", "not delivered: why"),
        ("handing-over", "unknown", "may or may not have been delivered"),
        ("delivered", "sent", "delivered (recorded after an interruption): smtp m:25 250 ok"),
        ("refused", "failed", "why"),
    ],
)
def test_a_stopped_sender_leaves_the_outcome_its_claim_recorded(
    tmp_path: Path, stage: str, state: str, reason: str
) -> None:
    path = tmp_path / "outbox.sqlite3"
    start = T0 + timedelta(hours=1)
    with Outbox.open(path) as box:
        draft = add_draft(box)
    _claimer(path, draft.id, start, stage).communicate("")
    with Outbox.open(path) as box:
        assert box.recover_interrupted(start) == [draft.id]
        after = box.get(draft.id)
        assert after.state_at(start) == state
        assert box.audit(draft.id)[-1].reason.endswith(reason)
        assert box.recover_interrupted(start) == []  # once
        assert not (tmp_path / "outbox.sqlite3.sending" / draft.id).exists()
    if state == "sent":
        assert after.delivery == "smtp m:25 250 ok"


def test_a_claim_that_cannot_be_verified_is_named_and_resolvable(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    start = T0 + timedelta(hours=1)
    with Outbox.open(path) as box:
        draft = add_draft(box)
    _claimer(path, draft.id, start, "handing-over").communicate("")
    (tmp_path / "outbox.sqlite3.sending" / draft.id).unlink()  # a claim made elsewhere
    with Outbox.open(path) as box:
        assert box.recover_interrupted(start) == []
        assert box.unverifiable_claims() == [draft.id]
        with pytest.raises(DraftStateError, match=r"cannot be verified.*outbox resolve"):
            box.cancel(draft.id, start)
        assert box.resolve(draft.id, sent=True, now=start).state == "sent"
        assert box.unverifiable_claims() == []


def test_a_sent_draft_is_refused_with_the_local_time_it_left_not_iso(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    sent_at = T0 + timedelta(hours=1, seconds=45, microseconds=677589)
    outbox.begin_sending(draft.id, sent_at)
    outbox.mark_sent(draft.id, sent_at)
    for attempt in (
        lambda: outbox.resolve(draft.id, sent=True, now=sent_at),
        lambda: outbox.begin_sending(draft.id, sent_at),
    ):
        with pytest.raises(DraftStateError) as info:
            attempt()
        assert str(info.value).endswith("it was sent at 15:00")
    with pytest.raises(DraftStateError) as info:
        outbox.cancel(draft.id, T0 + timedelta(days=1))
    assert str(info.value).endswith("it was sent at Mon 30 Nov 15:00")  # not today: the day too


def _hold_write_lock(path: Path) -> sqlite3.Connection:
    """Open another connection that holds the write lock, as a sending process does."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_recover_takes_no_write_lock_when_nothing_is_sending(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        waiting = add_draft(box)
        sent = add_draft(box, 2)
        box.begin_sending(sent.id, T0 + timedelta(hours=1))
        box.mark_sent(sent.id, T0 + timedelta(hours=1))
    holder = _hold_write_lock(path)
    try:
        with Outbox.open(path, busy_timeout=0.05) as box:
            started = time.monotonic()
            assert box.recover_interrupted(T0 + timedelta(hours=2)) == []
            assert {d.id for d in box.list()} == {waiting.id, sent.id}
            assert time.monotonic() - started < 1.0
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_recover_takes_no_write_lock_for_a_live_sender(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    outbox.begin_sending(draft.id, T0 + timedelta(hours=1))  # this process: alive
    holder = _hold_write_lock(outbox.path)
    try:
        with Outbox.open(outbox.path, busy_timeout=0.05) as box:
            assert box.recover_interrupted(T0 + timedelta(hours=2)) == []
    finally:
        holder.execute("ROLLBACK")
        holder.close()


def test_find_replies_to_lists_drafts_answering_the_same_message(outbox: Outbox) -> None:
    same = "<in-1@client>"
    first = add_draft(outbox, 1)
    second = add_draft(outbox, 2, now=T0 + timedelta(minutes=1), in_reply_to=same)
    cancelled = add_draft(outbox, 3, in_reply_to=same)
    outbox.cancel(cancelled.id, T0)
    add_draft(outbox, 4, in_reply_to="<other@client>")
    sent = add_draft(outbox, 5, now=T0 + timedelta(minutes=2), in_reply_to=same)
    outbox.begin_sending(sent.id, T0 + timedelta(hours=1))
    outbox.mark_sent(sent.id, T0 + timedelta(hours=1))
    found = outbox.find_replies_to("<in-1@client>")
    assert [d.id for d in found] == [first.id, second.id, sent.id]
    assert all(isinstance(d, DraftSummary) for d in found)
    assert [d.state for d in found] == ["waiting", "waiting", "sent"]
    assert outbox.find_replies_to(" <in-1@client>\n") == found
    assert outbox.find_replies_to("<nothing@client>") == []
    assert outbox.find_replies_to("") == []


def test_find_replies_to_uses_an_index(outbox: Outbox) -> None:
    raw = sqlite3.connect(outbox.path)
    plan = raw.execute(
        "EXPLAIN QUERY PLAN SELECT id FROM drafts WHERE in_reply_to = ?", ("<x>",)
    ).fetchall()
    raw.close()
    assert any("drafts_in_reply_to" in str(row) for row in plan)


# --- bad input: read-only files, locks, damaged rows ------------------------------------


def test_a_write_on_a_read_only_connection_is_an_outbox_error(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_draft(box)
    db = sqlite3.connect(f"file:{path}?mode=ro", uri=True, isolation_level=None)
    box = Outbox(path, db)  # as if the file were mode 0444 for a user without override
    try:
        with pytest.raises(OutboxError) as info:
            box.cancel(draft.id, T0)
    finally:
        box.close()
    assert type(info.value) is OutboxError and info.value.exit_code == 74
    assert str(info.value).startswith(f"{path}: cannot write the outbox: attempt to write a")
    assert f"check that you may write the file and its folder {tmp_path}" in str(info.value)


def test_a_lock_held_too_long_says_busy_and_is_temporary(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_draft(box)
    holder = _hold_write_lock(path)
    try:
        with Outbox.open(path, busy_timeout=0.05) as box, pytest.raises(OutboxBusyError) as info:
            box.cancel(draft.id, T0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert info.value.exit_code == 75
    assert str(info.value) == (
        f"{path}: the outbox is busy (another draft-reply is writing); try again"
    )


def test_readonly_open_of_an_older_schema_reads_under_a_write_lock(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_draft(box)
    old = sqlite3.connect(path, isolation_level=None)
    old.execute("DROP INDEX drafts_in_reply_to")  # back to schema 2: a migration is due
    old.execute("ALTER TABLE messages DROP COLUMN checksum")
    old.execute("PRAGMA user_version = 2")
    old.close()
    holder = _hold_write_lock(path)
    try:
        with Outbox.open(path, busy_timeout=0.05, readonly=True) as box:
            assert [d.id for d in box.list()] == [draft.id]
            assert box.get(draft.id).body == draft.body
            with pytest.raises(OutboxBusyError):  # a write reopens it for writing
                box.cancel(draft.id, T0)
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    with Outbox.open(path, readonly=True) as box:
        assert box.cancel(draft.id, T0).state == "cancelled"
    check = sqlite3.connect(path)
    assert check.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
    check.close()


DAMAGE = [
    ("drafts", "not_before", "'garbage'"),
    ("drafts", "created", "'2026-13-45T99'"),
    ("drafts", "heat_in", "'hot'"),
    ("messages", "notes", "'not json'"),
    ("messages", "notes", "'[1,2]'"),
]


@pytest.mark.parametrize(("table", "column", "value"), DAMAGE)
def test_a_damaged_row_is_listed_with_its_problem_and_get_names_it(
    tmp_path: Path, table: str, column: str, value: str
) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        bad, good = add_draft(box), add_draft(box, 2)
    db = sqlite3.connect(path, isolation_level=None)
    key = "id" if table == "drafts" else "draft_id"
    db.execute(f"UPDATE {table} SET {column} = {value} WHERE {key} = ?", (bad.id,))
    db.close()
    with Outbox.open(path) as box:
        listed = {d.id: d for d in box.list(["cooling"], now=T0)}
        assert set(listed) == {bad.id, good.id}  # a damaged row is never filtered away
        assert listed[good.id].problem() is None
        if table == "drafts":
            assert listed[bad.id].problem() == f"column {column} holds {value}"
        assert box.get(good.id).id == good.id
        with pytest.raises(OutboxError) as info:
            box.get(bad.id)
        with pytest.raises(OutboxError):
            box.cancel(bad.id, T0)
    assert info.value.exit_code == 74
    assert str(info.value).startswith(f"{path}: draft {bad.id} is damaged (column {column} holds")
