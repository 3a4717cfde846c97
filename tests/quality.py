"""The drafting quality suite's cases and expectations (tests/data/quality/README.md).

Shared by ``tests/test_quality.py`` (every case must pass) and ``bench/quality.py`` (a table of
the checks). A case is an upset-client email written for this project, the client's book
entry and work log, and what a good reply to it does; :func:`problems` says what a draft
misses, one sentence per problem.
"""

from __future__ import annotations

import csv
import re
import tomllib
from dataclasses import dataclass, field
from datetime import date
from email.utils import parseaddr, parsedate_to_datetime
from pathlib import Path
from typing import Any

from assistant import lang
from assistant.config import Settings
from assistant.config.accounts import accounts_from_table
from assistant.drafting.draft import Draft
from assistant.drafting.facts import gather_facts, internal_terms
from assistant.lang.dates import format_weekday

CASES_DIR = Path(__file__).resolve().parent / "data" / "quality"


@dataclass(frozen=True)
class Case:
    """One quality case, as its TOML file gives it."""

    name: str
    language: str
    register: str
    sender: str
    date: str
    subject: str
    body: str
    client: dict[str, Any]
    work: list[dict[str, Any]]
    asks: list[dict[str, Any]]
    not_quoted: list[str] = field(default_factory=list)
    greeting: str = ""

    @property
    def sent(self) -> date:
        return parsedate_to_datetime(self.date).date()

    def raw(self) -> bytes:
        """The email as RFC 5322 bytes."""
        local = self.name.replace(".", "-")
        headers = (
            f"From: {self.sender}\nTo: Sam Carter <sam@harbourlight.example>\n"
            f"Subject: {self.subject}\nDate: {self.date}\n"
            f"Message-ID: <{local}@quality.example>\nMIME-Version: 1.0\n"
            'Content-Type: text/plain; charset="utf-8"\nContent-Transfer-Encoding: 8bit\n'
        )
        return (headers + "\n" + self.body + "\n").encode("utf-8")


def load_cases() -> list[Case]:
    """Return every case of ``tests/data/quality``, by file name."""
    cases = []
    for path in sorted(CASES_DIR.glob("*.toml")):
        data = tomllib.loads(path.read_text("utf-8"))
        cases.append(
            Case(
                name=path.stem,
                language=data["language"],
                register=data["register"],
                sender=data["from"],
                date=data["date"],
                subject=data["subject"],
                body=data["body"],
                client=data["client"],
                work=data.get("work", []),
                asks=data.get("asks", []),
                not_quoted=data.get("not_quoted", []),
                greeting=data.get("greeting", ""),
            )
        )
    return cases


def settings_for(case: Case, folder: Path, **overrides: Any) -> Settings:
    """Write the case's client book and work log under ``folder``; return settings that use
    them (offline, nothing stored, signed by Sam Carter)."""
    folder.mkdir(parents=True, exist_ok=True)
    domain = parseaddr(case.sender)[1].rpartition("@")[2]
    client = case.client
    facts = ", ".join(_toml_string(fact) for fact in client.get("facts", []))
    book = (
        'currency = "EUR"\ndefault_hourly_cost = 70\n\n'
        f"[clients.case]\nname = {_toml_string(client['name'])}\n"
        f'domains = ["{domain}"]\nrevenue = 40000\n'
        f"tier = {_toml_string(client.get('tier', 'Standard'))}\nfacts = [{facts}]\n"
        f"notes_policy = {{ mention_tier = {str(client.get('mention_tier', True)).lower()} }}\n\n"
        '[clients.big]\nname = "Big Account Ltd"\ndomains = ["big.example"]\n'
        "revenue = 400000\n"
    )
    (folder / "clients.toml").write_text(book, "utf-8")
    with (folder / "worklog.csv").open("w", newline="", encoding="utf-8") as out:
        writer = csv.writer(out)
        writer.writerow(["date", "client", "description", "hours"])
        for item in case.work:
            writer.writerow([item["date"], "case", item["description"], item["hours"]])
        writer.writerow(["2026-10-01", "big", "Quarterly review", 10])
    table = {"book": str(folder / "clients.toml"), "worklog": str(folder / "worklog.csv")}
    values: dict[str, Any] = {
        "config_dir": folder / "config",
        "data_dir": folder / "data",
        "offline": True,
        "store": False,
        "signature_name": "Sam Carter",
        "accounts": accounts_from_table(table, source="quality", config_dir=folder),
    }
    values.update(overrides)
    return Settings(**values)


def problems(case: Case, draft: Draft, settings: Settings) -> list[str]:
    """Return what ``draft`` misses of ``case``'s expectations; [] when it meets them all."""
    body = draft.body
    found: list[str] = []
    known = lang.get(case.language)
    if draft.language != case.language:
        found.append(f"language: the draft says {draft.language}, the email is {case.language}")
    if case.greeting and body.splitlines()[0] != case.greeting:
        found.append(f"greeting: {body.splitlines()[0]!r}, expected {case.greeting!r}")
    if known.reply_formal_forms:
        formal = len(re.findall(known.reply_formal_forms, body))
        informal = len(re.findall(known.reply_informal_forms, body))
        wanted, other = (formal, informal) if case.register == "formal" else (informal, formal)
        if other or not wanted:
            found.append(f"register: {formal} formal and {informal} informal forms")
    got = [(ask.kind, ask.due.isoformat() if ask.due else None) for ask in draft.asks]
    wanted_asks = [(ask["kind"], ask.get("due")) for ask in case.asks]
    if got != wanted_asks:
        found.append(f"asks: read {got}, expected {wanted_asks}")
    for ask in case.asks:
        if ask.get("due"):
            day = format_weekday(date.fromisoformat(ask["due"]), case.language)
            if day not in body:
                found.append(f"ask {ask['kind']}: its date {day!r} is not in the reply")
        for money in ask.get("money", []):
            if money not in body:
                found.append(f"ask {ask['kind']}: the amount {money!r} is not acknowledged")
    if any(w.startswith("check before sending: the reply does not answer") for w in draft.warnings):
        found.append("asks: the reply check finds an ask unanswered")
    talks_down = [w for w in known.condescension if w in body.casefold()]
    if talks_down:
        found.append(f"talks down to the client: {talks_down}")
    for text in case.not_quoted:
        if text in body:
            found.append(f"quoted back: {text!r}")
    for item in case.work:
        if item.get("complained") and item["description"] in body:
            found.append(f"record: lists the complained-of work {item['description']!r}")
    tier = case.client.get("tier", "")
    if not case.client.get("mention_tier", True) and re.search(rf"\b{re.escape(tier)}\b", body):
        found.append(f"tier: names the tier {tier!r}")
    facts = gather_facts(draft.source, settings=settings, now=draft.created)
    for term in internal_terms(facts):
        if term in body:
            found.append(f"internal figure: {term!r}")
    questions = sum(line.count("?") for line in body.splitlines() if not line.startswith(">"))
    if not 1 <= questions <= 3:
        found.append(f"questions: {questions}")
    words = len(body.split())
    if not 80 <= words <= 250:
        found.append(f"length: {words} words")
    return found


def scripted_answer(case: Case, offline: Draft) -> dict[str, Any]:
    """Return a model's JSON answer for ``case``: the offline reply with each listed work item
    written as its citation ([W2]), as a model is asked to write it, and the three notes."""
    body = offline.body
    for index, item in enumerate(_sorted_work(case), start=1):
        day = lang.format_date(date.fromisoformat(item["date"]), case.language)
        body = body.replace(f"- {day}: {item['description']}", f"- [W{index}]")
    notes = {
        "understand": "Restated the points and answered each ask with its date.",
        "record": "Cited the items that answer the client's points.",
        "perspective": "Used the facts that help with this email.",
    }
    return {"reply": body, "notes": notes}


def _sorted_work(case: Case) -> list[dict[str, Any]]:
    return sorted(case.work, key=lambda item: item["date"])


def _toml_string(text: str) -> str:
    return '"' + text.replace("\\", "\\\\").replace('"', '\\"') + '"'
