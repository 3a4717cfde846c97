"""IMAP against a real Dovecot on 127.0.0.1 (tests/dovecot.py): drafts filed in the Drafts
folder found by SPECIAL-USE, only once the cooling-off is over, and a folder read for batch
without marking anything read."""

from __future__ import annotations

import imaplib
import json
import os
import ssl
from collections.abc import Iterator
from pathlib import Path

import pytest
from conftest import Run
from dovecot import Dovecot, running_dovecot, skip_reason

from assistant.config.transport import transport_from_table
from assistant.transports.imap import IMAPTransport

MESSAGE = (
    b"From: Anna Berg <anna@client.example>\r\nTo: Sam <sam@example.com>\r\n"
    b"Subject: Late report\r\nDate: Tue, 03 Nov 2026 09:00:00 +0000\r\n"
    b"Message-ID: <imap1@client.example>\r\n\r\n"
    b"The report was late again and nobody told us. Please answer in writing by Friday.\r\n"
)


@pytest.fixture(scope="module")
def dovecot() -> Iterator[Dovecot]:
    reason = skip_reason()
    if reason:
        pytest.skip(reason)
    with running_dovecot() as server:
        yield server


def _client(server: Dovecot) -> imaplib.IMAP4_SSL:
    context = ssl.create_default_context(cafile=str(server.ca_file))
    imap = imaplib.IMAP4_SSL(server.host, server.port, ssl_context=context)
    imap.login(server.user, server.password)
    return imap


def _table(server: Dovecot) -> dict[str, object]:
    return {
        "kind": "imap",
        "host": "localhost",
        "port": server.port,
        "username": server.user,
        "password_env": "TEST_IMAP_PASSWORD",
        "tls_ca_file": str(server.ca_file),
    }


def _drafts(server: Dovecot) -> list[tuple[bytes, bytes]]:
    """Return (flags, message bytes) of each message in Drafts."""
    imap = _client(server)
    try:
        imap.select("Drafts", readonly=True)
        _, found = imap.uid("SEARCH", "ALL")
        found_uids = found[0].split() if found and found[0] else []
        out = []
        for uid in found_uids:
            _, parts = imap.uid("FETCH", uid, "(FLAGS BODY.PEEK[])")
            for part in parts:
                if isinstance(part, tuple):
                    out.append((part[0], part[1]))
        return out
    finally:
        imap.logout()


def _clear(server: Dovecot, folder: str) -> None:
    imap = _client(server)
    try:
        _, count = imap.select(folder)
        if count and count[0] and int(count[0]) > 0:
            imap.store("1:*", "+FLAGS", r"(\Deleted)")
            imap.expunge()
    finally:
        imap.logout()


def test_a_draft_is_appended_to_the_special_use_drafts_folder_with_the_draft_flag(
    dovecot: Dovecot, monkeypatch: pytest.MonkeyPatch
) -> None:
    _clear(dovecot, "Drafts")
    monkeypatch.setenv("TEST_IMAP_PASSWORD", dovecot.password)
    config = transport_from_table(_table(dovecot), source="test")
    assert config.security == "tls"  # TLS by default for IMAP
    result = IMAPTransport(config).deliver(MESSAGE, envelope_from="", recipients=[])
    assert result.detail.startswith("imap localhost Drafts uid ")
    ((flags, body),) = _drafts(dovecot)
    assert b"\\Draft" in flags
    assert body.replace(b"\r\n", b"\n") == MESSAGE.replace(b"\r\n", b"\n")


def test_the_worker_files_drafts_in_imap_only_after_the_cooling_off(
    dovecot: Dovecot, run: Run, tmp_path: Path
) -> None:
    _clear(dovecot, "Drafts")
    home = tmp_path / "home"
    config = home / "config"
    config.mkdir(parents=True)
    table = "".join(
        f"{key} = {value!r}\n".replace("'", '"') if isinstance(value, str) else f"{key} = {value}\n"
        for key, value in _table(dovecot).items()
    )
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    env |= {"DRAFT_REPLY_HOME": str(home), "TEST_IMAP_PASSWORD": dovecot.password}
    (config / "config.toml").write_text(
        "[cooling_off]\nbase_delay_minutes = 60\nquiet_hours = false\n"
        f"[transport]\n{table}[worker]\nrelease = true\n",
        "utf-8",
    )
    assert run("filter", input=MESSAGE, env=env).exit_code == 0
    first = run("worker", "--once", "--offline", env=env)
    assert first.exit_code == 0, first.stderr
    assert "released 0" in first.stdout
    assert _drafts(dovecot) == []  # still cooling off: nothing in the mail client yet
    text = (config / "config.toml").read_text("utf-8")
    (config / "config.toml").write_text(
        text.replace("base_delay_minutes = 60", "base_delay_minutes = 0\nmax_delay_minutes = 0"),
        "utf-8",
    )
    # the cooling-off of the stored draft is over once its not_before has passed: move it
    from datetime import UTC, datetime, timedelta

    import time_machine

    with time_machine.travel(datetime.now(UTC) + timedelta(hours=6), tick=False):
        second = run("worker", "--once", "--offline", env=env)
    assert "released 1 to the drafts folder" in second.stdout, second.stderr
    ((flags, body),) = _drafts(dovecot)
    assert b"\\Draft" in flags
    assert b"In-Reply-To: <imap1@client.example>" in body
    listing = run("outbox", "list", "--json", env=env)
    (entry,) = json.loads(listing.stdout)
    shown = run("outbox", "show", entry["id"], env=env)
    assert "imap localhost Drafts uid" in shown.stdout  # the outbox says where it went


def test_batch_reads_an_imap_folder_without_marking_anything_read(
    dovecot: Dovecot, run: Run, tmp_path: Path
) -> None:
    _clear(dovecot, "INBOX")
    imap = _client(dovecot)
    try:
        imap.append("INBOX", None, None, MESSAGE)
        imap.append("INBOX", None, None, MESSAGE.replace(b"<imap1@", b"<imap2@"))
    finally:
        imap.logout()
    home = tmp_path / "home"
    (home / "config").mkdir(parents=True)
    table = "".join(
        f"{key} = {value!r}\n".replace("'", '"') if isinstance(value, str) else f"{key} = {value}\n"
        for key, value in _table(dovecot).items()
    )
    (home / "config" / "config.toml").write_text(f"[transport]\n{table}", "utf-8")
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    env |= {"DRAFT_REPLY_HOME": str(home), "TEST_IMAP_PASSWORD": dovecot.password}
    result = run("batch", "--offline", "--json", "imap:INBOX", env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.count('"status": "drafted"') == 2
    imap = _client(dovecot)
    try:
        imap.select("INBOX", readonly=True)
        _, unseen = imap.search(None, "UNSEEN")
        assert len(unseen[0].split()) == 2  # nothing was marked read
    finally:
        imap.logout()


def test_an_unknown_delivery_is_resolved_from_the_imap_sent_folder(
    dovecot: Dovecot, run: Run, tmp_path: Path
) -> None:
    from datetime import UTC, datetime, timedelta

    from assistant.outbox.store import Outbox

    home = tmp_path / "home"
    config = home / "config"
    config.mkdir(parents=True)
    table = "".join(
        f"{key} = {value!r}\n".replace("'", '"') if isinstance(value, str) else f"{key} = {value}\n"
        for key, value in _table(dovecot).items()
        if key != "kind"
    )
    (config / "config.toml").write_text(
        "[cooling_off]\nbase_delay_minutes = 0\nmax_delay_minutes = 0\nquiet_hours = false\n"
        f"[imap]\n{table}",
        "utf-8",
    )
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    env |= {"DRAFT_REPLY_HOME": str(home), "TEST_IMAP_PASSWORD": dovecot.password}
    ids = []
    for number in (1, 2):
        message = MESSAGE.replace(b"<imap1@", f"<sent{number}@".encode())
        drafted = run("--offline", "--json", "-", input=message, env=env)
        ids.append(json.loads(drafted.stdout)["draft_id"])
    later = datetime.now(UTC) + timedelta(minutes=5)
    with Outbox.open(home / "data" / "outbox.sqlite3") as outbox:
        for draft_id in ids:  # a send that stopped after the message was handed over
            outbox.begin_sending(draft_id, later)
            outbox.mark_unknown(draft_id, later, "connection lost after DATA")
        first = outbox.get(ids[0])
    imap = _client(dovecot)
    try:
        imap.append("Sent", r"(\Seen)", None, first.eml.replace(b"\n", b"\r\n"))
    finally:
        imap.logout()
    found = run("outbox", "resolve", ids[0], "--check-sent", env=env)
    assert found.exit_code == 0, found.stderr
    assert f"draft {ids[0]} marked sent" in found.stdout
    missing = run("outbox", "resolve", ids[1], "--check-sent", env=env)
    assert missing.exit_code == 65
    assert "is not in the Sent folder" in missing.stderr and "stays unknown" in missing.stderr
    with Outbox.open(home / "data" / "outbox.sqlite3") as outbox:
        assert (outbox.get(ids[0]).state, outbox.get(ids[1]).state) == ("sent", "unknown")


@pytest.mark.parametrize(
    ("command", "works"),
    [("sh -c 'echo secret'", True), ("sh -c 'exit 3'", False)],
)
def test_the_password_can_come_from_a_command(dovecot: Dovecot, command: str, works: bool) -> None:
    from assistant.errors import ConfigError

    table = {k: v for k, v in _table(dovecot).items() if k != "password_env"}
    config = transport_from_table({**table, "password_command": command}, source="test")
    transport = IMAPTransport(config)
    if works:
        result = transport.deliver(MESSAGE, envelope_from="", recipients=[])
        assert result.detail.startswith("imap localhost Drafts uid ")
    else:
        with pytest.raises(ConfigError, match=r"printed no password \(exit 3\)"):
            transport.deliver(MESSAGE, envelope_from="", recipients=[])
