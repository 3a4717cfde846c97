"""A rival's offer is told by its verb in every language, and the rival by the words before
that verb (checks/situations.py ``find_competitor``; PLAYBOOK.md step 1: "a client who has
just named a competitor and its offer is asked what matters most to them in it").
"""

from __future__ import annotations

import pytest

from assistant.checks.situations import find_competitor, situations


@pytest.mark.parametrize(
    ("sentence", "language", "rival"),
    [
        (
            "A guy from SwellStats emailed me last week, they'd do a monthly bookings report "
            "for 160 euros a month.",
            "en",
            "SwellStats",
        ),
        (
            "Brightline Digital approached us and would do the same for 20% less.",
            "en",
            "Brightline Digital",
        ),
        (
            "Un'agenzia di Milano, Orbita Digitale, ci ha proposto gestione SEO e campagne "
            "social a 950 € al mese.",
            "it",
            "Orbita Digitale",
        ),
        (
            "Die Agentur Bergwerk Digital hat uns SEO plus Google Ads für 890 € im Monat "
            "angeboten.",
            "de",
            "Bergwerk Digital",
        ),
        ("Pixelvent m'a proposé le même périmètre pour 20 % de moins.", "fr", "Pixelvent"),
        (
            "Nodo Analítica nos ofrece reportes quincenales por un 10 % menos.",
            "es",
            "Nodo Analítica",
        ),
        ("Datadijk biedt ons SEO plus een maandrapport voor 450 euro.", "nl", "Datadijk"),
        (
            "Datadijk heeft ons SEO plus een maandrapport aangeboden voor 450 euro.",
            "nl",
            "Datadijk",
        ),
    ],
)
def test_a_rival_that_offers_is_named(sentence: str, language: str, rival: str) -> None:
    assert "competitor" in situations(sentence, language)
    assert find_competitor(sentence, language) == (True, rival)


@pytest.mark.parametrize(
    ("sentence", "language"),
    [
        ("Nobody offered us a discount.", "en"),
        ("Nadie nos ofrece nada.", "es"),
        ("Vous nous avez proposé un rapport mensuel.", "fr"),
        ("En mars, Julien nous a proposé une refonte du site.", "fr"),
        ("Marta nos ha propuesto cambiar el diseño.", "es"),
        ("He said he'll do the fixes next Monday.", "en"),
        ("Ihr Paket bietet uns keinen Mehrwert.", "de"),
    ],
)
def test_nobody_and_we_are_no_rival(sentence: str, language: str) -> None:
    assert find_competitor(sentence, language) == (False, "")


def test_our_own_firm_is_no_rival() -> None:
    _, name = find_competitor(
        "Harbourlight Digital offered us a new report.", "en", ours=("harbourlight",)
    )
    assert name == ""


def test_a_place_after_a_preposition_is_no_rival() -> None:
    assert find_competitor("Un'agenzia di Monza ci ha proposto lo stesso a 900 euro.", "it") == (
        True,
        "",
    )


def test_a_firm_of_two_words_after_a_preposition_is_the_rival() -> None:
    sentence = (
        "Una de ellas de Nodo Analítica, que nos ofrece reportes quincenales por un 10 % menos."
    )
    assert find_competitor(sentence, "es") == (True, "Nodo Analítica")
