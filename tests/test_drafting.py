"""draft_reply() as a mail filter calls it: nothing is lost when the outbox fails."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime
from email import message_from_bytes, policy
from pathlib import Path

import pytest
from fake_openai import FakeOpenAI

from assistant.config import Settings
from assistant.drafting.draft import draft_reply, saved_on_bug
from assistant.errors import BadEmailError, DraftFailedError, OutboxError

ROOT = Path(__file__).resolve().parents[1]
EXAMPLE = ROOT / "fixtures" / "emails" / "review-complaint-en.eml"
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)


def _settings(tmp_path: Path, **changes: object) -> Settings:
    return Settings(
        config_dir=tmp_path / "config", data_dir=tmp_path / "data", probe_local=False
    ).replace(**changes)


class _LockOnFirstToken:
    """A stream that, when the model starts answering, locks the outbox from elsewhere."""

    def __init__(self, path: Path) -> None:
        self.path = path
        self.other: sqlite3.Connection | None = None

    def write(self, text: str) -> int:
        if self.other is None:
            self.other = sqlite3.connect(self.path, isolation_level=None)
            self.other.execute("BEGIN EXCLUSIVE")
        return len(text)

    def flush(self) -> None:
        pass


@pytest.mark.slow
def test_a_locked_outbox_saves_the_draft_as_a_file(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    settings = _settings(tmp_path, api_key="sk-test", base_url=fake_openai.base_url)
    fake_openai.enqueue("Hi Rachel,\n\nthank you for the honest words about the reports.\n\nSam")
    stream = _LockOnFirstToken(settings.outbox_path)
    with pytest.raises(OutboxError) as caught:
        draft_reply(EXAMPLE, settings=settings, now=NOW, stream=stream)  # type: ignore[arg-type]
    assert stream.other is not None
    stream.other.execute("ROLLBACK")
    assert caught.value.exit_code == 75  # busy: try again later, and nothing was lost
    message = str(caught.value)
    assert "the draft was saved to" in message
    saved = Path(message.rsplit("the draft was saved to ", 1)[1].removesuffix(" instead"))
    assert saved.parent == settings.data_dir / "rescued"
    reply = message_from_bytes(saved.read_bytes(), policy=policy.default)
    assert "honest words about the reports" in reply.get_content()
    assert saved.stat().st_mode & 0o777 == 0o600


def test_a_broken_outbox_fails_before_the_model_is_asked(
    tmp_path: Path, fake_openai: FakeOpenAI
) -> None:
    settings = _settings(tmp_path, api_key="sk-test", base_url=fake_openai.base_url)
    settings.data_dir.mkdir(parents=True)
    settings.outbox_path.write_bytes(b"this is not a database" * 100)
    with pytest.raises(OutboxError, match=str(settings.outbox_path)):
        draft_reply(EXAMPLE, settings=settings, now=NOW)
    assert fake_openai.chat_requests() == []  # no paid call was made for nothing
    assert settings.outbox_path.read_bytes() == b"this is not a database" * 100


def test_no_store_never_opens_the_outbox(tmp_path: Path) -> None:
    settings = _settings(tmp_path, offline=True, store=False)
    settings.data_dir.mkdir(parents=True)
    settings.outbox_path.write_bytes(b"garbage")
    draft = draft_reply(EXAMPLE, settings=settings, now=NOW)
    assert draft.id is None and draft.body


def test_a_bug_after_the_reply_text_exists_saves_the_text(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    text = "Dear Rachel,\n\nthank you for the honest words about the reports.\n\nSam\n"
    with pytest.raises(DraftFailedError) as caught, saved_on_bug(text, settings, NOW):
        raise ValueError("a check tripped over its own regex")
    assert caught.value.exit_code == 70
    assert isinstance(caught.value.__cause__, ValueError)  # --debug shows the real bug
    message = str(caught.value)
    assert "ValueError: a check tripped over its own regex" in message
    saved = Path(message.split("the text was saved to ", 1)[1].split("; run again", 1)[0])
    assert saved.parent == settings.data_dir / "rescued"
    assert saved.read_text(encoding="utf-8") == text
    assert saved.stat().st_mode & 0o777 == 0o600


def test_saved_on_bug_lets_errors_of_ours_through_and_saves_nothing(tmp_path: Path) -> None:
    settings = _settings(tmp_path)
    with pytest.raises(BadEmailError), saved_on_bug("text", settings, NOW):
        raise BadEmailError("not an email")
    with saved_on_bug("text", settings, NOW):
        pass  # no error, no file
    assert not (settings.data_dir / "rescued").exists()


def test_a_rescue_on_a_full_disk_goes_elsewhere_and_leaves_no_empty_file(
    small_disk: Path,
) -> None:
    from conftest import fill_disk

    from assistant.drafting.rescue import rescue

    settings = Settings(config_dir=small_disk / "config", data_dir=small_disk / "data")
    (small_disk / "data" / "rescued").mkdir(parents=True)
    fill_disk(small_disk)
    text = b"The reply, whole.\n" * 500
    saved = rescue(text, "reply-full-disk.txt", settings)
    try:
        assert saved.parent != small_disk / "data" / "rescued"
        assert saved.read_bytes() == text
        assert list((small_disk / "data" / "rescued").iterdir()) == []
    finally:
        saved.unlink()
