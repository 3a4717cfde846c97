"""Your own words held too, from real mail programs: mutt with ``sendmail`` set to
``draft-reply sendmail``, and git send-email with ``sendemail.sendmailCmd`` (Debian's mutt and
git-email; each test skips, with the reason, without its program)."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.outbox.store import Outbox

DRAFT_REPLY = str(Path(sys.executable).parent / "draft-reply")


def test_mutt_hands_its_mail_to_the_outbox_where_it_cools_off(tmp_path: Path) -> None:
    if shutil.which("mutt") is None:
        pytest.skip("mutt is not installed (Debian package mutt; .ci/run installs it)")
    muttrc = tmp_path / "muttrc"
    muttrc.write_text(
        f'set sendmail = "{DRAFT_REPLY} sendmail"\n'
        'set from = "Sam Carter <sam@example.com>"\nset use_from = yes\n'
        'set envelope_from = yes\nset copy = no\nset record = ""\n',
        "utf-8",
    )
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    env |= {"HOME": str(tmp_path), "DRAFT_REPLY_HOME": str(tmp_path / "home")}
    body = b"Hello Anna,\n\nthe corrected report comes on Friday.\n\nSam\n"
    result = subprocess.run(
        [
            "mutt",
            "-n",
            "-F",
            str(muttrc),
            "-s",
            "Corrected report",
            "-b",
            "boss@example.com",
            "anna@client.example",
        ],
        input=body,
        env=env,
        capture_output=True,
        timeout=60,
    )
    assert result.returncode == 0, result.stderr
    with Outbox.open(tmp_path / "home" / "data" / "outbox.sqlite3") as outbox:
        (summary,) = outbox.list()
        draft = outbox.get(summary.id)
    assert draft.backend == "own" and draft.subject == "Corrected report"
    assert draft.state == "waiting"  # it waits its cooling-off like any draft
    assert b"the corrected report comes on Friday" in draft.eml
    assert b"Bcc:" not in draft.eml  # the copy that is sent never shows the Bcc...
    assert "boss@example.com" in draft.to  # ...but the Bcc still gets it
    assert draft.notes.get("_envelope_from") == "sam@example.com"


def _has_git_send_email() -> bool:
    if shutil.which("git") is None:
        return False
    exec_path = subprocess.run(["git", "--exec-path"], capture_output=True, text=True).stdout
    return (Path(exec_path.strip()) / "git-send-email").exists()


def test_git_send_email_hands_a_patch_to_the_outbox(tmp_path: Path) -> None:
    """git send-email with sendemail.sendmailCmd = draft-reply sendmail (the README's line)."""
    if not _has_git_send_email():
        pytest.skip("git send-email is not installed (Debian package git-email; .ci/run has it)")
    env = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    env = {k: v for k, v in env.items() if not k.startswith("GIT_")}
    env |= {
        "HOME": str(tmp_path),
        "DRAFT_REPLY_HOME": str(tmp_path / "home"),
        "GIT_AUTHOR_NAME": "Sam Carter",
        "GIT_AUTHOR_EMAIL": "sam@example.com",
        "GIT_COMMITTER_NAME": "Sam Carter",
        "GIT_COMMITTER_EMAIL": "sam@example.com",
    }
    repo = tmp_path / "repo"

    def git(*args: str) -> subprocess.CompletedProcess[str]:
        done = subprocess.run(
            ["git", "-C", str(repo), *args], env=env, capture_output=True, text=True, timeout=60
        )
        assert done.returncode == 0, done.stderr
        return done

    repo.mkdir()
    git("init", "-q")
    (repo / "report.txt").write_text("corrected figures\n", "utf-8")
    git("add", "report.txt")
    git("commit", "-q", "-m", "Correct the March figures")
    git("config", "sendemail.sendmailCmd", f"{DRAFT_REPLY} sendmail -oi")
    (patch,) = git("format-patch", "-1", "-o", str(tmp_path / "out")).stdout.split()
    git(
        "send-email",
        "--confirm=never",
        "--suppress-cc=all",
        "--from=Sam Carter <sam@example.com>",
        "--to=anna@client.example",
        "--bcc=boss@example.com",
        patch,
    )
    with Outbox.open(tmp_path / "home" / "data" / "outbox.sqlite3") as outbox:
        (summary,) = outbox.list()
        draft = outbox.get(summary.id)
    assert draft.backend == "own" and draft.subject == "[PATCH] Correct the March figures"
    assert draft.state == "waiting"
    assert set(draft.to) == {"anna@client.example", "boss@example.com"}
    assert b"Bcc:" not in draft.eml and b"corrected figures" in draft.eml
