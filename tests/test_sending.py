"""sending: the state machine against a real SMTP server, a real Maildir and real processes."""

from __future__ import annotations

import mailbox
import os
import subprocess
import sys
import textwrap
from collections import Counter
from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from fake_smtp import DROP, FakeSMTP
from test_outbox import T0, add_draft
from test_outbox import utc_local_zone as utc_local_zone  # autouse: messages in TZ=UTC

from assistant.config.transport import TransportConfig
from assistant.errors import (
    ConfigError,
    CoolingOffError,
    DeliveryUncertainError,
    DraftStateError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from assistant.outbox.sending import send_draft
from assistant.outbox.store import Outbox

REPO = Path(__file__).resolve().parents[1]
DUE = T0 + timedelta(hours=1)


@pytest.fixture
def outbox(tmp_path: Path) -> Iterator[Outbox]:
    with Outbox.open(tmp_path / "outbox.sqlite3") as box:
        yield box


def _smtp(server: FakeSMTP) -> TransportConfig:
    return TransportConfig(
        kind="smtp", host=server.host, port=server.port, security="none", timeout=5
    )


def _states(outbox: Outbox, draft_id: str) -> list[str]:
    return [entry.to_state for entry in outbox.audit(draft_id)]


def test_a_due_draft_is_sent_once(outbox: Outbox, smtp: FakeSMTP) -> None:
    draft = add_draft(outbox)
    sent = send_draft(outbox, draft.id[:5], now=DUE, transport=_smtp(smtp))
    assert sent.state == "sent"
    assert sent.delivery is not None and " 250 2.0.0 queued as 1" in sent.delivery
    assert smtp.message_ids() == [draft.message_id]
    assert smtp.messages[0].rcpt_tos == ("dana@client.example", "lead@client.example")
    assert smtp.messages[0].mail_from == "sam@agency.example"
    assert _states(outbox, draft.id) == ["waiting", "sending", "sent"]
    with pytest.raises(DraftStateError, match="was sent"):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    assert len(smtp.messages) == 1


def test_a_cooling_draft_is_refused_with_the_time_left(outbox: Outbox, smtp: FakeSMTP) -> None:
    draft = add_draft(outbox, not_before=T0 + timedelta(minutes=45))
    with pytest.raises(CoolingOffError) as info:
        send_draft(outbox, draft.id, now=T0, transport=_smtp(smtp))
    assert "still cooling off: sendable at 14:45, in 45 min" in str(info.value)
    assert info.value.exit_code == 75
    assert smtp.attempts == 0
    assert outbox.get(draft.id).state == "waiting"


def test_override_only_when_the_config_allows_it(outbox: Outbox, smtp: FakeSMTP) -> None:
    draft = add_draft(outbox)
    with pytest.raises(ConfigError, match="allow_override"):
        send_draft(outbox, draft.id, now=T0, transport=_smtp(smtp), override_reason="urgent")
    assert outbox.get(draft.id).override_reason is None
    sent = send_draft(
        outbox,
        draft.id,
        now=T0,
        transport=_smtp(smtp),
        override_reason="client deadline at 15:00",
        allow_override=True,
    )
    assert (sent.state, sent.override_reason) == ("sent", "client deadline at 15:00")
    assert "cooling-off overridden: client deadline at 15:00" in [
        entry.reason for entry in outbox.audit(draft.id)
    ]
    assert len(smtp.messages) == 1


def test_4xx_leaves_the_draft_ready_with_the_error(outbox: Outbox, smtp: FakeSMTP) -> None:
    draft = add_draft(outbox)
    smtp.enqueue("451 4.3.0 mailbox busy")
    with pytest.raises(TemporaryDeliveryError):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    waiting = outbox.get(draft.id)
    assert waiting.state_at(DUE) == "ready"
    assert waiting.error is not None and "451 4.3.0 mailbox busy" in waiting.error
    assert smtp.messages == []
    assert send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp)).state == "sent"
    assert smtp.message_ids() == [draft.message_id]
    assert _states(outbox, draft.id) == ["waiting", "sending", "waiting", "sending", "sent"]


def test_5xx_marks_the_draft_failed(outbox: Outbox, smtp: FakeSMTP) -> None:
    draft = add_draft(outbox)
    smtp.enqueue("550 5.7.1 message refused")
    with pytest.raises(PermanentDeliveryError):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    failed = outbox.get(draft.id)
    assert failed.state == "failed"
    assert failed.error is not None and "550 5.7.1 message refused" in failed.error
    with pytest.raises(DraftStateError, match="delivery failed"):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    assert smtp.attempts == 1


def test_a_lost_connection_after_data_leaves_the_draft_unknown(
    outbox: Outbox, smtp: FakeSMTP
) -> None:
    draft = add_draft(outbox)
    smtp.enqueue(DROP)
    with pytest.raises(DeliveryUncertainError):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    assert outbox.get(draft.id).state == "unknown"
    with pytest.raises(DraftStateError, match="outbox resolve"):
        send_draft(outbox, draft.id, now=DUE, transport=_smtp(smtp))
    assert smtp.attempts == 1


def test_a_config_problem_before_connecting_leaves_the_draft_waiting(
    outbox: Outbox, smtp: FakeSMTP
) -> None:
    draft = add_draft(outbox)
    config = TransportConfig(
        kind="smtp", host=smtp.host, port=smtp.port, security="starttls", timeout=5
    )
    with pytest.raises(ConfigError, match="STARTTLS"):
        send_draft(outbox, draft.id, now=DUE, transport=config)
    assert outbox.get(draft.id).state == "waiting"
    assert smtp.attempts == 0


def test_sending_to_a_maildir(outbox: Outbox, tmp_path: Path) -> None:
    draft = add_draft(outbox)
    config = TransportConfig(kind="maildir", path=tmp_path / "Drafts")
    sent = send_draft(outbox, draft.id, now=DUE, transport=config)
    assert sent.state == "sent"
    [message] = list(mailbox.Maildir(tmp_path / "Drafts", create=False))
    assert message["Message-ID"] == draft.message_id
    filed = next((tmp_path / "Drafts" / "cur").iterdir())
    assert filed.name.endswith(":2,D")  # a draft, for the user to send from their client
    assert sent.delivery == f"maildir {filed}"


# --- real processes ---------------------------------------------------------------------

_KILLED_SENDER = textwrap.dedent(
    """
    import os, signal, sys
    from datetime import datetime
    from pathlib import Path
    from assistant.outbox.store import Outbox
    from assistant.outbox.sending import send_draft
    from assistant.config.transport import TransportConfig

    db, draft_id, port, point, now = sys.argv[1:]

    def hook(reached):
        if reached == point:
            os.kill(os.getpid(), signal.SIGKILL)

    config = TransportConfig(kind="smtp", host="127.0.0.1", port=int(port), security="none")
    with Outbox.open(Path(db)) as box:
        send_draft(box, draft_id, now=datetime.fromisoformat(now), transport=config,
                   fault_hook=hook)
    """
)


def _run(code: str, *args: str) -> subprocess.Popen[str]:
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    return subprocess.Popen(
        [sys.executable, "-c", code, *args],
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )


@pytest.mark.parametrize(
    ("point", "delivered", "state"),
    [
        ("after_sending_committed", 0, "ready"),  # nothing handed over: ready again
        ("after_handover", 0, "unknown"),  # after the 354: it may have left
        ("after_delivered", 1, "unknown"),  # accepted, not yet recorded anywhere
    ],
)
def test_a_sender_killed_mid_send_is_settled_by_what_it_recorded_and_never_resends(
    tmp_path: Path, smtp: FakeSMTP, point: str, delivered: int, state: str
) -> None:
    path = tmp_path / "outbox.sqlite3"
    with Outbox.open(path) as box:
        draft = add_draft(box)
    proc = _run(_KILLED_SENDER, str(path), draft.id, str(smtp.port), point, DUE.isoformat())
    _, stderr = proc.communicate(timeout=60)
    assert proc.returncode == -9, stderr
    assert len(smtp.messages) == delivered
    with Outbox.open(path) as box:
        assert box.get(draft.id).state == "sending"
        assert box.recover_interrupted(DUE) == [draft.id]
        lost = box.get(draft.id)
        assert lost.state_at(DUE) == state
        assert box.recover_interrupted(DUE) == []
        if state == "unknown":
            assert lost.error is not None and "may or may not have been delivered" in lost.error
            with pytest.raises(DraftStateError, match="outbox resolve"):
                send_draft(box, draft.id, now=DUE, transport=_smtp(smtp))
            assert len(smtp.messages) == delivered
            box.resolve(draft.id, sent=bool(delivered), now=DUE)
        if box.get(draft.id).state == "waiting":
            assert send_draft(box, draft.id, now=DUE, transport=_smtp(smtp)).state == "sent"
        assert smtp.message_ids() == [draft.message_id]


_WORKER = textwrap.dedent(
    """
    import sys
    from datetime import datetime, timedelta
    from pathlib import Path
    sys.path.insert(0, sys.argv[5])
    from test_outbox import add_draft
    from assistant.errors import DraftStateError
    from assistant.outbox.store import Outbox
    from assistant.outbox.sending import send_draft
    from assistant.config.transport import TransportConfig

    db, worker, port, now = sys.argv[1:5]
    now = datetime.fromisoformat(now)
    config = TransportConfig(kind="smtp", host="127.0.0.1", port=int(port), security="none")
    sent = lost = 0
    with Outbox.open(Path(db)) as box:
        for n in range(10):
            add_draft(box, n, message_id=f"<w{worker}-{n}@agency.example>",
                      in_reply_to=f"<in-w{worker}-{n}@client>",
                      now=now, not_before=now - timedelta(minutes=1))
        while ready := box.list(["ready"], now=now):
            for row in ready:
                try:
                    send_draft(box, row.id, now=now, transport=config)
                    sent += 1
                except DraftStateError:
                    lost += 1
    print(sent, lost)
    """
)


def test_concurrent_processes_lose_nothing_and_send_nothing_twice(
    tmp_path: Path, smtp: FakeSMTP
) -> None:
    path = tmp_path / "shared" / "outbox.sqlite3"
    workers = [
        _run(_WORKER, str(path), str(w), str(smtp.port), DUE.isoformat(), str(REPO / "tests"))
        for w in range(4)
    ]
    results = []
    for proc in workers:
        stdout, stderr = proc.communicate(timeout=120)
        assert proc.returncode == 0, stderr
        results.append(tuple(int(x) for x in stdout.split()))
    expected = {f"<w{w}-{n}@agency.example>" for w in range(4) for n in range(10)}
    with Outbox.open(path) as box:
        drafts = box.list()
        assert {d.message_id for d in drafts} == expected
        assert {d.state for d in drafts} == {"sent"}
        for d in drafts:
            assert [e.to_state for e in box.audit(d.id)] == ["waiting", "sending", "sent"]
    counts = Counter(smtp.message_ids())
    assert set(counts) == expected
    assert set(counts.values()) == {1}
    assert sum(sent for sent, _ in results) == 40


def test_a_port_that_is_not_smtp_leaves_the_draft_ready(outbox: Outbox) -> None:
    from test_transport import _NotSMTP

    server = _NotSMTP(b"HTTP/1.1 200 OK\r\n\r\n")
    config = TransportConfig(
        kind="smtp", host="127.0.0.1", port=server.port, security="none", timeout=5
    )
    draft = add_draft(outbox)
    try:
        with pytest.raises(TemporaryDeliveryError, match="does not speak SMTP"):
            send_draft(outbox, draft.id, now=DUE, transport=config)
    finally:
        server.close()
    after = outbox.get(draft.id)
    assert after.state_at(DUE) == "ready"
    assert after.error is not None and "HTTP/1.1 200 OK" in after.error
