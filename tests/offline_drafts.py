"""Offline drafts of hand-written client emails, for the per-language draft tests.

Shared by tests/test_lang_*.py: the settings of an offline, storeless run signed "Sam Carter",
and a raw RFC 5322 message (UTF-8, 8bit) drafted with them.
"""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings
from assistant.drafting.draft import Draft, draft_reply

#: The Date of every email: a Friday ("Thursday" is 10 December, "mardi" 8 December).
SENT_HEADER = "Fri, 04 Dec 2026 09:15:00 +0000"
NOW = datetime(2026, 12, 4, 10, 0, tzinfo=UTC)


def offline_settings(tmp_path: Path) -> Settings:
    """Return settings for an offline draft that is not stored, signed "Sam Carter"."""
    return Settings(
        config_dir=tmp_path / "config",
        data_dir=tmp_path / "data",
        offline=True,
        store=False,
        signature_name="Sam Carter",
    )


def draft_email(
    settings: Settings,
    sender: str,
    body: str,
    *,
    subject: str,
    to: str = "Sam Carter <sam@ourco.example>",
    message_id: str = "<case@client.example>",
) -> Draft:
    """Return the offline draft of a plain-text email from ``sender`` ("Name <addr>")."""
    raw = (
        f"From: {sender}\nTo: {to}\nSubject: {subject}\nDate: {SENT_HEADER}\n"
        f"Message-ID: {message_id}\n"
        'MIME-Version: 1.0\nContent-Type: text/plain; charset="utf-8"\n'
        "Content-Transfer-Encoding: 8bit\n\n" + body + "\n"
    )
    return draft_reply(raw.encode("utf-8"), settings=settings, now=NOW)
