"""The ``[cooling_off]`` table: how long drafts cool off (playbook step 0).

Schema and reader of the section; the policy's use (when a draft may leave) is
:mod:`assistant.outbox.cooling`. Delays in seconds; quiet hours and release in local time.
"""

from __future__ import annotations

import math
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import time
from typing import Any

from assistant.errors import ConfigError

SECTION = "cooling_off"


_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")


KEYS = ("base_delay_minutes", "max_delay_minutes", "quiet_hours", "release_at", "allow_override")


@dataclass(frozen=True)
class CoolingPolicy:
    """How long drafts cool off. Delays in seconds; quiet hours and release in local time.

    ``quiet_start``/``quiet_end`` bound the quiet window (it may wrap midnight; start is
    inside it, end is not); None for either disables quiet hours. ``release_at`` must lie
    outside the window. ``allow_override`` lets ``send --override`` skip the wait.
    Raises ValueError for negative delays, ``max_delay < base_delay``, an empty window or a
    ``release_at`` inside it.
    """

    base_delay: float = 1800.0
    max_delay: float = 14400.0
    quiet_start: time | None = time(22, 0)
    quiet_end: time | None = time(6, 0)
    release_at: time = time(8, 0)
    allow_override: bool = False

    def __post_init__(self) -> None:
        problem = _policy_problem(self)
        if problem:
            raise ValueError(problem)

    @property
    def has_quiet_hours(self) -> bool:
        """Say whether quiet hours are on."""
        return self.quiet_start is not None and self.quiet_end is not None

    def in_quiet_hours(self, wall: time) -> bool:
        """Say whether the local wall-clock time ``wall`` falls in the quiet window."""
        return _in_window(wall, self.quiet_start, self.quiet_end)


def _in_window(wall: time, start: time | None, end: time | None) -> bool:
    """Say whether ``wall`` is in [start, end), a window that may wrap midnight."""
    if start is None or end is None:
        return False
    wall = wall.replace(tzinfo=None, fold=0)
    if start < end:
        return start <= wall < end
    return wall >= start or wall < end


def _policy_problem(policy: CoolingPolicy) -> str | None:
    if policy.base_delay < 0 or policy.max_delay < 0:
        return "delays must not be negative"
    if policy.max_delay < policy.base_delay:
        return "max_delay must be at least base_delay"
    if policy.has_quiet_hours:
        if policy.quiet_start == policy.quiet_end:
            return "quiet hours start and end at the same time"
        if policy.in_quiet_hours(policy.release_at):
            return "release_at lies inside the quiet hours"
    return None


def policy_from_table(table: Mapping[str, Any], *, source: str) -> CoolingPolicy:
    """Build a policy from the config file's ``[cooling_off]`` table.

    Keys: ``base_delay_minutes`` and ``max_delay_minutes`` (numbers >= 0),
    ``quiet_hours`` ("HH:MM-HH:MM", or false to disable), ``release_at`` ("HH:MM" or a TOML
    local time), ``allow_override`` (bool). Missing keys keep the defaults. Raises
    ``ConfigError`` naming ``source`` and the key for an unknown key, a wrong type, an
    unparsable time or an inconsistent policy.
    """
    where = f"{source}: [{SECTION}]"
    unknown = sorted(set(table) - set(KEYS))
    if unknown:
        raise ConfigError(f"{where} unknown key {unknown[0]!r} (known: {', '.join(KEYS)})")
    default = CoolingPolicy()
    values: dict[str, Any] = {}
    for key, field in (("base_delay_minutes", "base_delay"), ("max_delay_minutes", "max_delay")):
        if key in table:
            values[field] = _minutes(table[key], f"{where} {key}")
    if "quiet_hours" in table:
        values["quiet_start"], values["quiet_end"] = _quiet_hours(
            table["quiet_hours"], f"{where} quiet_hours"
        )
    if "release_at" in table:
        values["release_at"] = _time_of_day(table["release_at"], f"{where} release_at")
    if "allow_override" in table:
        if not isinstance(table["allow_override"], bool):
            raise ConfigError(f"{where} allow_override must be true or false")
        values["allow_override"] = table["allow_override"]
    if "base_delay" in values and "max_delay" not in values:
        values["max_delay"] = max(values["base_delay"], default.max_delay)
    base = values.get("base_delay", default.base_delay)
    if values.get("max_delay", default.max_delay) < base:
        raise ConfigError(f"{where} max_delay_minutes must be at least base_delay_minutes")
    start = values.get("quiet_start", default.quiet_start)
    end = values.get("quiet_end", default.quiet_end)
    if start is not None and start == end:
        raise ConfigError(f"{where} quiet_hours is empty; write false to disable quiet hours")
    release = values.get("release_at", default.release_at)
    if _in_window(release, start, end):
        raise ConfigError(
            f"{where} release_at {release:%H:%M} lies inside the quiet hours; pick a later time"
        )
    return CoolingPolicy(**values)


#: The longest delay a config may ask for: a week, in minutes.
_MAX_MINUTES = 7 * 24 * 60


def _minutes(value: Any, where: str) -> float:
    number = isinstance(value, int | float) and not isinstance(value, bool)
    if not number or (isinstance(value, float) and not math.isfinite(value)):
        raise ConfigError(f"{where} must be a number of minutes, not {value!r}")
    if not 0 <= value <= _MAX_MINUTES:
        raise ConfigError(f"{where} must be from 0 to {_MAX_MINUTES} minutes (a week)")
    return float(value) * 60.0


def _time_of_day(value: Any, where: str) -> time:
    if isinstance(value, time):
        return value.replace(second=0, microsecond=0, tzinfo=None)
    match = _TIME.match(value) if isinstance(value, str) else None
    if match is None:
        raise ConfigError(f'{where} must be a time of day like "08:00", not {value!r}')
    return time(int(match[1]), int(match[2]))


def _quiet_hours(value: Any, where: str) -> tuple[time | None, time | None]:
    if value is False:
        return None, None
    if not isinstance(value, str) or value.count("-") != 1:
        shown = str(value).lower() if isinstance(value, bool) else repr(value)  # TOML's spelling
        raise ConfigError(f'{where} must be a range like "22:00-06:00", or false, not {shown}')
    start, end = value.split("-")
    return _time_of_day(start, where), _time_of_day(end, where)
