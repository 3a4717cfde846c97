"""Client book, work log, lookup, review period, 80/20 figures and recommendations."""

from __future__ import annotations

from datetime import UTC, date, datetime, timedelta, timezone
from email.parser import BytesHeaderParser
from email.utils import parseaddr
from pathlib import Path

import pytest

from assistant.accounts.book import (
    ClientBook,
    Contact,
    Problem,
    load_book,
    lookup,
    perspective_facts,
    salutation_in,
)
from assistant.accounts.check import check_book
from assistant.accounts.figures import all_figures, figures, manager_note_facts, recommend
from assistant.accounts.worklog import (
    Period,
    WorkItem,
    WorkLog,
    load_worklog,
    review_period,
    work_items,
)
from assistant.config.accounts import (
    AccountsConfig,
    Thresholds,
    accounts_from_table,
    thresholds_from_table,
)
from assistant.errors import AccountsError, ConfigError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
YEAR = Period(date(2026, 1, 1), date(2026, 12, 31))  # 365 days: period revenue = revenue


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


def book_and_log(tmp_path: Path, book: str, log: str = "") -> tuple[ClientBook, WorkLog]:
    loaded = load_book(write(tmp_path, "clients.toml", book))
    header = "date,client,description,hours\n"
    return loaded, load_worklog(write(tmp_path, "worklog.csv", header + log), loaded)


FOUR = """
currency = "EUR"
default_hourly_cost = 50
[clients.a]
domains = ["a.example"]
revenue = 50000
[clients.b]
domains = ["b.example"]
revenue = 30000
[clients.c]
domains = ["c.example"]
revenue = 15000
hourly_cost = 100
[clients.d]
name = "Delta Ltd"
domains = ["d.example"]
revenue = 5000
"""
FOUR_LOG = """2026-02-01,a,Report,10
2026-03-01,b,Dashboard,20
2026-04-01,c,Audit,25
2026-04-02,C,Audit follow-up,15
2025-12-31,c,Outside the period,100
"""


# -- 80/20 figures and recommendations --------------------------------------------------------


def test_figures_of_a_four_client_book_match_hand_computation(tmp_path: Path) -> None:
    book, log = book_and_log(tmp_path, FOUR, FOUR_LOG)
    a, b, c, d = (figures(book, log, name, YEAR) for name in ("a", "b", "c", "Delta Ltd"))
    assert [f.rank for f in (a, b, c, d)] == [1, 2, 3, 4]
    assert [f.revenue_share for f in (a, b, c, d)] == [0.5, 0.3, 0.15, 0.05]
    assert [f.cumulative_share for f in (a, b, c, d)] == pytest.approx([0.5, 0.8, 0.95, 1.0])
    # a alone is 50%; a + b reach exactly 80%, so the top set is {a, b}.
    assert [f.in_top_80 for f in (a, b, c, d)] == [True, True, False, False]
    assert a.top_count == 2
    assert (c.hours, c.total_hours) == (40.0, 70.0)  # the 2025 entry is outside the period
    assert c.hours_share == pytest.approx(40 / 70)
    assert c.cost_to_serve == 4000.0  # 40 h x 100 EUR
    assert c.period_revenue == 15000.0
    assert c.cost_ratio == pytest.approx(4000 / 15000)
    assert c.share_ratio == pytest.approx(0.15 / (40 / 70))
    assert a.cost_to_serve == 500.0  # book-wide default rate
    assert (d.hours, d.hours_share, d.cost_to_serve, d.cost_ratio) == (0.0, 0.0, 0.0, 0.0)
    assert any("work log entries" in m for m in d.missing)

    assert recommend(a).action == "pursue"
    assert recommend(b).action == "pursue"
    rescope = recommend(c)  # 57% of hours against 15% of revenue
    assert rescope.action == "re-scope"
    assert any("57.1% of logged hours against 15.0% of revenue" in r for r in rescope.reasons)
    maintain = recommend(d)
    assert maintain.action == "maintain"
    assert any("no hours logged" in r for r in maintain.reasons)


def test_cost_to_serve_above_the_limit_means_rescope(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\n[clients.big]\ndomains = ["big.example"]\nrevenue = 9000\n'
        "hourly_cost = 10\n[clients.small]\ndomains = ['s.example']\nrevenue = 1000\n"
        "hourly_cost = 60\n",
        "2026-05-01,small,Work,10\n2026-05-01,big,Work,90\n",
    )
    small = figures(book, log, "small", YEAR)
    assert small.cost_ratio == pytest.approx(0.6)  # 600 EUR against 1000 EUR
    assert small.hours_share == pytest.approx(0.1)  # not more than 2 x 10%
    result = recommend(small)
    assert result.action == "re-scope"
    assert any("60.0% of the period's revenue, above 50%" in r for r in result.reasons)
    assert recommend(small, Thresholds(max_cost_ratio=0.7)).action == "maintain"


def test_ties_share_a_rank_and_list_by_name(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\n'
        + "".join(
            f'[clients.{n}]\ndomains = ["{n}.example"]\nrevenue = {r}\n'
            for n, r in (("w", 10), ("z", 50), ("x", 100), ("y", 50))
        ),
    )
    rows = all_figures(book, log, YEAR)
    assert [(f.client.key, f.rank) for f in rows] == [("x", 1), ("y", 2), ("z", 2), ("w", 4)]
    y, z = rows[1], rows[2]
    assert y.cumulative_share == z.cumulative_share == pytest.approx(200 / 210)
    # x is 47.6%; with the tied pair 95.2%: both tied clients are in the top set.
    assert [f.in_top for f in rows] == [True, True, True, False]
    assert rows[0].top_count == 3


def test_clients_tied_at_the_80_percent_boundary_all_belong(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 60\n'
        '[clients.b]\ndomains = ["b.example"]\nrevenue = 20\n'
        '[clients.c]\ndomains = ["c.example"]\nrevenue = 20\n',
    )
    assert [f.in_top for f in all_figures(book, log, YEAR)] == [True, True, True]


def test_a_single_client_is_all_revenue_and_all_hours(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\ndefault_hourly_cost = 80\n[clients.only]\n'
        'domains = ["only.example"]\nrevenue = 1000\n',
        "2026-06-01,only,Report,5\n",
    )
    only = figures(book, log, "only", YEAR)
    assert (only.rank, only.client_count, only.revenue_share) == (1, 1, 1.0)
    assert (only.cumulative_share, only.in_top, only.top_count) == (1.0, True, 1)
    assert (only.hours_share, only.share_ratio) == (1.0, 1.0)
    assert only.cost_ratio == pytest.approx(0.4)
    assert recommend(only).action == "pursue"


def test_zero_revenue_divides_by_nothing(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\ndefault_hourly_cost = 80\n[clients.a]\ndomains = ["a.example"]\n'
        'revenue = 0\n[clients.b]\ndomains = ["b.example"]\nrevenue = 0\n',
        "2026-06-01,a,Report,5\n",
    )
    a = figures(book, log, "a", YEAR)
    assert (a.rank, a.revenue_share, a.cumulative_share) == (1, None, None)
    assert (a.in_top, a.top_count, a.share_ratio) == (False, 0, None)
    assert a.cost_to_serve == 400.0
    assert a.cost_ratio is None  # no revenue to compare with
    result = recommend(a)
    assert result.action == "maintain"
    assert "no client in the book has revenue" in result.reasons[0]
    assert any("?" in line for line in manager_note_facts(a, result))


def test_missing_rates_leave_cost_unknown_and_say_so(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path,
        'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 900\n'
        '[clients.b]\ndomains = ["b.example"]\nrevenue = 100\n',
        "2026-06-01,b,Report,5\n2026-06-02,a,Report,45\n",
    )
    b = figures(book, log, "b", YEAR)
    assert (b.hourly_cost, b.cost_to_serve, b.cost_ratio) == (None, None, None)
    assert any("hourly cost" in m and "default_hourly_cost" in m for m in b.missing)
    result = recommend(b)
    assert result.action == "maintain"
    assert "cost to serve unknown: no hourly cost in the client book" in result.reasons
    lines = manager_note_facts(b, result)
    assert lines[5] == (
        "Cost to serve: unknown (no hourly cost: set hourly_cost or default_hourly_cost"
        " in the client book)"
    )


def test_no_work_log_gives_no_hours_share(tmp_path: Path) -> None:
    book = load_book(write(tmp_path, "c.toml", FOUR))
    a = figures(book, None, "a", YEAR)
    assert (a.hours, a.hours_share, a.share_ratio) == (0.0, None, None)
    assert any("work log" in m for m in a.missing)


def test_unknown_client_name_raises(tmp_path: Path) -> None:
    book, log = book_and_log(tmp_path, FOUR)
    with pytest.raises(AccountsError, match="unknown client 'zeta'"):
        figures(book, log, "zeta", YEAR)


def test_manager_note_facts_en_and_de(tmp_path: Path) -> None:
    book, log = book_and_log(
        tmp_path, FOUR.replace("revenue = 15000", 'revenue = 15000\ntier = "Basic"'), FOUR_LOG
    )
    c = figures(book, log, "c", YEAR)
    assert manager_note_facts(c, recommend(c)) == (
        "Client: c (tier: Basic)",
        "Revenue: 15,000 EUR a year, 15.0% of total revenue; rank 3 of 4",
        "80/20: outside the 2 clients that bring 80% of revenue (cumulative share up to this"
        " rank: 95.0%)",
        "Review period: 2026-01-01 to 2026-12-31 (365 days)",
        "Hours in period: 40.0 h, 57.1% of all logged hours",
        "Cost to serve: 4,000 EUR at 100 EUR/h, 26.7% of the period's revenue (15,000 EUR)",
        "Recommendation: re-scope",
        "Reasons: outside the 2 clients that bring 80% of revenue (rank 3 of 4, 15.0% of"
        " revenue); 57.1% of logged hours against 15.0% of revenue (more than 2x)",
    )
    german = manager_note_facts(c, recommend(c, language="de"), language="de")
    assert german[1] == "Umsatz: 15.000 EUR pro Jahr, 15,0 % des Gesamtumsatzes; Rang 3 von 4"
    assert german[3] == "Bewertungszeitraum: 01.01.2026 bis 31.12.2026 (365 Tage)"
    assert german[5].startswith("Betreuungskosten: 4.000 EUR zu 100 EUR/Std., 26,7 %")
    assert german[6] == "Empfehlung: Umfang neu festlegen"
    assert "57,1 % der erfassten Stunden bei 15,0 % des Umsatzes" in german[7]


def test_perspective_facts_respect_the_tier_policy(tmp_path: Path) -> None:
    book = load_book(
        write(
            tmp_path,
            "c.toml",
            'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 1\n'
            'tier = "Gold"\nfacts = ["Team of two.", "Weekly calls are part of Gold."]\n'
            '[clients.b]\ndomains = ["b.example"]\nrevenue = 1\ntier = "Basic"\n'
            'facts = ["Ad-hoc calls are not part of the Basic tier.", "A basic fact."]\n'
            "notes_policy = { mention_tier = false }\n",
        )
    )
    a, b = book.clients
    # No sentence about the tier is made up; the book's facts stay as written.
    assert perspective_facts(a) == ("Team of two.", "Weekly calls are part of Gold.")
    assert perspective_facts(a, language="de") == perspective_facts(a)
    # mention_tier = false: a fact naming the tier is left out ("basic" is only a word).
    assert perspective_facts(b) == ("A basic fact.",)


# -- work items --------------------------------------------------------------------------------


def test_work_items_are_the_clients_entries_in_the_period_by_date(tmp_path: Path) -> None:
    _, log = book_and_log(
        tmp_path,
        FOUR,
        "2026-03-05,a,Second,2\n2026-03-01,a,First,1\n2026-03-05,a,Third (same day),3\n"
        "2026-03-02,b,Other client,4\n2026-07-01,a,After the period,5\n",
    )
    items = work_items(log, "a", Period(date(2026, 3, 1), date(2026, 6, 30)))
    assert items == [
        WorkItem("W1", date(2026, 3, 1), "First", 1.0),
        WorkItem("W2", date(2026, 3, 5), "Second", 2.0),
        WorkItem("W3", date(2026, 3, 5), "Third (same day)", 3.0),
    ]
    assert work_items(None, "a", YEAR) == []


# -- lookup ------------------------------------------------------------------------------------


def test_lookup_by_address_then_domain_then_parent_domain(tmp_path: Path) -> None:
    book = load_book(
        write(
            tmp_path,
            "c.toml",
            'currency = "EUR"\n[clients.big]\ndomains = ["Big.example"]\nrevenue = 1\n'
            '[clients.advisor]\naddresses = ["Consultant@big.example"]\nrevenue = 1\n'
            "[clients.people]\nrevenue = 1\n"
            'contacts = [{ name = "Ann", email = "ann@mail.example" }]\n',
        )
    )
    found = {
        address: (client.key if (client := lookup(book, address)) else None)
        for address in (
            "consultant@big.example",
            "CONSULTANT@BIG.EXAMPLE",
            "someone@big.example",
            "<Someone@BIG.example>",
            "x@mail.eu.big.example",
            "x@notbig.example",
            "ann@mail.example",
            "bob@mail.example",
            "",
        )
    }
    assert found == {
        "consultant@big.example": "advisor",
        "CONSULTANT@BIG.EXAMPLE": "advisor",
        "someone@big.example": "big",
        "<Someone@BIG.example>": "big",
        "x@mail.eu.big.example": "big",
        "x@notbig.example": None,
        "ann@mail.example": "people",
        "bob@mail.example": None,
        "": None,
    }
    people = book.get("PEOPLE")
    assert people is not None and people.contact_for("Ann@Mail.example") is not None


# -- review period -----------------------------------------------------------------------------

NOW = datetime(2026, 11, 30, 12, 0, tzinfo=UTC)


@pytest.mark.parametrize(
    ("email_date", "expected"),
    [
        (
            datetime(2026, 7, 14, 17, 41, tzinfo=timezone(timedelta(hours=1))),
            Period(date(2026, 1, 14), date(2026, 7, 14)),
        ),
        # The email's own calendar date counts, not UTC's (still 14 July in UTC).
        (
            datetime(2026, 7, 15, 0, 30, tzinfo=timezone(timedelta(hours=2))),
            Period(date(2026, 1, 15), date(2026, 7, 15)),
        ),
        (datetime(2026, 8, 31, tzinfo=UTC), Period(date(2026, 2, 28), date(2026, 8, 31))),
        (datetime(2028, 8, 31, tzinfo=UTC), Period(date(2028, 2, 29), date(2028, 8, 31))),
        (datetime(2026, 3, 10, tzinfo=UTC), Period(date(2025, 9, 10), date(2026, 3, 10))),
        (None, Period(date(2026, 5, 30), date(2026, 11, 30))),
    ],
)
def test_review_period_defaults_to_six_months_before_the_email(
    email_date: datetime | None, expected: Period
) -> None:
    assert review_period(email_date, now=NOW) == expected


def test_review_period_overrides() -> None:
    sent = datetime(2026, 7, 14, tzinfo=UTC)
    assert review_period(sent, now=NOW, since=date(2026, 3, 1)) == Period(
        date(2026, 3, 1), date(2026, 7, 14)
    )
    assert review_period(sent, now=NOW, until=date(2026, 6, 30)) == Period(
        date(2025, 12, 30), date(2026, 6, 30)
    )
    both = review_period(sent, now=NOW, since=date(2026, 1, 1), until=date(2026, 6, 30))
    assert (both.start, both.end, both.days) == (date(2026, 1, 1), date(2026, 6, 30), 181)
    with pytest.raises(AccountsError, match="--since"):
        review_period(sent, now=NOW, since=date(2026, 8, 1))


# -- checking broken books and logs ------------------------------------------------------------

BROKEN_BOOK = """\
currency = "EUR"
default_hourly_cost = -5

[clients.alpha]
domains = ["alpha.example"]
revenue = "lots"

[clients.beta]
addresses = [
    "ok@beta.example",
    "boss@alpha.example",
]
domains = ["alpha.example"]
revenue = -3
hourly_cost = 60

[clients.gamma]
tier = "Basic"
revnue = 100

[clients.delta]
revenue = 10
addresses = ["someone@delta.example", "OK@beta.example"]
currency = "USD"
"""

BROKEN_LOG = """\
date,client,description,hours
2026-01-05,alpha,Report,3
2026-13-01,delta,Report,3
2026-01-06,nobody,Report,2
2026-01-07,beta,Fix,-1
2026-01-08,gamma,Fix,two
"2026-01-09",delta,"Two-line
description",x

2026-01-10,Delta,Report,1
2026-01-11,delta,Report
"""


def located(problems: list[Problem]) -> list[tuple[str, int | None, str]]:
    return sorted((p.path.name, p.line, p.message) for p in problems)


def test_check_book_reports_every_problem_with_file_and_line(tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", BROKEN_BOOK)
    log = write(tmp_path, "worklog.csv", BROKEN_LOG)
    found = [(name, line) for name, line, _ in located(check_book(book, log))]
    assert found == [
        ("clients.toml", 2),  # negative default_hourly_cost
        ("clients.toml", 6),  # revenue "lots"
        ("clients.toml", 13),  # domain claimed by alpha and beta
        ("clients.toml", 14),  # negative revenue
        ("clients.toml", 17),  # gamma: revenue missing
        ("clients.toml", 17),  # gamma: no address or domain
        ("clients.toml", 19),  # gamma: unknown key revnue
        ("clients.toml", 23),  # address claimed by beta and delta
        ("clients.toml", 24),  # currency differs from the book's
        ("worklog.csv", 3),  # month 13
        ("worklog.csv", 4),  # unknown client
        ("worklog.csv", 5),  # negative hours
        ("worklog.csv", 6),  # non-numeric hours
        ("worklog.csv", 7),  # non-numeric hours in a record that spans lines 7-8
        ("worklog.csv", 11),  # too few fields
    ]
    messages = {(name, line): message for name, line, message in located(check_book(book, log))}
    assert "revenue must be a number >= 0, not 'lots'" in messages[("clients.toml", 6)]
    assert (
        "alpha.example is claimed by two clients: alpha and beta" in messages[("clients.toml", 13)]
    )
    assert (
        "ok@beta.example is claimed by two clients: beta and delta"
        in messages[("clients.toml", 23)]
    )
    assert "unknown key 'revnue'" in messages[("clients.toml", 19)]
    assert "'2026-13-01' is not an ISO date" in messages[("worklog.csv", 3)]
    assert "unknown client 'nobody'" in messages[("worklog.csv", 4)]
    assert "must not be negative" in messages[("worklog.csv", 5)]
    assert "hours must be a number, not 'two'" in messages[("worklog.csv", 6)]
    assert str(check_book(book)[0]).startswith(f"{book}:")


def test_check_book_reports_toml_syntax_errors_at_their_line(tmp_path: Path) -> None:
    book = write(tmp_path, "c.toml", 'currency = "EUR"\n[clients.a]\nrevenue = = 3\n')
    [problem] = check_book(book)
    assert (problem.line, problem.message.startswith("not valid TOML")) == (3, True)


def test_check_book_reports_missing_and_non_utf8_files(tmp_path: Path) -> None:
    missing = tmp_path / "nope.toml"
    assert located(check_book(missing)) == [("nope.toml", None, "client book not found")]
    book = tmp_path / "latin1.toml"
    book.write_bytes(b'currency = "EUR"\n# Gr\xf6\xdfe\n')
    assert [(p.line, p.message) for p in check_book(book)] == [
        (2, "not UTF-8 text; save the file as UTF-8")
    ]


def test_check_book_reads_toml_work_logs_with_lines(tmp_path: Path) -> None:
    book = write(
        tmp_path, "c.toml", 'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 1\n'
    )
    log = write(
        tmp_path,
        "log.toml",
        '[[entry]]\ndate = 2026-01-05\nclient = "a"\ndescription = "Report"\nhours = 2\n\n'
        '[[entry]]\ndate = "5 Jan"\nclient = "b"\ndescription = "Report"\nhours = -1\n',
    )
    assert [(name, line) for name, line, _ in located(check_book(book, log))] == [
        ("log.toml", 8),
        ("log.toml", 9),
        ("log.toml", 11),
    ]
    good = load_worklog(
        write(
            tmp_path,
            "ok.toml",
            "[[entry]]\ndate = 2026-01-05\nclient = 'A'\ndescription = 'Report'\nhours = 2.5\n",
        ),
        load_book(book),
    )
    assert [(e.date, e.client, e.hours) for e in good.entries] == [(date(2026, 1, 5), "a", 2.5)]


def test_semicolon_csv_with_decimal_commas_loads(tmp_path: Path) -> None:
    book, _ = book_and_log(tmp_path, FOUR)
    log = write(
        tmp_path,
        "excel.csv",
        "\ufeffdate;client;description;hours\n2026-02-01;a;Bericht, final;1,5\n",
    )
    [entry] = load_worklog(log, book).entries
    assert (entry.description, entry.hours, entry.line) == ("Bericht, final", 1.5, 2)


def test_load_raises_with_file_and_line(tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", BROKEN_BOOK)
    with pytest.raises(AccountsError, match=r"clients\.toml:2: .*and 8 more") as info:
        load_book(book)
    assert info.value.exit_code == 78
    good, _ = book_and_log(tmp_path, FOUR)
    log = write(tmp_path, "w.csv", "date,client,description,hours\n2026-01-01,zeta,X,1\n")
    with pytest.raises(AccountsError, match=r"w\.csv:2: unknown client 'zeta'"):
        load_worklog(log, good)
    with pytest.raises(AccountsError, match="not found"):
        load_book(tmp_path / "missing.toml")
    header_only = write(tmp_path, "h.csv", "when,who,what\n")
    with pytest.raises(AccountsError, match=r"h\.csv:1: the header must name"):
        load_worklog(header_only, good)


# -- config ------------------------------------------------------------------------------------


def test_accounts_config_defaults_and_paths(tmp_path: Path) -> None:
    assert accounts_from_table({}, source="config.toml", config_dir=tmp_path) == AccountsConfig(
        tmp_path / "clients.toml", tmp_path / "worklog.csv", Thresholds()
    )
    config = accounts_from_table(
        {"book": "books/c.toml", "worklog": "/srv/log.csv", "thresholds": {"top_share": 0.7}},
        source="config.toml",
        config_dir=tmp_path,
    )
    assert config.book == tmp_path / "books" / "c.toml"
    assert config.worklog == Path("/srv/log.csv")
    assert config.thresholds == Thresholds(top_share=0.7)
    assert config.book_configured and config.worklog_configured
    assert not accounts_from_table({}, source="c", config_dir=tmp_path).book_configured


def test_with_files_marks_named_files_as_configured(tmp_path: Path) -> None:
    default = accounts_from_table({}, source="defaults", config_dir=tmp_path)
    assert default.with_files() == default
    named = default.with_files(book=tmp_path / "b.toml")
    assert (named.book, named.book_configured) == (tmp_path / "b.toml", True)
    assert (named.worklog, named.worklog_configured) == (tmp_path / "worklog.csv", False)
    both = default.with_files(worklog="log.toml")
    assert (both.worklog, both.worklog_configured, both.book_configured) == (
        Path("log.toml"),
        True,
        False,
    )


@pytest.mark.parametrize(
    ("table", "message"),
    [
        ({"boook": "x"}, "unknown key 'boook' in \\[accounts\\]"),
        ({"book": 3}, "\\[accounts\\] book must be a file path"),
        ({"thresholds": 1}, "thresholds must be a table"),
        ({"thresholds": {"max_cost": 1}}, "unknown key 'max_cost' in \\[accounts.thresholds\\]"),
        ({"thresholds": {"top_share": 1.5}}, "top_share must be between 0 and 1"),
        ({"thresholds": {"max_cost_ratio": "high"}}, "max_cost_ratio must be a number"),
        ({"thresholds": {"max_hours_to_revenue": 0}}, "max_hours_to_revenue must be > 0"),
    ],
)
def test_accounts_config_errors_name_the_key(table: dict[str, object], message: str) -> None:
    with pytest.raises(ConfigError, match=f"^cfg.toml: .*{message}"):
        accounts_from_table(table, source="cfg.toml", config_dir=Path("/tmp"))


def test_thresholds_from_table_reads_numbers() -> None:
    assert thresholds_from_table(
        {"top_share": 0.75, "max_cost_ratio": 1, "max_hours_to_revenue": 3}, source="c"
    ) == Thresholds(0.75, 1.0, 3.0)


# -- the fixtures ------------------------------------------------------------------------------


def test_fixture_book_and_log_check_clean() -> None:
    assert check_book(FIXTURES / "clients.toml", FIXTURES / "worklog.csv") == []
    book = load_book(FIXTURES / "clients.toml")
    log = load_worklog(FIXTURES / "worklog.csv", book)
    assert 8 <= len(book.clients) <= 12
    assert all(e.date in Period(date(2025, 12, 1), date(2026, 11, 30)) for e in log.entries)
    assert {e.client for e in log.entries} == {c.key for c in book.clients}
    rows = all_figures(book, log, Period(date(2026, 1, 14), date(2026, 7, 14)))
    assert 2 <= rows[0].top_count <= 3


@pytest.mark.parametrize(
    ("name", "client", "action"),
    [
        ("review-complaint-en.eml", "fernbrook", "re-scope"),
        ("review-complaint-de.eml", "kessler", "maintain"),
        ("client-scope-creep-en.eml", "whitcombe", "re-scope"),
        ("client-black-friday-en.eml", "northgate", "pursue"),
        ("client-sichtbarkeit-de.eml", "alpenblick", "maintain"),
    ],
)
def test_fixture_emails_belong_to_clients_in_the_book(name: str, client: str, action: str) -> None:
    path = FIXTURES / "emails" / name
    if not path.exists():
        pytest.skip(f"{name} not written yet")
    headers = BytesHeaderParser().parsebytes(path.read_bytes())
    address = parseaddr(str(headers["From"]))[1]
    book = load_book(FIXTURES / "clients.toml")
    found = lookup(book, address)
    assert found is not None and found.key == client
    from email.utils import parsedate_to_datetime

    period = review_period(parsedate_to_datetime(str(headers["Date"])), now=NOW)
    log = load_worklog(FIXTURES / "worklog.csv", book)
    assert recommend(figures(book, log, client, period)).action == action
    assert work_items(log, client, period)


# -- contact salutations -----------------------------------------------------------------------

SALUTATION_BOOK = """\
currency = "EUR"

[clients.alpen]
revenue = 100
contacts = [
    { name = "Sabine Huber", email = "s.huber@alpen.example", salutation = "frau" },
    { name = "Dr. Jan Brandt", email = "j.brandt@alpen.example", salutation = "Herr" },
    { name = "Kim Lee", email = "kim@alpen.example", salutation = "Mr." },
    { name = "Alex Roe", email = "alex@alpen.example", salutation = "MX" },
    { name = "Ann Poe", email = "ann@alpen.example" },
]

[[clients.beta.contacts]]
name = "Dr. Eva Stein"
email = "eva@beta.example"
salutation = "Frau Dr."

[[clients.beta.contacts]]
name = "Max Ott"
email = "max@beta.example"
salutation = "Sir"

[clients.beta]
revenue = 50
"""


def test_contact_salutations_load_tidied(tmp_path: Path) -> None:
    book = load_book(write(tmp_path, "clients.toml", SALUTATION_BOOK.split("[[clients.beta")[0]))
    client = book.get("alpen")
    assert client is not None
    got = {c.email: c.salutation for c in client.contacts}
    assert got == {
        "s.huber@alpen.example": "Frau",
        "j.brandt@alpen.example": "Herr",
        "kim@alpen.example": "Mr.",
        "alex@alpen.example": "Mx",
        "ann@alpen.example": "",
    }
    assert client.contact_for("S.Huber@alpen.example") == Contact(
        "Sabine Huber", "s.huber@alpen.example", "", "Frau"
    )


def test_bad_salutations_are_reported_with_file_and_line(tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", SALUTATION_BOOK)
    problems = located(check_book(book))
    assert [(name, line) for name, line, _ in problems] == [
        ("clients.toml", 16),  # "Frau Dr."
        ("clients.toml", 21),  # "Sir"
    ]
    first, second = (message for _, _, message in problems)
    assert "salutation 'Frau Dr.' is not one of Frau, Herr, Ms, Mrs, Miss, Mr, Mx" in first
    assert "titles such as Dr. belong in the name" in first
    assert "salutation 'Sir' is not one of" in second and "titles" not in second
    with pytest.raises(AccountsError, match=r"clients\.toml:16: .*'Frau Dr\.'"):
        load_book(book)


def test_a_salutation_that_is_not_a_string_is_reported(tmp_path: Path) -> None:
    text = 'currency = "EUR"\n[clients.a]\nrevenue = 1\ndomains = ["a.example"]\ncontacts = [\n'
    text += '    { name = "A B", email = "a@a.example", salutation = 1 },\n]\n'
    [problem] = check_book(write(tmp_path, "clients.toml", text))
    assert problem.line == 5
    assert "name, email, role and salutation must be strings" in problem.message


@pytest.mark.parametrize(
    ("salutation", "de", "en"),
    [
        ("Frau", "Frau", "Ms"),
        ("Herr", "Herr", "Mr"),
        ("Ms", "Frau", "Ms"),
        ("Mrs", "Frau", "Mrs"),
        ("Miss", "Frau", "Miss"),
        ("Mr.", "Herr", "Mr."),
        ("Mx", "", "Mx"),
        ("", "", ""),
        ("Frau Dr.", "", ""),
    ],
)
def test_salutation_in_translates_for_the_reply_language(salutation: str, de: str, en: str) -> None:
    assert (salutation_in(salutation, "de"), salutation_in(salutation, "en")) == (de, en)
    assert salutation_in(salutation, "pl") == ""  # a language with no salutations


def test_fixture_book_gives_the_german_senders_a_salutation() -> None:
    book = load_book(FIXTURES / "clients.toml")
    wanted = {
        "client-sichtbarkeit-de.eml": "Frau",
        "dashboard-outage-de-latin1.eml": "Herr",
        "review-complaint-de.eml": "Frau",
        "top-posted-outlook-de.eml": "Frau",
    }
    for name, salutation in wanted.items():
        headers = BytesHeaderParser().parsebytes((FIXTURES / "emails" / name).read_bytes())
        address = parseaddr(str(headers["From"]))[1]
        client = lookup(book, address)
        assert client is not None, name
        contact = client.contact_for(address)
        assert contact is not None and contact.salutation == salutation, name


# -- absurd numbers and folders (break-it round) -------------------------------------------------

ONE_CLIENT = (
    'currency = "EUR"\ndefault_hourly_cost = {cost}\n'
    '[clients.a]\ndomains = ["a.example"]\nrevenue = {revenue}\n'
)


@pytest.mark.parametrize(
    ("revenue", "shown"),
    [("1e308", "1e+308"), ("1" + "0" * 400, "1e+400"), ("1_000_000_000_001", "1000000000001")],
)
def test_absurd_revenue_is_a_problem_at_its_line(tmp_path: Path, revenue: str, shown: str) -> None:
    book = write(tmp_path, "clients.toml", ONE_CLIENT.format(cost=50, revenue=revenue))
    problems = check_book(book)
    assert [(p.line, p.message) for p in problems] == [
        (
            5,
            f"client a: revenue {shown} is more than 1,000,000,000,000 a year; enter the annual"
            " revenue in the book's currency",
        )
    ]
    with pytest.raises(AccountsError) as info:
        load_book(book)
    assert str(info.value).startswith(f"{book}:5: client a: revenue {shown} is more")


def test_revenue_of_one_trillion_is_allowed(tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", ONE_CLIENT.format(cost=50, revenue="1e12"))
    assert load_book(book).clients[0].revenue == 1e12


@pytest.mark.parametrize("cost", ["1e308", "1" + "0" * 400, "nan", "inf"])
def test_absurd_hourly_cost_is_a_problem(tmp_path: Path, cost: str) -> None:
    book = write(tmp_path, "clients.toml", ONE_CLIENT.format(cost=cost, revenue=1000))
    problems = check_book(book)
    assert [p.line for p in problems] == [2]
    assert problems[0].message.startswith("default_hourly_cost must be a number from 0 to")


@pytest.mark.parametrize("hours", ["1e308", "99999999999999999999999999999999999999999", "10000.5"])
def test_absurd_hours_are_a_problem_at_their_line(tmp_path: Path, hours: str) -> None:
    book = write(tmp_path, "clients.toml", ONE_CLIENT.format(cost=50, revenue=1000))
    log = write(tmp_path, "worklog.csv", f"date,client,description,hours\n2026-06-01,a,R,{hours}\n")
    problems = check_book(book, log)
    assert [(p.path.name, p.line) for p in problems] == [("worklog.csv", 2)]
    assert problems[0].message.startswith("hours must be at most 10,000 for one entry, not ")


def test_absurd_hours_in_a_toml_log(tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", ONE_CLIENT.format(cost=50, revenue=1000))
    big = "1" + "0" * 400
    log = write(
        tmp_path,
        "worklog.toml",
        f'[[entry]]\ndate = 2026-06-01\nclient = "a"\ndescription = "R"\nhours = {big}\n',
    )
    problems = check_book(book, log)
    assert [(p.line, p.message) for p in problems] == [
        (5, "hours must be at most 10,000 for one entry, not 1e+400")
    ]


def test_ten_thousand_hours_are_allowed(tmp_path: Path) -> None:
    _, log = book_and_log(
        tmp_path, ONE_CLIENT.format(cost=50, revenue=1000), "2026-06-01,a,R,10000\n"
    )
    assert log.entries[0].hours == 10000


@pytest.mark.parametrize("key", ["book", "worklog"])
def test_accounts_file_that_is_a_folder(tmp_path: Path, key: str) -> None:
    folder = tmp_path / "folder"
    folder.mkdir()
    with pytest.raises(AccountsError) as info:
        accounts_from_table({key: str(folder)}, source="cfg.toml", config_dir=tmp_path)
    assert str(info.value) == (
        f"cfg.toml: [accounts] {key} {folder} is a folder; name the file inside it"
    )


def test_named_book_that_is_a_folder_is_a_problem(tmp_path: Path) -> None:
    assert [str(p) for p in check_book(tmp_path)] == [
        f"{tmp_path}: client book is a folder, not a file"
    ]
