"""Text an email smuggles in never leaves again: escape sequences, C0 and C1 controls and bidi
controls are stripped from the quoted original, the attribution line and the reply, the
sender's name is cleaned where it is parsed, and what reaches stdout or stderr carries none."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import Run

from assistant.display import strip_controls
from assistant.mail.message import parse_email
from assistant.mail.reply import build_reply, serialize
from assistant.mail.sender import greeting_name, name_parts

#: A sender name and a body full of terminal tricks: clear screen, an OSC 8 link, an OSC 52
#: clipboard write, a C1 CSI and bidi overrides ("\u202e...\u202c").
HOSTILE = (
    b"From: Mallory \x1b[2J\x1b]8;;https://evil.example\x1b\\\\click\x1b]8;;\x1b\\\\ "
    b"\xe2\x80\xaeevil\xe2\x80\xac <mallory@client.example>\n"
    b"To: Support <support@ourco.example>\n"
    b"Subject: Complaint \x1b[31mRED\x1b[0m \x1b]0;pwned title\x07 "
    b"\xe2\x80\xaegnp.exe\xe2\x80\xac\n"
    b"Date: Fri, 04 Dec 2026 09:15:00 +0000\n"
    b"Message-ID: <m_esc@x.example>\n"
    b"MIME-Version: 1.0\n"
    b'Content-Type: text/plain; charset="utf-8"\n'
    b"Content-Transfer-Encoding: 8bit\n\n"
    b"Hi,\n\nYou missed the deadline \x1b[2J\x1b[H again. "
    b"\x1b]8;;https://evil.example\x07click here\x1b]8;;\x07 "
    b"\xe2\x80\xaeReversed text\xe2\x80\xac. The report was late \xc2\x9b2J too.\n"
    b"\x1b]52;c;ZWNobyBwd25lZA==\x07\n"
    b"Please refund EUR 100.\n\nMallory\n"
)

#: Every character that drives a terminal or reorders text (tab and newline aside).
CONTROLS = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


@pytest.fixture
def hostile(tmp_path: Path) -> Path:
    path = tmp_path / "esc.eml"
    path.write_bytes(HOSTILE)
    return path


def test_a_piped_reply_carries_no_control_from_the_email(
    run: Run, env: dict[str, str], hostile: Path
) -> None:
    result = run("--offline", "--no-store", str(hostile), env=env)
    assert result.exit_code == 0, result.stderr
    reply = result.stdout_bytes.decode("utf-8")
    assert not CONTROLS.search(reply), [m.group() for m in CONTROLS.finditer(reply)]
    assert "> You missed the deadline  again. click here Reversed text." in reply
    assert "ZWNobyBwd25lZA" not in reply  # the clipboard write goes whole
    assert "> Please refund EUR 100." in reply


def test_the_greeting_and_the_warnings_name_the_sender_without_tricks(
    run: Run, env: dict[str, str], hostile: Path
) -> None:
    result = run("--offline", "--no-store", "--json", str(hostile), env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["body"].startswith("Hi Evil,\n")
    assert "\\" not in data["body"].split("\n")[0]
    assert not CONTROLS.search(result.stderr)
    assert "does not greet" not in result.stderr
    assert not any(CONTROLS.search(w) for w in data["warnings"])
    assert not CONTROLS.search(data["subject"]) and "gnp.exe" in data["subject"]
    assert not any(CONTROLS.search(a) for a in data["to"])


def test_a_stored_draft_exports_without_controls(
    run: Run, env: dict[str, str], hostile: Path
) -> None:
    drafted = run("--offline", "--json", str(hostile), env=env)
    assert drafted.exit_code == 0, drafted.stderr
    draft_id = json.loads(drafted.stdout)["draft_id"]
    exported = run("outbox", "export", draft_id, env=env)
    assert exported.exit_code == 0, exported.stderr
    assert not CONTROLS.search(exported.stdout_bytes.decode("utf-8"))
    shown = run("outbox", "show", draft_id, env=env)
    assert not CONTROLS.search(shown.stdout)


def test_json_output_escapes_what_json_leaves_raw(
    run: Run, env: dict[str, str], hostile: Path
) -> None:
    result = run("--offline", "--no-store", "--json", str(hostile), env=env)
    assert result.exit_code == 0, result.stderr
    assert not CONTROLS.search(result.stdout)  # the notes quote the client: escaped
    json.loads(result.stdout)


def test_the_manager_note_written_to_stderr_carries_no_control(
    run: Run, env: dict[str, str], hostile: Path
) -> None:
    result = run("--offline", "--no-store", "--manager-note", "-", str(hostile), env=env)
    assert result.exit_code == 0, result.stderr
    assert "note for your manager" in result.stderr
    assert not CONTROLS.search(result.stderr)


def test_a_reply_whose_text_quotes_controls_loses_them_with_a_warning(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    raw = (
        b"From: Anna Weber <anna@client.example>\nTo: Support <support@ourco.example>\n"
        b"Subject: Late again\nDate: Fri, 04 Dec 2026 09:15:00 +0000\n"
        b"Message-ID: <x1@client.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        b"Hi,\n\nYou missed the \x1b[31mdeadline\x1b[0m again and the report was late.\n"
        b"I want a refund of EUR 100 by Friday.\n\nAnna\n"
    )
    path = tmp_path / "quoted.eml"
    path.write_bytes(raw)
    result = run("--offline", "--no-store", "--json", str(path), env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert not CONTROLS.search(data["body"])
    if "deadline" in data["body"]:  # the offline drafter restated the concern
        assert "missed the deadline again" in data["body"]
        assert any("control character(s)" in w for w in data["warnings"])


# --- the library ---------------------------------------------------------------------------


def test_the_senders_display_name_is_cleaned_where_it_is_parsed() -> None:
    email = parse_email(HOSTILE)
    assert email.sender is not None
    assert not CONTROLS.search(email.sender.display_name)
    assert email.sender.display_name.endswith("evil")
    assert not CONTROLS.search(email.subject)


@pytest.mark.parametrize("name", ["\\\\\\\\", "--", "!!! ???", "\u202e\u202c", "12345"])
def test_a_display_name_without_a_letter_is_no_name(name: str) -> None:
    raw = f'From: "{name}" <x@client.example>\nSubject: hi\n\nHello.\n'.encode()
    email = parse_email(raw)
    assert email.sender is not None
    assert email.sender.display_name == ""
    assert email.sender.addr_spec == "x@client.example"


@pytest.mark.parametrize(
    ("display", "greeting"),
    [
        ("\\\\ evil", "Evil"),
        ("\\\\ Anna Weber", "Anna"),
        ("-- Anna --", "Anna"),
        (", Anna", "Anna"),
        ("Müller, Anna", "Anna"),
    ],
)
def test_words_without_a_letter_are_no_part_of_a_name(display: str, greeting: str) -> None:
    assert greeting_name(display, "en", informal=True) == greeting
    assert all(any(ch.isalpha() for ch in part) for part in name_parts(display)[1:] if part)


def test_build_reply_strips_controls_from_the_quote_and_the_attribution() -> None:
    from datetime import UTC, datetime

    email = parse_email(HOSTILE)
    msg = build_reply(
        email, "Hi,\n\nThanks.\n", from_address="s@ourco.example", now=datetime.now(UTC)
    )
    body = serialize(msg).decode("utf-8")
    assert not CONTROLS.search(body)
    assert "evil <mallory@client.example> wrote:" in body


@pytest.mark.parametrize(
    ("text", "clean", "count"),
    [
        ("a\x1b[2Jb", "ab", 1),
        ("a\x1b]8;;https://x.example\x07link\x1b]8;;\x07b", "alinkb", 2),
        ("a\x1b]52;c;ZWNobw==\x1b\\b", "ab", 1),
        ("a\x9b2Jb", "ab", 1),
        ("\u202egnp.exe\u202c", "gnp.exe", 2),
        ("\u2066x\u2069\u200e\u200f\u061c", "x", 5),
        ("tab\tand\nnewline kept", "tab\tand\nnewline kept", 0),
        ("crlf\r\nand cr\rend", "crlf\nand cr\nend", 0),
        ("nul\x00 del\x7f bel\x07", "nul del bel", 3),
        ("emoji \U0001f468\u200d\U0001f469 kept", "emoji \U0001f468\u200d\U0001f469 kept", 0),
    ],
)
def test_strip_controls(text: str, clean: str, count: int) -> None:
    assert strip_controls(text) == (clean, count)
