"""A damaged message is drafted, and the user hears what is wrong with it: no body, a field
given twice (RFC 5322 3.6), a text part whose base64 is cut short (RFC 2045 6.8), a multipart
that ends without its closing boundary (RFC 2046 5.1.1). On stderr and in --json warnings."""

from __future__ import annotations

import base64
import json
import os
from pathlib import Path

import pytest
from conftest import Run

from assistant.mail.message import parse_email
from assistant.outbox.store import Outbox


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


HEAD = (
    b"From: Eve <eve@client.example>\nTo: Support <support@ourco.example>\nSubject: Report\n"
    b"Date: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <dmg@client.example>\n"
)
TEXT = "Hi,\n\nYou missed the deadline again and the report is still missing. I want a refund."
#: The text as base64 lines, then cut mid-group: the file ends where the copy stopped.
CUT = base64.encodebytes(TEXT.encode()).rstrip(b"\n")[:-3]

CASES = {
    "headers only": (HEAD, "the message has no body"),
    "a blank body": (HEAD + b"\n\n   \n", "the message has no body"),
    "two From headers": (
        HEAD + b"From: Mallory <attacker@evil.example>\n\nHi,\n\nYou missed the deadline.\n",
        "the message has 2 From headers (RFC 5322 3.6 allows one): the first is used",
    ),
    "truncated base64": (
        HEAD
        + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + CUT,
        "part 1's base64 is truncated (RFC 2045 6.8): the text may be incomplete",
    ),
    "truncated multipart": (
        HEAD
        + b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="XX"\n\n--XX\n'
        + b"Content-Type: text/plain\nContent-Transfer-Encoding: base64\n\n"
        + b"SGVsbG8gdGhpcyBpcyB0cnVuY2F0ZWQgYW5k",
        "the message ends inside part 1 without its closing MIME boundary",
    ),
}


@pytest.mark.parametrize("case", list(CASES))
def test_a_damaged_message_is_drafted_with_a_warning(
    run: Run, env: dict[str, str], case: str
) -> None:
    raw, said = CASES[case]
    result = run("--offline", "--no-store", "--json", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert f"draft-reply: warning: {said}" in result.stderr
    assert any(w.startswith(said) for w in json.loads(result.stdout)["warnings"])


def test_the_first_from_is_answered() -> None:
    raw, _ = CASES["two From headers"]
    email = parse_email(raw)
    assert email.sender is not None and email.sender.addr_spec == "eve@client.example"


@pytest.mark.parametrize("field", ["Reply-To", "Subject", "Date", "Message-ID"])
def test_other_fields_given_twice_are_said(field: str) -> None:
    value = {"Reply-To": "x@client.example", "Date": "Sat, 05 Dec 2026 09:15:00 +0000"}
    second = f"{field}: {value.get(field, '<two@client.example>')}\n".encode()
    email = parse_email(
        HEAD
        + (b"Reply-To: eve@client.example\n" if field == "Reply-To" else b"")
        + second
        + b"\nHi.\n"
    )
    assert any(d.startswith(f"the message has 2 {field} headers") for d in email.defects)


def test_a_truncated_base64_text_is_decoded_as_far_as_it_goes() -> None:
    for cut in (1, 2, 3):  # a last group of 3, 2 or 1 characters
        raw = (
            HEAD + b"Content-Type: text/plain; charset=utf-8\n"
            b"Content-Transfer-Encoding: base64\n\n" + base64.b64encode(TEXT.encode())[:-cut]
        )
        email = parse_email(raw)
        assert TEXT.startswith(email.text) and len(email.text) > len(TEXT) - 4, email.text
        assert any("base64 is truncated" in d for d in email.defects)


def test_base64_with_stray_characters_is_said() -> None:
    encoded = base64.b64encode(TEXT.encode())
    raw = (
        HEAD
        + b"Content-Type: text/plain; charset=utf-8\nContent-Transfer-Encoding: base64\n\n"
        + encoded[:8]
        + b"!!"
        + encoded[8:]
    )
    email = parse_email(raw)
    assert email.text == TEXT
    assert any(d.startswith("part 1's base64 holds characters outside") for d in email.defects)


def test_a_whole_message_says_nothing() -> None:
    raw = HEAD + b"Content-Type: text/plain; charset=utf-8\n\n" + TEXT.encode() + b"\n"
    email = parse_email(raw)
    assert not [d for d in email.defects if d.startswith(("the message", "part "))]


def test_a_message_with_only_an_attachment_has_no_text_to_answer(
    run: Run, env: dict[str, str]
) -> None:
    raw = HEAD + (
        b'MIME-Version: 1.0\nContent-Type: multipart/mixed; boundary="b"\n\n--b\n'
        b"Content-Type: image/png\nContent-Transfer-Encoding: base64\n\niVBORw0KGgo=\n--b--\n"
    )
    result = run("--offline", "--no-store", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    assert "warning: the message has no text to answer" in result.stderr


# --- outbox show ---------------------------------------------------------------------------


def test_show_says_when_the_language_was_not_determined(run: Run, env: dict[str, str]) -> None:
    mine = b"From: Sam <sam@agency.example>\nTo: Dana <dana@client.example>\nSubject: Re: x\n\nok\n"
    added = run("outbox", "add", "-", env=env, input=mine)
    assert added.exit_code == 0, added.stderr
    with Outbox.open(Path(env["DRAFT_REPLY_HOME"]) / "data" / "outbox.sqlite3") as box:
        [summary] = box.list()
        assert box.get(summary.id).language == "und"
    shown = run("outbox", "show", summary.id, env=env)
    assert shown.exit_code == 0, shown.stderr
    assert "language:     not determined" in shown.stdout
    assert " und" not in shown.stdout.split("--- message ---")[0]


def test_show_names_a_determined_language(run: Run, env: dict[str, str]) -> None:
    raw = HEAD + b"\nHi,\n\nYou missed the deadline again and the report is still missing.\n"
    drafted = run("--offline", "--json", "-", env=env, input=raw)
    assert drafted.exit_code == 0, drafted.stderr
    shown = run("outbox", "show", json.loads(drafted.stdout)["draft_id"], env=env)
    assert "language:     en" in shown.stdout
