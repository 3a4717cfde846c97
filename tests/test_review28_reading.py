"""What a review of new client emails found misread once an Austrian greeting no longer
erased the email ("Grüß Gott Herr Carter,"): praise announced as such ("Zuerst das Positive,
damit Sie nicht glauben, ich bin nur grantig: ...") restated as a complaint, a price
adjustment ("Preisanpassung") not read as a price rise, and a drop in the search results for a
quoted keyword ('bei "Wellnesshotel Pustertal" von Platz 4 auf Platz 11') taken for the
client's review of its agencies (PLAYBOOK.md step 1); and urgent asks missed: a Québec
directive in the present ("Tu m'appelles AVANT 15 h"), "Bitte richten Sie das HEUTE noch",
"until the end of the day" in six languages (PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

from assistant.checks.asks import refuses_calls
from assistant.checks.situations import situations
from assistant.drafting.concerns import condense

#: A Monday.
SENT = date(2026, 12, 7)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "de",
            "Zuerst das Positive, damit Sie nicht glauben, ich bin nur grantig: die Sache mit der "
            "Buchungsstrecke im September war gut gelöst, und der Bericht kommt pünktlich.",
        ),
        (
            "en",
            "First the good news, so you don't think I only complain: the September fix was "
            "done well and the report arrives on time.",
        ),
        (
            "fr",
            "D'abord le positif : la correction de septembre était bien faite et le rapport "
            "arrive à l'heure.",
        ),
        (
            "es",
            "Primero lo positivo: el arreglo de septiembre estuvo bien y el informe llega a "
            "tiempo.",
        ),
        (
            "it",
            "Prima le cose positive: la correzione di settembre è stata fatta bene e il report "
            "arriva puntuale.",
        ),
        (
            "nl",
            "Eerst het positieve: de reparatie in september was goed en het rapport komt op tijd.",
        ),
        (
            "pt",
            "Primeiro o positivo: a correção de setembro foi bem feita e o relatório chega a "
            "tempo.",
        ),
    ],
)
def test_praise_announced_as_such_is_not_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Ihr Schreiben zur Preisanpassung ab Jänner hab ich bekommen."),
        ("en", "I got your letter about the price adjustment from January."),
        ("nl", "Uw brief over de prijsaanpassing vanaf januari hebben wij ontvangen."),
        ("pt", "Recebi a sua carta sobre o reajuste a partir de janeiro."),
        ("es", "Recibí su carta sobre el ajuste de tarifas desde enero."),
    ],
)
def test_a_price_adjustment_is_a_price_rise(language: str, sentence: str) -> None:
    assert "price" in situations(sentence, language)


def test_a_quoted_search_term_that_lost_places_is_no_review_of_agencies() -> None:
    sentence = (
        'Heuer sind wir aber bei "Wellnesshotel Pustertal" von Platz 4 auf Platz 11 '
        "gerutscht, und zwar genau dann, wenn die Winterbuchungen hereinkommen sollten."
    )
    assert "ranking" not in situations(sentence, "de")


def test_a_quebec_directive_in_the_present_asks_for_a_call_today() -> None:
    asks = asks_in("Tu m'appelles AVANT 15 h aujourd'hui.", "fr", SENT)
    assert (asks["meeting"].due, asks["meeting"].time) == (SENT, "15 h")


def test_a_german_fix_today_and_a_written_answer_without_calls() -> None:
    text = (
        "Bitte richten Sie das HEUTE noch. Und schreiben Sie mir zurück, welche Zeiten jetzt "
        "drinstehen, telefonieren geht bei mir nicht."
    )
    asks = asks_in(text, "de", SENT)
    assert asks["fix"].due == SENT
    assert "written" in asks
    assert refuses_calls(text, "de")


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "E quero saber por escrito, até o fim do dia, o que foi alterado ontem."),
        ("fr", "Je veux une réponse écrite d'ici la fin de la journée."),
        ("es", "Quiero una respuesta por escrito antes del final del día."),
        ("it", "Voglio una risposta scritta entro la fine della giornata."),
        ("nl", "Ik wil een schriftelijk antwoord voor het einde van de dag."),
        ("de", "Ich möchte eine schriftliche Antwort bis zum Tagesende."),
    ],
)
def test_the_end_of_the_day_is_today(language: str, text: str) -> None:
    assert asks_in(text, language, SENT)["written"].due == SENT
