"""Something broken that must work again today: the reply says "today", not "by Friday 4
December" on that Friday, and asks what they need meanwhile instead of how other
providers compare (drafting/answers.py AskLine.today, offline templates)."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import NOW, SENT_HEADER, offline_settings

from assistant.drafting.draft import Draft, draft_reply

# The email is sent on Friday 4 December 2026 and answered the same day.


def draft_of(text: str, tmp_path: Path) -> Draft:
    raw = (
        "From: Dana Client <dana@client.example>\nTo: Sam Carter <sam@ourco.example>\n"
        f"Subject: Broken\nDate: {SENT_HEADER}\nMessage-ID: <urgent@client.example>\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n\n' + text + "\n"
    )
    return draft_reply(raw.encode(), settings=offline_settings(tmp_path), now=NOW)


CASES = [
    (
        "en",
        "Our booking form has been down since last night and nobody is answering the phone. "
        "I need it fixed today, we are losing bookings every hour.",
        ["put right today", "today I will confirm"],
        "need most from us, and by when?",
    ),
    (
        "de",
        "Guten Tag, unser Buchungsformular funktioniert seit gestern Abend nicht mehr. Bitte "
        "beheben Sie das heute noch, wir verlieren jede Stunde Buchungen.",
        ["heute behoben", "heute schriftlich"],
        "bis es wieder läuft, und bis wann?",
    ),
    (
        "nl",
        "Onze webshop staat sinds vannacht uit de zoekresultaten. Ik wil dat dit vandaag is "
        "opgelost, we verliezen elk uur omzet.",
        ["vandaag verholpen", "vandaag schriftelijk"],
        "het meest van ons nodig, en wanneer?",
    ),
    (
        "fr",
        "Bonjour, notre formulaire de réservation ne fonctionne plus depuis hier soir. Merci de "
        "le réparer aujourd'hui, nous perdons des réservations.",
        ["corrigé aujourd'hui", "dès aujourd'hui"],
        "et pour quand ?",
    ),
    (
        "es",
        "Buenos días, el formulario de reservas no funciona desde anoche. Necesito que lo "
        "arreglen hoy, estamos perdiendo reservas.",
        ["hoy mismo"],
        "y para cuándo?",
    ),
    (
        "it",
        "Buongiorno, il modulo di prenotazione non funziona da ieri sera. Le chiedo di "
        "risolvere il problema oggi, stiamo perdendo prenotazioni.",
        ["oggi stesso"],
        "e per quando?",
    ),
    (
        "pt",
        "Bom dia, o formulário de reservas não funciona desde ontem à noite. Peço que o "
        "problema seja resolvido hoje, estamos a perder reservas.",
        ["resolvido hoje", "ainda hoje"],
        "e para quando?",
    ),
]


@pytest.mark.parametrize(("language", "text", "today_words", "question"), CASES)
def test_a_fix_due_today_is_answered_today_and_asks_what_they_need(
    tmp_path: Path, language: str, text: str, today_words: list[str], question: str
) -> None:
    draft = draft_of(text, tmp_path)
    assert [a["kind"] for a in draft.to_json()["asks"]] == ["fix"], draft.body
    for words in today_words:
        assert words in draft.body, draft.body
    # the question is a paragraph of its own, after the answers to the asks
    assert any(p.endswith(question) and "\n" not in p for p in draft.body.split("\n\n")), draft.body
    assert "4 " not in draft.body  # "today", never "Friday 4 December" on that Friday


@pytest.mark.parametrize(
    ("language", "text", "sorry", "not_said"),
    [
        (
            "en",
            "Get the stock panel fixed today please.",
            "I am sorry for the trouble this has caused you.",
            "rather ask than guess",
        ),
        (
            "fr",
            "Salut Sam, merci de réparer le formulaire aujourd'hui, tu sais qu'on perd des "
            "réservations.",
            "Je regrette sincèrement les difficultés que cela t'a causées.",
            "plutôt que de deviner",
        ),
    ],
)
def test_a_fix_asked_without_a_point_to_restate_gets_an_apology(
    tmp_path: Path, language: str, text: str, sorry: str, not_said: str
) -> None:
    draft = draft_of(text, tmp_path)
    assert sorry in draft.body, draft.body
    assert not_said not in draft.body


def test_asks_without_a_point_to_restate_are_introduced_not_guessed_at(tmp_path: Path) -> None:
    draft = draft_of("Please send me the corrected invoice for November by Tuesday.", tmp_path)
    assert [a["kind"] for a in draft.to_json()["asks"]] == ["document"]
    assert "here is where each of your requests stands" in draft.body
    assert "rather ask than guess" not in draft.body
    assert "sorry" not in draft.body  # nothing broken, nothing to apologise for
