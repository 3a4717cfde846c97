"""Which sentences a reply restates as the client's concern (drafting/concerns.py): a
sentence that only points back to the one before, or talks about the language of the email,
is never the concern; "nothing but" is no "but" to cut at; a granted point before a "but"
goes; what stayed the same or is broken now is a complaint. Each case is an email whose
draft restated a fragment or a side sentence, or missed the complaint
(PLAYBOOK.md step 1: restate their concerns specifically)."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import condense, rank_concerns, score_sentence, split_sentences


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "Which meant that over the whole weekend we had no ads running at all."),
        ("en", "That was not what we agreed on the phone."),
        ("es", "Eso a la dirección no le gustó nada."),
        ("es", "Lo cual nos dejó sin argumentos frente al comité."),
        ("fr", "Cela ne nous aide pas du tout."),
        ("it", "Il che ci ha messo in difficoltà con i soci."),
        ("pt", "Isso não pode acontecer outra vez."),
        ("de", "Das ist für uns so nicht hinnehmbar."),
        ("nl", "Dat is voor ons niet acceptabel."),
    ],
)
def test_a_sentence_that_points_back_and_names_nothing_is_not_restated(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language) == ""


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "This is the third time the monthly report has been late."),
        ("de", "Das ist schon der zweite Ausfall des Dashboards in diesem Monat."),
        ("es", "Esto es lo que pasa con el informe mensual: llega siempre tarde."),
    ],
)
def test_a_sentence_that_points_back_but_names_the_report_stays(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language)


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("it", "Le scrivo in italiano perché mi è più facile; spero non sia un problema."),
        ("pt", "Desculpe escrever em português, mas assim é mais fácil para mim."),
        ("fr", "Je vous écris en français, j'espère que ça ne vous dérange pas."),
        ("de", "Ich schreibe Ihnen auf Deutsch, ich hoffe, das ist kein Problem."),
    ],
)
def test_a_sentence_about_the_language_of_the_email_is_not_restated(
    language: str, sentence: str
) -> None:
    assert condense(sentence, language) == ""


def test_nothing_but_is_no_but_to_cut_at() -> None:
    sentence = "The sales dashboard has shown nothing but an error page since nine this morning."
    assert condense(sentence, "en") == sentence


def test_a_point_granted_before_aber_goes() -> None:
    sentence = (
        "Der Novemberbericht kam am 10. Dezember, das passt, aber die Landingpages sind "
        "immer noch nicht online."
    )
    assert condense(sentence, "de") == "Die Landingpages sind immer noch nicht online."


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("en", "The November report is identical to the October one apart from the date."),
        ("de", "Die Landingpages sind seit dem Sommer unverändert."),
        ("fr", "Les pages d'hiver sont toujours inchangées."),
        ("es", "Los informes siguen iguales desde hace un año."),
        ("it", "Il report di novembre è identico a quello di ottobre."),
        ("nl", "Het rapport van november is identiek aan dat van oktober."),
        ("pt", "O relatório de novembro está inalterado desde setembro."),
    ],
)
def test_what_stayed_the_same_is_a_complaint(language: str, sentence: str) -> None:
    assert score_sentence(sentence, language) >= 2


def test_a_system_broken_now_is_the_concern_not_the_side_sentence() -> None:
    text = (
        "Je t'écris vite. Le tableau de bord des ventes est vide depuis ce matin. "
        "Je présente les chiffres au comité demain à 9 h, et c'est la panique ici."
    )
    assert rank_concerns(text, "fr")[0] == "Le tableau de bord des ventes est vide depuis ce matin."


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "nl",
            "Laat u mij uiterlijk vrijdag 11 december weten:\n"
            "- waarop de nieuwe prijs gebaseerd is;\n"
            "- of u de huidige prijs wilt aanhouden tot 30 juni 2027.\n",
            [("written", date(2026, 12, 11)), ("decision", date(2026, 12, 11))],
        ),
        (
            "nl",
            "Gelieve mij uiterlijk dinsdag te laten weten:\n"
            "- waarop de verhoging gebaseerd is;\n"
            "- wat wij in 2027 extra krijgen.\n",
            [("written", date(2026, 12, 8))],
        ),
    ],
)
def test_a_list_under_a_dated_lead_in_is_due_by_its_date(
    language: str, text: str, expected: list[tuple[str, date]]
) -> None:
    sent = date(2026, 12, 3)
    found = extract_asks(
        split_sentences(text), language, sent=sent, listed=listed_asks(text, language)
    )
    assert sorted({(ask.kind, ask.due) for ask in found}) == sorted(expected)


def test_a_long_sentence_is_not_cut_inside_a_short_parenthesis() -> None:
    sentence = (
        "Il report mensile di settembre è arrivato a metà ottobre, quello di novembre non è "
        "ancora arrivato, e il nuovo cruscotto per gli agenti, promesso per ottobre, è ancora "
        "in fase di prova."
    )
    condensed = condense(sentence, "it")
    assert condensed.endswith("quello di novembre non è ancora arrivato."), condensed


def test_a_remnant_of_a_sentence_whose_clauses_went_is_not_restated() -> None:
    from assistant.drafting.voice import restate

    sentence = "Uma pergunta rápida, ou se calhar não: o último relatório que recebi foi em maio."
    assert restate(sentence, "pt", informal=True) == ""


def test_a_list_lead_in_naming_an_event_dates_nothing_and_a_slot_keeps_its_day() -> None:
    text = (
        "Para presentar el tema en el comité del 16 de diciembre necesito lo siguiente:\n"
        "1. Que me expliquen por escrito a qué se debe el aumento.\n"
        "2. Una videollamada con el director. Le propongo el martes 8 de diciembre a las "
        "10:00.\n"
    )
    found = extract_asks(
        split_sentences(text), "es", sent=date(2026, 12, 3), listed=listed_asks(text, "es")
    )
    assert date(2026, 12, 16) not in {ask.due for ask in found}
    assert [(a.kind, a.due) for a in found if a.kind == "meeting"] == [
        ("meeting", date(2026, 12, 8))
    ]


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        ("nl", "Die toezegging is niet nagekomen."),
        ("pt", "Era sobre agosto e setembro."),
        ("es", "Era sobre septiembre y octubre."),
    ],
)
def test_a_sentence_about_a_thing_named_before_is_no_concern_alone(
    language: str, sentence: str
) -> None:
    # Review drafts restated these as the only concern: fragments with no antecedent.
    assert condense(sentence, language) == ""


def test_a_pointing_sentence_that_names_its_thing_stays() -> None:
    assert condense("Die rapportage is nooit gekomen.", "nl") == "Die rapportage is nooit gekomen."


@pytest.mark.parametrize(
    ("language", "sentence"),
    [
        # A formal acknowledgement of receipt is no complaint: restated, it read as ours.
        ("pt", "Acuso o recebimento da vossa comunicação de 27 de novembro."),
        ("es", "Acuso recibo de su comunicación sobre la actualización de tarifas para 2027."),
        ("fr", "J'accuse réception de votre facture n° 2026-312 du 30 novembre."),
        ("en", "We acknowledge receipt of your invoice HL-2026-0987 of 20 November."),
        # Praise presented as the concern in review drafts.
        (
            "pt",
            "Não se trata de desmerecer o trabalho realizado, que tem sido satisfatório no que "
            "diz respeito ao posicionamento.",
        ),
        ("nl", "Jullie kennen onze shop en ik heb geen zin om een nieuw bureau in te werken."),
    ],
)
def test_receipts_and_praise_are_no_concern(language: str, sentence: str) -> None:
    assert condense(sentence, language) == ""


def test_an_added_point_keeps_its_clause_and_a_noun_phrase_keeps_its_verb() -> None:
    # "Hinzu kommt, dass ...": the "dass" clause is the point; "Dazu kommt unser Brief" has
    # no clause to keep and stays whole.
    assert condense(
        "Hinzu kommt, dass die Zahlen im Dashboard seit Ende November nicht stimmen.", "de"
    ).startswith("Dass die Zahlen im Dashboard")
    assert condense(
        "Dazu kommt unser Brief mit der Preiserhöhung, 12 Prozent ab Januar.", "de"
    ).startswith("Dazu kommt unser Brief")


def test_a_long_sentence_keeps_the_whole_clause_after_its_colon() -> None:
    # Review draft: "frente a 88 en 2025, y quedó en el cuarto lugar de seis" (no subject).
    sentence = (
        "Le comparto, como cada año, el resultado de nuestra evaluación de proveedores de "
        "servicios digitales: este año Harbourlight obtuvo 71 puntos de 100, frente a 88 en "
        "2025, y quedó en el cuarto lugar de seis."
    )
    assert condense(sentence, "es") == (
        "Este año Harbourlight obtuvo 71 puntos de 100, frente a 88 en 2025, y quedó en el "
        "cuarto lugar de seis."
    )


def test_the_habit_of_a_thing_named_before_is_no_concern_alone() -> None:
    # "It" is the November report of the sentence before: restated, "it" was undefined.
    text = "It normally lands in the first week and the board pack goes out on Thursday."
    assert condense(text, "en") == ""
    kept = "It normally arrives in the first week, and the report is late again."
    assert condense(kept, "en") == kept


def test_a_dutch_clause_of_the_sentence_before_is_not_restated() -> None:
    # "Waarmee u van de tweede naar de laatste plaats ... bent gezakt.": no main clause
    from assistant.drafting.concerns import condense

    sentence = "Waarmee u van de tweede naar de laatste plaats van onze vier partners bent gezakt."
    assert condense(sentence, "nl") == ""
