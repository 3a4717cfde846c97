"""Shared pytest fixtures: real fakes on loopback, never the user's own config or data.

Every test runs with ``DRAFT_REPLY_HOME`` at ``tmp_path / "home"`` and without the
variables that would point draft-reply at the user's config, model or API key
(:func:`_isolated_user_dirs`), so no test reads or writes the real user's files.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable, Iterator, Mapping
from contextlib import suppress
from pathlib import Path

import pytest
from click.testing import CliRunner, Result
from fake_openai import FakeOpenAI, running_fake_openai
from fake_smtp import FakeSMTP, running_fake_smtp

from assistant.config import Settings

#: Variables that would reach outside the test: the user's config file, model, key or
#: endpoint, a debug switch that changes output, the user's editor.
USER_VARIABLES = (
    "DRAFT_REPLY_CONFIG",
    "DRAFT_REPLY_DEBUG",
    "DRAFT_REPLY_MODEL",
    "OPENAI_API_KEY",
    "OPENAI_BASE_URL",
    "VISUAL",
    "EDITOR",
)

Run = Callable[..., Result]


@pytest.fixture(autouse=True)
def _isolated_user_dirs(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Point DRAFT_REPLY_HOME at ``tmp_path / "home"`` (not created) and unset USER_VARIABLES."""
    home = tmp_path / "home"
    monkeypatch.setenv("DRAFT_REPLY_HOME", str(home))
    for name in USER_VARIABLES:
        monkeypatch.delenv(name, raising=False)
    return home


@pytest.fixture
def home(_isolated_user_dirs: Path) -> Path:
    """The test's DRAFT_REPLY_HOME, with a config that never probes local LLM ports."""
    config = _isolated_user_dirs / "config" / "config.toml"
    config.parent.mkdir(parents=True)
    config.write_text("[llm]\nprobe_local = false\n", encoding="utf-8")
    return _isolated_user_dirs


@pytest.fixture
def run() -> Run:
    """Run ``draft-reply ARGS...`` in-process through its real entry point (Click's runner).

    ``run(*args, input=None, env=None, catch_exceptions=False)`` returns Click's Result:
    ``exit_code``, ``stdout`` and ``stderr`` apart.
    """
    from assistant.cli import main

    def invoke(
        *args: str,
        input: bytes | str | None = None,
        env: Mapping[str, str | None] | None = None,
        catch_exceptions: bool = False,
    ) -> Result:
        return CliRunner().invoke(
            main, list(args), input=input, env=env, catch_exceptions=catch_exceptions
        )

    return invoke


@pytest.fixture
def settings(tmp_path: Path) -> Settings:
    """Settings with config and data dirs in ``tmp_path``; the defaults otherwise."""
    return Settings(config_dir=tmp_path / "config", data_dir=tmp_path / "data")


@pytest.fixture
def fake_openai() -> Iterator[FakeOpenAI]:
    """A scripted OpenAI-compatible server on 127.0.0.1; ``.base_url`` ends in ``/v1``."""
    with running_fake_openai() as server:
        yield server


@pytest.fixture
def smtp() -> Iterator[FakeSMTP]:
    """A real SMTP server (aiosmtpd) on 127.0.0.1 that keeps what it receives."""
    with running_fake_smtp() as server:
        yield server


@pytest.fixture
def small_disk(tmp_path: Path) -> Iterator[Path]:
    """A 2 MiB tmpfs mounted for the test (skipped where mounting is not allowed)."""
    mount = tmp_path / "disk"
    mount.mkdir()
    done = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", "size=2m,mode=0700", "tmpfs", str(mount)],
        capture_output=True,
        check=False,
    )
    if done.returncode != 0:
        pytest.skip("mounting a small file system needs root")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill_disk(disk: Path) -> Path:
    """Fill ``disk`` to the last byte; return the file to delete to free it."""
    ballast = disk / "ballast"
    fd = os.open(ballast, os.O_WRONLY | os.O_CREAT | os.O_APPEND, 0o600)
    try:
        for size in (65536, 4096, 1):
            with suppress(OSError):
                while os.write(fd, b"\0" * size):
                    pass
    finally:
        os.close(fd)
    return ballast
