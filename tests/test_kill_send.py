"""SIGKILL ``draft-reply outbox send`` at random points: nothing doubled, lost or stuck.

Each trial has its own outbox with one ready draft and runs the real CLI against a
scripted SMTP server that delays its final reply (so that kills land in every stage:
start-up, claim, connection, the message on the wire, the wait for the reply, the
record). After the kill, the recovery every outbox command runs settles the draft; the
test then checks the state against what the server holds, settles the draft as a user
would (resend what is ready, resolve what is unknown by asking the server) and requires
exactly one copy of each message in the end. ``DRAFT_REPLY_KILL_TRIALS`` sets the number
of trials (200).
"""

from __future__ import annotations

import os
import random
import signal
import subprocess
import sys
import time
from collections import Counter
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from pathlib import Path

from scripted_smtp import ScriptedSMTP, running_scripted_smtp
from test_outbox import add_draft

from assistant.config.transport import TransportConfig
from assistant.outbox.sending import send_draft
from assistant.outbox.store import Outbox

REPO = Path(__file__).resolve().parents[1]
TRIALS = int(os.environ.get("DRAFT_REPLY_KILL_TRIALS", "200"))


def _env(home: Path) -> dict[str, str]:
    return {**os.environ, "DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(REPO)}


def _trial(n: int, root: Path, server: ScriptedSMTP, delay: float | None) -> tuple[str, str]:
    """Run one send, killed after ``delay`` seconds (None: not killed); return (state after
    recovery, message id)."""
    home = root / f"t{n}"
    (home / "config").mkdir(parents=True)
    (home / "config" / "config.toml").write_text(
        '[llm]\nprobe_local = false\n\n[transport]\nkind = "smtp"\nhost = "127.0.0.1"\n'
        f'port = {server.port}\nsecurity = "none"\ntimeout = 10\n'
    )
    now = datetime.now(UTC)
    message_id = f"<kill-{n}@agency.example>"
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:
        draft = add_draft(
            box, n, message_id=message_id, now=now - timedelta(hours=1), not_before=now
        )
    proc = subprocess.Popen(
        [sys.executable, "-m", "assistant", "outbox", "send", draft.id, "--yes"],
        env=_env(home),
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        proc.wait(timeout=delay if delay is not None else 120)
    except subprocess.TimeoutExpired:
        proc.send_signal(signal.SIGKILL)
        proc.wait()
    with Outbox.open(home / "data" / "outbox.sqlite3") as box:  # as `outbox list` does
        box.recover_interrupted(datetime.now(UTC))
        [row] = box.list()
        return row.state_at(datetime.now(UTC)), message_id


def test_kill_send_at_random_points_doubles_loses_and_strands_nothing(tmp_path: Path) -> None:
    rng = random.Random(20261205)
    workers = max(1, min(4, os.cpu_count() or 1))
    with running_scripted_smtp(final_delay=0.4) as server:
        # How long one whole send takes here, as many at once as the trials run: the kills
        # are spread over that span, so that they land in every stage on any machine.
        with ThreadPoolExecutor(max_workers=workers) as pool:
            started = time.monotonic()
            timed = list(
                pool.map(
                    lambda n: _trial(n, tmp_path, server, None), range(TRIALS, TRIALS + workers)
                )
            )
            span = (time.monotonic() - started) * 1.1
        assert {state for state, _ in timed} == {"sent"}
        delays = [rng.uniform(0.02, span) for _ in range(TRIALS)]
        with ThreadPoolExecutor(max_workers=workers) as pool:
            results = list(
                pool.map(
                    lambda args: _trial(*args),
                    [(n, tmp_path, server, d) for n, d in enumerate(delays)],
                )
            )
        received = server.counts()
        states = Counter(state for state, _ in results)
        unknown_held = sum(1 for s, m in results if s == "unknown" and received[m])
        assert "sending" not in states, states  # none stuck
        for state, message_id in results:
            copies = received[message_id]
            if state == "sent":
                assert copies == 1, (state, message_id)
            elif state in ("ready", "cooling"):
                assert copies == 0, (state, message_id)  # ready again only if nothing left
            else:
                assert state == "unknown" and copies in (0, 1), (state, message_id)
        # Settle as a user would, then every message exists exactly once.
        config = TransportConfig(kind="smtp", host="127.0.0.1", port=server.port, security="none")
        for n, (state, message_id) in enumerate(results):
            with Outbox.open(tmp_path / f"t{n}" / "data" / "outbox.sqlite3") as box:
                [draft] = box.list()
                now = datetime.now(UTC)
                if state == "unknown":
                    box.resolve(draft.id, sent=received[message_id] == 1, now=now)
                if box.get(draft.id).state == "waiting":
                    send_draft(box, draft.id, now=now, transport=config)
        final = server.counts()
        assert set(final.values()) == {1}
        assert len(final) == TRIALS + workers
    share = states["unknown"] / TRIALS
    print(
        f"\nkill trials: {TRIALS}; states after recovery: {dict(states)}; unknown {share:.0%} "
        f"({unknown_held} of them had reached the server); one send took {span / 1.1:.2f} s"
    )
