"""``draft-reply clients``: list, show and check the client book and the work log.

A thin Click layer (:data:`clients`) over :mod:`assistant.accounts`; the root group in
:mod:`assistant.cli.app` loads it when ``draft-reply clients`` is run.
"""

from __future__ import annotations

import sys
from datetime import UTC, date, datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click

from assistant.cli._base import Command, Group
from assistant.cli._output import echo, echo_json, warn
from assistant.cli._params import FILE_NAME, ISO_DATE, TEXT, check_period, flag, option
from assistant.errors import ExitStatus

if TYPE_CHECKING:
    from assistant.accounts.book import ClientBook
    from assistant.accounts.figures import AccountFigures
    from assistant.accounts.worklog import Period, WorkLog
    from assistant.config.accounts import AccountsConfig


_BOOK_HELP = """\
The client book is a TOML file (default: clients.toml in the config dir,
or [accounts] book in config.toml, or --book FILE):
  currency = "EUR"
  default_hourly_cost = 70           # cost of one hour of work
  [clients.fernbrook]                # key, used in the work log
  name = "Fernbrook Outdoor"
  domains = ["fernbrook.example.com"]
  addresses = ["rachel@other.example"]
  revenue = 60000                    # a year, in the book's currency
  tier = "Standard"
  hourly_cost = 70                   # optional, else the default
  facts = ["Team reduced from 3 to 2 in March 2026."]
  notes_policy = { mention_tier = false }

The work log is a CSV file (default: worklog.csv in the config dir, or
[accounts] worklog, or --worklog FILE), one line per piece of work:
  date,client,description,hours
  2026-03-14,fernbrook,Quarterly report delivered,6
"""


def clients_group() -> None:
    """Inspect the client book and the work log (playbook steps 2, 4 and 5).

    The book says who each client is (addresses and domains), what they are
    worth (annual revenue) and what the reply may say (facts); the work log
    says what was done for them and how long it took. Drafts use both: the
    reply lists the review period's work, and the internal notes get the
    80/20 figures, a recommendation and a note for your manager.
    """


def clients_list(
    book: Path | None,
    worklog: Path | None,
    since: date | None,
    until: date | None,
    as_json: bool,
) -> None:
    """List the clients by revenue: rank, share, tier and hours in the period.

    RANK is by annual revenue (ties share a rank); SHARE is the client's
    part of the book's total revenue; TOP marks the smallest set of clients
    that brings 80% of revenue ([accounts.thresholds] top_share); HOURS are
    the work log's hours in the review period (default: the six months
    before today).

    Examples:
      draft-reply clients list
      draft-reply clients list --since 2026-01-01 --until 2026-06-30 --json
    """
    from assistant.accounts.figures import all_figures

    config = _config(book, worklog)
    loaded, log = _load(config)
    period = _period(since, until)
    rows = all_figures(loaded, log, period, top_share=config.thresholds.top_share)
    if as_json:
        echo_json(
            {
                "book": config.book,
                "worklog": log.path if log is not None else None,
                "currency": loaded.currency,
                "period": _period_json(period),
                "top_share": config.thresholds.top_share,
                "clients": [_row_json(fig) for fig in rows],
            }
        )
        return
    from assistant.accounts.figures import format_number, format_share

    table = [("RANK", "CLIENT", "REVENUE", "SHARE", "TOP", "TIER", "HOURS")]
    for fig in rows:
        table.append(
            (
                str(fig.rank),
                fig.client.name,
                f"{format_number(fig.revenue, 'en')} {fig.currency}",
                format_share(fig.revenue_share, "en"),
                "yes" if fig.in_top else "",
                fig.client.tier or "",
                format_number(fig.hours, "en", 1),
            )
        )
    widths = [max(len(row[i]) for row in table) for i in range(len(table[0]))]
    right = {0, 2, 3, 6}
    for row in table:
        cells = [
            c.rjust(w) if i in right else c.ljust(w)
            for i, (c, w) in enumerate(zip(row, widths, strict=True))
        ]
        echo("  ".join(cells).rstrip())
    top = rows[0].top_count if rows else 0
    echo(
        f"\n{len(rows)} clients; the top {top} bring"
        f" {config.thresholds.top_share * 100:g}% of revenue;"
        f" hours from {period.start} to {period.end}."
    )


def clients_show(
    name: str,
    book: Path | None,
    worklog: Path | None,
    since: date | None,
    until: date | None,
    as_json: bool,
) -> None:
    """Show one client's figures, recommendation and work in the period.

    NAME is the client's key or name from the book (case-insensitive), or an
    email address, which is looked up as drafts do (address, then domain).
    These are the figures of a draft's internal notes: they never go into a
    client reply. Exits 66 when no client matches NAME.

    Examples:
      draft-reply clients show fernbrook
      draft-reply clients show rachel.hughes@fernbrook.example.com --json
    """
    from assistant.accounts.book import lookup, perspective_facts
    from assistant.accounts.figures import figures, manager_note_facts, recommend
    from assistant.accounts.worklog import work_items

    config = _config(book, worklog)
    loaded, log = _load(config)
    client = lookup(loaded, name) if "@" in name else loaded.get(name)
    if client is None:
        from assistant.errors import ClientNotFoundError

        raise ClientNotFoundError(
            f"no client {name!r} in {config.book}; see draft-reply clients list"
        )
    period = _period(since, until)
    fig = figures(loaded, log, client.key, period, top_share=config.thresholds.top_share)
    advice = recommend(fig, config.thresholds)
    items = work_items(log, client.key, period)
    if as_json:
        echo_json(
            {
                **_row_json(fig),
                "addresses": list(client.addresses),
                "domains": list(client.domains),
                "facts": list(perspective_facts(client)),
                "period": _period_json(period),
                "figures": _figures_json(fig),
                "recommendation": {"action": advice.action, "reasons": list(advice.reasons)},
                "work_items": [
                    {
                        "key": i.key,
                        "date": i.date.isoformat(),
                        "description": i.description,
                        "hours": i.hours,
                    }
                    for i in items
                ],
            }
        )
        return
    for line in manager_note_facts(fig, advice):
        echo(line)
    for item in fig.missing:
        echo(f"Missing: {item}")
    echo(f"\nWork in the period ({len(items)} items):")
    for i in items:
        echo(f"  [{i.key}] {i.date.isoformat()}  {i.description} ({i.hours:g} h)")
    if not items:
        echo("  (none logged)")


def clients_check(book: Path | None, worklog: Path | None, as_json: bool) -> None:
    """Check the client book and the work log; report every problem.

    Each problem is printed as FILE:LINE: MESSAGE on standard output (an
    unknown client in the log, an address or domain claimed by two clients,
    revenue or hours that are negative or not numbers, dates that are not
    YYYY-MM-DD, TOML or CSV syntax errors...). A default work log that does
    not exist is skipped.

    Exit codes: 0 no problems; 65 problems found; 78 bad config file.
    """
    from assistant.accounts.check import check_book

    config = _config(book, worklog)
    from assistant.accounts.loading import worklog_absence

    log_path = config.worklog
    skipped = worklog_absence(config) == "missing"
    problems = check_book(config.book, None if skipped else log_path)
    if as_json:
        echo_json(
            {
                "ok": not problems,
                "book": config.book,
                "worklog": None if skipped else log_path,
                "problems": [
                    {"path": p.path, "line": p.line, "message": p.message} for p in problems
                ],
            }
        )
    else:
        for problem in problems:
            echo(str(problem))
    if problems:
        count = len(problems)
        echo(f"draft-reply: {count} problem{'s' if count > 1 else ''} found", err=True)
        sys.exit(ExitStatus.DATAERR)
    if skipped:
        warn(f"no work log at {log_path}; checked the client book only")
    if not as_json:
        from assistant.accounts.book import load_book
        from assistant.accounts.worklog import load_worklog

        loaded = load_book(config.book)
        summary = f"ok: {config.book} ({len(loaded.clients)} clients)"
        if log_path is not None and not skipped:
            entries = len(load_worklog(log_path, loaded).entries)
            summary += f", {log_path} ({entries} entries)"
        echo(summary)


def _config(book: Path | None, worklog: Path | None) -> AccountsConfig:
    from assistant.config import load_settings

    return load_settings().accounts_config.with_files(book=book, worklog=worklog)


def _load(config: AccountsConfig) -> tuple[ClientBook, WorkLog | None]:
    """Load the book (required here) and the log; a missing default log means no hours."""
    from assistant.accounts.loading import book_for, worklog_absence, worklog_for

    book, key = book_for(config)
    if worklog_absence(config) == "missing":
        warn(f"no work log at {config.worklog}: hours are 0; create it or pass --worklog FILE")
    return book, worklog_for(config, book, key)


def _period(since: date | None, until: date | None) -> Period:
    from assistant.accounts.worklog import review_period

    check_period(since, until)
    today = datetime.now(UTC).astimezone()
    return review_period(
        None,
        now=today,
        since=since,
        until=until,
    )


def _period_json(period: Period) -> dict[str, Any]:
    return {"start": period.start.isoformat(), "end": period.end.isoformat(), "days": period.days}


def _row_json(fig: AccountFigures) -> dict[str, Any]:
    return {
        "key": fig.client.key,
        "name": fig.client.name,
        "revenue": fig.revenue,
        "currency": fig.currency,
        "share": fig.revenue_share,
        "rank": fig.rank,
        "in_top": fig.in_top,
        "tier": fig.client.tier,
        "hours": fig.hours,
    }


def _figures_json(fig: AccountFigures) -> dict[str, Any]:
    names = (
        "revenue",
        "total_revenue",
        "revenue_share",
        "rank",
        "client_count",
        "cumulative_share",
        "top_share",
        "in_top",
        "top_count",
        "hours",
        "total_hours",
        "hours_share",
        "hourly_cost",
        "cost_to_serve",
        "period_revenue",
        "cost_ratio",
        "share_ratio",
    )
    data: dict[str, Any] = {name: getattr(fig, name) for name in names}
    data["missing"] = list(fig.missing)
    return data


# --- the command line -------------------------------------------------------------------


def _files() -> list[click.Parameter]:
    return [
        option(
            "--book",
            type=FILE_NAME,
            metavar="FILE",
            help="Client book (TOML) instead of the configured one.",
        ),
        option(
            "--worklog",
            type=FILE_NAME,
            metavar="FILE",
            help="Work log (CSV, or TOML [[entry]] tables) instead of the configured one.",
        ),
    ]


def _period_params() -> list[click.Parameter]:
    return [
        option(
            "--since",
            type=ISO_DATE,
            metavar="YYYY-MM-DD",
            help="First day of the review period, YYYY-MM-DD (default: six months before --until).",
        ),
        option(
            "--until",
            type=ISO_DATE,
            metavar="YYYY-MM-DD",
            help="Last day of the review period, YYYY-MM-DD (default: today).",
        ),
    ]


def _json() -> click.Option:
    return flag("--json", "as_json", help="Print one JSON object.")


clients = Group(
    "clients",
    clients_group,
    [
        Command("list", clients_list, [*_files(), *_period_params(), _json()]),
        Command(
            "show",
            clients_show,
            [
                click.Argument(["name"], metavar="NAME", type=TEXT),
                *_files(),
                *_period_params(),
                _json(),
            ],
        ),
        Command("check", clients_check, [*_files(), _json()]),
    ],
    epilog=_BOOK_HELP,
    summary="The client book and the work log: list, show, check.",
    default="list",
)
