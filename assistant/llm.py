"""OpenAI-compatible Chat Completions: endpoint discovery, one retry owner, structured output.

INTERFACE ONLY (being filled in).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Endpoint:
    """Where to send a prompt: base URL (ending in ``/v1``), key, model, and how it was found.

    ``source`` is "configured" (key or base URL set), "ollama" or "llama.cpp" (probed).
    """

    base_url: str | None
    api_key: str
    model: str
    source: str
