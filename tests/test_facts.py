"""Account facts in drafts: gathering them, grounding citations, and keeping figures internal."""

from __future__ import annotations

import re
from datetime import UTC, date, datetime
from pathlib import Path
from types import MappingProxyType

import pytest
from fake_openai import FakeOpenAI

from assistant.checks.grounding import format_day
from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.completion import STEP_KEYS, Completion
from assistant.drafting.concerns import complaint_sentences
from assistant.drafting.facts import (
    AccountFacts,
    gather_facts,
    ground_completion,
    internal_terms,
    leaks,
)
from assistant.drafting.llm import Endpoint, complete
from assistant.drafting.offline import compose
from assistant.drafting.prompts import render_prompt
from assistant.drafting.record import choose_items
from assistant.errors import AccountsError, ConfigError
from assistant.mail.message import Address, Email, parse_email

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EMAILS = FIXTURES / "emails"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
CLIENT_EMAILS = [
    "review-complaint-en.eml",
    "review-complaint-de.eml",
    *sorted(p.name for p in EMAILS.glob("client-*.eml")),
]
ACTION_WORDS = ("pursue", "re-scope", "rescope", "ausbauen", "Umfang neu festlegen", "80/20")


def fixture_settings(tmp_path: Path, **table: object) -> Settings:
    accounts = accounts_from_table(
        {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv"), **table},
        source="test",
        config_dir=tmp_path / "config",
    )
    return Settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        accounts=accounts,
        signature_name="Sam Carter",
    )


def email_from(address: str, *, language: str = "en", day: date = date(2026, 7, 14)) -> Email:
    return Email(
        subject="Half-year review",
        sender=Address(display_name="Rachel Hughes", addr_spec=address),
        date=datetime(day.year, day.month, day.day, 17, 0, tzinfo=UTC),
        new_text="The monthly reports arrived late again and nobody told us.",
        language=language,
    )


def scripted(text: str, backend: str = "openai", **notes: str) -> Completion:
    full = {key: notes.get(key, f"model note {key}") for key in STEP_KEYS}
    return Completion(text=text, backend=backend, notes=MappingProxyType(full), model="m")


def assert_internal_only(text: str, notes: str, facts: AccountFacts) -> None:
    """No figure, rank, share, money amount or recommendation in text; all of them in notes."""
    fig = facts.figures
    assert fig is not None and facts.recommendation is not None
    terms = internal_terms(facts)
    assert terms
    for term in terms:
        assert term.casefold() not in text.casefold(), term
    for word in ACTION_WORDS:
        assert word.casefold() not in text.casefold(), word
    assert not re.search(r"\b(?:EUR|USD|GBP)\b|[€$£]", text)
    assert not re.search(r"\d\s?%", text)
    assert not re.search(r"\b(?:rank|Rang)\s+\d", text, re.IGNORECASE)
    assert not re.search(r"\b(?:revenue|Umsatz|cost to serve|Betreuungskosten)\b", text, re.I)
    assert fig.currency in notes
    assert f"{fig.rank} " in notes and ("rank" in notes or "Rang" in notes)
    for line in facts.manager_lines:
        assert line in notes


# -- gather_facts -------------------------------------------------------------------------------


def test_known_client_gets_items_figures_and_recommendation(tmp_path: Path) -> None:
    facts = gather_facts(
        email_from("rachel.hughes@fernbrook.example.com"),
        settings=fixture_settings(tmp_path),
        now=NOW,
    )
    assert facts.client is not None and facts.client.key == "fernbrook"
    assert (facts.period.start, facts.period.end) == (date(2026, 1, 14), date(2026, 7, 14))
    assert [i.key for i in facts.items] == [f"W{n}" for n in range(1, len(facts.items) + 1)]
    assert [i.date for i in facts.items] == sorted(i.date for i in facts.items)
    assert facts.items[0].date == date(2026, 1, 26)
    assert facts.items[-1].description == "Monthly performance report for June delivered"
    assert all(facts.period.start <= i.date <= facts.period.end for i in facts.items)
    assert facts.figures is not None and facts.figures.rank == 4
    assert facts.recommendation is not None and facts.recommendation.action == "re-scope"
    assert (
        facts.manager_lines[1] == "Revenue: 60,000 EUR a year, 5.0% of total revenue; rank 4 of 10"
    )
    assert "The account team was reduced from three people to two in March 2026." in (
        facts.perspective
    )
    # No sentence about the tier is made up for the reply; the book's own facts are kept.
    assert not any("is in the Standard service tier" in fact for fact in facts.perspective)
    assert facts.missing == ()


def test_domain_lookup_subdomain_and_reply_to(tmp_path: Path) -> None:
    settings = fixture_settings(tmp_path)
    sub = gather_facts(
        email_from("aisha.karim@uk.northgate.example.com"), settings=settings, now=NOW
    )
    assert sub.client is not None and sub.client.key == "northgate"
    helpdesk = Email(
        subject="x",
        sender=Address("Helpdesk", "desk@tickets.example.net"),
        reply_to=(Address("Olivia Chen", "olivia.chen@tidewater.example.com"),),
        new_text="Late again.",
    )
    found = gather_facts(helpdesk, settings=settings, now=NOW)
    assert found.client is not None and found.client.key == "tidewater"
    assert found.period.end == NOW.date()  # no Date header: the period ends today


def test_german_email_gets_german_lines_and_tier_policy(tmp_path: Path) -> None:
    facts = gather_facts(
        email_from("a.mueller@kessler.example.com", language="de"),
        settings=fixture_settings(tmp_path),
        now=NOW,
    )
    assert facts.manager_lines[1].startswith("Umsatz: 54.000 EUR pro Jahr")
    assert facts.recommendation is not None and facts.recommendation.action == "maintain"
    assert not any("Servicestufe" in fact for fact in facts.perspective)  # mention_tier = false
    context = facts.template_context()
    assert context["account"]["Empfehlung"] == "halten"


def test_since_until_and_thresholds_are_used(tmp_path: Path) -> None:
    settings = fixture_settings(tmp_path, thresholds={"top_share": 0.95})
    facts = gather_facts(
        email_from("rachel.hughes@fernbrook.example.com"),
        settings=settings,
        now=NOW,
        since=date(2026, 6, 1),
        until=date(2026, 6, 30),
    )
    assert [i.date.month for i in facts.items] == [6, 6, 6, 6, 6]
    assert facts.figures is not None and facts.figures.in_top  # 95% takes five clients
    assert facts.recommendation is not None and facts.recommendation.action == "pursue"
    with pytest.raises(AccountsError, match="--since"):
        gather_facts(
            email_from("x@fernbrook.example.com"),
            settings=settings,
            now=NOW,
            since=date(2027, 1, 1),
        )


def test_unknown_sender_gets_no_facts_and_says_how_to_add_it(tmp_path: Path) -> None:
    facts = gather_facts(
        email_from("someone@unknown.example.org"), settings=fixture_settings(tmp_path), now=NOW
    )
    assert facts.client is None and facts.items == () and facts.figures is None
    assert facts.manager_lines == () and facts.recommendation is None
    [missing] = facts.missing
    assert "someone@unknown.example.org is not in the client book" in missing
    assert '"unknown.example.org" to its domains' in missing
    assert "clients check" in missing


def test_missing_default_book_means_no_facts(tmp_path: Path) -> None:
    settings = Settings(config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    facts = gather_facts(
        email_from("rachel.hughes@fernbrook.example.com"), settings=settings, now=NOW
    )
    assert facts.client is None
    [missing] = facts.missing
    assert f"No client book at {tmp_path / 'config' / 'clients.toml'}" in missing
    assert "create it" in missing and "draft-reply clients check" in missing


def test_missing_default_worklog_keeps_the_figures_and_says_so(tmp_path: Path) -> None:
    config = tmp_path / "config"
    config.mkdir()
    (config / "clients.toml").write_bytes((FIXTURES / "clients.toml").read_bytes())
    settings = Settings(config_dir=config, data_dir=tmp_path / "data")
    facts = gather_facts(
        email_from("rachel.hughes@fernbrook.example.com"), settings=settings, now=NOW
    )
    assert facts.client is not None and facts.items == ()
    assert facts.figures is not None and facts.figures.hours == 0
    assert any(f"No work log at {config / 'worklog.csv'}" in m for m in facts.missing)


@pytest.mark.parametrize("key", ["book", "worklog"])
def test_configured_file_that_is_missing_is_an_error(tmp_path: Path, key: str) -> None:
    settings = fixture_settings(tmp_path, **{key: str(tmp_path / "nope.file")})
    with pytest.raises(ConfigError) as info:
        gather_facts(email_from("rachel.hughes@fernbrook.example.com"), settings=settings, now=NOW)
    assert isinstance(info.value, AccountsError) and info.value.exit_code == 78
    assert str(info.value).startswith(f"{tmp_path / 'nope.file'}: ")
    assert "not found" in str(info.value)


def test_a_broken_book_raises_and_a_broken_log_row_is_named(tmp_path: Path) -> None:
    book = tmp_path / "clients.toml"
    book.write_text(
        'currency = "EUR"\n[clients.a]\ndomains = ["a.example"]\nrevenue = -5\n', "utf-8"
    )
    settings = fixture_settings(tmp_path, book=str(book))
    with pytest.raises(AccountsError, match=rf"^{re.escape(str(book))}:4: client a: revenue"):
        gather_facts(email_from("x@a.example"), settings=settings, now=NOW)
    log = tmp_path / "log.csv"
    log.write_text("date,client,description,hours\n2026-02-30,fernbrook,Report,2\n", "utf-8")
    settings = fixture_settings(tmp_path, worklog=str(log))
    facts = gather_facts(email_from("x@fernbrook.example.com"), settings=settings, now=NOW)
    assert facts.items == ()  # a bad row is skipped while drafting, and named
    assert f"({log}:2: date '2026-02-30'" in facts.warnings[0]
    assert "clients check lists them all" in facts.warnings[0]


def test_with_files_from_flags_are_configured(tmp_path: Path) -> None:
    base = Settings(config_dir=tmp_path / "config", data_dir=tmp_path / "data")
    flagged = base.replace(accounts=base.accounts_config.with_files(book=tmp_path / "gone.toml"))
    with pytest.raises(AccountsError, match=r"gone\.toml: client book not found"):
        gather_facts(email_from("x@fernbrook.example.com"), settings=flagged, now=NOW)


# -- ground_completion --------------------------------------------------------------------------


@pytest.fixture
def fernbrook(tmp_path: Path) -> AccountFacts:
    return gather_facts(
        email_from("rachel.hughes@fernbrook.example.com"),
        settings=fixture_settings(tmp_path),
        now=NOW,
    )


def test_valid_citations_expand_to_the_logged_text(fernbrook: AccountFacts) -> None:
    last = fernbrook.items[-1]
    text = f"Dear Rachel,\n\nHere is what we did:\n- [{last.key}]\n- [W1, W2]\n\nDid these help?"
    grounded = ground_completion(scripted(text), fernbrook, language="en")
    assert f"- {last.description} (8 July 2026)" in grounded.text
    first, second = fernbrook.items[:2]
    assert f"- {first.description} (26 January 2026); {second.description}" in grounded.text
    assert "[W" not in grounded.text
    assert grounded.notes["record"] == "model note record"
    german = ground_completion(scripted(f"- [{last.key}]"), fernbrook, language="de")
    assert german.text == f"- {last.description} (8. Juli 2026)"


def test_invented_citations_are_flagged_and_never_expanded(fernbrook: AccountFacts) -> None:
    invented = f"W{len(fernbrook.items) + 7}"
    text = f"We also ran your brand workshop [{invented}]. Here is the report [W1]."
    grounded = ground_completion(scripted(text), fernbrook, language="en")
    assert f"[{invented}]" in grounded.text
    assert "brand workshop" in grounded.text
    record = grounded.notes["record"]
    assert record.startswith("model note record\n")
    assert f"unknown work item [{invented}]" in record
    assert fernbrook.items[0].description in grounded.text


def test_uncited_claims_are_flagged(fernbrook: AccountFacts) -> None:
    text = "We delivered a new dashboard in May. We will send the next report on time."
    grounded = ground_completion(scripted(text), fernbrook, language="en")
    assert grounded.text == text
    assert "uncited claim: 'We delivered a new dashboard in May.'" in grounded.notes["record"]
    assert "We will send" not in grounded.notes["record"]


def test_offline_drafts_are_not_rechecked_for_citations(fernbrook: AccountFacts) -> None:
    text = "We delivered the [W99] report."
    grounded = ground_completion(scripted(text, backend="offline"), fernbrook, language="en")
    assert grounded.text == text
    assert grounded.notes["record"] == "model note record"


def test_figures_open_the_internal_notes_followed_by_the_prose(fernbrook: AccountFacts) -> None:
    grounded = ground_completion(scripted("Dear Rachel, thank you."), fernbrook, language="en")
    assert tuple(grounded.notes) == STEP_KEYS
    worth = grounded.notes["worth_pursuing"].splitlines()
    assert worth[0] == "Recommendation: re-scope"
    assert worth[1].startswith("- outside the 3 clients that bring 80% of revenue (rank 4 of 10")
    assert worth[-1] == "model note worth_pursuing"
    manager = grounded.notes["manager_note"].splitlines()
    assert tuple(manager[: len(fernbrook.manager_lines)]) == fernbrook.manager_lines
    assert manager[-1] == "model note manager_note"
    assert grounded.text == "Dear Rachel, thank you."


def test_missing_sentences_go_into_the_notes(tmp_path: Path) -> None:
    facts = gather_facts(
        email_from("someone@unknown.example.org"), settings=fixture_settings(tmp_path), now=NOW
    )
    grounded = ground_completion(scripted("Hello."), facts, language="en")
    assert facts.missing[0] in grounded.notes["worth_pursuing"]
    assert grounded.notes["manager_note"] == "model note manager_note"
    assert grounded.text == "Hello."


def test_a_reply_that_leaks_a_figure_is_flagged(fernbrook: AccountFacts) -> None:
    text = "As a client with 60,000 a year you are rank 4 of 10 for us, so we re-scope."
    record = ground_completion(scripted(text), fernbrook, language="en").notes["record"]
    for term in ("'60,000'", "'rank 4 of'", "'re-scope'"):
        assert f"the reply mentions the internal figure {term}" in record


# -- the separation: figures never reach the client reply ---------------------------------------


@pytest.mark.parametrize("name", CLIENT_EMAILS)
def test_offline_reply_never_contains_internal_figures(tmp_path: Path, name: str) -> None:
    settings = fixture_settings(tmp_path)
    email = parse_email(EMAILS / name)
    facts = gather_facts(email, settings=settings, now=NOW)
    assert facts.client is not None, name
    draft = compose(email, settings=settings, now=NOW, context=facts.template_context())
    grounded = ground_completion(draft, facts, language=email.language)
    notes = "\n".join(grounded.notes.values())
    assert_internal_only(grounded.text, notes, facts)
    assert "Check:" not in grounded.notes["record"]
    assert 80 <= len(grounded.text.split()) <= 250, len(grounded.text.split())
    listed = [
        i
        for i in facts.items
        if f"- {format_day(i.date, email.language)}: {i.description}\n" in grounded.text
    ]
    # Never an item the email complains about, and one routine report of a kind at most.
    choice = choose_items(
        facts.items, complaint_sentences(email.new_text, email.language), email.language
    )
    # At least one item, unless the email complains of every item of the period (the reports
    # and the September tracking fix in client-sichtbarkeit-de.eml).
    assert (1 if choice.usable else 0) <= len(listed) <= 5
    days = [format_day(i.date, email.language) for i in listed]
    positions = [
        grounded.text.index(f"- {day}: {i.description}")
        for day, i in zip(days, listed, strict=True)
    ]
    assert positions == sorted(positions)  # date order
    assert set(listed) <= set(choice.usable), set(listed) - set(choice.usable)
    assert not set(listed) & set(choice.complained)


@pytest.mark.parametrize("name", CLIENT_EMAILS)
def test_llm_prompt_and_reply_keep_figures_internal(
    tmp_path: Path, name: str, fake_openai: FakeOpenAI
) -> None:
    settings = fixture_settings(tmp_path)
    email = parse_email(EMAILS / name)
    facts = gather_facts(email, settings=settings, now=NOW)
    prompt = render_prompt(email, settings=settings, now=NOW, context=facts.template_context())
    request = "\n".join(m.content for m in prompt.messages)
    for term in internal_terms(facts):
        assert term not in request, term  # the reply's request holds no figure at all
    assert facts.manager_lines[1].split(": ", 1)[1] not in request
    usable = choose_items(facts.items, complaint_sentences(email.new_text, email.language), "en")
    first = (usable.usable or facts.items)[-1]
    if first not in usable.usable:  # every item is complained of: none is offered
        assert f"[{first.key}] {first.date.isoformat()}" not in request.split("Not to be")[0]
        return
    assert f"[{first.key}] {first.date.isoformat()} {first.description}" in request
    notes = {key: f"model prose for {key}" for key in STEP_KEYS[:3]}
    fake_openai.enqueue(
        {"reply": f"Dear client,\n\nthank you.\n- [{first.key}]\n\nDid it help?", "notes": notes}
    )
    endpoint = Endpoint(fake_openai.base_url, "sk-test", "gpt-4o-mini", "configured")
    completion = complete(prompt, endpoint, settings.replace(request_timeout=5.0, deadline=10.0))
    grounded = ground_completion(completion, facts, language=email.language)
    assert first.description in grounded.text
    assert_internal_only(grounded.text, "\n".join(grounded.notes.values()), facts)
    assert grounded.notes["manager_note"].startswith("\n".join(facts.manager_lines))


@pytest.mark.parametrize("name", CLIENT_EMAILS)
def test_notes_that_agree_with_the_figures_raise_no_note_checks(tmp_path: Path, name: str) -> None:
    """The offline drafter's notes, checked as if a model had written them: no false alarm."""
    settings = fixture_settings(tmp_path)
    email = parse_email(EMAILS / name)
    facts = gather_facts(email, settings=settings, now=NOW)
    draft = compose(email, settings=settings, now=NOW, context=facts.template_context())
    as_model = Completion(text=draft.text, backend="openai", notes=draft.notes, model="m")
    grounded = ground_completion(as_model, facts, language=email.language)
    assert not [check for check in grounded.checks if "the model's" in check]
    for key in ("worth_pursuing", "manager_note"):
        assert "Check:" not in grounded.notes[key]
    assert grounded.notes["manager_note"].startswith("\n".join(facts.manager_lines))


def test_template_context_keeps_figures_out_of_reply_variables(fernbrook: AccountFacts) -> None:
    context = fernbrook.template_context()
    reply_side = " ".join([context["work_record"], *context["facts"], str(context["client_name"])])
    for term in internal_terms(fernbrook):
        assert term not in reply_side
    assert context["recommendation"] == "re-scope"
    assert context["account"]["Revenue"].startswith("60,000 EUR a year")
    assert context["work_record"].splitlines()[0] == (
        f"[W1] 2026-01-26 {fernbrook.items[0].description}"
    )


# -- the sender's contact entry and salutation -------------------------------------------------

GERMAN_GREETINGS = {
    "review-complaint-de.eml": ("Dr. Anna Müller", "Sehr geehrte Frau Dr. Müller"),
    "client-sichtbarkeit-de.eml": ("Sabine Huber", "Sehr geehrte Frau Huber"),
    "top-posted-outlook-de.eml": ("Katrin Vogel", "Sehr geehrte Frau Vogel"),
    "dashboard-outage-de-latin1.eml": ("Jürgen Größ", "Sehr geehrter Herr Größ"),
}


@pytest.mark.parametrize(("name", "expected"), GERMAN_GREETINGS.items())
def test_german_fixture_senders_get_their_contact_and_salutation_greeting(
    tmp_path: Path, name: str, expected: tuple[str, str]
) -> None:
    contact_name, greeting = expected
    email = parse_email(EMAILS / name)
    facts = gather_facts(email, settings=fixture_settings(tmp_path), now=NOW)
    assert facts.contact is not None and facts.contact.name == contact_name
    assert facts.salutation_greeting == greeting
    context = facts.template_context()
    assert context["contact"]["name"] == contact_name
    assert context["contact"]["email"] == email.sender.addr_spec.lower()  # type: ignore[union-attr]
    assert context["salutation_greeting"] == greeting
    reply = compose(email, settings=fixture_settings(tmp_path), now=NOW, context=context)
    assert reply.text.startswith(greeting + ",\n\n")
    prompt = render_prompt(email, settings=fixture_settings(tmp_path), now=NOW, context=context)
    assert f"Greeting to use: {greeting}\n" in prompt.messages[1].content
    assert 80 <= len(reply.text.split()) <= 250


def test_contact_is_found_through_reply_to(tmp_path: Path) -> None:
    helpdesk = Email(
        subject="x",
        sender=Address("Helpdesk", "desk@tickets.example.net"),
        reply_to=(Address("Olivia Chen", "Olivia.Chen@tidewater.example.com"),),
        new_text="Dear Mr Weber,\n\nThe dashboard was down again.",
        language="en",
    )
    facts = gather_facts(helpdesk, settings=fixture_settings(tmp_path), now=NOW)
    assert facts.contact is not None and facts.contact.role == "Marketing Director"
    assert facts.salutation_greeting == "Dear Ms Chen"


def test_sender_known_by_domain_only_has_no_contact(tmp_path: Path) -> None:
    email = email_from("someone.else@alpenblick.example.com", language="de")
    facts = gather_facts(email, settings=fixture_settings(tmp_path), now=NOW)
    assert facts.client is not None and facts.client.key == "alpenblick"
    assert (facts.contact, facts.salutation_greeting) == (None, "")
    assert facts.template_context()["contact"] is None


def test_contact_without_salutation_keeps_the_name_greeting(tmp_path: Path) -> None:
    email = email_from("rachel.hughes@fernbrook.example.com")  # formal, no salutation in the book
    facts = gather_facts(email, settings=fixture_settings(tmp_path), now=NOW)
    assert facts.contact is not None and facts.contact.salutation == ""
    assert facts.template_context()["contact"]["role"] == "Head of Marketing"
    assert facts.salutation_greeting == ""


def test_unknown_sender_and_missing_book_give_no_contact(tmp_path: Path) -> None:
    unknown = gather_facts(
        email_from("nobody@nowhere.example"), settings=fixture_settings(tmp_path), now=NOW
    )
    no_book = gather_facts(
        email_from("s.huber@alpenblick.example.com", language="de"),
        settings=Settings(config_dir=tmp_path / "none", data_dir=tmp_path / "data"),
        now=NOW,
    )
    for facts in (unknown, no_book):
        context = facts.template_context()
        assert (context["contact"], context["salutation_greeting"]) == (None, "")


def test_draft_reply_grounds_a_served_reply_end_to_end(
    tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    """Scripted model reply from the OpenAI-compatible server, through draft_reply()."""
    from assistant.drafting.draft import draft_reply

    settings = fixture_settings(tmp_path).replace(
        api_key="sk-test", base_url=fake_openai.base_url, store=False, deadline=10.0
    )
    email = parse_email(EMAILS / "review-complaint-en.eml")
    items = gather_facts(email, settings=settings, now=NOW).items
    fake_openai.enqueue(
        {
            "reply": (
                "Hi Rachel,\n\nThank you for the direct feedback.\n\n"
                f"In the period we delivered [{items[0].key}] and [W999].\n"
                "We also fixed the store locator last month.\n\nDid these help?\n\nSam"
            ),
            "notes": {key: "prose" for key in STEP_KEYS},
        }
    )
    draft = draft_reply(EMAILS / "review-complaint-en.eml", settings=settings, now=NOW)
    assert items[0].description in draft.body  # a valid citation is expanded
    assert f"[{items[0].key}]" not in draft.body
    assert "[W999]" in draft.body  # an invented one is never expanded...
    checks = draft.notes["checks"]
    assert "W999" in checks  # ...and is flagged
    assert "store locator" in checks  # an uncited claim of delivered work is flagged
    assert any("W999" in warning for warning in draft.warnings)


def _example_facts(name: str, tmp_path: Path) -> AccountFacts:
    accounts = accounts_from_table(
        {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")},
        source="test",
        config_dir=tmp_path,
    )
    settings = Settings(config_dir=tmp_path, data_dir=tmp_path / "data", accounts=accounts)
    email = parse_email((FIXTURES / "emails" / name).read_bytes())
    return gather_facts(email, settings=settings, now=datetime(2026, 7, 20, tzinfo=UTC))


@pytest.mark.parametrize(
    ("name", "text", "leaked"),
    [
        ("review-complaint-de.eml", "Sie stehen bei uns auf Platz 5 von 10.", "platz 5 von 10"),
        ("review-complaint-de.eml", "Sie sind unser fünfter von zehn Kunden.", "fünfter von zehn"),
        ("review-complaint-de.eml", "Das sind nur viereinhalb Prozent.", "viereinhalb prozent"),
        ("review-complaint-de.eml", "Das sind nur 4,5 % unseres Umsatzes.", "4,5 %"),
        ("review-complaint-de.eml", "Sie zählen nicht zu den Top-Kunden.", "top-kunden"),
        ("review-complaint-en.eml", "You are ranked 4 of 10 accounts.", "ranked 4 of 10"),
        ("review-complaint-en.eml", "That is about 5 percent of our revenue.", "5 percent"),
        ("review-complaint-en.eml", "By the 80/20 rule you are not a priority.", "80/20"),
        ("review-complaint-en.eml", "Your account takes 16.1 % of our hours.", "16.1 %"),
        ("review-complaint-de.eml", "Vous êtes au rang 5 sur 10.", "rang 5 sur 10"),
        ("review-complaint-de.eml", "Soit quatre et demi pour cent.", "quatre et demi pour cent"),
        ("review-complaint-de.eml", "Ocupa el puesto 5 de 10.", "puesto 5 de 10"),
        ("review-complaint-de.eml", "U bent de vijfde van tien klanten.", "vijfde van tien"),
        ("review-complaint-de.eml", "Cioè quattro e mezzo per cento.", "quattro e mezzo per cento"),
    ],
)
def test_internal_figures_in_other_words_are_flagged(
    tmp_path: Path, name: str, text: str, leaked: str
) -> None:
    facts = _example_facts(name, tmp_path)
    assert any(f"'{leaked}'" in finding for finding in leaks(text, facts)), leaks(text, facts)


@pytest.mark.parametrize(
    "text",
    [
        "Thank you for five years together and the 3 reports of 12 pages.",
        "We delivered 4 of the 10 landing pages by the 14th; the rest follow in March.",
        "Ich danke Ihnen für zehn Jahre Zusammenarbeit und die drei Berichte.",
    ],
)
def test_other_numbers_are_not_figures(tmp_path: Path, text: str) -> None:
    for name in ("review-complaint-en.eml", "review-complaint-de.eml"):
        assert leaks(text, _example_facts(name, tmp_path)) == []


@pytest.mark.parametrize("revise", [True, False])
def test_revise_sends_a_faulty_draft_back_once_with_the_findings(
    tmp_path: Path, fake_openai: FakeOpenAI, revise: bool
) -> None:
    """[llm] revise: the checks' findings go back to the model once; its revision is kept."""
    from assistant.drafting.draft import draft_reply

    settings = fixture_settings(tmp_path).replace(
        api_key="sk-test",
        base_url=fake_openai.base_url,
        store=False,
        deadline=10.0,
        revise=revise,
    )
    notes = {key: "prose" for key in STEP_KEYS[:3]}
    faulty = "Here is a draft:\n\nHi Rachel,\n\nThank you. We will call you, [Name].\n\nSam"
    revised = (
        "Hi Rachel,\n\nThank you for telling me about the review yourself. As I understand it, "
        "the monthly reports came late and the dashboard was down in June without a warning "
        "from us. You asked for a call in the next two weeks: I will send you two times by "
        "Thursday. Which providers did better in your review, and what do they do that we do "
        "not?\n\nSam"
    )
    fake_openai.enqueue({"reply": faulty, "notes": notes}, {"reply": revised, "notes": notes})
    draft = draft_reply(EMAILS / "review-complaint-en.eml", settings=settings, now=NOW)
    requests = fake_openai.chat_requests()
    if not revise:
        assert len(requests) == 1 and draft.body == faulty
        return
    assert len(requests) == 2
    first, second = requests
    messages = second.body["messages"]
    assert messages[:2] == first.body["messages"]  # the same request, then...
    assert messages[2]["role"] == "assistant" and "[Name]" in messages[2]["content"]
    assert messages[3]["role"] == "user"
    assert "the reply starts with a preamble" in messages[3]["content"]
    assert "placeholders left" in messages[3]["content"]
    assert draft.body == revised
    assert any("revised its draft once" in warning for warning in draft.warnings)
    assert "[Name]" not in draft.notes.get("checks", "")
