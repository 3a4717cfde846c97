"""detect_language on short business text: the thirteen languages, too short, other scripts."""

from __future__ import annotations

import pytest

from assistant.lang.detect import LANGUAGES, UNDETERMINED, detect_language

SHORT = {
    "en": "Can you send me the revised invoice by Friday?",
    "de": "Können Sie mir die korrigierte Rechnung bis Freitag schicken?",
    "fr": "Pouvez-vous m'envoyer la facture corrigée avant vendredi ?",
    "es": "¿Puede enviarme la factura corregida antes del viernes?",
    "it": "Può inviarmi la fattura corretta entro venerdì?",
    "pt": "Pode enviar-me a fatura corrigida até sexta-feira?",
    "nl": "Kunt u mij de gecorrigeerde factuur voor vrijdag sturen?",
    "da": "Kan du sende mig den rettede faktura inden fredag?",
    "no": "Kan du sende meg den rettede fakturaen innen fredag? Takk for hjelpen.",
    "sv": "Kan du skicka den rättade fakturan till mig före fredag?",
    "fi": "Voitteko lähettää korjatun laskun ennen perjantaita?",
    "pl": "Czy może Pan przesłać poprawioną fakturę do piątku?",
    "ru": "Не могли бы вы прислать исправленный счёт до пятницы?",  # noqa: RUF001
}


def test_every_language_has_a_sample() -> None:
    assert sorted(SHORT) == sorted(LANGUAGES)


@pytest.mark.parametrize("language", sorted(SHORT))
def test_short_business_question(language: str) -> None:
    assert detect_language(SHORT[language]) == language


@pytest.mark.parametrize(
    "text",
    ["Thanks!", "OK, danke.", "", "https://example.com/report anna@example.com see above"],
)
def test_too_short_is_undetermined(text: str) -> None:
    assert detect_language(text) == UNDETERMINED


def test_script_outside_the_thirteen_is_undetermined() -> None:
    chinese = "我们公司的报告还没有收到，请尽快回复。谢谢你的帮助。"  # noqa: RUF001
    assert detect_language(chinese) == UNDETERMINED


def test_only_the_first_2000_characters_count() -> None:
    german = "Wir haben den Bericht immer noch nicht erhalten, bitte melden Sie sich. "
    english = " We still have not received the report, please call me back today."
    text = (german * 40)[:2000] + english * 200
    assert detect_language(text) == "de"
    assert detect_language(english * 200) == "en"
