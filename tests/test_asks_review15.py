"""Asks a review of new client emails found missed or misread (checks/asks.py and the
languages' ask data): an imperative in a sentence the splitter kept whole, "und schreib mir",
a fix asked for by a day, a list item with a date and no kind, a list whose dashes the
splitter does not know, "réponds-moi", "je vous saurais gré", "¿me lo mandas?", an ultimatum,
a person "con nivel de dirección", a year's budget, "inviarmelo", a past "ci serviva", "dimmi
cosa", "een onderbouwing", "kosteloos", a meeting "in het museum", "um plano do que", "ninguém
me responde", money in the sentence after a refund, and a reply day no later than the
client's own (PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import date

import pytest
from reading import asks_in

from assistant.checks.asks import Ask
from assistant.drafting.answers import reply_by


@pytest.mark.parametrize(
    ("language", "text", "sent", "kind", "due"),
    [
        (
            "en",
            "paid you 2,400 on oct 3 for the audit and still nothing. refund by friday or its "
            "going to my bank",
            date(2026, 12, 2),
            "refund",
            date(2026, 12, 4),
        ),
        (
            "fr",
            "Je vous saurais gré de m'adresser d'ici le 11/12 une proposition écrite.",
            date(2026, 12, 1),
            "document",
            date(2026, 12, 11),
        ),
        (
            "es",
            "Ya van tres meses así. Me lo mandas hoy?",
            date(2026, 12, 8),
            "document",
            date(2026, 12, 8),
        ),
        (
            "es",
            "Si no recibo una propuesta razonable antes del 10 de diciembre, daremos por "
            "terminada la colaboración.",
            date(2026, 11, 26),
            "document",
            date(2026, 12, 10),
        ),
        (
            "it",
            "La prego di inviarmelo entro venerdì 4 dicembre, anche in versione provvisoria.",
            date(2026, 12, 3),
            "document",
            date(2026, 12, 4),
        ),
        ("it", "Sistemala SUBITO e dimmi cosa è successo.", date(2026, 11, 28), "written", None),
        (
            "nl",
            "Graag ontvang ik vóór 4 december een onderbouwing van de nieuwe prijs.",
            date(2026, 11, 23),
            "written",
            date(2026, 12, 4),
        ),
        (
            "pt",
            "Você consegue me mandar até sexta um plano do que vai fazer pra gente voltar?",
            date(2026, 11, 24),
            "document",
            date(2026, 11, 27),
        ),
    ],
)
def test_an_ask_the_review_found_missed(
    language: str, text: str, sent: date, kind: str, due: date | None
) -> None:
    asks = asks_in(text, language, sent)
    assert kind in asks
    assert asks[kind].due == due


def test_und_schreib_mir_and_a_fix_by_tonight() -> None:
    text = "Mach das bis heute abend richtig und schreib mir was du mir für den Monat gutschreibst."
    asks = asks_in(text, "de", date(2026, 11, 28))
    assert {"written", "refund", "fix"} <= set(asks)
    assert asks["fix"].due == date(2026, 11, 28)  # the fix is due tonight


def test_a_fix_today_is_a_fix_and_nobody_answering_is_no_ask() -> None:
    text = (
        "Sam, a loja online está em baixo desde hoje à tarde e ninguém me responde. "
        "Estás a gozar comigo? Resolve isto hoje, por favor."
    )
    asks = asks_in(text, "pt", date(2026, 11, 29))
    assert list(asks) == ["fix"]
    assert asks["fix"].due == date(2026, 11, 29)


def test_a_list_item_with_a_date_and_no_kind_is_an_ask_not_a_concern() -> None:
    from assistant.drafting.concerns import extract_concerns

    text = (
        "Ich bitte Sie daher um Folgendes:\n"
        "1. die neuen Texte für die Startseite bis zum 9. Dezember,\n"
        "2. eine schriftliche Aufstellung, welche Tests gemacht wurden,\n"
        "3. einen Termin mit Ihrem Geschäftsführer in unserer Praxis, gern am 15.12.\n"
    )
    asks = asks_in(text, "de", date(2026, 12, 3))
    assert asks["decision"].due == date(2026, 12, 9)
    assert asks["meeting"].due == date(2026, 12, 15)
    assert "written" in asks
    assert not any("Behebung" in concern for concern in extract_concerns(text, "de"))


def test_a_list_with_dashes_the_splitter_keeps_whole_dates_each_item() -> None:
    text = (
        "Ich erwarte von Ihnen:\n"
        "\u2013 eine schriftliche Stellungnahme zur Ursache bis spätestens Freitag, 4.12.,\n"
        "\u2013 eine Gutschrift für die Ausfalltage in Höhe von 20 % der Pauschale.\n"
    )
    asks = asks_in(text, "de", date(2026, 12, 2))
    assert asks["written"].due == date(2026, 12, 4)
    assert (asks["refund"].due, asks["refund"].money) == (None, ("20 %",))


def test_tell_me_who_before_friday_takes_the_date_not_the_refund() -> None:
    text = (
        "Quiero que me devolváis los 800 € de la configuración, porque claramente no "
        "funciona, y que me digas antes del viernes quién lo va a arreglar."
    )
    asks = asks_in(text, "es", date(2026, 11, 30))
    assert (asks["refund"].due, asks["refund"].money) == (None, ("800 €",))
    # "tell me before Friday who will fix it": the fix's answer says by then when it works
    assert asks["fix"].due == date(2026, 12, 4)
    assert "written" not in asks


def test_a_year_budget_is_no_document_and_a_director_level_contact_is_a_person() -> None:
    text = (
        "Aun así, necesito que entiendan la presión: estamos preparando el presupuesto de "
        "2027 con cifras en las que no confío.\n\n"
        "Le pido, por favor:\n"
        "a) el informe de noviembre completo para el lunes 14/12;\n"
        "b) una persona de contacto con nivel de dirección en su empresa.\n"
    )
    asks = asks_in(text, "es", date(2026, 12, 4))
    assert asks["document"].what == "informe"
    assert asks["document"].due == date(2026, 12, 14)
    assert asks["person"].senior


def test_a_past_need_and_a_past_letter_ask_nothing() -> None:
    text = (
        "Le scrivo perché il report di novembre quest'anno ci serviva in anticipo per la "
        "riunione di budget, come Le avevo scritto a ottobre."
    )
    assert asks_in(text, "it", date(2026, 12, 3)) == {}


def test_free_resending_is_money_and_a_meeting_in_the_museum_is_in_person() -> None:
    text = (
        "Ik verzoek u om:\n"
        "- kosteloos verzenden van de rectificatie, die wij zelf hebben betaald (€ 340);\n"
        "- een gesprek met uw directeur in het museum in de week van 14 december.\n\n"
        "Bel mij alstublieft niet."
    )
    asks = asks_in(text, "nl", date(2026, 12, 7))
    assert asks["refund"].money == ("€ 340",)
    meeting = asks["meeting"]
    # "in de week van 14 december": by the end of that week
    assert (meeting.senior, meeting.in_person, meeting.due) == (True, True, date(2026, 12, 18))


def test_a_talk_asked_for_is_a_meeting() -> None:
    asks = asks_in("Preciso falar com você sobre o posicionamento.", "pt", date(2026, 11, 24))
    assert list(asks) == ["meeting"]


def test_the_amount_in_the_next_sentence_is_the_refunds() -> None:
    asks = asks_in("I WANT MY MONEY BACK. All £1,650 of it.", "en", date(2026, 11, 29))
    assert asks["refund"].money == ("£1,650",)


def test_an_answer_before_tomorrow_noon_is_promised_by_tomorrow() -> None:
    text = "Tu peux me dire ce qui se passe ?? Réponds-moi avant demain midi stp."
    sent = date(2026, 11, 25)
    ask = asks_in(text, "fr", sent)["written"]
    assert ask.due == date(2026, 11, 26)
    assert reply_by(ask, sent) <= ask.due


@pytest.mark.parametrize(
    ("sent", "due"),
    [
        (date(2026, 12, 8), date(2026, 12, 8)),  # "hoy": today
        (date(2026, 12, 4), date(2026, 12, 5)),  # a Friday, due on the Saturday
    ],
)
def test_the_reply_day_is_never_after_the_clients_date(sent: date, due: date) -> None:
    ask = Ask(kind="document", sentence="Me lo mandas hoy?", due=due)
    assert sent <= reply_by(ask, sent) <= due


def test_a_call_asked_for_today_on_a_saturday_is_answered_today() -> None:
    text = "What I need:\n- someone on a call with my team TODAY, before 1pm\n"
    sent = date(2026, 11, 28)  # a Saturday
    ask = asks_in(text, "en", sent)["meeting"]
    assert ask.due == sent
    assert reply_by(ask, sent) == sent


@pytest.mark.parametrize(
    ("language", "text", "kind", "due_text"),
    [
        ("en", "Get me the report before 9:15 or dont bother.", "document", "before 9:15"),
        ("fr", "Appelez-moi avant 11h.", "meeting", "avant 11h"),
        ("de", "Bitte schicken Sie mir den Bericht bis 14 Uhr.", "document", "bis 14 Uhr"),
        ("es", "Necesito el informe antes de las 15:00.", "document", "antes de las 15:00"),
        ("pt", "Preciso que isto fique resolvido até ao meio-dia.", "fix", "até ao meio-dia"),
    ],
)
def test_a_clock_time_after_a_deadline_word_is_due_the_day_the_email_was_sent(
    language: str, text: str, kind: str, due_text: str
) -> None:
    sent = date(2026, 11, 27)
    ask = asks_in(text, language, sent)[kind]
    assert (ask.due, ask.due_text, ask.due_exact) == (sent, due_text, False)
    assert reply_by(ask, sent) == sent


def test_a_proposed_time_is_no_deadline() -> None:
    ask = asks_in("Can we meet at 10:30 one day next week?", "en", date(2026, 11, 27))["meeting"]
    assert ask.due != date(2026, 11, 27)
