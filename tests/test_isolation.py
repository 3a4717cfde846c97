"""Every test runs in its own DRAFT_REPLY_HOME, without the user's config, model or key."""

from __future__ import annotations

import os
from pathlib import Path

from conftest import USER_VARIABLES

from assistant.config import load_settings


def test_settings_live_under_the_tests_own_home(tmp_path: Path) -> None:
    settings = load_settings()
    assert settings.config_dir == tmp_path / "home" / "config"
    assert settings.data_dir == tmp_path / "home" / "data"
    assert settings.outbox_path.is_relative_to(tmp_path)
    assert settings.api_key is None and settings.base_url is None


def test_no_variable_reaches_out_to_the_users_setup() -> None:
    assert [name for name in USER_VARIABLES if name in os.environ] == []
