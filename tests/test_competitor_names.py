"""The rival a client names is found in more of the ways clients name one: a group or studio
before its name ("Le Groupe Vectis", "Studio Orizzonte"), two names joined by "&" ("Fable &
Finch"), "Online" after it, "los de Posiciona Levante", and a name in the sentence before the
one that makes the offer (checks/situations.py; PLAYBOOK.md: a named competitor is asked
about by name)."""

from __future__ import annotations

import pytest

from assistant.checks.situations import find_competitor


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "fr",
            "Le Groupe Vectis nous a présenté la semaine dernière une offre qui comprend un "
            "rapport hebdomadaire, pour environ 15 % de moins que ce que nous payons.",
            "Groupe Vectis",
        ),
        (
            "it",
            "Le segnalo, per trasparenza, che Studio Orizzonte di Bologna ci ha proposto la "
            "gestione della SEO locale a 1.900 euro al mese.",
            "Studio Orizzonte",
        ),
        (
            "en",
            "But I now have a proposal from Fable & Finch that covers the paid social reporting "
            "for EUR 2,400 a month flat.",
            "Fable & Finch",
        ),
        (
            "es",
            "Y te cuento otra cosa: los de Posiciona Levante me han ofrecido llevarme el SEO por "
            "390 € al mes, casi la mitad de lo que os pago.",
            "Posiciona Levante",
        ),
        (
            "de",
            "Dazu kommt: Gipfelwerk Digital aus Innsbruck hat uns letzte Woche ein Paket "
            "angeboten, SEO plus Google Ads, 1.750 Euro im Monat.",
            "Gipfelwerk Digital",
        ),
        (
            "nl",
            "Stroomlijn Online uit Gent belde me vorige week toevallig op. Voor 450 euro per "
            "maand doen zij SEO én rapportage. Ik zeg niet dat ik overstap, maar ik zeg ook niet "
            "van niet.",
            "Stroomlijn Online",
        ),
    ],
)
def test_the_named_rival_is_found(language: str, text: str, name: str) -> None:
    assert find_competitor(text, language) == (True, name)


def test_a_name_two_sentences_before_the_offer_is_not_taken() -> None:
    text = (
        "Our shop in San Sebastián opened in May. The figures were fine. Another agency has "
        "offered us a better price."
    )
    assert find_competitor(text, "en")[1] == ""


def test_our_own_firm_is_no_rival() -> None:
    text = (
        "Trabalhamos com a Harbourlight Digital há quatro anos. Outras agências já nos "
        "apresentaram propostas mais baratas."
    )
    assert find_competitor(text, "pt", ["harbourlight"])[1] == ""
    assert find_competitor(text, "pt")[1] == "Harbourlight Digital"


def test_no_me_liga_refuses_calls() -> None:
    from assistant.checks.asks import refuses_calls

    assert refuses_calls("E não me liga, não adianta vir com conversinha no telefone.", "pt")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "de",
            "Eine Agentur aus Innsbruck (Bergwerk Digital) hat uns angeboten, die "
            "Suchmaschinenoptimierung für 390 Euro im Monat zu übernehmen.",
            "Bergwerk Digital",
        ),
        (
            "fr",
            "Un prestataire lyonnais (Pixelfox) nous propose la même chose pour 300 euros.",
            "Pixelfox",
        ),
    ],
)
def test_a_firm_named_in_brackets_after_a_generic_noun_is_the_rival(
    language: str, text: str, name: str
) -> None:
    assert find_competitor(text, language)[1] == name


def test_an_article_and_a_generic_noun_name_no_rival() -> None:
    text = "Eine Agentur hat uns angeboten, das für 390 Euro im Monat zu übernehmen."
    assert find_competitor(text, "de")[1] != "Eine Agentur"


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "en",
            "Lumora Media have pitched us for paid search from February: EUR 1,900 a month, "
            "with the creative included.",
            "Lumora Media",
        ),
        (
            "fr",
            "Vektor, une agence de Lille, nous propose de tout reprendre pour 950 € HT par mois.",
            "Vektor",
        ),
        (
            "de",
            "Eine Agentur aus Graz, Bergblick, hat uns ein Anbot gelegt: SEO um 700 Euro im Monat.",
            "Bergblick",
        ),
        (
            "it",
            "Le comunico che abbiamo ricevuto una proposta da WebSpazio, un'agenzia di Torino: "
            "SEO locale e report settimanale a 1.200 euro al mese.",
            "WebSpazio",
        ),
    ],
)
def test_a_rival_pitching_or_set_beside_an_agency_word_is_named(
    language: str, text: str, name: str
) -> None:
    assert find_competitor(text, language) == (True, name)


def test_a_threat_to_find_another_agency_names_no_rival() -> None:
    text = "Het is 24 november.\nAls het vrijdag niet staat zoek ik een ander bureau."
    assert find_competitor(text, "nl") == (False, "")


def test_the_name_after_a_firm_word_wins_over_a_sentence_opener() -> None:
    text = "Listen, an agency in Leeds, Brightside, offered us the same for 900 a month."
    assert find_competitor(text, "en") == (True, "Brightside")


@pytest.mark.parametrize(
    ("language", "text", "name"),
    [
        (
            "nl",
            "Vorige week is er iemand van Datawijs uit Gent langsgekomen en die hebben mij een "
            "offerte gegeven: lokale SEO voor 650 euro per maand.",
            "Datawijs",
        ),
        (
            "de",
            "Letzte Woche war jemand von Bergwerk aus Salzburg da und hat uns ein Angebot über "
            "1.950 Euro gemacht.",
            "Bergwerk",
        ),
    ],
)
def test_someone_from_a_firm_from_a_town_names_the_firm(
    language: str, text: str, name: str
) -> None:
    # the town after it is no firm: "uit Gent", "aus Salzburg"
    assert find_competitor(text, language) == (True, name)


def test_a_town_and_a_month_are_no_firm() -> None:
    text = "A rep from Manchester in March offered us the same for EUR 900 a month."
    assert find_competitor(text, "en")[1] != "Manchester"
