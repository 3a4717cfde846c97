"""A place in the client's review of its agencies is a complaint to restate.

New test emails that ranked us lower ("Harbourlight came fourth out of five agencies", "ficou
em quarto lugar entre seis agências") got drafts that restated side sentences and never the
ranking, because the sentence that gives the place had no complaint word. A place in a
ranking now counts (checks/situations.py ``names_a_standing``) in every language, and a
count, a date or a share is none.
"""

from __future__ import annotations

import pytest

from assistant.checks.situations import names_a_standing
from assistant.drafting.concerns import rank_concerns
from assistant.drafting.voice import in_our_voice


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "In our year-end supplier review Harbourlight came fourth out of five agencies."),
        ("de", "Harbourlight ist in unserer Bewertung nur auf Platz 4 von 6 gelandet."),
        ("fr", "Vous êtes passés au 4e rang sur 5 dans notre évaluation."),
        ("es", "Harbourlight quedó en el cuarto lugar de seis agencias."),
        ("it", "Quest'anno siete al quarto posto su cinque fornitori."),
        ("nl", "Jullie zijn dit jaar vierde van de zes bureaus geworden."),
        ("pt", "A Harbourlight ficou em quarto lugar entre seis agências."),
    ],
)
def test_a_place_out_of_a_count_is_a_standing(language: str, text: str) -> None:
    assert names_a_standing(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I sent two of the three reports back."),
        ("en", "This is invoice number 12 of 2026."),
        ("en", "It went live on the 2nd of December."),
        ("fr", "Deux des trois rapports sont arrivés."),
        ("es", "El 1 de diciembre de 2026 no llegó nada."),
        ("pt", "Recebemos 1 de 12 relatórios."),
        ("it", "Uno dei due report era vuoto."),
    ],
)
def test_a_count_a_date_or_a_number_is_no_standing(language: str, text: str) -> None:
    assert not names_a_standing(text, language)


def test_the_place_is_restated_before_a_side_remark() -> None:
    text = (
        "Passando para te informar o resultado da nossa avaliação anual de fornecedores. "
        "A Harbourlight ficou em quarto lugar entre seis agências. A equipe comercial sentiu a "
        "queda nas vendas do e-commerce a partir de agosto."
    )
    concerns = rank_concerns(text, "pt", register="informal")
    assert "A Harbourlight ficou em quarto lugar entre seis agências." in concerns


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        # A firm's name of two capitalised words keeps its capital after the frame, and French
        # does not elide "que" before it.
        (
            "fr",
            "Harbourlight Digital a été classé sixième sur sept, contre troisième l'an passé.",
            "Vous me signalez que Harbourlight Digital a été classé sixième sur sept, contre "
            "troisième l'an passé.",
        ),
        (
            "en",
            "The Black Friday dashboard has been showing zeros since about 7:40 this morning.",
            "You tell me that the Black Friday dashboard has been showing zeros since about "
            "7:40 this morning.",
        ),
    ],
)
def test_a_name_keeps_its_capital_and_an_article_loses_it(
    language: str, sentence: str, expected: str
) -> None:
    assert in_our_voice(sentence, language, text=sentence) == expected
