"""Quote layouts of mail clients in more languages, helpdesk markers, list footers, and the
lenient reading of damaged messages (issue: read the quote layouts of every common client).

Each sample is written for this test from the layout the client produces; the new text
must come out exactly.
"""

from __future__ import annotations

import pytest

from assistant import parse_email
from assistant.mail._quotes import split_quotes

NEW = "The new words."

ATTRIBUTIONS = {
    "zh-gmail": "在 2026年11月3日周二 09:14，张三 <zhang@example.cn> 写道：",
    "zh-tw-gmail": "於 2026年11月3日 週二 上午9:14，陳小明 <chen@example.tw> 寫道：",
    "ja-gmail": "2026年11月3日(火) 9:14 山田太郎 <taro@example.jp>:",
    "ko-gmail": "2026년 11월 3일 (화) 오전 9:14, 김철수 <kim@example.kr>님이 작성:",
    "uk-gmail": "вт, 3 лист. 2026 р. о 09:14 Олена <olena@example.ua> пише:",
    "cs-gmail": "Dne út 3. 11. 2026 9:14 uživatel Jan Novák <jan@example.cz> napsal:",
    "hu-gmail": "Kovács Anna <anna@example.hu> ezt írta (időpont: 2026. nov. 3., K, 9:14):",
    "ro-gmail": "Pe mar., 3 nov. 2026 la 09:14, Ion Pop <ion@example.ro> a scris:",
    "tr-gmail": "Ali Veli <ali@example.tr>, 3 Kas 2026 Sal, 09:14 tarihinde şunu yazdı:",
    "el-gmail": "Στις Τρί 3 Νοε 2026 στις 9:14 π.μ., ο/η Νίκος <nikos@example.gr> έγραψε:",
    "ca-gmail": "El dt., 3 de nov. 2026 a les 9:14, Jordi <jordi@example.cat> va escriure:",
    "ar-gmail": "في الثلاثاء، 3 نوفمبر 2026 في 9:14 ص، كتب أحمد <ahmed@example.eg>:",
    "he-gmail": "בתאריך יום ג׳, 3 בנוב׳ 2026 ב-9:14 מאת דנה <dana@example.il>:",
    "de-schrieb-am": "Hans Meier <h@example.de> schrieb am 03.11.2026 um 09:14 Uhr:",
    "en-wrapped": "On Tue, 3 Nov 2026 at 09:14, Tom Smith <tom@example.com>\nwrote:",
    "nl-wrapped": "Op di 3 nov 2026 om 09:14 heeft Jan Jansen <jan@example.nl> het volgende\n"
    "geschreven:",
    "vi-gmail": "Vào 09:14 Th 3, 3 thg 11, 2026 Nguyễn Văn An <an@example.vn> đã viết:",
    "android-dashed": "---- Tom Smith wrote ----",
    "de-android-dashed": "---- Hans Meier schrieb ----",
}


@pytest.mark.parametrize("attribution", ATTRIBUTIONS.values(), ids=list(ATTRIBUTIONS))
def test_attribution_lines_in_many_languages_start_the_quote(attribution: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{attribution}\n> the old words\n> more old words\n")
    assert parts.new_text == NEW
    assert "the old words" in parts.quoted_text


HEADER_BLOCKS = {
    "zh-outlook": "发件人: 张三 <zhang@example.cn>\n发送时间: 2026年11月3日 9:14\n收件人: 李四\n主题: 报告",
    "ja-outlook": "差出人: 山田太郎 <taro@example.jp>\n送信日時: 2026年11月3日 9:14\n宛先: 鈴木\n件名: 報告",
    "ko-outlook": "보낸 사람: 김철수 <kim@example.kr>\n보낸 날짜: 2026년 11월 3일\n받는 사람: 이영희\n제목: 보고서",
    "cs-outlook": "Od: Jan Novák <jan@example.cz>\nOdesláno: úterý 3. listopadu 2026 9:14\nKomu: Sam\nPředmět: Zpráva",
    "tr-outlook": "Kimden: Ali Veli <ali@example.tr>\nGönderildi: 3 Kasım 2026 Salı 09:14\nKime: Sam\nKonu: Rapor",
    "he-outlook": "מאת: דנה <dana@example.il>\nנשלח: יום שלישי 3 נובמבר 2026 09:14\nאל: Sam\nנושא: דוח",
    "vi-outlook": "Từ: Nguyễn Văn An <an@example.vn>\nĐã gửi: Thứ Ba, 3 tháng 11, 2026 9:14\nĐến: Sam\n"
    "Chủ đề: Báo cáo",
}


@pytest.mark.parametrize("block", HEADER_BLOCKS.values(), ids=list(HEADER_BLOCKS))
def test_an_outlook_header_block_cuts_history_without_quote_marks(block: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{block}\n\nthe old words, not marked with >\n")
    assert parts.new_text == NEW
    assert "the old words" in parts.quoted_text


@pytest.mark.parametrize(
    "history",
    [
        "*-----Original Message-----*\nFrom: a@b.example\nSent: Tuesday\n\nthe old words",
        "| the old words\n| quoted the way some forums do",
        "## Reply above this line ##\n\nTicket 123 was updated\nthe old words",
        "Please type your reply above this line\n\nthe old words",
        "Previous Replies\n\nthe old words",
        "Bisherige Antworten\n\nthe old words",
    ],
)
def test_separators_pipe_quotes_and_helpdesk_markers(history: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{history}\n")
    assert parts.new_text == NEW
    assert "the old words" in parts.quoted_text


def test_a_line_framed_with_arrows_is_decoration_not_a_quote() -> None:
    """A newsletter's ">>> link <<<" line between the sender's own lines (talon's case)."""
    text = "Visit us now.\n>>> >>>  http://www.example.com <<<\nClick the link above\n"
    assert split_quotes(text).new_text == text.strip()
    assert split_quotes(f"{NEW}\n\n>>> an old quote, three deep\n").new_text == NEW


@pytest.mark.parametrize(
    "footer",
    [
        "--\nYou received this message because you are subscribed to the Google Groups group.\n"
        "To unsubscribe from this group, send email to x@googlegroups.com.",
        "_______________________________________________\ndev mailing list\ndev@lists.example.org",
    ],
)
def test_a_mailing_list_footer_is_not_the_senders_words(footer: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{footer}\n")
    assert parts.new_text == NEW


def test_sent_from_my_desk_is_a_sentence_not_a_phone() -> None:
    text = "Sent from my desk, where I waited for the report all morning.\nIt is still missing."
    assert split_quotes(text).new_text == text
    assert split_quotes(f"{NEW}\n\nSent from my iPhone").signature == "Sent from my iPhone"


def test_gmail_signature_block_is_left_out_of_the_html_new_text() -> None:
    html = (
        '<div dir="ltr">The report is late again.<br><br><div class="gmail_signature">Anna '
        'Schmidt<br>Head of Marketing</div></div><div class="gmail_quote">On Tue wrote:'
        "<blockquote>old</blockquote></div>"
    )
    raw = (
        "From: Anna <anna@example.com>\nSubject: x\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}"
    ).encode()
    assert parse_email(raw).new_text == "The report is late again."


@pytest.mark.parametrize(
    ("label", "rest"),
    [
        # Outlook for Mac: labels in spans styled bold, the quote in a blockquote below
        ('<span style="font-weight: bold">From: </span>', "Date: Tuesday<br>To: Dana"),
        ('<span style="FONT-WEIGHT:700">Von: </span>', "Gesendet: Dienstag<br>An: Dana"),
        ("<b>发件人：</b>", "发送时间：2026年11月3日<br>收件人：Dana"),  # Chinese Outlook, unquoted
    ],
)
def test_a_bold_from_paragraph_before_the_quote_is_history(label: str, rest: str) -> None:
    html = (
        "<div>The report is late again.</div><div><br></div>"
        f"<div>{label}Sam Carter &lt;sam@agency.example&gt;<br>{rest}<br>Subject: Report</div>"
        "<div><br></div><blockquote><div>Old text here</div></blockquote><div>Older text</div>"
    )
    raw = (
        "From: Anna <anna@example.com>\nSubject: x\nMIME-Version: 1.0\n"
        f"Content-Type: text/html; charset=utf-8\n\n{html}"
    ).encode()
    assert parse_email(raw).new_text == "The report is late again."


def test_a_folded_header_that_lost_its_indentation_is_read() -> None:
    raw = (
        b"Subject: Our long subject about the\nlate reports\nFrom: Anna <anna@example.com>\n"
        b"Date: Tue, 03 Nov 2026 09:00:00 +0000\n\nThe report was late again.\n"
    )
    email = parse_email(raw)
    assert email.sender is not None and email.sender.addr_spec == "anna@example.com"
    assert email.subject == "Our long subject about the late reports"


def test_a_file_that_starts_with_a_blank_line_is_read() -> None:
    raw = b"\n\nFrom: Anna <anna@example.com>\nSubject: hi\n\nThe report was late again.\n"
    email = parse_email(raw)
    assert email.subject == "hi" and email.new_text == "The report was late again."
    assert email.raw == raw  # the message is kept as given


@pytest.mark.parametrize("charset", ["utf-16", "utf-32"])
def test_a_utf16_or_utf32_text_part_is_text_not_binary(charset: str) -> None:
    body = "Der Bericht kam wieder zu spät, und niemand hat uns informiert.\n"
    raw = (
        b"From: Anna <anna@example.de>\nSubject: Bericht\nMIME-Version: 1.0\n"
        + f"Content-Type: text/plain; charset={charset}\n".encode()
        + b"Content-Transfer-Encoding: binary\n\n"
        + body.encode(charset)
    )
    email = parse_email(raw)
    assert email.new_text == body.strip()
    assert email.language == "de"
