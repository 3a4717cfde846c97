"""Quote splitting on public fixtures with known answers that the rules were not written on:
discourse/email_reply_trimmer's 64 pairs (MIT; tests/data/quotes/.../SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.mail._quotes import split_quotes

DISCOURSE = Path(__file__).parent / "data" / "quotes" / "discourse-email_reply_trimmer"
NAMES = sorted(p.name for p in (DISCOURSE / "emails").glob("*.txt"))
#: 52 of 64 on first run, 58 after the rules SOURCE.md lists. Raise it when more pass.
MIN_EXACT = 58


def expected_matches(name: str) -> bool:
    """Return whether draft-reply's new text (with its signature, where Discourse keeps the
    sign-off in the reply) equals Discourse's trimmed text, white space normalised."""
    body = (DISCOURSE / "emails" / name).read_text("utf-8", errors="replace")
    want = " ".join((DISCOURSE / "trimmed" / name).read_text("utf-8", errors="replace").split())
    parts = split_quotes(body.replace("\r\n", "\n"))
    return want in (
        " ".join(parts.new_text.split()),
        " ".join(f"{parts.new_text}\n{parts.signature}".split()),
    )


def test_the_fixtures_are_all_here() -> None:
    assert len(NAMES) == 64
    assert sorted(p.name for p in (DISCOURSE / "trimmed").glob("*.txt")) == NAMES


def test_the_exact_match_rate_on_discourse_fixtures() -> None:
    results = {name: expected_matches(name) for name in NAMES}
    passed = sum(results.values())
    misses = sorted(name for name, ok in results.items() if not ok)
    print(f"discourse/email_reply_trimmer: {passed}/{len(NAMES)} exact; misses: {misses}")
    assert passed >= MIN_EXACT, misses


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
