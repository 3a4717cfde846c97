"""Shared pytest fixtures: real fakes on loopback, never the user's own config."""

from __future__ import annotations

from collections.abc import Iterator

import pytest
from fake_openai import FakeOpenAI, running_fake_openai


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A scripted OpenAI-compatible server on 127.0.0.1; ``.base_url`` ends in ``/v1``."""
    with running_fake_openai() as server:
        yield server
