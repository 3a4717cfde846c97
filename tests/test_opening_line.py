"""The first line of an email is read as a greeting, a sentence or a sign-off
(drafting/concerns.py ``split_blocks``). A greeting that looks like a sign-off ("Grüß Gott",
the Austrian and Bavarian hello) and a first sentence that opens with a word of thanks
("Thanks for nothing, Sam.", "Merci pour rien.") had ended the text at its first line, so the
whole email lost its concerns and its asks (an Austrian hotel director's call by 16 Uhr and
30 % discount were never answered)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences

_BODY = {
    "en": "The report is late again and nobody told us.",
    "de": "Der Bericht ist wieder zu spät und niemand hat uns informiert.",
    "fr": "Le rapport est encore en retard et personne ne nous a prévenus.",
    "es": "El informe llega tarde otra vez y nadie nos avisó.",
    "it": "Il report è di nuovo in ritardo e nessuno ci ha avvisati.",
    "nl": "Het rapport is weer te laat en niemand heeft ons iets gezegd.",
    "pt": "O relatório está atrasado outra vez e ninguém nos avisou.",
}


@pytest.mark.parametrize(
    ("language", "first_line"),
    [
        ("de", "Grüß Gott Herr Carter,"),
        ("de", "Grüß Gott,"),
        ("de", "Grüss Gott Frau Weber,"),
        ("de", "Grüezi Herr Carter"),
        ("de", "Grüß dich Sam,"),
        ("es", "Saludos, Sam:"),
    ],
)
def test_a_greeting_that_looks_like_a_sign_off_opens_the_text(
    language: str, first_line: str
) -> None:
    assert split_sentences(f"{first_line}\n\n{_BODY[language]}") == [_BODY[language]]


@pytest.mark.parametrize(
    ("language", "first_line"),
    [
        ("en", "Thanks for nothing, Sam."),
        ("en", "Cheers for the update that never came."),
        ("de", "Danke für gar nichts."),
        ("fr", "Merci pour rien."),
        ("es", "Gracias por nada."),
        ("it", "Grazie per niente."),
        ("nl", "Bedankt voor niets."),
        ("pt", "Obrigado por nada."),
    ],
)
def test_a_first_sentence_that_opens_with_thanks_is_text(language: str, first_line: str) -> None:
    assert split_sentences(f"{first_line}\n\n{_BODY[language]}") == [first_line, _BODY[language]]


@pytest.mark.parametrize(
    "text",
    [
        "Thanks,\nBob",
        "Best regards,\n\nBob Smith\nACME Ltd",
        "Viele Grüße\nJana",
        "Cumprimentos,\nRui Figueiredo",
    ],
)
def test_a_message_that_is_only_a_sign_off_has_no_sentence(text: str) -> None:
    assert split_sentences(text) == []


def test_an_austrian_email_keeps_its_asks() -> None:
    text = (
        "Grüß Gott Herr Carter,\n\n"
        "ich bin ehrlich gesagt ziemlich verärgert. Seit einer Woche sind wir von der ersten "
        "Seite verschwunden.\n\n"
        "Ich möchte, dass Sie mich heute noch anrufen, spätestens bis 16 Uhr. Außerdem "
        "erwarte ich für Dezember einen Nachlass von 30 % auf das Monatshonorar.\n\n"
        "Mit freundlichen Grüßen\n\nMartin Keller\nDirektor"
    )
    asks = extract_asks(
        split_sentences(text), "de", sent=date(2026, 12, 9), listed=listed_asks(text, "de")
    )
    assert [(ask.kind, ask.due, ask.time) for ask in asks] == [
        ("meeting", date(2026, 12, 9), "16 Uhr"),
        ("refund", None, ""),
    ]


@pytest.mark.parametrize(
    ("language", "first_line"),
    [
        ("en", "Thanks, Sam."),
        ("de", "Danke!"),
        ("fr", "Merci, Sam."),
        ("es", "Gracias, Sam."),
    ],
)
def test_a_word_of_thanks_above_a_blank_line_opens_the_text(language: str, first_line: str) -> None:
    assert split_sentences(f"{first_line}\n\n{_BODY[language]}") == [_BODY[language]]


def test_a_word_of_thanks_right_above_a_name_still_signs_off() -> None:
    assert split_sentences("Thanks!\nBob") == []
