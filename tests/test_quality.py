"""The drafting quality suite: upset-client emails in seven languages, each with expectations.

Every case of ``tests/data/quality`` is drafted twice: by the offline drafter, and through the
OpenAI-compatible fake server with a scripted answer (so that citation expansion, the reply
checks and the request itself are what a model's draft goes through). Both drafts must meet
the case's expectations (tests/quality.py, ``problems``). The request must carry each ask with
its date, mark the work the email complains about, and hold no internal figure.
"""

from __future__ import annotations

from collections import Counter
from datetime import timedelta
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI
from quality import Case, load_cases, problems, scripted_answer, settings_for

from assistant.drafting.draft import draft_reply
from assistant.drafting.facts import gather_facts, internal_terms
from assistant.lang.dates import format_weekday

CASES = load_cases()
LANGUAGES = ("en", "de", "fr", "es", "it", "nl", "pt")


def test_the_suite_covers_seven_languages_and_both_registers() -> None:
    assert len(CASES) >= 24
    counts = Counter(case.language for case in CASES)
    assert set(counts) == set(LANGUAGES) and min(counts.values()) >= 3, counts
    for code in ("de", "fr", "es", "it", "nl"):
        registers = {case.register for case in CASES if case.language == code}
        assert registers == {"formal", "informal"}, code


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_the_offline_draft_meets_the_case(case: Case, tmp_path: Path) -> None:
    settings = settings_for(case, tmp_path)
    now = _now(case)
    draft = draft_reply(case.raw(), settings=settings, now=now)
    assert draft.backend == "offline"
    assert problems(case, draft, settings) == [], draft.body


@pytest.mark.parametrize("case", CASES, ids=lambda case: case.name)
def test_a_scripted_model_draft_meets_the_case(
    case: Case, tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    offline = settings_for(case, tmp_path / "offline")
    now = _now(case)
    fake_openai.enqueue(scripted_answer(case, draft_reply(case.raw(), settings=offline, now=now)))
    settings = settings_for(
        case,
        tmp_path / "model",
        offline=False,
        probe_local=False,
        api_key="sk-test",
        base_url=fake_openai.base_url,
        deadline=10.0,
    )
    draft = draft_reply(case.raw(), settings=settings, now=now)
    assert draft.backend == "openai"
    assert problems(case, draft, settings) == [], draft.body

    [request] = fake_openai.chat_requests()
    system, user = (m["content"] for m in request.body["messages"])
    for ask in case.asks:
        assert f"- {_LABEL[ask['kind']]}" in user
        if ask.get("due"):
            from datetime import date

            assert format_weekday(date.fromisoformat(ask["due"]), case.language) in user
    for item in case.work:
        if item.get("complained"):
            assert item["description"] in user.split("Not to be listed as achievements")[1]
    facts = gather_facts(draft.source, settings=settings, now=now)
    for term in internal_terms(facts):
        assert term not in system + user, term


_LABEL = {
    "refund": "money back",
    "meeting": "a call or meeting",
    "written": "a written answer",
    "document": "a document",
    "fix": "something put right",
    "decision": "a decision",
    "person": "someone more senior",
}


def _now(case: Case):  # type: ignore[no-untyped-def]
    """An hour after the email was sent: when the user drafts the reply."""
    from email.utils import parsedate_to_datetime

    return parsedate_to_datetime(case.date) + timedelta(hours=1)
