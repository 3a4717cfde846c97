"""On a terminal (a real pseudo-terminal): the reply first and where the draft went last,
``outbox show`` through $PAGER unless --no-pager, and a sign of life while drafting."""

from __future__ import annotations

import os
import pty
import re
import select
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[1]
EXAMPLE = REPO / "fixtures" / "emails" / "review-complaint-en.eml"


def _on_a_terminal(args: list[str], home: Path, **env: str) -> tuple[int, str]:
    """Run draft-reply with stdout and stderr on one pseudo-terminal; return (status, text)."""
    main, child = pty.openpty()
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", *args],
        stdin=child,
        stdout=child,
        stderr=child,
        env={**os.environ, "DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(REPO), **env},
    )
    os.close(child)
    chunks = []
    while True:
        ready, _, _ = select.select([main], [], [], 30)
        if not ready:
            break
        try:
            data = os.read(main, 65536)
        except OSError:  # the child closed the terminal
            break
        if not data:
            break
        chunks.append(data)
    os.close(main)
    return proc.wait(timeout=30), b"".join(chunks).decode("utf-8", "replace")


def test_the_reply_comes_first_and_the_status_line_last(home: Path) -> None:
    status, text = _on_a_terminal(["--offline", str(EXAMPLE)], home)
    assert status == 0, text
    lines = [line for line in text.splitlines() if line.strip()]
    assert lines[-1].startswith("draft-reply: draft ") and "is in the outbox" in lines[-1]
    assert text.index("Message-ID:") < text.index("is in the outbox")


def test_show_goes_through_the_pager_unless_told(home: Path, tmp_path: Path) -> None:
    status, text = _on_a_terminal(["--offline", str(EXAMPLE)], home)
    draft_id = text.rsplit("draft-reply: draft ", 1)[1].split()[0]
    paged = tmp_path / "paged.txt"
    pager = tmp_path / "pager.sh"
    pager.write_text(f"#!/bin/sh\ncat > {paged}\n")
    pager.chmod(0o755)
    status, _ = _on_a_terminal(
        ["outbox", "show", draft_id], home, PAGER=str(pager), LINES="20", COLUMNS="100"
    )
    assert status == 0
    assert f"Draft {draft_id}" in paged.read_text()
    paged.unlink()
    status, text = _on_a_terminal(
        ["outbox", "show", draft_id, "--no-pager"], home, PAGER=str(pager), LINES="20"
    )
    assert status == 0 and f"Draft {draft_id}" in text
    assert not paged.exists()


@pytest.mark.parametrize("wait", [2.5])
def test_a_slow_model_shows_the_time_spent_on_a_terminal(
    home: Path, fake_openai: object, wait: float
) -> None:
    from fake_openai import Delay, FakeOpenAI

    assert isinstance(fake_openai, FakeOpenAI)
    fake_openai.enqueue(Delay(wait))
    started = time.monotonic()
    status, text = _on_a_terminal(
        ["--no-stream", "--no-store", str(EXAMPLE)],
        home,
        OPENAI_API_KEY="sk-test",
        OPENAI_BASE_URL=fake_openai.base_url,
    )
    assert status == 0, text
    assert time.monotonic() - started >= wait
    # A loaded machine may skip a tick: any count of whole seconds shows the time spent.
    assert re.search(r"draft-reply: drafting\.\.\. [1-9]\d* s", text), text
