"""The command line as a user drives it: exit codes, stdout, stderr, files."""

from __future__ import annotations

import json
import os
import re
import signal
import socket
import subprocess
import sys
import time
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from conftest import Run
from fake_openai import Delay, FakeOpenAI, Status

from assistant import __version__
from assistant.cli.app import main as main

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures" / "emails"
EXAMPLE = FIXTURES / "review-complaint-en.eml"
EXAMPLE_DE = FIXTURES / "review-complaint-de.eml"


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


def _header_value(raw: bytes, name: str) -> str | None:
    value = message_from_bytes(raw, policy=policy.default)[name]
    return None if value is None else str(value)


def test_offline_draft_prints_a_threaded_reply(run: Run, env: dict[str, str]) -> None:
    result = run(str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    original = EXAMPLE.read_bytes()
    reply = result.stdout_bytes
    assert _header_value(reply, "In-Reply-To") == _header_value(original, "Message-ID")
    assert _header_value(reply, "Subject").startswith("Re: ")
    assert "offline draft" in result.stderr
    assert "OPENAI_API_KEY" in result.stderr


def test_offline_flag_is_quiet_about_llm(run: Run, env: dict[str, str]) -> None:
    result = run("--offline", str(EXAMPLE), env=env)
    assert result.exit_code == 0
    assert "offline draft" not in result.stderr


def test_stdin_dash_and_json(run: Run, env: dict[str, str]) -> None:
    result = run("--json", "-", env=env, input=EXAMPLE_DE.read_bytes())
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    for key in (
        "to",
        "cc",
        "subject",
        "message_id",
        "in_reply_to",
        "references",
        "language",
        "backend",
        "model",
        "body",
        "notes",
    ):
        assert key in data
    assert data["backend"] == "offline"
    assert data["model"] is None
    assert data["language"] == "de"
    assert data["in_reply_to"] == _header_value(EXAMPLE_DE.read_bytes(), "Message-ID")
    assert data["references"][-1] == data["in_reply_to"]
    assert data["body"] and data["body"] in data["body"]
    assert set(data["notes"]) >= {"understand", "worth_pursuing", "manager_note"}


def test_output_file(run: Run, env: dict[str, str], tmp_path: Path) -> None:
    out = tmp_path / "reply.eml"
    result = run("-o", str(out), str(EXAMPLE), env=env)
    assert result.exit_code == 0
    assert result.stdout == ""
    assert _header_value(out.read_bytes(), "To")


def test_output_into_missing_folder_is_exit_73(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    result = run("-o", str(tmp_path / "no" / "such" / "reply.eml"), str(EXAMPLE), env=env)
    assert result.exit_code == 73
    assert result.stderr.splitlines()[-1].startswith("draft-reply: error: cannot write")


def test_llm_draft_through_fake_server(
    run: Run, env: dict[str, str], fake_openai: FakeOpenAI
) -> None:
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    fake_openai.enqueue(
        {
            "reply": "Thank you for the direct words about the late reports.",
            "notes": {
                "understand": "late reports",
                "record": "-",
                "perspective": "-",
                "worth_pursuing": "maintain",
                "manager_note": "note",
            },
        }
    )
    result = run("--json", "--model", "gpt-4o-mini", str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["backend"] == "openai"
    assert data["model"] == "gpt-4o-mini"
    assert data["body"] == "Thank you for the direct words about the late reports."
    assert "maintain" in data["notes"]["worth_pursuing"]
    sent = fake_openai.chat_requests()[0].body
    assert sent["model"] == "gpt-4o-mini"
    assert sent["response_format"]["type"] == "json_schema"
    assert "offline" not in result.stderr


def test_bad_api_key_is_exit_78(run: Run, env: dict[str, str], fake_openai: FakeOpenAI) -> None:
    env = env | {"OPENAI_API_KEY": "sk-wrong", "OPENAI_BASE_URL": fake_openai.base_url}
    fake_openai.enqueue(Status(401, "Incorrect API key provided"))
    result = run(str(EXAMPLE), env=env)
    assert result.exit_code == 78
    assert result.stderr.startswith("draft-reply: error: ")
    assert len(result.stderr.strip().splitlines()) == 1
    assert "Traceback" not in result.stderr


def test_unreachable_llm_is_exit_69(run: Run, env: dict[str, str]) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    env = env | {"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1"}
    result = run("--deadline", "1", str(EXAMPLE), env=env)
    assert result.exit_code == 69
    assert result.stderr.startswith("draft-reply: error: ")
    assert "Traceback" not in result.stderr


def test_an_unreachable_llm_with_fallback_offline_still_drafts(
    run: Run, env: dict[str, str], home: Path
) -> None:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        port = sock.getsockname()[1]
    (home / "config" / "config.toml").write_text(
        '[llm]\nprobe_local = false\nfallback = "offline"\n', encoding="utf-8"
    )
    env = env | {"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": f"http://127.0.0.1:{port}/v1"}
    result = run("--json", "--deadline", "1", str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["backend"] == "offline"
    assert data["draft_id"]
    assert "the model could not be reached" in result.stderr
    assert '[llm] fallback = "offline"' in result.stderr


def test_fallback_must_be_known(run: Run, env: dict[str, str], home: Path) -> None:
    (home / "config" / "config.toml").write_text('[llm]\nfallback = "maybe"\n', "utf-8")
    result = run("--no-store", str(EXAMPLE), env=env)
    assert result.exit_code == 78
    assert "fallback must be one of none, offline, not 'maybe'" in result.stderr


@pytest.mark.parametrize(
    ("stdin", "words"),
    [
        (b"", "empty"),
        (b"\x00\x01\x02\xff\xfe" * 200, "binary"),
        (b"just some words\nwith no header block at all\n", "header"),
    ],
)
def test_bad_input_is_exit_65(run: Run, env: dict[str, str], stdin: bytes, words: str) -> None:
    result = run("-", env=env, input=stdin)
    assert result.exit_code == 65
    assert result.stderr.startswith("draft-reply: error: ")
    assert words in result.stderr.lower()
    assert result.stdout == ""


def test_missing_file_is_exit_66(run: Run, env: dict[str, str], tmp_path: Path) -> None:
    result = run(str(tmp_path / "nope.eml"), env=env)
    assert result.exit_code == 66
    assert "nope.eml" in result.stderr


def test_bad_config_is_exit_78(run: Run, env: dict[str, str], home: Path) -> None:
    (home / "config" / "config.toml").write_text("[llm]\nmodle = 'x'\n", encoding="utf-8")
    result = run(str(EXAMPLE), env=env)
    assert result.exit_code == 78
    assert "modle" in result.stderr


def test_version_and_help(run: Run, env: dict[str, str]) -> None:
    assert run("--version", env=env).stdout.strip().endswith(__version__)
    help_text = run("draft", "--help", env=env).stdout
    for words in ("--json", "--offline", "--model", "--base-url", "Exit codes", "standard input"):
        assert words in help_text


def test_prompts_path_lists_override_order(
    run: Run, env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    mine = tmp_path / "mine"
    result = run("prompts", "path", "--prompts", str(mine), env=env)
    assert result.exit_code == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith(str(mine))
    assert lines[1].startswith(str(home / "config" / "prompts"))
    assert "system.j2" in os.listdir(lines[-1].split("  (")[0])


def test_ctrl_c_exits_130_without_traceback(env: dict[str, str], fake_openai: FakeOpenAI) -> None:
    fake_openai.enqueue(Delay(30, "too late"))
    env = env | {"OPENAI_API_KEY": "sk-x", "OPENAI_BASE_URL": fake_openai.base_url}
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", str(EXAMPLE)],
        env=env | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    deadline = time.monotonic() + 20
    while not fake_openai.chat_requests() and time.monotonic() < deadline:
        time.sleep(0.05)
    proc.send_signal(signal.SIGINT)
    _, stderr = proc.communicate(timeout=20)
    assert proc.returncode == 130
    assert b"interrupted" in stderr
    assert b"Traceback" not in stderr


def test_output_to_a_device_is_written_directly(run: Run, env: dict[str, str]) -> None:
    result = run("-o", os.devnull, "--no-store", str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""


def test_draft_is_stored_and_listed(run: Run, env: dict[str, str]) -> None:
    drafted = run("--json", str(EXAMPLE), env=env)
    assert drafted.exit_code == 0, drafted.stderr
    data = json.loads(drafted.stdout)
    assert data["state"] == "cooling"
    assert data["not_before"] > data["created"]
    assert f"draft {data['draft_id']} is in the outbox" in drafted.stderr
    listed = run("outbox", "list", env=env)
    assert listed.exit_code == 0
    assert data["draft_id"] in listed.stdout


def test_no_store_keeps_the_outbox_empty(run: Run, env: dict[str, str], home: Path) -> None:
    result = run("--no-store", "--json", str(EXAMPLE), env=env)
    assert result.exit_code == 0
    assert json.loads(result.stdout)["draft_id"] is None
    assert "not stored" in result.stderr
    assert not (home / "data" / "outbox.sqlite3").exists()


def test_manager_note_file_has_figures_and_reply_has_none(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    note = tmp_path / "note.txt"
    book = ROOT / "fixtures" / "clients.toml"
    log = ROOT / "fixtures" / "worklog.csv"
    args = ["--json", "--book", str(book), "--worklog", str(log), "--manager-note", str(note)]
    result = run(*args, str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    text = note.read_text(encoding="utf-8")
    assert "Revenue: 60,000 EUR" in text
    assert "Recommendation: re-scope" in text
    body = json.loads(result.stdout)["body"]
    for internal in ("60,000", "EUR", "re-scope", "revenue"):
        assert internal not in body
    # The client's own ranking may be restated ("You ranked Harbourlight fourth"); ours is not.
    assert not re.search(r"(?i)\brank(?:ed)? \d+ of\b|\brank \d", body)


def test_broken_pipe_is_not_reported_as_a_bug(env: dict[str, str]) -> None:
    book = ROOT / "fixtures" / "clients.toml"
    log = ROOT / "fixtures" / "worklog.csv"
    command = [sys.executable, "-m", "assistant", "clients", "list", "--book", str(book)]
    proc = subprocess.Popen(
        [*command, "--worklog", str(log)],
        env=env | {"PYTHONPATH": str(ROOT)},
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
    )
    assert proc.stdout is not None
    proc.stdout.close()  # the reader goes away before the first line, like `| head -c0`
    stderr = proc.stderr.read() if proc.stderr else b""
    proc.wait(timeout=30)
    assert b"internal error" not in stderr
    assert b"Traceback" not in stderr
    assert proc.returncode in (0, 141)


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_failed_output_file_says_where_the_draft_is(run: Run, env: dict[str, str]) -> None:
    result = run("-o", "/dev/full", str(EXAMPLE), env=env)  # fails only when written
    assert result.exit_code == 73
    assert "the draft is stored in the outbox as" in result.stderr.splitlines()[-1]


@pytest.mark.parametrize("option", ["-o", "--manager-note"])
def test_an_output_folder_that_is_missing_fails_before_drafting(
    run: Run, env: dict[str, str], home: Path, tmp_path: Path, option: str
) -> None:
    target = tmp_path / "missing" / "reply.eml"
    result = run(option, str(target), "--no-store", str(EXAMPLE), env=env)
    assert result.exit_code == 73
    assert result.stderr.splitlines() == [
        f"draft-reply: error: cannot write {target}: no folder {target.parent}"
    ]
    assert result.stdout == ""
    assert not (home / "data").exists()  # nothing drafted, nothing stored


def test_llm_reply_that_breaks_the_rules_is_flagged(
    run: Run, env: dict[str, str], fake_openai: FakeOpenAI
) -> None:
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    fake_openai.enqueue(
        "Here is a draft reply:\n\nHi [Name], unfortunately we were busy. You are 5.0% of our "
        "revenue, so we will re-scope. We delivered the report [W99]."
    )
    book = ROOT / "fixtures" / "clients.toml"
    log = ROOT / "fixtures" / "worklog.csv"
    result = run("--json", "--book", str(book), "--worklog", str(log), str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    checks = data["notes"]["checks"]
    for words in ("preamble", "[Name]", "unfortunately", "W99", "5.0%", "short"):
        assert words in checks, words
    assert "check before sending" in result.stderr
    assert sum("check before sending" in w for w in data["warnings"]) == len(checks.splitlines())


def test_drafting_the_same_message_twice_replaces_the_waiting_draft(
    run: Run, env: dict[str, str]
) -> None:
    first = run("--json", str(EXAMPLE), env=env)
    second = run("--json", str(EXAMPLE), env=env)
    assert first.exit_code == second.exit_code == 0
    first_id = json.loads(first.stdout)["draft_id"]
    second_id = json.loads(second.stdout)["draft_id"]
    assert f"replaced draft {first_id} (cooling), which answered the same message" in second.stderr
    assert "replaced" not in first.stderr
    listed = json.loads(run("outbox", "list", "--json", env=env).stdout)
    assert {d["id"]: d["state"] for d in listed} == {first_id: "cancelled", second_id: "cooling"}
    shown = run("outbox", "show", first_id, env=env).stdout
    assert f"replaced by draft {second_id}" in shown


def test_keep_keeps_both_and_warns_in_one_line(run: Run, env: dict[str, str]) -> None:
    ids = [
        json.loads(run("--json", "--keep", str(EXAMPLE), env=env).stdout)["draft_id"]
        for _ in range(5)
    ]
    sixth = run("--json", "--keep", str(EXAMPLE), env=env)
    assert sixth.exit_code == 0
    lines = [line for line in sixth.stderr.splitlines() if "already answer" in line]
    newest = ", ".join(f"{i} (cooling)" for i in reversed(ids[-3:]))
    assert lines == [
        f"draft-reply: warning: 5 drafts already answer this message: {newest} and 2 older"
    ]
    listed = json.loads(run("outbox", "list", "--json", env=env).stdout)
    assert [d["state"] for d in listed] == ["cooling"] * 6


def _shell(command: str, env: dict[str, str]) -> subprocess.CompletedProcess[bytes]:
    runner = f"{sys.executable} -m assistant"
    return subprocess.run(
        ["sh", "-c", command.replace("draft-reply", runner)],
        env=env | {"PYTHONPATH": str(ROOT)},
        capture_output=True,
        timeout=60,
    )


def test_closed_stdin_is_exit_66(env: dict[str, str]) -> None:
    done = _shell("draft-reply - <&-", env)
    assert done.returncode == 66
    assert done.stderr.decode().startswith("draft-reply: error: standard input is closed")


def test_closed_stdout_is_exit_73(env: dict[str, str]) -> None:
    done = _shell(f"draft-reply --no-store '{EXAMPLE}' >&-", env)
    assert done.returncode == 73
    assert b"standard output is closed" in done.stderr
    assert b"internal error" not in done.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_full_stdout_says_where_the_draft_is(env: dict[str, str]) -> None:
    done = _shell(f"draft-reply '{EXAMPLE}' >/dev/full", env)
    assert done.returncode == 73
    last = done.stderr.decode().splitlines()[-1]
    assert last.startswith("draft-reply: error: cannot write to standard output")
    assert "the draft is stored in the outbox as" in last


@pytest.mark.parametrize(
    ("args", "code", "words"),
    [
        (["{tmp}"], 66, "Is a directory"),
        (["-o", "{tmp}", str(EXAMPLE)], 73, "cannot write"),
        (["--config", "{tmp}", str(EXAMPLE)], 78, "config file"),
    ],
)
def test_paths_of_the_wrong_kind_are_one_line_errors(
    run: Run, env: dict[str, str], tmp_path: Path, args: list[str], code: int, words: str
) -> None:
    result = run(*[a.replace("{tmp}", str(tmp_path)) for a in args], env=env)
    assert result.exit_code == code
    assert result.stderr.splitlines()[-1].startswith("draft-reply: error: ")
    assert words in result.stderr


@pytest.mark.parametrize("value", ["nan", "inf", "0"])
def test_deadline_must_be_a_real_number_of_seconds(
    run: Run, env: dict[str, str], value: str
) -> None:
    result = run("--deadline", value, str(EXAMPLE), env=env)
    assert result.exit_code == 2
    assert "--deadline" in result.stderr


def test_an_mbox_of_two_messages_is_drafted_with_a_warning(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    first = EXAMPLE.read_bytes()
    second = (FIXTURES / "late-reports-en-qp.eml").read_bytes()
    mbox = b"From a@example.com Mon Nov 30 09:00:00 2026\n" + first
    mbox += b"\nFrom b@example.com Mon Nov 30 09:05:00 2026\n" + second
    result = run("--no-store", "-", env=env, input=mbox)
    assert result.exit_code == 0, result.stderr
    assert "only the first was read" in result.stderr


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
@pytest.mark.parametrize(
    "command",
    [
        "draft-reply --version",
        "draft-reply prompts path",
        "draft-reply --help",
        "draft-reply draft --help",
        "draft-reply outbox --help",
    ],
)
def test_any_command_into_a_full_stdout_is_one_line(env: dict[str, str], command: str) -> None:
    done = _shell(f"{command} >/dev/full", env)
    assert done.returncode == 73  # as for a draft: the output cannot be written
    assert done.stderr.decode().splitlines() == [
        "draft-reply: error: cannot write to standard output: No space left on device"
    ]


@pytest.mark.parametrize(
    "command", ["draft-reply --version", "draft-reply --help", "draft-reply prompts path"]
)
def test_any_command_into_a_closed_stdout_is_one_line(env: dict[str, str], command: str) -> None:
    done = _shell(f"{command} >&-", env)
    assert done.returncode == 73
    assert done.stderr.decode().splitlines() == [
        "draft-reply: error: cannot write to standard output: standard output is closed"
    ]


# -- the command line (Click) ------------------------------------------------------------


def test_no_arguments_prints_the_help_on_stderr_and_exits_2(run: Run, env: dict[str, str]) -> None:
    result = run(env=env)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert result.stderr.startswith("usage: draft-reply [OPTIONS] FILE|-\n")


def test_help_lists_every_command_with_its_summary_and_examples(
    run: Run, env: dict[str, str]
) -> None:
    result = run("--help", env=env)
    assert result.exit_code == 0
    text = result.stdout
    for line in (
        r"draft +Draft a reply to the email in FILE",
        r"outbox +Drafts waiting to cool off",
        r"clients +The client book and the work log: list, show, check\.",
        r"prompts +Inspect the prompt templates\.",
        r"check +Review a reply you wrote",
        r"sendmail +Hold mail from a mail client",
        r"config +The config file",
        r"draft-reply --json - < inbox\.eml",
    ):
        assert re.search(line, text), line
    assert "\x08" not in text and "\n\n\n" not in text
    assert max(len(line) for line in text.splitlines()) < 80


@pytest.mark.parametrize(
    ("args", "usage"),
    [
        (["--jso", "{example}"], "usage: draft-reply [OPTIONS] FILE|-"),  # no abbreviations
        (["{example}", "--bogus"], "usage: draft-reply [OPTIONS] FILE|-"),
        (["draft", "{example}", "--bogus"], "usage: draft-reply draft [OPTIONS] FILE|-"),
        (["prompts", "path", "--bogus"], "usage: draft-reply prompts path"),
        (["{example}", "{example}"], "usage: draft-reply [OPTIONS] FILE|-"),
    ],
)
def test_unknown_or_extra_arguments_show_the_usage_of_the_command_at_fault(
    run: Run, env: dict[str, str], args: list[str], usage: str
) -> None:
    result = run(*[a.replace("{example}", str(EXAMPLE)) for a in args], env=env)
    assert result.exit_code == 2
    assert result.stderr.startswith(usage)
    assert "error: unrecognized arguments" in result.stderr
    assert result.stdout == ""


@pytest.mark.parametrize(
    ("value", "why"),
    [
        ("2026-13-01", "is not a real date"),
        ("2026-02-30", "is not a real date"),
        ("30.11.2026", "is not a date of the form YYYY-MM-DD"),
        ("2026-1-5", "is not a date of the form YYYY-MM-DD"),
        ("yesterday", "is not a date of the form YYYY-MM-DD"),
    ],
)
def test_review_period_dates_must_be_iso(
    run: Run, env: dict[str, str], value: str, why: str
) -> None:
    result = run("--since", value, "--no-store", str(EXAMPLE), env=env)
    assert result.exit_code == 2
    assert f"argument --since: {value!r} {why}" in result.stderr


def test_a_review_period_that_ends_before_it_starts_is_a_usage_error(
    run: Run,
    env: dict[str, str],
) -> None:
    args = ["--since", "2026-07-01", "--until", "2026-01-01", "--no-store", str(EXAMPLE)]
    result = run(*args, env=env)
    assert result.exit_code == 2
    assert result.stderr.strip() == (
        "draft-reply: error: --since 2026-07-01 is after --until 2026-01-01: swap them"
    )


def test_options_may_follow_the_file_and_debug_may_lead(run: Run, env: dict[str, str]) -> None:
    result = run("--debug", str(EXAMPLE), "--no-store", "--json", "--offline", env=env)
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["backend"] == "offline"


def test_a_file_named_like_an_option_is_read_after_double_dash(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    odd = tmp_path / "--json"
    odd.write_bytes(EXAMPLE.read_bytes())
    os.chdir(tmp_path)
    result = run("--no-store", "--offline", "--", "--json", env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout.startswith("From: ") or "\nIn-Reply-To: " in result.stdout


@pytest.mark.parametrize(
    ("args", "option"),
    [
        ([""], "FILE|-"),
        (["-o", "", "{example}"], "-o/--output"),
        (["--config", "", "{example}"], "--config"),
        (["--book", "", "{example}"], "--book"),
        (["--worklog", "", "{example}"], "--worklog"),
        (["--prompts", "", "{example}"], "--prompts"),
        (["--manager-note", "", "{example}"], "--manager-note"),
        (["--model", "", "{example}"], "--model"),
        (["--base-url", "", "{example}"], "--base-url"),
        (["--from", "", "{example}"], "--from"),
    ],
)
def test_an_empty_value_is_a_usage_error_not_the_current_folder(
    run: Run, env: dict[str, str], home: Path, args: list[str], option: str
) -> None:
    result = run(*[a.replace("{example}", str(EXAMPLE)) for a in args], env=env)
    assert result.exit_code == 2
    assert f"argument {option}: an empty value is not allowed here" in result.stderr
    assert not (home / "data" / "outbox.sqlite3").exists()  # nothing was drafted


@pytest.mark.parametrize(
    ("args", "unknown"),
    [
        (["--bogus"], "--bogus"),
        (["-V"], "-V"),
        (["draft", "--version"], "--version"),
        (["--offline", "--jso"], "--jso (did you mean --json?)"),
        (["--ouput", "x.eml", "f.eml"], "--ouput (did you mean --output?)"),
        (["--out", "x.eml", "f.eml"], "--out (did you mean --output?)"),  # no abbreviations
    ],
)
def test_an_unknown_option_is_named_even_when_file_is_missing(
    run: Run, env: dict[str, str], args: list[str], unknown: str
) -> None:
    result = run(*args, env=env)
    assert result.exit_code == 2
    assert result.stderr.splitlines()[-1].endswith(f"error: unrecognized arguments: {unknown}")


def test_a_mistyped_command_gets_a_suggestion_not_a_missing_file(
    run: Run, env: dict[str, str]
) -> None:
    result = run("outbx", "list", env=env)
    assert result.exit_code == 2
    assert "invalid choice: 'outbx' (did you mean outbox?), and no such file" in result.stderr


def test_config_before_a_command_applies_to_it(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    config = tmp_path / "other.toml"
    config.write_text("[transport]\nkind = 'smtp'\nhost = 'm'\nsecurity = 'none'\nusername = 'u'\n")
    result = run("--config", str(config), "outbox", "list", env=env)  # read: nothing to check
    assert result.exit_code == 0, result.stderr
    shown = run("--config", str(config), "outbox", "show", "abcd", env=env)
    assert shown.exit_code == 66  # no outbox yet: the config is read first, and is fine here
    bad = tmp_path / "bad.toml"
    bad.write_text("[nonsense]\n")
    refused = run("--config", str(bad), "outbox", "cancel", "abcd", env=env)
    assert refused.exit_code == 78
    assert "bad.toml" in refused.stderr


def test_a_missing_file_alone_is_still_reported_as_missing(run: Run, env: dict[str, str]) -> None:
    result = run("--offline", "--json", env=env)
    assert result.exit_code == 2
    assert "the following arguments are required: FILE|-" in result.stderr


@pytest.mark.parametrize("where", ["first", "after-file", "draft-command", "outbox"])
def test_debug_works_anywhere_and_keeps_the_exit_code(
    run: Run, env: dict[str, str], tmp_path: Path, where: str
) -> None:
    missing = str(tmp_path / "nope.eml")
    args = {
        "first": ["--debug", missing],
        "after-file": [missing, "--debug"],
        "draft-command": ["draft", "--debug", missing],
        "outbox": ["outbox", "show", "--debug", "ffff"],
    }[where]
    result = run(*args, env=env)
    assert result.exit_code == 66
    assert "Traceback (most recent call last)" in result.stderr
    assert result.stderr.splitlines()[-1].startswith("draft-reply: error: ")


def test_a_file_named_debug_after_double_dash_is_a_file(run: Run, env: dict[str, str]) -> None:
    result = run("--no-store", "--", "--debug", env=env)
    assert result.exit_code == 66
    assert "Traceback" not in result.stderr
    assert "--debug" in result.stderr


def test_json_with_output_file_writes_the_json_there(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    target = tmp_path / "reply.json"
    result = run("--offline", "--no-store", "--json", "-o", str(target), str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    assert result.stdout == ""
    data = json.loads(target.read_text(encoding="utf-8"))
    assert data["backend"] == "offline" and data["subject"].startswith("Re: ")
    assert f"wrote {target}" in result.stderr


def test_an_output_name_too_long_is_exit_73_before_drafting(
    run: Run, env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    target = tmp_path / ("a" * 300)
    result = run("--offline", "-o", str(target), str(EXAMPLE), env=env)
    assert result.exit_code == 73
    [line] = result.stderr.splitlines()
    assert line.startswith("draft-reply: error: cannot write ")
    assert line.endswith("File name too long")
    assert len(line) < 300  # the long name is shortened in the message
    assert not (home / "data").exists()


@pytest.mark.parametrize("option", ["-o", "--manager-note"])
def test_an_output_that_is_the_input_email_is_refused(
    run: Run, env: dict[str, str], tmp_path: Path, option: str
) -> None:
    inbox = tmp_path / "in.eml"
    original = EXAMPLE.read_bytes()
    inbox.write_bytes(original)
    result = run("--offline", "--no-store", option, str(inbox), str(inbox), env=env)
    assert result.exit_code == 2
    assert "is the email being answered" in result.stderr
    assert inbox.read_bytes() == original  # the email is never replaced by its reply


def test_reply_and_manager_note_in_the_same_file_is_refused(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    same = tmp_path / "same.txt"
    result = run(
        *["--offline", "-o", str(same), "--manager-note", str(same), str(EXAMPLE)], env=env
    )
    assert result.exit_code == 2
    assert "-o and --manager-note name the same file" in result.stderr
    assert not same.exists()


def test_output_through_a_symlink_writes_the_target(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    real = tmp_path / "real.eml"
    real.write_text("old\n", encoding="utf-8")
    link = tmp_path / "link.eml"
    link.symlink_to(real)
    result = run("--offline", "--no-store", "-o", str(link), str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    assert link.is_symlink()
    assert real.read_bytes().startswith(b"From: ") or b"\nIn-Reply-To: " in real.read_bytes()


def test_output_through_a_dangling_symlink_fails_before_drafting(
    run: Run, env: dict[str, str], home: Path, tmp_path: Path
) -> None:
    link = tmp_path / "dangling.eml"
    link.symlink_to(tmp_path / "nosuchdir" / "reply.eml")
    result = run("--offline", "-o", str(link), str(EXAMPLE), env=env)
    assert result.exit_code == 73
    assert "no folder" in result.stderr
    assert link.is_symlink()
    assert not (home / "data").exists()


@pytest.mark.skipif(not Path("/dev/full").exists(), reason="needs /dev/full")
def test_a_manager_note_that_cannot_reach_stderr_is_not_lost_quietly(
    env: dict[str, str], home: Path
) -> None:
    done = _shell(f"draft-reply --offline --manager-note - '{EXAMPLE}' 2>/dev/full", env)
    assert done.returncode == 73  # not 0: the note the user asked for went nowhere
    assert done.stdout == b""
    listed = _shell("draft-reply outbox list --json", env)
    assert len(json.loads(listed.stdout)) == 1  # the draft itself is kept


def test_a_file_name_that_is_not_utf8_is_shown_readably(run: Run, env: dict[str, str]) -> None:
    name = os.fsdecode(b"/nonexistent/\xff\xfe.eml")
    result = run(name, env=env)
    assert result.exit_code == 66
    assert result.stderr.strip() == (
        "draft-reply: error: cannot read /nonexistent/\ufffd\ufffd.eml: No such file or directory"
    )


@pytest.mark.parametrize("option", ["-o", "--model", "--manager-note"])
def test_debug_as_the_value_of_an_option_is_a_missing_value(
    run: Run, env: dict[str, str], option: str
) -> None:
    result = run(option, "--debug", str(EXAMPLE), env=env)
    assert result.exit_code == 2
    assert "expected one argument" in result.stderr.splitlines()[-1]
    assert option.lstrip("-") in result.stderr.splitlines()[-1]


def test_every_command_lists_debug_in_its_help(run: Run, env: dict[str, str]) -> None:
    for args in (["draft", "--help"], ["outbox", "list", "--help"], ["clients", "--help"]):
        assert "--debug" in run(*args, env=env).stdout, args
