"""The language registry: every language is one module, and its data is what the code reads."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest

from assistant import lang
from assistant.mail._quotes import split_quotes

ROOT = Path(__file__).resolve().parents[1]
#: Languages the offline drafter writes in: they have templates, so they need every field.
DRAFTING = sorted(p.name.split(".")[1] for p in (ROOT / "prompts" / "offline").glob("reply.*.j2"))

#: One "original message" separator as each language's mail clients write it.
SEPARATORS = {
    "en": "Original Message",
    "de": "Ursprüngliche Nachricht",
    "fr": "Message d'origine",
    "es": "Mensaje original",
    "it": "Messaggio originale",
    "pt": "Mensagem original",
    "nl": "Oorspronkelijk bericht",
    "da": "Oprindelig meddelelse",
    "no": "Opprinnelig melding",
    "sv": "Ursprungligt meddelande",
    "fi": "Alkuperäinen viesti",
    "pl": "Wiadomość oryginalna",
    "ru": "Исходное сообщение",
    "uk": "Оригінальне повідомлення",
    "cs": "Původní zpráva",
    "sk": "Preposlaná správa",
    "hr": "Proslijeđena poruka",
    "hu": "Eredeti üzenet",
    "ro": "Mesaj original",
    "tr": "Orijinal Mesaj",
    "el": "Αρχικό μήνυμα",
    "ca": "Missatge original",
    "zh": "原始邮件",
    "ja": "元のメッセージ",
    "ko": "원본 메시지",
    "ar": "الرسالة الأصلية",
    "he": "הודעה מקורית",
    "vi": "Thư gốc",
}


def test_every_code_has_a_module_with_a_name_and_mail_reading_data() -> None:
    assert set(SEPARATORS) == set(lang.CODES)
    for code in lang.CODES:
        language = lang.find(code)
        assert language is not None and language.code == code
        assert language.name and language.name[0].isupper()
        assert language.quote_separators and language.header_from and language.header_fields


@pytest.mark.parametrize("code", lang.CODES)
def test_a_separator_in_each_language_is_its_own_data_and_cuts_the_quote(code: str) -> None:
    words = SEPARATORS[code]
    own = lang.get(code).quote_separators
    assert any(re.fullmatch(pattern, words.lower()) for pattern in own)
    body = f"Thanks, see below.\n\n-----{words}-----\nFrom: a@b.example\n\nold text\n"
    parts = split_quotes(body)
    assert parts.new_text.strip() == "Thanks, see below."
    assert "old text" in parts.quoted_text


@pytest.mark.parametrize("code", DRAFTING)
def test_a_drafting_language_fills_every_field_a_reply_needs(code: str) -> None:
    """A language with offline templates reads, checks and writes a reply on its own data."""
    language, english = lang.get(code), lang.get("en")
    assert language.salutations and language.formal_openers
    assert language.excuses and language.preambles and language.sign_offs and language.thanks
    assert language.salutation_openers and language.question_words
    assert set(language.concern_cues) == set(english.concern_cues)
    assert {"insult", "absolute", "accusation", "threat_to_leave"} <= set(language.heat_lexicon)
    assert set(language.ask_cues) == set(english.ask_cues)
    assert set(language.situations) == set(english.situations)
    assert language.ask_leads and language.no_call and language.due_words
    assert language.praise and language.announcements and language.concessions
    assert language.intensifiers and language.verdicts and language.threats
    assert language.pleasantries and set(language.report_frames) == {"formal", "informal"}
    assert language.weekday_date and language.remedy_words
    assert language.informal_forms or language.informal_openers
    assert bool(language.reply_informal_forms) == bool(language.formal_forms)  # T-V languages
    assert "{who}" in language.attribution and "{who}" in language.attribution_undated
    assert language.abbreviations or code != "en"


@pytest.mark.parametrize(
    ("code", "written"),
    [
        ("en", "4 March 2026"),
        ("de-AT", "4. März 2026"),
        ("fr", "4 mars 2026"),
        ("es", "4 de marzo de 2026"),
        ("it", "4 marzo 2026"),
        ("nl", "4 maart 2026"),
        ("pt", "4 de março de 2026"),
        ("xx", "4 March 2026"),  # no module: English
    ],
)
def test_dates_are_written_in_the_replys_language_with_an_english_fallback(
    code: str, written: str
) -> None:
    day = date(2026, 3, 4)
    assert lang.format_date(day, code) == written
    assert lang.format_numeric_date(day, "de") == "04.03.2026"
    assert lang.format_numeric_date(day, "en") == "2026-03-04"


def test_an_unknown_code_falls_back_to_english() -> None:
    assert lang.find("xx") is None
    assert lang.get("xx").code == "en" and lang.get(None).code == "en"
    assert lang.base_code("pt_BR") == "pt"
    assert lang.phrase("pl", "weekday_date") == lang.get("en").weekday_date
