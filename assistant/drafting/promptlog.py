"""The prompt log: every request to a model and its answer, in SQLite in the data dir.

One row per request (``logs.sqlite3``, table ``responses``): when, the endpoint and model, the
request's messages and options as sent (after ``[privacy] redact``: the log holds what the
model saw, placeholders and all), the answer as the model wrote it (before the placeholders
are put back), token counts, duration and the draft it was for. ``draft-reply logs`` lists
and shows them. Off with ``[llm] log = false`` or ``--no-log``. A log that cannot be written
never costs a draft: the failure is a warning.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

_SCHEMA = """
CREATE TABLE IF NOT EXISTS responses (
    id INTEGER PRIMARY KEY,
    created TEXT NOT NULL,
    endpoint TEXT,
    model TEXT,
    messages TEXT NOT NULL,
    options TEXT NOT NULL,
    response TEXT,
    prompt_tokens INTEGER,
    completion_tokens INTEGER,
    duration_ms INTEGER NOT NULL,
    draft_id TEXT,
    error TEXT
);
"""


@dataclass(frozen=True)
class Entry:
    """One logged request: what was asked (``messages``: role and content), of whom, and what
    came back (``response`` as written; ``error`` when the request failed)."""

    created: datetime
    endpoint: str | None
    model: str | None
    messages: tuple[dict[str, str], ...]
    options: dict[str, Any]
    response: str | None
    prompt_tokens: int | None
    completion_tokens: int | None
    duration_ms: int
    error: str | None = None
    draft_id: str | None = None
    id: int | None = None


def path_for(data_dir: Path) -> Path:
    """Return the log file of ``data_dir``: ``logs.sqlite3``."""
    return data_dir / "logs.sqlite3"


def _open(path: Path) -> sqlite3.Connection:
    path.parent.mkdir(parents=True, exist_ok=True)
    db = sqlite3.connect(path, timeout=10.0, isolation_level=None)
    db.execute("PRAGMA journal_mode=WAL")
    db.executescript(_SCHEMA)
    return db


def write(path: Path, entries: list[Entry], draft_id: str | None) -> None:
    """Append ``entries`` with ``draft_id``. Raises OSError or sqlite3.Error when it cannot."""
    if not entries:
        return
    db = _open(path)
    try:
        with db:
            db.executemany(
                "INSERT INTO responses (created, endpoint, model, messages, options, response, "
                "prompt_tokens, completion_tokens, duration_ms, draft_id, error) "
                "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
                [
                    (
                        e.created.astimezone(UTC).isoformat(),
                        e.endpoint,
                        e.model,
                        json.dumps(list(e.messages), ensure_ascii=False),
                        json.dumps(e.options, ensure_ascii=False, default=str),
                        e.response,
                        e.prompt_tokens,
                        e.completion_tokens,
                        e.duration_ms,
                        draft_id,
                        e.error,
                    )
                    for e in entries
                ],
            )
    finally:
        db.close()


def read(path: Path, *, limit: int | None = None, entry_id: int | None = None) -> list[Entry]:
    """Return logged entries, newest first (``limit`` of them), or the one ``entry_id``."""
    if not path.exists():
        return []
    db = _open(path)
    try:
        sql = (
            "SELECT id, created, endpoint, model, messages, options, response, prompt_tokens, "
            "completion_tokens, duration_ms, draft_id, error FROM responses"
        )
        args: tuple[Any, ...] = ()
        if entry_id is not None:
            sql += " WHERE id = ?"
            args = (entry_id,)
        sql += " ORDER BY id DESC"
        if limit is not None:
            sql += " LIMIT ?"
            args += (limit,)
        rows = db.execute(sql, args).fetchall()
    finally:
        db.close()
    return [
        Entry(
            created=datetime.fromisoformat(row[1]),
            endpoint=row[2],
            model=row[3],
            messages=tuple(json.loads(row[4])),
            options=json.loads(row[5]),
            response=row[6],
            prompt_tokens=row[7],
            completion_tokens=row[8],
            duration_ms=row[9],
            draft_id=row[10],
            error=row[11],
            id=row[0],
        )
        for row in rows
    ]
