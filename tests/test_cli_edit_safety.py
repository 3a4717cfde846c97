"""``outbox edit`` never loses the user's text: a stale edit, an editor that fails after
saving, and control characters from the editor (through the CLI, real editor processes)."""

from __future__ import annotations

import os
import re
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
from conftest import Run
from test_cli_outbox import CALM_REPLY, add_draft, stored
from test_cli_outbox import clock as clock

REPO = Path(__file__).resolve().parents[1]


def _script(tmp_path: Path, name: str, body: str) -> str:
    script = tmp_path / f"{name}.py"
    script.write_text("import pathlib, sys, time\npath = pathlib.Path(sys.argv[-1])\n" + body)
    return f"{sys.executable} {script}"


def test_an_editor_that_fails_after_saving_keeps_the_text(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    command = _script(
        tmp_path, "save_then_fail", "path.write_text('My careful rewrite.')\nsys.exit(3)\n"
    )
    monkeypatch.setenv("EDITOR", command)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 1
    assert "exited with status 3; the draft is unchanged; your text is kept in" in result.stderr
    kept = Path(re.findall(r"kept in (\S+\.txt)", result.stderr)[0])
    assert kept.read_text() == "My careful rewrite."
    assert stored(home, draft.id).body == draft.body
    kept.unlink()


def test_control_characters_from_the_editor_are_removed_with_a_warning(
    run: Run, home: Path, clock: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    draft = add_draft(home)
    dirty = CALM_REPLY.replace("Thank you", "Thank\x00 you\x1b[2J\x07") + "\r\nBest,\tSam\r\n"
    (tmp_path / "dirty.txt").write_text(dirty, newline="")
    command = _script(
        tmp_path,
        "dirty",
        f"path.write_bytes(pathlib.Path({str(tmp_path / 'dirty.txt')!r}).read_bytes())\n",
    )
    monkeypatch.setenv("EDITOR", command)
    result = run("outbox", "edit", draft.id)
    assert result.exit_code == 0, result.stderr
    assert "removed 3 control character(s) from the edited text (BEL, ESC, NUL)" in result.stderr
    after = stored(home, draft.id)
    assert not any(ch in after.body for ch in "\x00\x1b\x07\r")
    assert "Best,\tSam" in after.body
    assert b"\x1b" not in after.eml and b"\x00" not in after.eml


def test_a_stale_edit_keeps_its_text_and_says_another_edit_won(
    home: Path, clock: Any, tmp_path: Path
) -> None:
    draft = add_draft(home)
    go, opened = tmp_path / "go", tmp_path / "opened"
    slow = _script(
        tmp_path,
        "slow",
        "path.write_text('The slow edit.')\n"
        f"pathlib.Path({str(opened)!r}).write_text('')\n"
        f"while not pathlib.Path({str(go)!r}).exists():\n    time.sleep(0.02)\n",
    )
    fast = _script(tmp_path, "fast", "path.write_text('The fast edit.')\n")
    env = {**os.environ, "DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(REPO)}
    argv = [sys.executable, "-m", "assistant", "outbox", "edit", draft.id]
    first = subprocess.Popen(
        argv, env={**env, "EDITOR": slow}, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    while not opened.exists() and first.poll() is None:
        time.sleep(0.02)  # the slow editor has the draft open
    second = subprocess.run(argv, env={**env, "EDITOR": fast}, capture_output=True, text=True)
    assert second.returncode == 0, second.stderr
    go.write_text("")
    _, stderr = first.communicate(timeout=60)
    assert first.returncode == 65, stderr
    assert f"draft {draft.id} was changed by another edit while you edited it" in stderr
    kept = Path(re.findall(r"kept in (\S+\.txt)", stderr)[0])
    assert kept.read_text() == "The slow edit."
    assert stored(home, draft.id).body.strip() == "The fast edit."
    kept.unlink()
