"""Asks a review of new client emails found missed or misread (checks/asks.py and the
languages' ask data): a list whose lead-in ends without a colon, a formal notice ("je vous
mets en demeure"), "(a)" items, something put online by a day, "tell me who", a list of
complaints that asks nothing, a thing named only in a reason or an aside, a candour lead-in
("Ich will offen sein:"), and an ask due the day the email was sent, answered "today"
(PLAYBOOK.md, "answer what they asked")."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest
from reading import asks_in

from assistant.config import Settings
from assistant.drafting.offline import compose
from assistant.mail.message import Address, Email


def test_a_list_after_a_lead_in_without_a_colon_is_a_list_of_asks() -> None:
    text = (
        "Damit ich das intern vertreten kann, bitte ich Sie um\n\n"
        "- ein Gespräch am Dienstag, 15. Dezember, um 10 Uhr bei uns im Haus, gerne mit "
        "jemandem aus Ihrer Geschäftsführung,\n"
        "- bis Freitag, 11.12., eine kurze Übersicht der Leistungen, die Sie 2026 für uns "
        "erbracht haben.\n\nUnd wie sieht Ihre Planung für das erste Quartal aus?\n"
    )
    asks = asks_in(text, "de", date(2026, 12, 3))
    assert (asks["meeting"].due, asks["meeting"].senior) == (date(2026, 12, 15), True)
    assert asks["document"].due == date(2026, 12, 11)


@pytest.mark.parametrize(
    ("language", "text", "kinds"),
    [
        (
            "en",
            "To take this to the board I would ask you for\n\n- a call on Friday 4 December\n"
            "- a corrected invoice by Monday 7 December\n",
            {"meeting", "document"},
        ),
        (
            "es",
            "Para cerrar el presupuesto necesito que me enviéis\n\n"
            "- el informe de noviembre antes del viernes 4 de diciembre\n"
            "- una respuesta por escrito sobre las tarifas\n",
            {"document", "written"},
        ),
    ],
)
def test_a_lead_in_ending_on_a_word_introduces_asks_in_other_languages(
    language: str, text: str, kinds: set[str]
) -> None:
    assert set(asks_in(text, language, date(2026, 12, 1))) == kinds


def test_a_formal_notice_lists_its_demands_with_their_spans() -> None:
    text = (
        "Par la présente, je vous mets en demeure :\n"
        "\u2013 de livrer le site conforme au cahier des charges dans un délai de quinze jours à "
        "compter de la réception du présent courrier ;\n"
        "\u2013 de me communiquer par écrit, sous huit jours, un calendrier de livraison "
        "détaillé ;\n"
        "\u2013 de me transmettre le relevé des heures déjà facturées sur ce projet.\n"
    )
    asks = asks_in(text, "fr", date(2026, 12, 7))
    assert asks["fix"].due == date(2026, 12, 22)
    assert asks["written"].due == date(2026, 12, 15)
    assert "relevé des heures" in asks["document"].phrase


def test_lettered_items_after_grateful_if_you_would_are_asks() -> None:
    text = (
        "I should therefore be grateful if you would:\n\n"
        "(a) issue a credit note for the EUR 130.00 in question; and\n\n"
        "(b) set out in writing, by Friday 27 November, what has been done about the "
        "ranking.\n"
    )
    asks = asks_in(text, "en", date(2026, 11, 18))
    assert asks["refund"].money == ("EUR 130.00",)
    assert asks["written"].due == date(2026, 11, 27)


@pytest.mark.parametrize(
    ("language", "text", "sent", "kind", "due"),
    [
        (
            "pt",
            "Preciso disto no ar até segunda de manhã, sem falta.",
            date(2026, 12, 11),
            "fix",
            date(2026, 12, 14),
        ),
        (
            "it",
            "Voglio le pagine online entro lunedì mattina.",
            date(2026, 11, 13),
            "fix",
            date(2026, 11, 16),
        ),
        (
            "es",
            "Necesito que la tienda esté arriba antes de las 3.",
            date(2026, 12, 1),
            "fix",
            date(2026, 12, 1),
        ),
        (
            "nl",
            "Kun je zorgen dat het voor 11 uur werkt?",
            date(2026, 12, 7),
            "fix",
            date(2026, 12, 7),
        ),
        (
            "nl",
            "Ik wil vandaag nog weten wat de structurele oorzaak is.",
            date(2026, 12, 7),
            "written",
            date(2026, 12, 7),
        ),
        ("en", "I need the shop online by Monday.", date(2026, 12, 11), "fix", date(2026, 12, 14)),
        (
            "pt",
            "E diz-me quem é que está a tratar disto, porque já não sei.",
            date(2026, 12, 11),
            "written",
            None,
        ),
        (
            "it",
            "E voglio sapere chi nel tuo team se ne sta occupando.",
            date(2026, 11, 13),
            "written",
            None,
        ),
        ("es", "Quiero saber quién se está ocupando de esto.", date(2026, 12, 1), "written", None),
    ],
)
def test_something_put_live_by_a_day_and_tell_me_who(
    language: str, text: str, sent: date, kind: str, due: date | None
) -> None:
    assert asks_in(text, language, sent)[kind].due == due


def test_someone_who_can_decide_is_someone_senior() -> None:
    text = "Necesito que alguien con capacidad de decidir me llame hoy mismo."
    assert asks_in(text, "es", date(2026, 12, 1))["meeting"].senior


def test_a_list_of_complaints_asks_nothing() -> None:
    text = (
        "The two things that pulled the score down:\n\n"
        "1. The monthly reports. They arrive on time now, but they're mostly charts.\n"
        "2. Response times. When Tom sends a quick question about the numbers it often "
        "takes three or four days to get an answer.\n"
    )
    assert asks_in(text, "en", date(2026, 12, 1)) == {}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "en",
            "I'd like Helen to be there too if at all possible, since this touches the contract.",
        ),
        (
            "fr",
            "Je voudrais une visio mardi 24 novembre à 9h30, avec Hugo (il a signé le contrat).",
        ),
        ("de", "Ich möchte ein Gespräch am Montag, weil der Bericht wieder falsch war."),
        ("de", "Ich will offen sein: Bergwerk Digital hat uns ein Angebot gemacht."),
        ("it", "Voglio essere sincero: un'altra agenzia ci ha mandato un preventivo."),
    ],
)
def test_a_thing_named_in_a_reason_or_an_aside_is_not_asked(language: str, text: str) -> None:
    assert "document" not in asks_in(text, language, date(2026, 11, 20))


def test_an_overview_is_a_document_not_a_decision() -> None:
    text = (
        "Please send me a short written overview of what you've delivered for us since the "
        "summer by Monday 7 December, I have to take it to our CFO."
    )
    ask = asks_in(text, "en", date(2026, 12, 1))["document"]
    assert (ask.due, ask.phrase) == (date(2026, 12, 7), "a short written overview")


def test_a_fix_in_a_same_day_item_is_due_that_day() -> None:
    text = (
        "What I need:\n- someone on a call with my team TODAY, before 1pm, who can actually "
        "fix it\n"
    )
    asks = asks_in(text, "en", date(2026, 11, 28))
    assert asks["fix"].due == asks["meeting"].due == date(2026, 11, 28)


@pytest.mark.parametrize(
    ("language", "name", "text", "today", "weekday"),
    [
        (
            "en",
            "Daniel Brooks",
            "Sam,\n\nThe dashboard has been showing zeros since 7:40 this morning.\n\n"
            "What I need:\n- someone on a call with my team TODAY, before 1pm, who can "
            "actually fix it\n- a written incident report by Wednesday\n\nDaniel\n",
            "today",
            "Saturday 28 November",
        ),
        (
            "es",
            "Carla Ruiz",
            "Sam:\n\nLa web lleva caída desde las 9 de la mañana.\n\n"
            "Necesito que me llaméis hoy mismo y que me digas por escrito qué ha fallado.\n\n"
            "Carla\n",
            "hoy mismo",
            "sábado 28 de noviembre",
        ),
        (
            "nl",
            "Sanne de Boer",
            "Hoi Sam,\n\nHet dashboard doet het sinds vanochtend niet meer.\n\n"
            "Ik wil vandaag nog weten wat de structurele oorzaak is.\n\nSanne\n",
            "vandaag",
            "zaterdag 28 november",
        ),
    ],
)
def test_an_ask_due_the_day_it_was_sent_is_answered_today(
    settings: Settings, language: str, name: str, text: str, today: str, weekday: str
) -> None:
    email = Email(
        subject="Dashboard",
        sender=Address(display_name=name, addr_spec="client@example.com"),
        new_text=text,
        language=language,
        date=datetime(2026, 11, 28, 10, 42, tzinfo=UTC),
    )
    reply = compose(email, settings=settings, now=datetime(2026, 11, 28, 11, 0, tzinfo=UTC)).text
    assert today in reply
    assert weekday not in reply
