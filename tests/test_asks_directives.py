"""Asks written as bare directives in English ("You or your MD to ring me today, before 3pm",
"- ring me first thing tomorrow, before 8"): a review of new client emails found the call
missed and a written answer invented from the next sentence ("I need to know what happened
before I walk into that call"). PLAYBOOK.md, "answer what they asked"."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences

#: A Monday.
SENT = date(2026, 11, 30)


def asks_of(text: str) -> list[tuple[str, date | None, str]]:
    found = extract_asks(split_sentences(text), "en", sent=SENT, listed=listed_asks(text, "en"))
    return [(ask.kind, ask.due, ask.time) for ask in found]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "You or your MD to ring me today, before 3pm, on my mobile.",
            ("meeting", SENT, "3pm"),
        ),
        ("Someone to call me today before noon.", ("meeting", SENT, "")),
        ("Give me a ring on Wednesday 2 December.", ("meeting", date(2026, 12, 2), "")),
    ],
)
def test_a_bare_directive_asks_for_a_call(text: str, expected: tuple[str, date, str]) -> None:
    assert asks_of(text)[0][:2] == expected[:2]
    if expected[2]:
        assert asks_of(text)[0][2] == expected[2]


def test_no_directive_without_its_verb() -> None:
    assert asks_of("You or your MD to blame, I don't care which.") == []
    assert asks_of("The ring road was closed this morning.") == []


def test_a_slot_that_would_work_is_no_concern() -> None:
    from assistant.drafting.concerns import condense

    slot = "Thursday 10th at 2pm at your office in Bristol would work, or the Friday morning."
    assert condense(slot, "en") == ""
    # "would work" in a complaint is no slot
    assert condense("The new layout would work, but the numbers are wrong again.", "en")
