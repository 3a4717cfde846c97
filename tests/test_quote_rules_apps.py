"""Quote rules added from the misses on the reply fixtures of Gitea, Phabricator and the
reply-parser ports under tests/data/quotes (go-gitea-gitea, phacility-phabricator,
clearfeed-email-reply-parser; each SOURCE.md gives the first run): mobile footers of Chinese
clients and of carriers, Mailbox's dash above its footer, HTC's "Reply message" separator, and
an attribution wrapped over three lines below an inline quote.

Each test's input is the failing layout; the new text must come out exactly.
"""

# ruff: noqa: RUF001  (non-ASCII punctuation is the test data)

from __future__ import annotations

import pytest

from assistant.mail._quotes import split_quotes


@pytest.mark.parametrize(
    "footer",
    ["發自我的iPhone", "发自我的iPhone", "发自我的 iPad", "发自我的华为手机", "从我的iPhone发送"],
)
def test_a_chinese_mobile_footer_is_the_signature(footer: str) -> None:
    parts = split_quotes(f"回复内容\n\n{footer}")
    assert parts.new_text == "回复内容"
    assert parts.signature == footer


def test_a_chinese_sentence_that_opens_like_a_footer_stays() -> None:
    text = "谢谢，已测试。\n发自我的内心的感谢"
    assert split_quotes(text).new_text == text


@pytest.mark.parametrize(
    "body", ["OKAY\n\n\u2014\nSent from Mailbox", "OKAY \u2014 \nSent from Mailbox"]
)
def test_the_dash_above_a_mobile_footer_is_not_new_text(body: str) -> None:
    assert split_quotes(body).new_text == "OKAY"


def test_a_carriers_footer_is_the_signature() -> None:
    body = "OKAY\n\nSent from my HTC smartphone on the Now Network from Sprint!\n"
    parts = split_quotes(body)
    assert parts.new_text == "OKAY"
    assert parts.signature.startswith("Sent from my HTC")


def test_a_sentence_about_sending_stays() -> None:
    text = "Sent from my desk, where the printer is, is easier than my phone."
    assert split_quotes(text).new_text == text


def test_htcs_reply_message_separator_starts_the_quote() -> None:
    body = (
        "Fine by me.\n\n"
        '-Reply message ----- From: "Sam Lee" <\nsam@example.com>\n'
        "To: <support@example.com>\nSubject: Booking Date: Mon, Apr 2, 2012 1:42 pm\n> ...\n"
    )
    assert split_quotes(body).new_text == "Fine by me."
    assert split_quotes("Fine.\n\n----- Reply message -----\nFrom: Sam\n\nOld text\n").new_text == (
        "Fine."
    )


def test_a_list_item_about_a_reply_message_stays() -> None:
    text = "To do:\n- reply message templates\n- invoices"
    assert split_quotes(text).new_text == text


def test_an_attribution_wrapped_over_three_lines_below_an_inline_quote() -> None:
    body = (
        "Here is the line:\n\n> total = 0\n\nDoes it look right?\n\n"
        "On Dec 16, 2011, at 12:47 PM, Corey Donohoe\n<reply@example.com>\nwrote:\n\n"
        "> Was this fixed already?\n"
    )
    parts = split_quotes(body)
    assert "Corey Donohoe" not in parts.new_text
    assert parts.new_text.endswith("Does it look right?")
    assert "On Dec 16, 2011, at 12:47 PM, Corey Donohoe\n<reply@example.com>\nwrote:" in (
        parts.quoted_text
    )
