"""The client's main complaint is restated even when a clause of it cannot be put in our voice.

Each case is a sentence from a new test email whose central complaint the offline draft left
out: our voice could not turn one of its clauses (a relative clause with "mi aveva
garantito", a lead-in "Te cuento cómo arrancó mi lunes:"), so the whole sentence went and a
side sentence took its place. The clause that cannot be turned goes; the rest is restated.
Also: words that look like a pronoun and are none ("TI", "e-commerce"), a sentence that
already says whose account it is, and openers that only add ("Aggiungo che").
"""

from __future__ import annotations

import pytest

from assistant.drafting.concerns import condense
from assistant.drafting.voice import in_our_voice, restate


@pytest.mark.parametrize(
    ("sentence", "language", "informal", "expected"),
    [
        # A relative clause between commas that holds the writer's "mi" goes.
        (
            "Il report trimestrale sull'andamento dell'e-commerce, che mi avevate presentato "
            "come prioritario, non è ancora arrivato.",
            "it",
            False,
            "Il report trimestrale sull'andamento dell'e-commerce non è ancora arrivato.",
        ),
        # "mi aveva garantito" takes "Le": the whole sentence can be restated.
        (
            "Il report trimestrale sull'andamento dell'e-commerce, che il Suo collega mi aveva "
            "garantito per lunedì 30 novembre, non è ancora arrivato.",
            "it",
            False,
            "Il report trimestrale sull'andamento dell'e-commerce, che il nostro collega Le "
            "aveva garantito per lunedì 30 novembre, non è ancora arrivato.",
        ),
        (
            # An insult inside the relative clause goes with it.
            "The landing pages, which your sloppy team promised for October, went live a week "
            "late.",
            "en",
            False,
            "The landing pages went live a week late.",
        ),
        # A lead-in before a colon that our voice cannot turn goes; what follows stays.
        (
            "Te cuento cómo arrancó mi lunes: abro el dashboard de ventas a las 8 para preparar "
            "el directorio de las 11 y está todo en cero.",
            "es",
            True,
            "Abres el dashboard de ventas a las 8 para preparar el directorio de las 11 y está "
            "todo en cero.",
        ),
        (
            "Damit du weisst, wo wir stehen: Datenwerk aus Zürich hat uns eine Offerte gemacht, "
            "CHF 14500 pauschal für Dashboard und Anbindung an unser Buchungssystem.",
            "de",
            True,
            "Datenwerk aus Zürich hat euch eine Offerte gemacht, CHF 14500 pauschal für "
            "Dashboard und Anbindung an euer Buchungssystem.",
        ),
    ],
)
def test_the_clause_that_cannot_be_turned_goes_and_the_complaint_stays(
    sentence: str, language: str, informal: bool, expected: str
) -> None:
    assert restate(sentence, language, informal=informal) == expected


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        # "Primero, que me marque": one word before the comma opens no relative clause; the
        # request is left out whole, never cut to "Primero antes de la 1 ...".
        (
            "Primero, que me marque hoy mismo, antes de la 1 de la tarde hora de Monterrey, a "
            "mi celular (81 5550 1234).",
            "es",
        ),
        # After the colon only a list of nouns: no clause to restate alone.
        (
            "Bij het nalezen van het SEO-rapport van oktober stelden wij vast dat de cijfers "
            "identiek zijn aan die van september: zelfde bezoekersaantallen, zelfde posities, "
            "zelfde grafieken.",
            "nl",
        ),
        # What follows the colon is too short to stand alone.
        ("Laat ik duidelijk zijn: dit kan zo niet langer.", "nl"),
    ],
)
def test_what_would_be_a_fragment_is_left_out(sentence: str, language: str) -> None:
    assert restate(sentence, language) == ""


def test_an_acronym_is_no_pronoun_and_an_account_is_framed_once() -> None:
    # "a TI" is the IT department, not "ti"; the sentence already says whose account it is.
    sentence = (
        "Pelo que a TI descobriu depois, o painel estava contando pedidos cancelados e Pix que "
        "nunca foram pagos."
    )
    assert in_our_voice(sentence, "pt", informal=True) == sentence


def test_e_commerce_is_no_italian_verb_with_a_pronoun() -> None:
    sentence = "Le vendite dell'e-commerce sono calate del 30% da settembre."
    assert restate(sentence, "it") == sentence


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Aggiungo che anche il report di agosto era arrivato con dieci giorni di ritardo.",
            "it",
            "Anche il report di agosto era arrivato con dieci giorni di ritardo.",
        ),
        (
            "I would add that the August report was also ten days late.",
            "en",
            "The August report was also ten days late.",
        ),
        (
            "J'ajoute que le rapport d'août était lui aussi arrivé avec dix jours de retard.",
            "fr",
            "Le rapport d'août était lui aussi arrivé avec dix jours de retard.",
        ),
        (
            "Añado que el informe de agosto también llegó con diez días de retraso.",
            "es",
            "El informe de agosto también llegó con diez días de retraso.",
        ),
        (
            "Acrescento que o relatório de agosto também chegou com dez dias de atraso.",
            "pt",
            "O relatório de agosto também chegou com dez dias de atraso.",
        ),
    ],
)
def test_an_opener_that_only_adds_goes(sentence: str, language: str, expected: str) -> None:
    assert condense(sentence, language) == expected


@pytest.mark.parametrize(
    ("sentence", "language", "expected"),
    [
        (
            "Je ne vais pas te mentir, mon associée est déjà à moitié convaincue.",
            "fr",
            "Mon associée est déjà à moitié convaincue.",
        ),
        (
            "I won't lie to you, the board is not impressed with the numbers.",
            "en",
            "The board is not impressed with the numbers.",
        ),
        (
            "Ik ga er niet omheen draaien: ik ben er flink klaar mee.",
            "nl",
            "Ik ben er flink klaar mee.",
        ),
    ],
)
def test_a_candour_lead_in_goes(sentence: str, language: str, expected: str) -> None:
    # Restated, "Tu m'écris que tu ne vas pas nous mentir" said nothing of the complaint.
    assert condense(sentence, language) == expected
