"""drafting.Session: many drafts with one outbox, one endpoint discovery and one client."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from fake_openai import FakeOpenAI

from assistant.config import Settings
from assistant.drafting.draft import Session, draft_reply
from assistant.outbox.store import Outbox

ROOT = Path(__file__).resolve().parents[1]
EMAILS = sorted((ROOT / "fixtures" / "emails").glob("review-complaint-*.eml"))
NOW = datetime(2026, 11, 30, 9, 0, tzinfo=UTC)
REPLY = "Hi,\n\nthank you for telling us so plainly. What would help most this month?\n\nSam"


def _settings(tmp_path: Path, **changes: object) -> Settings:
    return Settings(config_dir=tmp_path / "config", data_dir=tmp_path / "data").replace(**changes)


def test_a_session_probes_once_and_drafts_many(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    """The local server is probed once (one GET /models) however many emails are drafted."""
    settings = _settings(tmp_path, probe_local=True, local_endpoints=(fake_openai.base_url,))
    fake_openai.enqueue(*([REPLY] * len(EMAILS)))
    with Session(settings) as session:
        drafts = [session.draft(path, now=NOW) for path in EMAILS]
        endpoint = session.endpoint()
        assert endpoint is not None
        assert session.client(endpoint) is session.client(endpoint)
    probes = [r for r in fake_openai.requests if r.method == "GET"]
    assert len(probes) == 1
    assert len(fake_openai.chat_requests()) == len(EMAILS) >= 2
    assert {d.backend for d in drafts} == {"openai"}
    with Outbox.open(settings.outbox_path) as outbox:
        stored = {d.id for d in outbox.list()}
    assert stored == {d.id for d in drafts}


def test_draft_reply_is_a_session_of_one(tmp_path: Path, fake_openai: FakeOpenAI) -> None:
    settings = _settings(tmp_path, probe_local=True, local_endpoints=(fake_openai.base_url,))
    fake_openai.enqueue(REPLY, REPLY)
    first = draft_reply(EMAILS[0], settings=settings, now=NOW)
    second = draft_reply(EMAILS[0], settings=settings, now=NOW)
    assert first.id != second.id
    assert len([r for r in fake_openai.requests if r.method == "GET"]) == 2  # one per session


def test_an_offline_session_drafts_without_any_server(tmp_path: Path) -> None:
    settings = _settings(tmp_path, offline=True, store=False)
    with Session(settings) as session:
        drafts = [session.draft(path, now=NOW) for path in EMAILS]
        assert session.endpoint() is None
    assert {d.backend for d in drafts} == {"offline"}
    assert all(d.id is None for d in drafts)  # store=False: nothing in the outbox
    assert not settings.outbox_path.exists()
