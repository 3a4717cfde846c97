"""An edited draft is judged again: every check on the new text, a cooling-off counted
from the edit (its heat, quiet hours then), never shorter; and findings that must not
reach a client block ``send --yes`` (through the CLI, time moved with time-machine)."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path
from typing import Any

import pytest
from conftest import Run
from test_cli_outbox import (
    CALM_INBOUND,
    CALM_REPLY,
    HOT_REPLY,
    T0,
    add_draft,
    editor,
    maildir_ids,
    stored,
    write_config,
)
from test_cli_outbox import clock as clock
from test_outbox import utc_local_zone as utc_local_zone


def _maildir(home: Path) -> None:
    write_config(home, transport={"kind": "maildir", "path": str(home / "Drafts")})


def test_a_hot_edit_after_the_wait_waits_again_from_the_edit(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home, wait=timedelta(minutes=30))
    edited_at = T0 + timedelta(hours=3)  # long after the first wait ended: ready
    clock.move_to(edited_at, tick=False)
    editor(tmp_path, monkeypatch, HOT_REPLY)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 0, result.stderr
    after = stored(home, draft.id)
    assert after.not_before >= edited_at + timedelta(hours=2)  # hot: a long wait, from now
    assert after.cooling_reason.startswith("counted from the edit: ")
    assert after.state_at(edited_at + timedelta(minutes=1)) == "cooling"
    assert "sendable now" not in result.stdout


def test_a_late_night_edit_of_an_afternoon_draft_waits_for_the_morning(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home, wait=timedelta(minutes=30))  # written at 14:00
    clock.move_to(T0.replace(hour=23, minute=30), tick=False)
    editor(tmp_path, monkeypatch, CALM_REPLY.replace("works well", "works fine"))
    assert run("outbox", "edit", draft.id).exit_code == 0
    after = stored(home, draft.id)
    assert after.not_before == (T0 + timedelta(days=1)).replace(hour=8, minute=0)
    assert "quiet hours: written at 23:30" in after.cooling_reason


def test_an_edit_that_adds_a_placeholder_blocks_send_yes_until_fixed(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    _maildir(home)
    draft = add_draft(home, wait=timedelta(minutes=30))
    editor(tmp_path, monkeypatch, CALM_REPLY.replace("Sam\n", "[Your name]\n"))
    edited = run("outbox", "edit", draft.id)
    assert edited.exit_code == 0, edited.stderr
    assert "placeholders left in the reply: [Your name] (this blocks sending" in edited.stderr
    clock.move_to(T0 + timedelta(hours=2), tick=False)
    refused = run("outbox", "send", draft.id, "--yes")
    assert refused.exit_code == 65
    assert maildir_ids(home) == []
    editor(tmp_path, monkeypatch, CALM_REPLY)
    assert run("outbox", "edit", draft.id).exit_code == 0
    clock.move_to(T0 + timedelta(hours=4), tick=False)
    sent = run("outbox", "send", draft.id, "--yes")
    assert sent.exit_code == 0, sent.stderr
    assert maildir_ids(home) == [draft.message_id]


@pytest.mark.parametrize(
    ("added", "finding"),
    [
        ("Pay the invoice at https://pay.evil.example/now today.", "a link that no source gives"),
        ("Our account is DE89 3704 0044 0532 0130 00.", "an account number (IBAN)"),
        ("See [W99] for the details.", "work-log citations that name no logged work: [W99]"),
    ],
)
def test_untrusted_links_numbers_and_citations_added_by_an_edit_block_sending(
    run: Run,
    home: Path,
    clock: Any,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    added: str,
    finding: str,
) -> None:
    _maildir(home)
    draft = add_draft(home, wait=timedelta(minutes=30))
    editor(tmp_path, monkeypatch, CALM_REPLY.replace("Best regards", added + "\n\nBest regards"))
    assert run("outbox", "edit", draft.id).exit_code == 0
    clock.move_to(T0 + timedelta(hours=2), tick=False)
    refused = run("outbox", "send", draft.id, "--yes")
    assert refused.exit_code == 65
    assert finding in refused.stderr
    assert maildir_ids(home) == []


def test_the_checks_follow_the_text_both_ways(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    stale = "excuse or blame phrases (facts, not excuses): 'not our fault'"
    draft = add_draft(home, checks=stale)
    editor(tmp_path, monkeypatch, CALM_REPLY.replace("note", "message"))  # cleaned up
    assert run("outbox", "edit", draft.id).exit_code == 0
    assert "not our fault" not in run("outbox", "show", draft.id).stdout
    blame = CALM_REPLY.replace("Thursday", "The delay was not our fault. Thursday")
    editor(tmp_path, monkeypatch, blame)  # an excuse typed in: flagged at once
    edited = run("outbox", "edit", draft.id)
    assert "check before sending: excuse or blame phrases" in edited.stderr
    assert "'not our fault'" in run("outbox", "show", draft.id).stdout


def test_a_second_reply_to_an_answered_message_needs_again(
    run: Run, home: Path, clock: Any
) -> None:
    _maildir(home)
    first = add_draft(home, wait=timedelta(0), source=CALM_INBOUND)
    second = add_draft(home, wait=timedelta(0), source=CALM_INBOUND)  # kept with --keep
    clock.move_to(T0 + timedelta(minutes=5), tick=False)
    assert run("outbox", "send", first.id, "--yes").exit_code == 0
    refused = run("outbox", "send", second.id, "--yes")
    assert refused.exit_code == 65
    assert f"draft {first.id} already answers the same message (sent)" in refused.stderr
    assert "--again" in refused.stderr
    assert maildir_ids(home) == [first.message_id]
    again = run("outbox", "send", second.id, "--yes", "--again")
    assert again.exit_code == 0, again.stderr
    assert sorted(maildir_ids(home)) == sorted([first.message_id, second.message_id])


def test_show_puts_the_findings_first_and_says_which_block(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    editor(tmp_path, monkeypatch, CALM_REPLY.replace("Sam\n", "[Your name]\n"))
    assert run("outbox", "edit", draft.id).exit_code == 0
    shown = run("outbox", "show", draft.id).stdout
    line = "(!) placeholders left in the reply: [Your name] [blocks sending]"
    assert line in shown
    assert shown.index(line) < shown.index("--- message ---")
