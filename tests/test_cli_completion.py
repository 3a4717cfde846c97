"""Shell completion through Click: the scripts, draft ids for outbox commands, files for FILE."""

from __future__ import annotations

from pathlib import Path

import pytest
from click.testing import CliRunner, Result

from assistant.cli.app import main

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "emails" / "review-complaint-en.eml"


def complete(home: Path, words: str) -> Result:
    """Ask for bash completions of ``words`` (the last word is the one being completed)."""
    env = {
        "DRAFT_REPLY_HOME": str(home),
        "_DRAFT_REPLY_COMPLETE": "bash_complete",
        "COMP_WORDS": words,
        "COMP_CWORD": str(len(words.split(" ")) - 1),
    }
    return CliRunner().invoke(main, [], env=env, catch_exceptions=False)


def draft_ids(home: Path, count: int) -> list[str]:
    """Draft ``count`` replies to the example through the CLI; return their ids."""
    ids = []
    for _ in range(count):
        result = CliRunner().invoke(
            main,
            ["--offline", "--json", "--no-stream", str(EXAMPLE)],
            env={"DRAFT_REPLY_HOME": str(home)},
            catch_exceptions=False,
        )
        assert result.exit_code == 0, result.stderr
        ids.append(result.stdout.split('"draft_id": "')[1].split('"')[0])
    return ids


@pytest.mark.parametrize(
    ("shell", "marker"),
    [
        ("bash_source", "_draft_reply_completion()"),
        ("zsh_source", "#compdef draft-reply"),
        ("fish_source", "function _draft_reply_completion"),
    ],
)
def test_each_shell_gets_a_completion_script(tmp_path: Path, shell: str, marker: str) -> None:
    result = CliRunner().invoke(
        main, [], env={"DRAFT_REPLY_HOME": str(tmp_path), "_DRAFT_REPLY_COMPLETE": shell}
    )
    assert result.exit_code == 0
    assert marker in result.stdout
    assert "_DRAFT_REPLY_COMPLETE" in result.stdout


@pytest.mark.parametrize("command", ["show", "edit", "send", "cancel", "export", "resolve"])
def test_outbox_commands_complete_draft_ids(tmp_path: Path, command: str) -> None:
    first, second = draft_ids(tmp_path, 2)
    result = complete(tmp_path, f"draft-reply outbox {command} ")
    assert result.exit_code == 0
    offered = [line.split(",", 1)[1] for line in result.stdout.splitlines()]
    assert sorted(offered) == sorted([first, second])
    narrowed = complete(tmp_path, f"draft-reply outbox {command} {first[:3]}")
    assert [line.split(",", 1)[1] for line in narrowed.stdout.splitlines()] == [
        i for i in (first, second) if i.startswith(first[:3])
    ]


def test_completing_an_id_with_no_outbox_offers_nothing_and_creates_nothing(
    tmp_path: Path,
) -> None:
    home = tmp_path / "home"
    result = complete(home, "draft-reply outbox show ")
    assert result.exit_code == 0
    assert result.stdout.strip() == ""
    assert not home.exists()


def test_file_is_completed_with_file_names(tmp_path: Path) -> None:
    result = complete(tmp_path, "draft-reply inb")
    assert "file,inb" in result.stdout.splitlines()
    commands = complete(tmp_path, "draft-reply out")
    assert "plain,outbox" in commands.stdout.splitlines()


def test_the_command_tables_summaries_are_the_commands_own() -> None:
    """``--help`` lists commands without importing them: its summaries must not drift."""
    import click

    from assistant.cli.app import COMMANDS

    context = click.Context(main)
    for name, (_module, _attribute, summary) in COMMANDS.items():
        command = main.get_command(context, name)
        assert command is not None
        assert command.get_short_help_str(limit=300) == summary, name


@pytest.mark.parametrize(
    ("words", "expected"),
    [
        ("draft-reply outbox ", {"add", "cancel", "edit", "list", "send", "show"}),
        ("draft-reply config ", {"check", "init", "path"}),
        ("draft-reply clients ", {"check", "list", "show"}),
        ("draft-reply outbox list --state c", {"cooling", "cancelled"}),
    ],
)
def test_subcommands_and_choices_complete(home: Path, words: str, expected: set[str]) -> None:
    result = complete(home, words)
    offered = {line.split(",", 1)[1] for line in result.stdout.splitlines() if "," in line}
    assert expected <= offered, result.stdout
    assert not (home / "data").exists()
