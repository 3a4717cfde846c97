"""Work log, review period and work items: the work record behind playbook steps 2 and 4.

The work log is a CSV file with the header ``date,client,description,hours`` (any column order,
ISO 8601 dates, ``;`` as delimiter and ``,`` as decimal mark are accepted as Excel writes them in
German locales; lines starting with ``#`` are comments) or a TOML file of ``[[entry]]`` tables
with the same four keys. ``client`` is a client's key or name (case-insensitive) in the client
book (:mod:`assistant.accounts.book`). CSV lines come from ``csv.reader.line_num``; TOML lines are
found as :mod:`assistant.accounts._locate` describes.
"""

from __future__ import annotations

import calendar
import csv
import io
import math
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path
from typing import Any

from assistant.accounts._locate import (
    Problem,
    TomlSource,
    as_float,
    fail,
    finite_float,
    parse_toml,
    problem_order,
    read_text,
    show_value,
)
from assistant.accounts.book import ClientBook
from assistant.errors import AccountsError

DAYS_PER_YEAR = 365
#: Most hours one work log entry may hold (more than a year of full-time work is a typo).
MAX_ENTRY_HOURS = 10_000
LOG_COLUMNS = ("date", "client", "description", "hours")


# -- values ------------------------------------------------------------------------------------


@dataclass(frozen=True)
class WorkEntry:
    """One line of the work log; ``client`` is the client's key, ``hours`` >= 0."""

    date: date
    client: str
    description: str
    hours: float
    line: int = 0


@dataclass(frozen=True)
class WorkLog:
    """The work log: its file and entries (in file order).

    ``skipped`` are the problems of rows left out when it was loaded leniently
    (``path:line: what is wrong``); empty for a strict load.
    """

    path: Path | None
    entries: tuple[WorkEntry, ...]
    skipped: tuple[str, ...] = ()


@dataclass(frozen=True)
class Period:
    """A review period: ``start`` to ``end``, both dates included."""

    start: date
    end: date

    @property
    def days(self) -> int:
        """Length in days, both ends included."""
        return (self.end - self.start).days + 1

    @property
    def years(self) -> float:
        """Length in years of 365 days (the unit annual revenue is scaled by)."""
        return self.days / DAYS_PER_YEAR

    def __contains__(self, day: object) -> bool:
        return isinstance(day, date) and self.start <= day <= self.end


@dataclass(frozen=True)
class WorkItem:
    """One citable item of the work record: ``key`` W1, W2... in date order."""

    key: str
    date: date
    description: str
    hours: float


# -- loading the work log ----------------------------------------------------------------------


def _resolver(book: ClientBook | None, known: Mapping[str, str] | None) -> dict[str, str] | None:
    if known is not None:
        return dict(known)
    if book is None:
        return None
    labels: dict[str, str] = {}
    for client in book.clients:
        labels[client.key.casefold()] = client.key
        labels[client.name.casefold()] = client.key
    return labels


class _LogReader:
    def __init__(self, path: Path, clients: dict[str, str] | None) -> None:
        self.path = path
        self.clients = clients
        self.problems: list[Problem] = []
        self.entries: list[WorkEntry] = []

    def add(
        self,
        line: int | None,
        raw: Mapping[str, Any],
        *,
        decimal_comma: bool = False,
        lines: Mapping[str, int] | None = None,
    ) -> None:
        """Check one entry; ``lines`` gives a column's own line (TOML), else ``line``."""
        ok = True

        def problem(column: str, message: str) -> None:
            nonlocal ok
            ok = False
            own = (lines or {}).get(column, line)
            self.problems.append(Problem(self.path, own, message))

        day = raw.get("date")
        if isinstance(day, datetime):
            day = day.date()
        elif isinstance(day, str):
            try:
                day = date.fromisoformat(day.strip())
            except ValueError:
                problem("date", f"date {day!r} is not an ISO date (YYYY-MM-DD)")
        elif day is None:
            problem("date", "date is missing (YYYY-MM-DD)")
        elif not isinstance(day, date):
            problem("date", f"date {day!r} is not an ISO date (YYYY-MM-DD)")
        client = raw.get("client")
        key = None
        if not isinstance(client, str) or not client.strip():
            problem("client", "client is missing")
        elif self.clients is not None:
            key = self.clients.get(client.strip().casefold())
            if key is None:
                problem(
                    "client",
                    f"unknown client {client.strip()!r}: add it to the client book or use a"
                    " client's key or name",
                )
        description = raw.get("description")
        if not isinstance(description, str) or not description.strip():
            problem("description", "description is missing")
        hours_raw = raw.get("hours")
        hours: float | None
        if isinstance(hours_raw, str):
            text = hours_raw.strip().replace(",", ".") if decimal_comma else hours_raw.strip()
            try:
                hours = float(text)
            except ValueError:
                hours = None
            hours = hours if hours is not None and math.isfinite(hours) else None
        elif isinstance(hours_raw, int) and not isinstance(hours_raw, bool):
            hours = as_float(hours_raw)  # a TOML integer too large for a float is inf
        else:
            hours = finite_float(hours_raw)
        if hours is None:
            problem("hours", f"hours must be a number, not {hours_raw!r}")
        elif hours < 0:
            problem("hours", f"hours must not be negative: {hours:g}")
        elif hours > MAX_ENTRY_HOURS:
            shown = hours_raw.strip() if isinstance(hours_raw, str) else show_value(hours_raw)
            problem(
                "hours",
                f"hours must be at most {MAX_ENTRY_HOURS:,} for one entry, not {shown}",
            )
        if (
            ok
            and isinstance(day, date)
            and isinstance(client, str)
            and isinstance(description, str)
            and hours is not None
        ):
            self.entries.append(
                WorkEntry(day, key or client.strip(), description.strip(), hours, line or 0)
            )

    def read_csv(self, text: str) -> None:
        first = text.split("\n", 1)[0]
        delimiter = ";" if ";" in first and "," not in first else ","
        reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
        header: list[str] | None = None
        previous = 0
        try:
            for row in reader:
                line, previous = previous + 1, reader.line_num
                if not any(cell.strip() for cell in row) or row[0].lstrip().startswith("#"):
                    continue
                if header is None:
                    header = [cell.strip().lower() for cell in row]
                    missing = [c for c in LOG_COLUMNS if c not in header]
                    if missing:
                        self.problems.append(
                            Problem(
                                self.path,
                                line,
                                "the header must name the"
                                f" columns {','.join(LOG_COLUMNS)} (missing:"
                                f" {', '.join(missing)})",
                            )
                        )
                        return
                    continue
                if len(row) != len(header):
                    self.problems.append(
                        Problem(
                            self.path,
                            line,
                            f"{len(row)} fields, the header"
                            f" has {len(header)}; quote fields that contain"
                            f" '{delimiter}'",
                        )
                    )
                    continue
                self.add(line, dict(zip(header, row, strict=True)), decimal_comma=delimiter == ";")
        except csv.Error as exc:
            self.problems.append(Problem(self.path, reader.line_num, f"not valid CSV: {exc}"))
        if header is None:
            self.problems.append(Problem(self.path, None, "empty work log: no header line"))

    def read_toml(self, text: str) -> None:
        data = parse_toml(self.path, text, self.problems)
        if data is None:
            return
        src = TomlSource(text)
        for key in data:
            if key != "entry":
                self.problems.append(
                    Problem(
                        self.path,
                        src.line_of(key),
                        f"unknown key {key!r}; a TOML work log has [[entry]] tables only",
                    )
                )
        entries = data.get("entry", [])
        if not isinstance(entries, list):
            self.problems.append(
                Problem(self.path, src.line_of("entry"), "entry must be [[entry]] tables")
            )
            return
        for index, entry in enumerate(entries):
            line = src.line_of("entry", index)
            if not isinstance(entry, dict):
                self.problems.append(Problem(self.path, line, "entry must be a table"))
                continue
            for key in entry:
                if key not in LOG_COLUMNS:
                    self.problems.append(
                        Problem(
                            self.path,
                            src.line_of("entry", index, key),
                            f"unknown key {key!r} (known: {', '.join(LOG_COLUMNS)})",
                        )
                    )
            own = {c: n for c in LOG_COLUMNS if (n := src.keys.get(("entry", index, c)))}
            self.add(line, entry, lines=own)


def _read_log(
    path: Path, book: ClientBook | None, known: Mapping[str, str] | None = None
) -> tuple[WorkLog | None, list[Problem]]:
    reader = _LogReader(path, _resolver(book, known))
    text = read_text(path, reader.problems, "work log")
    if text is None:
        return None, reader.problems
    if path.suffix.lower() == ".toml":
        reader.read_toml(text)
    else:
        reader.read_csv(text)
    return WorkLog(path, tuple(reader.entries)), reader.problems


def load_worklog(path: str | Path, book: ClientBook, *, lenient: bool = False) -> WorkLog:
    """Load the work log at ``path``: CSV, or TOML ``[[entry]]`` tables when it ends in .toml.

    Every entry's client must be in ``book`` (by key or name, case-insensitive); entries are
    kept in file order. Raises AccountsError naming file and line for a missing file, bad
    syntax, an unknown client, a date that is not ISO 8601, or hours that are not a number >= 0.
    With ``lenient`` (drafting: the reply is needed now) a bad row is left out and named in
    ``WorkLog.skipped`` instead; only a file that cannot be read at all raises.
    """
    path = Path(path)
    log, problems = _read_log(path, book)
    if log is None or (problems and not lenient):
        raise fail(problems, "work log")
    if problems:
        ordered = sorted(problems, key=problem_order)
        return WorkLog(log.path, log.entries, tuple(str(problem) for problem in ordered))
    return log


def check_worklog(
    path: str | Path, book: ClientBook | None, *, labels: Mapping[str, str] | None = None
) -> list[Problem]:
    """Return every problem of the work log at ``path``, by line; an empty list means clean.

    Entries' clients are checked against ``labels`` (case-folded client key or name -> key)
    when given, else against ``book``'s keys and names; with neither, against nothing. Never
    raises for bad data (see :func:`assistant.accounts.check.check_book`).
    """
    _, problems = _read_log(Path(path), book, labels)
    return sorted(problems, key=problem_order)


# -- review period and work items --------------------------------------------------------------


def _months_before(day: date, months: int) -> date:
    total = day.year * 12 + (day.month - 1) - months
    year, month = divmod(total, 12)
    month += 1
    return date(year, month, min(day.day, calendar.monthrange(year, month)[1]))


def review_period(
    email_date: datetime | None,
    *,
    now: datetime,
    since: date | None = None,
    until: date | None = None,
    months: int = 6,
) -> Period:
    """Return the review period for an email: by default the six months before its date.

    The period ends on the email's date (in the email's own time zone; ``now``'s date when
    the email has no Date) and starts ``months`` calendar months earlier, on the same day of
    the month (the month's last day when it is shorter): 2026-07-14 -> 2026-01-14..2026-07-14,
    both included. ``until`` replaces the end and ``since`` the start. Raises AccountsError
    when the start is after the end.
    """
    end = until or (email_date or now).date()
    start = since or _months_before(end, months)
    if start > end:
        raise AccountsError(
            f"the review period would start on {start} after it ends on {end}; check --since"
            " and --until"
        )
    return Period(start, end)


def work_items(log: WorkLog | None, client_name: str, period: Period) -> list[WorkItem]:
    """Return the client's work log entries in ``period`` as items W1, W2... by date.

    ``client_name`` is the client's key as stored in the log entries (``Client.key``); entries
    of one day keep their file order.
    """
    wanted = client_name.casefold()
    entries = [
        e
        for e in (log.entries if log is not None else ())
        if e.client.casefold() == wanted and e.date in period
    ]
    entries.sort(key=lambda e: (e.date, e.line))
    return [
        WorkItem(f"W{number}", e.date, e.description, e.hours)
        for number, e in enumerate(entries, 1)
    ]
