"""A call asked for on a day that is also the day the reply promises an answer by is answered
with the call ("I will call you that day"), not "I will be in touch": a review counted a call
request answered with "I will be in touch" as the wrong kind of answer (PLAYBOOK.md, "answer
what they asked"). A meeting in person keeps "in touch": the time and place are still open."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        (
            "Hi Sam,\n\nThe October report was late again. Can we talk on the phone on Monday "
            "7 December?\n\nThanks,\nJo",
            "You suggested a call on Monday 7 December: I will call you that day.",
        ),
        (
            "Hallo Sam,\n\nder Oktoberbericht kam wieder zu spät. Können wir am Montag, "
            "7. Dezember telefonieren?\n\nGruß\nJo",
            "Du schlägst ein Gespräch vor (am Montag, 7. Dezember): Ich rufe dich an diesem Tag "
            "an.",
        ),
        (
            "Hi Sam,\n\nThe October report was late again. Can we meet at your office on Monday "
            "7 December?\n\nThanks,\nJo",
            "on Monday 7 December: I will be in touch that day.",
        ),
    ],
)
def test_a_call_on_the_reply_day_is_answered_with_the_call(
    tmp_path: Path, body: str, expected: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), "Jo <jo@client.example>", body, subject="R")
    assert expected in draft.body
