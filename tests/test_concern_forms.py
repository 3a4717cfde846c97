"""Concerns written as a question or in a formal letter's words, restated in our voice
(drafting/concerns.py ``condense``, ``still_missing``; drafting/voice.py ``in_our_voice``;
PLAYBOOK.md step 1: "restate their concerns in their own terms", "in our words, not by
quoting them").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.concerns import condense, rank_concerns, still_missing
from assistant.drafting.voice import in_our_voice, restate


@pytest.mark.parametrize(
    ("question", "language", "meaning"),
    [
        ("WHERE IS THE WEEKEND REPORT??", "en", "THE WEEKEND REPORT has still not arrived."),
        ("Where are the invoices?", "en", "The invoices have still not arrived."),
        ("Wo bleibt der Monatsbericht?", "de", "Der Monatsbericht ist noch nicht da."),
        ("Où est le rapport d'octobre ?", "fr", "Le rapport d'octobre n'est toujours pas là."),
        (
            "¿Dónde está el informe del trimestre?",
            "es",
            "El informe del trimestre todavía no ha llegado.",
        ),
        ("Dov'è il report di ottobre?", "it", "Il report di ottobre non c'è ancora."),
        ("Waar blijft het kwartaalrapport?", "nl", "Het kwartaalrapport is er nog steeds niet."),
        ("Cadê o relatório de novembro?", "pt", "O relatório de novembro ainda não chegou."),
    ],
)
def test_a_question_after_something_that_never_came_is_what_it_means(
    question: str, language: str, meaning: str
) -> None:
    assert still_missing(question, language) == meaning


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Where is the report, the invoice and the deck you promised me last month?", "en"),
        ("Where do we stand on the renewal?", "en"),
        ("Where are we with the migration?", "en"),
        ("Wo ist das Problem?", "de"),
        ("Où en est le projet ?", "fr"),
        ("Wo bleibt der Bericht", "de"),  # no question mark: not a question
    ],
)
def test_other_questions_are_no_missing_thing(sentence: str, language: str) -> None:
    assert still_missing(sentence, language) == ""


def test_a_shouted_where_is_question_becomes_the_first_concern_and_no_open_question(
    tmp_path: Path,
) -> None:
    body = (
        "WHERE IS THE WEEKEND REPORT??\n\nYou promised it for 8am Monday. It's 8:05.\n\n"
        "And the hourly updates on Friday night just STOPPED at 9pm. Nobody told us.\n\nA.\n"
    )
    draft = draft_email(
        offline_settings(tmp_path),
        "Aisha Karim <aisha@client.example>",
        body,
        subject="WHERE IS THE WEEKEND REPORT",
    )
    assert "the weekend report has still not arrived" in draft.body
    assert "the hourly updates on Friday night stopped at 9pm" in draft.body
    assert "WEEKEND" not in draft.body
    assert (
        "questions that deserve" not in draft.body and "a question that deserves" not in draft.body
    )


@pytest.mark.parametrize(
    ("sentence", "language", "informal", "restated"),
    [
        (
            "Con la presente contesto la fattura n. 2026/418 del 16 novembre.",
            "it",
            False,
            "Mi segnala che contesta la fattura n. 2026/418 del 16 novembre.",
        ),
        (
            "Venho por este meio contestar a fatura FT 2026/1192, de 30 de novembro.",
            "pt",
            False,
            "Pelo que me diz, vem contestar a fatura FT 2026/1192, de 30 de novembro.",
        ),
        (
            "Hiermit beanstande ich die Rechnung Nr. 4711 vom 2. November.",
            "de",
            False,
            "Sie beanstanden die Rechnung Nr. 4711 vom 2. November.",
        ),
        (
            "Hierbij maak ik bezwaar tegen factuur 2026-118.",
            "nl",
            False,
            "U maakt bezwaar tegen factuur 2026-118.",
        ),
        (
            "Par la présente, je conteste la facture n° 2026-118.",
            "fr",
            False,
            "Vous contestez la facture n° 2026-118.",
        ),
        ("Je conteste la facture d'octobre.", "fr", True, "Tu contestes la facture d'octobre."),
    ],
)
def test_a_formal_letters_formula_goes_and_its_verb_is_put_in_our_voice(
    sentence: str, language: str, informal: bool, restated: str
) -> None:
    assert in_our_voice(condense(sentence, language), language, informal=informal) == restated


def test_a_first_person_verb_alone_takes_the_report_frame_rather_than_read_as_an_order() -> None:
    assert in_our_voice("Pago 1.500 euros al mes y el informe llega tarde.", "es").startswith(
        "Según me"
    )


def test_an_offer_or_a_threat_to_leave_with_no_complaint_of_its_own_is_no_concern() -> None:
    text = (
        "Le escribo con toda sinceridad. Hemos recibido varias propuestas. Una de ellas de "
        "Nodo Analítica, que nos ofrece reportes quincenales y gestión de campañas por un 10 % "
        "menos de lo que pagamos hoy.\n\nNecesito argumentos para mantenerles.\n"
    )
    assert not any("Nodo" in concern for concern in rank_concerns(text, "es", register="formal"))


@pytest.mark.parametrize(
    ("sentence", "language", "restated"),
    [
        (
            "Trotzdem muss ich Ihnen mitteilen, dass Harbourlight in unserer Bewertung nur auf "
            "Platz 4 von 6 gelandet ist.",
            "de",
            "Sie schreiben, dass Harbourlight in Ihrer Bewertung nur auf Platz 4 von 6 gelandet "
            "ist.",
        ),
        (
            "I have to tell you that the October report was late again.",
            "en",
            "You tell me that the October report was late again.",
        ),
        (
            "Je dois vous dire que le rapport est encore arrivé en retard.",
            "fr",
            "Vous me signalez que le rapport est encore arrivé en retard.",
        ),
        (
            "hiermit teile ich Ihnen förmlich mit, dass das Vertriebs-Dashboard seit Donnerstag "
            "erneut keine aktuellen Zahlen anzeigt.",
            "de",
            "Sie schreiben, dass das Vertriebs-Dashboard seit Donnerstag erneut keine aktuellen "
            "Zahlen anzeigt.",
        ),
        (
            "I hereby inform you that the dashboard has shown no data since Thursday.",
            "en",
            "You tell me that the dashboard has shown no data since Thursday.",
        ),
        (
            "Le informo de que la web lleva caída desde el lunes.",
            "es",
            "Según me indica, la web lleva caída desde el lunes.",
        ),
        (
            "Devo dirle che il report è arrivato di nuovo in ritardo.",
            "it",
            "Mi segnala che il report è arrivato di nuovo in ritardo.",
        ),
    ],
)
def test_what_they_have_to_tell_us_is_the_point(
    sentence: str, language: str, restated: str
) -> None:
    assert in_our_voice(condense(sentence, language), language) == restated


@pytest.mark.parametrize(
    ("sentence", "informal", "restated"),
    [
        (
            "Je viens de regarder la facture d'octobre et franchement je comprends pas.",
            True,
            "Tu viens de regarder la facture d'octobre et tu ne comprends pas.",
        ),
        (
            "Je ne comprends pas pourquoi le rapport arrive toujours en retard.",
            False,
            "Vous ne comprenez pas pourquoi le rapport arrive toujours en retard.",
        ),
        (
            "Je paie 1 500 euros par mois et je ne vois aucun résultat.",
            False,
            "Vous payez 1 500 euros par mois et vous ne voyez aucun résultat.",
        ),
    ],
)
def test_a_french_writers_own_verbs_after_je_are_put_in_our_voice(
    sentence: str, informal: bool, restated: str
) -> None:
    assert in_our_voice(condense(sentence, "fr"), "fr", informal=informal) == restated


def test_a_french_writers_j_verbs_are_put_in_our_voice() -> None:
    assert restate("J'attends toujours le rapport.", "fr") == "Vous attendez toujours le rapport."
    assert (
        restate("J'attends toujours le rapport.", "fr", informal=True)
        == "Tu attends toujours le rapport."
    )


def test_a_complaint_put_as_a_question_is_not_promised_an_answer(tmp_path: Path) -> None:
    body = (
        "Hey Sam,\n\ngot your letter about the new prices from January. 15% more for the same "
        "report every two months? Off-season is dead quiet here.\n\nCheers\nTom\n"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Tom Becker <tom@client.example>", body, subject="new prices"
    )
    assert "deserves a proper answer" not in draft.body


def test_a_question_with_a_question_word_is_still_promised_an_answer(tmp_path: Path) -> None:
    body = (
        "Hi Sam,\n\nthe October report came late again. Why was the report late again, and "
        "what changed in your team?\n\nTom\n"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Tom Becker <tom@client.example>", body, subject="report"
    )
    assert "deserves a proper answer" in draft.body  # "your team": not named in our mouth


def test_an_italian_ce_ne_siamo_is_ve_ne_siete_in_our_voice() -> None:
    sentence = "Il cruscotto ha mostrato dati sbagliati, e ce ne siamo accorti noi."
    assert restate(sentence, "it") == (
        "Il cruscotto ha mostrato dati sbagliati, e ve ne siete accorti voi."
    )


def test_a_yes_no_question_without_figures_is_still_promised_an_answer(tmp_path: Path) -> None:
    body = (
        "Hi Sam,\n\nthe checkout has been broken since this morning. Is anyone on your team "
        "actually working on the broken checkout right now?\n\nTom\n"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Tom Becker <tom@client.example>", body, subject="checkout"
    )
    assert "deserves a proper answer" in draft.body


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Bravo pour le rapport d'octobre, vraiment.", "fr"),
        ("Complimenti per il report di ottobre.", "it"),
        ("Parabéns pelo relatório de outubro.", "pt"),
        ("Great job on the October report.", "en"),
    ],
)
def test_praise_that_opens_a_sentence_sarcastic_or_not_is_never_restated(
    sentence: str, language: str
) -> None:
    assert condense(sentence, language) == ""


def test_a_comma_left_before_the_full_stop_goes() -> None:
    assert (
        condense("Le rapport d'octobre est arrivé en retard, vraiment.", "fr")
        == "Le rapport d'octobre est arrivé en retard."
    )
