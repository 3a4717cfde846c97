"""A reader of standard output that goes away (``| head``) ends the command with 141 (128 +
SIGPIPE), quietly, and a draft already stored stays in the outbox. Real pipes, real processes:
a pipe takes part of a large write before its reader leaves, the case Python's buffered
streams report as written in full."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]
BROKEN_PIPE = 141


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(ROOT)}


def _big_email(tmp_path: Path) -> Path:
    """An email whose reply (it quotes the original) is far larger than a pipe's buffer."""
    filler = ("The figures in the appendix are wrong again, line after line. " * 15 + "\n") * 3000
    raw = (
        "From: Dana Fox <dana@client.example>\nTo: Sam <sam@agency.example>\n"
        "Subject: Report\nDate: Fri, 04 Dec 2026 09:15:00 +0000\n"
        "Message-ID: <big@client.example>\nContent-Type: text/plain; charset=utf-8\n\n"
        "Hi Sam,\n\nYou missed the deadline again. Please send the report by Friday.\n\n" + filler
    )
    path = tmp_path / "big.eml"
    path.write_text(raw, encoding="utf-8")
    assert path.stat().st_size > 2 * 1024 * 1024
    return path


def _command(*args: str) -> list[str]:
    return [sys.executable, "-m", "assistant", *args]


def _read_a_little_then_leave(args: list[str], env: dict[str, str]) -> tuple[int, bytes, bytes]:
    """Run ``args``, read the first 10 bytes of its stdout, close the pipe (``| head -c 10``)."""
    proc = subprocess.Popen(args, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE)
    assert proc.stdout is not None and proc.stderr is not None
    first = proc.stdout.read(10)
    proc.stdout.close()  # the rest of the reply is still to be written: the writer blocks
    stderr = proc.stderr.read()
    return proc.wait(timeout=120), first, stderr


def _with_stdout_closed(args: list[str], env: dict[str, str]) -> tuple[int, bytes]:
    """Run ``args`` with a stdout pipe whose reader is gone before it starts."""
    read_end, write_end = os.pipe()
    os.close(read_end)
    try:
        done = subprocess.run(args, env=env, stdout=write_end, stderr=subprocess.PIPE, check=False)
    finally:
        os.close(write_end)
    return done.returncode, done.stderr


def test_a_reply_cut_short_by_its_reader_exits_141_and_stays_stored(
    env: dict[str, str], tmp_path: Path
) -> None:
    status, first, stderr = _read_a_little_then_leave(
        _command("--offline", str(_big_email(tmp_path))), env
    )
    assert first == b"From: Sam "
    assert status == BROKEN_PIPE, stderr
    assert b"Traceback" not in stderr and b"error" not in stderr
    assert b"is in the outbox" in stderr
    listed = subprocess.run(
        _command("outbox", "list", "--json"), env=env, capture_output=True, check=True
    )
    [draft] = json.loads(listed.stdout)
    assert draft["state"] == "cooling"


def test_a_reply_not_stored_cut_short_exits_141(env: dict[str, str], tmp_path: Path) -> None:
    status, _, stderr = _read_a_little_then_leave(
        _command("--offline", "--no-store", str(_big_email(tmp_path))), env
    )
    assert status == BROKEN_PIPE, stderr
    assert b"Traceback" not in stderr and b"internal error" not in stderr


@pytest.mark.parametrize(
    "args",
    [
        ["outbox", "list"],
        ["outbox", "list", "--json"],
        ["--help"],
        ["--offline", "--no-store", "--json", "EMAIL"],
    ],
)
def test_a_reader_gone_before_the_first_line_gives_141(
    env: dict[str, str], tmp_path: Path, args: list[str]
) -> None:
    email = tmp_path / "small.eml"
    email.write_bytes(
        b"From: Dana <dana@client.example>\nTo: Sam <sam@agency.example>\nSubject: x\n\n"
        b"You missed the deadline again.\n"
    )
    drafted = subprocess.run(
        _command("--offline", str(email)), env=env, stdout=subprocess.DEVNULL, check=True
    )
    assert drafted.returncode == 0  # outbox list has a line to write
    status, stderr = _with_stdout_closed(
        _command(*(str(email) if a == "EMAIL" else a for a in args)), env
    )
    assert status == BROKEN_PIPE, stderr
    assert b"Traceback" not in stderr and b"Exception ignored" not in stderr
