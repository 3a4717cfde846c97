"""The ``[accounts]`` table: where the client book and the work log are, and the thresholds.

Schema and reader of the section; the book and the log themselves are :mod:`assistant.accounts`.
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from assistant.errors import AccountsError, ConfigError


def finite_float(value: Any) -> float | None:
    """Return ``value`` as a finite float, None if it is not a finite number (bools aren't)."""
    if isinstance(value, bool) or not isinstance(value, int | float):
        return None
    try:
        number = float(value)
    except OverflowError:
        return None
    return number if math.isfinite(number) else None


@dataclass(frozen=True)
class Thresholds:
    """Thresholds of the recommendation rule (see :func:`assistant.accounts.figures.recommend`).

    ``top_share``: revenue share the "top clients" make up (0 < x <= 1). ``max_cost_ratio``:
    cost to serve above this fraction of the period's revenue means re-scope.
    ``max_hours_to_revenue``: hours share above this multiple of the revenue share means
    re-scope.
    """

    top_share: float = 0.8
    max_cost_ratio: float = 0.5
    max_hours_to_revenue: float = 2.0


@dataclass(frozen=True)
class AccountsConfig:
    """Where the client book and the work log are, and the recommendation thresholds.

    Paths are absolute or relative to the working directory; the files may not exist (a
    missing default book means "no account facts"). ``book_configured`` and
    ``worklog_configured`` say that the user named the file (config key or flag): such a file
    must exist, while a missing default file only leaves its facts out of the draft.
    """

    book: Path
    worklog: Path | None
    thresholds: Thresholds = field(default_factory=Thresholds)
    book_configured: bool = False
    worklog_configured: bool = False

    def with_files(
        self, *, book: str | Path | None = None, worklog: str | Path | None = None
    ) -> AccountsConfig:
        """Return a copy using the files the user named (``--book``, ``--worklog``), if any.

        A named file counts as configured: loading it fails when it is missing.
        """
        changes: dict[str, Any] = {}
        if book is not None:
            changes.update(book=Path(book).expanduser(), book_configured=True)
        if worklog is not None:
            changes.update(worklog=Path(worklog).expanduser(), worklog_configured=True)
        return replace(self, **changes)


def thresholds_from_table(table: Mapping[str, Any], *, source: str | Path) -> Thresholds:
    """Build Thresholds from a config ``[accounts.thresholds]`` table.

    Keys: ``top_share`` (0 < x <= 1), ``max_cost_ratio`` (>= 0), ``max_hours_to_revenue`` (> 0).
    Raises ConfigError naming ``source`` and the key for an unknown key or a bad value.
    """
    values: dict[str, float] = {}
    for key, value in table.items():
        if key not in Thresholds.__dataclass_fields__:
            known = ", ".join(Thresholds.__dataclass_fields__)
            raise ConfigError(
                f"{source}: unknown key {key!r} in [accounts.thresholds] (known: {known})"
            )
        number = finite_float(value)
        if number is None:
            raise ConfigError(f"{source}: [accounts.thresholds] {key} must be a number")
        bad = (
            (key == "top_share" and not 0 < number <= 1)
            or (key == "max_cost_ratio" and number < 0)
            or (key == "max_hours_to_revenue" and number <= 0)
        )
        if bad:
            limits = {
                "top_share": "between 0 and 1",
                "max_cost_ratio": ">= 0",
                "max_hours_to_revenue": "> 0",
            }
            raise ConfigError(f"{source}: [accounts.thresholds] {key} must be {limits[key]}")
        values[key] = number
    return Thresholds(**values)


def accounts_from_table(
    table: Mapping[str, Any], *, source: str | Path, config_dir: Path
) -> AccountsConfig:
    """Build AccountsConfig from a config ``[accounts]`` table.

    Keys: ``book`` (default ``<config_dir>/clients.toml``), ``worklog`` (default
    ``<config_dir>/worklog.csv``), ``thresholds`` (subtable, see :func:`thresholds_from_table`).
    Relative paths are relative to ``config_dir``; ``~`` is expanded. Raises ConfigError
    naming ``source`` and the key for an unknown key or a value of the wrong type, and
    AccountsError when ``book`` or ``worklog`` names a folder.
    """
    book = config_dir / "clients.toml"
    worklog: Path | None = config_dir / "worklog.csv"
    thresholds = Thresholds()
    configured: dict[str, bool] = {}
    for key, value in table.items():
        if key in ("book", "worklog"):
            if not isinstance(value, str) or not value.strip():
                raise ConfigError(f"{source}: [accounts] {key} must be a file path (a string)")
            resolved = config_dir / Path(value).expanduser()
            if resolved.is_dir():
                raise AccountsError(
                    f"{source}: [accounts] {key} {resolved} is a folder; name the file inside it"
                )
            configured[f"{key}_configured"] = True
            if key == "book":
                book = resolved
            else:
                worklog = resolved
        elif key == "thresholds":
            if not isinstance(value, dict):
                raise ConfigError(f"{source}: [accounts] thresholds must be a table")
            thresholds = thresholds_from_table(value, source=source)
        else:
            raise ConfigError(
                f"{source}: unknown key {key!r} in [accounts] (known: book, worklog, thresholds)"
            )
    return AccountsConfig(book=book, worklog=worklog, thresholds=thresholds, **configured)
