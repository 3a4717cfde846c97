"""Prompt templates: a Jinja environment over the user's folders, then the bundled ``prompts/``.

INTERFACE ONLY (being filled in).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from assistant.completion import STEP_KEYS

#: JSON schema the model is asked to answer in (OpenAI ``response_format`` json_schema).
REPLY_SCHEMA: Mapping[str, Any] = {
    "type": "object",
    "properties": {
        "reply": {"type": "string", "description": "The client reply body, plain text."},
        "notes": {
            "type": "object",
            "properties": {key: {"type": "string"} for key in STEP_KEYS},
            "required": list(STEP_KEYS),
            "additionalProperties": False,
        },
    },
    "required": ["reply", "notes"],
    "additionalProperties": False,
}


@dataclass(frozen=True)
class ChatMessage:
    """One Chat Completions message: ``role`` is "system" or "user"."""

    role: str
    content: str


@dataclass(frozen=True)
class Prompt:
    """The rendered chat messages plus the JSON schema the reply should follow."""

    messages: tuple[ChatMessage, ...]
    schema: Mapping[str, Any] = REPLY_SCHEMA
