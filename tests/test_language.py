"""detect_language on short business text: the registry's languages, too short, other scripts."""

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
    "ru": "Не могли бы вы прислать исправленный счёт до пятницы?",
    "uk": "Чи не могли б ви надіслати виправлений рахунок до п'ятниці?",
    "cs": "Mohl byste mi poslat opravenou fakturu do pátku?",
    "sk": "Mohli by ste mi poslať opravenú faktúru do piatku?",
    "hr": "Možete li mi poslati ispravljeni račun do petka?",
    "hu": "El tudná küldeni a javított számlát péntekig?",
    "ro": "Îmi puteți trimite factura corectată până vineri?",
    "tr": "Düzeltilmiş faturayı cumaya kadar gönderebilir misiniz?",
    "el": "Μπορείτε να μου στείλετε το διορθωμένο τιμολόγιο έως την Παρασκευή;",
    "ca": "Em podeu enviar la factura corregida abans de divendres?",
    "zh": "您能在星期五之前把更正后的发票发给我吗？",
    "ja": "金曜日までに訂正した請求書を送っていただけますか？",
    "ko": "금요일까지 수정된 청구서를 보내주실 수 있나요?",
    "ar": "هل يمكنك إرسال الفاتورة المصححة قبل يوم الجمعة؟",
    "he": "האם תוכל לשלוח לי את החשבונית המתוקנת עד יום שישי?",
    "vi": "Bạn có thể gửi cho tôi hóa đơn đã sửa trước thứ Sáu không?",
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


def test_a_script_outside_the_registry_is_undetermined() -> None:
    thai = "รายงานของบริษัทเรายังไม่ได้รับ กรุณาตอบกลับโดยเร็ว ขอบคุณสำหรับความช่วยเหลือ"
    assert detect_language(thai) == UNDETERMINED


def test_chinese_and_japanese_need_no_spaces() -> None:
    chinese = "我们公司的报告还没有收到，请尽快回复。谢谢你的帮助。"
    assert detect_language(chinese) == "zh"
    assert detect_language("レポートがまた三週間遅れました。") == "ja"


def test_only_the_first_2000_characters_count() -> None:
    german = "Wir haben den Bericht immer noch nicht erhalten, bitte melden Sie sich. "
    english = " We still have not received the report, please call me back today."
    text = (german * 40)[:2000] + english * 200
    assert detect_language(text) == "de"
    assert detect_language(english * 200) == "en"
