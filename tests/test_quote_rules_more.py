"""Quote rules added from the misses on the newer public fixtures (tests/data/quotes/*/SOURCE.md):
invisible marks around a line, bold header names, an attribution verb whose date wrapped, a
forward whose quoted text lost a ``>``, full-width colons in a header block, and the words of
more languages.

Each sample is written for this test from the layout the client produces; the new text
must come out exactly.
"""
# ruff: noqa: RUF001  (non-ASCII punctuation is the test data)

from __future__ import annotations

import pytest

from assistant.mail._quotes import split_quotes

NEW = "The new words."
OLD = "the old words"

# --- invisible marks: right-to-left marks, zero-width characters, the BOM ----------------


def test_marks_around_an_attribution_do_not_hide_it() -> None:
    attribution = (
        "\u202bفي الاثنين، 2 مارس 2026 في 9:15 ص، كتب سلمى \u200f<salma@example.com>:\u202c"
    )
    parts = split_quotes(f"{NEW}\n\n{attribution}\n> {OLD}\n")
    assert parts.new_text == NEW
    assert OLD in parts.quoted_text


def test_marks_around_a_mobile_signature_do_not_hide_it() -> None:
    parts = split_quotes(f"{NEW}\n\n\u202bأُرسلت من هاتفي\u202c\n")
    assert parts.new_text == NEW
    assert parts.signature == "\u202bأُرسلت من هاتفي\u202c"  # the text returned keeps its marks


def test_a_bom_before_an_attribution_does_not_hide_it() -> None:
    parts = split_quotes(
        f"\ufeff{NEW}\n\n\ufeffOn Mon, 2 Mar 2026, Sam <sam@example.com> wrote:\n> {OLD}\n"
    )
    assert parts.new_text == NEW  # the BOM that opens the text is dropped
    assert OLD in parts.quoted_text


def test_zero_width_characters_in_the_new_text_stay() -> None:
    text = (
        "\u200bFirst line\u200b\n\u200b\nSecond line\n\u200b\n\n"
        f"On Mon, 2 Mar 2026, Sam <sam@example.com> wrote:\n> {OLD}\n"
    )
    assert split_quotes(text).new_text == "\u200bFirst line\u200b\n\nSecond line"


# --- bold header names --------------------------------------------------------------------


def test_a_header_block_in_bold_with_spaces_inside_the_stars() -> None:
    block = (
        "** From : Billing <billing@example.com> **\n"
        "** Sent : Monday, 2 March 2026 09:15 **\n"
        "** To : Sam <sam@example.com> **\n"
        "** Subject : Invoice 1042 **"
    )
    parts = split_quotes(f"{NEW}\n\n{block}\n\n{OLD}\n")
    assert parts.new_text == NEW
    assert OLD in parts.quoted_text


def test_a_line_of_spaces_between_stars_is_no_header() -> None:
    line = "** " + " " * 5000 + "From **"
    assert split_quotes(f"{NEW}\n{line}\n").new_text == f"{NEW}\n{line}"


# --- an attribution verb whose date wrapped -----------------------------------------------


@pytest.mark.parametrize(
    "attribution",
    [
        "Liisa Virtanen <liisa@example.fi> kirjoitti 2.3.2026\nklo 9.15:",
        "Kari Nordmann <kari@example.no> skrev følgende den\n02.03.2026, 09:15:",
        "Lars Berg <lars@example.se> skrev den 2 mars 2026\nkl. 09:15 följande:",
    ],
    ids=["fi", "no", "sv"],
)
def test_a_verb_whose_date_wrapped_ends_the_attribution(attribution: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{attribution}\n> {OLD}\n")
    assert (parts.new_text, parts.signature) == (NEW, "")
    assert parts.quoted_text.startswith(attribution)


def test_wrapped_prose_ending_in_a_time_is_no_attribution() -> None:
    text = "We wrote the plan together and meet on\n2 March 2026 at 10:20:\n\n- agenda\n- minutes\n"
    assert split_quotes(text).new_text == text.strip()


# --- a forward whose quoted text lost a ">" -----------------------------------------------


def test_a_forward_intro_keeps_a_line_that_lost_its_quote_mark_in_the_forward() -> None:
    text = (
        "Begin forwarded message:\n\n"
        "> From: Sam <sam@example.com>\n> Subject: Report\n>\n"
        f"> {OLD}, the line wrapped\nwithout its mark\n> and went on.\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == ""
    assert "without its mark" in parts.quoted_text


def test_a_separator_keeps_a_line_that_lost_its_quote_mark_in_the_forward() -> None:
    text = (
        f"{NEW}\n---------- Forwarded message ---------\n"
        f"> From: Sam <sam@example.com>\n> {OLD}, the line wrapped\nwithout its mark\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == NEW
    assert "without its mark" in parts.quoted_text


def test_a_forward_intro_below_a_rule_keeps_the_forward_whole() -> None:
    text = (
        f"{'_' * 32}\nBegin forwarded message:\n> From: Sam <sam@example.com>\n> {OLD}\nwrapped\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == ""
    assert "wrapped" in parts.quoted_text


def test_replies_between_quotes_below_an_attribution_still_count() -> None:
    text = f"On Mon, 2 Mar 2026, Sam <sam@example.com> wrote:\n> {OLD}\n\nMy answer.\n"
    assert split_quotes(text).new_text == "My answer."


# --- full-width colons --------------------------------------------------------------------


def test_a_header_block_with_full_width_colons_and_no_separator() -> None:
    block = (
        "差出人：山田太郎 <taro@example.jp>\n"
        "送信日時：2026年3月2日 9:15\n"
        "宛先：佐藤 <sato@example.jp>\n"
        "件名：見積書"
    )
    parts = split_quotes(f"了解しました。明日送ります。\n\n{block}\n\n見積書をお願いします。\n")
    assert parts.new_text == "了解しました。明日送ります。"
    assert "見積書をお願いします。" in parts.quoted_text


# --- the words of more languages ----------------------------------------------------------

QUOTES = {
    "fi-separator": "---------- Edelleenlähetetty viesti ----------\nLähettäjä: Liisa",
    "fi-attribution": "Liisa Virtanen <liisa@example.fi> kirjoitti 2.3.2026 klo 9.15:",
    "ru-separator": "-------- Перенаправленное сообщение --------\nТема: Отчёт",
    "ru-forward-intro": "Начало переадресованного сообщения:\n\nОтправитель: Иван",
    "ru-header-block": "Отправитель: Иван <ivan@example.ru>\nКопия: Олег <oleg@example.ru>",
    "uk-separator": "----- Перенаправлене повідомлення -----\nВід: Олена <olena@example.ua>",
    "uk-forward-intro": "Початок листа, що пересилається:\n\nВід кого: Олена <olena@example.ua>",
    "uk-header-block": "Від кого: Олена <olena@example.ua>\nТема: Звіт",
    "tr-separator-ileti": "-------- İletilen İleti --------\nKimden: Ali <ali@example.tr>",
    "tr-separator-mesaj": "----- İletilmiş Mesaj -----\nKimden: Ali <ali@example.tr>",
    "ro-forward-intro": "Începe mesajul redirecționat:\n\nExpeditorul: Ion <ion@example.ro>",
    "ro-header-block": "Expeditorul: Ion <ion@example.ro>\nSubiectul: Raport\nDestinatarul: Sam",
    "no-attribution": "Kari Nordmann <kari@example.no> skrev følgende den 02.03.2026, 09:15:",
    "sv-attribution": 'Den 2026-03-02 09:15 skrev "Lars Berg" <lars@example.se> följande:',
    "sk-separator": "-------- Preposlaná správa --------\nPredmet: Správa\nOd: Ján",
    "sk-forward-intro": "Začiatok preposlanej správy:\n\nOd: Ján <jan@example.sk>",
    "sk-attribution": "2. 3. 2026 9:15 používateľ Ján Kováč (<jan@example.sk>) napísal:",
    "sk-header-block": "Od: Ján <jan@example.sk>\nPre: Sam\nKópia: Eva",
    "hr-separator": "-------- Proslijeđena poruka --------\nNaslov: Izvješće",
    "hr-forward-intro": "Započni proslijeđenu poruku:\n\nŠalje: Ana <ana@example.hr>",
    "hr-header-block": "Šalje: Ana <ana@example.hr>\nPrima: Sam\nPredmet: Izvješće",
}


@pytest.mark.parametrize("quote", QUOTES.values(), ids=list(QUOTES))
def test_the_words_of_more_languages_start_the_quote(quote: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{quote}\n\n{OLD}\n")
    assert parts.new_text == NEW
    assert OLD in parts.quoted_text


@pytest.mark.parametrize(
    "signature",
    [
        "Lähetetty Android-puhelimesta",
        "Az iPhone-omról küldve",
        "iPhone-ról küldve",
        "أُرسلت من هاتفي",
    ],
    ids=["fi", "hu-az", "hu", "ar-damma"],
)
def test_mobile_signatures_of_more_languages(signature: str) -> None:
    parts = split_quotes(f"{NEW}\n\n{signature}\n")
    assert parts.new_text == NEW
    assert parts.signature == signature


def test_a_finnish_line_about_a_sent_file_is_no_signature() -> None:
    text = f"{NEW}\n\nLähetetty tiedosto on liitteenä, katso sivu 3.\n"
    assert split_quotes(text).new_text == text.strip()


@pytest.mark.parametrize(
    ("text", "new_text", "signature"),
    [
        (
            "Hi Sam,\n\nThanks, that works for us.\n\nBest,\nPriya\n",
            "Hi Sam,\n\nThanks, that works for us.",
            "Best,\nPriya",
        ),
        (
            "Hi Sam,\n\nThe report is late.\n\nThanks, Priya\n",
            "Hi Sam,\n\nThe report is late.",
            "Thanks, Priya",
        ),
    ],
)
def test_a_sentence_after_thanks_is_the_reply_not_its_sign_off(
    text: str, new_text: str, signature: str
) -> None:
    parts = split_quotes(text)
    assert (parts.new_text, parts.signature) == (new_text, signature)


@pytest.mark.parametrize("sign", ["\u2014Daniel", "\u2013Daniel", "-Daniel"])
def test_a_name_signed_with_any_dash_is_the_signature(sign: str) -> None:
    parts = split_quotes(f"Hi,\n\nThe report is late.\n\n{sign}\n")
    assert (parts.new_text, parts.signature) == ("Hi,\n\nThe report is late.", sign)


def test_a_device_line_with_a_link_inside_is_the_signature() -> None:
    line = "Sent from Mail<https://go.microsoft.com/fwlink/?LinkId=550986> for Windows 10"
    parts = split_quotes(f"Hi,\n\nThe report is late.\n\n{line}\n")
    assert (parts.new_text, parts.signature) == ("Hi,\n\nThe report is late.", line)


def test_a_contact_block_without_dashes_is_the_signature() -> None:
    text = (
        "Hi, the files are attached.\n\n"
        "Karen Green\nDesigner\nTel: +44 20 7946 0958\nkaren@example.com\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Hi, the files are attached."
    assert parts.signature.startswith("Karen Green")
    # a name and one number inside the reply is the sender's text
    kept = (
        "Please call.\n\nKaren Green\nTel: +44 20 7946 0958\n\nShe knows the plan well.\n\nThanks"
    )
    assert "Karen Green" in split_quotes(kept).new_text


def test_an_android_attribution_wrapped_after_the_bracket() -> None:
    slashed = "Fine by me.\n\n2013/11/1 Sam Lee <\nsam@example.com>\n\n> old\n"
    assert split_quotes(slashed).new_text == "Fine by me."
    top = "2013/11/1 Sam Lee <\nsam@example.com>\n\n> old\n\nFine by me.\n"
    assert split_quotes(top).new_text == "Fine by me."
    wrote = "Fine by me.\n\nOn Mon, Nov 4, 2013 at 4:29 PM Sam Lee <\n"
    wrote += "sam@example.com> wrote:\n\n> old\n"
    assert split_quotes(wrote).new_text == "Fine by me."


def test_a_reply_opening_with_its_own_from_and_to_lines() -> None:
    text = (
        "From: Homer\nTo: Support\n\nThanks!\n\n"
        "Date: Monday, February 24, 2014 12:27 PM\nFrom: Support [mailto:s@example.com]\n"
        "To: Homer\nSubject: Re: Help\n\nOld text\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "From: Homer\nTo: Support\n\nThanks!"
    assert parts.quoted_text.startswith("Date: Monday")


def test_fields_run_together_on_one_from_line_open_a_quote() -> None:
    text = "Reply\nFrom: bob@example.com Date: Thu, 24 Mar 2016 08:07:12 -0700\nQuoted message\n"
    assert split_quotes(text).new_text == "Reply"


def test_a_line_of_underscores_above_a_short_signature() -> None:
    text = "See you then.\n\nTom\n______________________\n\nDr. Tom F\nGermany\n"
    parts = split_quotes(text)
    assert parts.new_text == "See you then.\n\nTom"
    assert parts.signature.startswith("____")


def test_a_footer_repeated_below_the_quote_is_not_new_text() -> None:
    """A partner's footer under the quote and again under the reply; the quoted copy lost
    its link, as a plain-text copy of HTML does."""
    text = (
        "Done, thank you.\n\n"
        "> On Mar 15, 2018, at 4:21 PM, Sam <s@example.com> wrote:\n> Hi,\n>\n"
        "> By replying you agree to the Example Policy.\n> Example | 1 Main St\n\n"
        "By replying you agree to the Example Policy <https://example.com/p>.\n"
        "Example | 1 Main St\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Done, thank you."
    assert parts.signature.startswith("By replying")


@pytest.mark.parametrize(
    ("text", "new"),
    [
        ("Hey man! How r u?\n---\nRoman", "Hey man! How r u?"),  # "---" above a name
        ("Hey!\n-roman", "Hey!"),  # a dashed name right below the text
        ("Hey!\n\nThanks!\nRoman", "Hey!"),  # a sign-off alone with "!"
        ("Thanks,\n\nBlah\n\nregards\n\nJohn Doe", "Thanks,\n\nBlah"),  # lower-case "regards"
        ("Hey!\n\nSent from my iPhone!", "Hey!"),
        ("Hi.\nSent wirelessly from my BlackBerry device on the Bell network.", "Hi."),
        ("Hi.\nEnvoyé sans fil par mon terminal mobile BlackBerry sur le réseau de Bell.", "Hi."),
    ],
)
def test_short_signatures(text: str, new: str) -> None:
    assert split_quotes(text).new_text == new


def test_a_list_below_a_colon_keeps_its_last_dashed_item() -> None:
    assert split_quotes("Fix these:\n-Header").new_text == "Fix these:\n-Header"
    assert split_quotes("Thanks!").new_text == "Thanks!"


# --- initials before ">": Outlook's and Supercite's "JS> " quoting ------------------------


@pytest.mark.parametrize("mark", ["C>", "JS>", "ABC>>"])
def test_initials_before_a_quote_mark_quote_the_line(mark: str) -> None:
    """discourse embedded_email_7: "C>" lines below the reply stayed in the new text."""
    parts = split_quotes(f"{NEW}\n\n{mark}\n{mark} {OLD}\n")
    assert parts.new_text == NEW
    assert OLD in parts.quoted_text


def test_initials_quoting_below_an_attribution_with_a_reply_below() -> None:
    body = f"On Mon, 2 Mar 2026, John Smith wrote:\nJS> {OLD}\n\n{NEW}\n"
    assert split_quotes(body).new_text == NEW


@pytest.mark.parametrize("line", ["A>B holds for every pair.", "ABCD> is not a mark", "Js> x"])
def test_capitals_before_a_bracket_in_prose_are_no_quote(line: str) -> None:
    assert split_quotes(f"{NEW}\n{line}\n").new_text == f"{NEW}\n{line}"


# --- HTML: which <blockquote> is quoted history ---------------------------------------------


def _html_split(html: str) -> tuple[str, str]:
    from assistant.mail._html import html_to_text

    converted = html_to_text(html)
    return split_quotes(converted.reply).new_text, converted.quoted


def test_a_blockquote_above_the_last_with_no_attribution_is_the_senders_text() -> None:
    """talon regular_blockquote: a bare blockquote in the reply was cut with the history."""
    new, quoted = _html_split(
        "<div>See the contract:</div><blockquote>Payment within 30 days.</blockquote>"
        "<div>Is that right?</div><blockquote>older history</blockquote>"
    )
    assert new == "See the contract:\n\nPayment within 30 days.\n\nIs that right?"
    assert quoted == "older history"


def test_a_gmail_quote_blockquote_with_no_attribution_is_the_senders_text() -> None:
    """talon gmail_quote_blockquote: Gmail's "Quote" button writes blockquote.gmail_quote."""
    new, _ = _html_split(
        '<div>Message</div><blockquote class="gmail_quote">My name is Sam.</blockquote>'
    )
    assert new == "Message\n\nMy name is Sam."


@pytest.mark.parametrize(
    "above",
    [
        "On Mon, 2 Mar 2026 at 10:00, Sam &lt;sam@example.com&gt; wrote:",  # attribution
        "26.06.2014, 14:41, &quot;Sam&quot; &lt;sam@example.com&gt;:",  # Yandex
        "-----Original Message-----<br>From: Sam &lt;sam@example.com&gt;<br>Sent: Monday",
    ],
)
def test_a_blockquote_below_an_attribution_is_cut_even_above_another(above: str) -> None:
    new, quoted = _html_split(
        f"<div>{NEW}</div><div>{above}</div><blockquote>{OLD}</blockquote>"
        "<div>Thanks</div><blockquote>a later passage</blockquote>"
    )
    assert OLD in quoted
    assert new.startswith(NEW) and OLD not in new


def test_a_cite_blockquote_is_cut_wherever_it_is() -> None:
    new, quoted = _html_split(
        f'<div>{NEW}</div><blockquote type="cite">{OLD}</blockquote>'
        "<div>More</div><blockquote>the last passage</blockquote>"
    )
    assert OLD in quoted and OLD not in new


def test_a_forms_fields_pasted_between_rules_stay_the_clients_text() -> None:
    from assistant.mail.message import parse_email

    raw = (
        b"From: Jonas <jonas@client.example>\nTo: sam@ourco.example\nSubject: Formular\n"
        b"Date: Fri, 04 Dec 2026 10:00:00 +0000\n\nHallo Sam,\n\n"
        b"das Kontaktformular ist kaputt.\n\n----------\nKontaktformular\n"
        b"Aufruf: www.example.de/kontakt\nTelefon eingeben: 030 1234567\n----------\n"
        b"Bitte heute noch beheben, sonst kuendige ich.\n\nJonas\n"
    )
    assert "Bitte heute noch beheben" in parse_email(raw).new_text


def test_a_blockquote_after_an_attribution_is_history_even_with_a_long_footer() -> None:
    from assistant.mail.message import parse_email

    reply = (
        "Hi Sam, thanks for the update. The new landing page looks good and the numbers are "
        "finally moving in the right direction. I will share the report with the board on "
        "Thursday and come back to you with their feedback on the budget for next quarter. "
        "Best, Daniel"
    )
    history = (
        "On Monday, Sam wrote: We have to tell you that the campaign is paused because the "
        "invoice is overdue by sixty days; we will stop all work on Friday."
    )
    footer = (
        "CONFIDENTIALITY NOTICE: This e-mail and any attachments are confidential and may be "
        "privileged. If you are not the intended recipient, please notify the sender "
        "immediately and delete this message. Any unauthorised use, disclosure or copying is "
        "strictly prohibited."
    )
    html = (
        f"<html><body><div>{reply}</div><blockquote>{history}</blockquote>"
        f"<div>{footer}</div></body></html>"
    )
    raw = (
        "From: Daniel <c@client.example>\nTo: sam@ourco.example\nSubject: Re: Campaign\n"
        "Date: Fri, 04 Dec 2026 10:00:00 +0000\nMIME-Version: 1.0\n"
        "Content-Type: text/html; charset=utf-8\n\n" + html
    ).encode()
    assert "campaign is paused" not in parse_email(raw).new_text
