"""parse_email on small messages written here: headers, bodies, charsets, quotes, language."""
# ruff: noqa: RUF001  (non-ASCII punctuation is the test data)

from __future__ import annotations

import base64
import quopri
import re
from datetime import UTC, datetime
from email.message import EmailMessage
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from assistant.errors import BadEmailError, InputNotFoundError
from assistant.mail.message import Address, Email, parse_email

HEAD = (
    b"From: Client <client@example.com>\r\n"
    b"To: Me <me@example.org>\r\n"
    b"Subject: Report\r\n"
    b"Date: Tue, 04 Mar 2025 09:15:00 +0100\r\n"
    b"Message-ID: <abc@example.com>\r\n"
)


def plain(body: bytes, charset: str = "utf-8", cte: str = "8bit", extra: bytes = b"") -> bytes:
    return (
        HEAD
        + extra
        + b"MIME-Version: 1.0\r\nContent-Type: text/plain; charset="
        + charset.encode()
        + b"\r\nContent-Transfer-Encoding: "
        + cte.encode()
        + b"\r\n\r\n"
        + body
    )


def no_surrogates(email: Email) -> bool:
    texts = [email.subject, email.text, email.new_text, email.quoted_text, email.signature]
    for addr in (email.sender, *email.to, *email.cc, *email.reply_to):
        if addr is not None:
            texts += [addr.display_name, addr.addr_spec]
    return not any(re.search("[\ud800-\udfff]", t) for t in texts)


# --- headers ------------------------------------------------------------------------------


def test_plain_message_headers_and_body() -> None:
    email = parse_email(plain(b"Hello Tom,\r\n\r\nthe report is late again.\r\n"))
    assert email.subject == "Report"
    assert email.sender == Address("Client", "client@example.com")
    assert email.to == (Address("Me", "me@example.org"),)
    assert email.message_id == "<abc@example.com>"
    assert email.date == datetime(2025, 3, 4, 8, 15, tzinfo=UTC)
    assert email.text == "Hello Tom,\n\nthe report is late again.\n"
    assert email.new_text == "Hello Tom,\n\nthe report is late again."
    assert email.quoted_text == "" and email.signature == ""
    assert not email.body_from_html


def test_raw_keeps_the_original_bytes() -> None:
    raw = plain(b"Hi \xc3\xa9\r\n")
    assert parse_email(raw).raw == raw


def test_str_and_path_and_message_object_give_the_same_email(tmp_path: Path) -> None:
    raw = plain(b"Hello there, this is a test.\r\n")
    path = tmp_path / "m.eml"
    path.write_bytes(raw)
    msg = EmailMessage()
    msg["From"] = "Client <client@example.com>"
    msg["Subject"] = "Report"
    msg.set_content("Hello there, this is a test.\n")
    from_bytes = parse_email(raw)
    assert parse_email(raw.decode()).new_text == from_bytes.new_text
    assert parse_email(path).raw == raw
    assert parse_email(msg).new_text == from_bytes.new_text


def test_threading_headers_take_angle_tokens_only() -> None:
    extra = (
        b"In-Reply-To: garbage <one@x.example> more\r\n"
        b"References: <zero@x.example>\r\n <one@x.example>\r\n"
        b"References: <one@x.example> <two@x.example>\r\n"
    )
    email = parse_email(plain(b"Body text here.\r\n", extra=extra))
    assert email.in_reply_to == "<one@x.example>"
    assert email.references == ("<zero@x.example>", "<one@x.example>", "<two@x.example>")


def test_missing_threading_headers_are_none_and_empty() -> None:
    raw = b"From: a@example.com\r\nSubject: x\r\n\r\nHello there.\r\n"
    email = parse_email(raw)
    assert email.message_id is None and email.in_reply_to is None and email.references == ()
    assert email.date is None


@pytest.mark.parametrize(
    "value", [b"       <HR>", b"Tue, 06 Jun 2017 27:39:33 +0600", b"Mon, 1 Jan 99999 10:00 +0000"]
)
def test_bad_date_is_none_with_a_defect(value: bytes) -> None:
    email = parse_email(b"From: a@example.com\r\nDate: " + value + b"\r\n\r\nHello.\r\n")
    assert email.date is None
    assert any("Date" in d for d in email.defects)


def test_date_without_zone_is_read_as_utc() -> None:
    email = parse_email(b"From: a@example.com\r\nDate: 1 Jan 2024 10:00 -0000\r\n\r\nHi\r\n")
    assert email.date == datetime(2024, 1, 1, 10, 0, tzinfo=UTC)


def test_display_name_that_looks_like_an_address_uses_the_angle_addr() -> None:
    raw = (
        b"From: alice@example.com <bob@example.com>\r\n"
        b"Reply-To: carol@example.com <dave@example.com>\r\n"
        b"Cc: eve@example.com <frank@example.com>, Grace <grace@example.com>\r\n\r\nHi\r\n"
    )
    email = parse_email(raw)
    assert email.sender is not None and email.sender.addr_spec == "bob@example.com"
    assert email.reply_address == Address("carol@example.com", "dave@example.com")
    assert [a.addr_spec for a in email.cc] == ["frank@example.com", "grace@example.com"]


def test_reply_to_with_empty_angle_addr_is_ignored() -> None:
    raw = b"From: Klaus <klaus@example.com>\r\nReply-To: KLAUS- H\xc3\x84NSCHEL <>\r\n\r\nHallo\r\n"
    email = parse_email(raw)
    assert email.reply_to == ()
    assert email.reply_address == Address("Klaus", "klaus@example.com")


def test_encoded_display_name_with_comma_stays_one_address() -> None:
    raw = b"From: =?utf-8?b?Rm9vLCBCYXI=?= <foo@example.com>\r\n"
    raw += b"To: undisclosed-recipients:;\r\n\r\nx\r\n"
    email = parse_email(raw)
    assert email.sender == Address("Foo, Bar", "foo@example.com")
    assert email.to == ()


def test_eight_bit_utf8_headers_have_no_surrogates() -> None:
    raw = (
        "From: Jörg Döe <jdöe@mächine.example>\r\nTo: Ünal <u@example.com>\r\n"
        "Subject: Grüße aus Köln\r\n\r\nHallo\r\n"
    ).encode()
    email = parse_email(raw)
    assert email.subject == "Grüße aus Köln"
    assert email.sender == Address("Jörg Döe", "jdöe@mächine.example")
    assert no_surrogates(email)


def test_eight_bit_latin1_subject_is_decoded_not_replaced() -> None:
    email = parse_email(b"From: a@example.com\r\nSubject: Caf\xe9 \x96 menu\r\n\r\nHi\r\n")
    assert email.subject == "Café – menu"


def test_unknown_charset_in_encoded_word_does_not_raise() -> None:
    email = parse_email(b"Subject: =?NONE?B?VEVTVA=?=\r\n\r\n")
    assert email.subject == "TEST"
    assert email.sender is None


@pytest.mark.parametrize(
    ("headers", "flag"),
    [
        (b"Auto-Submitted: auto-replied\r\n", "auto_submitted"),
        (b"List-Id: Riak users <riak-users.lists.basho.com>\r\n", "mailing_list"),
        (b"Precedence: bulk\r\n", "mailing_list"),
    ],
)
def test_flags_from_headers(headers: bytes, flag: str) -> None:
    assert flag in parse_email(plain(b"Hello.\r\n", extra=headers)).flags


def test_auto_submitted_no_and_plain_mail_carry_no_flags() -> None:
    email = parse_email(plain(b"Hello.\r\n", extra=b"Auto-Submitted: no\r\n"))
    assert email.flags == frozenset()


@pytest.mark.parametrize(
    "sender", ["noreply@shop.example", "no-reply@x.example", "MAILER-DAEMON@mx.example"]
)
def test_no_reply_sender_flag(sender: str) -> None:
    email = parse_email(f"From: Shop <{sender}>\r\nSubject: x\r\n\r\nHi\r\n".encode())
    assert "no_reply_sender" in email.flags


# --- bodies and charsets ------------------------------------------------------------------


def test_html_only_body_is_converted_to_text() -> None:
    raw = (
        HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        b"<html><body><p>Dear team,</p><p>the <b>dashboard</b> is down.</p>"
        b"<style>p{color:red}</style></body></html>\r\n"
    )
    email = parse_email(raw)
    assert email.body_from_html
    assert email.new_text == "Dear team,\n\nthe dashboard is down."


@pytest.mark.parametrize(
    ("html", "new_text", "quoted"),
    [
        pytest.param(
            b'<div dir="ltr">Thanks for the quick fix.</div><div class="gmail_quote">'
            b"On Mon, 3 Mar 2025 at 10:00, Me &lt;me@example.org&gt; wrote:<blockquote "
            b'class="gmail_quote">We deployed the fix.</blockquote></div>',
            "Thanks for the quick fix.",
            "We deployed the fix.",
            id="gmail_quote_is_cut_in_the_html",
        ),
        pytest.param(
            b"<div>Please call me.</div><hr><div id=divRplyFwdMsg><b>From:</b> Me<br>"
            b"<b>Sent:</b> Monday</div><div>Old text</div>",
            "Please call me.",
            "Old text",
            id="outlook_reply_header_is_cut_in_the_html",
        ),
        pytest.param(
            b"<html><body><div>Fine, Thursday works.</div><span id=OLK_SRC_BODY_SECTION>"
            b"<div><b>From: </b>Jan &lt;jan@example.org&gt;<br><b>Date: </b>Monday</div>"
            b"<div>Can we meet on Thursday?</div></span></body></html>",
            "Fine, Thursday works.",
            "Can we meet on Thursday?",
            id="outlook_for_mac_olk_src_body_section_is_cut",
        ),
    ],
)
def test_an_html_quote_layout_is_cut(html: bytes, new_text: str, quoted: str) -> None:
    """Each mail client's HTML quote layout: the new text alone, the history quoted."""
    email = parse_email(HEAD + b"Content-Type: text/html; charset=utf-8\r\n\r\n" + html)
    assert email.new_text == new_text
    assert quoted in email.quoted_text


def test_quoted_printable_body() -> None:
    body = quopri.encodestring("Grüße, das Angebot über 5.000 € passt.\r\n".encode())
    email = parse_email(plain(body, cte="quoted-printable"))
    assert email.new_text == "Grüße, das Angebot über 5.000 € passt."


def test_base64_body() -> None:
    body = base64.encodebytes("Привет, отчёт готов.\r\n".encode())
    email = parse_email(plain(body, cte="base64"))
    assert email.new_text == "Привет, отчёт готов."


def test_iso_8859_1_body() -> None:
    email = parse_email(plain("Größe: ändern bitte.\r\n".encode("latin-1"), "iso-8859-1"))
    assert email.new_text == "Größe: ändern bitte."


def test_windows_1252_body() -> None:
    email = parse_email(plain("“Quoted” – fine €\r\n".encode("cp1252"), "windows-1252"))
    assert email.new_text == "“Quoted” – fine €"


@pytest.mark.parametrize("label", ["uft-8", "x-unknown", "NONE", "1"])
def test_misspelt_or_unknown_charset_reads_utf8(label: str) -> None:
    email = parse_email(plain("Können wir reden?\r\n".encode(), label))
    assert email.new_text == "Können wir reden?"


def test_gb2312_label_on_utf8_bytes_is_read_as_utf8() -> None:
    email = parse_email(plain("你好，报告在哪里？\r\n".encode(), "GB2312"))
    assert email.new_text == "你好，报告在哪里？"
    assert any("does not match" in d for d in email.defects)


def test_latin1_bytes_labelled_utf8_are_detected_not_garbled() -> None:
    text = "Sehr geehrte Damen und Herren, die Lieferung für März ist unvollständig.\r\n"
    email = parse_email(plain(text.encode("latin-1"), "utf-8"))
    assert "\ufffd" not in email.new_text
    assert "März" in email.new_text


def test_empty_text_plain_falls_back_to_html() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n'
        b"--b\r\nContent-Type: text/plain\r\n\r\n\r\n"
        b"--b\r\nContent-Type: text/html\r\n\r\n<p>Real content is here.</p>\r\n--b--\r\n"
    )
    email = parse_email(raw)
    assert email.body_from_html
    assert email.new_text == "Real content is here."


def test_missing_closing_boundary_still_gives_the_text() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/alternative; boundary="nextPart"\r\n\r\n'
        b"--nextPart\r\nContent-Type: text/plain\r\n\r\nThe body without an end.\r\n"
    )
    email = parse_email(raw)
    assert email.new_text == "The body without an end."


def test_attachments_and_forwarded_messages_are_not_the_body() -> None:
    raw = HEAD + (
        b'Content-Type: multipart/mixed; boundary="m"\r\n\r\n'
        b"--m\r\nContent-Type: text/plain\r\n\r\nSee the attached notes.\r\n"
        b"--m\r\nContent-Type: text/plain\r\nContent-Disposition: attachment; filename=a.txt\r\n"
        b"\r\nATTACHED TEXT\r\n"
        b"--m\r\nContent-Type: message/rfc822\r\n\r\nFrom: x@example.com\r\n\r\nINNER\r\n--m--\r\n"
    )
    email = parse_email(raw)
    assert email.new_text == "See the attached notes."
    assert "ATTACHED" not in email.text and "INNER" not in email.text


def test_format_flowed_is_joined() -> None:
    body = b"This line is soft \r\nwrapped here.\r\n"
    raw = plain(body, "utf-8; format=flowed")
    assert parse_email(raw).new_text == "This line is soft wrapped here."


# --- quotes and signatures ----------------------------------------------------------------


def test_german_top_post_with_am_schrieb_quote() -> None:
    body = (
        b"Sehr geehrter Herr Weber,\n\nwir sind mit der Betreuung in diesem Quartal nicht "
        b"zufrieden. Bitte rufen Sie mich an.\n\nAm 03.03.2025 um 10:12 schrieb Jan Weber "
        b"<jan@example.org>:\n> Anbei der Bericht.\n"
    )
    email = parse_email(plain(body))
    assert email.new_text.endswith("Bitte rufen Sie mich an.")
    assert email.quoted_text.startswith("Am 03.03.2025")
    assert email.language == "de"


def test_outlook_original_message_block() -> None:
    body = (
        b"We expected the report on Monday.\n\n-----Original Message-----\n"
        b"From: Me <me@example.org>\nSent: Friday, 28 February 2025 17:00\n"
        b"To: Client <client@example.com>\nSubject: Report\n\nThe report follows.\n"
    )
    email = parse_email(plain(body))
    assert email.new_text == "We expected the report on Monday."
    assert "The report follows." in email.quoted_text


def test_german_outlook_von_gesendet_block() -> None:
    body = (
        b"Das reicht uns nicht.\n\nVon: Jan Weber <jan@example.org>\n"
        b"Gesendet: Freitag, 28. Februar 2025 17:00\nAn: Kunde <client@example.com>\n"
        b"Betreff: Bericht\n\nHier ist der Bericht.\n"
    )
    email = parse_email(plain(body))
    assert email.new_text == "Das reicht uns nicht."
    assert email.quoted_text.startswith("Von: Jan Weber")


def test_dash_dash_space_signature() -> None:
    body = b"Please send the invoice again.\n\n-- \nAnna Client\nHead of Ops\n"
    email = parse_email(plain(body))
    assert email.new_text == "Please send the invoice again."
    assert email.signature == "--\nAnna Client\nHead of Ops"


def test_sent_from_my_iphone_is_a_signature() -> None:
    email = parse_email(plain(b"Call me when you can.\n\nSent from my iPhone\n"))
    assert email.new_text == "Call me when you can."
    assert email.signature == "Sent from my iPhone"


def test_bottom_posted_reply_below_the_quote() -> None:
    body = b"On Mon, 3 Mar 2025, Me <me@example.org> wrote:\n> Is it fixed?\n\nYes, it works now.\n"
    email = parse_email(plain(body))
    assert email.new_text == "Yes, it works now."
    assert "> Is it fixed?" in email.quoted_text


def test_forward_without_own_text_has_empty_new_text() -> None:
    body = b"---------- Forwarded message ---------\nFrom: A <a@example.com>\nDate: x\n\nOld\n"
    email = parse_email(plain(body))
    assert email.new_text == ""
    assert email.language == "und"


# --- language -----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "language"),
    [
        ("Thanks for the update. We still have not received the report.", "en"),
        ("I am disappointed with the service this quarter. Please call me.", "en"),
        ("Vielen Dank für die Antwort. Leider fehlt der Bericht immer noch.", "de"),
        ("Wir sind nicht zufrieden. Bitte rufen Sie mich morgen an.", "de"),
        ("Merci pour votre réponse. Nous attendons toujours le rapport.", "fr"),
        ("Thanks!", "und"),
    ],
)
def test_language_of_new_text(text: str, language: str) -> None:
    assert parse_email(plain(text.encode())).language == language


def test_language_ignores_the_quote() -> None:
    body = (
        b"Thanks, we will review it this week.\n\nAm 03.03.2025 schrieb Jan <jan@example.org>:\n"
        b"> Sehr geehrte Damen und Herren, anbei finden Sie den Bericht und die Rechnung.\n"
        b"> Mit freundlichen Gruessen und vielen Dank fuer Ihre Geduld in dieser Sache.\n"
    )
    assert parse_email(plain(body)).language == "en"


# --- quote layouts in the thirteen languages of issue 3 -----------------------------------

# language: (new text, Outlook separator, Outlook header block, attribution line)
LAYOUTS = {
    "en": (
        "Thank you for the call. We still have not received the monthly report, and our board "
        "meets on Friday.",
        "-----Original Message-----",
        (
            "From: Jan Weber <jan@example.org>",
            "Sent: Friday, 28 February 2025 17:00",
            "To: Anna Client <anna@example.com>",
            "Subject: Report",
        ),
        "On Fri, 28 Feb 2025 at 17:00, Jan Weber <jan@example.org> wrote:",
    ),
    "de": (
        "Vielen Dank für den Anruf. Der Monatsbericht fehlt leider immer noch, und unser "
        "Vorstand tagt am Freitag.",
        "-----Ursprüngliche Nachricht-----",
        (
            "Von: Jan Weber <jan@example.org>",
            "Gesendet: Freitag, 28. Februar 2025 17:00",
            "An: Anna Kundin <anna@example.com>",
            "Betreff: Bericht",
        ),
        "Am Fr., 28. Feb. 2025 um 17:00 Uhr schrieb Jan Weber <jan@example.org>:",
    ),
    "fr": (
        "Merci pour votre appel. Nous n'avons toujours pas reçu le rapport mensuel et notre "
        "conseil se réunit vendredi.",
        "-----Message d'origine-----",
        (
            "De : Jan Weber <jan@example.org>",
            "Envoyé : vendredi 28 février 2025 17:00",
            "À : Anna Cliente <anna@example.com>",
            "Objet : Rapport",
        ),
        "Le ven. 28 févr. 2025 à 17:00, Jan Weber <jan@example.org> a écrit :",
    ),
    "es": (
        "Gracias por la llamada. Todavía no hemos recibido el informe mensual y nuestra junta se "
        "reúne el viernes.",
        "-----Mensaje original-----",
        (
            "De: Jan Weber <jan@example.org>",
            "Enviado el: viernes, 28 de febrero de 2025 17:00",
            "Para: Ana Cliente <anna@example.com>",
            "Asunto: Informe",
        ),
        "El vie, 28 feb 2025 a las 17:00, Jan Weber (<jan@example.org>) escribió:",
    ),
    "it": (
        "Grazie per la telefonata. Non abbiamo ancora ricevuto il rapporto mensile e il nostro "
        "consiglio si riunisce venerdì.",
        "-----Messaggio originale-----",
        (
            "Da: Jan Weber <jan@example.org>",
            "Inviato: venerdì 28 febbraio 2025 17:00",
            "A: Anna Cliente <anna@example.com>",
            "Oggetto: Rapporto",
        ),
        "Il giorno ven 28 feb 2025 alle ore 17:00 Jan Weber <jan@example.org> ha scritto:",
    ),
    "pt": (
        "Obrigado pela chamada. Ainda não recebemos o relatório mensal e a nossa direção "
        "reúne-se na sexta-feira.",
        "-----Mensagem original-----",
        (
            "De: Jan Weber <jan@example.org>",
            "Enviada em: sexta-feira, 28 de fevereiro de 2025 17:00",
            "Para: Ana Cliente <anna@example.com>",
            "Assunto: Relatório",
        ),
        "Em sex., 28 de fev. de 2025 às 17:00, Jan Weber <jan@example.org> escreveu:",
    ),
    "nl": (
        "Bedankt voor het gesprek. We hebben het maandrapport nog steeds niet ontvangen en onze "
        "raad vergadert vrijdag.",
        "-----Oorspronkelijk bericht-----",
        (
            "Van: Jan Weber <jan@example.org>",
            "Verzonden: vrijdag 28 februari 2025 17:00",
            "Aan: Anna Klant <anna@example.com>",
            "Onderwerp: Rapport",
        ),
        "Op vr 28 feb 2025 om 17:00 schreef Jan Weber <jan@example.org>:",
    ),
    "da": (
        "Tak for opkaldet. Vi har stadig ikke modtaget den månedlige rapport, og vores "
        "bestyrelse mødes på fredag.",
        "-----Oprindelig meddelelse-----",
        (
            "Fra: Jan Weber <jan@example.org>",
            "Sendt: 28. februar 2025 17:00",
            "Til: Anna Kunde <anna@example.com>",
            "Emne: Rapport",
        ),
        "Den fre. 28. feb. 2025 kl. 17.00 skrev Jan Weber <jan@example.org>:",
    ),
    "no": (
        "Takk for samtalen. Vi har fortsatt ikke fått den månedlige rapporten, og styret vårt "
        "møtes på fredag.",
        "-----Opprinnelig melding-----",
        (
            "Fra: Jan Weber <jan@example.org>",
            "Sendt: fredag 28. februar 2025 17:00",
            "Til: Anna Kunde <anna@example.com>",
            "Emne: Rapport",
        ),
        "fre. 28. feb. 2025 kl. 17:00 skrev Jan Weber <jan@example.org>:",
    ),
    "sv": (
        "Tack för samtalet. Vi har fortfarande inte fått månadsrapporten och vår styrelse möts "
        "på fredag.",
        "-----Ursprungligt meddelande-----",
        (
            "Från: Jan Weber <jan@example.org>",
            "Skickat: den 28 februari 2025 17:00",
            "Till: Anna Kund <anna@example.com>",
            "Ämne: Rapport",
        ),
        "Den fre 28 feb. 2025 kl 17:00 skrev Jan Weber <jan@example.org>:",
    ),
    "fi": (
        "Kiitos puhelusta. Emme ole vieläkään saaneet kuukausiraporttia, ja hallituksemme "
        "kokoontuu perjantaina.",
        "-----Alkuperäinen viesti-----",
        (
            "Lähettäjä: Jan Weber <jan@example.org>",
            "Lähetetty: perjantai 28. helmikuuta 2025 17.00",
            "Vastaanottaja: Anna Asiakas <anna@example.com>",
            "Aihe: Raportti",
        ),
        "pe 28. helmik. 2025 klo 17.00 Jan Weber <jan@example.org> kirjoitti:",
    ),
    "pl": (
        "Dziękuję za rozmowę. Nadal nie otrzymaliśmy miesięcznego raportu, a nasz zarząd spotyka "
        "się w piątek.",
        "-----Wiadomość oryginalna-----",
        (
            "Od: Jan Weber <jan@example.org>",
            "Wysłano: piątek, 28 lutego 2025 17:00",
            "Do: Anna Klientka <anna@example.com>",
            "Temat: Raport",
        ),
        "W dniu 28.02.2025 o 17:00, Jan Weber pisze:",
    ),
    "ru": (
        "Спасибо за звонок. Мы до сих пор не получили ежемесячный отчёт, а наше правление "
        "собирается в пятницу.",
        "-----Исходное сообщение-----",
        (
            "От: Jan Weber <jan@example.org>",
            "Отправлено: 28 февраля 2025 г. 17:00",
            "Кому: Анна Клиент <anna@example.com>",
            "Тема: Отчёт",
        ),
        "пт, 28 февр. 2025 г. в 17:00, Jan Weber <jan@example.org>:",
    ),
}


def layout_body(language: str, kind: str) -> tuple[str, str]:
    """Return (new text, whole body) for one layout of one language."""
    new, separator, block, attribution = LAYOUTS[language]
    old = "Old text from last week."
    if kind == "separator":
        return new, f"{new}\n\n{separator}\n" + "\n".join(block) + f"\n\n{old}\n"
    if kind == "header-block":
        return new, f"{new}\n\n" + "\n".join(block) + f"\n\n{old}\n"
    if kind == "attribution":
        return new, f"{new}\n\n{attribution}\n> {old}\n"
    wrapped = attribution.replace(" Jan Weber", "\nJan Weber", 1)  # wrapped over two lines
    return new, f"{new}\n\n{wrapped}\n> {old}\n"


@pytest.mark.parametrize("kind", ["separator", "header-block", "attribution", "wrapped"])
@pytest.mark.parametrize("language", sorted(LAYOUTS))
def test_quote_layouts_per_language(language: str, kind: str) -> None:
    new, body = layout_body(language, kind)
    email = parse_email(plain(body.encode()))
    assert email.new_text == new
    assert "Old text from last week." in email.quoted_text
    assert "Old text" not in email.new_text
    assert email.language == language


@pytest.mark.parametrize(
    "separator",
    [
        "---------- Forwarded message ---------",
        "---------- Weitergeleitete Nachricht ----------",
        "-------- Message transféré --------",
        "---------- Mensaje reenviado ---------",
        "Begin forwarded message:",
        "Anfang der weitergeleiteten Nachricht:",
    ],
)
def test_forwarded_message_block_is_quoted(separator: str) -> None:
    body = (
        f"Please look at the complaint below before our call.\n\n{separator}\n"
        "From: Client <client@example.com>\nDate: Mon, 3 Mar 2025 08:00\n"
        "Subject: Service\nTo: Jan <jan@example.org>\n\nThe service has been poor.\n"
    )
    email = parse_email(plain(body.encode()))
    assert email.new_text == "Please look at the complaint below before our call."
    assert "The service has been poor." in email.quoted_text


def test_gmail_quote_with_a_german_attribution_in_html() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        + (
            "<div dir=ltr>Danke, der Termin passt uns gut.</div><br><div class=gmail_quote>"
            "<div class=gmail_attr>Am Mo., 3. März 2025 um 10:00 Uhr schrieb Jan "
            "&lt;jan@example.org&gt;:<br></div><blockquote class=gmail_quote>Passt Ihnen "
            "Donnerstag?</blockquote></div>"
        ).encode()
    )
    email = parse_email(raw)
    assert email.new_text == "Danke, der Termin passt uns gut."
    assert "Donnerstag" in email.quoted_text
    assert email.language == "de"


def test_outlook_web_divrplyfwdmsg_in_french() -> None:
    raw = (
        HEAD
        + b"Content-Type: text/html; charset=utf-8\r\n\r\n"
        + (
            "<div>Merci, nous attendons toujours la facture corrigée.</div><hr>"
            "<div id=divRplyFwdMsg><b>De :</b> Jan &lt;jan@example.org&gt;<br>"
            "<b>Envoyé :</b> lundi 3 mars 2025 10:00</div><div>Voici la facture.</div>"
        ).encode()
    )
    email = parse_email(raw)
    assert email.new_text == "Merci, nous attendons toujours la facture corrigée."
    assert "Voici la facture." in email.quoted_text
    assert email.language == "fr"


# --- language of the new text only ---------------------------------------------------------

DISCLAIMER_DE = (
    "Diese E-Mail enthält vertrauliche und/oder rechtlich geschützte Informationen. Wenn Sie "
    "nicht der richtige Adressat sind oder diese E-Mail irrtümlich erhalten haben, informieren "
    "Sie bitte sofort den Absender und vernichten Sie diese E-Mail. Das unerlaubte Kopieren "
    "sowie die unbefugte Weitergabe dieser E-Mail sind nicht gestattet."
)
DISCLAIMER_EN = (
    "CONFIDENTIALITY NOTICE: This message and any attachments are confidential and intended "
    "solely for the addressee. If you have received it in error, please notify the sender "
    "immediately and delete it. Any unauthorised use, disclosure or copying is prohibited."
)


def test_german_new_text_above_an_english_quote_is_german() -> None:
    body = (
        "Danke, wir prüfen das diese Woche und melden uns bis Freitag.\n\n"
        "On Mon, 3 Mar 2025 at 10:00, Jan <jan@example.org> wrote:\n"
        "> Dear Anna, please find attached the report and the invoice for February.\n"
        "> We would be grateful for your feedback on the new dashboard as well.\n"
    )
    assert parse_email(plain(body.encode())).language == "de"


@pytest.mark.parametrize("sign_off", ["Best regards,\nAnna Client\nHead of Operations\n\n", ""])
def test_german_disclaimer_does_not_flip_english_new_text(sign_off: str) -> None:
    new = "Thanks, the figures look right now. Please send the signed copy by Monday."
    email = parse_email(plain(f"{new}\n\n{sign_off}{DISCLAIMER_DE}\n".encode()))
    assert email.new_text == new
    assert email.signature.endswith("nicht gestattet.")
    assert email.language == "en"


def test_english_disclaimer_does_not_flip_german_new_text() -> None:
    new = "Danke, die Zahlen stimmen jetzt. Bitte schicken Sie die Kopie bis Montag zurück."
    email = parse_email(plain(f"{new}\n\n{DISCLAIMER_EN}\n".encode()))
    assert email.new_text == new
    assert email.signature.startswith("CONFIDENTIALITY NOTICE")
    assert email.language == "de"


def test_confidential_in_the_opening_paragraph_is_not_a_disclaimer() -> None:
    body = (
        "The report you sent was confidential and intended only for our board, and you copied "
        "the whole list by error.\n\nPlease call me today.\n"
    )
    email = parse_email(plain(body.encode()))
    assert email.new_text.startswith("The report you sent was confidential")
    assert email.new_text.endswith("Please call me today.")


# --- bad input ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty"),
        (b"  \r\n\r\n", "empty"),
        (b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" * 20, "binary"),
        (bytes(range(256)) * 4, "binary"),
        (b"Hello, this is just some text.\nNo headers at all.\n", "no header block"),
        ("Dear Sir,\nplease reply.", "no header block"),
    ],
)
def test_bad_input_raises_bad_email(data: bytes | str, reason: str) -> None:
    with pytest.raises(BadEmailError, match=reason):
        parse_email(data)


def test_over_size_raises_before_parsing(tmp_path: Path) -> None:
    raw = plain(b"x" * 2000)
    with pytest.raises(BadEmailError, match="over the limit of 1000"):
        parse_email(raw, max_bytes=1000)
    path = tmp_path / "big.eml"
    path.write_bytes(raw)
    with pytest.raises(BadEmailError, match="over the limit"):
        parse_email(path, max_bytes=1000)


def test_missing_path_raises_input_not_found(tmp_path: Path) -> None:
    missing = tmp_path / "nope.eml"
    with pytest.raises(InputNotFoundError, match=str(missing)):
        parse_email(missing)


def test_bad_input_errors_carry_their_exit_codes() -> None:
    assert BadEmailError.exit_code == 65 and InputNotFoundError.exit_code == 66


# --- property: never anything but an Email or BadEmailError -------------------------------

_VALID = [
    plain(b"Hallo Jan,\n\ndas passt so.\n\nAm 1.3.2025 schrieb X <x@y.z>:\n> alt\n"),
    HEAD
    + b'Content-Type: multipart/alternative; boundary="b"\r\n\r\n--b\r\n'
    + b"Content-Type: text/plain; charset=gb2312\r\n\r\n\xe4\xbd\xa0\r\n--b\r\n"
    + b"Content-Type: text/html\r\n\r\n<div class=gmail_quote><p>q</p></div>\r\n--b--\r\n",
]


def _parse_or_bad(data: bytes) -> None:
    try:
        email = parse_email(data)
    except BadEmailError:
        return
    assert isinstance(email, Email)
    assert no_surrogates(email)


@settings(max_examples=200, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=2000))
def test_random_bytes_give_email_or_bad_email(data: bytes) -> None:
    _parse_or_bad(data)


@settings(max_examples=300, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(
    st.sampled_from(_VALID),
    st.lists(st.tuples(st.integers(0, 10_000), st.binary(min_size=0, max_size=8)), max_size=6),
)
def test_mutated_messages_give_email_or_bad_email(
    base: bytes, edits: list[tuple[int, bytes]]
) -> None:
    data = bytearray(base)
    for position, chunk in edits:
        at = position % (len(data) + 1)
        data[at : at + len(chunk) // 2] = chunk
    _parse_or_bad(bytes(data))


def test_broken_base64_encoded_word_does_not_raise() -> None:
    email = parse_email(
        b"From: =?utf-8?b?!!!?= <a@example.com>\r\nSubject: =?utf-8?b?Zm9v!?=\r\n\r\n"
    )
    assert email.sender is not None and email.sender.addr_spec == "a@example.com"


def test_control_characters_in_html_do_not_raise() -> None:
    raw = HEAD + b"Content-Type: text/html\r\n\r\n<p>Hello\x01 there\x0b, all good.</p>\r\n"
    assert parse_email(raw).new_text == "Hello there, all good."


# --- input types: path as str, compat32 Message, wrong types --------------------------------

LATIN1_RAW = (
    b"From: J\xf6rg M\xfcller <joerg@example.de>\r\nTo: anna@example.com\r\n"
    b"Subject: Gr\xfc\xdfe aus K\xf6ln\r\nContent-Type: text/plain; charset=iso-8859-1\r\n"
    b"Content-Transfer-Encoding: 8bit\r\n\r\n"
    b"Die Lieferung ist schon wieder zu sp\xe4t gekommen, bitte melden Sie sich.\r\n"
)


def test_str_without_line_break_naming_a_file_is_read_as_a_path(tmp_path: Path) -> None:
    path = tmp_path / "inbox.eml"
    path.write_bytes(plain(b"Bitte rufen Sie mich morgen an."))
    email = parse_email(str(path))
    assert email.new_text == "Bitte rufen Sie mich morgen an."
    assert email.raw == path.read_bytes()


def test_str_holding_a_message_is_not_taken_for_a_path(tmp_path: Path) -> None:
    message = plain(b"Hello there, all good.").decode()
    (tmp_path / message.splitlines()[0]).write_text("not this")  # a file named like line 1
    assert parse_email(message).new_text == "Hello there, all good."


def test_str_naming_no_file_is_still_bad_input() -> None:
    with pytest.raises(BadEmailError):
        parse_email("/nonexistent/inbox.eml")


@pytest.mark.parametrize("factory", ["message_from_bytes", "mailbox"])
def test_compat32_message_keeps_8bit_latin1(factory: str, tmp_path: Path) -> None:
    import email
    import mailbox

    if factory == "mailbox":
        box = mailbox.mbox(tmp_path / "box")
        box.add(LATIN1_RAW)
        msg: email.message.Message = next(iter(box.values()))
    else:
        msg = email.message_from_bytes(LATIN1_RAW)
    assert type(msg) is not EmailMessage
    parsed = parse_email(msg)
    assert parsed.subject == "Grüße aus Köln"
    assert parsed.sender == Address("Jörg Müller", "joerg@example.de")
    assert (
        parsed.new_text == "Die Lieferung ist schon wieder zu spät gekommen, bitte melden Sie sich."
    )


def test_built_up_compat32_message_with_non_ascii_body_and_no_charset() -> None:
    from email.message import Message

    msg = Message()
    msg["From"] = "anna@example.com"
    msg["Subject"] = "Grüße"
    msg.set_payload("Grüße aus Köln, die Zahlen stimmen jetzt.")
    parsed = parse_email(msg)
    assert parsed.subject == "Grüße"
    assert parsed.text == "Grüße aus Köln, die Zahlen stimmen jetzt."


def test_email_message_with_a_long_header_is_not_refolded() -> None:
    msg = EmailMessage()
    msg["From"] = "anna@example.com"
    msg["Subject"] = "Report " + "x" * 200
    msg.set_content("Thanks for the update.")
    assert parse_email(msg).subject == "Report " + "x" * 200


@pytest.mark.parametrize("data", [1, None, [b"From: a@example.com\r\n\r\nHi\r\n"]])
def test_other_types_raise_a_clear_type_error(data: object) -> None:
    with pytest.raises(
        TypeError, match=r"takes bytes, str, os\.PathLike or email\.message\.Message"
    ):
        parse_email(data)  # type: ignore[arg-type]


def test_over_size_error_names_the_setting_to_raise() -> None:
    with pytest.raises(BadEmailError, match=r"raise \[input\] max_message_bytes"):
        parse_email(plain(b"x" * 2000), max_bytes=1000)


def test_a_domain_literal_holding_another_address_is_not_a_recipient() -> None:
    """Found by the header property: ``.@[a@b.example`` became the addr-spec ``.@[a@b.example]``.

    A domain literal (RFC 5322 3.4.1) names a host, not a mailbox: one with an "@" inside
    would put a second address where the reply's recipients are chosen.
    """
    raw = b"From: a@b.example\nTo: .@[a@b.example\nSubject: x\n\nhi\n"
    email = parse_email(raw)
    assert all(addr.addr_spec.count("@") == 1 for addr in email.to)
