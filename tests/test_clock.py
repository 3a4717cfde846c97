"""A clock that is behind cannot shorten the cooling-off (the outbox's last change and the
answered email's Date are lower bounds on the present), through the CLI."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest
import time_machine
from conftest import Run

EXAMPLE = Path(__file__).resolve().parents[1] / "fixtures" / "emails" / "review-complaint-en.eml"
DATED = datetime(2026, 7, 14, 16, 41, 52, tzinfo=UTC)  # the example's Date, in UTC


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home), "TZ": "UTC"}


def _draft(run: Run, env: dict[str, str], source: bytes) -> dict[str, object]:
    result = run("--json", "-", env=env, input=source)
    assert result.exit_code == 0, result.stderr
    data: dict[str, object] = json.loads(result.stdout)
    return data


def _time(text: object) -> datetime:
    return datetime.fromisoformat(str(text))


def test_a_clock_set_back_waits_from_the_outbox_last_change(
    run: Run, env: dict[str, str], time_machine: time_machine.TimeMachineFixture
) -> None:
    time_machine.move_to(DATED + timedelta(days=30), tick=False)  # a weekday afternoon
    first = _draft(run, env, EXAMPLE.read_bytes())
    delay = _time(first["not_before"]) - _time(first["created"])
    time_machine.move_to(DATED + timedelta(days=2), tick=False)  # 28 days behind
    second = _draft(run, env, EXAMPLE.read_bytes().replace(b"<8d1f", b"<9d1f"))
    assert _time(second["not_before"]) >= _time(first["created"]) + delay
    assert "clock seems behind (the outbox last changed at" in str(second["cooling_reason"])
    assert any("clock seems behind" in str(w) for w in second["warnings"])  # type: ignore[attr-defined]


def test_a_clock_behind_the_email_waits_from_its_date(
    run: Run, env: dict[str, str], time_machine: time_machine.TimeMachineFixture
) -> None:
    time_machine.move_to(DATED - timedelta(hours=3), tick=False)  # before the email was sent
    data = _draft(run, env, EXAMPLE.read_bytes())
    delay = _time(data["not_before"]) - DATED
    assert delay >= timedelta(minutes=30)
    assert "the email you answer is dated 2026-07-14T16:41:52Z" in str(data["cooling_reason"])


def test_a_date_far_in_the_future_is_not_trusted(
    run: Run, env: dict[str, str], time_machine: time_machine.TimeMachineFixture
) -> None:
    time_machine.move_to(DATED - timedelta(days=30), tick=False)
    data = _draft(run, env, EXAMPLE.read_bytes())
    assert _time(data["not_before"]) < DATED - timedelta(days=29)
    assert "clock seems behind" not in str(data["cooling_reason"])
