"""A date that names a week ("the week of 14 December") is due by the end of that week's working
days, as the end of a span, in every language with offline templates."""

from __future__ import annotations

from datetime import date

import pytest

from assistant.checks.asks import extract_asks
from assistant.lang.dates import find_dates

SENT = date(2026, 12, 4)  # a Friday

WEEK_OF = [
    ("en", "Please send me the corrected invoice in the week of 14 December."),
    ("en", "Can we meet the week of December 14th?"),
    ("de", "Bitte schicken Sie mir die korrigierte Rechnung in der Woche vom 14. Dezember."),
    ("de", "Bitte die Rechnung in der Woche ab dem 14. Dezember."),
    ("fr", "Merci de m'envoyer la facture corrigée la semaine du 14 décembre."),
    ("es", "Envíeme la factura corregida la semana del 14 de diciembre."),
    ("it", "Mi mandi la fattura corretta nella settimana del 14 dicembre."),
    ("nl", "Stuur mij de gecorrigeerde factuur in de week van 14 december."),
    ("pt", "Envie-me a fatura corrigida na semana de 14 de dezembro."),
]


@pytest.mark.parametrize(("language", "text"), WEEK_OF)
def test_a_named_week_ends_on_its_friday(language: str, text: str) -> None:
    (found,) = find_dates(text, language, base=SENT)
    assert found.day == date(2026, 12, 18)
    assert not found.exact
    (ask,) = extract_asks([text], language, sent=SENT)
    assert ask.due == date(2026, 12, 18)
    assert not ask.due_exact


@pytest.mark.parametrize(
    ("language", "text"),
    [
        ("en", "Please send me the corrected invoice on 14 December."),
        ("de", "Bitte schicken Sie mir die Rechnung am 14. Dezember."),
        ("fr", "Merci de m'envoyer la facture le 14 décembre, cette semaine de folie."),
    ],
)
def test_a_day_is_still_that_day(language: str, text: str) -> None:
    (found,) = find_dates(text, language, base=SENT)
    assert found.day == date(2026, 12, 14)
