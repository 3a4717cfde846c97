"""A short "let me know" that closes an email after another ask ("Preferirei parlarne a voce.
Martedì 15 sono a Milano ... Fammi sapere.") asks for no written answer of its own: a review
found "Chiedi una risposta scritta" in a reply to a client who had asked to talk (PLAYBOOK.md,
"answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

#: A Monday.
SENT = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "it",
            "Preferirei parlarne a voce. Martedì 15 sono a Milano: potremmo vederci alle "
            "17:30 in zona Garibaldi? Fammi sapere.",
        ),
        ("en", "Could we meet on Tuesday 15th at 10:00 at our office? Let me know."),
    ],
)
def test_a_closing_let_me_know_is_no_written_ask(language: str, text: str) -> None:
    asks = asks_in(text, language, SENT)
    assert "meeting" in asks
    assert "written" not in asks


def test_a_written_ask_that_says_what_it_wants_still_asks() -> None:
    asks = asks_in(
        "Could we meet on Tuesday 15th? I want to know why the report was late.", "en", SENT
    )
    assert "written" in asks


def test_in_writing_please_is_still_a_written_ask() -> None:
    asks = asks_in("Can we meet on Tuesday 15th at 10:00? In writing, please.", "en", SENT)
    assert "written" in asks
