"""Quote splitting on public fixtures with known answers that the rules were not written on
(tests/data/quotes/*/SOURCE.md): discourse/email_reply_trimmer's 64 pairs,
willdurand/EmailReplyParser's tested layouts (49) and mail-parser-reply's (18), all MIT, and
talon's inline plain-text cases (44, Apache-2.0); then, all MIT and mostly not in English,
crisp-oss/email-forward-parser's forwards of twelve clients in 23 languages (148),
EdgeTier/email-reply-parser's layouts (46), elixir_email_reply_parser's German ones (13),
quotequail's (20) and crisp-oss/email-reply-parser's not already used (16); then, all MIT,
the Go web-ridge/email-reply-parser's Dutch and English combinations (47), the JavaScript
Landwirtcom/emailreplyparser's own fixtures (17), the Java Emvista/EmailReplyParser's header
blocks and dashes (9) and fiedl/extended_email_reply_parser's German ones (5); then the C#
huan086/EmailReplyParser's own layouts (5, MIT), talon's signature cases (18) and its inline
HTML cases (16, read as text/html mail by parse_email; Apache-2.0); then, both MIT, the Ruby
thoughtbot/griddler's inline layouts (22, French and Spanish among them) and
sosedoff/mail_extract's own fixtures (3); then Delta Chat's whole messages with a quote (6,
MPL-2.0), read by parse_email; then the reply-extraction cases of Gitea's incoming mail (31,
MIT) and Phabricator's mail body parser (17, Apache-2.0), and the inline-reply and quoted-code
fixtures of three ports not used before (MAB.EmailReplyParser 2, node-email-reply-parser 2,
clearfeed/email-reply-parser 1, all MIT); then, both MIT, the text/plain parts of GitLab's
reply-parser messages (4) and the Go mailstrip's own layouts (2); then real replies that no
reply parser was tested on, labelled by reading: the mailing-list messages of the notmuch
(38, GPL-3.0+), mu (9, GPL-3.0) and Request Tracker (2, GPL-2.0) test corpora, read whole by
parse_email; then, labelled by reading, the text/plain bodies of Discourse's own incoming-mail
fixtures (12, GPL-2.0+: Gmail web and Android, iOS Mail, mutt, a Dutch Gmail attribution,
Hebrew and Chinese replies) and Mailspring's real HTML mail (28, GPL-3.0: Outlook for Mac,
Outlook web, Gmail, Mailspring's own quotes, a newsletter and a calendar invitation), read as
text/html by parse_email; then, labelled by reading, Redmine's mail handler fixtures (10,
GPL-2.0+: Outlook Express, Outlook Web Access, Gmail; Croatian, Korean, German, Japanese in
ISO-2022-JP), the Fedora list messages of HyperKitty's tests (6, GPL-3.0: Czech attributions,
Mailman's "next part" footer, footnotes below the sign-off) and the Polish replies of
watchdogpolska/imap-to-webhook (5, MIT: company signatures between rules, data protection
notices), read whole by parse_email; then Odoo's HTML sanitizer quote examples (12 HTML, 2
plain text, LGPL-3.0: Thunderbird, Hotmail, Outlook in French, Yahoo, Gmail, Outlook 2007, a
message in one ``<pre>``), flutter-email-reply-parser's own examples (5, MIT: Outlook for
Android, Gmail) and Frappe's Apple Mail replies (2, MIT); then, labelled by reading, the German
replies of Zammad's mail fixtures (5, AGPL-3.0: Outlook's "Von:" block and "Ursprüngliche
Nachricht", Lotus Notes, Thunderbird); then, labelled by reading, the HTML replies of Proton's
blockquote tests (13, MIT: Proton, Gmail in French and Chinese, GMX, AOL, iCloud, NetEase,
Sina, QQ Mail, Yahoo, Yandex, Zoho) and GLPI's replies to its ticket notifications (6,
GPL-3.0+: "write above / under this line" markers, Proton for Android); then, labelled by
reading, the helpdesk mail of Combodo's iTop e-mail extension (11, AGPL-3.0: French Outlook "De :
/ Envoyé :" blocks, Outlook Web Access, Thunderbird's "Message original" table, forwards) and two
messages of Tine 2.0's Felamimail tests (AGPL-3.0: a German Thunderbird answer below a nested
quote); then, labelled by reading, Moodle's replies to its forum notifications (4, GPL-3.0+:
Gmail web and Android, iPad Mail's "Sent from my iPad" above a quoted attribution, Evolution's
attribution right below the text). Mail clients' localised reply headers are in
tests/test_quote_client_strings.py."""

from __future__ import annotations

import re
from email.message import EmailMessage
from pathlib import Path

import pytest
from quote_match import same_new_text

from assistant.mail._quotes import split_quotes
from assistant.mail.message import parse_email

QUOTES = Path(__file__).parent / "data" / "quotes"
DISCOURSE = QUOTES / "discourse-email_reply_trimmer"
#: source folder -> (cases, least exact). The first-run figures are in each SOURCE.md;
#: raise a floor when more pass.
SOURCES = {
    "discourse-email_reply_trimmer": (64, 59),
    "willdurand-EmailReplyParser": (49, 49),
    "alfonsrv-mail-parser-reply": (18, 15),
    "mailgun-talon-inline": (44, 42),
    "crisp-oss-email-forward-parser": (148, 148),
    "crisp-oss-email-reply-parser": (16, 16),
    "EdgeTier-email-reply-parser": (46, 46),
    "hellogustav-elixir_email_reply_parser": (13, 13),
    "closeio-quotequail": (20, 20),
    "web-ridge-email-reply-parser": (47, 45),
    "Landwirtcom-emailreplyparser": (17, 17),
    "Emvista-EmailReplyParser": (9, 9),
    "fiedl-extended_email_reply_parser": (5, 5),
    "huan086-EmailReplyParser": (5, 5),
    "mailgun-talon-signature": (18, 18),
    "thoughtbot-griddler": (22, 22),
    "thoughtbot-griddler-reply-above": (8, 8),
    "sosedoff-mail_extract": (3, 3),
    "go-gitea-gitea": (31, 30),
    "phacility-phabricator": (17, 17),
    "markashleybell-MAB.EmailReplyParser": (2, 0),
    "team-plain-node-email-reply-parser": (2, 1),
    "clearfeed-email-reply-parser": (1, 0),
    "gitlabhq-gitlabhq": (4, 4),
    "kvannotten-mailstrip": (2, 2),
    "discourse-discourse": (12, 12),
    "odoo-odoo-text": (2, 2),
    "krishnaSoni2113-flutter-email-reply-parser": (5, 5),
}
#: HTML sources: ``emails/NAME.html`` is a text/html body, read by parse_email as mail is
#: (assistant/mail/_html.py cuts the quote containers); compared with white space ignored,
#: as the source's own test compares.
HTML_SOURCES = {
    "mailgun-talon-html": (16, 14),
    "Foundry376-Mailspring": (28, 24),
    "odoo-odoo": (12, 12),
    "ProtonMail-WebClients": (13, 13),
}
#: Whole messages: ``messages/NAME.eml`` read by parse_email, its new text compared with
#: ``trimmed/NAME.txt`` (Delta Chat's mime parser tests, MPL-2.0; the real replies of the
#: notmuch, mu and Request Tracker test corpora; Redmine's mail handler fixtures, GPL-2.0+;
#: HyperKitty's archived Fedora list messages, GPL-3.0; the Polish replies to public
#: information requests of watchdogpolska/imap-to-webhook, MIT; GLPI's replies to its
#: notifications, GPL-3.0+; Combodo's iTop helpdesk mail and Tine 2.0's, AGPL-3.0; Moodle's
#: replies to its forum notifications, GPL-3.0+; each SOURCE.md gives how they were labelled).
EML_SOURCES = {
    "chatmail-core": (6, 5),
    "notmuch-notmuch": (38, 34),
    "djcb-mu": (9, 9),
    "bestpractical-rt": (2, 2),
    "redmine-redmine": (10, 10),
    "hyperkitty-hyperkitty": (6, 6),
    "watchdogpolska-imap-to-webhook": (5, 5),
    "frappe-frappe": (2, 2),
    "zammad-zammad": (5, 5),
    "glpi-project-glpi": (6, 6),
    "Combodo-combodo-email-synchro": (11, 11),
    "tine20-tine20": (2, 2),
    "moodle-moodle": (4, 4),
}
NAMES = sorted(p.name for p in (DISCOURSE / "emails").glob("*.txt"))


def names_of(source: str) -> list[str]:
    return sorted(p.name for p in (QUOTES / source / "emails").glob("*.txt"))


def expected_matches(name: str, source: str = "discourse-email_reply_trimmer") -> bool:
    """Return whether draft-reply's new text (with its signature, where the source keeps the
    sign-off in the reply) equals the source's expected text (tests/quote_match.py)."""
    folder = QUOTES / source
    body = (folder / "emails" / name).read_text("utf-8", errors="replace")
    want = (folder / "trimmed" / name).read_text("utf-8", errors="replace")
    parts = split_quotes(body.replace("\r\n", "\n"))
    return same_new_text(parts.new_text, want) or same_new_text(
        f"{parts.new_text}\n{parts.signature}", want
    )


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_the_fixtures_are_all_here(source: str) -> None:
    folder = QUOTES / source
    assert len(names_of(source)) == SOURCES[source][0]
    assert sorted(p.name for p in (folder / "trimmed").glob("*.txt")) == names_of(source)
    assert (folder / "LICENSE").exists() and (folder / "SOURCE.md").exists()


def html_names_of(source: str) -> list[str]:
    return sorted(p.stem for p in (QUOTES / source / "emails").glob("*.html"))


def html_matches(name: str, source: str) -> bool:
    """Read ``emails/NAME.html`` as the text/html body of a message, as parse_email reads
    mail, and compare its new text (with its signature too) with the expected text, white
    space ignored, or as tests/quote_match.py compares (a short sign-off left out)."""
    folder = QUOTES / source
    msg = EmailMessage()
    msg["From"] = "Client <client@example.com>"
    msg["Subject"] = "Re: sample"
    body = (folder / "emails" / f"{name}.html").read_text("utf-8")
    msg.set_content(body, subtype="html", charset="utf-8", cte="base64")
    email = parse_email(msg.as_bytes())
    expected = (folder / "trimmed" / f"{name}.txt").read_text("utf-8")
    want = re.sub(r"\s+", "", expected)
    got = [email.new_text, f"{email.new_text}{email.signature}"]
    return any(re.sub(r"\s+", "", text) == want for text in got) or same_new_text(
        email.new_text, expected
    )


@pytest.mark.parametrize("source", sorted(HTML_SOURCES))
def test_the_html_fixtures_are_all_here(source: str) -> None:
    folder = QUOTES / source
    assert len(html_names_of(source)) == HTML_SOURCES[source][0]
    assert [p.stem for p in sorted((folder / "trimmed").glob("*.txt"))] == html_names_of(source)
    assert (folder / "LICENSE").exists() and (folder / "SOURCE.md").exists()


@pytest.mark.parametrize("source", sorted(HTML_SOURCES))
def test_the_exact_match_rate_on_html_fixtures(source: str) -> None:
    results = {name: html_matches(name, source) for name in html_names_of(source)}
    passed = sum(results.values())
    misses = sorted(name for name, ok in results.items() if not ok)
    print(f"{source}: {passed}/{len(results)} exact; misses: {misses}")
    assert passed >= HTML_SOURCES[source][1], misses


@pytest.mark.parametrize("source", sorted(SOURCES))
def test_the_exact_match_rate_on_fixtures_we_did_not_tune_on(source: str) -> None:
    results = {name: expected_matches(name, source) for name in names_of(source)}
    passed = sum(results.values())
    misses = sorted(name for name, ok in results.items() if not ok)
    print(f"{source}: {passed}/{len(results)} exact; misses: {misses}")
    assert passed >= SOURCES[source][1], misses


@pytest.mark.parametrize(
    "name",
    [
        "embedded_email_11.txt",  # Gmail's ISO-date attribution
        "embedded_email_german_4.txt",  # "schrieb am Fr., 28.\nApr. 2017 um 11:53 Uhr:"
        "embedded_email_dutch_2.txt",  # the reply's last lines stay above a wrapped "Op ..."
        "embedded_email_swedish.txt",  # Från/Skickat/Till/Ämne, the sign-off kept apart
        "embedded_email_4.txt",  # older Gmail: "2013/7/20 Name <addr>" above a | quote
        "embedded_email_18.txt",  # "On ... wrote:" first, the reply below it, nothing quoted
        "quote_only.txt",  # nothing but a > quote: that is the message
        "spam_1.txt",  # nested quotes of attributions only: no new text
        "embedded_email_12.txt",  # "On ... Some One" / "<" / "mailto:..." / "> wrote:"
        "delimiters.txt",  # a read-receipt extension's "\u1427" above "--"
    ],
)
def test_layouts_fixed_from_these_fixtures(name: str) -> None:
    assert expected_matches(name)


def test_a_leading_quote_is_history_not_the_senders_words() -> None:
    """A reply below a quote it opens with: the quote's first line used to stay in the new
    text (and reach the model as the client's words)."""
    parts = split_quotes("> Can you send it by Friday?\n> Thanks\n\nYes, Friday works.\n")
    assert parts.new_text == "Yes, Friday works."
    assert "Can you send it by Friday?" in parts.quoted_text


def test_text_indented_below_an_opening_attribution_stays_quote() -> None:
    """Outlook indents the quote under "Am ... schrieb ...:" instead of marking it."""
    text = 'Am 28/10/2021, 12:46 schrieb "John Doe" <john@example.com>:\n\n    Old text.\n'
    assert split_quotes(text).new_text == ""


@pytest.mark.parametrize(
    ("source", "name"),
    [
        ("willdurand-EmailReplyParser", "email_1.txt"),  # "-Abhishek Kona" above a list footer
        ("alfonsrv-mail-parser-reply", "email_nl_1_1.txt"),  # "-Maarten de Jong"
    ],
)
def test_a_name_signed_with_a_dash_is_the_signature(source: str, name: str) -> None:
    assert expected_matches(name, source)
    body = (QUOTES / source / "emails" / name).read_text("utf-8")
    assert split_quotes(body).signature.startswith("-")


def test_a_list_of_dashed_items_stays_in_the_new_text() -> None:
    text = "What is left:\n\n-Reports\n-Invoices\n\n-Sam\n"
    parts = split_quotes(text)
    assert parts.new_text == "What is left:\n\n-Reports\n-Invoices"
    assert parts.signature == "-Sam"
    assert split_quotes("Done:\n\n- the reports\n- the invoices\n").signature == ""


def eml_names_of(source: str) -> list[str]:
    return sorted(p.stem for p in (QUOTES / source / "messages").glob("*.eml"))


def eml_matches(name: str, source: str) -> bool:
    """Read ``messages/NAME.eml`` as parse_email reads mail and compare its new text with
    the expected text (tests/quote_match.py)."""
    folder = QUOTES / source
    email = parse_email((folder / "messages" / f"{name}.eml").read_bytes())
    want = (folder / "trimmed" / f"{name}.txt").read_text("utf-8")
    return same_new_text(email.new_text, want)


@pytest.mark.parametrize("source", sorted(EML_SOURCES))
def test_the_message_fixtures_are_all_here(source: str) -> None:
    folder = QUOTES / source
    assert len(eml_names_of(source)) == EML_SOURCES[source][0]
    assert [p.stem for p in sorted((folder / "trimmed").glob("*.txt"))] == eml_names_of(source)
    assert (folder / "LICENSE").exists() and (folder / "SOURCE.md").exists()


@pytest.mark.parametrize("source", sorted(EML_SOURCES))
def test_the_exact_match_rate_on_message_fixtures(source: str) -> None:
    results = {name: eml_matches(name, source) for name in eml_names_of(source)}
    passed = sum(results.values())
    misses = sorted(name for name, ok in results.items() if not ok)
    print(f"{source}: {passed}/{len(results)} exact; misses: {misses}")
    assert passed >= EML_SOURCES[source][1], misses


def _html_mail(body: str) -> bytes:
    msg = EmailMessage()
    msg["From"] = "Client <client@example.com>"
    msg["Subject"] = "Re: sample"
    msg.set_content(body, subtype="html", charset="utf-8")
    return msg.as_bytes()


@pytest.mark.parametrize("name", ["email_1", "email_5"])
def test_mailspring_layouts_fixed_from_these_fixtures(name: str) -> None:
    assert html_matches(name, "Foundry376-Mailspring")


def test_a_bold_from_label_inside_the_replys_own_block_cuts_from_the_label() -> None:
    """Outlook for Mac wrote the reply and the header block in one ``<pre>``: cutting the
    label's whole block lost the reply (Mailspring's email_1)."""
    html = (
        "<div><pre>Hi Jeff,\n\nThe fix ships next week.\n\nKarim\n"
        '<span style="font-weight: bold;">From: </span>Kavya &lt;k@example.com&gt;\n'
        "Date: Thu, 28 May 2015\nSubject: Re: bugs\n\nOld text.</pre></div>"
    )
    email = parse_email(_html_mail(html))
    assert email.new_text.startswith("Hi Jeff,")
    assert "The fix ships next week." in email.new_text
    assert "Old text" not in email.new_text


def test_words_written_inside_gmails_quote_container_stay() -> None:
    """A Gmail forward typed inside ``div.gmail_quote``, above its blockquote: the words are
    the sender's, the blockquote is history (Mailspring's email_5)."""
    html = (
        '<div dir="ltr"><div class="gmail_quote"><div>Three more customers cannot sync.</div>'
        "<div>-Andrew</div>"
        '<blockquote class="gmail_quote">From: Jeff &lt;jeff@example.com&gt;<br>'
        "Date: Mon, Jun 22, 2015 at 4:00 PM<br>Subject: bug reports<br>To: support<br><br>"
        "Old report.</blockquote></div></div>"
    )
    email = parse_email(_html_mail(html))
    assert "Three more customers cannot sync." in email.new_text
    assert "Old report" not in email.new_text
    forward = (
        '<div class="gmail_quote">On Mon, Jun 22, 2015 at 4:00 PM Jeff &lt;jeff@example.com&gt;'
        ' wrote:<br><blockquote class="gmail_quote">Old report.</blockquote></div>'
    )
    assert "Old report" not in parse_email(_html_mail(f"<div>New.</div>{forward}")).new_text


def test_a_bare_blockquote_in_the_middle_of_a_letter_is_part_of_it() -> None:
    """An invitation sets its programme off in a ``<blockquote>`` between paragraphs: it is
    not quoted history (Mailspring's email_17); a last blockquote that ends the message is."""
    para = "We are delighted to invite you to the ceremony of the society this winter. " * 4
    html = f"<p>{para}</p><blockquote>Induction Ceremony</blockquote><p>{para}</p>"
    assert "Induction Ceremony" in parse_email(_html_mail(html)).new_text
    ending = f"<p>{para}</p><blockquote>The old message.</blockquote>"
    assert "The old message" not in parse_email(_html_mail(ending)).new_text


def test_dutch_gmail_attribution_with_the_verb_before_the_name() -> None:
    """Gmail in Dutch: "Op DATE schreef NAME het volgende:" above unmarked history
    (Discourse's dutch.eml)."""
    assert expected_matches("dutch.txt", "discourse-discourse")
    text = (
        "Prima, tot dan.\n\nOp 18 juli 2013 10:23 schreef Sander Datema <s@example.nl> het "
        "volgende:\n\nDit is de originele post.\n"
    )
    assert split_quotes(text).new_text == "Prima, tot dan."
    assert split_quotes("Ik wil het volgende:\n\n- een offerte\n- een datum\n").quoted_text == ""


def test_a_company_signature_between_rules_is_not_new_text() -> None:
    """A name, an address, phones and office hours between two rules of underscores, a data
    protection notice below the second (watchdogpolska's Polish reply): all signature."""
    rule = "_" * 36
    text = (
        f"Dzień dobry,\nw załączeniu przesyłam odpowiedź.\n\n{rule}\nAgnieszka Nowak\n"
        "Starostwo Powiatowe\nul. Polna 11, 06-100 Pułtusk\nmail: a.nowak@example.pl\n"
        f"tel. 23 306-71-01\n\nGodziny urzędowania:\nponiedziałek-piątek 8.00 - 16.00\n\n\n{rule}"
        "\nZgodnie z art. 14 ust. 1 RODO informujemy, że administratorem danych jest "
        "Starostwo Powiatowe, które przetwarza dane w celu realizacji umowy.\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Dzień dobry,\nw załączeniu przesyłam odpowiedź."
    assert parts.signature.startswith(f"{rule}\nAgnieszka Nowak")
    assert eml_matches(
        "underscore_rule_signature_and_rodo_notice", "watchdogpolska-imap-to-webhook"
    )


def test_a_rule_between_sections_of_the_text_stays() -> None:
    """A rule that sets off part of the text (no name and contact block below it) is no
    signature."""
    text = (
        "Two points.\n\n" + "-" * 20 + "\nFirst, the report is late.\nSee https://example.com/r\n"
    )
    assert split_quotes(text).new_text == text.strip()


def test_a_dashed_name_above_a_company_line_is_the_signature() -> None:
    """Outlook Web Access: "--Geoff Maciolek" / "MYCOMPANYNAME, LLC" right below the text
    (Redmine's owa_html_dash_name_company)."""
    parts = split_quotes("A mess.\n--Jo Maciolek\nACME, LLC\n")
    assert (parts.new_text, parts.signature) == ("A mess.", "--Jo Maciolek\nACME, LLC")
    assert eml_matches("owa_html_dash_name_company", "redmine-redmine")
    listed = split_quotes("We still need:\n-Reports\n-Invoices\n-Credit notes\n")
    assert listed.signature == ""


def test_mailmans_next_part_footer_is_not_new_text() -> None:
    """Mailman replaces an attachment by "-------------- next part --------------" and a
    note (HyperKitty's archived Fedora message); a newsletter's "unsubscribe from this list"
    line is a footer too."""
    text = (
        "It is linked from the guidelines.\n\nBjörn Persson\n-------------- next part "
        "--------------\nA non-text attachment was scrubbed...\nName: signature.asc\n"
    )
    assert split_quotes(text).new_text == "It is linked from the guidelines.\n\nBjörn Persson"
    assert eml_matches("inline_answers_pipermail_next_part", "hyperkitty-hyperkitty")
    letter = "The sale starts Monday.\n\nUpdate your preferences or unsubscribe from this list.\n"
    assert split_quotes(letter).new_text == "The sale starts Monday."


def test_footnotes_below_the_sign_off_stay_with_the_text() -> None:
    """A footnote below the sign-off ("See also [1]." / "- Jiang" / "[1] http://...") is the
    sender's: it was lost with the sign-off (notmuch's gmail_hi_above_wrapped_attribution);
    the sign-off stays where the sender wrote it, between the text and the footnote."""
    body = "The C lib lacks getline. See also [1].\n\n- Jiang\n\n[1] http://example.com/getline\n"
    email = parse_email(
        b"From: j@example.com\r\nSubject: Re: build\r\nContent-Type: text/plain\r\n\r\n"
        + body.encode()
    )
    assert email.new_text.endswith("See also [1].\n\n- Jiang\n\n[1] http://example.com/getline")
    assert email.signature == ""
    assert eml_matches("gmail_hi_above_wrapped_attribution", "notmuch-notmuch")
    plain = parse_email(
        b"From: j@example.com\r\nSubject: Re: build\r\nContent-Type: text/plain\r\n\r\n"
        b"Fine.\n\n--\nJo\n[1] Main Street\n"
    )
    assert "[1] Main Street" in plain.signature  # no [1] in the text: an address line


def test_an_iso_2022_jp_body_keeps_its_japanese() -> None:
    """ISO-2022-JP is 7-bit: its bytes are valid UTF-8 too, and were read so, losing the
    escape sequences and every Japanese character (Redmine's japanese_iso_2022_jp_report)."""
    body = "Tracker: 開発\n".encode("iso-2022-jp")
    email = parse_email(
        b"From: j@example.com\r\nSubject: test\r\n"
        b"Content-Type: text/plain; charset=iso-2022-jp\r\n\r\n" + body
    )
    assert email.new_text == "Tracker: 開発"
    assert eml_matches("japanese_iso_2022_jp_report", "redmine-redmine")


def test_the_lines_of_a_message_sent_as_one_pre_stay_lines() -> None:
    """A plain-text message a client sent as one ``<pre>``: its lines were joined into one,
    so the ``-- `` signature and its address stayed in the new text (Odoo's BUG1)."""
    html = (
        "<pre>Hi team,\n\nThe export fails again.\n\nRegards,\n\n-- \nOlivier Laurent\n"
        "Migration Manager\nTel: +32.81.81.37.00</pre>"
    )
    email = parse_email(_html_mail(html))
    assert email.new_text == "Hi team,\n\nThe export fails again.\n\nRegards,"
    assert "Olivier Laurent" in email.signature
    assert html_matches("bug1_pre_signature", "odoo-odoo")


def test_a_sign_off_between_the_text_and_a_postscript_stays_in_place() -> None:
    """ "-Carl" above "PS. ..." used to go to the signature while the postscript went back
    to the text, so the text read as if the sign-off were not there (notmuch's
    notmuch_emacs_ps_after_signoff); a ``-- `` signature above a postscript stays apart."""
    parts = parse_email(
        b"From: c@example.com\r\nSubject: Re: x\r\nContent-Type: text/plain\r\n\r\n"
        b"Pushed now.\n\n-Carl\n\nPS. I like -C too.\n"
    )
    assert (parts.new_text, parts.signature) == ("Pushed now.\n\n-Carl\n\nPS. I like -C too.", "")
    block = parse_email(
        b"From: c@example.com\r\nSubject: Re: x\r\nContent-Type: text/plain\r\n\r\n"
        b"Pushed now.\n\n-- \nCarl Worth\nIntel\n\nP.S. I like -C too.\n"
    )
    assert block.new_text == "Pushed now.\n\nP.S. I like -C too."
    assert block.signature.startswith("--\nCarl Worth")
    assert eml_matches("notmuch_emacs_ps_after_signoff", "notmuch-notmuch")
    assert eml_matches("notmuch_emacs_footnote_after_signoff", "notmuch-notmuch")


def test_a_lotus_notes_quote_section_is_history() -> None:
    """Lotus Notes sets the quoted message in ``div.domino-section`` under a "NAME ---
    SUBJECT ---" title: the title stayed in the new text (Zammad's mail007)."""
    html = (
        "Hallo.<br>Ich muss morgen absagen.<br><br>Mfg eike<br><br>"
        '<div class="domino-section"><div class="domino-section-head">Martin via Team ---'
        ' Installation [Ticket#1] ---</div><div class="domino-section-body"><table><tr>'
        "<td>Von:</td><td>Martin &lt;m@example.com&gt;</td></tr></table><pre>Hi Eike,\n\n"
        "anbei die Informationen.</pre></div></div>"
    )
    email = parse_email(_html_mail(html))
    assert " ".join(email.new_text.split()) == "Hallo. Ich muss morgen absagen. Mfg eike"
    assert eml_matches("lotus_notes_german_html_domino_section", "zammad-zammad")


def test_a_sign_off_above_a_company_block_between_spaced_rules_starts_the_signature() -> None:
    """A rule drawn in spaced groups ("_ __ ___ ________ ___ __ _") around a company block,
    a tagline between the sign-off and the rule: the block and the tagline are signature, not
    new text (Zammad's mail003)."""
    rule = "_ __ ___ ____________________________ ___ __ _"
    text = (
        "Hallo Fritz,\n\nich möchte mich für den Beta-Test anmelden.\n\n"
        "Mit freundlichen Grüßen\nJohn Günther\n\n"
        "example.com<http://example.com> - profitieren Sie vom umfangreichen Daten-Netzwerk\n\n"
        f"{rule}\n\nExample GmbH\nSome What\n\nSitz: Someware-Straße 9, 12345 Someware\n\n"
        f"T: +49 (0) 123 45 67 22\nW: www.example.com\n{rule}\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Hallo Fritz,\n\nich möchte mich für den Beta-Test anmelden."
    assert parts.signature.startswith("Mit freundlichen Grüßen\nJohn Günther")
    assert eml_matches("outlook_german_von_block_below_disclaimer", "zammad-zammad")


def test_a_reply_around_a_helpdesk_notification_keeps_both_ends() -> None:
    """GLPI frames its notification with "write above this line" and "write under this line":
    the sender may write above the first, below the second, or both; the notification and
    the markers are history (glpi-project-glpi: the markers stayed in the new text)."""
    above = "=-=-=-= To answer by email, write above this line =-=-=-="
    below = "=_=_=_= To answer by email, write under this line =_=_=_="
    text = f"Fixed.\n\n{above}\n\nTicket #12 updated.\n\n{below}\n\nThe export works too.\n"
    parts = split_quotes(text)
    assert parts.new_text == "Fixed.\n\nThe export works too."
    assert "Ticket #12 updated." in parts.quoted_text
    assert split_quotes(f"Old notice.\n\n{below}\n\nIt works now.\n").new_text == "It works now."
    assert split_quotes(f"It works.\n\n{above}\n\nTicket #12 updated.\n").new_text == "It works."
    french = "Pour répondre par courriel, écrivez sous cette ligne"
    assert split_quotes(f"Ancien avis.\n\n{french}\n\nC'est réglé.\n").new_text == "C'est réglé."
    for name in eml_names_of("glpi-project-glpi"):
        assert eml_matches(name, "glpi-project-glpi"), name


def test_zoho_mails_quote_container_and_signature_are_not_new_text() -> None:
    """Zoho Mail sets the quote and its "---- 在 DATE NAME 撰写 ----" attribution in
    ``div.zmail_extra`` and its "使用Zoho Mail发送" signature in ``#Zm-_Id_-Sgn``: both stayed in
    the new text (ProtonMail-WebClients' zoho case); in plain text, the same lines."""
    assert html_matches("zoho_zmail_extra_signature_between", "ProtonMail-WebClients")
    html = (
        '<div>Fine by me.</div><div id="Zm-_Id_-Sgn">Sent using Zoho Mail</div>'
        '<div class="zmail_extra">---- On Tue, 02 Jul 2019 Sam wrote ----'
        "<blockquote>Old text.</blockquote></div>"
    )
    assert parse_email(_html_mail(html)).new_text == "Fine by me."
    text = "回复内容\n\n使用Zoho Mail发送\n\n---- 在 星期二, 02 七月 2019 冯伟 撰写 ----\n\n旧\n"
    parts = split_quotes(text)
    assert (parts.new_text, parts.signature) == ("回复内容", "使用Zoho Mail发送")
    prose = "我正在撰写报告。明天发给你。"  # "I am writing the report. I send it tomorrow."
    assert split_quotes(f"{prose}\n").new_text == prose


def test_a_run_of_html_line_breaks_is_a_blank_line() -> None:
    """Thunderbird writes paragraphs as ``<br><br>``: read as one line break, the sign-off
    lost the blank line above it and the name and phone number below it stayed in the new
    text (Combodo-combodo-email-synchro's Thunderbird forward)."""
    html = (
        "Bonjour Monsieur, <br>\n<br>\n<br>\nJe suis de retour de vacances. <br>\n<br>\n"
        "Très cordialement,<br>\n<br>\nPhilippe Mourre<br>\n04 76 20 742 44<br>\n<br>\n"
        '-------- Message original --------<table class="moz-email-headers-table"><tr>'
        "<th>De : </th><td>Philippe</td></tr></table>Bonjour, ancien texte."
    )
    email = parse_email(_html_mail(html))
    assert email.new_text == "Bonjour Monsieur,\n\nJe suis de retour de vacances."
    assert email.signature.startswith("Très cordialement,")
    one = parse_email(_html_mail("Line one<br>Line two<br>\n<br>Line three"))
    assert one.new_text == "Line one\nLine two\n\nLine three"
    assert eml_matches(
        "thunderbird_french_message_original_table_html", "Combodo-combodo-email-synchro"
    )


@pytest.mark.parametrize(
    ("sign_off", "name"),
    [
        ("Très cordialement,", "Philippe"),
        ("Cdt,", "Jean"),
        ("Muy atentamente,", "Lucía"),
        ("Saludos cordiales,", "Lucía"),
        ("Cordialmente,", "Laura"),
        ("Met vriendelijke groeten,", "Maarten"),
    ],
)
def test_a_sign_off_of_a_drafting_language_opens_the_signature(sign_off: str, name: str) -> None:
    parts = split_quotes(f"Text of the reply.\n\n{sign_off}\n{name}\n+33 4 76 20 74 24\n")
    assert parts.new_text == "Text of the reply."
    assert parts.signature.startswith(sign_off)
