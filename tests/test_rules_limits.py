"""Where this round's reading rules stop (a last read of the change found each of these
inputs read wrongly): a request made now beside what happened before, praise that names a
main reason, a new request after what a meeting is for, a refusal before a thing, a town,
a month, a date in a Subject, a complaint that ends in "nothing" but says more."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks, listed_asks
from assistant.checks.situations import find_competitor
from assistant.drafting.concerns import condense, rank_concerns, split_sentences
from assistant.drafting.voice import in_our_voice, restate

#: A Monday.
SENT = date(2026, 11, 30)


def kinds(text: str, language: str) -> list[str]:
    found = extract_asks(
        split_sentences(text), language, sent=SENT, listed=listed_asks(text, language)
    )
    return [ask.kind for ask in found]


@pytest.mark.parametrize(
    ("language", "text", "kind"),
    [
        ("en", "Please call me back today, I rang twice yesterday and nobody answered.", "meeting"),
        (
            "fr",
            "Je vous demande une réponse écrite avant vendredi, mais personne n'a répondu à mes "
            "relances.",
            "written",
        ),
        (
            "en",
            "Please call me today to go through the figures and send me the corrected invoice "
            "by Friday.",
            "document",
        ),
        ("en", "I want a call today to agree a refund of EUR 400.", "refund"),
    ],
)
def test_a_request_made_now_stays_an_ask(language: str, text: str, kind: str) -> None:
    assert kind in kinds(text, language)


def test_a_refusal_right_before_a_thing_asks_for_none() -> None:
    assert "document" not in kinds("I want a call today and not summaries.", "en")


def test_praise_that_names_a_main_reason_does_not_lead() -> None:
    text = (
        "The main reason we chose your agency three years ago was your reporting. The November "
        "report is three weeks late and nobody told us."
    )
    first = rank_concerns(text, "en", register="formal")[0]
    assert first.startswith("The November report is three weeks late")


def test_a_complaint_that_ends_in_nothing_but_says_more_is_kept() -> None:
    sentence = (
        "Pagamos 1.200 euros al mes, llevamos tres meses esperando el informe, y a cambio, nada."
    )
    assert condense(sentence, "es")


def test_a_dutch_sentence_opening_with_wat_ook_is_kept() -> None:
    assert condense("Wat ook niet helpt, is dat niemand de telefoon opneemt.", "nl")


def test_les_with_a_third_party_named_before_it_is_them() -> None:
    # "A nuestros clientes les enviamos …": the client's customers, not the agency
    assert not restate("A nuestros clientes les enviamos el boletín cada mes.", "es").startswith(
        "A sus clientes nos"
    )


def test_a_german_town_keeps_its_capital_after_the_frame() -> None:
    sentence = "Leipzig ist seit Oktober nicht mehr auf der ersten Seite bei Google."
    assert "Leipzig ist seit Oktober" in in_our_voice(sentence, "de", text=sentence)


def test_a_town_and_a_role_are_no_rival() -> None:
    assert (
        find_competitor("El director de Marketing de Nexia nos ofreció 900 € al mes.", "es")[1]
        != "Marketing"
    )
