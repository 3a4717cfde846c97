"""A client who asks for something to be put right ("fix the booking form by Monday"): the
ask is a fix, not a decision or a document, and the offline draft answers it in the client's
language with its date, promising to say what went wrong and when it will work, never the
outcome itself (PLAYBOOK.md step 1, "answer what they asked")."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from offline_drafts import draft_email, offline_settings
from reading import asks_in

# The emails' Date is Friday 4 December 2026; "Monday" is 7 December.
CASES = [
    (
        "en",
        "Dear Sam,\n\nThe booking form has been broken since Tuesday and we are losing "
        "bookings every day. Please fix the booking form by Monday.\n\nRegards,\nJane Hill",
        "You asked for this to be put right by Monday 7 December",
    ),
    (
        "de",
        "Sehr geehrter Herr Carter,\n\nseit Dienstag funktioniert das Buchungsformular nicht. "
        "Ich erwarte, dass das Formular bis Montag wieder funktioniert.\n\n"
        "Mit freundlichen Grüßen\nJana Hill",
        "Sie möchten, dass das bis Montag, 7. Dezember behoben ist",
    ),
    (
        "fr",
        "Bonjour,\n\nLe formulaire de réservation ne marche plus depuis mardi. Merci de "
        "corriger le formulaire avant lundi.\n\nCordialement,\nJeanne Hill",
        "Vous demandez que le problème soit corrigé pour le lundi 7 décembre",
    ),
    (
        "es",
        "Buenos días:\n\nEl formulario de reservas no funciona desde el martes. Les pido que "
        "arreglen el formulario antes del lunes.\n\nUn saludo,\nJuana Hill",
        "Me pide que se corrija el problema para el lunes 7 de diciembre",
    ),
    (
        "it",
        "Buongiorno,\n\nil modulo delle prenotazioni non funziona da martedì. Le chiedo di "
        "ripristinare il modulo entro lunedì.\n\nCordiali saluti,\nGiovanna Hill",
        "Mi chiede di risolvere il problema entro lunedì 7 dicembre",
    ),
    (
        "nl",
        "Beste Sam,\n\nHet boekingsformulier werkt sinds dinsdag niet. Ik verwacht dat het "
        "formulier maandag weer werkt.\n\nMet vriendelijke groet,\nJanneke Hill",
        "verholpen is",
    ),
    (
        "pt",
        "Bom dia,\n\nO formulário de reservas não funciona desde terça-feira. Peço que "
        "corrijam o formulário até segunda-feira.\n\nCumprimentos,\nJoana Hill",
        "que o problema seja resolvido até segunda-feira, 7 de dezembro",
    ),
]


@pytest.mark.parametrize(("language", "body", "answer"), CASES, ids=[c[0] for c in CASES])
def test_a_fix_by_a_day_is_answered_with_its_day(
    tmp_path: Path, language: str, body: str, answer: str
) -> None:
    asks = asks_in(body, language, date(2026, 12, 4))
    assert list(asks) == ["fix"]
    assert asks["fix"].due == date(2026, 12, 7)
    draft = draft_email(
        offline_settings(tmp_path), "Jane Hill <jane@hill.example>", body, subject="Formular"
    )
    assert draft.language == language
    assert answer in draft.body
    assert not any("does not answer" in warning for warning in draft.warnings)


@pytest.mark.parametrize(
    ("language", "sentence", "kind"),
    [
        ("en", "Please send the corrected invoice by Friday.", "document"),
        (
            "fr",
            "Je vous serais reconnaissante de m'envoyer le devis corrigé avant le 15.",
            "document",
        ),
        ("de", "Bitte schicken Sie mir die korrigierte Rechnung bis Freitag.", "document"),
        ("en", "I expect the site to be working again by Tuesday.", "fix"),
        ("de", "Mach das bis heute Abend richtig.", "fix"),
        ("de", "Bis Montag muss das Ding laufen, sonst kündige ich.", "fix"),
        ("de", "Bitte bis Freitag richten, und die Weihnachtszeiten gleich mit.", "fix"),
        (
            "de",
            "Und ich will wissen welche Anfragen seit dem 18. verloren gegangen sind.",
            "written",
        ),
        ("pt", "Consegues resolver isto até amanhã?", "fix"),
        (
            "pt",
            "Preciso disso funcionando até amanhã, porque sexta de manhã tem a reunião de "
            "previsão de estoque.",
            "fix",
        ),
    ],
)
def test_a_corrected_document_is_a_document_and_a_repair_is_a_fix(
    language: str, sentence: str, kind: str
) -> None:
    assert list(asks_in(sentence, language, date(2026, 12, 4))) == [kind]


def test_a_binding_date_for_the_fix_is_the_fix_not_a_separate_decision() -> None:
    text = "Ich erwarte einen verbindlichen Termin für die Behebung bis Ende nächster Woche."
    assert list(asks_in(text, "de", date(2026, 12, 4))) == ["fix"]


@pytest.mark.parametrize(
    ("language", "sentence", "kind", "due"),
    [
        (
            "en",
            "third time asking for the November report you said I'd have by the 1st. if its not "
            "in my inbox by 9am tomorrow I'm cancelling the retainer, simple as.",
            "document",
            date(2026, 12, 2),
        ),
        ("en", "If the site is not working by Friday we will leave.", "fix", date(2026, 12, 4)),
        ("de", "Wenn das Formular bis Montag nicht läuft, kündige ich.", "fix", date(2026, 12, 7)),
        ("fr", "Si le site ne fonctionne pas lundi, je pars.", "fix", date(2026, 12, 7)),
        ("es", "Si el lunes no funciona, me voy.", "fix", date(2026, 12, 7)),
        ("it", "Se lunedì non funziona mi cerco qualcun altro.", "fix", date(2026, 12, 7)),
        ("nl", "Als het maandag niet werkt, stap ik over.", "fix", date(2026, 12, 7)),
        ("pt", "Se até segunda não funcionar, vou embora.", "fix", date(2026, 12, 7)),
    ],
)
def test_an_ultimatum_asks_for_what_it_names_by_its_day(
    language: str, sentence: str, kind: str, due: date
) -> None:
    asks = asks_in(sentence, language, date(2026, 12, 1))  # a Tuesday
    assert list(asks) == [kind]
    assert asks[kind].due == due


def test_a_reproach_with_if_is_no_ask() -> None:
    assert asks_in("If you had read my email you would know.", "en", date(2026, 12, 1)) == {}


def test_a_question_next_to_a_fix_is_answered_by_the_next_working_day(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Tom Aldridge <tom@fernbrook.example>",
        "Hi Sam,\n\nThe dashboard has shown no sales since Tuesday. Please fix it by Wednesday "
        "9 December. Who is actually looking at it today?\n\nTom",
        subject="Dashboard",
    )
    # sent on Friday 4 December: Monday is the next working day, before the fix is due
    assert "you will have it by Monday 7 December" in draft.body


def test_a_report_and_a_fix_in_one_sentence_are_two_asks() -> None:
    text = "Please send the report by Friday and fix the booking form by Monday."
    asks = asks_in(text, "en", date(2026, 12, 1))
    assert set(asks) == {"document", "fix"}
