"""Asks a review of new client emails found missed or misread (checks/asks.py and the
languages' ask data): an Austrian "ich ersuche", "will ... zurück", an inverted Dutch "verzoek
ik", a "creditering", a proposal written out, a document asked for before a written answer,
a deadline in the sentence after the ask, questions that ask for a plan or an answer by a
day, a call with someone senior, and a date that closes a list of asks (PLAYBOOK.md, "answer
what they asked")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

from assistant.checks.asks import extract_asks


def test_an_austrian_ersuche_asks_for_a_credit_and_a_binding_date() -> None:
    text = (
        "Ich ersuche Sie um eine Gutschrift von 1.200 Euro und um einen verbindlichen Termin "
        "für die Behebung bis Ende nächster Woche."
    )
    asks = asks_in(text, "de", date(2026, 11, 26))  # a Thursday
    assert asks["refund"].money == ("1.200 Euro",)
    assert "meeting" not in asks  # a date for the fix, not a meeting
    assert asks["fix"].due == date(2026, 12, 4)  # the end of next week
    assert "decision" not in asks  # the binding date is the fix's


def test_money_wanted_back_with_a_date_and_write_to_me() -> None:
    text = (
        "Ich will die 450 Euro für November zurück, und zwar bis 15.12.\n\n"
        "Und ruf mich bitte nicht an, schreib mir."
    )
    asks = asks_in(text, "de", date(2026, 12, 3))
    assert list(asks) == ["refund", "written"]
    assert (asks["refund"].money, asks["refund"].due) == (("450 Euro",), date(2026, 12, 15))
    assert asks["written"].due is None


@pytest.mark.parametrize(
    ("language", "sentence", "sent", "kind", "due"),
    [
        (
            "de",
            "Kannst du mir bis Freitag sagen, was da los ist?",
            date(2026, 11, 23),
            "written",
            date(2026, 11, 27),
        ),
        (
            "fr",
            "Tu me dis avant vendredi ce que tu comptes faire ?",
            date(2026, 12, 7),
            "written",
            date(2026, 12, 11),
        ),
        (
            "es",
            "¿Me puedes mandar antes del lunes un plan para recuperar las posiciones?",
            date(2026, 12, 2),
            "document",
            date(2026, 12, 7),
        ),
        (
            "pt",
            "Você consegue me mandar até segunda um plano para recuperar as posições?",
            date(2026, 11, 26),
            "document",
            date(2026, 11, 30),
        ),
        (
            "pt",
            "Consegues resolver isto até amanhã?",
            date(2026, 12, 9),
            "fix",
            date(2026, 12, 10),
        ),
    ],
)
def test_a_question_with_a_day_asks_for_an_answer_or_a_plan(
    language: str, sentence: str, sent: date, kind: str, due: date
) -> None:
    (ask,) = extract_asks([sentence], language, sent=sent)
    assert (ask.kind, ask.due) == (kind, due)


def test_an_inverted_dutch_request_for_a_credit_note() -> None:
    text = (
        "Ik wil u vragen mij niet te bellen; ik wil een schriftelijke verklaring. Daarnaast "
        "verzoek ik u om een creditnota van 350 euro voor de maand oktober.\n\n"
        "Graag ontvang ik uw reactie voor vrijdag."
    )
    asks = asks_in(text, "nl", date(2026, 11, 17))
    assert list(asks) == ["written", "refund"]
    assert asks["refund"].money == ("350 euro",)
    assert asks["written"].due == date(2026, 11, 20)


def test_a_creditering_in_a_list_of_requests() -> None:
    text = (
        "Mijn verzoeken:\n"
        "1. Een schriftelijke verklaring van de overschrijding, uiterlijk 4 december.\n"
        "2. Een creditering van 1.800 euro.\n"
        "3. Een overleg op ons kantoor op de 14e, met uw leidinggevende erbij.\n"
    )
    asks = asks_in(text, "nl", date(2026, 12, 1))
    assert list(asks) == ["written", "refund", "meeting"]
    assert asks["refund"].money == ("1.800 euro",)


@pytest.mark.parametrize(
    ("language", "sentence", "sent", "what", "due"),
    [
        (
            "it",
            "Le chiedo di inviarmi entro il 4 dicembre una proposta che tenga conto di questa "
            "situazione.",
            date(2026, 11, 24),
            "proposta",
            date(2026, 12, 4),
        ),
        (
            "fr",
            "Je souhaite recevoir une proposition écrite avant le 15 décembre.",
            date(2026, 11, 20),
            "proposition",
            date(2026, 12, 15),
        ),
        (
            "nl",
            "Ik verzoek u mij uiterlijk 7 december een schriftelijk voorstel te sturen.",
            date(2026, 11, 25),
            "voorstel",
            date(2026, 12, 7),
        ),
    ],
)
def test_a_proposal_is_a_document_even_when_written(
    language: str, sentence: str, sent: date, what: str, due: date
) -> None:
    (ask,) = extract_asks([sentence], language, sent=sent)
    assert (ask.kind, ask.what, ask.due) == ("document", what, due)


@pytest.mark.parametrize(
    ("language", "sentence", "sent", "due"),
    [
        (
            "it",
            "La prego di inviarmi il report entro venerdì e di spiegarmi per iscritto cosa è "
            "successo.",
            date(2026, 11, 17),
            date(2026, 11, 20),
        ),
        (
            "pt",
            "Solicito que o relatório me seja enviado até sexta-feira e que me seja dada uma "
            "explicação por escrito.",
            date(2026, 11, 18),
            date(2026, 11, 20),
        ),
    ],
)
def test_a_document_named_before_a_written_answer_is_asked_too(
    language: str, sentence: str, sent: date, due: date
) -> None:
    asks = {a.kind: a for a in extract_asks([sentence], language, sent=sent)}
    assert set(asks) == {"document", "written"}
    assert asks["document"].due == due


def test_a_deadline_in_the_next_sentence_dates_the_refund_not_todays_fix() -> None:
    text = (
        "No me llamen. Quiero todo por escrito.\n\n"
        "Exijo que la web funcione hoy mismo y que me devuelvan la cuota de noviembre, "
        "700 euros. Tienen hasta el miércoles 2 de diciembre."
    )
    asks = asks_in(text, "es", date(2026, 11, 30))
    assert list(asks) == ["written", "refund"]
    assert (asks["refund"].due, asks["refund"].money) == (date(2026, 12, 2), ("700 euros",))


def test_the_managing_director_on_the_phone_is_a_call_with_someone_senior() -> None:
    sentences = [
        "I want your managing director on the phone tomorrow morning.",
        "If I don't hear from him by 10am we are moving the account in January.",
    ]
    (ask,) = extract_asks(sentences, "en", sent=date(2026, 11, 30))
    assert (ask.kind, ask.senior, ask.due) == ("meeting", True, date(2026, 12, 1))


@pytest.mark.parametrize(
    "text",
    [
        "I therefore ask for the following:\n"
        "1. A written explanation of the ranking drop and a recovery plan, by Friday.\n"
        "2. A credit of £450 for the October revisions invoice.\n",
        "I want a written explanation of what went wrong and a firm date for the report, "
        "by Friday.",
    ],
)
def test_a_date_after_a_comma_dates_every_ask_before_it(text: str) -> None:
    asks = asks_in(text, "en", date(2026, 12, 2))
    assert asks["written"].due == asks["document"].due == date(2026, 12, 4)


def test_a_date_after_the_comma_inside_a_sentence_stays_with_its_ask() -> None:
    sentence = "Voglio una risposta scritta entro il 14 dicembre, e un incontro con voi."
    asks = {a.kind: a.due for a in extract_asks([sentence], "it", sent=date(2026, 12, 4))}
    assert asks == {"written": date(2026, 12, 14), "meeting": None}


def test_a_spanish_draft_answers_the_refund_by_the_day_in_the_next_sentence(
    tmp_path: Path,
) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Fernando Castillo <f.castillo@seguros.example>",
        "Señor Carter:\n\nLa web lleva caída desde el sábado.\n\n"
        "Exijo que la web funcione hoy mismo y que me devuelvan la cuota de noviembre, "
        "700 euros. Tienen hasta el miércoles 9 de diciembre.\n\nFernando Castillo",
        subject="Web caída",
    )
    (refund,) = [ask for ask in draft.asks if ask.kind == "refund"]
    assert refund.due == date(2026, 12, 9)
    assert "700 euros" in draft.body and "miércoles 9 de diciembre" in draft.body
