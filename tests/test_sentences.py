"""Sentence splitting shared by concern extraction and citation grounding."""

from __future__ import annotations

import pytest

from assistant.lang.sentences import split_paragraph


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The report was late. The dashboard was down.",
            ["The report was late.", "The dashboard was down."],
        ),
        ("Why? Nobody told us!", ["Why?", "Nobody told us!"]),
        ("Dr. Müller called. She was upset.", ["Dr. Müller called.", "She was upset."]),
        (
            "Am 14. März kam z.B. kein Bericht. Das ist neu.",
            ["Am 14. März kam z.B. kein Bericht.", "Das ist neu."],
        ),
        ("J. Smith wrote on 3 Nov. 2026 about it.", ["J. Smith wrote on 3 Nov. 2026 about it."]),
        ("It said “fixed.” Then it broke.", ["It said “fixed.”", "Then it broke."]),
        ("Version 2.5 is out. see the notes", ["Version 2.5 is out. see the notes"]),
        ("", []),
    ],
)
def test_split_paragraph(text: str, expected: list[str]) -> None:
    assert split_paragraph(text) == expected


def test_full_width_marks_end_sentences_without_a_space() -> None:
    text = "納期が守られませんでした。これは受け入れられません\uff01返金をお願いします。"
    assert split_paragraph(text) == [
        "納期が守られませんでした。",
        "これは受け入れられません\uff01",
        "返金をお願いします。",
    ]


def test_an_opening_question_or_exclamation_mark_starts_a_sentence() -> None:
    text = "Quiero mi dinero. ¿Podemos quedar el jueves? ¡Es urgente!"
    assert split_paragraph(text) == [
        "Quiero mi dinero.",
        "¿Podemos quedar el jueves?",
        "¡Es urgente!",
    ]
