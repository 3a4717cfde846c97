"""The outbox when its files are damaged or its disk is full: nothing sent wrong or twice.

An empty outbox file, a flipped byte in a stored message, a deleted -wal after a killed
send, a backup restored over a claim, a full disk (a small tmpfs, mounted when the tests
run as root) and a read-only mount, through the CLI and the library, with real files.
"""

from __future__ import annotations

import shutil
import sqlite3
import subprocess
import threading
from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import Run, fill_disk
from fake_smtp import FakeSMTP
from test_cli_outbox import T0, add_draft, write_config
from test_cli_outbox import clock as clock
from test_outbox import add_draft as add_stored
from test_sending import _KILLED_SENDER, _run

from assistant.config.transport import TransportConfig
from assistant.errors import DraftStateError, OutboxError
from assistant.outbox.sending import send_draft
from assistant.outbox.store import Outbox

DUE = T0 + timedelta(hours=1)


def _smtp(server: FakeSMTP) -> dict[str, Any]:
    return {"kind": "smtp", "host": server.host, "port": server.port, "security": "none"}


# --- an empty file, a changed byte ---------------------------------------------------------


def test_an_empty_outbox_file_is_refused_and_left_as_it_is(run: Run, home: Path) -> None:
    path = home / "data" / "outbox.sqlite3"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"")  # a failed copy or restore
    for args in (("outbox", "list"), ("outbox", "show", "abcd")):
        result = run(*args)
        assert result.exit_code == 74
        assert "the outbox file is empty (0 bytes)" in result.stderr
    assert path.read_bytes() == b""


def test_outboxes_created_at_once_are_one_outbox(tmp_path: Path) -> None:
    path = tmp_path / "data" / "outbox.sqlite3"
    errors: list[BaseException] = []

    def add(n: int) -> None:
        try:
            with Outbox.open(path) as box:
                add_stored(box, n)
        except BaseException as exc:  # pragma: no cover - reported below
            errors.append(exc)

    threads = [threading.Thread(target=add, args=(n,)) for n in range(8)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert errors == []
    with Outbox.open(path) as box:
        assert len(box.list()) == 8
    assert sorted(p.name for p in path.parent.iterdir()) == ["outbox.sqlite3"]


def _flip(path: Path, marker: bytes, occurrence: int) -> None:
    """Change one byte just after the ``occurrence``-th ``marker`` in the file."""
    data = bytearray(path.read_bytes())
    at = -1
    for _ in range(occurrence):
        at = data.index(marker, at + 1)
    data[at + len(marker)] ^= 0x01
    path.write_bytes(bytes(data))


@pytest.mark.parametrize(
    ("marker", "occurrence"),
    [(b"References: <", 1), (b"Thank you for", 2)],  # a threading id; the body in the .eml
)
def test_a_changed_byte_in_a_stored_message_is_named_and_never_sent(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP, marker: bytes, occurrence: int
) -> None:
    write_config(home, transport=_smtp(smtp))
    draft = add_draft(home, wait=timedelta(0))
    path = home / "data" / "outbox.sqlite3"
    _flip(path, marker, occurrence)
    clock.move_to(DUE)
    for args in (("show", draft.id), ("export", draft.id), ("send", draft.id, "--yes")):
        result = run("outbox", *args)
        assert result.exit_code == 74, result.stderr
        assert f"draft {draft.id} is damaged" in result.stderr
        assert "checksum" in result.stderr
    assert smtp.attempts == 0
    assert draft.id in run("outbox", "list").stdout  # the others stay usable
    assert run("outbox", "cancel", draft.id).exit_code == 0


# --- a lost -wal, a restored backup ----------------------------------------------------------


def test_a_deleted_wal_after_a_killed_send_keeps_the_claim(tmp_path: Path, smtp: FakeSMTP) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_stored(box)
    proc = _run(
        _KILLED_SENDER, str(path), draft.id, str(smtp.port), "after_delivered", DUE.isoformat()
    )
    proc.communicate(timeout=60)
    assert proc.returncode == -9
    for suffix in ("-wal", "-shm"):  # a backup or sync of the .sqlite3 alone
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    config = TransportConfig(kind="smtp", host=smtp.host, port=smtp.port, security="none")
    with Outbox.open(path) as box:
        assert box.get(draft.id).state == "sending"
        box.recover_interrupted(DUE)
        assert box.get(draft.id).state == "unknown"
        with pytest.raises(DraftStateError, match="outbox resolve"):
            send_draft(box, draft.id, now=DUE, transport=config)
    assert smtp.message_ids() == [draft.message_id]


def test_a_backup_restored_over_a_send_does_not_send_it_again(
    tmp_path: Path, smtp: FakeSMTP
) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_stored(box)
    backup = tmp_path / "backup.sqlite3"
    shutil.copyfile(path, backup)  # taken while the draft was waiting
    proc = _run(
        _KILLED_SENDER, str(path), draft.id, str(smtp.port), "after_delivered", DUE.isoformat()
    )
    proc.communicate(timeout=60)
    for suffix in ("-wal", "-shm"):
        path.with_name(path.name + suffix).unlink(missing_ok=True)
    shutil.copyfile(backup, path)  # the claim is gone from the database, not from its file
    config = TransportConfig(kind="smtp", host=smtp.host, port=smtp.port, security="none")
    with Outbox.open(path) as box:
        assert box.get(draft.id).state == "waiting"
        with pytest.raises(DraftStateError, match="outbox had lost its record"):
            send_draft(box, draft.id, now=DUE, transport=config)
        assert box.get(draft.id).state == "unknown"
    assert smtp.message_ids() == [draft.message_id]


# --- a full disk, a read-only mount -----------------------------------------------------------


def test_list_and_show_work_on_a_full_disk(run: Run, small_disk: Path, clock: Any) -> None:
    home = small_disk / "home"
    write_config(home)
    draft = add_draft(home)
    fill_disk(small_disk)
    env = {"DRAFT_REPLY_HOME": str(home)}
    listed = run("outbox", "list", env=env)
    assert listed.exit_code == 0, listed.stderr
    assert draft.id in listed.stdout
    shown = run("outbox", "show", draft.id, env=env)
    assert shown.exit_code == 0, shown.stderr
    assert "Thank you" in shown.stdout


def test_list_and_show_work_on_a_read_only_mount(run: Run, small_disk: Path, clock: Any) -> None:
    home = small_disk / "home"
    write_config(home)
    draft = add_draft(home)
    subprocess.run(["mount", "-o", "remount,ro", str(small_disk)], check=True)
    env = {"DRAFT_REPLY_HOME": str(home)}
    assert draft.id in run("outbox", "list", env=env).stdout
    assert run("outbox", "show", draft.id, env=env).exit_code == 0
    cancelled = run("outbox", "cancel", draft.id, env=env)
    assert cancelled.exit_code == 74
    assert "read-only" in cancelled.stderr


def _locked_out(path: Path) -> sqlite3.Connection:
    """Hold the outbox's write lock from another connection (as a stuck process would)."""
    holder = sqlite3.connect(path, isolation_level=None)
    holder.execute("BEGIN IMMEDIATE")
    return holder


def test_delivered_but_not_recorded_says_so_and_is_recorded_later(
    tmp_path: Path, smtp: FakeSMTP
) -> None:
    path = tmp_path / "outbox.sqlite3"
    config = TransportConfig(kind="smtp", host=smtp.host, port=smtp.port, security="none")
    holders: list[sqlite3.Connection] = []
    with Outbox.open(path, busy_timeout=0.1) as box:
        draft = add_stored(box)

        def stuck(point: str) -> None:
            if point == "after_delivered":
                holders.append(_locked_out(path))

        with pytest.raises(OutboxError, match=f"draft {draft.id} was delivered .*could not"):
            send_draft(box, draft.id, now=DUE, transport=config, fault_hook=stuck)
    holders[0].rollback()
    holders[0].close()
    with Outbox.open(path) as box:
        assert box.recover_interrupted(DUE) == [draft.id]
        assert box.get(draft.id).state == "sent"
    assert smtp.message_ids() == [draft.message_id]


def test_not_delivered_and_not_recorded_names_both_errors(tmp_path: Path) -> None:
    path = tmp_path / "outbox.sqlite3"
    not_a_folder = tmp_path / "Drafts"
    not_a_folder.write_text("a file where the Maildir should be\n")
    config = TransportConfig(kind="maildir", path=not_a_folder)
    holders: list[sqlite3.Connection] = []
    with Outbox.open(path, busy_timeout=0.1) as box:
        draft = add_stored(box)

        def stuck(point: str) -> None:
            if point == "after_sending_committed":
                holders.append(_locked_out(path))

        with pytest.raises(OutboxError) as info:
            send_draft(box, draft.id, now=DUE, transport=config, fault_hook=stuck)
    message = str(info.value)
    assert f"draft {draft.id} was not delivered" in message
    assert "Maildir" in message and "could not record" in message
    holders[0].rollback()
    holders[0].close()
    with Outbox.open(path) as box:
        assert box.recover_interrupted(DUE) == [draft.id]
        assert box.get(draft.id).state_at(DUE) == "ready"


def test_sending_on_a_full_disk_is_refused_before_anything_leaves(
    run: Run, small_disk: Path, clock: Any, smtp: FakeSMTP
) -> None:
    home = small_disk / "home"
    write_config(home, transport=_smtp(smtp))
    draft = add_draft(home, wait=timedelta(0))
    fill_disk(small_disk)
    clock.move_to(DUE)
    result = run("outbox", "send", draft.id, "--yes", env={"DRAFT_REPLY_HOME": str(home)})
    assert result.exit_code == 74, result.stderr
    assert "the disk is not full" in result.stderr
    assert smtp.attempts == 0
