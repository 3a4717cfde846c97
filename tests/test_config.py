"""Settings precedence: defaults < config file < environment < flags."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from assistant.config import DEFAULT_MODEL, load_settings
from assistant.errors import ConfigError

REPO = Path(__file__).resolve().parents[1]


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
        ("[llm]\ndeadline = -5\n", "deadline must be a finite number above 0, not -5"),
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


@pytest.mark.parametrize(
    ("text", "use", "words"),
    [
        ("[cooling_off]\nbase_delay = 10\n", "cooling_policy", "base_delay"),
        ('[transport]\nkind = "pigeon"\n', "transport", "kind must be one of"),
        ("[accounts]\nbok = 'b.toml'\n", "accounts_config", "bok"),
    ],
)
def test_bad_key_in_an_owned_section_names_it_when_used(
    tmp_path: Path, text: str, use: str, words: str
) -> None:
    path = _write_config(tmp_path, text)
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})  # not used yet: no error
    for _ in range(2):  # every use reports it, not only the first
        with pytest.raises(ConfigError) as info:
            getattr(settings, use)
        assert str(path) in str(info.value)
        assert words in str(info.value)


def test_owned_sections_never_import_their_owners(tmp_path: Path) -> None:
    """Reading the sections imports neither delivery, cooling-off nor the book (start-up time).

    Their schema lives in ``assistant.config``; the modules that use them load only when used.
    """
    _write_config(
        tmp_path,
        "[cooling_off]\nbase_delay_minutes = 10\n"
        f'[transport]\nkind = "maildir"\npath = "{tmp_path / "Drafts"}"\n'
        '[accounts]\nbook = "book.toml"\n',
    )
    code = (
        "import sys; from assistant.config import load_settings\n"
        "s = load_settings()\n"
        "owners = ['assistant.outbox.cooling', 'assistant.transports.base',"
        " 'assistant.accounts.book']\n"
        "print(*[name in sys.modules for name in owners])\n"
        "print(s.transport.kind, s.cooling_policy.base_delay, s.accounts_config.book.name)\n"
        "print(*[name in sys.modules for name in owners])\n"
    )
    env = {**os.environ, "DRAFT_REPLY_HOME": str(tmp_path), "PYTHONPATH": str(REPO)}
    env.pop("DRAFT_REPLY_CONFIG", None)
    done = subprocess.run(
        [sys.executable, "-c", code], env=env, capture_output=True, text=True, check=True
    )
    assert done.stdout.splitlines() == [
        "False False False",
        "maildir 600.0 book.toml",
        "False False False",
    ]


def test_explicit_values_win_over_the_file(tmp_path: Path) -> None:
    from assistant.config.cooling import CoolingPolicy
    from assistant.config.transport import transport_from_table

    _write_config(
        tmp_path,
        f'[cooling_off]\nbase_delay_minutes = 10\n[transport]\nkind = "file"\n'
        f'path = "{tmp_path / "out"}"\n',
    )
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert settings.transport is not None and settings.transport.kind == "file"
    maildir = transport_from_table({"kind": "maildir", "path": str(tmp_path)}, source="test")
    changed = settings.replace(cooling=CoolingPolicy(base_delay=60.0), transport_config=maildir)
    assert changed.cooling_policy.base_delay == 60.0
    assert changed.transport is maildir
    assert settings.cooling_policy.base_delay == 600.0  # the original is unchanged
    assert settings.transport.kind == "file"


def test_config_that_is_not_utf8_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'[identity]\nname = "J\xf6rg"\n')
    with pytest.raises(ConfigError, match="not UTF-8") as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(path) in str(info.value)


@pytest.mark.parametrize("value", ["not an address", "a@example.com, b@example.com", '"'])
def test_identity_must_be_one_address(tmp_path: Path, value: str) -> None:
    path = _write_config(tmp_path, f"[identity]\nfrom = {value!r}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert f"{path}: [identity] from is not one email address" in str(info.value)


def test_identity_flag_is_checked_too(tmp_path: Path) -> None:
    with pytest.raises(ConfigError, match="--from is not one email address"):
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, identity="Sam")
    good = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, identity="Sam <s@example.com>")
    assert good.identity == "Sam <s@example.com>"


@pytest.mark.parametrize(
    "value",
    [
        "a" * 2000 + "@example.com",  # the trial's --from: a From line over 998 octets
        "a" * 65 + "@example.com",  # local part over 64
        "sam@" + "d" * 250 + ".example",  # address over 254
    ],
)
def test_identity_longer_than_smtp_allows_is_refused(tmp_path: Path, value: str) -> None:
    with pytest.raises(ConfigError, match="--from is too long for an email address") as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, identity=value)
    assert len(str(info.value)) < 200


def test_identity_of_the_longest_allowed_address_is_kept(tmp_path: Path) -> None:
    value = "a" * 64 + "@" + "d" * 181 + ".example"  # 254 octets
    assert len(value) == 254
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, identity=value)
    assert settings.identity == value


def test_temperature_has_a_range(tmp_path: Path) -> None:
    _write_config(tmp_path, "[llm]\ntemperature = 5\n")
    with pytest.raises(ConfigError, match="temperature must be from 0 to 2, not 5"):
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})


# -- bad input (break-it round): one clear ConfigError naming the file, never a traceback ---------


def test_config_in_utf16_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b"\xff\xfe[llm]\n")  # a UTF-16 byte order mark, as Notepad may save
    with pytest.raises(ConfigError, match="not UTF-8") as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(path) in str(info.value)


def test_utf8_bom_at_the_start_is_ignored(tmp_path: Path) -> None:
    path = tmp_path / "config" / "config.toml"
    path.parent.mkdir(parents=True)
    path.write_bytes(b'\xef\xbb\xbf[llm]\nmodel = "with-bom"\n')
    assert load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}).model == "with-bom"


@pytest.mark.parametrize("section", ["llm", "identity", "input", "prompts", "accounts"])
def test_known_section_that_is_not_a_table(tmp_path: Path, section: str) -> None:
    path = _write_config(tmp_path, f"{section} = 3\n")
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value) == f"{path}: [{section}] must be a table, not 3"


@pytest.mark.parametrize(
    ("value", "shown"),
    [
        ("99999999999999999999", "99999999999999999999"),
        ("0", "0"),
        ("-1", "-1"),
        ("1023", "1023"),
        ("2147483649", "2147483649"),
    ],
)
def test_max_message_bytes_has_a_range(tmp_path: Path, value: str, shown: str) -> None:
    path = _write_config(tmp_path, f"[input]\nmax_message_bytes = {value}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value) == (
        f"{path}: [input] max_message_bytes must be from 1024 (1 KiB) to 2147483648 (2 GiB),"
        f" not {shown}"
    )


@pytest.mark.parametrize("value", ["1024", "2147483648", "1048576"])
def test_max_message_bytes_limits_are_inclusive(tmp_path: Path, value: str) -> None:
    _write_config(tmp_path, f"[input]\nmax_message_bytes = {value}\n")
    assert load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}).max_message_bytes == int(value)


@pytest.mark.parametrize(
    ("key", "value", "limits"),
    [
        ("deadline", "nan", "a finite number above 0"),
        ("deadline", "inf", "a finite number above 0"),
        ("deadline", "0", "a finite number above 0"),
        ("request_timeout", "inf", "a finite number above 0"),
        ("request_timeout", "-inf", "a finite number above 0"),
        ("request_timeout", "0", "a finite number above 0"),
        ("probe_timeout", "nan", "above 0 and at most 0.2"),
        ("probe_timeout", "0", "above 0 and at most 0.2"),
        ("probe_timeout", "0.5", "above 0 and at most 0.2"),
        ("temperature", "nan", "from 0 to 2"),
        ("temperature", "inf", "from 0 to 2"),
    ],
)
def test_numeric_llm_settings_must_be_finite_and_in_range(
    tmp_path: Path, key: str, value: str, limits: str
) -> None:
    path = _write_config(tmp_path, f"[llm]\n{key} = {value}\n")
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value).startswith(f"{path}: [llm] {key} must be {limits}, not ")


def test_probe_timeout_of_200_ms_is_allowed(tmp_path: Path) -> None:
    _write_config(tmp_path, "[llm]\nprobe_timeout = 0.2\nrequest_timeout = 1\n")
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert (settings.probe_timeout, settings.request_timeout) == (0.2, 1.0)


@pytest.mark.parametrize("value", [float("nan"), float("inf"), 0.0])
def test_deadline_flag_must_be_finite_too(tmp_path: Path, value: float) -> None:
    with pytest.raises(ConfigError, match=r"^--deadline must be a finite number above 0, not "):
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}, deadline=value)


@pytest.mark.parametrize(
    "url",
    [
        "ftp://example.com/v1",
        "localhost:11434/v1",
        "http://",
        "http://:8080/v1",
        "http://127.0.0.1:99999/v1",
        "http://127.0.0.1:port/v1",
        "http://[::1/v1",
        "http://exa mple.com/v1",
    ],
)
def test_base_url_in_the_file_is_checked_at_load(tmp_path: Path, url: str) -> None:
    path = _write_config(tmp_path, f'[llm]\nbase_url = "{url}"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    message = str(info.value)
    assert message.startswith(f"{path}: [llm] base_url {url!r} is not an http(s) URL")
    assert "\n" not in message


def test_base_url_from_the_environment_is_checked_at_load(tmp_path: Path) -> None:
    env = {"DRAFT_REPLY_HOME": str(tmp_path), "OPENAI_BASE_URL": "http://127.0.0.1:70000/v1"}
    with pytest.raises(ConfigError) as info:
        load_settings(env=env)
    assert str(info.value).startswith(
        "OPENAI_BASE_URL 'http://127.0.0.1:70000/v1' is not an http(s) URL"
    )


@pytest.mark.parametrize(
    "url", ["http://127.0.0.1:11434/v1", "https://api.example.com/v1", "http://[::1]:8080/v1"]
)
def test_good_base_urls_load(tmp_path: Path, url: str) -> None:
    _write_config(tmp_path, f'[llm]\nbase_url = "{url}"\n')
    assert load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}).base_url == url
    env = {"DRAFT_REPLY_HOME": str(tmp_path / "other"), "OPENAI_BASE_URL": url}
    assert load_settings(env=env).base_url == url


def test_local_endpoints_are_checked_like_base_url(tmp_path: Path) -> None:
    path = _write_config(tmp_path, '[llm]\nlocal_endpoints = ["http://127.0.0.1:1/v1", "nope"]\n')
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value).startswith(f"{path}: [llm] local_endpoints 'nope' is not an http(s) URL")


def test_prompts_dir_in_the_file_must_be_a_folder(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    path = _write_config(tmp_path, f'[prompts]\ndir = "{missing}"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value).startswith(f"{path}: [prompts] dir {missing} does not exist")
    a_file = tmp_path / "file.j2"
    a_file.write_text("x", "utf-8")
    _write_config(tmp_path, f'[prompts]\ndir = "{a_file}"\n')
    with pytest.raises(ConfigError) as info:
        load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert str(info.value).startswith(f"{path}: [prompts] dir {a_file} is not a folder")
    folder = tmp_path / "mine"
    folder.mkdir()
    _write_config(tmp_path, f'[prompts]\ndir = "{folder}"\n')
    assert load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)}).prompts_dir == folder


def test_missing_prompts_folder_in_the_config_dir_is_normal(tmp_path: Path) -> None:
    settings = load_settings(env={"DRAFT_REPLY_HOME": str(tmp_path)})
    assert not settings.user_prompts_dir.exists()
    assert settings.prompts_dir is None
