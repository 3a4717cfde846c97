"""``draft-reply config init`` and ``config check`` on fresh and broken homes, with real
servers for ``--online``; and one schema for the readers, ``config init`` and the README."""

from __future__ import annotations

import dataclasses
import json
import tomllib
from pathlib import Path

import pytest
from conftest import Run
from fake_openai import FakeOpenAI
from fake_smtp import FakeSMTP

from assistant.config import cooling, settings, transport
from assistant.config.accounts import Thresholds
from assistant.config.schema import SECTIONS

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"


def _write(home: Path, text: str) -> None:
    (home / "config" / "config.toml").write_text(text, encoding="utf-8")


def test_init_then_check_on_a_fresh_home(run: Run, home: Path) -> None:
    (home / "config" / "config.toml").unlink()
    made = run("config", "init", "--from", "Sam Carter <sam@agency.example>", "--name", "Sam")
    assert made.exit_code == 0, made.stderr
    text = (home / "config" / "config.toml").read_text()
    assert tomllib.loads(text) == {
        "identity": {"from": "Sam Carter <sam@agency.example>", "name": "Sam"}
    }
    for section in SECTIONS:
        for key in section.keys:
            assert f"{key.name} = " in text
    checked = run("config", "check")
    assert checked.exit_code == 0, checked.stdout + checked.stderr
    assert "ok: replies are from Sam Carter <sam@agency.example>" in checked.stdout
    assert run("config").stdout == checked.stdout  # "config" alone checks


def test_init_keeps_an_existing_file_unless_forced(run: Run, home: Path) -> None:
    before = (home / "config" / "config.toml").read_text()
    kept = run("config", "init")
    assert kept.exit_code == 73
    assert (home / "config" / "config.toml").read_text() == before
    assert run("config", "init", "--force").exit_code == 0
    assert "# [transport]" in (home / "config" / "config.toml").read_text()


@pytest.mark.parametrize(
    ("config", "problem"),
    [
        (
            '[transport]\nkind = "smtp"\nhost = "m"\nsecurity = "none"\nusername = "u"\n',
            "over TLS only",
        ),
        ("[cooling_off]\nbase_delay_minutes = -5\n", "base_delay_minutes"),
        ('[accounts]\nbook = "nowhere.toml"\n', "client book not found"),
        ("[llm]\nfallback = 3\n", "fallback has the wrong type"),
    ],
)
def test_check_names_each_problem_on_one_line(
    run: Run, home: Path, config: str, problem: str
) -> None:
    _write(home, '[identity]\nfrom = "Sam <sam@agency.example>"\n' + config)
    result = run("config", "check")
    assert result.exit_code == 78
    lines = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    assert len(lines) == 1 and problem in lines[0], result.stdout
    data = json.loads(run("config", "check", "--json").stdout)
    assert len(data["problems"]) == 1


def test_check_names_every_problem_not_only_the_first(run: Run, home: Path) -> None:
    """A user's review: an unknown section hid the other problems until it was fixed."""
    _write(
        home,
        '[identity]\nfrom = "Sam <sam@agency.example>"\n[bogus]\nx = 1\n'
        "[cooling_off]\nbase_delay_minutes = -5\nnot_a_key = 1\n"
        '[transport]\nkind = "smtp"\n',
    )
    result = run("config", "check")
    assert result.exit_code == 78
    lines = [line for line in result.stdout.splitlines() if line.startswith("problem: ")]
    for problem in ("[bogus]", "base_delay_minutes", "'not_a_key'", "host is needed"):
        assert sum(problem in line for line in lines) == 1, (problem, result.stdout)
    _write(home, "[bogus]\nx = 1\n[llm]\nnot_a_key = 1\n")
    other = run("outbox", "send", "nothing")  # any other command names them all at once
    assert other.exit_code == 78
    assert "[bogus]" in other.stderr and "'not_a_key'" in other.stderr, other.stderr


def test_check_reads_the_book_and_the_log(run: Run, home: Path, tmp_path: Path) -> None:
    log = tmp_path / "worklog.csv"
    log.write_text("date,client,description,hours\n2026-02-30,fernbrook,Report,2\n")
    _write(
        home,
        '[identity]\nfrom = "Sam <sam@agency.example>"\n[accounts]\n'
        f'book = "{FIXTURES / "clients.toml"}"\nworklog = "{log}"\n',
    )
    result = run("config", "check")
    assert result.exit_code == 78
    assert "date '2026-02-30'" in result.stdout


def test_check_online_reaches_the_model_and_the_server(
    run: Run, home: Path, smtp: FakeSMTP, fake_openai: FakeOpenAI
) -> None:
    _write(
        home,
        '[identity]\nfrom = "Sam <sam@agency.example>"\n'
        f'[llm]\nbase_url = "{fake_openai.base_url}"\nmodel = "gpt-4o-mini"\n'
        f'[transport]\nkind = "smtp"\nhost = "127.0.0.1"\nport = {smtp.port}\nsecurity = "none"\n',
    )
    result = run("config", "check", "--online")
    assert result.exit_code == 0, result.stdout + result.stderr
    assert f"ok: smtp 127.0.0.1:{smtp.port}: answered, no TLS" in result.stdout
    assert "serves gpt-4o-mini" in result.stdout
    assert smtp.attempts == 0  # nothing was sent
    _write(
        home,
        '[identity]\nfrom = "Sam <sam@agency.example>"\n'
        f'[llm]\nbase_url = "{fake_openai.base_url}"\nmodel = "no-such-model"\n'
        '[transport]\nkind = "smtp"\nhost = "127.0.0.1"\nport = 1\nsecurity = "none"\n',
    )
    broken = run("config", "check", "--online")
    assert broken.exit_code == 78
    problems = [line for line in broken.stdout.splitlines() if line.startswith("problem:")]
    assert len(problems) == 2
    assert "cannot deliver via 127.0.0.1:1" in problems[0]
    assert "does not serve the model 'no-such-model'" in problems[1]


def test_the_schema_is_the_readers_keys() -> None:
    documented = {(s.name, k.name) for s in SECTIONS for k in s.keys}
    read = {(section, key) for section, keys in settings._FILE_KEYS.items() for key in keys}
    read |= {("cooling_off", key) for key in cooling.KEYS}
    read |= {("transport", key) for key in transport.KEYS}
    read |= {("imap", key) for key in transport.IMAP_KEYS}
    read |= {("accounts", "book"), ("accounts", "worklog")}
    read |= {("accounts.thresholds", f.name) for f in dataclasses.fields(Thresholds)}
    assert documented == read


def test_the_readme_documents_every_key() -> None:
    readme = (ROOT / "README.md").read_text(encoding="utf-8")
    section = readme[readme.index("## Configuration") :]
    section = section[: section.index("\n## ", 5)]
    missing = [
        f"[{s.name}] {k.name}"
        for s in SECTIONS
        for k in s.keys
        if f"{k.name} = " not in section and f"`{k.name}`" not in section
    ]
    assert missing == []
