"""The cooling-off policy: when a draft may be sent, and why (playbook step 0).

A draft waits ``base_delay`` seconds, stretched towards ``max_delay`` as the heat of the
exchange (the hotter of the inbound mail and the draft) goes from 0 to 1. A draft written in
quiet hours (default 22:00-06:00 local time), or whose wait ends in them, waits at least until
``release_at`` (08:00). Times are timezone-aware; ``not_before`` is UTC; quiet hours are
local wall-clock times, computed with zoneinfo so DST days are right.
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta, tzinfo
from pathlib import Path
from typing import TYPE_CHECKING

from assistant.config.cooling import CoolingPolicy
from assistant.display import describe_duration

if TYPE_CHECKING:
    from assistant.checks.tone import Heat


@dataclass(frozen=True)
class CoolingDecision:
    """When a draft may leave: ``not_before`` (UTC), ``delay`` and the ``reason`` in words.

    ``delay`` is the seconds from the assessed time (``created``) to ``not_before``.
    """

    not_before: datetime
    delay: float
    reason: str


def decide(
    *,
    created: datetime,
    inbound: Heat,
    draft: Heat | None,
    policy: CoolingPolicy,
    tz: tzinfo,
    mine: str = "your draft",
) -> CoolingDecision:
    """Decide when a draft created at ``created`` may be sent, and say why.

    ``created`` is timezone-aware (any zone; the result is UTC); ``tz`` is the user's zone
    for quiet hours. Delay = base + (max - base) * heat, heat = the hotter of ``inbound`` and
    ``draft``; the delay is elapsed time, so a DST change does not stretch it. If ``created``
    falls in quiet hours (local wall clock), ``not_before`` is at least the next
    ``release_at`` after it; if only the wait's end falls in them, the next ``release_at``
    after that end (a wall time the DST gap skips moves forward). Raises
    ValueError if ``created`` is naive. ``mine`` names the outgoing text in the reason ("your
    message" for mail the user wrote).
    """
    if created.tzinfo is None or created.utcoffset() is None:
        raise ValueError("created must be timezone-aware")
    created = created.astimezone(UTC)
    hotter = draft if draft is not None and draft.score > inbound.score else inbound
    heat = min(max(hotter.score, 0.0), 1.0)
    wait = policy.base_delay + (policy.max_delay - policy.base_delay) * heat
    not_before = created + timedelta(seconds=wait)
    parts = [_heat_reason(hotter, draft_hotter=hotter is not inbound, wait=wait, mine=mine)]
    local = created.astimezone(tz)
    ends = not_before.astimezone(tz)
    if policy.in_quiet_hours(local.time()) or policy.in_quiet_hours(ends.time()):
        # Held from the quiet window the draft is written in, or else the one its wait ends in.
        quiet_from = local if policy.in_quiet_hours(local.time()) else ends
        release = _next_wall_time(quiet_from, policy.release_at, tz)
        if release > not_before:
            not_before = release
            written = f"written at {local:%H:%M}"
            when = written if quiet_from is local else f"the wait ends at {ends:%H:%M}"
            sendable = release.astimezone(tz).strftime("%H:%M")
            parts.append(f"quiet hours: {when}, sendable from {sendable}")
    delay = (not_before - created).total_seconds()
    return CoolingDecision(not_before=not_before, delay=delay, reason="; ".join(parts))


def _heat_reason(heat: Heat, *, draft_hotter: bool, wait: float, mine: str) -> str:
    """Say why the wait is ``wait`` seconds, in words that fit the heat's level.

    No heat: "standard cooling-off of 30 min" ("no cooling-off (base delay 0)" when the
    policy waits 0). Calm with phrases: "inbound mail has 1 sharp phrase (accusation): ...";
    tense or heated: "inbound mail is heated (2 phrases: threat to leave, absolute word): ...".
    """
    if not heat.phrases or heat.score <= 0:
        if wait <= 0:
            return "no cooling-off (base delay 0)"
        return f"standard cooling-off of {describe_duration(wait)}"
    whose = mine if draft_hotter else "inbound mail"
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

    Pass ``new`` from ``decide()`` made at the moment of the edit with the edited text's
    heat (an edit cools off again from when it was made). Returns ``new`` with a
    "counted from the edit" reason when it ends later, else the previous decision (a bare
    previous ``not_before`` is wrapped, ``delay`` counted from ``new``'s ``created``).
    """
    if isinstance(previous, CoolingDecision):
        earlier_end = previous.not_before
    else:
        if previous.tzinfo is None or previous.utcoffset() is None:
            raise ValueError("previous not_before must be timezone-aware")
        earlier_end = previous.astimezone(UTC)
    if new.not_before > earlier_end:
        reason = f"counted from the edit: {new.reason}"
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
