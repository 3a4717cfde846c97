"""What an email or a model smuggles in never reaches a terminal or a client unchecked:
bidi and zero-width characters are removed from a model's reply before it is stored,
escape sequences are shown as ``?`` on a terminal and kept byte-exact in files."""

from __future__ import annotations

import json
import os
import re
from pathlib import Path

import pytest
from conftest import Run
from fake_openai import FakeOpenAI
from test_cli_terminal import _on_a_terminal

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures"
EXAMPLE = FIXTURES / "emails" / "review-complaint-en.eml"
NOTES = {k: "-" for k in ("understand", "record", "perspective", "worth_pursuing", "manager_note")}


@pytest.fixture
def env(home: Path) -> dict[str, str]:
    clean = {k: v for k, v in os.environ.items() if not k.startswith(("OPENAI_", "DRAFT_REPLY"))}
    return clean | {"DRAFT_REPLY_HOME": str(home)}


def test_a_models_bidi_and_zero_width_characters_are_removed_and_said(
    run: Run, env: dict[str, str], fake_openai: FakeOpenAI
) -> None:
    sneaky = "Dear Rachel,\n\nThank you.\u202e gnirts desrever\u202c Call\u200b me.\n\nSam\n"
    fake_openai.enqueue({"reply": sneaky, "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    body = json.loads(result.stdout)["body"]
    assert not re.search("[\u200b-\u200f\u202a-\u202e\u2066-\u2069]", body)
    assert "removed 3 invisible character(s)" in result.stderr
    shown = run("outbox", "show", json.loads(result.stdout)["draft_id"], env=env).stdout
    assert "\u202e" not in shown


def test_escape_sequences_from_an_email_never_reach_a_terminal(home: Path, tmp_path: Path) -> None:
    raw = EXAMPLE.read_bytes().replace(b"Subject: ", b"Subject: \x1b]0;owned\x07\x1b[2J", 1)
    hostile = tmp_path / "hostile.eml"
    hostile.write_bytes(raw)
    status, text = _on_a_terminal(["--offline", "--no-store", str(hostile)], home)
    assert status == 0, text
    assert "\x1b]0;" not in text and "\x1b[2J" not in text and "\x07" not in text
    out = tmp_path / "reply.eml"
    status, _ = _on_a_terminal(["--offline", "--no-store", "-o", str(out), str(hostile)], home)
    assert status == 0
    assert b"owned" in out.read_bytes()  # a file keeps what the reply carries, byte for byte


@pytest.mark.parametrize(
    ("reply_to", "said"),
    [
        (b"Rachel <rachel@fernbrook-billing.example.com>", "a look-alike of the sender's"),
        (b"Rachel <rachel@fernbr00k.example.com>", "a look-alike of the sender's"),
        (b"Accounts <pay@elsewhere.example>", "domain elsewhere.example)"),
    ],
)
def test_a_reply_to_on_another_domain_is_named(
    run: Run, env: dict[str, str], reply_to: bytes, said: str
) -> None:
    raw = EXAMPLE.read_bytes().replace(b"\nSubject:", b"\nReply-To: " + reply_to + b"\nSubject:", 1)
    result = run("--json", "--offline", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    data = json.loads(result.stdout)
    assert data["to_chosen_from"] == "Reply-To"
    assert said in result.stderr
    assert "the reply goes to the Reply-To address" in data["notes"]["checks"]


def test_a_reply_to_on_the_senders_domain_is_silent(run: Run, env: dict[str, str]) -> None:
    raw = EXAMPLE.read_bytes()
    sender = re.search(rb"(?m)^From: .*<([^>]+)>", raw)
    assert sender is not None
    domain = sender.group(1).split(b"@")[1]
    raw = raw.replace(b"\nSubject:", b"\nReply-To: team@" + domain + b"\nSubject:", 1)
    result = run("--json", "--offline", "-", env=env, input=raw)
    data = json.loads(result.stdout)
    assert data["to_chosen_from"] == "Reply-To"
    assert "Reply-To address" not in result.stderr


BOOK = ["--book", str(FIXTURES / "clients.toml"), "--worklog", str(FIXTURES / "worklog.csv")]
EXAMPLE_DE = FIXTURES / "emails" / "review-complaint-de.eml"
CALM_EN = (
    "Dear Rachel,\n\nThank you for your message. {smuggled}\n\nWhat matters most to you?\n\nSam\n"
)
CALM_DE = (
    "Sehr geehrte Frau Dr. Müller,\n\nvielen Dank für Ihre Nachricht. {smuggled}\n\n"
    "Was ist Ihnen am wichtigsten?\n\nJonas\n"
)


@pytest.mark.parametrize(
    ("email", "template", "smuggled", "finding"),
    [
        (
            EXAMPLE,
            CALM_EN,
            "We will refund the March invoice.",
            "a promise the record does not hold: 'refund'",
        ),
        (
            EXAMPLE,
            CALM_EN,
            "You will get a discount of 30%.",
            "an amount that no source gives: 30%",
        ),
        (
            EXAMPLE,
            CALM_EN,
            "Northgate Retail Group had the same issue.",
            "another client of the book: Northgate",
        ),
        (EXAMPLE, CALM_EN, "Pay at https://pay.evil.example/x now.", "a link that no source gives"),
        (
            EXAMPLE_DE,
            CALM_DE,
            "Sie erhalten 50 % Gutschrift.",
            "an amount that no source gives: 50 %",
        ),
        (
            EXAMPLE_DE,
            CALM_DE,
            "Sie erhalten eine Gutschrift.",
            "a promise the record does not hold: 'gutschrift'",
        ),
        (
            EXAMPLE_DE,
            CALM_DE,
            "Rufen Sie +49 30 1234 5678 an.",
            "a phone number that no source gives",
        ),
    ],
)
def test_what_a_model_smuggles_into_a_reply_is_flagged(
    run: Run,
    env: dict[str, str],
    fake_openai: FakeOpenAI,
    email: Path,
    template: str,
    smuggled: str,
    finding: str,
) -> None:
    fake_openai.enqueue({"reply": template.format(smuggled=smuggled), "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", *BOOK, str(email), env=env)
    assert result.exit_code == 0, result.stderr
    flagged = [line for line in result.stderr.splitlines() if finding in line]
    assert flagged, result.stderr
    assert ("blocks sending" in flagged[0]) == ("promise" not in finding)  # promises: said


@pytest.mark.parametrize(("email", "template"), [(EXAMPLE, CALM_EN), (EXAMPLE_DE, CALM_DE)])
def test_a_calm_reply_from_the_record_raises_none_of_them(
    run: Run, env: dict[str, str], fake_openai: FakeOpenAI, email: Path, template: str
) -> None:
    fake_openai.enqueue({"reply": template.format(smuggled=""), "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", *BOOK, str(email), env=env)
    assert result.exit_code == 0, result.stderr
    assert "blocks sending" not in result.stderr


def test_hold_on_makes_a_flagged_kind_block_sending(
    run: Run, env: dict[str, str], home: Path, fake_openai: FakeOpenAI
) -> None:
    (home / "config" / "config.toml").write_text(
        '[llm]\nprobe_local = false\n[checks]\nhold_on = ["promise"]\n', encoding="utf-8"
    )
    smuggled = "We will refund the March invoice."
    fake_openai.enqueue({"reply": CALM_EN.format(smuggled=smuggled), "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", *BOOK, str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    assert "'refund' (this blocks sending" in result.stderr


def test_hold_on_names_only_known_kinds(run: Run, env: dict[str, str], home: Path) -> None:
    (home / "config" / "config.toml").write_text('[checks]\nhold_on = ["vibes"]\n', "utf-8")
    result = run("--no-store", "--offline", str(EXAMPLE), env=env)
    assert result.exit_code == 78
    assert "unknown finding kind 'vibes'" in result.stderr


def test_the_finding_kinds_of_the_config_are_the_checks_kinds() -> None:
    from assistant.config.settings import FINDING_KINDS
    from assistant.drafting.recheck import KINDS

    assert tuple(KINDS) == FINDING_KINDS


def test_redaction_keeps_personal_data_from_the_model_and_puts_it_back(
    run: Run, env: dict[str, str], home: Path, fake_openai: FakeOpenAI
) -> None:
    (home / "config" / "config.toml").write_text(
        '[llm]\nprobe_local = false\n[privacy]\nredact = ["iban", "email", "phone"]\n'
        "redact_local = true\n",
        encoding="utf-8",
    )
    raw = EXAMPLE.read_bytes().replace(
        b"\n\n", b"\n\nOur IBAN is DE89 3704 0044 0532 0130 00, call +44 20 7946 0958.\n\n", 1
    )
    reply = CALM_EN.format(smuggled="We noted DE89 3704 0044 0532 0130 00 as [IBAN-1].")
    fake_openai.enqueue(
        {"reply": reply.replace("DE89 3704 0044 0532 0130 00 as ", ""), "notes": NOTES}
    )
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    sent = json.dumps(fake_openai.chat_requests()[0].body)
    assert "DE89" not in sent and "7946" not in sent and "rachel.hughes@" not in sent
    assert "[IBAN-1]" in sent and "[PHONE-1]" in sent
    assert "We noted [IBAN-1]" not in json.loads(result.stdout)["body"]
    assert "DE89 3704 0044 0532 0130 00" in json.loads(result.stdout)["body"]


def test_a_placeholder_the_tool_never_handed_out_is_flagged(
    run: Run, env: dict[str, str], home: Path, fake_openai: FakeOpenAI
) -> None:
    (home / "config" / "config.toml").write_text(
        '[llm]\nprobe_local = false\n[privacy]\nredact = ["iban"]\nredact_local = true\n',
        encoding="utf-8",
    )
    fake_openai.enqueue({"reply": CALM_EN.format(smuggled="Pay to [IBAN-7]."), "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", str(EXAMPLE), env=env)
    assert result.exit_code == 0, result.stderr
    assert "placeholders left in the reply: [IBAN-7] (the model made them up)" in result.stderr


@pytest.mark.parametrize(
    ("email", "template", "smuggled", "day"),
    [
        (EXAMPLE, CALM_EN, "The new report comes on 2026-09-30.", "2026-09-30"),
        (EXAMPLE, CALM_EN, "We meet on 3 October 2026.", "2026-10-03"),
        (EXAMPLE_DE, CALM_DE, "Der Bericht kommt am 30.09.2026.", "2026-09-30"),
        (EXAMPLE_DE, CALM_DE, "Wir treffen uns am 3. Oktober 2026.", "2026-10-03"),
    ],
)
def test_a_date_no_source_gives_is_flagged(
    run: Run,
    env: dict[str, str],
    fake_openai: FakeOpenAI,
    email: Path,
    template: str,
    smuggled: str,
    day: str,
) -> None:
    fake_openai.enqueue({"reply": template.format(smuggled=smuggled), "notes": NOTES})
    env = env | {"OPENAI_API_KEY": "sk-test", "OPENAI_BASE_URL": fake_openai.base_url}
    result = run("--json", *BOOK, str(email), env=env)
    assert result.exit_code == 0, result.stderr
    assert f"a date that no source gives: {day}" in result.stderr


def test_account_numbers_and_phone_numbers_at_a_sentence_end_are_whole() -> None:
    from assistant.checks.references import unsourced_references

    found = unsourced_references(
        "Pay to account no. 12345678, sort code 12-34-56. Call +49 30 1234 5678.", ["Dana"]
    )
    assert found == [
        "an account number that no source gives: 12345678",
        "an account number that no source gives: 12-34-56",
        "a phone number that no source gives: +49 30 1234 5678",
    ]


def test_a_stranger_copied_into_the_thread_is_named(run: Run, env: dict[str, str]) -> None:
    raw = EXAMPLE.read_bytes().replace(
        b"\nSubject:",
        b"\nCc: Ops <ops@fernbrook.example.com>, Eve <eve@elsewhere.example>\nSubject:",
        1,
    )
    result = run("--json", "--offline", "-", env=env, input=raw)
    assert result.exit_code == 0, result.stderr
    lines = [line for line in result.stderr.splitlines() if "a reply to all also goes" in line]
    assert len(lines) == 1 and "eve@elsewhere.example" in lines[0]
    assert "ops@fernbrook" not in lines[0]
    assert "eve@elsewhere.example" in " ".join(json.loads(result.stdout)["cc"])
    quiet = run("--json", "--offline", "--no-cc", "-", env=env, input=raw)
    assert "a reply to all also goes" not in quiet.stderr
