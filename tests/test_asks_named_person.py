"""A client who asks for one of our people by name ("Je veux Karim dessus", "Marco on this
please.", "Lotte terug op ons account") hears that name back with the request passed on,
nothing promised: a review of new client emails counted each such ask missed as a major
fault, in English, French, Italian and Dutch (PLAYBOOK.md, "answer what they asked").

A thing refused in the same breath ("not a summary from account management") is not asked
for, and "Tu peux déjà préparer l'avoir" asks for a credit note."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.checks.asks import extract_asks, listed_asks, unanswered
from assistant.drafting.concerns import split_sentences

#: A Monday.
SENT = date(2026, 12, 7)


def asks_of(text: str, language: str) -> list[tuple[str, str]]:
    found = extract_asks(
        split_sentences(text), language, sent=SENT, listed=listed_asks(text, language)
    )
    return [(ask.kind, ask.name) for ask in found]


NAMED = [
    ("en", "I want Marco back on the account until the spring.", "Marco"),
    (
        "en",
        "What I need:\n- a written root cause by Wednesday\n- Marco on this please. He built "
        "it, he knows it.",
        "Marco",
    ),
    ("de", "Ich will Jonas zurück als Ansprechpartner.", "Jonas"),
    ("fr", "Je veux Karim dessus, tout de suite.", "Karim"),
    ("es", "Quiero a Lucía de vuelta en nuestra cuenta.", "Lucía"),
    ("it", "Voglio Giorgio, quello che ha seguito il sito l'anno scorso.", "Giorgio"),
    (
        "nl",
        "Ons verzoek:\n1. Een creditnota voor november.\n2. Lotte terug op ons account.",
        "Lotte",
    ),
    ("pt", "Quero o Pedro de volta a acompanhar a nossa conta.", "Pedro"),
]


@pytest.mark.parametrize(("language", "text", "name"), NAMED)
def test_a_person_asked_for_by_name_is_an_ask(language: str, text: str, name: str) -> None:
    assert ("person", name) in asks_of(text, language)


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please Sam, call me today before 3pm."),
        ("en", "What I need:\n- Confirmation on the new prices, by Friday.\n- A call."),
        ("en", "What I need:\n- Someone on this now.\n- A call today."),
        ("en", "I need Thursday, the one before the launch, for the call."),
        ("en", "I need Stripe back online by noon."),
        ("fr", "Je veux Mardi dessus."),
        ("de", "Wir wollen die Daten zurück."),
        ("it", "Aspetto Lei, che ha firmato il contratto."),
    ],
)
def test_no_name_no_person(language: str, text: str) -> None:
    assert not any(name for _, name in asks_of(text, language))


def test_a_thing_refused_is_not_asked_for() -> None:
    text = (
        "What I want:\n- a proper explanation in writing by 10am Tuesday\n- Priya on that "
        "email, or whoever sets our caps, not a summary from account management"
    )
    assert asks_of(text, "en") == [("written", ""), ("person", "Priya")]


def test_a_comma_between_keeps_the_ask() -> None:
    assert asks_of("Se não der, diz-me só quando, que eu organizo-me.", "pt") == [("written", "")]


def test_tu_peux_deja_asks() -> None:
    assert asks_of("Tu peux déjà préparer l'avoir.", "fr") == [("refund", "")]


CASES = [
    (
        "Sam,\n\nThe dashboard has shown zero orders since 9 this morning. What I need:\n"
        "- a written root cause by Wednesday\n- Marco on this please. He built it, he knows "
        "it.\n\nDaniel",
        "You asked for Marco to be involved: I will put your request to them",
    ),
    (
        "Sam,\n\nle tableau de bord affiche zéro commande depuis ce matin. Je veux Karim "
        "dessus, tout de suite. Karim c'est le seul qui comprend notre setup.\n\nJulien",
        "Vous souhaitez que Karim intervienne : je transmets votre message",
    ),
    (
        "Ciao Sam,\n\nil cruscotto non mostra più nessun ordine da stamattina. Voglio "
        "Giorgio, quello che ha seguito il sito con noi l'anno scorso.\n\nMarco",
        "Vuoi che intervenga Giorgio: inoltrerò il tuo messaggio",
    ),
]


@pytest.mark.parametrize(("body", "expected"), CASES)
def test_the_name_is_answered_in_the_draft(tmp_path: Path, body: str, expected: str) -> None:
    draft = draft_email(
        offline_settings(tmp_path), "Client <c@client.example>", body, subject="Dashboard"
    )
    assert expected in draft.body


def test_the_reply_check_counts_the_name() -> None:
    asks = extract_asks(["Je veux Karim dessus, tout de suite."], "fr", sent=SENT)
    assert unanswered(asks, "Nous regardons cela.", "fr")
    assert not unanswered(asks, "Tu souhaites que Karim intervienne : je transmets.", "fr")
