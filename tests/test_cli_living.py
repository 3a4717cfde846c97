"""Living with the tool from day one: read-only commands write nothing, a bad work-log row
or an unknown sender does not stop a draft but is named (through the CLI)."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import Run

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLE = FIXTURES / "emails" / "review-complaint-en.eml"


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


def _tree(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*"))


@pytest.mark.parametrize(
    "args",
    [
        ("outbox", "list"),
        ("outbox", "list", "--json"),
        ("outbox",),
        ("outbox", "show", "abcd"),
        ("outbox", "export", "abcd"),
        ("outbox", "cancel", "abcd"),
        ("outbox", "resolve", "abcd", "--retry"),
    ],
)
def test_outbox_commands_on_an_empty_home_create_nothing(
    run: Run, home: Path, env: dict[str, str], args: tuple[str, ...]
) -> None:
    before = _tree(home)
    result = run(*args, env=env)
    assert result.exit_code in (0, 66), result.stderr
    assert _tree(home) == before
    if result.exit_code == 66:
        assert "there is no outbox yet" in result.stderr


def test_a_malformed_work_log_row_is_skipped_with_a_warning_while_drafting(
    run: Run, env: dict[str, str], tmp_path: Path
) -> None:
    log = tmp_path / "worklog.csv"
    log.write_text((FIXTURES / "worklog.csv").read_text() + "2026-02-30,fernbrook,Report,2\n")
    files = ["--book", str(FIXTURES / "clients.toml"), "--worklog", str(log)]
    drafted = run(*files, "--no-store", str(EXAMPLE), env=env)
    assert drafted.exit_code == 0, drafted.stderr
    assert re.search(
        r"warning: work log: skipped 1 malformed row \(.*worklog\.csv:\d+: date", drafted.stderr
    )
    checked = run("clients", "check", *files, env=env)
    assert checked.exit_code != 0
    assert "date '2026-02-30'" in checked.stdout + checked.stderr


def test_a_sender_not_in_the_book_gets_one_line_naming_the_fix(
    run: Run, env: dict[str, str]
) -> None:
    raw = EXAMPLE.read_bytes()
    stranger = re.sub(rb"(?m)^From: .*$", b"From: Kim <kim@stranger.example>", raw, count=1)
    files = ["--book", str(FIXTURES / "clients.toml"), "--worklog", str(FIXTURES / "worklog.csv")]
    result = run(*files, "--no-store", "-", env=env, input=stranger)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "not in the client book" in line]
    assert len(lines) == 1
    assert '"stranger.example" to its domains' in lines[0]


def test_a_reply_is_from_the_identity_the_email_was_sent_to(
    run: Run, env: dict[str, str], home: Path
) -> None:
    (home / "config" / "config.toml").write_text(
        "[llm]\nprobe_local = false\n[identity]\n"
        'from = "Sam Carter <sam@agency.example>"\nname = "Sam"\n'
        '[[identity.alternates]]\nfrom = "Samuel Carter <s.carter@agentur.example>"\n'
        'name = "Samuel"\n',
        encoding="utf-8",
    )
    email = (
        b"From: Anna Huber <anna@kunde.example>\n"
        b"To: Samuel Carter <S.Carter@agentur.example>\n"
        b"Subject: Bericht\nDate: Mon, 30 Nov 2026 10:00:00 +0100\n"
        b"Message-ID: <b1@kunde.example>\n\n"
        b"Hallo Samuel,\n\nder Bericht kam wieder zu spaet. Wann bekommen wir ihn?\n\nAnna\n"
    )
    result = run("--json", "--no-store", "-", env=env, input=email)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["from"] == "Samuel Carter <s.carter@agentur.example>"
    assert data["body"].rstrip().endswith("Samuel")
    other = run(
        "--json",
        "--no-store",
        "-",
        env=env,
        input=email.replace(b"S.Carter@agentur", b"x@elsewhere"),
    )
    assert json.loads(other.stdout)["from"] == "Sam Carter <sam@agency.example>"


def test_alternates_must_be_tables_with_an_address(
    run: Run, env: dict[str, str], home: Path
) -> None:
    (home / "config" / "config.toml").write_text(
        '[identity]\nalternates = ["sam@agency.example"]\n', encoding="utf-8"
    )
    result = run("--no-store", str(EXAMPLE), env=env)
    assert result.exit_code == 78
    assert "[identity] alternates: each one is a table" in result.stderr
