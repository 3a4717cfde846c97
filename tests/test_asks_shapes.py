"""Asks in shapes a blind review found missed or misread (checks/asks.py and each language's
ask data): money asked back without the word "refund" ("the EUR 195 removed from the
invoice", "os R$ 900 de volta"), a fix wanted now ("someone on it now", "YA, no el lunes"),
a condition before the request and a purpose after it ("If it can't be fixed today, send me
... so I can ..."), figures and spreadsheets sent, a Dutch "Wat ik nodig heb:" list, and a
thing named in a question-word clause cut short (PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

SENT = date(2026, 12, 2)  # a Wednesday


@pytest.mark.parametrize(
    ("language", "text", "money"),
    [
        ("en", "Please have the EUR 240 taken off invoice 2026-311.", "EUR 240"),
        ("en", "I want the £180 for the extra hours back, or knocked off December.", "£180"),
        (
            "de",
            "Ich erwarte, dass die 300 Euro mit der nächsten Rechnung verrechnet werden.",
            "300 Euro",
        ),
        ("fr", "Je vous demande que les 450 € soient déduits de la prochaine facture.", "450 €"),
        ("es", "Quiero que los 320 € se descuenten de la factura de diciembre.", "320 €"),
        ("it", "Vi chiedo che i 500 euro vengano stornati dalla prossima fattura.", "500 euro"),
        ("nl", "Ik wil de €400 instelkosten terug, of verrekend met de volgende factuur.", "€400"),
        ("pt", "Quero os R$ 900 da campanha de volta, ou abatidos na próxima fatura.", "R$ 900"),
    ],
)
def test_money_asked_back_is_a_refund_not_a_document(language: str, text: str, money: str) -> None:
    asks = asks_in(text, language, SENT)
    assert "refund" in asks and money in asks["refund"].money
    assert "document" not in asks  # not "You asked for the invoice"
    assert asks["refund"].what not in ("back", "de volta", "terug")  # no "your request for back"


def test_money_back_needs_an_amount() -> None:
    asks = asks_in("Please call me back about the invoice tomorrow.", "en", SENT)
    assert "refund" not in asks


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "What I need:\n- someone on it now, not after lunch\n- a call before 4pm\n"),
        (
            "es",
            "Te pido dos cosas:\n1. Que alguien lo arregle YA, no el viernes.\n2. Que me llames.\n",
        ),
        ("fr", "Ce dont j'ai besoin :\n1. que quelqu'un regarde ça tout de suite;\n2. un appel.\n"),
        ("de", "Bitte kümmern Sie sich sofort darum, der Shop verliert Umsatz."),
    ],
)
def test_a_fix_wanted_now_is_due_the_day_the_email_was_sent(language: str, text: str) -> None:
    asks = asks_in(text, language, SENT)
    assert asks["fix"].due == SENT


@pytest.mark.parametrize(
    ("language", "text", "phrase_word"),
    [
        (
            "pt",
            "Se não der para resolver hoje, me manda até as 18h uma planilha com os pedidos do "
            "dia, pra eu conseguir fechar o relatório para a diretoria.",
            "planilha",
        ),
        (
            "en",
            "If it can't be fixed today, send me a spreadsheet of today's orders by 6pm, so I "
            "can finish the report for the board.",
            "spreadsheet",
        ),
    ],
)
def test_a_condition_before_the_request_and_a_purpose_after_it_ask_nothing(
    language: str, text: str, phrase_word: str
) -> None:
    asks = asks_in(text, language, SENT)
    assert set(asks) == {"document"}  # not the fix of the condition, not the board's report
    assert phrase_word in asks["document"].phrase
    assert asks["document"].due == SENT


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "pt",
            "O que te peço:\n- manda-me até sexta os números de novembro, numa folha simples;\n",
        ),
        ("es", "Necesito:\n- que me mandes antes del viernes los números de noviembre;\n"),
        ("nl", "Graag ontvang ik vóór vrijdag de cijfers van november in een spreadsheet."),
    ],
)
def test_figures_and_spreadsheets_sent_are_documents(language: str, text: str) -> None:
    asks = asks_in(text, language, SENT)
    assert "document" in asks and "decision" not in asks
    assert asks["document"].due == date(2026, 12, 4)


def test_figures_as_a_wish_are_no_document() -> None:
    asks = asks_in("Preciso de números todos os meses, não de dois em dois.", "pt", SENT)
    assert "document" not in asks


def test_a_dutch_what_i_need_list_is_a_list_of_asks() -> None:
    text = (
        "Wat ik van je nodig heb:\n1. dat jullie het formulier vandaag nog repareren;\n"
        "2. vóór 12.00 uur een korte update per mail over wat er aan de hand is;\n"
    )
    asks = asks_in(text, "nl", SENT)
    assert asks["fix"].due == SENT
    assert asks["written"].phrase == "een korte update per mail"  # not "... aan de hand"
    assert asks["written"].time == "12.00"


def test_a_dutch_verb_of_reporting_is_no_report_and_the_refund_stays() -> None:
    text = (
        "Wij achten een terugbetaling van de helft, € 1.700, redelijk, tenzij u het "
        "handmatige deel alsnog uitvoert en rapporteert."
    )
    asks = asks_in(text, "nl", SENT)
    assert "refund" in asks and "€ 1.700" in asks["refund"].money
    assert "document" not in asks


def test_a_list_item_cut_to_its_first_phrase_is_named_up_to_twenty_words(
    tmp_path: Path,
) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Rachel Hughes <rachel@client.example>",
        "Hi Sam,\n\nThe reports were late again in October.\n\nWhat I need:\n"
        "- a straight answer on whether quarterly strategy sessions can be part of our "
        "2027 contract, and on what terms.\n\nRachel",
        subject="Reports",
    )
    assert (
        "a straight answer on whether quarterly strategy sessions can be part of your 2027 "
        "contract:" in draft.body
    )


def test_a_belgian_note_de_credit_is_a_refund(tmp_path: Path) -> None:
    text = "Je vous demande donc une note de crédit de 390 euros, endéans les dix jours."
    asks = asks_in(text, "fr", SENT)
    assert "refund" in asks and "390 euros" in asks["refund"].money
    draft = draft_email(
        offline_settings(tmp_path),
        "Luc Peeters <luc@client.example>",
        "Monsieur Carter,\n\nLa facture compte vingt heures au lieu des quinze convenues. " + text,
        subject="Facture",
    )
    assert "note de crédit (390 euros)" in draft.body


@pytest.mark.parametrize(
    ("language", "text", "party"),
    [
        (
            "fr",
            "Je souhaiterais rencontrer votre directeur général le mardi 8 décembre à 11 h.",
            "avec votre directeur",
        ),
        ("it", "Vorrei un incontro con il vostro direttore giovedì 10 dicembre.", "con il vostro"),
        (
            "en",
            "I want a meeting at our office next week, and your managing director there.",
            "with your managing director",
        ),
    ],
)
def test_a_meeting_asked_with_someone_senior_names_them(
    language: str, text: str, party: str
) -> None:
    asks = asks_in(text, language, SENT)
    assert asks["meeting"].senior and asks["meeting"].party.startswith(party)


@pytest.mark.parametrize(
    ("language", "sentences", "day", "time"),
    [
        (
            "de",
            [
                "Ich schlage Mittwoch, den 9. Dezember, um 14:00 Uhr bei uns im Werk vor.",
                "Bitte bestätigen Sie den Termin bis Freitag.",
            ],
            date(2026, 12, 9),
            "14:00",
        ),
        (
            "en",
            ["I suggest Thursday 10 December at 11:00 at our office.", "Please confirm by Friday."],
            date(2026, 12, 10),
            "11:00",
        ),
        (
            "fr",
            ["Je vous propose le jeudi 10 décembre à 9 h 30 dans nos locaux."],
            date(2026, 12, 10),
            "9 h 30",
        ),
    ],
)
def test_a_proposed_day_and_time_is_a_meeting_on_that_day(
    language: str, sentences: list[str], day: date, time: str
) -> None:
    from assistant.checks.asks import extract_asks

    asks = {a.kind: a for a in extract_asks(sentences, language, sent=SENT)}
    assert asks["meeting"].due == day and asks["meeting"].time == time


def test_a_proposal_without_a_clock_time_is_no_meeting() -> None:
    assert "meeting" not in asks_in("I suggest we revisit the budget on 10 December.", "en", SENT)


def test_an_italian_title_abbreviation_keeps_the_person_in_the_meeting() -> None:
    text = (
        "Desidero un incontro con l'ing. Marta Rinaldi, che ha realizzato l'integrazione con il "
        "nostro gestionale. Propongo giovedì 10 dicembre alle ore 11:00 presso la nostra sede."
    )
    asks = asks_in(text, "it", SENT)
    assert asks["meeting"].party == "con l'ing. Marta Rinaldi"


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bitte rufen Sie mich wegen der Rechnung über 2.400 € bis Mittwoch zurück."),
        ("nl", "Bel me vóór woensdag terug over de factuur van € 1.200."),
        ("pt", "Me liga de volta hoje sobre a fatura de R$ 2.800."),
        ("en", "Please send back the signed order for €5,000 by Monday."),
        ("fr", "Je veux annuler la commande de 12 000 € passée en octobre."),
    ],
)
def test_a_call_back_or_a_cancelled_order_with_an_amount_is_no_refund(
    language: str, text: str
) -> None:
    assert "refund" not in asks_in(text, language, SENT)


@pytest.mark.parametrize(
    ("language", "text", "due"),
    [
        (
            "en",
            "Now that the site is back, I need you to fix the conversion tracking by Friday "
            "11 December.",
            date(2026, 12, 11),
        ),
        (
            "de",
            "Jetzt bitte ich dich, das Formular bis Freitag, 11. Dezember zu reparieren.",
            date(2026, 12, 11),
        ),
    ],
)
def test_a_word_of_now_away_from_the_fix_keeps_the_clients_date(
    language: str, text: str, due: date
) -> None:
    assert asks_in(text, language, SENT)["fix"].due == due


@pytest.mark.parametrize(
    ("language", "sender", "body", "line"),
    [
        (
            "nl",
            "Dennis Smit <dennis@klant.example>",
            "Hoi Sam,\n\nDe tracking werkt al twee weken niet. Graag € 450 terug.\n\nDennis",
            "verzoek om terugbetaling (€ 450)",
        ),
        (
            "es",
            "Nerea Gil <nerea@cliente.example>",
            "Hola Sam:\n\nEl informe llegó tarde otra vez. Quiero que los 320 € se descuenten "
            "de la factura de diciembre.\n\nNerea",
            "devolvamos el dinero",
        ),
    ],
)
def test_money_asked_back_is_answered_as_a_refund_in_the_reply(
    tmp_path: Path, language: str, sender: str, body: str, line: str
) -> None:
    draft = draft_email(offline_settings(tmp_path), sender, body, subject="Factuur")
    assert line in draft.body
    assert "( " not in draft.body and "(, " not in draft.body and "de  (" not in draft.body


@pytest.mark.parametrize(
    ("language", "text", "kinds", "meeting_day"),
    [
        (
            "en",
            "If the report is not ready by Friday, please call me on Thursday afternoon.",
            {"meeting"},
            date(2026, 12, 3),
        ),
        (
            "de",
            "Wenn Sie das Formular nicht bis Freitag reparieren können, rufen Sie mich bitte am "
            "Donnerstag an.",
            {"meeting"},
            date(2026, 12, 3),
        ),
        (
            "en",
            "If you could send me the corrected invoice by Friday, and call me on Monday, that "
            "would help.",
            {"meeting", "document"},
            date(2026, 12, 7),
        ),
    ],
)
def test_a_conditions_date_does_not_date_the_request(
    language: str, text: str, kinds: set[str], meeting_day: date
) -> None:
    asks = asks_in(text, language, SENT)
    assert set(asks) == kinds
    assert asks["meeting"].due == meeting_day


def test_a_list_item_that_blames_no_one_in_particular_is_not_named(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Rachel Hughes <rachel@client.example>",
        "Hi Sam,\n\nThe dashboard broke again.\n\nWhat I need:\n- A written explanation of why "
        "nobody on your team bothered to warn us that the dashboard was broken again, by 10 "
        "December.\n\nRachel",
        subject="Dashboard",
    )
    assert "nobody on our team" not in draft.body
    assert "You asked for a written answer by Thursday 10 December" in draft.body


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("pt", "Já que falhou um mês, acho justo um desconto na próxima fatura."),
        ("de", "Ich halte 450 Euro Gutschrift für angemessen."),
        ("en", "It would be fair to take 20% off the December invoice."),
        ("it", "Mi sembra giusto uno sconto del 10% sulla prossima fattura."),
    ],
)
def test_what_the_client_thinks_fair_is_asked_for(language: str, text: str) -> None:
    assert "refund" in asks_in(text, language, SENT)


@pytest.mark.parametrize(
    ("language", "text", "money"),
    [
        (
            "de",
            "Ich will die 3.000 €, die wir Ihnen im September für eine Kampagne überwiesen "
            "haben, zurück.",
            "3.000 €",
        ),
        (
            "nl",
            "Ik wil de € 3.000 die we in september voor een campagne hebben betaald terug.",
            "€ 3.000",
        ),
    ],
)
def test_money_asked_back_with_the_verb_at_the_end_is_a_refund(
    language: str, text: str, money: str
) -> None:
    asks = asks_in(text, language, SENT)
    assert "refund" in asks and money in asks["refund"].money


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("de", "Bitte melden Sie sich wegen der Rechnung über 2.400 € bis Freitag zurück."),
        ("en", "Please report back on the €1,200 campaign by Friday."),
    ],
)
def test_getting_back_to_the_client_about_an_amount_is_no_refund(language: str, text: str) -> None:
    assert "refund" not in asks_in(text, language, SENT)


def test_a_fix_wanted_immediately_at_the_end_of_its_clause_is_due_today() -> None:
    asks = asks_in("Fix the broken checkout on the shop immediately.", "en", SENT)
    assert asks["fix"].due == SENT
