"""The model's internal notes checked against the code's figures and recommendation."""

from __future__ import annotations

import json
import os
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType

import pytest
from click.testing import CliRunner
from fake_openai import FakeOpenAI

from assistant.checks._note_checks import (
    KnownFigures,
    check_note,
    known_figures,
    quantities,
    recommendation_conflict,
    recommended_action,
    unknown_figures,
)
from assistant.cli.app import main
from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.completion import STEP_KEYS, Completion
from assistant.drafting.facts import AccountFacts, gather_facts, ground_completion
from assistant.mail.message import Address, Email

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def facts_for(tmp_path: Path, address: str, language: str = "en") -> AccountFacts:
    accounts = accounts_from_table(
        {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")},
        source="test",
        config_dir=tmp_path / "config",
    )
    settings = Settings(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", accounts=accounts
    )
    email = Email(
        subject="Half-year review",
        sender=Address(display_name="Client", addr_spec=address),
        date=datetime(2026, 7, 14, 17, 0, tzinfo=UTC),
        new_text="The monthly reports arrived late again.",
        language=language,
    )
    return gather_facts(email, settings=settings, now=NOW)


@pytest.fixture
def fernbrook(tmp_path: Path) -> AccountFacts:
    """Re-scope; 60,000 EUR a year, 5.0% of revenue, 166.0 h, cost 11,620 EUR (38.8%)."""
    return facts_for(tmp_path, "rachel.hughes@fernbrook.example.com")


@pytest.fixture
def kessler(tmp_path: Path) -> AccountFacts:
    """Maintain ("halten"); 54.000 EUR, 4,5 %, 63,0 Std., Betreuungskosten 4.410 EUR."""
    return facts_for(tmp_path, "a.mueller@kessler.example.com", "de")


def known(facts: AccountFacts) -> KnownFigures:
    assert facts.figures is not None and facts.recommendation is not None
    return known_figures(
        facts.figures,
        item_hours=[item.hours for item in facts.items],
        rendered=(*facts.manager_lines, *facts.recommendation.reasons),
    )


# -- recommendations -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("prose", "action"),
    [
        ("We should pursue this account fully.", "pursue"),
        ("I would invest more in this client this year.", "pursue"),
        ("Worth pursuing: it is one of our oldest clients.", None),  # a heading, not advice
        ("Maintain within the current scope.", "maintain"),
        ("Keep it within scope and say no to extras.", "maintain"),
        ("Recommendation: re-scope. Cut back on ad-hoc requests.", "re-scope"),
        ("We should scale back our effort and reduce the hours.", "re-scope"),
        ("Wir sollten den Kunden voll verfolgen.", "pursue"),
        ("Empfehlung: ausbauen.", "pursue"),
        ("Den Kunden im bisherigen Umfang betreuen und das Niveau beibehalten.", "maintain"),
        ("Empfehlung: halten.", "maintain"),
        ("Den Umfang neu zuschneiden und den Aufwand zurückfahren.", "re-scope"),
        ("Den Betreuungsaufwand sollten wir reduzieren.", "re-scope"),
        ("Umfang neu festlegen.", "re-scope"),
    ],
)
def test_recommendations_are_read_in_english_and_german(prose: str, action: str | None) -> None:
    assert recommended_action(prose) == action


@pytest.mark.parametrize(
    "prose",
    [
        "We should not pursue fully.",
        "We shouldn't invest more in this account right now.",
        "It is not worth pursuing this account at the current price.",
        "Rather than re-scoping, let us talk to the client first.",
        "I don't recommend maintaining the current scope.",
        "Should we pursue this account fully?",
        "If the revenue doubles, we could pursue fully.",
        "The client wants us to invest more in their account.",
        "Rachel wants us to invest more time in their account, but the figures disagree.",
        "Let's step back and look at the numbers with the manager.",
        "The team was reduced from three people to two in March.",
        "We should reduce the response time for dashboard issues.",
        "Wir sollten den Kunden nicht voll verfolgen.",
        "Ich empfehle nicht, den Kunden auszubauen.",
        "Den Umfang reduzieren wir nicht.",
        "Der Kunde möchte, dass wir die Betreuung ausbauen.",
        "Wenn der Umsatz steigt, könnten wir ausbauen.",
        "Pursue fully or re-scope: the manager should decide.",  # two, so unsure
    ],
)
def test_negated_hedged_and_reported_recommendations_are_not_read(prose: str) -> None:
    assert recommended_action(prose) is None
    assert recommendation_conflict(prose, "re-scope") is None
    assert recommendation_conflict(prose, "pursue") is None


def test_a_negation_does_not_reach_past_a_contrast() -> None:
    assert recommended_action("Not re-scope, but pursue this account fully.") == "pursue"
    assert recommended_action("We should pursue fully, not re-scope.") == "pursue"
    assert recommended_action("Nicht ausbauen, sondern den Aufwand zurückfahren.") == "re-scope"


def test_a_conflict_is_only_a_different_recommendation() -> None:
    assert recommendation_conflict("We should pursue this account fully.", "re-scope") == "pursue"
    assert recommendation_conflict("Recommendation: re-scope.", "re-scope") is None
    assert recommendation_conflict("Empfehlung: halten.", "maintain") is None
    assert recommendation_conflict("Wir sollten den Kunden voll verfolgen.", "maintain") == (
        "pursue"
    )
    assert recommendation_conflict("We should pursue fully.", None) is None  # no figures
    assert recommendation_conflict("Thank them and ask what others do better.", "pursue") is None


# -- figures -------------------------------------------------------------------------------------


def test_figures_are_found_with_their_kind() -> None:
    found = quantities(
        "Revenue €90,000 (12% of the total), 200 h logged; Umsatz 60.000 EUR, 5,0 % und"
        " 63,0 Std.; about 60k a year; 7 percent; 1,5 Stunden.",
        "EUR",
    )
    assert [(q.text, q.kind) for q in found] == [
        ("€90,000", "money"),
        ("12%", "percent"),
        ("200 h", "hours"),
        ("60.000 EUR", "money"),
        ("5,0 %", "percent"),
        ("63,0 Std.", "hours"),
        ("60k", "money"),
        ("7 percent", "percent"),
        ("1,5 Stunden", "hours"),
    ]
    assert found[3].readings[0][0] == 60.0 and found[3].readings[1][0] == 60000.0


@pytest.mark.parametrize(
    "prose",
    [
        "Call them in Q3 2026, before the review on 14.03.2026 or 2026-03-14 at 9:30.",
        "They are rank 4 of 10; the top 3 clients bring most of the revenue (80/20).",
        "We delivered 21 items and 3 reports; answer within 24 hours; a 2-hour call.",
        "Revenue in 2026 should be discussed; the dashboard had 10,000 visitors a month.",
        "The share rose by 3 percentage points.",
    ],
)
def test_dates_years_counts_and_ranks_are_not_figures(prose: str) -> None:
    assert quantities(prose, "EUR") == ()


def test_the_accounts_figures_in_any_format_are_known(fernbrook: AccountFacts) -> None:
    prose = (
        "Revenue is 60,000 EUR a year (60000, 60.000 €, 60k, about 5,000 EUR a month), 5.0% of"
        " total revenue or 5 %; we logged 166 h, 16.1% of all hours, 166,0 Std.; cost to serve"
        " 11,620 EUR at 70 EUR/h, 39% of the period's revenue of about 30,000 EUR. The top"
        " 20-30% of clients bring 80% of revenue; one item took 14 hours."
    )
    assert unknown_figures(prose, known(fernbrook)) == ()


def test_invented_figures_are_listed_as_written(fernbrook: AccountFacts) -> None:
    prose = (
        "A revenue of 90,000 and a share of 12% do not justify it; we spent 300 hours,"
        " and 90,000 is too little. The share is 5.0%."
    )
    assert unknown_figures(prose, known(fernbrook)) == ("90,000", "12%", "300 hours")


def test_german_figures_are_checked_too(kessler: AccountFacts) -> None:
    good = "Umsatz 54.000 EUR (54 Tsd. EUR), 4,5 % des Umsatzes, 63 Std. und 4.410 EUR Kosten."
    assert unknown_figures(good, known(kessler)) == ()
    bad = "Der Kunde bringt 90.000 EUR Umsatz, 12 % des Gesamtumsatzes, bei 120 Stunden."
    assert unknown_figures(bad, known(kessler)) == ("90.000 EUR", "12 %", "120 Stunden")


def test_check_note_words_its_findings(fernbrook: AccountFacts) -> None:
    prose = "We should pursue this account fully: its revenue of 90,000 is 12% of ours."
    findings = check_note(prose, note="manager_note", action="re-scope", known=known(fernbrook))
    assert findings[0] == (
        "the model's manager note recommends 'pursue' but the figures say 're-scope';"
        " the figures' recommendation stands"
    )
    assert findings[1].startswith(
        "the model's manager note gives figures the account does not have: 90,000, 12%;"
    )
    assert check_note("Recommendation: re-scope.", note="x", action="re-scope", known=None) == ()


# -- through ground_completion -------------------------------------------------------------------


def scripted(backend: str, worth: str, manager: str) -> Completion:
    notes = {key: f"model note {key}" for key in STEP_KEYS}
    notes |= {"worth_pursuing": worth, "manager_note": manager}
    return Completion(
        text="Dear Rachel, thank you.", backend=backend, notes=MappingProxyType(notes)
    )


def test_findings_follow_the_models_prose_and_join_the_checks(fernbrook: AccountFacts) -> None:
    worth = "We should pursue this account fully."
    manager = "The account brings 90,000 EUR a year, 5.0% of revenue."
    grounded = ground_completion(scripted("openai", worth, manager), fernbrook, language="en")
    lines = grounded.notes["worth_pursuing"].splitlines()
    assert lines[0] == "Recommendation: re-scope"
    assert lines[lines.index(worth) + 1] == (
        "Check: the model's worth-pursuing note recommends 'pursue' but the figures say"
        " 're-scope'; the figures' recommendation stands"
    )
    manager_lines = grounded.notes["manager_note"].splitlines()
    assert manager_lines[: len(fernbrook.manager_lines)] == list(fernbrook.manager_lines)
    assert manager_lines[-2] == manager
    assert manager_lines[-1].startswith(
        "Check: the model's manager note gives figures the account does not have: 90,000 EUR;"
    )
    assert len(grounded.checks) == 2
    assert "Check:" not in grounded.notes["record"]
    offline = ground_completion(scripted("offline", worth, manager), fernbrook, language="en")
    assert offline.checks == () and "Check:" not in "".join(offline.notes.values())


def test_figures_from_the_clients_email_may_be_quoted(fernbrook: AccountFacts) -> None:
    manager = "They are €13,240 over the Q2 budget and ask who pays; we logged 46 hours."
    plain = ground_completion(scripted("openai", "", manager), fernbrook, language="en")
    assert "€13,240" in plain.checks[0] and "46 hours" in plain.checks[0]
    source = "We're €13,240 over budget. You've billed 46 hours for optimisation."
    quoted = ground_completion(
        scripted("openai", "", manager), fernbrook, language="en", source=source
    )
    assert quoted.checks == ()


def test_without_an_account_nothing_is_checked(tmp_path: Path) -> None:
    facts = facts_for(tmp_path, "someone@unknown.example.org")
    prose = "We should pursue this account fully; revenue is 90,000 EUR."
    grounded = ground_completion(scripted("openai", prose, prose), facts, language="en")
    assert grounded.checks == ()


# -- end to end ----------------------------------------------------------------------------------


def test_a_model_cannot_write_the_worth_pursuing_or_manager_notes(
    tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    """The fake model recommends the opposite and invents a figure in notes it was never asked
    for: those two notes are written by code, so its prose is dropped and the figures stand."""
    config = tmp_path / "home" / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[llm]\nprobe_local = false\n", encoding="utf-8")
    env: dict[str, str | None] = {k: None for k in os.environ if k.startswith("OPENAI_")}
    env |= {
        "DRAFT_REPLY_HOME": str(tmp_path / "home"),
        "OPENAI_API_KEY": "sk-test",
        "OPENAI_BASE_URL": fake_openai.base_url,
    }
    notes = {key: "-" for key in STEP_KEYS}
    notes["worth_pursuing"] = "We should pursue this account fully and invest more."
    notes["manager_note"] = "Fernbrook brings 90,000 EUR a year, 5.0% of our revenue."
    fake_openai.enqueue({"reply": "Hi Rachel,\n\nthank you for the direct words.", "notes": notes})
    args = ["--json", "--no-store", "--book", str(FIXTURES / "clients.toml")]
    args += ["--worklog", str(FIXTURES / "worklog.csv")]
    email = FIXTURES / "emails" / "review-complaint-en.eml"
    result = CliRunner(env=env).invoke(main, [*args, str(email)], catch_exceptions=False)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    worth = data["notes"]["worth_pursuing"]
    assert worth.startswith("Recommendation: re-scope\n")
    assert "pursue this account fully" not in worth
    manager = data["notes"]["manager_note"]
    assert "90,000" not in manager and "Talking points:" in manager
    request = fake_openai.chat_requests()[0].body
    assert "worth_pursuing" not in json.dumps(request["response_format"])


# -- false alarms found on realistic model notes (tests/test_check_false_alarms.py) ---------------


@pytest.mark.parametrize(
    "prose",
    [
        "Re-scoping isn't warranted here; the account is cheap to run.",
        "A re-scope of the account is not needed.",
        "Eine Reduzierung des Betreuungsumfangs ist nicht angezeigt.",
        "Den Umfang neu festzulegen ist nicht nötig.",
        "Investing more in this client would not be justified.",
    ],
)
def test_a_recommendation_denied_after_it_is_not_read(prose: str) -> None:
    assert recommended_action(prose) is None
    assert recommendation_conflict(prose, "maintain") is None


def test_a_denial_about_something_else_does_not_hide_the_recommendation() -> None:
    assert recommended_action("We should re-scope the hours, which are not billed.") == "re-scope"
    assert recommended_action("Re-scope: the current hours aren't sustainable.") == "re-scope"
    assert recommended_action("We should pursue this account fully; it is not small.") == "pursue"


def test_a_contracts_hour_limit_is_not_a_figure() -> None:
    prose = (
        "Vorschläge, die in die bis zu 5 Stunden Optimierung im Monat passen; im Rahmen der"
        " 5 Stunden pro Monat. Up to 5 hours a month, within the agreed 5 hours."
    )
    assert quantities(prose, "EUR") == ()
    spent = quantities("Wir haben 5 Stunden investiert; we spent 5 hours.", "EUR")
    assert [q.text for q in spent] == ["5 Stunden", "5 hours"]


# -- the client book's facts are known figures ----------------------------------------------------


def test_number_words_and_hour_limits_of_quoted_text_are_known(fernbrook: AccountFacts) -> None:
    prose = "We spent 2 hours on calls, 3 Stunden on optimisation and 13 hours on reports."
    assert unknown_figures(prose, known(fernbrook)) == ("2 hours", "3 Stunden", "13 hours")
    assert fernbrook.figures is not None
    for rendered in (
        ("The contract covers up to two hours of calls a month.", "Bis zu DREI Stunden."),
        ("Each review is a two-hour call.", "Der Vertrag umfasst drei Stunden Optimierung."),
    ):
        quoted = known_figures(fernbrook.figures, rendered=rendered)
        assert unknown_figures(prose, quoted) == ("13 hours",)
    # words are read as digits only in the text that gives known figures, not in a note
    assert unknown_figures("We spent two hours; zwölf Stunden.", known(fernbrook)) == ()


def test_a_note_may_quote_the_hours_of_the_client_books_facts(tmp_path: Path) -> None:
    book = (FIXTURES / "clients.toml").read_text(encoding="utf-8")
    fact = "bis zu fünf Stunden Optimierung im Monat"
    assert fact in book
    (tmp_path / "clients.toml").write_text(
        book.replace(fact, "bis zu zwölf Stunden Optimierung im Monat"), encoding="utf-8"
    )
    accounts = accounts_from_table(
        {"book": str(tmp_path / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")},
        source="test",
        config_dir=tmp_path / "config",
    )
    settings = Settings(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", accounts=accounts
    )
    email = Email(
        subject="Buchungen",
        sender=Address(display_name="Sabine Huber", addr_spec="s.huber@alpenblick.example.com"),
        date=datetime(2026, 7, 14, 17, 0, tzinfo=UTC),
        new_text="Die Direktbuchungen gehen zurück.",
        language="de",
    )
    facts = gather_facts(email, settings=settings, now=NOW)
    manager = "Die 12 Stunden Optimierung im Monat reichen dafür nicht; nötig wären 40 Stunden."
    grounded = ground_completion(scripted("openai", "", manager), facts, language="de")
    assert len(grounded.checks) == 1
    assert "figures the account does not have: 40 Stunden;" in grounded.checks[0]
