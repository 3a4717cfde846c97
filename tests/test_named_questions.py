"""A client's questions are named in the reply, in our voice, when each can be: "You also
asked: Is the October report ...?" rather than "questions that deserve a proper answer";
a rhetorical or heated question never is (drafting/answers.py ``named_questions``, the
offline templates). PLAYBOOK.md step 1, "answer what they asked"."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

from assistant.drafting.answers import named_questions


@pytest.mark.parametrize(
    ("language", "question", "informal", "named"),
    [
        (
            "en",
            "Is the October report going to include the new landing pages?",
            False,
            "Is the October report going to include the new landing pages?",
        ),
        (
            "pt",
            "O relatório de novembro vai incluir as reservas do site?",
            True,
            "O relatório de novembro vai incluir as reservas do site?",
        ),
        (
            "es",
            "¿El informe de noviembre incluirá las campañas de Navidad?",
            False,
            "¿El informe de noviembre incluirá las campañas de Navidad?",
        ),
    ],
)
def test_a_question_about_the_work_is_named_in_our_voice(
    language: str, question: str, informal: bool, named: str
) -> None:
    assert named_questions([question], language, informal=informal) == (named,)


@pytest.mark.parametrize(
    ("language", "questions"),
    [
        ("es", ["¿Para qué les pago?"]),  # rhetorical: no thing of the work
        ("en", ["What exactly are we paying you for?"]),
        # blame in our mouth, or after no one in particular
        ("en", ["Why do I have to chase you every single month for the report?"]),
        ("en", ["Did anyone on your team even look at the October report before sending it?"]),
        ("it", ["Qualcuno da noi legge il report prima di mandarlo?"]),
        ("de", ["Liest bei uns eigentlich irgendjemand die Newsletter vor dem Versand gegen?"]),
        ("en", ["Why is the report late?", "Who checks it?", "When will the dashboard work?"]),
    ],
)
def test_rhetorical_questions_and_long_lists_are_not_named(
    language: str, questions: list[str]
) -> None:
    assert named_questions(questions, language, informal=False) == ()


def test_the_reply_names_the_question_and_when_it_is_answered(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Nina Park <nina@client.example>",
        "Hi Sam,\n\nThe November report came a week late again. Is the December report going "
        "to include the shop's new landing pages?\n\nNina",
        subject="Reports",
    )
    assert (
        "You also asked: Is the December report going to include the shop's new landing pages?"
        in draft.body
    )
    assert "deserve a proper answer" not in draft.body


def test_a_german_does_monday_suit_you_for_a_call_is_a_meeting() -> None:
    asks = asks_in("Passt Ihnen Montag, 14.12., nachmittags telefonisch?", "de", date(2026, 12, 7))
    assert asks["meeting"].due == date(2026, 12, 14)
    assert not asks_in("Sie waren telefonisch nicht erreichbar.", "de", date(2026, 12, 7))
