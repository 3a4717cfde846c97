"""How times and waits are said: one rule for drafting, outbox list/show/send and messages."""

from __future__ import annotations

import subprocess
import sys
import time
from collections.abc import Callable, Iterator
from datetime import UTC, datetime, timedelta

import pytest

from assistant.display import describe_duration, describe_wait, local_time, sendable_time

T0 = datetime(2026, 11, 30, 14, 0, tzinfo=UTC)  # a Monday


@pytest.fixture
def zone(monkeypatch: pytest.MonkeyPatch) -> Iterator[Callable[[str], None]]:
    """Set the machine's local zone for one test: ``zone("Europe/Berlin")``."""

    def use(name: str) -> None:
        monkeypatch.setenv("TZ", name)
        time.tzset()

    use("UTC")
    yield use
    monkeypatch.undo()
    time.tzset()


@pytest.mark.parametrize(
    ("seconds", "words"),
    [
        (0, "0 min"),
        (-5, "0 min"),
        (1, "less than a minute"),
        (59.9, "less than a minute"),
        (60, "1 min"),
        (61, "2 min"),
        (2700, "45 min"),
        (3600, "1 h"),
        (3900, "1 h 5 min"),
        (4 * 3600, "4 h"),
        (18 * 3600, "18 h"),
        (24 * 3600 - 1, "1 day"),  # rounds up to the minute first: 1440 min is a day
        (24 * 3600, "1 day"),
        (24 * 3600 + 60, "1 day 1 h"),  # never shorter than it is
        (50 * 3600, "2 days 2 h"),
        (48 * 3600, "2 days"),
    ],
)
def test_describe_duration(seconds: float, words: str) -> None:
    assert describe_duration(seconds) == words


@pytest.mark.usefixtures("zone")
@pytest.mark.parametrize(
    ("not_before", "shown"),
    [
        (T0.replace(hour=13, minute=2, second=3), "13:03"),  # the case that disagreed
        (T0.replace(hour=13, minute=2), "13:02"),
        (T0.replace(hour=13, minute=2, microsecond=1), "13:03"),
        (T0.replace(hour=23, minute=59, second=30), "Tue 1 Dec 00:00"),  # rounds into tomorrow
    ],
)
def test_sendable_time_rounds_up_to_the_minute(not_before: datetime, shown: str) -> None:
    assert sendable_time(not_before, now=T0) == shown


def test_times_are_local_with_the_day_when_not_today(zone: Callable[[str], None]) -> None:
    moment = T0.replace(minute=2, second=3)
    assert local_time(moment, now=T0) == "14:02"  # seconds cut: it happened in that minute
    assert local_time(moment + timedelta(days=1), now=T0) == "Tue 1 Dec 14:02"
    zone("Europe/Berlin")
    assert local_time(moment, now=T0) == "15:02"
    assert sendable_time(moment, now=T0) == "15:03"
    late = datetime(2026, 11, 30, 23, 30, tzinfo=UTC)  # already Tuesday in Berlin
    assert local_time(late, now=T0) == "Tue 1 Dec 00:30"


@pytest.mark.usefixtures("zone")
@pytest.mark.parametrize(
    ("minutes", "words"),
    [
        (0, "now"),  # a zero cooling-off: not "14:00, in 0 min"
        (-5, "now"),
        (0.5, "14:01, in less than a minute"),
        (45, "14:45, in 45 min"),
        (60, "15:00, in 1 h"),
        (62.05, "15:03, in 1 h 3 min"),
        (125, "16:05, in 2 h 5 min"),
        (18 * 60, "Tue 1 Dec 08:00, in 18 h"),
        (50 * 60, "Wed 2 Dec 16:00, in 2 days 2 h"),
    ],
)
def test_describe_wait(minutes: float, words: str) -> None:
    assert describe_wait(T0 + timedelta(minutes=minutes), T0) == words


def test_outbox_list_imports_neither_tone_nor_cooling_for_the_library() -> None:
    code = (
        "import sys, assistant.outbox.store, assistant.display\n"
        "import assistant.cli.outbox\n"
        "owners = ('assistant.checks.tone', 'assistant.outbox.cooling')\n"
        "print(sorted(m for m in owners if m in sys.modules))\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.split("\n")
    assert out[0] == "[]"


@pytest.mark.parametrize("args", [["--version"], ["--help"]])
def test_version_and_help_load_no_command_module_and_no_heavy_library(args: list[str]) -> None:
    """Start-up stays cheap: ``--version`` and ``--help`` load Click and none of these."""
    heavy = (
        "openai",
        "jinja2",
        "lingua",
        "sqlite3",
        "email.parser",
        "assistant.cli.draft",
        "assistant.cli.outbox",
        "assistant.cli.clients",
        "assistant.cli.prompts",
        "assistant.config",
    )
    code = (
        "import sys\n"
        "from assistant.cli.app import main\n"
        "try:\n"
        f"    main({args!r})\n"
        "except SystemExit as exc:\n"
        "    assert exc.code == 0, exc.code\n"
        f"print([name for name in {heavy!r} if name in sys.modules])\n"
    )
    out = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout.splitlines()
    assert out[-1] == "[]"
    assert out[0].startswith("draft-reply, version " if args == ["--version"] else "usage: ")


def test_printable_replaces_terminal_controls_and_keeps_text() -> None:
    from assistant.display import printable

    hostile = "Re: \x1b]0;owned\x07 \x9b2J caf\u00e9\r\x08\x7f\n\tok"
    assert printable(hostile) == "Re: ?]0;owned? ?2J caf\u00e9???\n\tok"
