"""A rival's offer is told by its verb in every language, and the rival by the words before
that verb (checks/situations.py ``find_competitor``; PLAYBOOK.md step 1: "a client who has
just named a competitor and its offer is asked what matters most to them in it").
"""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.situations import find_competitor, offer_amount, situations


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


# -- an offer read by its price, the firm named beside it ------------------------------------------

PRICED_OFFERS = [
    (
        "To be honest, Lumenfield Analytics came to see us last month. Their proposal is "
        "EUR 3,900 a month for the same reports and a strategist.",
        "en",
        "Lumenfield Analytics",
    ),
    (
        "Eine Agentur aus Graz, Steinbock Media, hat uns letzte Woche ein Angebot gelegt. "
        "Zehn Stunden Betreuung im Monat um 1.800 Euro.",
        "de",
        "Steinbock Media",
    ),
    (
        "La semana pasada hablamos con Cardón Digital, una agencia de Hermosillo. Nos "
        "presentaron una propuesta formal: reporte semanal y tablero, todo por 1.400 euros.",
        "es",
        "Cardón Digital",
    ),
    (
        "Uno studio di Brescia, Studio Delta, mi ha fatto un'offerta: SEO e report a 720 euro "
        "al mese.",
        "it",
        "Studio Delta",
    ),
    (
        "L'agence Vertigo, à Grenoble, nous a transmis une offre : 1 200 euros par mois, "
        "rapports compris.",
        "fr",
        "Vertigo",
    ),
    (
        "Vorige week kwam Datastroom Online langs. Hun offerte: 900 euro per maand, "
        "inclusief dashboard.",
        "nl",
        "Datastroom Online",
    ),
    (
        "Recebemos da Faro Digital uma proposta de 1.100 euros por mês com relatórios semanais.",
        "pt",
        "Faro Digital",
    ),
]


@pytest.mark.parametrize(("text", "language", "rival"), PRICED_OFFERS)
def test_an_offer_with_its_price_beside_a_firm_names_the_rival(
    text: str, language: str, rival: str
) -> None:
    assert find_competitor(text, language) == (True, rival)


@pytest.mark.parametrize(
    ("text", "language"),
    [
        # our own offer, by its possessive
        ("Your proposal of EUR 4,000 a month was more than we planned, Harbour.", "en"),
        ("Ihr Angebot über 2.000 Euro liegt über unserem Budget, Herr Carter.", "de"),
        # an offer and a price, but no firm named
        ("Someone sent us a proposal last week. It was EUR 3,000 a month.", "en"),
        # a firm and an offer, but no price near it
        ("Lumenfield Analytics sent us a proposal. We have not read it yet.", "en"),
    ],
)
def test_an_offer_without_a_rival_and_its_price_names_no_one(text: str, language: str) -> None:
    assert find_competitor(text, language) == (False, "")


def test_our_own_firm_with_a_priced_proposal_is_no_rival() -> None:
    text = "We read the proposal from Harbourlight Digital. It is EUR 4,000 a month."
    assert find_competitor(text, "en", ours=("harbourlight",)) == (False, "")


@pytest.mark.parametrize(
    ("text", "language", "rival"),
    [
        (
            "One more thing: Northlight Insight have pitched to us. The same dashboards and a "
            "quarterly session, for EUR 3,800 a month.",
            "en",
            "Northlight Insight",
        ),
        (
            "Intanto mi ha contattata lo Studio Vigneto di Asti: report e SEO locale a 990 euro "
            "al mese.",
            "it",
            "Studio Vigneto",
        ),
    ],
)
def test_a_firm_that_came_to_the_client_with_a_price_is_the_rival(
    text: str, language: str, rival: str
) -> None:
    assert find_competitor(text, language) == (True, rival)


def test_someone_of_their_own_who_reached_out_is_no_rival() -> None:
    text = "Our accountant reached out to us about the EUR 4,000 invoice last week."
    assert find_competitor(text, "en") == (False, "")


@pytest.mark.parametrize(
    ("text", "language", "rival", "amount"),
    [
        # A rival that came to see them, its price in the next sentence.
        (
            "Je préfère te le dire directement : Pixelmare est venu nous voir la semaine "
            "dernière et leur proposition est franchement solide. 1 750 € HT par mois pour le "
            "SEO et le reporting.",
            "fr",
            "Pixelmare",
            "1 750 € HT par mois",
        ),
        (
            "Lumen Digital came to see us last week. Their price is EUR 1,900 a month.",
            "en",
            "Lumen Digital",
            "EUR 1,900 a month",
        ),
        (
            "Studio Nord è venuto a trovarci: 900 euro al mese, report compreso.",
            "it",
            "Studio Nord",
            "900 euro al mese",
        ),
        (
            "Pixelwerk is bij ons langsgekomen. Zij vragen 1.200 euro per maand.",
            "nl",
            "Pixelwerk",
            "1.200 euro per maand",
        ),
    ],
)
def test_a_rival_that_came_to_see_them_and_its_price_are_read(
    text: str, language: str, rival: str, amount: str
) -> None:
    assert find_competitor(text, language, cued=True) == (True, rival)
    assert offer_amount(text, language, rival) == amount


def test_a_named_offer_is_the_first_point_restated_in_our_words(tmp_path: Path) -> None:
    body = (
        "Hi Sam,\n\nBrightwake Social have pitched us for paid social. Their proposal is "
        "EUR 2,450 a month, with weekly reporting. Honestly, they sent a proper proposal, not a "
        "deck with stock photos.\n\nCan you give me a reason to stay by Monday?\n\nSiobhan"
    )
    sender = "Siobhan Kelly <s.kelly@greyson.example>"
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Paid social")
    assert "- Brightwake Social has made you an offer at EUR 2,450 a month.\n" in draft.body
    # The side remark about their proposal is not restated: the offer is said once.
    assert "stock photos" not in draft.body


@pytest.mark.parametrize(
    ("text", "language", "rival"),
    [
        # The amount after the rival's sentence is our own invoice's, not the rival's price.
        (
            "Pixelmare has approached us with an offer. Our last invoice of EUR 2,400 is "
            "still open on your side.",
            "en",
            "Pixelmare",
        ),
        (
            "Pixelwerk is bij ons langsgekomen. Uw factuur van 1.200 euro voor maart klopt "
            "overigens niet.",
            "nl",
            "Pixelwerk",
        ),
        (
            "Studio Nord è venuto a trovarci la settimana scorsa. La vostra fattura di 900 "
            "euro per marzo è sbagliata.",
            "it",
            "Studio Nord",
        ),
    ],
)
def test_an_amount_of_our_invoice_is_no_price_of_the_rival(
    text: str, language: str, rival: str
) -> None:
    assert offer_amount(text, language, rival) == ""


@pytest.mark.parametrize(
    ("language", "text", "firm"),
    [
        (
            "es",
            "Le comento además: Métrica Norte, una agencia de Monterrey, nos presentó la semana "
            "pasada una propuesta por 1,650 dólares mensuales que incluye el reporte.",
            "Métrica Norte",
        ),
        (
            "it",
            "La settimana scorsa Datafarm, un'agenzia di Bologna, ci ha presentato un'offerta: "
            "cruscotto e-commerce e un analista dedicato, a 1.100 euro al mese.",
            "Datafarm",
        ),
        (
            "pt",
            "A Métricas Pró, de Curitiba, mandou uma proposta semana passada: SEO e uma reunião "
            "quinzenal, por R$ 6.800 por mês.",
            "Métricas Pró",
        ),
    ],
)
def test_a_rival_set_beside_its_town_or_an_elided_agency_is_named(
    language: str, text: str, firm: str
) -> None:
    assert find_competitor(text, language) == (True, firm)


def test_a_person_from_a_town_is_no_rival() -> None:
    text = "Last week Anna, from Leeds, sent us a proposal at GBP 900 a month."
    assert find_competitor(text, "en") == (False, "")
