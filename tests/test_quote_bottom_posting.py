"""Replies written below a ``>`` quote that an attribution opens, after a blank line (issue 13):
the text below the quote is the sender's, the quote and its attribution are history.

The first inputs are the public fixtures that showed the miss (tests/data/quotes/
markashleybell-MAB.EmailReplyParser/SOURCE.md); the others are written for this test from the
layouts that bound the rule: a quoted line wrapped after quoting that lost its ``>``, and a
helpdesk's "reply above this line" inside the quote.
"""

from __future__ import annotations

from pathlib import Path

from assistant.mail._quotes import split_quotes
from assistant.mail.message import parse_email

MAB = Path(__file__).parent / "data" / "quotes" / "markashleybell-MAB.EmailReplyParser" / "emails"


def test_the_answer_below_a_gmail_attribution_and_its_quote_is_new_text() -> None:
    parts = split_quotes((MAB / "email_1_9.txt").read_text("utf-8"))
    assert parts.new_text.startswith("Hi,")
    assert "You can list the keys for the bucket and call delete for each." in parts.new_text
    assert "would do it." in parts.new_text
    assert "delete them all individually." in parts.new_text
    assert "Hi folks" not in parts.new_text
    assert "GMT-02:00" not in parts.new_text
    assert "> Hi folks" in parts.quoted_text
    assert "riak-users mailing list" not in parts.new_text


def test_an_inline_answer_below_a_wrapped_attribution_is_new_text() -> None:
    parts = split_quotes((MAB / "basic_test.txt").read_text("utf-8"))
    assert " ".join(parts.new_text.split()) == (
        "This is the reply. I've added some comments inline below. Yes it is."
    )
    assert "This is a quote from the original email." in parts.quoted_text
    assert parts.signature == "--\nTest Signature"


def test_an_answer_below_a_german_attribution_is_new_text() -> None:
    text = (
        "Hallo Sam,\n\nAm 2. März 2026 um 10:05 schrieb Sam <sam@example.com>:\n\n"
        "> Können Sie bis Freitag liefern?\n\nJa, bis Freitag.\n"
    )
    parts = split_quotes(text)
    assert parts.new_text.split() == ["Hallo", "Sam,", "Ja,", "bis", "Freitag."]
    assert "Können Sie" in parts.quoted_text


def test_a_quoted_line_that_lost_its_mark_stays_quote() -> None:
    text = (
        "Blah\n\nOn Monday, 24 September, 2012 at 3:46 PM, bob wrote:\n\n"
        "> View ticket (http://example.com/action\n_nonce=3dd518)\n>\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Blah"
    assert "_nonce=3dd518)" in parts.quoted_text


def test_a_wrapped_sentence_that_lost_its_mark_stays_quote() -> None:
    text = (
        "Thanks.\n\nOn Mon, 2 Mar 2026 at 10:05, Sam <sam@example.com> wrote:\n\n"
        "> Please send the report and the invoice for March before the\nend of the week.\n>\n"
    )
    assert split_quotes(text).new_text == "Thanks."


def test_an_inline_answer_between_quote_lines_stays_new_text() -> None:
    text = (
        "Hi Sam,\n\nOn Mon, 2 Mar 2026 at 10:05, Sam <sam@example.com> wrote:\n\n"
        "> Can you send it by Friday?\nYes, by Friday.\n> And the invoice?\n"
    )
    parts = split_quotes(text)
    assert parts.new_text.split() == ["Hi", "Sam,", "Yes,", "by", "Friday."]


def test_text_below_a_quoted_reply_above_this_line_marker_is_history() -> None:
    text = (
        "Hello.\n\nOn 2010-01-01 12:00:00 Tristan wrote:\n\n> -- REPLY ABOVE THIS LINE --\n\nHey!\n"
    )
    parts = split_quotes(text)
    assert parts.new_text == "Hello."
    assert "Hey!" in parts.quoted_text


NOTMUCH = Path(__file__).parent / "data" / "quotes" / "notmuch-notmuch" / "messages"


def test_an_elision_mark_inside_the_quote_is_the_quotes() -> None:
    """A "..." the writer put where they cut the quoted patch (a real Gmail reply of the
    notmuch test corpus) used to open the new text."""
    email = parse_email((NOTMUCH / "gmail_elided_patch_build_log.eml").read_bytes())
    assert email.new_text.startswith("MCSR_MASK is not defined anywhere")
    text = "On Mon, 2 Mar 2026, Sam wrote:\n> the first line\n[...]\n\n> the last line\n\nAgreed.\n"
    assert split_quotes(text).new_text == "Agreed."


def test_an_ellipsis_of_the_senders_own_stays_new_text() -> None:
    text = "On Mon, 2 Mar 2026, Sam wrote:\n> Can you send it?\n\nYes, but...\n\n...later.\n"
    assert split_quotes(text).new_text == "Yes, but...\n\n...later."


def test_an_inline_answer_in_lower_case_or_a_quotation_stays_new_text() -> None:
    text = (
        "On Mon, 2 Mar 2026 at 10:05, Sam <sam@example.com> wrote:\n"
        "> We sent the report on Monday.\n"
        "no you did not, nothing arrived and this is the third time.\n"
        "> We also checked the invoice.\n"
        '"Checked"? It is still wrong and nobody answers us.\n'
        "> Best, Sam\n"
    )
    new = split_quotes(text).new_text
    assert "no you did not, nothing arrived" in new
    assert '"Checked"? It is still wrong' in new


def test_a_spanish_inline_question_stays_new_text() -> None:
    text = (
        "El lun, 2 mar 2026 a las 10:05, Sam <sam@example.com> escribió:\n"
        "> El informe sale el lunes\n"
        "¿Qué lunes? Llevo tres semanas esperando.\n"
        "> Saludos\n"
    )
    assert "¿Qué lunes? Llevo tres semanas esperando." in split_quotes(text).new_text
