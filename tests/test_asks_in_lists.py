"""Asks written as a list under a line that introduces them ("I therefore ask for the
following:", "Mijn verzoeken:", "Mi servono:"), and days of the month written bare ("le 14",
"el 14", "il 14", "até dia 11"): each item is an ask with its own date (checks/asks.py,
lang/dates.py; PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences

SENT = date(2026, 12, 4)  # a Friday


def asks_of(text: str, language: str) -> list[tuple[str, str | None]]:
    found = extract_asks(
        split_sentences(text), language, sent=SENT, listed=listed_asks(text, language)
    )
    return [(ask.kind, ask.due.isoformat() if ask.due else None) for ask in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "en",
            "The ranking fell again.\n\nI therefore ask for the following:\n"
            "1. A credit of £450 for the October invoice.\n"
            "2. A meeting at your office on the 14th with your manager.\n",
            [("refund", None), ("meeting", "2026-12-14")],
        ),
        (
            "fr",
            "Du coup j'ai besoin de trois choses :\n"
            "- un rapport de novembre corrigé avant le 10 ;\n"
            "- qu'on se voie le 14 à Lyon pour faire le point.\n",
            [("document", "2026-12-10"), ("meeting", "2026-12-14")],
        ),
        (
            "es",
            "Necesito:\n1. Un informe con el gasto real.\n2. Una reunión el 14 con mi jefe.\n",
            [("document", None), ("meeting", "2026-12-14")],
        ),
        (
            "it",
            "Mi servono:\n- il report di novembre entro il 9 dicembre;\n"
            "- uno sconto sul canone di dicembre.\n",
            [("document", "2026-12-09"), ("refund", None)],
        ),
        (
            "nl",
            "Mijn verzoeken:\n1. Een schriftelijke verklaring, uiterlijk 11 december.\n"
            "2. Een overleg op ons kantoor op de 14e.\n",
            [("written", "2026-12-11"), ("meeting", "2026-12-14")],
        ),
        (
            "pt",
            "Solicito:\n1. Uma proposta revista, sem aumento, até dia 11.\n"
            "2. Um desconto de 500 € na fatura de dezembro.\n",
            [("document", "2026-12-11"), ("refund", None)],
        ),
    ],
)
def test_each_item_of_a_list_of_asks_is_an_ask(
    language: str, text: str, expected: list[tuple[str, str | None]]
) -> None:
    assert asks_of(text, language) == expected


def test_a_list_under_a_line_that_asks_nothing_holds_no_asks() -> None:
    text = "Here is what went wrong:\n- the report was late\n- the meeting was cancelled\n"
    assert listed_asks(text, "en") == frozenset()
    assert asks_of(text, "en") == []


def test_a_list_ends_at_a_line_after_a_blank_one() -> None:
    text = "My requests:\n- a credit of 300 euros\n\nThe report was late again."
    assert listed_asks(text, "en") == frozenset({"a credit of 300 euros"})


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("fr", "Le site a perdu 10 places, pour la 3e fois, et le 20 % de son trafic."),
        ("fr", "Nous sommes passés de la 2e à la 9e place, le 3e rang au mieux."),
        ("es", "Perdimos el 15 % de las visitas, y el 3 puesto."),
        ("it", "Siamo scesi al 9 posto, mentre il 2 posto era nostro."),
    ],
)
def test_a_number_after_an_article_that_is_no_day_is_no_date(language: str, text: str) -> None:
    from assistant.lang.dates import find_dates

    assert find_dates(text, language, base=SENT) == []


def test_an_english_draft_answers_each_listed_ask_and_restates_none(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "James Whitcombe <james@whitcombe.example>",
        "Dear Sam,\n\nOur rankings fell from position 3 to position 14 in October.\n\n"
        "I therefore ask for the following:\n"
        "1. A credit of £450 for the October revisions invoice.\n"
        "2. A meeting at your office on the 14th with whoever is responsible.\n\n"
        "Kind regards,\nJames Whitcombe",
        subject="Rankings",
    )
    assert [ask.kind for ask in draft.asks] == ["refund", "meeting"]
    assert "£450" in draft.body and "Monday 14 December" in draft.body
    assert "- A credit of" not in draft.body  # answered, not restated as a concern


@pytest.mark.parametrize(
    ("language", "text", "named"),
    [
        (
            "en",
            "Before our budget meeting I need:\n"
            "1. a line-by-line breakdown of the new rates by 10 December\n"
            "2. confirmation whether you can hold 2026 prices for the first half of 2027\n",
            [
                "You asked for a line-by-line breakdown of the new rates by Thursday 10 December:",
                "You asked for confirmation whether we can hold 2026 prices for the first half "
                "of 2027: you will have a clear answer by",
            ],
        ),
        (
            "de",
            "Ich bitte Sie daher um Folgendes:\n"
            "1. eine schriftliche Aufstellung, welche Tests gemacht wurden,\n"
            "2. Ihren Bericht über die Ausfälle bis zum 9. Dezember.\n",
            [
                "Sie bitten um eine schriftliche Aufstellung, welche Tests gemacht wurden:",
                "Sie bitten um unseren Bericht über die Ausfälle bis Mittwoch, 9. Dezember:",
            ],
        ),
        (
            "fr",
            "Je vous demande donc :\n- un devis détaillé pour janvier avant le 10 décembre ;\n",
            ["Vous demandez un devis détaillé pour janvier pour le jeudi 10 décembre :"],
        ),
    ],
)
def test_a_list_item_is_named_in_the_answer_in_our_voice(
    tmp_path: Path, language: str, text: str, named: list[str]
) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Rachel Hughes <rachel@fernbrook.example>",
        {"en": "Hi Sam,\n\n", "de": "Sehr geehrter Herr Carter,\n\n", "fr": "Bonjour,\n\n"}[
            language
        ]
        + text
        + "\nRachel Hughes",
        subject="Rates",
    )
    for sentence in named:
        assert sentence in draft.body
    assert not any("does not answer" in warning for warning in draft.warnings)


def test_an_item_that_does_not_start_as_a_noun_phrase_is_not_repeated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Rachel Hughes <rachel@fernbrook.example>",
        "Hi Sam,\n\nWhat I need from you:\n- send me the corrected invoice by Friday\n\nRachel",
        subject="Invoice",
    )
    assert "send me" not in draft.body
    assert "Your request for the corrected invoice by Friday 11 December: I am reviewing it" in (
        draft.body
    )


@pytest.mark.parametrize(
    ("item", "due_text", "language", "bare"),
    [
        (
            "eine schriftliche Einschätzung der Ursachen bis Mittwoch, 2. Dezember;",
            "2. Dezember",
            "de",
            "eine schriftliche Einschätzung der Ursachen",
        ),
        (
            "a breakdown of the rates by Friday, 4 December",
            "4 December",
            "en",
            "a breakdown of the rates",
        ),
        ("un devis détaillé avant le 10 décembre ;", "10 décembre", "fr", "un devis détaillé"),
    ],
)
def test_a_named_item_loses_its_date_and_the_weekday_before_it(
    item: str, due_text: str, language: str, bare: str
) -> None:
    from assistant.checks.asks import without_date

    assert without_date(item, due_text, language) == bare


def test_each_item_of_a_list_is_answered_by_name_with_its_own_date(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Nathalie Dufresne <n.dufresne@hotels.example>",
        "Monsieur Carter,\n\nAvant toute décision, je vous remercie de me faire parvenir :\n"
        "1. le détail des prestations couvertes par le nouveau tarif, en distinguant ce qui "
        "relève du contrat actuel et ce qui serait nouveau ;\n"
        "2. la justification de l'écart de 18 %, au regard de l'indice Syntec ;\n"
        "3. votre position sur un report de l'augmentation au 1er juillet 2027 ;\n\n"
        "Je vous prie d'agréer, Monsieur, l'expression de mes salutations distinguées.\n\n"
        "Nathalie Dufresne",
        subject="Tarifs",
    )
    for named in (
        "Vous demandez le détail des prestations couvertes par le nouveau tarif :",
        "Vous demandez la justification de l'écart de 18 %, au regard de l'indice Syntec :",
        "Vous demandez notre position sur un report de l'augmentation au 1er juillet 2027 :",
    ):
        assert named in draft.body
    assert "Vous m'écrivez que notre position" not in draft.body


def test_a_proposal_laid_out_as_a_list_is_read_item_by_item() -> None:
    text = (
        "Mijn voorstel:\n"
        "- U stuurt ons vóór 11 december een onderbouwing van de verhoging.\n"
        "- Wij bespreken dat op donderdagochtend 17 december op ons kantoor in Utrecht "
        "(10.00 uur).\n"
    )
    asks = asks_in(text, "nl", date(2026, 11, 30))
    assert asks["meeting"].due == date(2026, 12, 17)
    assert asks["meeting"].in_person
    assert asks["meeting"].time == "10.00"
    assert "decision" not in asks


@pytest.mark.parametrize(
    ("sender", "body", "never"),
    [
        (
            "James Whitcombe <james@whitcombe.example>",
            "Dear Sam,\n\nThe October invoice charges EUR 130 for a call we never agreed to pay "
            "for. Please send me an invoice without that line by Friday.\n\nRegards,\nJames",
            "I will send it",
        ),
        (
            "Dominique Lambert <d.lambert@client.example>",
            "Bonjour,\n\nLa facture 2026-312 compte deux heures de trop. Merci de m'envoyer une "
            "facture rectifiée avant vendredi.\n\nCordialement,\nDominique Lambert",
            "enverrai",
        ),
    ],
)
def test_a_corrected_invoice_is_never_promised(
    tmp_path: Path, sender: str, body: str, never: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Invoice")
    assert [ask["kind"] for ask in draft.to_json()["asks"]] == ["document"]
    assert never not in draft.body, draft.body
