"""Where a reply goes when the email asks for a crowd or a stranger: a reply to all that copies
more than ten addresses is named, and capped at 100 recipients (RFC 5321 4.5.3.1.8); a
Reply-To that adds a stranger or shows another address by its name is named as such."""

from __future__ import annotations

import json
import os
from email import message_from_bytes, policy
from pathlib import Path
from typing import Any

import pytest
from conftest import Run

from assistant.mail.message import parse_email
from assistant.mail.reply import MAX_RECIPIENTS, reply_copies


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


def _crowd(count: int) -> bytes:
    """An email from a@c.example to ``count`` addresses on the sender's own domain."""
    to = ", ".join(f"u{i}@c.example" for i in range(count))
    return (
        f"From: A <a@c.example>\nTo: {to}\nSubject: x\n"
        "Date: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <crowd@c.example>\n\n"
        "Hi, you missed the deadline again. Please send the report by Friday.\n\nA\n"
    ).encode()


def _draft(run: Run, env: dict[str, str], raw: bytes, *args: str) -> tuple[dict[str, Any], str]:
    result = run("--offline", "--no-store", "--json", *args, "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    return json.loads(result.stdout), result.stderr


def test_a_reply_to_a_crowd_is_capped_and_says_so(run: Run, env: dict[str, str]) -> None:
    data, stderr = _draft(run, env, _crowd(2000))
    # To is the sender; Cc fills the rest of the 100 recipients.
    assert len(data["to"]) + len(data["cc"]) == MAX_RECIPIENTS
    assert len(data["cc"]) == 99
    said = [w for w in data["warnings"] if "the reply copies 99 addresses (Cc)" in w]
    assert said and said[0].startswith("check before sending: ")
    assert "left out" in said[0] and "100 recipients" in said[0]
    assert "1,000" in said[0]  # the email's To held more than is read
    assert "the reply copies 99 addresses (Cc)" in stderr


def test_more_than_ten_copies_are_named(run: Run, env: dict[str, str]) -> None:
    data, stderr = _draft(run, env, _crowd(13))
    # u0 is the address the mail was sent to, so it is the reply's From: 12 copies left.
    assert len(data["cc"]) == 12
    assert any("the reply copies 12 addresses (Cc)" in w for w in data["warnings"])
    assert "left out" not in stderr
    assert "the reply copies 12 addresses (Cc)" in data["notes"]["checks"]


def test_ten_copies_are_not_named(run: Run, env: dict[str, str]) -> None:
    data, _ = _draft(run, env, _crowd(11))
    assert len(data["cc"]) == 10
    assert not any("the reply copies" in w for w in data["warnings"])


def test_no_cc_copies_nobody_and_says_nothing(run: Run, env: dict[str, str]) -> None:
    data, _ = _draft(run, env, _crowd(40), "--no-cc")
    assert data["cc"] == []
    assert not any("the reply copies" in w for w in data["warnings"])


def test_reply_copies_is_the_cc_the_reply_gets() -> None:
    email = parse_email(_crowd(300))
    copies = reply_copies(email, "Support <support@ourco.example>")
    assert len(copies.kept) == 99 and copies.left_out == 300 - 99
    assert copies.kept[0] == "u0@c.example"


# --- Reply-To tricks ---------------------------------------------------------------------------

BASE = (
    b"From: Eve <eve@client.example>\nTo: Support <support@ourco.example>\nSubject: x\n"
    b"Date: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <rt@x.example>\n"
)
BODY = b"\nHi,\n\nYou missed the deadline again. I want a refund.\n\nEve\n"


def test_a_reply_to_that_adds_a_stranger_says_the_sender_gets_it_too(
    run: Run, env: dict[str, str]
) -> None:
    raw = BASE + b"Reply-To: eve@client.example, attacker@evil.example\n" + BODY
    data, _ = _draft(run, env, raw)
    assert data["to"] == ["eve@client.example", "attacker@evil.example"]
    [said] = [w for w in data["warnings"] if "Reply-To address attacker@evil.example" in w]
    assert "as well as to the sender eve@client.example" in said
    assert "not to the sender" not in said


def test_a_reply_to_whose_name_shows_the_senders_address_is_named_and_not_written(
    run: Run, env: dict[str, str]
) -> None:
    raw = BASE + b'Reply-To: "eve@client.example" <eve@client.example.evil.example>\n' + BODY
    result = run("--offline", "--no-store", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    reply = message_from_bytes(result.stdout_bytes, policy=policy.default)
    assert str(reply["To"]) == "eve@client.example.evil.example"  # no name that lies
    assert "a look-alike of the sender's" in result.stderr
    assert 'shown by its name as "eve@client.example"' in result.stderr


def test_a_bcc_in_the_email_is_never_copied(run: Run, env: dict[str, str]) -> None:
    raw = BASE.replace(b"Subject: x\n", b"Subject: x\nBcc: attacker@evil.example\n") + BODY
    data, _ = _draft(run, env, raw)
    assert "attacker@evil.example" not in json.dumps([data["to"], data["cc"]])
