"""What a sentence names is not always asked for (PLAYBOOK.md, "answer what they asked"): a
review of new client emails found phantom asks answered in the draft. What a meeting is for
("para fecharmos o plano para 2027"), the invoice a credit comes off ("de factuur van november
gecrediteerd") and the reason a deadline matters ("porque temos reunião com os investidores")
ask for nothing of their own; and an audit is a document."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks, listed_asks
from assistant.drafting.concerns import split_sentences

#: A Monday.
SENT = date(2026, 12, 7)


def kinds(text: str, language: str) -> list[tuple[str, date | None]]:
    found = extract_asks(
        split_sentences(text), language, sent=SENT, listed=listed_asks(text, language)
    )
    return [(ask.kind, ask.due) for ask in found]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (
            "pt",
            "Proponho uma reunião nas nossas instalações na quarta-feira, dia 16, às 15h00, "
            "para fecharmos o plano para 2027.",
            [("meeting", date(2026, 12, 16))],
        ),
        (
            "en",
            "I suggest we meet on Wednesday 16 December at 3pm to go through the report.",
            [("meeting", date(2026, 12, 16))],
        ),
        (
            "it",
            "Vorrei un incontro giovedì 10 dicembre alle 11:00 per rivedere insieme il "
            "calendario delle consegne.",
            [("meeting", date(2026, 12, 10))],
        ),
        (
            "nl",
            "Ik wil de factuur van november (475 euro) gecrediteerd.",
            [("refund", None)],
        ),
        (
            "pt",
            "Preciso da auditoria até sexta, dia 11, porque temos reunião com os investidores "
            "na segunda a seguir e queria levá-la.",
            [("document", date(2026, 12, 11))],
        ),
    ],
)
def test_what_a_sentence_names_beside_its_ask_is_not_asked(
    language: str, text: str, expected: list[tuple[str, date | None]]
) -> None:
    assert kinds(text, language) == expected


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I need the audit by Friday 11 December."),
        ("de", "Ich brauche das Audit bis Freitag, 11. Dezember."),
        ("fr", "Il me faut l'audit d'ici le vendredi 11 décembre."),
        ("es", "Necesito la auditoría antes del viernes 11 de diciembre."),
        ("it", "Mi serve l'audit entro venerdì 11 dicembre."),
        ("nl", "Ik wil de audit uiterlijk vrijdag 11 december."),
        ("pt", "Preciso da auditoria até sexta-feira, 11 de dezembro."),
    ],
)
def test_an_audit_is_a_document(language: str, text: str) -> None:
    assert kinds(text, language) == [("document", date(2026, 12, 11))]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        (  # a corrected invoice is still asked for beside the credit
            "en",
            "Please issue a credit note for EUR 260 and a corrected invoice without line 3.",
            {"refund", "document"},
        ),
        (  # a reason clause that asks for something of its own is no aside
            "en",
            "Please send the report, because I need the numbers by Friday 11 December.",
            {"document"},
        ),
    ],
)
def test_asks_beside_them_stay(language: str, text: str, expected: set[str]) -> None:
    assert expected <= {kind for kind, _ in kinds(text, language)}


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "I want to understand how you plan to fix these points before we renew."),
        (
            "fr",
            "Nous souhaitons comprendre comment vous comptez corriger ces points avant de "
            "reconduire le mandat.",
        ),
        ("de", "Ich möchte verstehen, wie Sie diese Punkte beheben wollen."),
    ],
)
def test_wanting_to_understand_a_fix_asks_for_an_explanation(language: str, text: str) -> None:
    assert kinds(text, language) == [("written", None)]


def test_knowing_when_it_is_fixed_still_asks_for_the_fix() -> None:
    assert kinds("I need to know when the dashboard will be fixed.", "en") == [("fix", None)]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        (
            "es",
            "El jueves 17 de diciembre a las 10:30 celebramos en la bodega la reunión anual de "
            "planificación con las agencias. ¿Podría confirmarme si asistirá?",
        ),
        (
            "en",
            "Our annual planning meeting is on Thursday 17 December at 10:30 in Leeds. Can you "
            "confirm you will attend?",
        ),
    ],
)
def test_confirming_attendance_asks_for_the_meeting_before_it(language: str, text: str) -> None:
    found = extract_asks(split_sentences(text), language, sent=SENT)
    assert [(a.kind, a.due, a.time) for a in found] == [("meeting", date(2026, 12, 17), "10:30")]


def test_a_bare_hour_after_a_day_is_the_time() -> None:
    text = "Could you jump on a quick Teams call tomorrow at 10 so I can walk you through it?"
    found = extract_asks(split_sentences(text), "en", sent=SENT)
    assert [(a.kind, a.due, a.time) for a in found] == [("meeting", date(2026, 12, 8), "10")]
    # not a percentage: "up on Monday at 10 per cent"
    from assistant.checks._ask_dates import TIME

    assert TIME.search("prices went up on Monday at 10 per cent") is None


def test_a_credit_thought_fair_is_asked_for_and_fixes_nothing() -> None:
    text = (
        "Considerato il ritardo, riteniamo corretto un accredito di CHF 1'200 sulla seconda "
        "fattura e Le chiedo di confermarmelo per iscritto."
    )
    assert [kind for kind, _ in kinds(text, "it")] == ["refund", "written"]


def test_close_of_business_on_a_weekday_is_that_day() -> None:
    # "by close of business on Wednesday (9 Dec)" had been read as today
    text = (
        "What I need:\n1. The audit itself, by Friday.\n2. A written explanation by close of "
        "business on Wednesday (9 Dec) of why it slipped and what changes so it doesn't "
        "happen again."
    )
    found = extract_asks(split_sentences(text), "en", sent=SENT, listed=listed_asks(text, "en"))
    written = next(ask for ask in found if ask.kind == "written")
    assert written.due == date(2026, 12, 9)
    assert kinds("Please send the report by close of business today.", "en") == [("document", SENT)]


def test_the_end_of_the_day_leaves_the_thing_named() -> None:
    from assistant.checks.asks import without_deadline

    phrase = "a written explanation by close of business on Wednesday"
    assert without_deadline(phrase, "en") == "a written explanation"


def test_understanding_why_after_the_fix_keeps_the_fix() -> None:
    text = (
        "Et une fois que c'est réparé, j'aimerais comprendre pourquoi on n'a toujours aucune "
        "alerte quand ça tombe."
    )
    assert "fix" in [kind for kind, _ in kinds(text, "fr")]


@pytest.mark.parametrize(
    ("language", "text", "expected"),
    [
        ("en", "I need it working again before our 11:00 trading call.", ["fix"]),
        ("en", "I need an answer before our board call next Thursday, the 10th.", ["written"]),
        ("en", "Please join our weekly call on Friday at 10.", ["meeting"]),
        ("en", "Can we have a call with our CFO on Friday at 10?", ["meeting"]),
    ],
)
def test_the_clients_own_meeting_is_no_meeting_asked_of_us(
    language: str, text: str, expected: list[str]
) -> None:
    assert [kind for kind, _ in kinds(text, language)] == expected


def test_a_person_asked_to_take_the_account_back() -> None:
    from assistant.checks.asks import extract_asks

    text = "Serait-il possible que Julien reprenne notre compte, ou qu'il soit en copie ?"
    found = extract_asks(split_sentences(text), "fr", sent=SENT)
    assert [(ask.kind, ask.name) for ask in found] == [("person", "Julien")]


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Can we move our call to Friday at 10?"),
        ("de", "Können wir unser Gespräch auf Freitag, 10 Uhr, verschieben?"),
    ],
)
def test_moving_a_shared_meeting_asks_for_it(language: str, text: str) -> None:
    assert [kind for kind, _ in kinds(text, language)] == ["meeting"]
