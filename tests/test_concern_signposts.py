"""The point a client names as the main one comes first (PLAYBOOK.md step 1, "restate their
concerns ... specifically"): a review of new client emails found six of eight drafts leaving
out the sentence after "Der Hauptgrund ist ein einfacher.", "Lo que más pesó fue …" or "O ponto
que mais pesou foi …", while a place in a ranking or the competitor's price took the slots.
The signposted sentence is restated first, or the next one when the signpost says no more.

And a request told with what came of it ("Les pedimos el informe … y llegó tres semanas
tarde") asks nothing now: the same review saw it answered as a request for the report."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.asks import extract_asks
from assistant.drafting.concerns import rank_concerns, split_sentences
from assistant.drafting.voice import restate

#: A Monday.
SENT = date(2026, 12, 7)

SIGNPOSTED = [
    (
        "en",
        "We finished our annual agency review last week. You came fourth out of five agencies "
        "this time. The main reason is simple. Our booking page has been off the first page "
        "of Google since October, right before the ski season.",
        "Your booking page has been off the first page of Google since October",
    ),
    (
        "de",
        "Wir haben im November unsere Dienstleister bewertet. Sie sind auf dem letzten Platz "
        "der fünf Agenturen gelandet. Der Hauptgrund ist ein einfacher. Unsere Buchungsseite "
        "ist seit Oktober nicht mehr auf der ersten Seite bei Google, genau vor der Skisaison.",
        "Ihre Buchungsseite ist seit Oktober nicht mehr auf der ersten Seite",
    ),
    (
        "fr",
        "Nous avons terminé notre évaluation annuelle des prestataires. Vous êtes arrivés à "
        "la quatrième place sur cinq. La raison principale est simple. Notre page de "
        "réservation n'est plus en première page de Google depuis octobre, juste avant la "
        "saison de ski.",
        "Votre page de réservation n'est plus en première page de Google depuis octobre",
    ),
    (
        "es",
        "Cerramos la evaluación anual de proveedores la semana pasada. Quedaron en el puesto "
        "cinco de seis. Lo que más pesó fue la campaña de Navidad. El informe de resultados "
        "llegó tres semanas tarde y tuvimos que presentar datos hechos a mano.",
        "El informe de resultados llegó tres semanas tarde",
    ),
    (
        "it",
        "Abbiamo chiuso la valutazione annuale dei fornitori. Siete arrivati quarti su cinque "
        "agenzie. Il motivo principale è semplice. La nostra pagina di prenotazione non è più "
        "in prima pagina su Google da ottobre, proprio prima della stagione sciistica.",
        "La Sua pagina di prenotazione non è più in prima pagina su Google da ottobre",
    ),
    (
        "nl",
        "Wij hebben vorige week onze jaarlijkse leveranciersbeoordeling afgerond. U bent op de "
        "laatste plaats van vijf bureaus geëindigd. De belangrijkste reden wil ik u niet "
        "onthouden. Onze boekingspagina staat sinds oktober niet meer op de eerste pagina van "
        "Google, vlak voor het skiseizoen.",
        "Uw boekingspagina staat sinds oktober niet meer op de eerste pagina van Google",
    ),
    (
        "pt",
        "Fechámos a avaliação anual de fornecedores na semana passada. Ficaram em último lugar "
        "entre cinco agências. O ponto que mais pesou foi a perda de posições da nossa página "
        "de reservas no Google desde outubro, mesmo antes da época de esqui.",
        "O ponto que mais pesou foi a perda de posições da sua página de reservas",
    ),
]


@pytest.mark.parametrize(("language", "text", "point"), SIGNPOSTED)
def test_the_point_named_as_the_main_one_is_restated_first(
    language: str, text: str, point: str
) -> None:
    chosen = rank_concerns(text, language, register="formal")
    assert chosen
    assert restate(chosen[0], language).startswith(point)


@pytest.mark.parametrize(
    ("language", "signpost", "neutral"),
    [
        ("fr", "La raison principale est simple.", "Nous en avons longuement parlé."),
        ("pt", "O ponto que mais pesou foi a", "Falámos muito sobre isso. Foi a"),
    ],
)
def test_without_its_signpost_the_ranking_comes_first(
    language: str, signpost: str, neutral: str
) -> None:
    _, text, point = next(case for case in SIGNPOSTED if case[0] == language)
    first = rank_concerns(text.replace(signpost, neutral), language, register="formal")[0]
    assert not restate(first, language).startswith(point)


def test_a_signpost_that_said_its_point_hands_nothing_to_a_sentence_that_does_not_complain() -> (
    None
):
    text = (
        "Cerramos la evaluación de proveedores. Quedasteis cuartos de seis. Lo que más pesó: "
        "que los informes traen datos que nosotros ya hemos visto en nuestras propias "
        "herramientas. Yo sigo pensando que sabéis hacerlo bien, pero necesito argumentos "
        "para defenderos en enero."
    )
    chosen = rank_concerns(text, "es", register="informal")
    assert not any("argumentos" in sentence for sentence in chosen)


def test_the_point_comes_first_in_the_draft(tmp_path: Path) -> None:
    body = (
        "Sehr geehrter Herr Carter,\n\nwie jedes Jahr haben wir im November unsere Lieferanten "
        "bewertet. Sie sind diesmal auf dem letzten Platz der fünf Dienstleister gelandet. "
        "Der Hauptgrund ist ein einfacher. Wir sind bei „Hotel Seeblick Wellness“ seit "
        "Oktober nicht mehr auf der ersten Seite, und das genau vor der Wintersaison.\n\n"
        "Bitte antworten Sie mir bis Freitag, 11. Dezember, schriftlich.\n\n"
        "Mit freundlichen Grüßen\nMartin Keller"
    )
    draft = draft_email(
        offline_settings(tmp_path), "Martin Keller <mk@hotel.example>", body, subject="Bewertung"
    )
    bullets = [line for line in draft.body.splitlines() if line.startswith("- ")]
    assert bullets[0].startswith("- Sie sind bei „Hotel Seeblick Wellness“ seit Oktober nicht")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        (
            "es",
            "Les pedimos el informe de resultados para el directorio y llegó tres semanas tarde.",
        ),
        ("pt", "Pedimos o relatório de resultados para a diretoria e chegou três semanas depois."),
        ("it", "Vi abbiamo chiesto il report per il consiglio e non è mai arrivato."),
    ],
)
def test_a_request_told_with_what_came_of_it_asks_nothing(language: str, sentence: str) -> None:
    assert not extract_asks(split_sentences(sentence), language, sent=SENT)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Les pedimos el informe de resultados antes del viernes 11 de diciembre."),
        ("pt", "Pedimos o relatório de resultados até sexta-feira, 11 de dezembro."),
        ("it", "Vi chiedo il report per il consiglio entro venerdì 11 dicembre."),
    ],
)
def test_a_request_made_now_is_still_an_ask(language: str, sentence: str) -> None:
    asks = extract_asks(split_sentences(sentence), language, sent=SENT)
    assert [(ask.kind, ask.due) for ask in asks] == [("document", date(2026, 12, 11))]


@pytest.mark.parametrize(
    ("informal", "expected"),
    [
        (False, "Nos pidieron el informe de resultados y llegó tres semanas tarde."),
        (True, "Nos pediste el informe de resultados y llegó tres semanas tarde."),
    ],
)
def test_les_before_our_verb_is_the_agency(informal: bool, expected: str) -> None:
    sentence = "Les pedimos el informe de resultados y llegó tres semanas tarde."
    assert restate(sentence, "es", informal=informal) == expected


def test_a_decisive_two_points_put_the_first_point_first() -> None:
    # "Ausschlaggebend waren … zwei Punkte. Zum einen …": the missing figures lead
    text = (
        "Harbourlight Digital liegt in diesem Jahr auf dem dritten Platz. Ausschlaggebend waren "
        "aus Sicht meines Teams zwei Punkte. Zum einen die Winterkampagne: Die Landingpages waren "
        "pünktlich online, in den ersten zehn Tagen fehlten im Dashboard aber die Abschlüsse "
        "aus dem Tarifrechner, und das ist uns selbst aufgefallen. Zum anderen die "
        "Reaktionszeiten bei Rückfragen, die im zweiten Halbjahr spürbar länger geworden sind."
    )
    chosen = rank_concerns(text, "de", register="formal")
    assert chosen[0].startswith("Die Landingpages waren pünktlich online")
