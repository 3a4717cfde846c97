"""draft_reply(): the one orchestrator, from raw message to a reply Draft.

parse_email -> (discover LLM endpoint) -> render_prompt -> complete | offline.compose
-> build_reply. The CLI and mail filters call this and nothing else calls the steps
in another order (DESIGN.md, "Data flow").
"""

from __future__ import annotations

import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email.message import EmailMessage
from types import MappingProxyType
from typing import Any, TextIO

from assistant.completion import Completion
from assistant.config import Settings, load_settings
from assistant.message import Email, parse_email

#: Printed (by the CLI) when no LLM was used; says how to configure one.
OFFLINE_HINT = (
    "no LLM configured or found, so this is an offline draft from the playbook templates; "
    "set OPENAI_API_KEY (and DRAFT_REPLY_MODEL), or point --base-url / OPENAI_BASE_URL at an "
    "OpenAI-compatible server such as Ollama or llama.cpp"
)

_FLAG_WARNINGS = {
    "auto_submitted": "the message is automatic (Auto-Submitted): a reply may go nowhere",
    "no_reply_sender": "the sender looks like a no-reply address: a reply may go nowhere",
    "mailing_list": "the message came from a mailing list or bulk sender (List-Id/Precedence)",
}


@dataclass(frozen=True)
class Draft:
    """A drafted reply and what it was made from.

    ``eml`` is the reply as RFC 5322 bytes (LF line ends). ``to``/``cc`` are formatted
    addresses; ``message_id``, ``in_reply_to`` and ``references`` are msg-ids with angle
    brackets. ``body`` is the client reply text alone (no quote). ``notes`` maps playbook
    step keys to internal notes that never go to the client. ``backend`` is "openai" or
    "offline"; ``warnings`` are sentences for the user (the CLI prints them on stderr).
    ``created`` is timezone-aware UTC.
    """

    eml: bytes
    source: Email
    sender: str
    to: tuple[str, ...]
    cc: tuple[str, ...]
    subject: str
    message_id: str
    in_reply_to: str | None
    references: tuple[str, ...]
    body: str
    language: str
    backend: str
    model: str | None
    endpoint: str | None
    created: datetime
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    warnings: tuple[str, ...] = ()

    def to_json(self) -> dict[str, Any]:
        """Return the draft as a JSON-ready dict (the CLI's ``--json`` object)."""
        return {
            "from": self.sender,
            "to": list(self.to),
            "cc": list(self.cc),
            "subject": self.subject,
            "message_id": self.message_id,
            "in_reply_to": self.in_reply_to,
            "references": list(self.references),
            "language": self.language,
            "backend": self.backend,
            "model": self.model,
            "endpoint": self.endpoint,
            "body": self.body,
            "notes": dict(self.notes),
            "flags": sorted(self.source.flags),
            "warnings": list(self.warnings),
            "created": self.created.isoformat().replace("+00:00", "Z"),
        }


def draft_reply(
    message: bytes | str | os.PathLike[str] | EmailMessage,
    *,
    settings: Settings | None = None,
    now: datetime | None = None,
    stream: TextIO | None = None,
) -> Draft:
    """Draft a reply to ``message`` following the five-step playbook.

    ``message`` is raw bytes, the message as a str, a path, or an EmailMessage.
    ``settings`` defaults to :func:`load_settings`; ``now`` (timezone-aware, default the
    current UTC time) dates the reply. ``stream``, when given, receives the model's
    tokens as they arrive. Never prints or exits. Raises BadEmailError,
    InputNotFoundError, ConfigError (LLMConfigError, TemplateError) and
    LLMUnavailableError; with no LLM reachable it drafts offline instead of failing.
    """
    from assistant import llm, offline, prompts, reply

    settings = settings if settings is not None else load_settings()
    now = now if now is not None else datetime.now(UTC)
    if now.tzinfo is None:
        raise ValueError("now must be timezone-aware")
    email = parse_email(message, max_bytes=settings.max_message_bytes)
    warnings = [text for flag, text in _FLAG_WARNINGS.items() if flag in email.flags]

    endpoint = llm.discover_endpoint(settings)
    completion: Completion
    if endpoint is None:
        completion = offline.compose(email, settings=settings, now=now)
        if not settings.offline:
            warnings.append(OFFLINE_HINT)
    else:
        prompt = prompts.render_prompt(email, settings=settings, now=now)
        completion = llm.complete(prompt, endpoint, settings, stream=stream)

    language = completion.language or (email.language if email.language != "und" else "en")
    msg = reply.build_reply(
        email, completion.text, from_address=settings.identity, now=now, language=language
    )
    return Draft(
        eml=reply.serialize(msg),
        source=email,
        sender=str(msg["From"]),
        to=_addresses(msg, "To"),
        cc=_addresses(msg, "Cc"),
        subject=str(msg["Subject"]),
        message_id=str(msg["Message-ID"]).strip(),
        in_reply_to=str(msg["In-Reply-To"]).strip() if msg["In-Reply-To"] else None,
        references=tuple(str(msg["References"] or "").split()),
        body=completion.text,
        language=language,
        backend=completion.backend,
        model=completion.model,
        endpoint=completion.endpoint,
        created=now.astimezone(UTC),
        notes=MappingProxyType(dict(completion.notes)),
        warnings=tuple(warnings),
    )


def _addresses(msg: EmailMessage, name: str) -> tuple[str, ...]:
    header = msg[name]
    if header is None:
        return ()
    return tuple(str(addr) for addr in header.addresses)
