"""What a review of new client emails found misread once an Austrian greeting no longer
erased the email ("Grüß Gott Herr Carter,"): praise announced as such ("Zuerst das Positive,
damit Sie nicht glauben, ich bin nur grantig: ...") restated as a complaint, a price
adjustment ("Preisanpassung") not read as a price rise, and a drop in the search results for a
quoted keyword ('bei "Wellnesshotel Pustertal" von Platz 4 auf Platz 11') taken for the
client's review of its agencies (PLAYBOOK.md step 1)."""

from __future__ import annotations

import pytest

from assistant.checks.situations import situations
from assistant.drafting.concerns import condense


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
