"""``draft-reply clients list|show|check`` on the example book and on broken ones."""

from __future__ import annotations

import json
from pathlib import Path

import pytest
from conftest import Run

from assistant.errors import AccountsError

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
FILES = ["--book", str(FIXTURES / "clients.toml"), "--worklog", str(FIXTURES / "worklog.csv")]
HALF_YEAR = ["--since", "2026-01-14", "--until", "2026-07-14"]

# ``run`` (conftest.py) is the real entry point: its funnel turns errors into one line and an
# exit code. DRAFT_REPLY_HOME is tmp_path / "home" (conftest.py).


def write(tmp_path: Path, name: str, text: str) -> Path:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return path


# -- list -----------------------------------------------------------------------------------------


def test_list_shows_every_client_by_rank(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list", *FILES, *HALF_YEAR)
    assert result.exit_code == 0, result.output
    lines = result.stdout.splitlines()
    assert lines[0].split() == ["RANK", "CLIENT", "REVENUE", "SHARE", "TOP", "TIER", "HOURS"]
    assert lines[1].split() == [
        "1",
        "Northgate",
        "Retail",
        "Group",
        "460,000",
        "EUR",
        "38.5%",
        "yes",
        "Strategic",
        lines[1].split()[-1],
    ]
    fernbrook = next(line for line in lines if "Fernbrook" in line)
    assert fernbrook.split() == [
        "4",
        "Fernbrook",
        "Outdoor",
        "60,000",
        "EUR",
        "5.0%",
        "Standard",
        "166.0",
    ]
    assert len(lines) == 13 and lines[11] == ""  # header, ten clients, blank, summary
    assert lines[-1] == (
        "10 clients; the top 3 bring 80% of revenue; hours from 2026-01-14 to 2026-07-14."
    )
    assert result.stderr == ""


def test_list_json(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list", *FILES, *HALF_YEAR, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["period"] == {"start": "2026-01-14", "end": "2026-07-14", "days": 182}
    assert data["currency"] == "EUR"
    assert [c["rank"] for c in data["clients"]] == list(range(1, 11))
    fernbrook = next(c for c in data["clients"] if c["key"] == "fernbrook")
    assert fernbrook == {
        "key": "fernbrook",
        "name": "Fernbrook Outdoor",
        "revenue": 60000.0,
        "currency": "EUR",
        "share": pytest.approx(60000 / 1194000),
        "rank": 4,
        "in_top": False,
        "tier": "Standard",
        "hours": 166.0,
    }
    assert sum(c["share"] for c in data["clients"]) == pytest.approx(1.0)


def test_list_default_period_is_the_six_months_before_today(run: Run, tmp_path: Path) -> None:
    data = json.loads(run("clients", "list", *FILES, "--json").stdout)
    assert 181 <= data["period"]["days"] <= 185


def test_list_reads_the_configured_book_and_warns_about_a_missing_default_log(
    run: Run,
    tmp_path: Path,
) -> None:
    config = tmp_path / "home" / "config"
    config.mkdir(parents=True)
    (config / "clients.toml").write_bytes((FIXTURES / "clients.toml").read_bytes())
    result = run("clients", "list", "--json")
    assert result.exit_code == 0
    assert all(c["hours"] == 0 for c in json.loads(result.stdout)["clients"])
    assert "warning: no work log at" in result.stderr


def test_missing_book_is_an_error_that_says_what_to_do(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list")
    assert result.exit_code == AccountsError.exit_code == 78
    book = tmp_path / "home" / "config" / "clients.toml"
    assert result.stderr.startswith(f"draft-reply: error: {book}: client book not found")
    assert "--book FILE" in result.stderr
    assert "Traceback" not in result.stderr


def test_broken_book_names_file_and_line(run: Run, tmp_path: Path) -> None:
    book = write(tmp_path, "c.toml", 'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\n')
    result = run("clients", "list", "--book", str(book))
    assert result.exit_code == 78
    assert result.stderr.startswith(f"draft-reply: error: {book}:2: client a: revenue is missing")


# -- show -----------------------------------------------------------------------------------------


def test_show_prints_figures_recommendation_and_items(run: Run, tmp_path: Path) -> None:
    result = run("clients", "show", "Fernbrook Outdoor", *FILES, *HALF_YEAR)
    assert result.exit_code == 0, result.output
    out = result.stdout.splitlines()
    assert out[0] == "Client: Fernbrook Outdoor (tier: Standard)"
    assert out[1] == "Revenue: 60,000 EUR a year, 5.0% of total revenue; rank 4 of 10"
    assert "Recommendation: re-scope" in out
    assert "Work in the period (21 items):" in out
    assert "  [W1] 2026-01-26  Sales dashboard maintenance and data checks (January) (5 h)" in out
    assert out[-1].startswith("  [W21] 2026-07-08  Monthly performance report for June")


def test_show_by_email_address_and_json(run: Run, tmp_path: Path) -> None:
    result = run("clients", "show", "aisha.karim@uk.northgate.example.com", *FILES, "--json")
    assert result.exit_code == 0
    data = json.loads(result.stdout)
    assert data["key"] == "northgate" and data["rank"] == 1
    assert data["recommendation"]["action"] == "pursue"
    assert data["figures"]["top_count"] == 3
    assert data["work_items"][0]["key"] == "W1"
    assert "A dedicated team of four people works on the account." in data["facts"]


def test_show_unknown_client_is_not_found(run: Run, tmp_path: Path) -> None:
    result = run("clients", "show", "Nobody Ltd", *FILES)
    assert result.exit_code == 66  # EX_NOINPUT, as README documents for "not found"
    assert result.stderr == (
        f"draft-reply: error: no client 'Nobody Ltd' in {FIXTURES / 'clients.toml'};"
        " see draft-reply clients list\n"
    )
    by_address = run("clients", "show", "someone@nowhere.example", *FILES)
    assert by_address.exit_code == 66
    assert "no client 'someone@nowhere.example'" in by_address.stderr


def test_since_after_until_is_an_error(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list", *FILES, "--since", "2026-05-01", "--until", "2026-04-01")
    assert result.exit_code == 2  # a bad command line, not a configuration problem
    assert "--since 2026-05-01 is after --until 2026-04-01" in result.stderr


# -- check ----------------------------------------------------------------------------------------


def test_check_of_the_fixtures_is_clean(run: Run, tmp_path: Path) -> None:
    result = run("clients", "check", *FILES)
    assert result.exit_code == 0
    assert result.stdout == (
        f"ok: {FIXTURES / 'clients.toml'} (10 clients), {FIXTURES / 'worklog.csv'} (242 entries)\n"
    )
    assert result.stderr == ""


def test_check_reports_every_problem_with_file_and_line(run: Run, tmp_path: Path) -> None:
    book = write(
        tmp_path,
        "clients.toml",
        'currency = "EUR"\n'  # 1
        "\n"  # 2
        "[clients.a]\n"  # 3
        'domains = ["a.example"]\n'  # 4
        'revenue = "lots"\n'  # 5
        "\n"  # 6
        "[clients.b]\n"  # 7
        'domains = ["b.example", "a.example"]\n'  # 8
        "revenue = -3\n",  # 9
    )
    log = write(
        tmp_path,
        "worklog.csv",
        "date,client,description,hours\n"  # 1
        "2026-03-01,a,Report,2\n"  # 2
        "2026-13-01,a,Bad date,1\n"  # 3
        "2026-03-02,zed,Unknown client,1\n"  # 4
        "2026-03-03,b,Negative,-1\n"  # 5
        "2026-03-04,b,Words,two\n",  # 6
    )
    result = run("clients", "check", "--book", str(book), "--worklog", str(log))
    assert result.exit_code == 65
    lines = result.stdout.splitlines()
    assert [line.split(": ", 1)[0] for line in lines] == [
        f"{book}:5",
        f"{book}:8",
        f"{book}:9",
        f"{log}:3",
        f"{log}:4",
        f"{log}:5",
        f"{log}:6",
    ]
    assert "revenue must be a number >= 0, not 'lots'" in lines[0]
    assert "domain a.example is claimed by two clients: a and b" in lines[1]
    assert "date '2026-13-01' is not an ISO date" in lines[3]
    assert "unknown client 'zed'" in lines[4]
    assert "hours must not be negative" in lines[5]
    assert "hours must be a number, not 'two'" in lines[6]
    assert result.stderr == "draft-reply: 7 problems found\n"


def test_check_json_and_toml_syntax_errors(run: Run, tmp_path: Path) -> None:
    book = write(tmp_path, "clients.toml", 'currency = "EUR"\n[clients.a\nrevenue = 1\n')
    result = run("clients", "check", "--book", str(book), "--json")
    assert result.exit_code == 65
    data = json.loads(result.stdout)
    assert data["ok"] is False
    [problem] = data["problems"]
    assert (problem["path"], problem["line"]) == (str(book), 2)
    assert problem["message"].startswith("not valid TOML")


def test_check_skips_a_missing_default_log_but_not_a_named_one(run: Run, tmp_path: Path) -> None:
    result = run("clients", "check", "--book", str(FIXTURES / "clients.toml"))
    assert result.exit_code == 0
    assert result.stdout == f"ok: {FIXTURES / 'clients.toml'} (10 clients)\n"
    assert "checked the client book only" in result.stderr
    missing = tmp_path / "nope.csv"
    named = run(
        "clients", "check", "--book", str(FIXTURES / "clients.toml"), "--worklog", str(missing)
    )
    assert named.exit_code == 65
    assert named.stdout == f"{missing}: work log not found\n"


def test_check_of_a_missing_book(run: Run, tmp_path: Path) -> None:
    result = run("clients", "check")
    assert result.exit_code == 65
    assert (
        result.stdout == f"{tmp_path / 'home' / 'config' / 'clients.toml'}: client book not found\n"
    )


@pytest.mark.parametrize("command", [[], ["list"], ["show"], ["check"]])
def test_help_teaches(run: Run, tmp_path: Path, command: list[str]) -> None:
    result = run("clients", *command, "--help")
    assert result.exit_code == 0
    if not command:
        assert "date,client,description,hours" in result.stdout
        assert "[clients.fernbrook]" in result.stdout
    else:
        assert "Examples:" in result.stdout or "Exit codes:" in result.stdout
    assert result.stdout.startswith(f"usage: draft-reply clients {' '.join(command)}".rstrip())
    assert "\b" not in result.stdout and "\x08" not in result.stdout  # no Click markers
    assert "\n\n\n" not in result.stdout


def test_group_help_lists_the_commands_with_their_summaries(run: Run, tmp_path: Path) -> None:
    result = run("clients", "--help")
    assert result.exit_code == 0
    out = " ".join(result.stdout.split())
    assert "list List the clients by revenue: rank, share, tier and hours in the period." in out
    assert "show Show one client's figures, recommendation and work in the period." in out
    assert "check Check the client book and the work log; report every problem." in out
    assert "Inspect the client book and the work log" in out


def test_command_help_lists_the_options(run: Run, tmp_path: Path) -> None:
    result = run("clients", "show", "--help")
    assert result.exit_code == 0
    for option in (
        "--book FILE",
        "--worklog FILE",
        "--since YYYY-MM-DD",
        "--until YYYY-MM-DD",
        "--json",
    ):
        assert option in result.stdout
    assert "NAME" in result.stdout
    assert "Exits 66 when no client matches NAME." in " ".join(result.stdout.split())


# -- usage errors: usage and one error line on stderr, exit 2, nothing run -------------


def test_clients_alone_lists_the_clients(run: Run, tmp_path: Path) -> None:
    alone, listed = run("clients", *FILES), run("clients", "list", *FILES)
    assert alone.exit_code == listed.exit_code == 0, alone.stderr
    assert alone.stdout == listed.stdout != ""


def test_unknown_command_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("clients", "lis", *FILES)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert "invalid choice: 'lis'" in result.stderr


def test_abbreviated_options_are_refused(run: Run, tmp_path: Path) -> None:
    for abbreviated in (["--jso"], ["--boo", str(FIXTURES / "clients.toml")]):
        result = run("clients", "list", *abbreviated)
        assert result.exit_code == 2, abbreviated
        assert result.stdout == ""
        assert f"unrecognized arguments: {abbreviated[0]}" in result.stderr


def test_show_without_name_is_a_usage_error(run: Run, tmp_path: Path) -> None:
    result = run("clients", "show", *FILES)
    assert result.exit_code == 2
    assert result.stderr.startswith("usage: draft-reply clients show")
    assert "the following arguments are required: NAME" in result.stderr


@pytest.mark.parametrize("day", ["2026-1-5", "20260105", "yesterday", "2026/01/05"])
def test_bad_date_is_a_usage_error(run: Run, tmp_path: Path, day: str) -> None:
    result = run("clients", "list", *FILES, "--since", day)
    assert result.exit_code == 2
    assert result.stdout == ""
    assert f"argument --since: {day!r} is not a date of the form YYYY-MM-DD" in result.stderr


def test_repeated_option_keeps_the_last(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list", *FILES, *HALF_YEAR, "--until", "2026-06-30", "--json")
    assert result.exit_code == 0
    assert json.loads(result.stdout)["period"]["end"] == "2026-06-30"


def test_options_after_the_name_and_the_name_after_options(run: Run, tmp_path: Path) -> None:
    first = run("clients", "show", "fernbrook", *FILES, *HALF_YEAR, "--json")
    last = run("clients", "show", *FILES, *HALF_YEAR, "--json", "fernbrook")
    assert first.exit_code == last.exit_code == 0
    assert json.loads(first.stdout) == json.loads(last.stdout)


# -- absurd numbers (break-it round): refused with file:line, never printed as inf or nan ---------


def test_huge_hours_are_refused_not_shown_as_inf(run: Run, tmp_path: Path) -> None:
    book = write(
        tmp_path,
        "c.toml",
        'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 1000\n',
    )
    log = write(
        tmp_path,
        "w.csv",
        "date,client,description,hours\n2026-06-01,a,R,1e308\n2026-06-02,a,S,1e308\n",
    )
    check = run("clients", "check", "--book", str(book), "--worklog", str(log))
    assert check.exit_code == 65
    assert check.stdout.splitlines()[0].startswith(f"{log}:2: hours must be at most 10,000")
    for command in (["list", "--json"], ["show", "a"]):
        result = run("clients", *command, "--book", str(book), "--worklog", str(log))
        assert result.exit_code == 78
        assert result.stdout == ""
        assert result.stderr.startswith(f"draft-reply: error: {log}:2: hours must be at most")


def test_two_huge_revenues_are_refused(run: Run, tmp_path: Path) -> None:
    book = write(
        tmp_path,
        "c.toml",
        'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = 1e308\n'
        '[clients.b]\ndomains = ["b.example"]\nrevenue = 1e308\n',
    )
    result = run("clients", "list", "--json", "--book", str(book))
    assert result.exit_code == 78
    assert result.stderr.startswith(f"draft-reply: error: {book}:4: client a: revenue 1e+308")
    assert "(and 1 more" in result.stderr


def test_list_json_is_strict_json(run: Run, tmp_path: Path) -> None:
    result = run("clients", "list", "--json", *FILES, *HALF_YEAR)
    assert result.exit_code == 0
    json.loads(result.stdout, parse_constant=lambda name: pytest.fail(f"{name} in JSON"))
