"""Your own mail, held too: ``outbox add`` and ``sendmail`` (the command line mail clients
call), through the CLI with a real SMTP server for the delivery."""

from __future__ import annotations

import json
import os
import re
import time
from datetime import timedelta
from email.parser import BytesHeaderParser
from email.utils import parsedate_to_datetime
from pathlib import Path
from typing import Any

import pytest
from conftest import Run
from fake_smtp import FakeSMTP
from test_cli_outbox import T0, stored, write_config
from test_cli_outbox import clock as clock

HOT = (
    b"From: Sam <sam@agency.example>\nTo: Dana <dana@client.example>\n"
    b"Bcc: boss@agency.example\nSubject: Re: report\n\n"
    b"Dana,\n\nTHIS IS RIDICULOUS!!! You never read anything we send.\n\nSam\n"
)
CALM = (
    b"From: Sam <sam@agency.example>\nTo: Dana <dana@client.example>\nSubject: Re: report\n"
    b"Message-ID: <calm-1@agency.example>\n\nDana,\n\nThank you, Thursday works for me.\n\nSam\n"
)


def _smtp(server: FakeSMTP) -> dict[str, Any]:
    return {"kind": "smtp", "host": server.host, "port": server.port, "security": "none"}


def _only_draft(run: Run) -> dict[str, Any]:
    [draft] = json.loads(run("outbox", "list", "--json").stdout)
    return dict(draft)


def test_sendmail_t_holds_a_hot_message_and_delivers_it_to_its_envelope_later(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP
) -> None:
    write_config(home, transport=_smtp(smtp))
    result = run(
        "sendmail", "-t", "-oi", "-f", "sam@agency.example", "--", "cc@agency.example", input=HOT
    )
    assert result.exit_code == 0, result.stderr
    assert "held your message" in result.stderr
    draft = _only_draft(run)
    assert draft["state"] == "cooling"
    shown = run("outbox", "show", draft["id"]).stdout
    assert shown.startswith(f"Your message {draft['id']}\n")
    assert "why it waits: your message is heated (" in shown and "written by:   you" in shown
    held = stored(home, draft["id"])
    assert b"Bcc" not in held.eml and b"Message-ID:" in held.eml  # one was added
    assert set(held.to) == {"cc@agency.example", "dana@client.example", "boss@agency.example"}
    assert smtp.attempts == 0  # held, not sent
    early = run("outbox", "send", draft["id"], "--yes")
    assert early.exit_code == 75 and smtp.attempts == 0
    assert f"your message {draft['id']} is still cooling off: sendable at " in early.stderr
    clock.move_to(held.not_before + timedelta(seconds=1), tick=False)
    sent = run("outbox", "send", draft["id"], "--yes")
    assert sent.exit_code == 0, sent.stderr
    [received] = smtp.messages
    assert set(received.rcpt_tos) == {
        "cc@agency.example",
        "dana@client.example",
        "boss@agency.example",
    }
    assert received.mail_from == "sam@agency.example"
    headers = BytesHeaderParser().parsebytes(received.content)
    assert headers["Bcc"] is None and headers["Message-ID"] == held.message_id


def test_the_worker_delivers_your_own_mail_once_it_may_leave_and_never_a_draft(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP
) -> None:
    """With an smtp transport the worker delivers held own mail after its cooling-off; a
    drafted reply waits for `outbox send` (only a filing transport lets the worker file it)."""
    write_config(home, transport=_smtp(smtp))
    assert run("sendmail", "-t", "-oi", input=HOT).exit_code == 0
    example = Path(__file__).resolve().parents[1] / "fixtures" / "emails"
    assert run("--offline", str(example / "review-complaint-en.eml")).exit_code == 0
    drafts = json.loads(run("outbox", "list", "--json").stdout)
    mine = next(d for d in drafts if d["subject"] == "Re: report")
    early = run("worker", "--once", "--offline")
    assert early.exit_code == 0, early.stderr
    assert smtp.attempts == 0 and "of your own" not in early.stdout  # still cooling off
    held = stored(home, mine["id"])
    clock.move_to(
        max(held.not_before, *(stored(home, d["id"]).not_before for d in drafts))
        + timedelta(seconds=1),
        tick=False,
    )
    later = run("worker", "--once", "--offline")
    assert later.exit_code == 0, later.stderr
    assert "sent 1 of your own messages" in later.stdout
    [received] = smtp.messages
    assert set(received.rcpt_tos) == {"dana@client.example", "boss@agency.example"}
    assert BytesHeaderParser().parsebytes(received.content)["Message-ID"] == held.message_id
    states = {d["subject"]: d["state"] for d in json.loads(run("outbox", "list", "--json").stdout)}
    assert states.pop("Re: report") == "sent"
    assert set(states.values()) == {"ready"}  # the drafted reply was not sent to the client
    again = run("worker", "--once", "--offline")
    assert len(smtp.messages) == 1 and "of your own" not in again.stdout


def test_sendmail_without_t_sends_only_to_its_arguments(run: Run, home: Path, clock: Any) -> None:
    assert run("sendmail", "-i", "only@client.example", input=CALM).exit_code == 0
    held = stored(home, _only_draft(run)["id"])
    assert held.to == ("only@client.example",)
    assert held.message_id == "<calm-1@agency.example>"  # its own Message-ID is kept


def test_hold_hot_lets_a_calm_message_leave_at_once(run: Run, home: Path, clock: Any) -> None:
    (home / "config" / "config.toml").write_text('[own_mail]\nhold = "hot"\n', "utf-8")
    assert run("outbox", "add", "-", input=CALM).exit_code == 0
    assert _only_draft(run)["state"] == "ready"
    assert run("outbox", "add", "-", input=HOT.replace(b"report", b"other")).exit_code == 0
    states = sorted(d["state"] for d in json.loads(run("outbox", "list", "--json").stdout))
    assert states == ["cooling", "ready"]


def test_without_a_transport_it_stays_and_list_and_worker_say_why(
    run: Run, home: Path, clock: Any
) -> None:
    (home / "config" / "config.toml").write_text('[own_mail]\nhold = "hot"\n', "utf-8")
    assert run("outbox", "add", "-", input=CALM).exit_code == 0
    listing = run("outbox", "list")
    assert "ready" in listing.stdout
    assert "1 ready to leave, but nothing is delivered from here yet: no [transport]" in (
        listing.stderr
    )
    worker = run("worker", "--once", "--offline")
    assert worker.exit_code == 0
    assert "1 of your own messages wait in the outbox, and no [transport]" in worker.stderr
    assert _only_draft(run)["state"] == "ready"  # still there, nothing lost


def test_by_default_even_a_calm_message_waits_its_cooling_off(
    run: Run, home: Path, clock: Any
) -> None:
    assert run("outbox", "add", "-", input=CALM).exit_code == 0
    assert _only_draft(run)["state"] == "cooling"


def test_the_email_answered_adds_its_heat(run: Run, home: Path, clock: Any, tmp_path: Path) -> None:
    parent = tmp_path / "parent.eml"
    parent.write_bytes(
        b"From: Dana <dana@client.example>\nTo: Sam <sam@agency.example>\nSubject: report\n"
        b"Message-ID: <p-1@client.example>\n\nThis is UNACCEPTABLE!!! You NEVER deliver. "
        b"We are talking to other agencies.\n"
    )
    assert run("outbox", "add", "--reply-to", str(parent), "-", input=CALM).exit_code == 0
    held = stored(home, _only_draft(run)["id"])
    assert held.heat_in > 0.5
    assert held.not_before - T0 >= timedelta(hours=2)


def test_own_mail_is_not_edited_here(run: Run, home: Path, clock: Any) -> None:
    run("outbox", "add", "-", input=CALM)
    result = run("outbox", "edit", _only_draft(run)["id"])
    assert result.exit_code == 65
    assert "a message you wrote yourself" in result.stderr


@pytest.mark.parametrize(("args", "status"), [(["-q"], 2), (["-f"], 2)])
def test_sendmail_refuses_what_it_does_not_know(
    run: Run, home: Path, args: list[str], status: int
) -> None:
    result = run("sendmail", *args, input=CALM)
    assert result.exit_code == status
    assert "sendmail:" in result.stderr


def test_a_message_that_cannot_be_queued_is_exit_75_and_kept_by_the_client(
    run: Run, home: Path
) -> None:
    data = home / "data"
    data.mkdir()
    (data / "outbox.sqlite3").write_bytes(b"")  # damaged: refused, never overwritten
    result = run("sendmail", "-t", input=CALM)
    assert result.exit_code == 75
    assert "not queued (your mail client keeps it)" in result.stderr


def test_an_empty_message_is_refused_and_nothing_is_held(run: Run, home: Path) -> None:
    result = run("sendmail", "dana@client.example", input=b" \n")
    assert result.exit_code == 65
    assert "the message is empty" in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []


def test_a_message_without_recipients_is_refused(run: Run, home: Path) -> None:
    result = run("sendmail", input=CALM)  # no -t, no arguments, though it has a To
    assert result.exit_code == 65
    assert "no recipients were given on the command line; add -t" in result.stderr
    assert "names no recipient" not in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []
    nobody = b"From: Sam <sam@agency.example>\nSubject: hi\n\nhello\n"
    for args in (["sendmail", "-t"], ["outbox", "add", "-"]):
        result = run(*args, input=nobody)
        assert result.exit_code == 65
        assert "the message names no recipient: it has no To, Cc or Bcc" in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []


def test_binary_input_is_said_to_be_binary(run: Run, home: Path) -> None:
    binary = b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 8
    result = run("sendmail", "-t", input=binary)
    assert result.exit_code == 65
    assert "binary data" in result.stderr and "recipient" not in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []


@pytest.mark.parametrize(
    ("args", "message", "named"),
    [
        (["not an address"], b"Subject: hi\n\nhello\n", "'not an address'"),
        (["dana@client.example", "bob"], CALM, "'bob'"),
        (["-t"], CALM.replace(b"Subject:", b"Cc: Bob bob\nSubject:"), "Cc: invalid recipient"),
        (["-t"], HOT.replace(b"Bcc: boss@agency.example", b"Bcc: boss@"), "'boss@'"),
    ],
)
def test_an_invalid_recipient_is_refused_at_once(
    run: Run, home: Path, args: list[str], message: bytes, named: str
) -> None:
    result = run("sendmail", *args, input=message)
    assert result.exit_code == 65
    [line] = result.stderr.splitlines()  # one line: what mutt shows
    assert named in line and "nothing was held" in line
    assert json.loads(run("outbox", "list", "--json").stdout) == []


def test_outbox_add_refuses_an_invalid_recipient(run: Run, home: Path) -> None:
    result = run("outbox", "add", "-", input=CALM.replace(b"To: Dana", b"To: Dana Fox"))
    assert result.exit_code == 0, result.stderr  # a display name is not a mistake
    result = run("outbox", "add", "-", input=CALM.replace(b"<dana@client.example>", b"dana"))
    assert result.exit_code == 65
    assert "To: invalid recipient 'Dana dana'" in result.stderr
    assert len(json.loads(run("outbox", "list", "--json").stdout)) == 1


BARE = b"To: Dana <dana@client.example>\nSubject: Re: report\n\nDana,\n\nThursday works.\n"


def test_a_message_gets_from_date_and_message_id_when_stored_and_leaves_with_them(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP
) -> None:
    write_config(home, transport=_smtp(smtp))
    with (home / "config" / "config.toml").open("a") as config:
        config.write('\n[identity]\nfrom = "Sam Carter <sam@agency.example>"\n')
    given = run("sendmail", "-t", "-oi", input=BARE)
    assert given.exit_code == 0, given.stderr
    held = stored(home, _only_draft(run)["id"])
    headers = BytesHeaderParser().parsebytes(held.eml)
    assert headers["From"] == "Sam Carter <sam@agency.example>"
    assert parsedate_to_datetime(headers["Date"]) == T0  # when it was handed over
    assert headers["Message-ID"].endswith("@agency.example>")
    assert held.message_id == headers["Message-ID"]
    clock.move_to(held.not_before + timedelta(seconds=1), tick=False)
    assert run("worker", "--once", "--offline").exit_code == 0
    [received] = smtp.messages
    sent = BytesHeaderParser().parsebytes(received.content)
    assert sent["From"] == "Sam Carter <sam@agency.example>"
    assert parsedate_to_datetime(sent["Date"]) == T0
    assert sent["Message-ID"] == held.message_id


def test_the_headers_a_message_has_are_kept(run: Run, home: Path, clock: Any) -> None:
    (home / "config" / "config.toml").write_text(
        '[identity]\nfrom = "Sam Carter <sam@agency.example>"\n', "utf-8"
    )
    mine = CALM.replace(b"Subject:", b"Date: Sun, 29 Nov 2026 09:00:00 +0100\nSubject:")
    assert run("outbox", "add", "-", input=mine).exit_code == 0
    headers = BytesHeaderParser().parsebytes(stored(home, _only_draft(run)["id"]).eml)
    assert headers["From"] == "Sam <sam@agency.example>"
    assert headers["Date"] == "Sun, 29 Nov 2026 09:00:00 +0100"
    assert headers["Message-ID"] == "<calm-1@agency.example>"
    assert len(headers.get_all("From")) == len(headers.get_all("Date")) == 1


def test_a_message_without_from_needs_an_identity(run: Run, home: Path, clock: Any) -> None:
    for args in (["sendmail", "-t"], ["outbox", "add", "-"]):
        result = run(*args, input=BARE)
        assert result.exit_code == 78
        assert "no From and no [identity] from is set" in result.stderr
        assert str(home / "config" / "config.toml") in result.stderr
    assert json.loads(run("outbox", "list", "--json").stdout) == []


def test_sendmail_says_the_time_in_local_time_as_outbox_list_does(
    run: Run, home: Path, clock: Any, monkeypatch: pytest.MonkeyPatch
) -> None:
    was = os.environ.get("TZ")  # the clock's (time_machine), put back after
    monkeypatch.setenv("TZ", "America/New_York")
    time.tzset()
    try:
        result = run("sendmail", "-t", input=HOT)
        listed = run("outbox", "list").stdout
    finally:
        if was is None:
            monkeypatch.delenv("TZ")
        else:
            monkeypatch.setenv("TZ", was)
        time.tzset()
    assert result.exit_code == 0, result.stderr
    shown = re.search(r"\((\d\d:\d\d)\)$", listed.rstrip())
    assert shown is not None, listed
    assert f"sendable {shown.group(1)}, in " in result.stderr
    assert "UTC" not in result.stderr


def test_a_broken_config_file_is_78_and_nothing_is_held(run: Run, home: Path) -> None:
    (home / "config" / "config.toml").write_text("[identity\n", "utf-8")
    result = run("sendmail", "-t", input=CALM)
    assert result.exit_code == 78
    assert "config.toml" in result.stderr
    assert not (home / "data" / "outbox.sqlite3").exists()


def test_a_copy_of_a_stored_draft_coming_back_is_that_draft(
    run: Run, home: Path, clock: Any, smtp: FakeSMTP, tmp_path: Path
) -> None:
    write_config(home, transport=_smtp(smtp))
    example = (
        Path(__file__).resolve().parents[1] / "fixtures" / "emails" / "review-complaint-en.eml"
    )
    copy = tmp_path / "reply.eml"
    drafted = run("--offline", "-o", str(copy), str(example))
    assert drafted.exit_code == 0, drafted.stderr
    [draft] = json.loads(run("outbox", "list", "--json").stdout)
    came_back = run("sendmail", "-t", "-oi", input=copy.read_bytes())  # sent from mutt, say
    assert came_back.exit_code == 0, came_back.stderr
    assert [d["id"] for d in json.loads(run("outbox", "list", "--json").stdout)] == [draft["id"]]
    held = stored(home, draft["id"])
    clock.move_to(held.not_before + timedelta(minutes=1), tick=False)
    assert run("outbox", "send", draft["id"], "--yes").exit_code == 0
    again = run("sendmail", "-t", "-oi", input=copy.read_bytes())
    assert again.exit_code == 65
    assert (
        f"this message is draft {draft['id']}" in again.stderr
        and "never sent twice" in again.stderr
    )
    assert len(smtp.messages) == 1


def test_sendmail_help_says_how_to_use_it(run: Run, home: Path) -> None:
    result = run("sendmail", "--help")
    assert result.exit_code == 0
    assert result.stdout.startswith("usage: draft-reply sendmail [-t]")
    assert "75 the outbox cannot" in result.stdout
    assert "78 configuration" in result.stdout
