"""Quote splitting on public fixtures with known answers that the rules were not written on:
discourse/email_reply_trimmer's 64 pairs (MIT; tests/data/quotes/.../SOURCE.md)."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.mail._quotes import split_quotes

DISCOURSE = Path(__file__).parent / "data" / "quotes" / "discourse-email_reply_trimmer"
NAMES = sorted(p.name for p in (DISCOURSE / "emails").glob("*.txt"))
#: 52 of 64 on first run, 56 after three rules: SOURCE.md. Raise it when more pass.
MIN_EXACT = 56


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
    ],
)
def test_layouts_fixed_from_these_fixtures(name: str) -> None:
    assert expected_matches(name)
