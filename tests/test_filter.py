"""``draft-reply filter`` and ``draft-reply worker``: from a mail filter to drafts in the outbox.

The filter runs as real procmail and maildrop run it (both from Debian's packages; the tests
skip with the reason when they are not installed), and in-process for the edge cases; the
worker drafts offline from the queue, a real SQLite file.
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
from fake_openai import FakeOpenAI

from assistant.outbox.inbound import Inbound
from assistant.outbox.store import Outbox

DRAFT_REPLY = str(Path(sys.executable).parent / "draft-reply")

MESSAGE = (
    b"From: Anna Berg <anna@client.example>\nTo: Sam <sam@example.com>\n"
    b"Subject: Late report\nDate: Tue, 03 Nov 2026 09:00:00 +0000\n"
    b"Message-ID: <m1@client.example>\n\n"
    b"The report was late again and nobody told us. Please answer in writing by Friday.\n"
)


def _with_id(number: int) -> bytes:
    return MESSAGE.replace(b"<m1@", f"<m{number}@".encode())


@pytest.fixture
def home(tmp_path: Path) -> Path:
    return tmp_path / "home"


@pytest.fixture
def env(home: Path) -> dict[str, str | None]:
    clean: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    return clean | {"DRAFT_REPLY_HOME": str(home), "DRAFT_REPLY_CONFIG": None}


def _queue(home: Path) -> Inbound:
    return Inbound.open(Inbound.path_for(home / "data"))


def test_the_filter_passes_the_message_through_and_queues_it(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    result = run("filter", input=MESSAGE, env=env)
    assert result.exit_code == 0
    assert result.stdout_bytes == MESSAGE
    assert "queued for drafting" in result.stderr
    again = run("filter", input=MESSAGE, env=env)
    assert again.exit_code == 0 and again.stdout_bytes == MESSAGE
    assert "already queued (same Message-ID)" in again.stderr
    with _queue(home) as queue:
        assert queue.counts()["queued"] == 1


@pytest.mark.parametrize(
    ("header", "reason"),
    [
        (b"Auto-Submitted: auto-replied\n", "automatic mail"),
        (b"List-Id: <team.lists.example>\n", "mailing list"),
        (b"Precedence: bulk\n", "bulk mail"),
    ],
)
def test_automatic_and_list_mail_passes_through_unqueued(
    run: Run, env: dict[str, str | None], home: Path, header: bytes, reason: str
) -> None:
    message = header + MESSAGE
    result = run("filter", input=message, env=env)
    assert (result.exit_code, result.stdout_bytes) == (0, message)
    assert f"not queued: {reason}" in result.stderr
    assert not Inbound.path_for(home / "data").exists()


def test_a_no_reply_sender_passes_through_unqueued(run: Run, env: dict[str, str | None]) -> None:
    message = MESSAGE.replace(b"anna@client.example", b"no-reply@client.example")
    result = run("filter", input=message, env=env)
    assert (result.exit_code, result.stdout_bytes) == (0, message)
    assert "no-reply sender" in result.stderr


def test_only_senders_in_the_book_when_configured(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    config = home / "config"
    config.mkdir(parents=True)
    (config / "config.toml").write_text('[filter]\nonly = "book"\n', "utf-8")
    (config / "clients.toml").write_text(
        'currency = "EUR"\n[clients.c]\nname = "Client"\ndomains = ["client.example"]\n'
        "revenue = 1\n",
        "utf-8",
    )
    assert "queued for drafting" in run("filter", input=MESSAGE, env=env).stderr
    stranger = _with_id(2).replace(b"anna@client.example", b"eve@elsewhere.example")
    result = run("filter", input=stranger, env=env)
    assert result.stdout_bytes == stranger
    assert "the sender is not in the client book" in result.stderr


def test_no_passthrough_writes_nothing(run: Run, env: dict[str, str | None]) -> None:
    result = run("filter", "--no-passthrough", input=MESSAGE, env=env)
    assert (result.exit_code, result.stdout_bytes) == (0, b"")


@pytest.mark.parametrize("damage", ["data dir is a file", "broken config"])
def test_a_failure_to_queue_still_passes_the_message_through_with_75(
    run: Run, env: dict[str, str | None], home: Path, damage: str
) -> None:
    home.mkdir()
    if damage == "data dir is a file":
        (home / "data").write_text("not a folder", "utf-8")
    else:
        (home / "config").mkdir()
        (home / "config" / "config.toml").write_text("[llm\nbroken", "utf-8")
    result = run("filter", input=MESSAGE, env=env)
    assert result.exit_code == 75
    assert result.stdout_bytes == MESSAGE
    assert "the message was not queued" in result.stderr


def test_input_that_is_no_email_passes_through(run: Run, env: dict[str, str | None]) -> None:
    for data in (b"", b"\x89PNG\r\n\x1a\n\x00\x00binary", b"no header at all\n"):
        result = run("filter", input=data, env=env)
        assert result.stdout_bytes == data
        assert result.exit_code in (0, 75)


# -- real mail filters ------------------------------------------------------------------------


def _needs(program: str) -> None:
    if shutil.which(program) is None:
        pytest.skip(f"{program} is not installed (Debian package {program}; .ci/run installs it)")


def _procmail(tmp: Path, filter_command: str, message: bytes, env: dict[str, str]) -> Path:
    """Deliver ``message`` with procmail through ``filter_command`` into a Maildir; return the
    delivered file. procmail passes its own variables to the filter: the home is set there."""
    maildir = tmp / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    rc = tmp / "procmailrc"
    rc.write_text(
        f"MAILDIR={maildir}\nDEFAULT={maildir}/\nLOGFILE={tmp}/log\nSHELL=/bin/sh\n"
        f"DRAFT_REPLY_HOME={env['DRAFT_REPLY_HOME']}\n"
        f":0 fw\n| {filter_command}\n",
        "utf-8",
    )
    subprocess.run(["procmail", "-m", str(rc)], input=message, env=env, check=True, timeout=30)
    (delivered,) = (maildir / "new").iterdir()
    return delivered


def _env(home: Path) -> dict[str, str]:
    base = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return base | {"DRAFT_REPLY_HOME": str(home)}


def test_procmail_delivers_the_message_as_an_empty_filter_would_and_queues_it(
    tmp_path: Path,
) -> None:
    _needs("procmail")
    env = _env(tmp_path / "home")
    baseline = _procmail(tmp_path / "cat", "cat", MESSAGE, env).read_bytes()
    delivered = _procmail(tmp_path / "dr", f"{DRAFT_REPLY} filter", MESSAGE, env).read_bytes()
    assert delivered == baseline
    with _queue(tmp_path / "home") as queue:
        assert queue.counts()["queued"] == 1


def test_procmail_still_delivers_when_the_queue_cannot_be_written(tmp_path: Path) -> None:
    _needs("procmail")
    home = tmp_path / "home"
    home.mkdir()
    (home / "data").write_text("not a folder", "utf-8")
    env = _env(home)
    delivered = _procmail(tmp_path / "dr", f"{DRAFT_REPLY} filter", MESSAGE, env).read_bytes()
    # A failing filter (exit 75, logged): procmail delivers the message it had, unaltered.
    assert delivered == MESSAGE
    log = (tmp_path / "dr" / "log").read_text("utf-8", errors="replace")
    assert "the message was not queued" in log and "(75)" in log


def _maildrop(tmp: Path, message: bytes, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    maildir = tmp / "Maildir"
    for sub in ("new", "cur", "tmp"):
        (maildir / sub).mkdir(parents=True, exist_ok=True)
    rc = tmp / "mailfilter"
    rc.write_text(f'xfilter "{DRAFT_REPLY} filter"\nto "{maildir}/"\n', "utf-8")
    rc.chmod(0o600)
    return subprocess.run(["maildrop", str(rc)], input=message, env=env, timeout=30)


def test_maildrop_delivers_the_message_byte_for_byte_and_queues_it(tmp_path: Path) -> None:
    _needs("maildrop")
    result = _maildrop(tmp_path, MESSAGE, _env(tmp_path / "home"))
    assert result.returncode == 0
    (delivered,) = (tmp_path / "Maildir" / "new").iterdir()
    assert delivered.read_bytes() == MESSAGE
    with _queue(tmp_path / "home") as queue:
        assert queue.counts()["queued"] == 1


def test_maildrop_defers_when_the_queue_cannot_be_written(tmp_path: Path) -> None:
    """maildrop's xfilter treats a failing filter as a temporary failure: exit 75, nothing
    delivered, and the mail system keeps the message to try again: nothing is lost."""
    _needs("maildrop")
    home = tmp_path / "home"
    home.mkdir()
    (home / "data").write_text("not a folder", "utf-8")
    result = _maildrop(tmp_path, MESSAGE, _env(home))
    assert result.returncode == 75
    assert list((tmp_path / "Maildir" / "new").iterdir()) == []


# -- the worker -----------------------------------------------------------------------------------


def _fill(run: Run, env: dict[str, str | None], count: int) -> None:
    for number in range(1, count + 1):
        assert run("filter", input=_with_id(number), env=env).exit_code == 0


def _drafts(home: Path, count: int) -> list[str]:
    """Return the Message-IDs m1..m<count> each stored draft answers, one entry per draft."""
    with Outbox.open(home / "data" / "outbox.sqlite3") as outbox:
        assert len(outbox.list()) >= 0
        return [
            f"<m{n}@client.example>"
            for n in range(1, count + 1)
            for _ in outbox.find_replies_to(f"<m{n}@client.example>")
        ]


@pytest.mark.parametrize("jobs", ["1", "4"])
def test_the_worker_drafts_each_queued_message_once(
    run: Run, env: dict[str, str | None], home: Path, jobs: str
) -> None:
    _fill(run, env, 5)
    result = run("worker", "--once", "--offline", "--jobs", jobs, env=env)
    assert result.exit_code == 0, result.stderr
    assert "drafted 5, failed 0" in result.stdout
    assert _drafts(home, 5) == [f"<m{n}@client.example>" for n in range(1, 6)]
    again = run("worker", "--once", "--offline", env=env)
    assert "drafted 0" in again.stdout
    assert len(_drafts(home, 5)) == 5
    with _queue(home) as queue:
        assert queue.counts()["drafted"] == 5


def test_the_worker_finds_the_model_once_for_all_its_jobs(
    run: Run, env: dict[str, str | None], home: Path, fake_openai: FakeOpenAI
) -> None:
    """One Session for every job: a local server is probed once (GET /models), not per job,
    and each message is one chat request."""
    config = home / "config"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(
        f'[llm]\nprobe_local = true\nlocal_endpoints = ["{fake_openai.base_url}"]\n', "utf-8"
    )
    _fill(run, env, 6)
    result = run("worker", "--once", "--jobs", "4", env=env)
    assert result.exit_code == 0, result.stderr
    assert "drafted 6, failed 0" in result.stdout
    probes = [r for r in fake_openai.requests if r.method == "GET"]
    assert [r.path.rstrip("/").rsplit("/", 1)[-1] for r in probes] == ["models"]
    assert len(fake_openai.chat_requests()) == 6
    assert _drafts(home, 6) == [f"<m{n}@client.example>" for n in range(1, 7)]


def test_a_stopped_workers_messages_are_drafted_once_on_restart(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    _fill(run, env, 3)
    with _queue(home) as queue:  # a worker that died: one message in drafting...
        stuck = queue.claim(datetime.now(UTC))
    assert stuck is not None
    # ...after it had already stored its draft of that message.
    assert run("--offline", "-", input=stuck.raw, env=env).exit_code == 0
    result = run("worker", "--once", "--offline", env=env)
    assert "queued again" in result.stdout
    assert "drafted 3" in result.stdout
    assert _drafts(home, 3) == [f"<m{n}@client.example>" for n in range(1, 4)]


def test_a_message_that_cannot_be_read_is_failed_and_kept(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    with _queue(home) as queue:
        queue.add(b"this is no email\n", None, datetime.now(UTC))
    result = run("worker", "--once", "--offline", env=env)
    assert "failed 1" in result.stdout
    with _queue(home) as queue:
        assert queue.counts()["failed"] == 1


def test_one_worker_at_a_time(run: Run, env: dict[str, str | None], home: Path) -> None:
    _fill(run, env, 1)
    with _queue(home) as queue, queue.worker_lock() as mine:
        assert mine
        result = run("worker", "--once", "--offline", env=env)
    assert result.exit_code == 75
    assert "another draft-reply worker is running" in result.stderr


# -- batch ---------------------------------------------------------------------------------------


def test_batch_drafts_a_maildir_an_mbox_and_eml_files_and_skips_what_it_should(
    run: Run, env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    import json
    import mailbox

    box = mailbox.Maildir(tmp_path / "Maildir", create=True)
    box.add(_with_id(1))
    box.add(b"Auto-Submitted: auto-replied\n" + _with_id(2))
    mbox = mailbox.mbox(tmp_path / "inbox.mbox", create=True)
    mbox.add(_with_id(3))
    mbox.add(_with_id(4).replace(b"Tue, 03 Nov 2026", b"Tue, 06 Jan 2026"))
    mbox.flush()
    folder = tmp_path / "emls"
    folder.mkdir()
    (folder / "a.eml").write_bytes(_with_id(5))
    paths = [str(tmp_path / "Maildir"), str(tmp_path / "inbox.mbox"), str(folder)]
    result = run("batch", "--offline", "--jobs", "2", "--since", "2026-10-01", *paths, env=env)
    assert result.exit_code == 0, result.stdout
    out = result.stdout
    assert out.startswith("drafted 3, skipped 2, failed 0")
    assert "skipped 1: automatic mail (Auto-Submitted)" in out
    assert "skipped 1: sent before 2026-10-01" in out
    assert _drafts(home, 5) == ["<m1@client.example>", "<m3@client.example>", "<m5@client.example>"]
    (tmp_path / "bad.eml").write_bytes(b"this is no email\n")
    bad = run("batch", "--offline", str(tmp_path / "bad.eml"), env=env)
    assert bad.exit_code == 1  # a message that could not be drafted is named
    assert f"failed {tmp_path / 'bad.eml'}: input has no header block" in bad.stdout
    again = run("batch", "--offline", "--json", str(folder / "a.eml"), env=env)
    (row,) = [json.loads(line) for line in again.stdout.splitlines()]
    assert row["status"] == "skipped" and row["message_id"] == "<m5@client.example>"
    assert "already answers" in row["reason"]
    assert again.exit_code == 0


def test_batch_from_filter_and_a_missing_path(
    run: Run, env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    (tmp_path / "one.eml").write_bytes(_with_id(1))
    result = run("batch", "--offline", "--from", "someone-else", str(tmp_path / "one.eml"), env=env)
    assert result.stdout.startswith("drafted 0, skipped 1, failed 0")
    assert "not from someone-else" in result.stdout
    missing = run("batch", "--offline", str(tmp_path / "nothing-here"), env=env)
    assert missing.exit_code == 66  # EX_NOINPUT, as the README's exit-code table says
    assert "no such file, Maildir or folder" in missing.stderr


# -- the prompt log -------------------------------------------------------------------------------


def test_every_model_request_is_logged_with_its_draft(
    run: Run, env: dict[str, str | None], home: Path, fake_openai: FakeOpenAI
) -> None:
    import json

    config = home / "config"
    config.mkdir(parents=True)
    (config / "config.toml").write_text(
        '[llm]\nprobe_local = false\n[privacy]\nredact = ["email"]\nredact_local = true\n',
        "utf-8",
    )
    answer = {
        "reply": "Dear Anna,\n\nThank you. You will have it in writing by Friday.\n\nSam",
        "notes": {"understand": "-", "record": "-", "perspective": "-"},
    }
    fake_openai.enqueue(json.dumps(answer), json.dumps(answer))
    model_env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    message = MESSAGE.replace(
        b"nobody told us.", b"nobody told us. Write to anna.b@private.example."
    )
    drafted = run("--json", "-", input=message, env=model_env)
    assert drafted.exit_code == 0, drafted.stderr
    draft_id = json.loads(drafted.stdout)["draft_id"]
    listing = run("logs", env=model_env)
    assert listing.exit_code == 0
    (line,) = listing.stdout.splitlines()
    assert f"draft {draft_id}" in line and "12+34 tokens" in line
    entry_id = line.split()[0]
    shown = run("logs", "--json", entry_id, env=model_env)
    (entry,) = [json.loads(row) for row in shown.stdout.splitlines()]
    assert entry["draft_id"] == draft_id and entry["options"]["max_tokens"] == 1200
    logged = json.dumps(entry["messages"])
    assert "nobody told us" in logged
    assert "anna.b@private.example" not in logged  # the log holds what the model saw
    # --no-log keeps nothing
    assert run("--no-log", "--no-store", "-", input=_with_id(2), env=model_env).exit_code == 0
    assert len(run("logs", env=model_env).stdout.splitlines()) == 1


def test_a_worker_killed_mid_batch_drafts_nothing_twice_and_loses_nothing(
    run: Run, env: dict[str, str | None], home: Path, fake_openai: FakeOpenAI
) -> None:
    """A real worker process, SIGKILLed while its model answers slowly; then a second run."""
    import json
    import signal
    import time

    from fake_openai import Delay

    _fill(run, env, 6)
    answer = json.dumps(
        {
            "reply": "Dear Anna,\n\nThank you. You will have it in writing by Friday.\n\nSam",
            "notes": {"understand": "-", "record": "-", "perspective": "-"},
        }
    )
    fake_openai.enqueue(*[Delay(0.4, answer) for _ in range(12)])
    config = home / "config"
    config.mkdir(parents=True, exist_ok=True)
    (config / "config.toml").write_text("[llm]\nprobe_local = false\n", "utf-8")
    process_env = _env(home) | {
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": fake_openai.base_url,
    }
    worker = subprocess.Popen(
        [DRAFT_REPLY, "worker", "--once", "--jobs", "2"],
        env=process_env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 30
    while time.monotonic() < deadline and len(fake_openai.chat_requests()) < 3:
        time.sleep(0.05)
    worker.send_signal(signal.SIGKILL)
    worker.wait(timeout=10)
    with _queue(home) as queue:
        counts = queue.counts()
    assert counts["queued"] + counts["drafting"] >= 1  # it really stopped mid-batch
    finished = subprocess.run(
        [DRAFT_REPLY, "worker", "--once", "--jobs", "2"],
        env=process_env,
        capture_output=True,
        timeout=60,
    )
    assert finished.returncode == 0, finished.stderr
    assert _drafts(home, 6) == [f"<m{n}@client.example>" for n in range(1, 7)]  # once each
    with _queue(home) as queue:
        assert queue.counts()["drafted"] == 6


def test_the_worker_files_cooled_drafts_into_the_drafts_maildir(
    run: Run, env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    import mailbox

    config = home / "config"
    config.mkdir(parents=True)
    drafts = tmp_path / "Drafts"
    (config / "config.toml").write_text(
        "[cooling_off]\nbase_delay_minutes = 0\nmax_delay_minutes = 0\nquiet_hours = false\n"
        f'[transport]\nkind = "maildir"\npath = "{drafts}"\n[worker]\nrelease = true\n',
        "utf-8",
    )
    _fill(run, env, 2)
    result = run("worker", "--once", "--offline", env=env)
    assert result.exit_code == 0, result.stderr
    assert "released 2 to the drafts folder" in result.stdout
    box = mailbox.Maildir(drafts, create=False)
    subjects = sorted(str(message["Subject"]) for message in box)
    assert subjects == ["Re: Late report", "Re: Late report"]
    assert sorted(str(message["In-Reply-To"]) for message in box) == [
        "<m1@client.example>",
        "<m2@client.example>",
    ]
    again = run("worker", "--once", "--offline", env=env)
    assert "released 0" in again.stdout  # filed once
    assert len(box) == 2


def test_the_worker_releases_nothing_before_the_cooling_off_is_over(
    run: Run, env: dict[str, str | None], home: Path, tmp_path: Path
) -> None:
    config = home / "config"
    config.mkdir(parents=True)
    drafts = tmp_path / "Drafts"
    (config / "config.toml").write_text(
        "[cooling_off]\nbase_delay_minutes = 60\nquiet_hours = false\n"
        f'[transport]\nkind = "maildir"\npath = "{drafts}"\n[worker]\nrelease = true\n',
        "utf-8",
    )
    _fill(run, env, 1)
    result = run("worker", "--once", "--offline", env=env)
    assert "released 0 to the drafts folder" in result.stdout
    assert not (drafts / "new").exists() or not any((drafts / "new").iterdir())


def test_a_worker_whose_outbox_cannot_be_opened_keeps_the_queue(
    run: Run, env: dict[str, str | None], home: Path
) -> None:
    _fill(run, env, 2)
    (home / "data" / "outbox.sqlite3").write_bytes(b"this is not a database, it is text" * 40)
    result = run("worker", "--once", "--offline", "--jobs", "2", env=env)
    assert result.exit_code == 0
    assert "drafted 0" in result.stdout and "; 2 queued" in result.stdout
    with _queue(home) as queue:
        assert queue.counts()["queued"] == 2


def test_sigterm_stops_a_waiting_worker_cleanly(home: Path) -> None:
    """Without --once the worker waits for mail; SIGTERM ends it at once, exit 0."""
    import signal
    import time

    worker = subprocess.Popen(
        [DRAFT_REPLY, "worker", "--offline", "--poll", "0.2"],
        env=_env(home),
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    lock = Inbound.path_for(home / "data").with_name("inbound.sqlite3.worker")
    deadline = time.monotonic() + 20
    while not lock.exists() and time.monotonic() < deadline:
        time.sleep(0.05)
    time.sleep(0.3)  # it is waiting now
    worker.send_signal(signal.SIGTERM)
    out, err = worker.communicate(timeout=10)
    assert worker.returncode == 0, err
    assert b"draft-reply worker: drafted 0" in out
