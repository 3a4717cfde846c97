"""Settings precedence: defaults < config file < environment < flags."""

from __future__ import annotations

from pathlib import Path

import pytest

from assistant.config import DEFAULT_MODEL, load_settings
from assistant.errors import ConfigError


def _write_config(home: Path, text: str) -> Path:
    path = home / "config" / "config.toml"
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_text(text, encoding="utf-8")
    return path


def test_defaults_under_draft_reply_home(tmp_path: Path) -> None:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert settings.model == DEFAULT_MODEL
    assert settings.api_key is None
    assert settings.deadline == 120.0
    assert settings.config_dir == tmp_path / "config"
    assert settings.data_dir == tmp_path / "data"
    assert settings.user_prompts_dir == tmp_path / "config" / "prompts"


def test_file_then_env_then_flags(tmp_path: Path) -> None:
    _write_config(
        tmp_path,
        '[llm]\nmodel = "from-file"\nbase_url = "http://file/v1"\ndeadline = 30\n'
        '[identity]\nfrom = "Ann <ann@example.com>"\n',
    )
    env = {"DRAFT_REPLY_HOME": str(tmp_path)}
    from_file = load_settings(env=env)
    assert (from_file.model, from_file.base_url, from_file.deadline) == (
        "from-file",
        "http://file/v1",
        30.0,
    )
    assert from_file.identity == "Ann <ann@example.com>"

    env |= {"DRAFT_REPLY_MODEL": "from-env", "OPENAI_BASE_URL": "http://env/v1"}
    from_env = load_settings(env=env)
    assert (from_env.model, from_env.base_url) == ("from-env", "http://env/v1")

    from_flags = load_settings(env=env, model="from-flag", base_url=None)
    assert from_flags.model == "from-flag"
    assert from_flags.base_url == "http://env/v1"  # a None flag does not override


def test_api_key_from_env(tmp_path: Path) -> None:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path), "OPENAI_API_KEY": "sk-x"})
    assert settings.api_key == "sk-x"


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("[llm\nmodel = 1", "not valid TOML"),
        ("[nonsense]\na = 1\n", "unknown section [nonsense]"),
        ("[llm]\nmodle = 'x'\n", "unknown key 'modle' in [llm]"),
        ("[llm]\ndeadline = 'soon'\n", "deadline has the wrong type"),
        ("[llm]\noffline = 1\n", "offline has the wrong type"),
        ("[llm]\ndeadline = -5\n", "must not be negative"),
    ],
)
def test_bad_config_names_the_problem(tmp_path: Path, text: str, words: str) -> None:
    path = _write_config(tmp_path, text)
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(path) in str(info.value)
    assert words in str(info.value)


def test_explicit_config_file_must_exist(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="config file not found"):
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, config_file=tmp_path / "nope.toml")


def test_config_env_variable_points_elsewhere(tmp_path: Path) -> None:
    other = tmp_path / "other.toml"
    other.write_text('[llm]\nmodel = "elsewhere"\n', encoding="utf-8")
    settings = load_settings(
        env={"DRAFT_REPLY_HOME": str(tmp_path), "DRAFT_REPLY_CONFIG": str(other)}
    )
    assert settings.model == "elsewhere"
    assert settings.config_file == other


def test_replace_returns_a_changed_copy(tmp_path: Path) -> None:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    offline = settings.replace(offline=True)
    assert offline.offline and not settings.offline


def test_sections_owned_by_other_modules(tmp_path: Path) -> None:
    maildir = tmp_path / "Mail" / "Drafts"
    _write_config(
        tmp_path,
        "[cooling_off]\nbase_delay_minutes = 10\nallow_override = true\n"
        f'[transport]\nkind = "maildir"\npath = "{maildir}"\n'
        '[accounts]\nbook = "book.toml"\n',
    )
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert settings.cooling_policy.base_delay == 600.0
    assert settings.cooling_policy.allow_override is True
    assert settings.transport is not None and settings.transport.kind == "maildir"
    assert settings.accounts_config.book == tmp_path / "config" / "book.toml"


def test_defaults_for_owned_sections(tmp_path: Path) -> None:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert settings.cooling_policy.base_delay == 1800.0
    assert settings.cooling_policy.allow_override is False
    assert settings.transport is None
    assert settings.accounts_config.book == tmp_path / "config" / "clients.toml"
    assert settings.outbox_path == tmp_path / "data" / "outbox.sqlite3"


def test_bad_key_in_an_owned_section_names_it(tmp_path: Path) -> None:
    path = _write_config(tmp_path, "[cooling_off]\nbase_delay = 10\n")
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(path) in str(info.value)
    assert "base_delay" in str(info.value)
