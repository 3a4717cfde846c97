"""Which of the client's points an offline draft restates (drafting/offline.py,
drafting/concerns.py; PLAYBOOK.md step 1): their complaints, not a competitor's offer, which
the competitor question asks about."""

from __future__ import annotations

from pathlib import Path

from offline_drafts import draft_email, offline_settings


def test_a_competitors_offer_is_asked_about_not_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <helen@marsh.example>",
        "Dear Sam,\n\nYou never sent the October report, and nobody answered my two emails "
        "about it. I pay 2,000 a month and I get nothing but excuses. Another agency offered "
        "us the same service for 1,500.\n\nRegards,\nHelen Marsh",
        subject="Where is my report?",
    )
    assert "Another agency offered" not in draft.body
    assert "- You pay 2,000 a month and you get nothing but excuses." in draft.body
    assert "What are they doing differently for you" in draft.body


def test_a_competitors_offer_alone_is_still_restated(tmp_path: Path) -> None:
    draft = draft_email(
        offline_settings(tmp_path),
        "Helen Marsh <helen@marsh.example>",
        "Dear Sam,\n\nAnother agency offered us the same service for 1,500 a month, and it is "
        "still a problem that our rankings are lower.\n\nRegards,\nHelen Marsh",
        subject="Our contract",
    )
    assert "Another agency offered you the same service" in draft.body
