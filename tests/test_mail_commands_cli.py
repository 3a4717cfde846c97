"""``filter``, ``worker``, ``batch`` and ``logs`` keep the command-line conventions of the
other commands (``-h``, ``--debug`` anywhere, the docstring as help), say what went wrong
with a message, and never lose one.

Everything runs through the real entry point (Click's runner) or, for procmail, the
installed program; the queue is the real SQLite file.
"""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from datetime import UTC, datetime
from pathlib import Path

import pytest
from conftest import Run

from assistant.outbox.inbound import Inbound

DRAFT_REPLY = str(Path(sys.executable).parent / "draft-reply")

MESSAGE = (
    b"From: Anna Berg <anna@client.example>\nTo: Sam <sam@example.com>\n"
    b"Subject: Late report\nDate: Tue, 03 Nov 2026 09:00:00 +0000\n"
    b"Message-ID: <m1@client.example>\n\n"
    b"The report was late again and nobody told us. Please answer in writing by Friday.\n"
)

#: The start of a program: what ``head -c 3000 /bin/ls | draft-reply filter`` hands over.
BINARY = (
    Path("/bin/ls").read_bytes()[:3000]
    if Path("/bin/ls").is_file()
    else b"\x7fELF\x02\x01\x01\x00" + bytes(range(256)) * 12
)

COMMANDS = ["filter", "worker", "batch", "logs"]


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def env(home: Path) -> dict[str, str | None]:
    clean: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    return clean | {"DRAFT_REPLY_HOME": str(home), "DRAFT_REPLY_CONFIG": None}


def _queued(home: Path) -> int:
    path = Inbound.path_for(home / "data")
    if not path.exists():
        return 0
    with Inbound.open(path) as queue:
        return queue.counts()["queued"]


# -- the command-line conventions ---------------------------------------------------------------


@pytest.mark.parametrize("command", COMMANDS)
def test_help_is_the_projects_style_and_h_is_accepted(run: Run, command: str) -> None:
    long = run(command, "--help")
    short = run(command, "-h")
    assert (long.exit_code, short.exit_code) == (0, 0), short.stderr
    assert short.stdout == long.stdout
    help_text = long.stdout
    assert help_text.startswith(f"usage: draft-reply {command} ")
    # the docstring as written (not indented by Click), then the common options
    assert help_text.splitlines()[2][:1] not in ("", " ")
    assert "\nOptions:\n  -h, --help " in help_text
    assert "  --debug " in help_text
    assert "Show this message and exit." not in help_text


@pytest.mark.parametrize("command", COMMANDS)
def test_an_unknown_option_is_told_in_the_projects_words(run: Run, command: str) -> None:
    result = run(command, "--bogus")
    assert result.exit_code == 2
    assert result.stderr.startswith(f"usage: draft-reply {command} ")
    assert f"draft-reply {command}: error: unrecognized arguments: --bogus" in result.stderr


def test_debug_is_accepted_by_logs_anywhere(run: Run, env: dict[str, str | None]) -> None:
    for args in (["logs", "--debug"], ["--debug", "logs"], ["logs", "-n", "3", "--debug"]):
        result = run(*args, env=env)
        assert result.exit_code == 0, (args, result.stderr)
        assert "no model requests logged yet" in result.stdout


def test_debug_is_accepted_by_worker_and_batch(
    run: Run, env: dict[str, str | None], tmp_path: Path
) -> None:
    worker = run("worker", "--once", "--offline", "--debug", env=env)
    assert worker.exit_code == 0, worker.stderr
    assert "drafted 0, failed 0" in worker.stdout
    (tmp_path / "one.eml").write_bytes(MESSAGE)
    batch = run("batch", "--offline", str(tmp_path / "one.eml"), "--debug", env=env)
    assert batch.exit_code == 0, batch.stderr
    assert batch.stdout.startswith("drafted 1, skipped 0, failed 0")


@pytest.mark.parametrize(
    "args", [["filter", "--debug"], ["--debug", "filter"], ["filter", "--debug", "--debug"]]
)
def test_the_filter_with_debug_passes_the_message_through_and_queues_it(
    run: Run, env: dict[str, str | None], home: Path, args: list[str]
) -> None:
    result = run(*args, input=MESSAGE, env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout_bytes == MESSAGE
    assert "queued for drafting" in result.stderr
    assert _queued(home) == 1


def test_procmail_with_filter_debug_delivers_and_queues(tmp_path: Path) -> None:
    if shutil.which("procmail") is None:
        pytest.skip("procmail is not installed (Debian package procmail; .ci/run installs it)")
    home = tmp_path / "home"
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    env = base | {"DRAFT_REPLY_HOME": str(home)}
    maildir = tmp_path / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True)
    rc = tmp_path / "procmailrc"
    rc.write_text(
        f"MAILDIR={maildir}\nDEFAULT={maildir}/\nLOGFILE={tmp_path}/log\nSHELL=/bin/sh\n"
        f"DRAFT_REPLY_HOME={home}\n:0 fw\n| {DRAFT_REPLY} filter --debug\n",
        "utf-8",
    )
    subprocess.run(["procmail", "-m", str(rc)], input=MESSAGE, env=env, check=True, timeout=30)
    (delivered,) = (maildir / "new").iterdir()
    # procmail may end the message with a blank line, as it does after cat
    assert delivered.read_bytes().rstrip(b"\n") == MESSAGE.rstrip(b"\n")
    log = (tmp_path / "log").read_text("utf-8", errors="replace")
    assert "queued for drafting" in log
    assert "No such option" not in log and "unrecognized" not in log
    assert _queued(home) == 1


# -- the filter never queues what can never be drafted ------------------------------------------


def test_binary_input_passes_through_unqueued(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    result = run("filter", input=BINARY, env=env)
    assert result.exit_code == 0
    assert result.stdout_bytes == BINARY
    assert "not queued: input is binary data" in result.stderr
    assert _queued(home) == 0


def test_input_over_the_configured_limit_passes_through_unqueued(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    config = home / "config"
    config.mkdir(parents=True)
    (config / "config.toml").write_text("[input]\nmax_message_bytes = 1024\n", "utf-8")
    big = MESSAGE + b"More words.\n" * 200
    result = run("filter", input=big, env=env)
    assert result.exit_code == 0
    assert result.stdout_bytes == big
    assert "not queued: message is" in result.stderr and "over the limit of 1024" in result.stderr
    assert _queued(home) == 0
    assert run("filter", input=MESSAGE, env=env).exit_code == 0  # a small one is queued
    assert _queued(home) == 1


def test_input_over_25_mib_passes_through_unqueued(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    big = MESSAGE + b"x" * (25 * 1024 * 1024)
    result = run("filter", input=big, env=env)
    assert result.exit_code == 0
    assert result.stdout_bytes == big
    assert f"over the limit of {25 * 1024 * 1024}" in result.stderr
    assert _queued(home) == 0


# -- the worker names each failure --------------------------------------------------------------


def test_the_worker_names_each_failed_message_and_exits_1(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    # A queue filled before the filter refused such input: two messages that cannot be read.
    with Inbound.open(Inbound.path_for(home / "data")) as queue:
        queue.add(BINARY, None, datetime.now(UTC))
        queue.add(b"From: x@client.example\n\n" + BINARY, "<bin@client.example>", datetime.now(UTC))
    assert run("filter", input=MESSAGE, env=env).exit_code == 0
    result = run("worker", "--once", "--offline", env=env)
    assert result.exit_code == 1
    assert "drafted 1, failed 2" in result.stdout
    lines = [line for line in result.stderr.splitlines() if "failed" in line]
    assert len(lines) == 2, result.stderr
    first, second = lines
    assert "queued message 1" in first and "input is binary data" in first
    assert "queued message 2" in second and "<bin@client.example>" in second
    assert all(line.startswith("draft-reply worker: ") for line in lines)
    again = run("worker", "--once", "--offline", env=env)  # nothing new failed
    assert again.exit_code == 0 and "failed 0" in again.stdout


# -- batch ---------------------------------------------------------------------------------------


@pytest.mark.parametrize("layout", ["no .eml suffix", ".eml in a subfolder", "empty folder"])
def test_batch_warns_when_a_folder_holds_no_message_it_reads(
    run: Run, env: dict[str, str | None], tmp_path: Path, layout: str
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    if layout == "no .eml suffix":
        (folder / "message.txt").write_bytes(MESSAGE)
    elif layout == ".eml in a subfolder":
        (folder / "2026").mkdir()
        (folder / "2026" / "a.eml").write_bytes(MESSAGE)
    result = run("batch", "--offline", str(folder), env=env)
    assert result.exit_code == 0
    assert result.stdout.startswith("drafted 0, skipped 0, failed 0")
    assert f"draft-reply: warning: no messages found in {folder}" in result.stderr
    assert "Maildir" in result.stderr and "mbox" in result.stderr and ".eml" in result.stderr
    assert len(result.stderr.splitlines()) == 1


def test_batch_does_not_warn_about_a_folder_with_messages(
    run: Run, env: dict[str, str | None], tmp_path: Path
) -> None:
    folder = tmp_path / "mail"
    folder.mkdir()
    (folder / "a.eml").write_bytes(MESSAGE)
    result = run("batch", "--offline", str(folder), env=env)
    assert result.exit_code == 0 and "warning" not in result.stderr


def test_an_empty_mbox_holds_no_message_and_is_no_failure(
    run: Run, env: dict[str, str | None], tmp_path: Path
) -> None:
    (tmp_path / "empty.mbox").write_bytes(b"")
    (tmp_path / "one.eml").write_bytes(MESSAGE)
    result = run("batch", "--offline", str(tmp_path / "empty.mbox"), env=env)
    assert result.exit_code == 0, result.stdout
    assert result.stdout.startswith("drafted 0, skipped 0, failed 0")
    assert "input is empty" not in result.stdout + result.stderr
    both = run("batch", "--offline", str(tmp_path / "empty.mbox"), str(tmp_path / "one.eml"))
    assert both.exit_code == 0 and both.stdout.startswith("drafted 1, skipped 0, failed 0")


def test_an_empty_eml_file_is_still_a_failure(
    run: Run, env: dict[str, str | None], tmp_path: Path
) -> None:
    (tmp_path / "empty.eml").write_bytes(b"")
    result = run("batch", "--offline", str(tmp_path / "empty.eml"), env=env)
    assert result.exit_code == 1
    assert "input is empty" in result.stdout


def test_batch_of_a_missing_path_is_66_in_one_line(
    run: Run, env: dict[str, str | None], tmp_path: Path
) -> None:
    missing = tmp_path / "nonexistent"
    result = run("batch", "--offline", str(missing), env=env)
    assert result.exit_code == 66
    assert result.stderr == f"draft-reply: error: {missing}: no such file, Maildir or folder\n"
    assert result.stdout == ""
