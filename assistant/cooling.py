"""The cooling-off policy: when a draft may be sent, and why (playbook step 0).

A draft waits ``base_delay`` seconds, stretched towards ``max_delay`` as the heat of the
exchange (the hotter of the inbound mail and the draft) goes from 0 to 1. A draft written in
quiet hours (default 22:00-06:00 local time) waits at least until ``release_at`` (08:00).
Times are timezone-aware; ``not_before`` is UTC; quiet hours are local wall-clock times,
computed with zoneinfo so DST days are right.
"""

from __future__ import annotations

import math
import os
import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant._output import describe_duration
from assistant.errors import ConfigError

if TYPE_CHECKING:
    from assistant.tone import Heat

SECTION = "cooling_off"
_TIME = re.compile(r"^\s*([01]?\d|2[0-3]):([0-5]\d)\s*$")
_KEYS = ("base_delay_minutes", "max_delay_minutes", "quiet_hours", "release_at", "allow_override")


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


@dataclass(frozen=True)
class CoolingDecision:
    """When a draft may leave: ``not_before`` (UTC), ``delay`` and the ``reason`` in words.

    ``delay`` is the seconds from the assessed time (``created``) to ``not_before``.
    """

    not_before: datetime
    delay: float
    reason: str


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
    unknown = sorted(set(table) - set(_KEYS))
    if unknown:
        raise ConfigError(f"{where} unknown key {unknown[0]!r} (known: {', '.join(_KEYS)})")
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
        raise ConfigError(f'{where} must be a range like "22:00-06:00", or false, not {value!r}')
    start, end = value.split("-")
    return _time_of_day(start, where), _time_of_day(end, where)


def decide(
    *,
    created: datetime,
    inbound: Heat,
    draft: Heat | None,
    policy: CoolingPolicy,
    tz: tzinfo,
) -> CoolingDecision:
    """Decide when a draft created at ``created`` may be sent, and say why.

    ``created`` is timezone-aware (any zone; the result is UTC); ``tz`` is the user's zone
    for quiet hours. Delay = base + (max - base) * heat, heat = the hotter of ``inbound`` and
    ``draft``; the delay is elapsed time, so a DST change does not stretch it. If ``created``
    falls in quiet hours (local wall clock), ``not_before`` is at least the next
    ``release_at`` after it (a wall time the DST gap skips moves forward). Raises
    ValueError if ``created`` is naive.
    """
    if created.tzinfo is None or created.utcoffset() is None:
        raise ValueError("created must be timezone-aware")
    created = created.astimezone(UTC)
    hotter = draft if draft is not None and draft.score > inbound.score else inbound
    heat = min(max(hotter.score, 0.0), 1.0)
    wait = policy.base_delay + (policy.max_delay - policy.base_delay) * heat
    not_before = created + timedelta(seconds=wait)
    parts = [_heat_reason(hotter, draft_hotter=hotter is not inbound, wait=wait)]
    local = created.astimezone(tz)
    if policy.in_quiet_hours(local.time()):
        release = _next_wall_time(local, policy.release_at, tz)
        if release > not_before:
            not_before = release
            written = local.strftime("%H:%M")
            sendable = release.astimezone(tz).strftime("%H:%M")
            parts.append(f"quiet hours: written at {written}, sendable from {sendable}")
    delay = (not_before - created).total_seconds()
    return CoolingDecision(not_before=not_before, delay=delay, reason="; ".join(parts))


def _heat_reason(heat: Heat, *, draft_hotter: bool, wait: float) -> str:
    """Say why the wait is ``wait`` seconds, in words that fit the heat's level.

    No heat: "standard cooling-off of 30 min" ("no cooling-off (base delay 0)" when the
    policy waits 0). Calm with phrases: "inbound mail has 1 sharp phrase (accusation): ...";
    tense or heated: "inbound mail is heated (2 phrases: threat to leave, absolute word): ...".
    """
    if not heat.phrases or heat.score <= 0:
        if wait <= 0:
            return "no cooling-off (base delay 0)"
        return f"standard cooling-off of {describe_duration(wait)}"
    whose = "your draft" if draft_hotter else "inbound mail"
    count = len(heat.phrases)
    noun = "phrase" if count == 1 else "phrases"
    words = ", ".join(heat.kind_words)
    if heat.level == "calm":
        what = f"{whose} has {count} sharp {noun} ({words})"
    else:
        what = f"{whose} is {heat.level} ({count} {noun}: {words})"
    if wait <= 0:
        return f"{what}; no cooling-off (max delay 0)"
    return f"{what}: cooling-off of {describe_duration(wait)}"


def _next_wall_time(local: datetime, wall: time, tz: tzinfo) -> datetime:
    """Return the first instant (UTC) after ``local`` whose wall clock in ``tz`` reads ``wall``.

    A wall time skipped by a DST gap maps forward (fold=0 uses the offset before the gap);
    a repeated one takes its first occurrence.
    """
    day: date = local.date()
    for _ in range(3):
        candidate = datetime.combine(day, wall.replace(tzinfo=None), tzinfo=tz).astimezone(UTC)
        if candidate > local:
            return candidate
        day += timedelta(days=1)
    raise AssertionError("no release time within three days")  # pragma: no cover


def extend(previous: CoolingDecision | datetime, new: CoolingDecision) -> CoolingDecision:
    """Combine the decision for an edited draft with the earlier one; never shorten the wait.

    Pass ``new`` from ``decide()`` with the draft's original ``created`` and the edited
    text's heat: it is later only if the edit is hotter. Returns ``new`` with an "extended"
    reason when it ends later, else the previous decision (a bare previous ``not_before``
    is wrapped, ``delay`` counted from ``new``'s ``created``).
    """
    if isinstance(previous, CoolingDecision):
        earlier_end = previous.not_before
    else:
        if previous.tzinfo is None or previous.utcoffset() is None:
            raise ValueError("previous not_before must be timezone-aware")
        earlier_end = previous.astimezone(UTC)
    if new.not_before > earlier_end:
        reason = f"extended because the edited text is hotter: {new.reason}"
        return CoolingDecision(new.not_before, new.delay, reason)
    if isinstance(previous, CoolingDecision):
        return previous
    created = new.not_before - timedelta(seconds=new.delay)
    delay = (earlier_end - created).total_seconds()
    reason = "kept the earlier cooling-off: an edit never shortens it"
    return CoolingDecision(earlier_end, delay, reason)


def remaining(not_before: datetime, now: datetime) -> float:
    """Return the seconds left until ``not_before`` (0 when due). Both timezone-aware."""
    return max(0.0, (not_before - now).total_seconds())


def local_zone(env: Mapping[str, str] | None = None) -> tzinfo:
    """Return the machine's local time zone, DST-aware where a zoneinfo key can be found.

    Order: ``TZ`` (a key like "Europe/Berlin", optionally with a leading ":", or a tzfile
    path), then the ``/etc/localtime`` link target, then the fixed offset Python reports
    (``datetime.now().astimezone()``; no DST) as the last resort. ``env`` defaults to
    ``os.environ``.
    """
    from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

    environ = os.environ if env is None else env
    key = environ.get("TZ", "").lstrip(":")
    if key:
        try:
            if key.startswith("/"):
                with open(key, "rb") as fh:
                    return ZoneInfo.from_file(fh, key=key)
            return ZoneInfo(key)
        except (ZoneInfoNotFoundError, ValueError, OSError):
            pass
    else:
        try:
            target = str(Path("/etc/localtime").resolve())
        except OSError:
            target = ""
        if "/zoneinfo/" in target:
            try:
                return ZoneInfo(target.split("/zoneinfo/", 1)[1])
            except (ZoneInfoNotFoundError, ValueError):
                pass
    fallback = datetime.now().astimezone().tzinfo
    return fallback if fallback is not None else UTC
