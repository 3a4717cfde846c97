"""The central concern is found behind a short lead-in and by the Subject's words
(drafting/concerns.py): "Vou ser direto contigo: não recebo nenhum relatório ..." is the
complaint without its frame, and a sentence that shares the Subject's words and names a day
or a negation is a complaint even with no complaint word ("Google zeigt Filiale als
geschlossen" / "bei Google steht unsere Filiale seit Samstag als geschlossen")."""

from __future__ import annotations

import pytest

from assistant.drafting.concerns import condense, rank_concerns


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        (
            "pt",
            "Vou ser direto contigo: não recebo nenhum relatório desde o início de outubro.",
            "Não recebo nenhum relatório desde o início de outubro.",
        ),
        (
            "en",
            "One more thing: the booking widget is counting twice again?",
            "The booking widget is counting twice again?",
        ),
        (
            "de",
            "Ganz ehrlich: das Dashboard ist seit Montag leer.",
            "Das Dashboard ist seit Montag leer.",
        ),
    ],
)
def test_a_short_lead_in_before_a_colon_goes(language: str, sentence: str, kept: str) -> None:
    assert condense(sentence, language) == kept


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Status at 10:30: the export is empty again."),  # a time, not a lead-in
        ("en", "The reports were late three times this year: March, June and October."),
    ],
)
def test_a_colon_that_is_no_lead_in_stays(language: str, sentence: str) -> None:
    assert condense(sentence, language).rstrip(".") == sentence.rstrip(".")


@pytest.mark.parametrize(
    ("language", "subject", "text", "concern"),
    [
        (
            "de",
            "Google zeigt Filiale Marktplatz als geschlossen",
            "Hallo Sam,\n\nbei Google steht unsere Filiale am Marktplatz seit Samstag als "
            '"vorübergehend geschlossen". Das Wetter ist auch schlecht.\n\nGrüße\nJürgen',
            "Filiale am Marktplatz",
        ),
        (
            "nl",
            "Tariefverhoging 2027",
            "Geachte heer Carter,\n\nWij hebben uw brief ontvangen. Een verhoging van die omvang, "
            "aangekondigd vijf weken vooraf, vind ik niet correct.\n\nMet vriendelijke groet,\n"
            "Kim Visser",
            "verhoging van die omvang",
        ),
    ],
)
def test_a_sentence_on_the_subjects_topic_with_a_day_or_negation_is_the_concern(
    language: str, subject: str, text: str, concern: str
) -> None:
    ranked = rank_concerns(text, language, subject=subject)
    assert ranked and concern in ranked[0]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("de", "Zum Dashboard: es zeigt seit Montag überhaupt keine Zahlen mehr an."),
        ("en", "The dashboard: it has shown nothing but zeros since Monday morning."),
        ("nl", "Wat betreft de nieuwsbrief: die is weer met fouten verstuurd naar alle klanten."),
    ],
)
def test_a_lead_in_that_names_the_subject_stays(language: str, sentence: str) -> None:
    assert condense(sentence, language).startswith(sentence.split(":")[0])


@pytest.mark.parametrize(
    ("language", "sentence", "kept"),
    [
        (
            "en",
            "I'll be straight with you because we've worked together a long time: Harbourlight "
            "came fourth of our five suppliers this year.",
            "Harbourlight came fourth of our five suppliers this year.",
        ),
        (
            "pt",
            "Vou ser direto contigo porque já trabalhamos juntos há muito tempo: não recebo "
            "nenhum relatório desde setembro.",
            "Não recebo nenhum relatório desde setembro.",
        ),
        (
            "de",
            "Ich will ganz offen sein, weil wir lange zusammenarbeiten: Der Bericht kam wieder "
            "drei Wochen zu spät.",
            "Der Bericht kam wieder drei Wochen zu spät.",
        ),
    ],
)
def test_a_long_lead_in_of_candour_goes(language: str, sentence: str, kept: str) -> None:
    assert condense(sentence, language) == kept


def test_a_long_lead_in_without_candour_stays() -> None:
    sentence = (
        "The thing that the whole board kept asking about on Monday: why the October figures "
        "were wrong again."
    )
    assert condense(sentence, "en").startswith("The thing that the whole board")
