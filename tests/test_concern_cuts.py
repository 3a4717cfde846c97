"""A long complaint cut to fit is cut where a sentence can stand alone (PLAYBOOK.md step 1):
a review found "The 20th, then the 19th, and the day in June ..." and "Principalement en
raison de retards répétés ..." restated as the client's point: the words after a comma that
only go on with a list or give a reason. And "classée dernière sur quatre" is a place in a
ranking, as "fourth of five" is."""

from __future__ import annotations

import pytest

from assistant.checks.situations import names_a_standing
from assistant.drafting.concerns import condense, extract_concerns
from assistant.drafting.voice import in_our_voice


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "en",
            "But the scoring panel remembered the spring, when the monthly report turned up on "
            "the 18th, then the 20th, then the 19th, and the week in June when the dashboard "
            "was blank and we found out from our own area managers rather than from you.",
            "And the week in June when the dashboard was blank and we found out from our own "
            "area managers rather than from you.",
        ),
        (
            "fr",
            "Cette décision fait suite à l'évaluation annuelle de nos prestataires, à l'issue de "
            "laquelle votre agence a été classée dernière sur quatre, principalement en raison "
            "de retards répétés dans la remise des rapports et d'un manque d'initiative sur le "
            "référencement de vos nouvelles collections.",
            "Cette décision fait suite à l'évaluation annuelle de nos prestataires, à l'issue de "
            "laquelle votre agence a été classée dernière sur quatre.",
        ),
    ],
)
def test_a_long_complaint_is_cut_where_a_sentence_stands_alone(
    language: str, sentence: str, expected: str
) -> None:
    assert condense(sentence, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "you came last of the five."),
        ("fr", "votre agence a été classée dernière sur quatre"),
        ("de", "Sie sind diesmal auf dem letzten Platz gelandet"),
        ("es", "quedaron últimos de seis"),
        ("it", "siete ultimi su quattro"),
        ("nl", "u bent op de laatste plaats geëindigd"),
        ("pt", "ficaram em último lugar entre quatro"),
    ],
)
def test_the_last_place_is_a_place_in_a_ranking(language: str, text: str) -> None:
    assert names_a_standing(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "The last of the three reports came two weeks late."),
        ("de", "Der letzte von drei Berichten kam zwei Wochen zu spät."),
    ],
)
def test_the_last_report_is_no_place(language: str, text: str) -> None:
    assert not names_a_standing(text, language)


def test_a_clause_after_a_comma_that_opens_with_a_preposition_can_be_kept() -> None:
    sentence = (
        "We have worked with your agency since 2017 and we have always paid every invoice on "
        "time and without question, for three weeks now the booking dashboard has shown "
        "nothing and nobody has called us back."
    )
    assert condense(sentence, "en").startswith("For three weeks now the booking dashboard")


def test_a_conjunction_left_before_a_colon_goes_with_its_filler() -> None:
    sentence = (
        "Ayer cerramos la evaluación anual de proveedores y no te voy a mentir: quedaron "
        "últimos de seis."
    )
    assert " y:" not in condense(sentence, "es")


def test_an_english_that_after_the_frame_stays() -> None:
    said = in_our_voice(
        "That invoice was wrong by 400 euros.", "en", informal=False, text="That invoice."
    )
    assert said.endswith("that that invoice was wrong by 400 euros.")


def test_the_report_frame_says_that_once() -> None:
    said = in_our_voice(
        "Che da settembre il cruscotto riporta in euro anche gli ordini pagati in franchi.",
        "it",
        informal=False,
    )
    assert said.endswith(
        "che da settembre il cruscotto riporta in euro anche gli ordini pagati in franchi."
    )
    assert "che che" not in said.casefold()


@pytest.mark.parametrize(
    ("language", "sentence", "expected"),
    [
        (
            "de",
            "Es ändert nichts daran, dass unser Vertrieb ein ganzes Wochenende ohne Zahlen war.",
            "Sie schreiben, dass Ihr Vertrieb ein ganzes Wochenende ohne Zahlen war.",
        ),
        (
            "en",
            "It doesn't change the fact that the report was three weeks late.",
            "You tell me that the report was three weeks late.",
        ),
        (
            "it",
            "Resta il fatto che il report è arrivato con tre settimane di ritardo.",
            "il report è arrivato con tre settimane di ritardo.",
        ),
    ],
)
def test_the_fact_remains_frames_the_point_and_goes(
    language: str, sentence: str, expected: str
) -> None:
    said = in_our_voice(condense(sentence, language), language, informal=False, text=sentence)
    assert said.endswith(expected)
    assert "ändert nichts" not in said and "fact" not in said and "fatto" not in said


@pytest.mark.parametrize(
    ("sentence", "starts"),
    [
        ("Fourth isn't the end of the world, but a re-tender in Q1 is.", "Fourth isn't"),
        ("Second Saturday in December and the dashboard is down again.", "Second Saturday"),
        ("Second, the November ranking report has not reached us.", "The November"),
    ],
)
def test_an_ordinal_goes_only_as_an_enumerator(sentence: str, starts: str) -> None:
    assert condense(sentence, "en").startswith(starts)


def test_a_complaint_is_restated_without_a_short_last_clause_our_voice_cannot_turn() -> None:
    text = (
        "Il cruscotto non funziona da metà novembre, le richieste di preventivo dal sito sono "
        "calate della metà e nessuno sa dirmi perché."
    )
    concerns = extract_concerns(text, "it", register="formal", subject="Cruscotto")
    assert concerns == (
        "Il cruscotto non funziona da metà novembre, le richieste di preventivo dal sito sono "
        "calate della metà.",
    )


def test_what_is_left_without_the_complaint_is_not_restated() -> None:
    text = "Pagámos a fatura com duas semanas de antecedência e eu continuo sem o relatório."
    concerns = extract_concerns(text, "pt", register="formal", subject="Relatório")
    assert not any("antecedência" in concern and "relatório" not in concern for concern in concerns)


def test_a_french_complaint_is_restated_without_a_short_last_clause_it_cannot_turn() -> None:
    # once in tests/test_restate_last_clause.py, on restate(); the cut now lives here
    text = (
        "Le tableau de bord a affiché des chiffres faux pendant deux semaines et personne "
        "chez vous ne l'a remarqué avant nous."
    )
    concerns = extract_concerns(text, "fr", register="informal", subject="Tableau")
    assert concerns == ("Le tableau de bord a affiché des chiffres faux pendant deux semaines.",)


def test_a_long_last_clause_keeps_the_sentence_out() -> None:
    # cut at "y", what is left would say nothing: nothing is restated
    text = (
        "Lo he comentado con el equipo de marketing y le adelanto que la subida del 7 % no ha "
        "sentado bien a nadie aquí."
    )
    assert extract_concerns(text, "es", register="formal", subject="Subida") == ()
