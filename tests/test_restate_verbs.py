"""A writer's own verb with no pronoun ("Miro el informe", "Acabo de abrir", "Confermo che",
"Aproveito para referir") is turned to theirs when restated (PLAYBOOK.md step 1, "in our
words"): a verb the tables did not know stayed in the first person, so drafts read "Por lo
que me cuentas, miro el informe de noviembre ...", a garbled restatement."""

from __future__ import annotations

import pytest

from assistant.drafting.voice import restate


@pytest.mark.parametrize(
    ("language", "informal", "sentence", "expected"),
    [
        (
            "es",
            True,
            "Miro el informe de noviembre y las conversiones caen un 70 %.",
            "Miras el informe de noviembre y las conversiones caen un 70 %.",
        ),
        (
            "es",
            False,
            "Acabo de abrir el informe y faltan las conversiones.",
            "Acaba de abrir el informe y faltan las conversiones.",
        ),
        (
            "es",
            True,
            "Entro al tablero y está todo en cero desde el martes.",
            "Entras al tablero y está todo en cero desde el martes.",
        ),
        (
            "it",
            False,
            "Confermo che la fattura non è corretta.",
            "Conferma che la fattura non è corretta.",
        ),
        (
            "it",
            False,
            "Ribadisco che il report non è arrivato.",
            "Ribadisce che il report non è arrivato.",
        ),
        (
            "pt",
            False,
            "Aproveito para referir que o relatório chegou com atraso.",
            "Aproveita para referir que o relatório chegou com atraso.",
        ),
        # Italian "entro" is "by" before a date, never "I enter".
        (
            "it",
            False,
            "Le schede dovevano essere online entro il 20 novembre.",
            "Le schede dovevano essere online entro il 20 novembre.",
        ),
    ],
)
def test_the_writers_own_verb_is_turned(
    language: str, informal: bool, sentence: str, expected: str
) -> None:
    assert restate(sentence, language, informal=informal) == expected


def test_a_german_adverb_after_the_frame_is_in_lower_case() -> None:
    # "Sie schreiben, Zusätzlich zeigt …": an adverb keeps no capital; a noun would
    from assistant.drafting.voice import in_our_voice

    sentence = "Zusätzlich zeigt das Kundenportal seit dem 20. November die alten Tarife."
    assert in_our_voice(sentence, "de", text=sentence).startswith(
        "Sie schreiben, zusätzlich zeigt das Kundenportal"
    )


@pytest.mark.parametrize("informal", [False, True])
def test_a_colloquial_first_person_is_not_restated(informal: bool) -> None:
    # "Gemerkt hab ichs erst gestern abend": the writer's "ich", which our voice cannot turn
    assert restate("Gemerkt hab ichs erst gestern abend.", "de", informal=informal) == ""


def test_german_us_after_an_accusative_preposition_is_sie() -> None:
    # "was sich an den Leistungen für Ihnen ändert": "für" takes the accusative
    assert restate("Was ändert sich an den Leistungen für uns?", "de") == (
        "Was ändert sich an den Leistungen für Sie?"
    )
