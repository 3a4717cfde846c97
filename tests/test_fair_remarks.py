"""A fair remark the client makes in passing ("to be fair", "zugegeben", "il faut reconnaître")
is no complaint: it is not restated, and only what follows its "but" is (drafting/concerns.py;
PLAYBOOK.md step 1: restate their concerns, specifically)."""

from __future__ import annotations

import pytest

from assistant.drafting.concerns import condense


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        (
            "en",
            "Your people in the war room did get it restarted, to be fair, but nobody could tell "
            "us why it happened.",
            "Nobody could tell us why it happened.",
        ),
        (
            "de",
            "Zugegeben, Ihr Team hat den Fehler schnell behoben, aber niemand konnte uns die "
            "Ursache erklären.",
            "Niemand konnte uns die Ursache erklären.",
        ),
        (
            "fr",
            "Il faut reconnaître que votre équipe a réagi vite, mais personne n'a su nous "
            "expliquer la cause.",
            "Personne n'a su nous expliquer la cause.",
        ),
        (
            "es",
            "Hay que reconocer que su equipo reaccionó rápido, pero nadie supo explicarnos la "
            "causa.",
            "Nadie supo explicarnos la causa.",
        ),
        (
            "it",
            "Va detto che il vostro team è intervenuto in fretta, ma nessuno ci ha spiegato la "
            "causa.",
            "Nessuno ci ha spiegato la causa.",
        ),
        (
            "nl",
            "Eerlijk is eerlijk, jullie team was er snel bij, maar niemand kon ons de oorzaak "
            "uitleggen.",
            "Niemand kon ons de oorzaak uitleggen.",
        ),
        (
            "pt",
            "Reconheço que a vossa equipa reagiu depressa, mas ninguém nos soube explicar a causa.",
            "Ninguém nos soube explicar a causa.",
        ),
    ],
)
def test_only_what_follows_the_but_of_a_fair_remark_is_kept(
    language: str, sentence: str, kept: str
) -> None:
    assert condense(sentence, language) == kept


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "To be fair, your team fixed the dashboard within the hour."),
        ("en", "In fairness, the July report was on time."),
        ("de", "Fairerweise muss ich sagen, dass der Bericht im Juli pünktlich kam."),
        ("fr", "Certes, le rapport de juillet est arrivé à l'heure."),
        ("es", "Hay que reconocer que el informe de julio llegó a tiempo."),
        ("it", "Va detto che il report di luglio è arrivato puntuale."),
        ("nl", "Toegegeven, het rapport van juli was op tijd."),
        ("pt", "É justo dizer que o relatório de julho chegou a tempo."),
    ],
)
def test_a_fair_remark_alone_is_not_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


def test_a_filler_before_a_point_goes() -> None:
    assert condense(
        "While I'm on it: August spend came in nearly EUR 3,000 under plan.", "en"
    ).startswith("August spend came in")


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("es", "Antes de nada, el panel nuevo me encanta."),
        ("pt", "O novo painel ficou ótimo, adoramos."),
        ("fr", "J'adore le nouveau tableau de bord."),
        ("nl", "We zijn er heel blij mee, het dashboard ziet er prachtig uit."),
        ("de", "Das neue Dashboard gefällt uns sehr gut."),
    ],
)
def test_praise_is_not_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Weil die Buchungen im Hotelprogramm nicht mehr zu unseren Zahlen gepasst haben."),
        ("pt", "Sobretudo devido aos atrasos nos relatórios de junho e de setembro."),
        ("en", "Because the numbers no longer matched our bookings."),
    ],
)
def test_a_dependent_clause_alone_is_not_restated(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        (
            "it",
            "In questo quadro, l'aumento del 15 % comunicato per il 2027 risulta per noi "
            "difficilmente sostenibile.",
            "L'aumento del 15 % comunicato per il 2027 risulta per noi difficilmente sostenibile.",
        ),
        (
            "en",
            "Because nobody told us, we lost two days of bookings.",
            "Because nobody told us, we lost two days of bookings.",
        ),
    ],
)
def test_a_connective_goes_and_a_main_clause_stays(language: str, sentence: str, kept: str) -> None:
    assert condense(sentence, language) == kept
