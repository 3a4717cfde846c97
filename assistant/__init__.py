"""draft-reply: draft calm, grounded replies to difficult client emails.

Public API: :func:`draft_reply`, :class:`Session` (many drafts), :func:`parse_email`,
:class:`Email`, :class:`Address`, :class:`Draft`, :class:`Settings`, :func:`load_settings`
and the error classes.
Everything else is internal. Names are imported lazily (PEP 562) so that
``draft-reply --version`` starts without loading the mail and LLM stacks.
"""

from __future__ import annotations

import importlib
from typing import TYPE_CHECKING, Any

__version__ = "0.1.0"

_EXPORTS = {
    "Address": "assistant.mail.message",
    "Email": "assistant.mail.message",
    "parse_email": "assistant.mail.message",
    "Draft": "assistant.drafting.draft",
    "Session": "assistant.drafting.draft",
    "draft_reply": "assistant.drafting.draft",
    "Settings": "assistant.config",
    "load_settings": "assistant.config",
    "BadEmailError": "assistant.errors",
    "ConfigError": "assistant.errors",
    "DraftReplyError": "assistant.errors",
    "InputNotFoundError": "assistant.errors",
    "LLMConfigError": "assistant.errors",
    "LLMResponseError": "assistant.errors",
    "LLMUnavailableError": "assistant.errors",
    "OutputError": "assistant.errors",
    "TemplateError": "assistant.errors",
}

__all__ = [
    "Address",
    "BadEmailError",
    "ConfigError",
    "Draft",
    "DraftReplyError",
    "Email",
    "InputNotFoundError",
    "LLMConfigError",
    "LLMResponseError",
    "LLMUnavailableError",
    "OutputError",
    "Session",
    "Settings",
    "TemplateError",
    "__version__",
    "draft_reply",
    "load_settings",
    "parse_email",
]

if TYPE_CHECKING:
    from assistant.config import Settings, load_settings
    from assistant.drafting.draft import Draft, Session, draft_reply
    from assistant.errors import (
        BadEmailError,
        ConfigError,
        DraftReplyError,
        InputNotFoundError,
        LLMConfigError,
        LLMResponseError,
        LLMUnavailableError,
        OutputError,
        TemplateError,
    )
    from assistant.mail.message import Address, Email, parse_email


def __getattr__(name: str) -> Any:
    module = _EXPORTS.get(name)
    if module is None:
        raise AttributeError(f"module 'assistant' has no attribute {name!r}")
    value = getattr(importlib.import_module(module), name)
    globals()[name] = value
    return value
