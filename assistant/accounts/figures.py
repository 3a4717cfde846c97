"""The 80/20 figures of an account, the recommendation, and the manager note's lines.

Playbook steps 4 and 5, internal only: nothing here may reach the client reply. Figures are
computed from the client book (:mod:`assistant.accounts.book`) and the work log for one review
period; the recommendation follows a documented rule whose thresholds live in the config
(``[accounts.thresholds]``); the manager note's figures are rendered here, by code, so the
model only writes the prose around them.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Literal

from assistant import lang
from assistant.accounts.book import Client, ClientBook
from assistant.accounts.worklog import Period, WorkLog
from assistant.config.accounts import Thresholds
from assistant.errors import AccountsError

Action = Literal["pursue", "maintain", "re-scope"]


@dataclass(frozen=True)
class AccountFigures:
    """The 80/20 figures of one client in one review period (playbook step 4, internal).

    Shares are fractions (0.25 = 25%); money is in ``currency``; hours are hours. ``rank`` is
    competition ranking by revenue (1 = largest; equal revenue, equal rank: 1, 2, 2, 4).
    ``cumulative_share`` is the revenue share of all clients ranked at or above this one
    (tied clients included). ``in_top`` says whether the client belongs to the smallest set of
    clients, by revenue descending, that makes up at least ``top_share`` of revenue (clients
    tied at the boundary all belong); ``top_count`` is that set's size. ``period_revenue`` is
    annual revenue scaled to the period; ``cost_ratio`` = cost to serve / period revenue;
    ``share_ratio`` = revenue share / hours share (below 1: more time than money). A figure
    that cannot be computed is None and ``missing`` says why, in words.
    """

    client: Client
    period: Period
    currency: str
    revenue: float
    total_revenue: float
    revenue_share: float | None
    rank: int
    client_count: int
    cumulative_share: float | None
    top_share: float
    in_top: bool
    top_count: int
    hours: float
    total_hours: float
    hours_share: float | None
    hourly_cost: float | None
    cost_to_serve: float | None
    period_revenue: float
    cost_ratio: float | None
    share_ratio: float | None
    missing: tuple[str, ...] = ()

    @property
    def in_top_80(self) -> bool:
        """Alias of ``in_top`` (the default ``top_share`` is 0.8)."""
        return self.in_top


@dataclass(frozen=True)
class Recommendation:
    """What to do with the account: pursue, maintain or re-scope, and why (in words)."""

    action: Action
    reasons: tuple[str, ...]


# -- figures -----------------------------------------------------------------------------------


def _require(book: ClientBook, client_name: str) -> Client:
    client = book.get(client_name)
    if client is None:
        raise AccountsError(
            f"unknown client {client_name!r}; `draft-reply clients list` shows the client book"
        )
    return client


def _period_hours(log: WorkLog | None, period: Period) -> dict[str, float]:
    hours: dict[str, float] = {}
    for entry in log.entries if log is not None else ():
        if entry.date in period:
            hours[entry.client] = hours.get(entry.client, 0.0) + entry.hours
    return hours


def figures(
    book: ClientBook,
    log: WorkLog | None,
    client_name: str,
    period: Period,
    *,
    top_share: float = 0.8,
) -> AccountFigures:
    """Compute one client's 80/20 figures for ``period`` (see AccountFigures for each field).

    Ranking is competition ranking by annual revenue (ties share a rank: 1, 2, 2, 4); lists
    order ties by name. The top set is the smallest set of clients, by revenue descending,
    whose revenue reaches ``top_share`` of the total (Pareto's 80/20; pass
    ``Thresholds.top_share``); clients tied with the last member all belong. Hours are the work
    log's hours dated within the period; cost to serve is hours x hourly cost. With zero total
    revenue or no hours logged, the shares that would divide by zero are None. Raises
    AccountsError for a client not in the book.
    """
    client = _require(book, client_name)
    missing: list[str] = []
    total = sum(c.revenue for c in book.clients)
    at_or_above = sum(c.revenue for c in book.clients if c.revenue >= client.revenue)
    rank = 1 + sum(1 for c in book.clients if c.revenue > client.revenue)

    def in_top(revenue: float) -> bool:
        above = sum(c.revenue for c in book.clients if c.revenue > revenue)
        return total > 0 and revenue > 0 and above < top_share * total * (1 - 1e-12)

    if total <= 0:
        missing.append("revenue (every client in the book has revenue 0)")
    hours_by_client = _period_hours(log, period)
    hours = hours_by_client.get(client.key, 0.0)
    total_hours = sum(hours_by_client.values())
    if log is None:
        missing.append("work log (set [accounts] worklog)")
    elif hours == 0:
        missing.append("work log entries for this client in the review period")
    cost = hours * client.hourly_cost if client.hourly_cost is not None else None
    if cost is None:
        missing.append(
            "hourly cost (set hourly_cost for the client or default_hourly_cost in the book)"
        )
    period_revenue = client.revenue * period.years
    revenue_share = client.revenue / total if total > 0 else None
    hours_share = hours / total_hours if total_hours > 0 else None
    return AccountFigures(
        client=client,
        period=period,
        currency=book.currency,
        revenue=client.revenue,
        total_revenue=total,
        revenue_share=revenue_share,
        rank=rank,
        client_count=len(book.clients),
        cumulative_share=at_or_above / total if total > 0 else None,
        top_share=top_share,
        in_top=in_top(client.revenue),
        top_count=sum(1 for c in book.clients if in_top(c.revenue)),
        hours=hours,
        total_hours=total_hours,
        hours_share=hours_share,
        hourly_cost=client.hourly_cost,
        cost_to_serve=cost,
        period_revenue=period_revenue,
        cost_ratio=cost / period_revenue if cost is not None and period_revenue > 0 else None,
        share_ratio=(
            revenue_share / hours_share
            if revenue_share is not None and hours_share is not None and hours_share > 0
            else None
        ),
        missing=tuple(missing),
    )


def all_figures(
    book: ClientBook, log: WorkLog | None, period: Period, *, top_share: float = 0.8
) -> tuple[AccountFigures, ...]:
    """Return every client's figures, by rank and then by name (for ``clients list``)."""
    rows = [figures(book, log, c.key, period, top_share=top_share) for c in book.clients]
    return tuple(sorted(rows, key=lambda f: (f.rank, f.client.name.casefold())))


# -- recommendation and notes ------------------------------------------------------------------


def notes_language(language: str) -> str:
    """Return the code the internal notes are written in: ``language`` when its module has
    the notes' words (en, de), else English (:data:`assistant.lang.FALLBACK`)."""
    known = lang.find(language)
    return known.code if known is not None and known.manager_note_lines else lang.FALLBACK


def _words(language: str) -> lang.Language:
    return lang.get(notes_language(language))


def recommendation_line(recommendation: Recommendation, *, language: str = "en") -> str:
    """Return "Recommendation: re-scope" (or "Empfehlung: Umfang neu festlegen") for a note."""
    words = _words(language)
    action = words.recommendations[recommendation.action]
    return words.manager_note_lines["recommendation"].format(action=action)


def format_number(value: float, language: str, decimals: int = 0) -> str:
    """Return ``value`` with thousands separators: ``60,000`` (en) or ``60.000`` (de)."""
    words = _words(language)
    text = f"{value:,.{decimals}f}"
    return (
        text.replace(",", "\0")
        .replace(".", words.decimal_mark)
        .replace("\0", words.thousands_separator)
    )


def format_share(value: float | None, language: str) -> str:
    """Return a fraction as a percentage with one decimal: ``6.0%`` (en), ``6,0 %`` (de)."""
    if value is None:
        return "?"
    return _words(language).percent_format.format(format_number(value * 100, language, 1))


def _limit(value: float, language: str) -> str:
    """Format a threshold share without a useless decimal: 0.8 -> 80%, 0.825 -> 82.5%."""
    return format_share(value, language).replace(".0%", "%").replace(",0 %", " %")


def recommend(
    fig: AccountFigures, thresholds: Thresholds | None = None, *, language: str = "en"
) -> Recommendation:
    """Recommend pursue, maintain or re-scope for an account, with reasons (en or de).

    Rule (playbook step 4): with no revenue in the book, maintain. A client in the top set
    (``fig.in_top``, computed with ``thresholds.top_share``) is pursued. Otherwise re-scope
    when cost to serve exceeds ``max_cost_ratio`` of the period's revenue, or when the
    client's share of logged hours exceeds ``max_hours_to_revenue`` times its revenue share;
    else maintain. Unknown figures (no hourly cost, no hours) never trigger re-scope.
    """
    limits = thresholds or Thresholds()
    words = _words(language).recommendation_reasons
    values = {
        "count": str(fig.top_count),
        "target": _limit(fig.top_share, language),
        "rank": str(fig.rank),
        "n": str(fig.client_count),
        "share": format_share(fig.revenue_share, language),
        "ratio": format_share(fig.cost_ratio, language),
        "limit": _limit(limits.max_cost_ratio, language),
        "hours": format_share(fig.hours_share, language),
        "factor": format_number(limits.max_hours_to_revenue, language, 1).rstrip("0").rstrip(".,"),
    }
    if fig.revenue_share is None:
        return Recommendation("maintain", (words["no_revenue"],))
    costly = fig.cost_ratio is not None and fig.cost_ratio > limits.max_cost_ratio
    if fig.in_top:
        reasons = [words["top"].format(**values)]
        if costly:
            reasons.append(words["top_costly"].format(**values))
        return Recommendation("pursue", tuple(reasons))
    reasons = [words["outside"].format(**values)]
    heavy = (
        fig.hours_share is not None
        and fig.hours_share > limits.max_hours_to_revenue * fig.revenue_share
    )
    if costly:
        reasons.append(words["costly"].format(**values))
    if heavy:
        reasons.append(words["hours"].format(**values))
    if costly or heavy:
        return Recommendation("re-scope", tuple(reasons))
    if fig.cost_ratio is None:
        reasons.append(words["no_cost"])
    else:
        reasons.append(words["cost_ok"].format(**values))
    if fig.hours == 0:
        reasons.append(words["no_hours"])
    elif fig.hours_share is not None:
        reasons.append(words["hours_ok"].format(**values))
    return Recommendation("maintain", tuple(reasons))


def _day(day: date, language: str) -> str:
    return lang.format_numeric_date(day, _words(language).code)


def manager_note_facts(
    fig: AccountFigures, recommendation: Recommendation, *, language: str = "en"
) -> tuple[str, ...]:
    """Return the figures of the manager note (playbook step 5) as plain-text lines.

    Deterministic: the same figures give the same lines. Labels in English or German
    (``language`` "de..."); money without decimals and the book's currency code; shares
    with one decimal. Internal only: never put these lines in the client reply.
    """
    words = _words(language)
    line = words.manager_note_lines
    cur = fig.currency
    tier = line["tier"].format(tier=fig.client.tier) if fig.client.tier else ""
    lines = [
        line["client"].format(name=fig.client.name, tier=tier),
        line["revenue"].format(
            revenue=format_number(fig.revenue, language),
            cur=cur,
            share=format_share(fig.revenue_share, language),
            rank=fig.rank,
            n=fig.client_count,
        ),
        line["top_in" if fig.in_top else "top_out"].format(
            count=fig.top_count,
            target=_limit(fig.top_share, language),
            cumulative=format_share(fig.cumulative_share, language),
        ),
        line["period"].format(
            start=_day(fig.period.start, language),
            end=_day(fig.period.end, language),
            days=fig.period.days,
        ),
        line["hours"].format(
            hours=format_number(fig.hours, language, 1),
            share=format_share(fig.hours_share, language),
        ),
    ]
    if fig.cost_to_serve is None or fig.hourly_cost is None:
        lines.append(line["cost_unknown"])
    else:
        lines.append(
            line["cost"].format(
                cost=format_number(fig.cost_to_serve, language),
                cur=cur,
                rate=format_number(fig.hourly_cost, language),
                ratio=format_share(fig.cost_ratio, language),
                period_revenue=f"{format_number(fig.period_revenue, language)} {cur}",
            )
        )
    lines.append(recommendation_line(recommendation, language=language))
    lines.append(line["reasons"].format(reasons="; ".join(recommendation.reasons)))
    return tuple(lines)


def describe_missing(fig: AccountFigures) -> tuple[str, ...]:
    """Return what the figures lack and how to add it, one line each (for the notes)."""
    return tuple(f"missing: {item}" for item in fig.missing)
