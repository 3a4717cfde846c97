"""What a delivery that fails at each SMTP step leaves behind: ``unknown`` only when the
message may have left (after the server's 354 to DATA), ``ready`` with the reason before.

Against a scripted server on 127.0.0.1 (:mod:`scripted_smtp`) that drops the connection at
a chosen step, trickles its greeting or delays its final reply, with a real SQLite outbox.
"""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from scripted_smtp import running_scripted_smtp
from test_cli_outbox import add_draft as cli_add_draft
from test_cli_outbox import stored as cli_stored
from test_cli_outbox import write_config
from test_outbox import T0, add_draft
from test_outbox import utc_local_zone as utc_local_zone

from assistant.config.transport import TransportConfig
from assistant.errors import DeliveryUncertainError, TemporaryDeliveryError
from assistant.outbox.sending import send_draft
from assistant.outbox.store import Outbox

DUE = T0 + timedelta(hours=1)
REPO = Path(__file__).resolve().parents[1]


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    with Outbox.open(tmp_path / "outbox.sqlite3") as box:
        yield box


def _config(port: int, **changes: float) -> TransportConfig:
    return TransportConfig(
        kind="smtp", host="127.0.0.1", port=port, security="none", timeout=5, **changes
    )


@pytest.mark.parametrize("step", ["greeting", "ehlo", "mail", "rcpt", "data"])
def test_a_drop_before_the_354_leaves_the_draft_ready_and_says_nothing_left(
    outbox: Outbox, step: str
) -> None:
    draft = add_draft(outbox)
    with running_scripted_smtp(drop_at=step) as server:
        with pytest.raises(TemporaryDeliveryError, match="nothing was handed over"):
            send_draft(outbox, draft.id, now=DUE, transport=_config(server.port))
        assert server.received == []
        after = outbox.get(draft.id)
        assert after.state_at(DUE) == "ready"
        assert after.error is not None and "nothing was handed over" in after.error
        server.drop_at = None  # the server recovers: the draft goes out once
        assert send_draft(outbox, draft.id, now=DUE, transport=_config(server.port)).state == "sent"
        assert server.counts() == {draft.message_id: 1}


def test_a_drop_after_the_message_leaves_the_draft_unknown(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    with running_scripted_smtp(drop_at="message") as server:
        with pytest.raises(DeliveryUncertainError, match="may or may not have arrived"):
            send_draft(outbox, draft.id, now=DUE, transport=_config(server.port))
        assert server.counts() == {draft.message_id: 1}
    assert outbox.get(draft.id).state == "unknown"


def test_a_trickling_greeting_is_cut_at_the_deadline(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    with (
        running_scripted_smtp(trickle=0.2) as server,  # the greeting would take 7 s
        pytest.raises(TemporaryDeliveryError, match=r"deadline of 1 s.*nothing was handed"),
    ):
        send_draft(outbox, draft.id, now=DUE, transport=_config(server.port, deadline=1))
    assert outbox.get(draft.id).state_at(DUE) == "ready"


def test_a_final_reply_later_than_the_deadline_leaves_the_draft_unknown(outbox: Outbox) -> None:
    draft = add_draft(outbox)
    with running_scripted_smtp(final_delay=20) as server:  # the deadline leaves room for load
        with pytest.raises(DeliveryUncertainError, match="deadline of 5 s"):
            send_draft(outbox, draft.id, now=DUE, transport=_config(server.port, deadline=5))
        assert server.counts() == {draft.message_id: 1}
    assert outbox.get(draft.id).state == "unknown"


# --- Ctrl-C during `outbox send` -------------------------------------------------------


def _cli_send(home: Path, draft_id: str) -> subprocess.Popen[str]:
    env = {**os.environ, "DRAFT_REPLY_HOME": str(home), "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-m", "assistant", "outbox", "send", draft_id, "--yes"],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


def _wait_for(condition: Callable[[], bool]) -> None:
    for _ in range(400):
        if condition():
            return
        time.sleep(0.025)
    raise AssertionError("the sender never got there")


@pytest.mark.parametrize(
    ("script", "state", "said"),
    [
        ({"trickle": 0.5}, "waiting", "was not sent; it is ready to send again"),
        ({"final_delay": 30}, "unknown", "may or may not have arrived and is now unknown"),
    ],
)
def test_ctrl_c_during_send_says_whether_the_draft_left(
    home: Path, script: dict[str, float], state: str, said: str
) -> None:
    draft = cli_add_draft(home, wait=timedelta(0))
    with running_scripted_smtp(**script) as server:
        write_config(
            home,
            transport={
                "kind": "smtp",
                "host": "127.0.0.1",
                "port": server.port,
                "security": "none",
                "timeout": 60,
            },
        )
        proc = _cli_send(home, draft.id)
        if state == "waiting":
            _wait_for(lambda: server.connections > 0)
        else:
            _wait_for(lambda: bool(server.received))
        proc.send_signal(signal.SIGINT)
        _, stderr = proc.communicate(timeout=30)
    assert proc.returncode == 130, stderr
    assert said in stderr
    assert cli_stored(home, draft.id).state == state
