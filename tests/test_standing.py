"""A place in the client's review of its agencies is a complaint to restate.

New test emails that ranked us lower ("Harbourlight came fourth out of five agencies", "ficou
em quarto lugar entre seis agências") got drafts that restated side sentences and never the
ranking, because the sentence that gives the place had no complaint word. A place in a
ranking now counts (checks/situations.py ``names_a_standing``) in every language, and a
count, a date or a share is none. So does a price that moved ("da 1.400 a 1.550 euro"). Also:
an abbreviation inside a bracket ends no sentence ("(n. 2026-1203)"), which had cut the one
sentence that named an invoice in two.
"""

from __future__ import annotations

import pytest

from assistant.checks.situations import names_a_standing
from assistant.drafting.concerns import rank_concerns, score_sentence
from assistant.drafting.voice import in_our_voice
from assistant.lang.sentences import split_paragraph


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


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("nl", "Harbourlight is dit jaar op de vierde plaats geëindigd van de zes bureaus."),
        ("it", "Siamo arrivati al terzo posto, scendendo dal primo."),
        ("en", "This year you came in fourth place."),
    ],
)
def test_a_place_word_after_its_ordinal_is_a_standing(language: str, text: str) -> None:
    assert names_a_standing(text, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Passare da 1.400 a 1.550 euro al mese per lo stesso pacchetto è tanto."),
        ("nl", "Het maandtarief stijgt vanaf januari van 980 naar 1.130 euro."),
        ("es", "A partir de enero la tarifa mensual pasa de 2,800 a 3,200 euros."),
        ("fr", "Nous allons passer de 1 800 € à 2 100 € par mois."),
        ("de", "Das Honorar steigt von 1.800 auf 2.100 Euro im Monat."),
        ("pt", "A mensalidade passa de R$ 2.800 para R$ 3.200."),
        ("en", "The fee goes from EUR 1,400 to EUR 1,550 a month."),
    ],
)
def test_a_price_that_moved_is_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2


def test_hours_that_move_are_no_price() -> None:
    assert score_sentence("We are open from 9 to 5 every day.", "en") == 0


def test_a_dutch_participle_of_waiting_is_a_complaint() -> None:
    sentence = "Collega's hebben in september twee weken gewacht op een antwoord over de website."
    assert score_sentence(sentence, "nl") >= 2


def test_an_abbreviation_in_a_bracket_ends_no_sentence() -> None:
    text = (
        "Nella fattura di novembre (n. 2026-1203) trovo otto ore di SEO. Il contratto ne "
        "prevede cinque."
    )
    assert split_paragraph(text) == [
        "Nella fattura di novembre (n. 2026-1203) trovo otto ore di SEO.",
        "Il contratto ne prevede cinque.",
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Jullie zijn van een 8 vorig jaar naar een 6 gegaan."),
        ("en", "Your score went from 8.5 to 6.8 this year."),
        ("pt", "A nota passou de 8,5 para 6,8 no semestre."),
        # Charts without advice.
        ("nl", "De rapportages bevatten veel grafieken en weinig advies."),
        ("en", "The reports have lots of charts and little advice."),
        ("de", "Die Berichte enthalten viele Grafiken und keine Empfehlungen."),
    ],
)
def test_a_mark_that_fell_and_reports_without_advice_are_complaints(
    language: str, sentence: str
) -> None:
    assert score_sentence(sentence, language) >= 2


def test_a_clock_time_is_no_mark() -> None:
    assert score_sentence("We are open from 9 to 5pm on weekdays.", "en") == 0


@pytest.mark.parametrize(
    ("language", "text"),
    [
        # An ordinal that opens a list ("firstly") is no place in a ranking.
        ("es", "En primer lugar, el informe de octubre llegó tarde."),
        ("pt", "Em primeiro lugar, o relatório de outubro chegou atrasado."),
        ("en", "In the first place, the October report came late."),
        ("nl", "Op de eerste plaats, het rapport van oktober kwam te laat."),
        ("de", "An erster Stelle steht für uns die Erreichbarkeit."),
    ],
)
def test_an_ordinal_that_opens_a_list_is_no_standing(language: str, text: str) -> None:
    assert not names_a_standing(text, language)


def test_a_standing_after_its_sentence_opens_still_counts() -> None:
    assert names_a_standing("Este año quedamos en segundo lugar, detrás de Pixelmare.", "es")
