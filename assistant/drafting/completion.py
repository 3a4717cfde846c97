"""What a drafter returns: the client reply text plus internal notes per playbook step."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from types import MappingProxyType

#: The keys of ``Completion.notes``, one per playbook step (see PLAYBOOK.md).
STEP_KEYS = ("understand", "record", "perspective", "worth_pursuing", "manager_note")
#: The notes a model writes with the client reply (steps 1 to 3). Steps 4 and 5 are about
#: revenue and the manager: code writes them, outside the request that writes the reply.
REPLY_NOTE_KEYS = STEP_KEYS[:3]


@dataclass(frozen=True)
class Usage:
    """Token counts reported by the endpoint (OpenAI ``usage`` object)."""

    prompt_tokens: int = 0
    completion_tokens: int = 0

    @property
    def total_tokens(self) -> int:
        return self.prompt_tokens + self.completion_tokens


@dataclass(frozen=True)
class Completion:
    """A drafted reply.

    ``text`` is the client reply body (plain text, no greeting preamble such as
    "Here is a draft"). ``notes`` maps step keys (:data:`STEP_KEYS`) to internal
    notes that never go into the client reply. ``backend`` is ``"openai"`` for any
    OpenAI-compatible endpoint or ``"offline"``; ``model`` names the model (None
    offline); ``endpoint`` is the base URL used (None offline). ``language`` is the ISO 639-1
    code the reply is written in when the drafter knows it (the offline drafter does).
    ``checks`` are findings about the reply the user must look at before sending
    (an invented work-log citation, an internal figure in the reply, ...). ``warnings`` are
    sentences for the user now (the offline drafter cannot write the client's language).
    """

    text: str
    backend: str
    notes: Mapping[str, str] = field(default_factory=lambda: MappingProxyType({}))
    model: str | None = None
    endpoint: str | None = None
    usage: Usage | None = None
    structured: bool = False
    language: str | None = None
    checks: tuple[str, ...] = ()
    warnings: tuple[str, ...] = ()
