"""How values are shown to the user: times, waits, file names, text from an email.

One place for every message that says a time or a wait (the CLI's and the library's).
Rules: a moment is shown in the machine's local zone as ``HH:MM``, with the day when it is
not today (:func:`local_time`); a ``not_before`` time is rounded up to the minute, never
shown earlier than it is (:func:`sendable_time`); a wait is rounded up too
(:func:`describe_duration`). JSON keeps ISO 8601 UTC (:func:`iso_utc`). Text that comes
from an email or a model is made safe for a terminal (:func:`printable`, ECMA-48) and for
a reply (:func:`strip_controls`, :func:`without_invisible`; Unicode TR 9).
Only the standard library.
"""

from __future__ import annotations

import math
import re
from datetime import UTC, datetime, timedelta
from pathlib import Path


def iso_utc(moment: datetime) -> str:
    """Return ``moment`` as ISO 8601 in UTC with a ``Z`` suffix (``2026-11-30T14:35:00Z``)."""
    return moment.astimezone(UTC).replace(microsecond=0).isoformat().replace("+00:00", "Z")


def local_time(moment: datetime, *, now: datetime | None = None) -> str:
    """Return an aware ``moment`` in the machine's local zone, to the minute (seconds cut).

    ``14:35`` when it falls on the local day of ``now`` (default: the current time), else
    ``Tue 1 Dec 14:35``. For a time something may happen at, use :func:`sendable_time`.
    """
    local = moment.astimezone()
    today = (now or datetime.now(UTC)).astimezone().date()
    if local.date() == today:
        return f"{local.hour:02d}:{local.minute:02d}"  # strftime costs 10 ms per 10,000
    return f"{local:%a} {local.day} {local:%b} {local.hour:02d}:{local.minute:02d}"


def sendable_time(not_before: datetime, *, now: datetime | None = None) -> str:
    """Return ``not_before`` like :func:`local_time`, rounded up to the next whole minute.

    13:02:03 shows as ``13:03``: a draft is never promised earlier than it may leave.
    """
    if not_before.second or not_before.microsecond:
        not_before = not_before.replace(second=0, microsecond=0) + timedelta(minutes=1)
    return local_time(not_before, now=now)


def describe_duration(seconds: float) -> str:
    """Say a wait of ``seconds`` in words, never shorter than it is.

    ``0 min`` when due (0 or less), ``less than a minute``, ``45 min``, ``1 h``,
    ``2 h 5 min``; from a day on ``1 day 3 h``, ``2 days`` (hours rounded up).
    """
    if seconds <= 0:
        return "0 min"
    if seconds < 60:
        return "less than a minute"
    minutes = math.ceil(seconds / 60)
    if minutes < 60:
        return f"{minutes} min"
    if minutes < 24 * 60:
        hours, minutes = divmod(minutes, 60)
        return f"{hours} h {minutes} min" if minutes else f"{hours} h"
    days, hours = divmod(math.ceil(minutes / 60), 24)
    unit = "day" if days == 1 else "days"
    return f"{days} {unit} {hours} h" if hours else f"{days} {unit}"


def describe_wait(not_before: datetime, now: datetime) -> str:
    """Say when a draft becomes sendable and how long that is from ``now``: ``14:35, in 35 min``;
    ``now`` when there is no wait left.

    The time comes from :func:`sendable_time` (local, rounded up), the wait from
    :func:`describe_duration`. Both datetimes are timezone-aware.
    """
    left = (not_before - now).total_seconds()
    if left <= 0:
        return "now"  # no cooling-off, or one already over: not "14:00, in 0 min"
    return f"{sendable_time(not_before, now=now)}, in {describe_duration(left)}"


def shown_path(path: Path | str, limit: int = 120) -> str:
    """Return ``path`` for a message: undecodable bytes as ``?``, cut to ``limit`` chars."""
    text = str(path).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
    text = printable(text)
    return text if len(text) <= limit else text[: limit - 1] + "…"


#: C0 controls but tab and newline, DEL, C1 controls: what drives a terminal (ECMA-48).
_CONTROLS = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]"
)
#: Characters a reply never needs and that hide or reorder text: bidi embeddings,
#: overrides, isolates and marks, zero-width spaces and joiners, word joiners, BOM.
_INVISIBLE = re.compile("[\u061c\u200b-\u200f\u202a-\u202e\u2060-\u2064\u2066-\u2069\ufeff]")


def printable(text: str) -> str:
    """Return ``text`` with terminal control characters replaced by ``?``.

    ESC, BEL, CR, backspace and the other C0 controls (tab and newline kept), DEL and
    the C1 controls (U+0080-U+009F, ECMA-48 section 5) become ``?``, so text from an email
    shown on a terminal can neither move the cursor nor set the title; so do bidi controls
    and zero-width characters (Unicode TR 9), so it cannot reorder or hide what is shown.
    """
    return _CONTROLS.sub("?", text)


#: What text from an email or a model never takes into a reply (ECMA-48): whole escape
#: sequences first (CSI, 7-bit or C1; OSC up to BEL or ST; DCS, SOS, PM and APC strings; the
#: two-character ones), then any C0 control but tab and newline, DEL, C1 control, and the
#: bidi controls of Unicode TR 9 (embeddings, overrides, isolates, the LRM, RLM and ALM marks).
_ANY_TEXT_CONTROL = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)
_TEXT_CONTROLS = re.compile(
    "\x1b\\[[0-?]*[ -/]*[@-~]|\x9b[0-?]*[ -/]*[@-~]"
    "|(?:\x1b\\]|\x9d)[^\x07\x1b\x9c]*(?:\x07|\x1b\\\\|\x9c)"
    "|(?:\x1b[PX^_]|[\x90\x98\x9e\x9f])[^\x1b\x9c]*(?:\x1b\\\\|\x9c)"
    "|\x1b[ -/]*[0-~]"
    "|[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]"
)


def strip_controls(text: str) -> tuple[str, int]:
    """Return ``text`` without terminal controls and bidi controls, and how many went.

    CR LF and a lone CR become LF first (not counted). Then each escape sequence (ECMA-48:
    ``ESC [2J``, an OSC 8 link or OSC 52 clipboard write up to its BEL or ST) goes as a
    whole and counts as one, so does each other C0 control but tab and newline, DEL and C1
    control (U+0080-U+009F), so the text can neither drive a terminal nor set its title or
    clipboard; and each bidi control (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C;
    Unicode TR 9), so it cannot reorder what is shown. Everything else is kept, zero-width
    joiners included (emoji and several scripts need them).
    """
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    if not _ANY_TEXT_CONTROL.search(text):
        return text, 0  # the usual case, 7x faster than the substitution
    return _TEXT_CONTROLS.subn("", text)


def without_invisible(text: str) -> tuple[str, int]:
    """Return ``text`` without bidi controls and zero-width characters, and how many went.

    For a reply before it is stored: such characters reorder or hide text on the client's
    screen (Unicode TR 9), and a reply written in the supported languages needs none.
    """
    return _INVISIBLE.subn("", text)
