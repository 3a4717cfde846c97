"""Cooling-off policy: delays from heat, quiet hours, DST in Europe/Berlin, config parsing."""

from __future__ import annotations

import dataclasses
from datetime import UTC, datetime, time, timedelta
from typing import Any

import pytest

from assistant.checks.tone import Heat, assess
from assistant.config.cooling import CoolingPolicy, policy_from_table
from assistant.errors import ConfigError
from assistant.outbox.cooling import CoolingDecision, decide, extend, local_zone, remaining

zoneinfo = pytest.importorskip("zoneinfo")
try:
    BERLIN = zoneinfo.ZoneInfo("Europe/Berlin")
except zoneinfo.ZoneInfoNotFoundError:  # pragma: no cover - no tz database (install tzdata)
    pytest.skip("no tz database for Europe/Berlin", allow_module_level=True)

POLICY = CoolingPolicy()
CALM = Heat(0.0)
NO_QUIET = CoolingPolicy(quiet_start=None, quiet_end=None)


def berlin(year: int, month: int, day: int, hour: int, minute: int, *, fold: int = 0) -> datetime:
    """A Berlin wall-clock time, returned as the UTC instant ``decide`` receives."""
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN, fold=fold).astimezone(UTC)


def wall(instant: datetime) -> tuple[int, int, int, int, int]:
    local = instant.astimezone(BERLIN)
    return (local.year, local.month, local.day, local.hour, local.minute)


def cool(created: datetime, heat: float = 0.0, policy: CoolingPolicy = POLICY) -> CoolingDecision:
    return decide(created=created, inbound=Heat(heat), draft=None, policy=policy, tz=BERLIN)


@pytest.mark.parametrize(
    ("heat", "delay"),
    [
        (0.0, 1800.0),
        (0.25, 1800 + 12600 * 0.25),
        (0.5, 8100.0),
        (0.9, 1800 + 12600 * 0.9),
        (1.0, 14400.0),
    ],
)
def test_delay_grows_linearly_from_base_to_max_with_heat(heat: float, delay: float) -> None:
    created = berlin(2024, 6, 10, 14, 0)
    decision = cool(created, heat)
    assert decision.delay == pytest.approx(delay)
    assert decision.not_before == created + timedelta(seconds=delay)
    assert decision.not_before.tzinfo is UTC


def test_calm_mail_gets_the_standard_cooling_off() -> None:
    decision = cool(berlin(2024, 6, 10, 14, 0))
    assert decision.reason == "standard cooling-off of 30 min"


def test_calm_mail_with_a_sharp_phrase_is_not_called_calm_while_it_waits_longer() -> None:
    inbound = assess("I am disappointed the June report was late.", "en")
    assert inbound.level == "calm" and len(inbound.phrases) == 1
    decision = decide(
        created=berlin(2024, 6, 10, 14, 0), inbound=inbound, draft=None, policy=POLICY, tz=BERLIN
    )
    assert decision.delay > POLICY.base_delay
    assert decision.reason.startswith("inbound mail has 1 sharp phrase (accusation): cooling-off")
    assert "calm" not in decision.reason


def test_tense_mail_says_tense_and_counts_each_kind_in_words() -> None:
    inbound = assess("You never answer. This is unacceptable.", "en")
    decision = decide(
        created=berlin(2024, 6, 10, 14, 0), inbound=inbound, draft=None, policy=POLICY, tz=BERLIN
    )
    assert inbound.level == "tense"
    assert decision.reason.startswith(f"inbound mail is tense ({len(inbound.phrases)} phrases: ")


def test_no_delay_at_all_says_no_cooling_off() -> None:
    off = CoolingPolicy(base_delay=0, max_delay=0, quiet_start=None, quiet_end=None)
    created = berlin(2024, 6, 10, 14, 0)
    assert cool(created, policy=off).reason == "no cooling-off (base delay 0)"
    hot = assess("We will look for another agency. You never listen.", "en")
    decision = decide(created=created, inbound=hot, draft=None, policy=off, tz=BERLIN)
    assert decision.delay == 0
    assert decision.reason == (
        "inbound mail is heated (2 phrases: threat to leave, absolute word); "
        "no cooling-off (max delay 0)"
    )
    table = policy_from_table({"base_delay_minutes": 0, "max_delay_minutes": 0}, source="t")
    assert "standard cooling-off" not in cool(created, policy=table).reason


def test_the_hotter_of_inbound_and_draft_sets_the_delay_and_the_reason() -> None:
    created = berlin(2024, 6, 10, 14, 0)
    inbound = assess("We will look for another agency. You never listen.", "en")
    draft = Heat(0.1)
    decision = decide(created=created, inbound=inbound, draft=draft, policy=POLICY, tz=BERLIN)
    assert decision.delay == pytest.approx(1800 + 12600 * inbound.score)
    assert decision.reason.startswith(
        "inbound mail is heated (2 phrases: threat to leave, absolute word): cooling-off of "
    )
    hot_draft = assess("You are a bunch of idiots and we never want to hear from you!!!", "en")
    decision = decide(created=created, inbound=inbound, draft=hot_draft, policy=POLICY, tz=BERLIN)
    assert hot_draft.score > inbound.score
    assert decision.delay == pytest.approx(1800 + 12600 * hot_draft.score)
    assert decision.reason.startswith("your draft is heated")


@pytest.mark.parametrize(
    ("written", "sendable"),
    [
        ((2024, 6, 10, 23, 10), (2024, 6, 11, 8, 0)),  # before midnight
        ((2024, 6, 11, 2, 0), (2024, 6, 11, 8, 0)),  # after midnight
        ((2024, 6, 10, 22, 0), (2024, 6, 11, 8, 0)),  # the window's first minute
        ((2024, 6, 11, 5, 59), (2024, 6, 11, 8, 0)),  # its last minute
        ((2024, 6, 11, 0, 0), (2024, 6, 11, 8, 0)),  # midnight
    ],
)
def test_quiet_hours_hold_a_draft_until_release_at(
    written: tuple[int, ...], sendable: tuple[int, ...]
) -> None:
    decision = cool(berlin(*written))
    assert wall(decision.not_before) == sendable
    hh, mm = written[3], written[4]
    assert decision.reason == (
        f"standard cooling-off of 30 min; quiet hours: written at {hh:02d}:{mm:02d}, "
        "sendable from 08:00"
    )


@pytest.mark.parametrize(
    ("written", "sendable"),
    [
        ((2024, 6, 11, 6, 0), (2024, 6, 11, 6, 30)),  # the window's end is outside it
        ((2024, 6, 11, 7, 45), (2024, 6, 11, 8, 15)),
    ],
)
def test_outside_quiet_hours_only_the_delay_counts(
    written: tuple[int, ...], sendable: tuple[int, ...]
) -> None:
    decision = cool(berlin(*written))
    assert wall(decision.not_before) == sendable
    assert "quiet hours" not in decision.reason


@pytest.mark.parametrize(
    ("written", "heat", "ends", "sendable"),
    [
        ((2024, 6, 10, 21, 59), 0.0, "22:29", (2024, 6, 11, 8, 0)),  # ends in the first minutes
        ((2024, 6, 10, 20, 0), 1.0, "00:00", (2024, 6, 11, 8, 0)),  # a hot wait ends at midnight
        ((2024, 6, 10, 19, 30), 0.9, "23:09", (2024, 6, 11, 8, 0)),
    ],
)
def test_a_wait_that_ends_in_quiet_hours_holds_the_draft_until_release_at(
    written: tuple[int, ...], heat: float, ends: str, sendable: tuple[int, ...]
) -> None:
    decision = cool(berlin(*written), heat)
    assert wall(decision.not_before) == sendable
    assert f"quiet hours: the wait ends at {ends}, sendable from 08:00" in decision.reason


def test_a_wait_that_ends_after_quiet_hours_is_not_held() -> None:
    decision = cool(berlin(2024, 6, 11, 4, 0), heat=1.0)  # ends 08:00, release 08:00
    assert wall(decision.not_before) == (2024, 6, 11, 8, 0)
    decision = cool(berlin(2024, 6, 11, 5, 50), heat=0.2)  # written in quiet hours, ends 06:52
    assert wall(decision.not_before) == (2024, 6, 11, 8, 0)
    assert "written at 05:50" in decision.reason


def test_a_long_delay_that_ends_after_release_at_wins_and_quiet_hours_go_unmentioned() -> None:
    decision = cool(berlin(2024, 6, 11, 5, 50), heat=1.0)
    assert wall(decision.not_before) == (2024, 6, 11, 9, 50)
    assert "quiet hours" not in decision.reason


def test_release_at_and_a_daytime_window_are_configurable() -> None:
    policy = CoolingPolicy(quiet_start=time(12, 0), quiet_end=time(13, 0), release_at=time(14, 0))
    assert wall(cool(berlin(2024, 6, 11, 12, 30), policy=policy).not_before) == (2024, 6, 11, 14, 0)
    assert wall(cool(berlin(2024, 6, 11, 23, 30), policy=policy).not_before) == (2024, 6, 12, 0, 0)


def test_quiet_hours_across_the_march_dst_change() -> None:
    created = berlin(2024, 3, 30, 23, 30)  # CET, UTC+1; clocks jump 02:00 -> 03:00 that night
    decision = cool(created)
    assert decision.not_before == datetime(2024, 3, 31, 6, 0, tzinfo=UTC)  # 08:00 CEST
    assert wall(decision.not_before) == (2024, 3, 31, 8, 0)
    assert decision.delay == 7.5 * 3600  # 8.5 wall-clock hours, one of them skipped


def test_quiet_hours_across_the_october_dst_change() -> None:
    created = berlin(2024, 10, 26, 23, 30)  # CEST, UTC+2; clocks go back 03:00 -> 02:00
    decision = cool(created)
    assert decision.not_before == datetime(2024, 10, 27, 7, 0, tzinfo=UTC)  # 08:00 CET
    assert decision.delay == 9.5 * 3600  # 8.5 wall-clock hours plus the repeated one


@pytest.mark.parametrize("fold", [0, 1])
def test_a_draft_written_in_the_repeated_hour_waits_until_eight(fold: int) -> None:
    created = berlin(2024, 10, 27, 2, 30, fold=fold)
    decision = cool(created)
    assert decision.not_before == datetime(2024, 10, 27, 7, 0, tzinfo=UTC)
    assert "written at 02:30" in decision.reason


def test_the_delay_is_elapsed_time_even_across_the_dst_gap() -> None:
    created = berlin(2024, 3, 31, 1, 45)  # 00:45 UTC
    decision = cool(created, policy=NO_QUIET)
    assert decision.not_before == datetime(2024, 3, 31, 1, 15, tzinfo=UTC)
    assert wall(decision.not_before) == (2024, 3, 31, 3, 15)


def test_a_release_time_skipped_by_the_dst_gap_moves_forward() -> None:
    policy = CoolingPolicy(
        base_delay=0.0, quiet_start=time(1, 0), quiet_end=time(2, 0), release_at=time(2, 30)
    )
    decision = cool(berlin(2024, 3, 31, 1, 30), policy=policy)
    assert wall(decision.not_before) == (2024, 3, 31, 3, 30)
    assert decision.not_before == datetime(2024, 3, 31, 1, 30, tzinfo=UTC)


def test_created_may_be_in_any_zone_but_must_be_aware() -> None:
    local = datetime(2024, 6, 10, 23, 10, tzinfo=BERLIN)
    assert cool(local).not_before == cool(local.astimezone(UTC)).not_before
    with pytest.raises(ValueError, match="timezone-aware"):
        cool(datetime(2024, 6, 10, 23, 10))


def test_extend_takes_a_later_end_and_never_shortens() -> None:
    created = berlin(2024, 6, 10, 14, 0)
    first = cool(created, heat=0.2)
    hotter = cool(created, heat=0.8)
    calmer = cool(created, heat=0.0)
    extended = extend(first, hotter)
    assert extended.not_before == hotter.not_before
    assert extended.reason.startswith("counted from the edit: ")
    assert extend(first, calmer) == first
    assert extend(first, first) == first
    kept = extend(first.not_before, calmer)
    assert kept.not_before == first.not_before
    assert kept.delay == pytest.approx(first.delay)
    assert "never shortens" in kept.reason
    assert extend(first.not_before, hotter).not_before == hotter.not_before


def test_remaining_counts_down_to_zero() -> None:
    not_before = datetime(2024, 6, 10, 12, 0, tzinfo=UTC)
    assert remaining(not_before, not_before - timedelta(minutes=45)) == 2700.0
    assert remaining(not_before, not_before) == 0.0
    assert remaining(not_before, not_before + timedelta(hours=1)) == 0.0


def test_policy_from_table_reads_every_key() -> None:
    policy = policy_from_table(
        {
            "base_delay_minutes": 10,
            "max_delay_minutes": 120.5,
            "quiet_hours": "23:30-05:00",
            "release_at": "07:15",
            "allow_override": True,
        },
        source="config.toml",
    )
    assert policy == CoolingPolicy(
        base_delay=600.0,
        max_delay=7230.0,
        quiet_start=time(23, 30),
        quiet_end=time(5, 0),
        release_at=time(7, 15),
        allow_override=True,
    )
    assert policy_from_table({}, source="x") == CoolingPolicy()
    off = policy_from_table({"quiet_hours": False}, source="x")
    assert not off.has_quiet_hours
    assert policy_from_table({"release_at": time(9, 0)}, source="x").release_at == time(9, 0)
    assert policy_from_table({"base_delay_minutes": 300}, source="x").max_delay == 18000.0


@pytest.mark.parametrize(
    ("table", "key"),
    [
        ({"base_delay": 30}, "base_delay"),
        ({"base_delay_minutes": "30"}, "base_delay_minutes"),
        ({"base_delay_minutes": True}, "base_delay_minutes"),
        ({"base_delay_minutes": -1}, "base_delay_minutes"),
        ({"max_delay_minutes": float("nan")}, "max_delay_minutes"),
        ({"base_delay_minutes": 60, "max_delay_minutes": 30}, "max_delay_minutes"),
        ({"quiet_hours": "22-06"}, "quiet_hours"),
        ({"quiet_hours": "22:00"}, "quiet_hours"),
        ({"quiet_hours": True}, "quiet_hours"),
        ({"quiet_hours": "25:00-06:00"}, "quiet_hours"),
        ({"quiet_hours": "22:00-22:00"}, "quiet_hours"),
        ({"release_at": "8am"}, "release_at"),
        ({"release_at": 8}, "release_at"),
        ({"release_at": "05:00"}, "release_at"),
        ({"allow_override": "yes"}, "allow_override"),
    ],
)
def test_policy_from_table_errors_name_the_source_and_key(table: dict[str, Any], key: str) -> None:
    with pytest.raises(ConfigError) as caught:
        policy_from_table(table, source="/home/u/.config/draft-reply/config.toml")
    message = str(caught.value)
    assert message.startswith("/home/u/.config/draft-reply/config.toml: [cooling_off] ")
    assert key in message
    assert caught.value.exit_code == 78


def test_policy_rejects_inconsistent_values() -> None:
    with pytest.raises(ValueError, match="max_delay"):
        CoolingPolicy(base_delay=100, max_delay=50)
    with pytest.raises(ValueError, match="release_at"):
        CoolingPolicy(release_at=time(23, 0))


def test_decisions_and_policies_are_frozen() -> None:
    decision = cool(berlin(2024, 6, 10, 14, 0))
    with pytest.raises(dataclasses.FrozenInstanceError):
        decision.delay = 0.0  # type: ignore[misc]
    with pytest.raises(dataclasses.FrozenInstanceError):
        POLICY.base_delay = 0.0  # type: ignore[misc]


@pytest.mark.parametrize("value", ["Europe/Berlin", ":Europe/Berlin"])
def test_local_zone_honours_tz(value: str) -> None:
    zone = local_zone({"TZ": value})
    assert zone == BERLIN
    summer = datetime(2024, 7, 1, 12, tzinfo=zone).utcoffset()
    winter = datetime(2024, 1, 1, 12, tzinfo=zone).utcoffset()
    assert (summer, winter) == (timedelta(hours=2), timedelta(hours=1))


def test_local_zone_falls_back_when_tz_is_not_a_key() -> None:
    zone = local_zone({"TZ": "Not/A_Zone"})
    assert datetime(2024, 7, 1, 12, tzinfo=zone).utcoffset() is not None
    assert datetime(2024, 7, 1, 12, tzinfo=local_zone({})).utcoffset() is not None


@pytest.mark.parametrize("value", [10**400, -1, 7 * 24 * 60 + 1])
def test_delay_minutes_have_a_range(value: int) -> None:
    with pytest.raises(ConfigError, match="must be from 0 to 10080 minutes"):
        policy_from_table({"base_delay_minutes": value}, source="config.toml")
