"""False alarms of the playbook checks on realistic good model output, and a sanity check on bad.

A "check before sending" warning on a good reply teaches the user to ignore the warnings, so
the checks must stay silent on replies and notes a reviewer would call good. The corpus in
tests/data/good_replies/ is written the way a capable model answers prompts/: replies with
[Wn] citations (expanded here as in a real draft) to the example emails, and internal notes
that agree with the code's figures. Each reply goes through the same steps as
``drafting._compose``: the account facts from the example client book, ``ground_completion``
with the client's text as source, then ``review_reply`` with the book's contact.
"""

from __future__ import annotations

import tomllib
from collections.abc import Mapping
from datetime import UTC, datetime
from pathlib import Path
from types import MappingProxyType
from typing import Any

import pytest

from assistant.checks.review import review_reply
from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.completion import STEP_KEYS, Completion
from assistant.drafting.facts import AccountFacts, gather_facts, ground_completion
from assistant.mail.message import Email, parse_email

ROOT = Path(__file__).resolve().parents[1]
FIXTURES = ROOT / "fixtures"
DATA = Path(__file__).resolve().parent / "data" / "good_replies"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _load(name: str) -> dict[str, Any]:
    return tomllib.loads((DATA / name).read_text(encoding="utf-8"))


EMAILS = _load("emails.toml")
REPLIES: list[dict[str, Any]] = _load("replies.toml")["reply"]
NOTES: list[dict[str, Any]] = _load("notes.toml")["note"]
BAD = _load("bad_sanity.toml")
BAD_REPLIES: list[dict[str, Any]] = BAD["reply"]
BAD_NOTES: list[dict[str, Any]] = BAD["note"]


@pytest.fixture(scope="module")
def book_settings(tmp_path_factory: pytest.TempPathFactory) -> Settings:
    home = tmp_path_factory.mktemp("home")
    table = {"book": str(FIXTURES / "clients.toml"), "worklog": str(FIXTURES / "worklog.csv")}
    accounts = accounts_from_table(table, source="test", config_dir=home / "config")
    return Settings(config_dir=home / "config", data_dir=home / "data", accounts=accounts)


def email_for(name: str) -> Email:
    """The example email ``name``: a file in fixtures/emails/ or a key of emails.toml."""
    if name.endswith(".eml"):
        return parse_email((FIXTURES / "emails" / name).read_bytes())
    return parse_email(EMAILS[name]["eml"].lstrip("\n").encode("utf-8"))


def drafted(
    entry: Mapping[str, Any], book_settings: Settings, notes: Mapping[str, str] | None = None
) -> tuple[Email, AccountFacts, Completion]:
    """The model's reply and notes as a draft has them: citations expanded, notes checked."""
    email = email_for(entry["email"])
    facts = gather_facts(email, settings=book_settings, now=NOW)
    language = entry.get("language", facts.language)
    completion = Completion(
        text=entry.get("text", "Hi.").strip("\n"),
        backend="openai",
        notes=MappingProxyType(dict(notes or {})),
    )
    grounded = ground_completion(completion, facts, language=language, source=email.new_text)
    return email, facts, grounded


def reply_findings(entry: Mapping[str, Any], book_settings: Settings) -> tuple[str, ...]:
    email, facts, grounded = drafted(entry, book_settings)
    return review_reply(
        grounded.text, email=email, language=entry["language"], contact=facts.contact
    )


def note_findings(entry: Mapping[str, Any], book_settings: Settings) -> tuple[str, ...]:
    notes = {key: "-" for key in STEP_KEYS}
    notes |= {key: entry[key].strip() for key in ("worth_pursuing", "manager_note")}
    _, _, grounded = drafted(entry, book_settings, notes)
    return grounded.checks


def _ids(entries: list[dict[str, Any]]) -> list[str]:
    return [entry["id"] for entry in entries]


# -- the corpus ----------------------------------------------------------------------------------


def test_the_corpus_is_varied_and_grounded(book_settings: Settings) -> None:
    assert len(REPLIES) >= 24 and len(NOTES) >= 10
    assert len(set(_ids(REPLIES + NOTES + BAD_REPLIES + BAD_NOTES))) == len(
        REPLIES + NOTES + BAD_REPLIES + BAD_NOTES
    )
    languages = {entry["language"] for entry in REPLIES}
    assert languages == {"en", "de"}
    assert {entry["email"] for entry in REPLIES} >= set(EMAILS)  # the du emails are answered
    for entry in REPLIES:
        email, facts, grounded = drafted(entry, book_settings)
        assert email.language == entry["language"], entry["id"]
        # every citation is an item of the review period, and every one was expanded
        assert not any("unknown work item" in p for p in grounded.checks), entry["id"]
        assert "[W" not in grounded.text, entry["id"]
        assert ("[W" in entry["text"]) == bool(facts.items), entry["id"]


def test_the_du_emails_are_informal_and_the_others_formal() -> None:
    from assistant.lang.formality import detect_formality

    for name in EMAILS:
        email = email_for(name)
        assert detect_formality(email.new_text, "de") == "informal", name
    for entry in REPLIES:
        if entry["language"] == "de" and entry["email"].endswith(".eml"):
            assert detect_formality(email_for(entry["email"]).new_text, "de") == "formal"


# -- no finding on good replies and notes --------------------------------------------------------


@pytest.mark.parametrize("entry", REPLIES, ids=_ids(REPLIES))
def test_no_finding_on_a_good_reply(entry: dict[str, Any], book_settings: Settings) -> None:
    assert reply_findings(entry, book_settings) == ()


@pytest.mark.parametrize("entry", NOTES, ids=_ids(NOTES))
def test_no_finding_on_good_notes(entry: dict[str, Any], book_settings: Settings) -> None:
    assert note_findings(entry, book_settings) == ()


def test_no_uncited_claim_on_a_good_reply(book_settings: Settings) -> None:
    """A list lead-in above cited lines and the client's restated concerns are no claims."""
    flagged = [
        entry["id"]
        for entry in REPLIES
        if any("uncited claim" in problem for problem in drafted(entry, book_settings)[2].checks)
    ]
    assert flagged == []


# -- the checks still catch bad ones -------------------------------------------------------------


@pytest.mark.parametrize("entry", BAD_REPLIES, ids=_ids(BAD_REPLIES))
def test_a_bad_reply_is_caught(entry: dict[str, Any], book_settings: Settings) -> None:
    findings = reply_findings(entry, book_settings)
    for words in entry["expect"]:
        assert any(words in finding for finding in findings), (words, findings)


@pytest.mark.parametrize("entry", BAD_NOTES, ids=_ids(BAD_NOTES))
def test_a_bad_note_is_caught(entry: dict[str, Any], book_settings: Settings) -> None:
    findings = note_findings(entry, book_settings)
    for words in entry["expect"]:
        assert any(words in finding for finding in findings), (words, findings)


@pytest.mark.parametrize("entry", REPLIES, ids=_ids(REPLIES))
def test_good_replies_carry_nothing_that_blocks_sending(
    entry: dict[str, Any], book_settings: Settings
) -> None:
    from assistant.drafting.recheck import review_text

    email, facts, grounded = drafted(entry, book_settings)
    found = review_text(
        grounded.text,
        source=email,
        language=entry["language"],
        settings=book_settings,
        now=NOW,
        facts=facts,
        sender="Jonas Weber <jonas.weber@harbourlight.example.net>",
    )
    assert found.blocking == ()


def test_a_refund_asked_in_another_language_is_no_promise_in_the_reply() -> None:
    from assistant.config import Settings
    from assistant.drafting.recheck import review_text
    from assistant.mail.message import parse_email

    raw = (
        "From: Piotr Nowak <p.nowak@klient.example>\nTo: us@ourco.example\n"
        "Subject: Raport\nDate: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <p1@klient.example>\n"
        "\nSzanowni Państwo,\n\nPonownie nie dotrzymali Państwo terminu raportu. Żądam zwrotu "
        "500 EUR i pisemnej odpowiedzi do 14 grudnia.\n\nZ poważaniem,\nPiotr Nowak\n"
    ).encode()
    email = parse_email(raw)
    reply = "Dear Piotr Nowak,\n\nYour request for a refund (500 EUR): I will answer in writing."
    found = review_text(reply, source=email, language="en", settings=Settings(), now=NOW)
    assert not any("promise" in finding for finding in found.all), found.all
    # The same words to a client who asked for no money are still flagged.
    calm = parse_email(raw.replace("Żądam zwrotu 500 EUR i".encode(), "Proszę o".encode()))
    found = review_text(reply, source=calm, language="en", settings=Settings(), now=NOW)
    assert any("'refund'" in finding for finding in found.all), found.all
