"""Asks a review of new client emails found missed or misread (checks/asks.py and the
languages' ask data): an Argentine voseo imperative written without its accent ("Llamame",
"Escribime"), a list after a singular intro ("Ons verzoek:", "Nuestra petición:"), an hour
specification read as a decision, a notice announced with "Ik wil u dan ook laten weten"
read as a written answer asked for, and a German sentence that ends after a page number
("Seite 3. Das ...") read as one (PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

from assistant.drafting.concerns import split_sentences

#: A Wednesday.
SENT = date(2026, 12, 2)


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("Llamame antes de las 13 (hora de acá) al +54 9 261 555-0133.", "meeting"),
        ("Mandame el Excel con las ventas de noviembre hoy.", "document"),
        ("Escribime por acá, lo leo entre reunión y reunión.", "written"),
        ("Llamame mañana temprano, por favor.", "meeting"),
    ],
)
def test_a_voseo_imperative_without_its_accent_asks(text: str, kind: str) -> None:
    assert set(asks_in(text, "es", SENT)) == {kind}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "nl",
            "Ons verzoek:\n1. Een creditnota van € 1.450 excl. btw voor de uren boven het "
            "gebruikelijke niveau.\n2. Een specificatie van de gewerkte uren per dag en per "
            "medewerker, uiterlijk vrijdag 4 december.\n",
        ),
        (
            "es",
            "Nuestra petición:\n1. Una nota de crédito de 1.450 € por las horas por encima de lo "
            "habitual.\n2. El detalle de las horas por día y por persona, antes del viernes 4 de "
            "diciembre.\n",
        ),
        (
            "it",
            "La nostra richiesta:\n1. Una nota di credito di 1.450 € per le ore oltre il livello "
            "abituale.\n2. Il dettaglio delle ore per giorno e per persona, entro venerdì 4 "
            "dicembre.\n",
        ),
        (
            "pt",
            "O nosso pedido:\n1. Uma nota de crédito de 1.450 € pelas horas acima do habitual.\n"
            "2. O detalhe das horas por dia e por pessoa, até sexta-feira, 4 de dezembro.\n",
        ),
        (
            "de",
            "Unsere Forderung:\n1. Eine Gutschrift über 1.450 € für die Stunden über dem "
            "üblichen Niveau.\n2. Eine Aufstellung der Stunden pro Tag und Person, bis Freitag, "
            "4. Dezember.\n",
        ),
    ],
)
def test_a_list_after_a_singular_intro_is_asked_item_by_item(language: str, text: str) -> None:
    asks = asks_in(text, language, SENT)
    assert set(asks) == {"refund", "document"}
    assert asks["document"].due == date(2026, 12, 4)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Ich möchte, dass Sie mich informieren, wann der Bericht kommt."),
        ("en", "I need your developers to point out in writing what broke."),
    ],
)
def test_asking_someone_else_to_inform_us_still_asks(language: str, text: str) -> None:
    assert asks_in(text, language, SENT) != {}


def test_telling_us_of_a_notice_asks_for_no_written_answer() -> None:
    text = (
        "Ik wil u dan ook laten weten dat wij, op advies van onze aankoopdienst, de "
        "overeenkomst opzeggen tegen 31 maart 2027. Gelieve mij uw beschikbaarheid "
        "schriftelijk te bevestigen."
    )
    asks = asks_in(text, "nl", SENT)
    assert set(asks) == {"written"}
    assert asks["written"].due is None


@pytest.mark.parametrize(
    ("text", "sentences"),
    [
        (
            "Zum Teil stehen wir auf Seite 3. Das sehe ich an der Rezeption.",
            ["Zum Teil stehen wir auf Seite 3.", "Das sehe ich an der Rezeption."],
        ),
        (
            "Wir sind von Platz 2 auf Platz 4. Die Gründe kennen Sie.",
            ["Wir sind von Platz 2 auf Platz 4.", "Die Gründe kennen Sie."],
        ),
        # a day and an ordinal stay inside their sentence
        ("Am Montag, 14. Dezember ist Schluss.", ["Am Montag, 14. Dezember ist Schluss."]),
        # a short month name, or the month's number ("Dez.", "15. 12.")
        (
            "Die Lieferung kam am Freitag, 18. Dez. nicht an.",
            ["Die Lieferung kam am Freitag, 18. Dez. nicht an."],
        ),
        (
            "Wir treffen uns am Dienstag, 15. 12. um 9 Uhr.",
            ["Wir treffen uns am Dienstag, 15. 12. um 9 Uhr."],
        ),
        ("Wir kamen auf den 3. Platz von fünf.", ["Wir kamen auf den 3. Platz von fünf."]),
        ("Am 3. Und dann?", ["Am 3. Und dann?"]),
    ],
)
def test_a_number_before_a_full_stop_ends_a_sentence_after_a_noun(
    text: str, sentences: list[str]
) -> None:
    assert split_sentences(text) == sentences
