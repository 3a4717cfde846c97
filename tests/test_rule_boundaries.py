"""Where the newer reading rules stop: ordinary client sentences each rule must leave alone
(a client's own firm beside a priced offer, "it has been three weeks", a French cleft, a
request to publish at a time, a conjunction after a thought aloud, a new month's invoice),
and the lead-in date of a list given to every thing of an item. Each case is a sentence a
rule read wrongly (PLAYBOOK.md step 1: restate their concerns; "answers what they asked")."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import Ask, extract_asks, listed_asks
from assistant.drafting.answers import Reading, ask_lines, read_email
from assistant.drafting.concerns import condense, split_sentences
from assistant.mail.message import parse_email

SENT = date(2026, 12, 4)


def asks(text: str, language: str) -> tuple[Ask, ...]:
    return extract_asks(
        split_sentences(text), language, sent=SENT, listed=listed_asks(text, language)
    )


def reading_of(body: str, sender: str = "Jane Roe <jane@nordlicht.example>") -> Reading:
    raw = (
        f"From: {sender}\nTo: Sam Carter <sam@ourco.example>\nSubject: Feedback\n"
        "Date: Fri, 04 Dec 2026 09:15:00 +0000\nMessage-ID: <case@client.example>\n"
        "MIME-Version: 1.0\nContent-Type: text/plain; charset=utf-8\n"
        "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
    )
    return read_email(parse_email(raw.encode("utf-8")), "en", today=SENT)


# -- a rival's offer -------------------------------------------------------------------------------


def test_the_clients_own_firm_beside_a_priced_proposal_is_no_rival() -> None:
    reading = reading_of(
        "Hi Sam,\n\nWe at Nordlicht GmbH have been your client since 2019. The proposal you "
        "sent in March was EUR 4,000 a month and the reports are still late.\n\nJane"
    )
    assert (reading.competitor_named, "competitor" in reading.situations) == (False, False)


def test_an_offer_denied_names_no_rival() -> None:
    reading = reading_of(
        "Hi Sam,\n\nNo other agency, not even Brightline Digital, has offered us a discount. "
        "Please take EUR 300 off the November invoice.\n\nJane"
    )
    assert (reading.competitor_named, "competitor" in reading.situations) == (False, False)


# -- concerns that open with a pronoun or a relative word ------------------------------------------


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "It has been three weeks and nobody has called us back."),
        ("de", "Es ist jetzt das dritte Mal, dass niemand zurückruft."),
        ("nl", "Het is al de derde keer dat niemand terugbelt."),
        ("fr", "Cela fait trois semaines que personne ne nous rappelle."),
        ("fr", "Ce qui me dérange, c'est que le rapport arrive toujours en retard."),
        ("de", "Weshalb ist der Bericht schon wieder zu spät?"),
        ("en", "Your hotline only answers in English, and half my staff can't follow."),
    ],
)
def test_a_complaint_with_an_empty_subject_or_a_cleft_is_restated(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language)


# -- meetings --------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please make sure the newsletter goes out on Tuesday at 8am."),
        ("de", "Bitte schalten Sie die Kampagne am Montag um 9 Uhr live."),
        ("fr", "Merci de mettre la bannière en ligne vendredi à 7h."),
        ("es", "Quiero que la campaña empiece el lunes a las 9:00."),
        ("it", "Vorrei che la newsletter partisse martedì alle 8."),
        ("nl", "Gelieve de banner vrijdag om 7 uur online te zetten."),
        ("pt", "Quero que a campanha comece na segunda às 9h."),
    ],
)
def test_a_request_to_act_at_a_day_and_time_is_no_meeting(language: str, text: str) -> None:
    assert "meeting" not in [ask.kind for ask in asks(text, language)]


# -- a thought aloud -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "We wonder why the report is late, and we need it by Friday.", "document"),
        (
            "it",
            "Mi chiedo se tutto quello che pago mi serve davvero, e vorrei una chiamata venerdì.",
            "meeting",
        ),
    ],
)
def test_a_request_after_a_comma_and_a_conjunction_still_asks(
    language: str, text: str, kind: str
) -> None:
    assert [(ask.kind, ask.due) for ask in asks(text, language)] == [(kind, date(2026, 12, 11))]


# -- a list under a dated lead-in ------------------------------------------------------------------


def test_the_lead_in_date_dates_every_thing_of_an_item() -> None:
    text = (
        "Please send me the following by Friday 11 December:\n"
        "- the October report and the November invoice\n"
        "- a written explanation of the delay\n"
    )
    assert [(ask.kind, ask.due) for ask in asks(text, "en")] == [
        ("document", date(2026, 12, 11)),
        ("document", date(2026, 12, 11)),
        ("written", date(2026, 12, 11)),
    ]


# -- corrected invoices ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please send me the new invoice address form by Friday."),
        ("en", "Please send me the report on invoices without payment by Friday."),
        ("fr", "Merci de m'envoyer la nouvelle facture de décembre avant vendredi."),
        ("es", "Envíeme la nueva factura de diciembre antes del viernes."),
        ("pt", "Envie-me a nova fatura de dezembro até sexta-feira."),
    ],
)
def test_a_document_that_corrects_no_bill_is_sent_as_a_document(language: str, text: str) -> None:
    lines = ask_lines(asks(text, language), language, today=SENT)
    assert [(line.kind, line.billed) for line in lines] == [("document", False)]


# -- Italian "rapporto" ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    "text",
    [
        "Vorrei chiudere il rapporto con la vostra agenzia entro fine mese.",
        "Vi chiedo di rivedere il rapporto qualità-prezzo entro venerdì.",
        "Vorrei interrompere il rapporto di consulenza entro venerdì.",
    ],
)
def test_an_italian_rapporto_of_relations_or_value_is_no_report(text: str) -> None:
    assert "document" not in [ask.kind for ask in asks(text, "it")]
