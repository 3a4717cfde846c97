"""A client's claim about what we did is restated as their account, never as our admission
(drafting/concerns.py, ``as_their_account``; PLAYBOOK.md steps 1 and 3)."""

from __future__ import annotations

from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings

from assistant.drafting.voice import as_their_account


@pytest.mark.parametrize(
    ("language", "informal", "ours", "framed"),
    [
        (
            "en",
            False,
            "We never sent the October report.",
            "You write that we never sent the October report.",
        ),
        (
            "en",
            False,
            "Nobody answered your emails.",
            "You write that nobody answered your emails.",
        ),
        (
            "de",
            False,
            "Wir haben den Bericht nie geschickt.",
            "Wie Sie schreiben, haben wir den Bericht nie geschickt.",
        ),
        (
            "de",
            False,
            "Unser Team hat die Frist verpasst.",
            "Wie Sie schreiben, hat unser Team die Frist verpasst.",
        ),
        (
            "de",
            True,
            "Ich habe den Bericht nie geschickt.",
            "Wie du schreibst, habe ich den Bericht nie geschickt.",
        ),
        (
            "nl",
            False,
            "Wij hebben het rapport nooit gestuurd.",
            "Zoals u schrijft, hebben wij het rapport nooit gestuurd.",
        ),
        (
            "nl",
            True,
            "Ons team heeft de deadline gemist.",
            "Zoals je schrijft, heeft ons team de deadline gemist.",
        ),
        (
            "fr",
            False,
            "Nous n'avons jamais envoyé le rapport.",
            "Vous m'écrivez que nous n'avons jamais envoyé le rapport.",
        ),
        (
            "fr",
            False,
            "On ne vous a jamais répondu.",
            "Vous m'écrivez qu'on ne vous a jamais répondu.",
        ),
        ("es", False, "Nunca enviamos el informe.", "Según me cuenta, nunca enviamos el informe."),
        ("es", True, "Nadie te respondió.", "Según me cuentas, nadie te respondió."),
        (
            "it",
            False,
            "Non abbiamo mai inviato il report.",
            "Mi scrive che non abbiamo mai inviato il report.",
        ),
        ("it", True, "Nessuno ti ha risposto.", "Mi scrivi che nessuno ti ha risposto."),
        (
            "pt",
            False,
            "A nossa equipa falhou o prazo.",
            "Pelo que me diz, a nossa equipa falhou o prazo.",
        ),
    ],
)
def test_a_claim_about_us_is_their_account(
    language: str, informal: bool, ours: str, framed: str
) -> None:
    assert as_their_account(ours, language, informal=informal) == framed


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "You pay 2,000 a month and you get nothing but excuses."),
        ("en", "Weekly reports stopped in October."),  # "We" only as a word's start
        ("de", "Sie warten seit drei Wochen auf die Auswertung."),
        ("fr", "Le rapport est encore en retard."),
        ("ja", "報告書がまだ届いていません。"),  # a language without a frame
    ],
)
def test_a_sentence_about_them_or_the_work_is_unchanged(language: str, sentence: str) -> None:
    assert as_their_account(sentence, language) == sentence


def test_an_english_draft_does_not_admit_what_the_client_alleges(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <helen@marsh.example>",
        "Dear Sam,\n\nYou never sent the October report, and nobody answered my two emails "
        "about it. I pay 2,000 a month and I get nothing but excuses.\n\nPlease send the "
        "report by Friday.\n\nRegards,\nHelen Marsh",
        subject="Where is my report?",
    )
    assert "You write that we never sent the October report" in draft.body
    assert "- We never sent" not in draft.body


@pytest.mark.parametrize(
    ("language", "informal", "ours", "framed"),
    [
        (
            "es",
            False,
            "La web lleva caída desde el sábado y nadie de nuestra agencia ha contestado.",
            "Según me cuenta, la web lleva caída desde el sábado y nadie de nuestra agencia ha "
            "contestado.",
        ),
        (
            "en",
            False,
            "The reports came late again, and nobody told you in advance.",
            "You write that the reports came late again, and nobody told you in advance.",
        ),
        (
            "pt",
            True,
            "O relatório atrasou de novo sem qualquer aviso da nossa parte.",
            "Pelo que li, o relatório atrasou de novo sem qualquer aviso da nossa parte.",
        ),
    ],
)
def test_a_claim_about_us_later_in_the_sentence_is_their_account(
    language: str, informal: bool, ours: str, framed: str
) -> None:
    assert as_their_account(ours, language, informal=informal) == framed


def test_german_frames_only_a_claim_it_can_put_after_the_frame() -> None:
    sentence = "Mit Befremden haben Sie unsere Ankündigung gelesen, die Preise zu erhöhen."
    assert as_their_account(sentence, "de") == sentence  # the verb is not second after "Wie"


@pytest.mark.parametrize(
    ("language", "informal", "theirs", "ours"),
    [
        (
            "de",
            False,
            "Ich zahle 4.500 Euro im Monat und bekomme dafür keinen Bericht.",
            "Sie zahlen 4.500 Euro im Monat und bekommen dafür keinen Bericht.",
        ),
        (
            "nl",
            True,
            "Ik betaal 1.200 euro per maand en krijg er niks voor terug.",
            "Je betaalt 1.200 euro per maand en krijgt er niks voor terug.",
        ),
        ("it", False, "Non ricevo il report da ottobre.", "Non riceve il report da ottobre."),
        ("it", True, "Non ricevo il report da ottobre.", "Non ricevi il report da ottobre."),
    ],
)
def test_a_verb_of_the_clients_i_is_restated_in_their_person(
    language: str, informal: bool, theirs: str, ours: str
) -> None:
    from assistant.drafting.voice import restate

    assert restate(theirs, language, informal=informal) == ours


@pytest.mark.parametrize(
    ("theirs", "ours"),
    [
        (
            'Wir sind bei "Fahrradwerkstatt Freiburg" von Platz 2 auf Platz 11 gerutscht.',
            'Ihr seid bei "Fahrradwerkstatt Freiburg" von Platz 2 auf Platz 11 gerutscht.',
        ),
        (
            "Seit drei Wochen sind wir nicht mehr auf der ersten Seite.",
            "Seit drei Wochen seid ihr nicht mehr auf der ersten Seite.",
        ),
        ("Unsere Buchungen sind eingebrochen.", "Eure Buchungen sind eingebrochen."),
    ],
)
def test_the_wir_of_a_du_writers_company_is_ihr(theirs: str, ours: str) -> None:
    from assistant.drafting.voice import restate

    assert restate(theirs, "de", informal=True) == ours
