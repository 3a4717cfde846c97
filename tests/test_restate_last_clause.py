"""A complaint is restated without the short last clause our voice cannot turn (PLAYBOOK.md
step 1): "Il cruscotto non funziona da metà novembre, le richieste ... sono calate della metà
e nessuno sa dirmi perché" lost its whole sentence to "dirmi", and the draft restated nothing
of a dashboard down for weeks. And an Italian "mi" before a verb whose object is indirect ("mi
avete risposto", "mi aveva promesso") is our "Le" for a Lei-writer."""

from __future__ import annotations

import pytest

from assistant.drafting.voice import restate


@pytest.mark.parametrize(
    ("language", "informal", "sentence", "expected"),
    [
        (
            "it",
            False,
            "Il cruscotto non funziona da metà novembre, le richieste di preventivo sono calate "
            "della metà e nessuno sa dirmi perché.",
            "Il cruscotto non funziona da metà novembre, le richieste di preventivo sono calate "
            "della metà.",
        ),
        (
            "fr",
            True,
            "Le tableau de bord a affiché des chiffres faux pendant deux semaines et personne "
            "chez vous ne l'a remarqué avant nous.",
            "Le tableau de bord a affiché des chiffres faux pendant deux semaines.",
        ),
    ],
)
def test_a_short_last_clause_that_cannot_be_turned_goes_alone(
    language: str, informal: bool, sentence: str, expected: str
) -> None:
    assert restate(sentence, language, informal=informal) == expected


def test_a_long_last_clause_keeps_the_sentence_out() -> None:
    # Cut at "y" between two months, the rest would be a fragment: no cut after a short head.
    sentence = (
        "Lo he comentado con el equipo de marketing y le adelanto que la subida del 7 % no ha "
        "sentado bien a nadie aquí."
    )
    assert restate(sentence, "es") == ""


@pytest.mark.parametrize(
    ("sentence", "expected"),
    [
        (
            "Mi avete risposto una volta sola, con un messaggio automatico.",
            "Le abbiamo risposto una volta sola, con un messaggio automatico.",
        ),
        ("Nessuno mi ha mai risposto.", "Nessuno Le ha mai risposto."),
        (
            "Il vostro collega mi aveva promesso il report per lunedì.",
            "Il nostro collega Le aveva promesso il report per lunedì.",
        ),
        # A direct object would be "La" and its participle agrees: left out.
        ("Mi avete ignorata per tre settimane.", ""),
    ],
)
def test_an_italian_indirect_object_is_our_le(sentence: str, expected: str) -> None:
    assert restate(sentence, "it", informal=False) == expected
