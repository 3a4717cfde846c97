"""Settings: defaults < config file (TOML) < environment < command-line flags.

The config file is ``config.toml`` in the user config dir (platformdirs), or in
``$DRAFT_REPLY_HOME/config`` when ``DRAFT_REPLY_HOME`` is set; the data dir is
``$DRAFT_REPLY_HOME/data`` then. Environment: ``OPENAI_API_KEY``, ``OPENAI_BASE_URL``,
``DRAFT_REPLY_MODEL``, ``DRAFT_REPLY_HOME``, ``DRAFT_REPLY_CONFIG`` (another file).

The ``[cooling_off]``, ``[transport]`` and ``[accounts]`` tables have their schema in
:mod:`assistant.config.cooling`, ``.transport`` and ``.accounts`` (values only, cheap to
import); their tables are kept as read and parsed on first use of
``Settings.cooling_policy``, ``.transport`` and ``.accounts_config``, which raise the
section's ConfigError then. So a command that uses none of them (``outbox list``,
``--version``) imports neither the delivery nor the cooling-off code.
"""

from __future__ import annotations

import dataclasses
import math
import os
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path
from types import MappingProxyType
from typing import Any

from assistant.config.accounts import AccountsConfig, accounts_from_table
from assistant.config.cooling import CoolingPolicy, policy_from_table
from assistant.config.transport import TransportConfig, transport_from_table
from assistant.errors import ConfigError

APP_NAME = "draft-reply"
DEFAULT_MODEL = "gpt-4o-mini"
DEFAULT_LOCAL_ENDPOINTS = ("http://127.0.0.1:11434/v1", "http://127.0.0.1:8080/v1")


@dataclass(frozen=True)
class Settings:
    """How draft-reply behaves; a value passed in, never read from globals.

    Times are seconds. ``config_dir`` holds ``config.toml`` and the ``prompts/``
    override folder; ``data_dir`` holds the outbox. ``cooling``, ``transport_config`` and
    ``accounts`` are explicit values that win over the config file; read the effective
    ones from ``cooling_policy``, ``transport`` and ``accounts_config``. ``file_sections``
    holds the config file's owned sections as read (see the module docstring).
    """

    model: str = DEFAULT_MODEL
    base_url: str | None = None
    api_key: str | None = None
    request_timeout: float = 60.0
    deadline: float = 120.0
    offline: bool = False
    probe_local: bool = True
    probe_timeout: float = 0.2
    local_endpoints: tuple[str, ...] = DEFAULT_LOCAL_ENDPOINTS
    temperature: float = 0.3
    fallback: str = "none"
    hold_on: tuple[str, ...] = ()
    redact: tuple[str, ...] = ()
    redact_local: bool = False
    own_mail_hold: str = "all"
    filter_only: str = "all"
    worker_release: bool = False
    identity: str | None = None
    signature_name: str | None = None
    notes_language: str | None = None
    max_tokens: int = 1200
    revise: bool = False
    log: bool = True
    alternates: tuple[tuple[str, str | None], ...] = ()
    prompts_dir: Path | None = None
    max_message_bytes: int = 25 * 1024 * 1024
    config_dir: Path = field(default_factory=lambda: default_dirs(os.environ)[0])
    data_dir: Path = field(default_factory=lambda: default_dirs(os.environ)[1])
    config_file: Path | None = None
    cooling: CoolingPolicy | None = None
    transport_config: TransportConfig | None = None
    accounts: AccountsConfig | None = None
    store: bool = True
    reply_all: bool = True
    file_sections: Mapping[str, Mapping[str, Any]] = field(
        default_factory=lambda: MappingProxyType({}), repr=False, hash=False
    )

    def replace(self, **changes: Any) -> Settings:
        """Return a copy with ``changes`` applied (like ``email.policy`` clones)."""
        return dataclasses.replace(self, **changes)

    @property
    def user_prompts_dir(self) -> Path:
        """The folder whose templates override the bundled ones: ``<config_dir>/prompts``."""
        return self.config_dir / "prompts"

    @cached_property
    def cooling_policy(self) -> CoolingPolicy:
        """The cooling-off policy: ``cooling``, else the config file's ``[cooling_off]``,
        else the defaults. Raises ConfigError (naming the file) for a bad section."""
        if self.cooling is not None:
            return self.cooling
        table = self.file_sections.get("cooling_off")
        if table is None:
            return CoolingPolicy()
        return policy_from_table(table, source=str(self.config_file))

    @cached_property
    def transport(self) -> TransportConfig | None:
        """How drafts are delivered: ``transport_config``, else the config file's
        ``[transport]``, else None. Raises ConfigError (naming the file) for a bad section."""
        if self.transport_config is not None:
            return self.transport_config
        table = self.file_sections.get("transport")
        if table is None:
            return None
        return transport_from_table(table, source=str(self.config_file))

    @cached_property
    def imap(self) -> TransportConfig | None:
        """The IMAP server of ``[imap]`` (the keys of ``[transport]``'s server, and
        ``folder``), else the ``[transport]`` when its kind is "imap", else None: the server
        ``batch imap:FOLDER`` reads and whose Sent folder ``outbox resolve --check-sent``
        searches. Raises ConfigError (naming the file) for a bad section."""
        table = self.file_sections.get("imap")
        if table is not None:
            from assistant.config.transport import IMAP_KEYS

            unknown = sorted(set(table) - set(IMAP_KEYS))
            if unknown:
                raise ConfigError(
                    f"{self.config_file}: unknown key {unknown[0]!r} in [imap] "
                    f"(known: {', '.join(IMAP_KEYS)})"
                )
            return transport_from_table({**table, "kind": "imap"}, source=str(self.config_file))
        transport = self.transport
        return transport if transport is not None and transport.kind == "imap" else None

    @cached_property
    def accounts_config(self) -> AccountsConfig:
        """Client book and work log paths: ``accounts``, else ``[accounts]``, else
        ``clients.toml`` and ``worklog.csv`` in the config dir. Raises ConfigError (naming
        the file) for a bad section."""
        if self.accounts is not None:
            return self.accounts
        table = self.file_sections.get("accounts")
        if table is None:
            return accounts_from_table({}, source="defaults", config_dir=self.config_dir)
        source = self.config_file if self.config_file is not None else "defaults"
        return accounts_from_table(table, source=source, config_dir=self.config_dir)

    @property
    def outbox_path(self) -> Path:
        """The outbox database: ``<data_dir>/outbox.sqlite3``."""
        return self.data_dir / "outbox.sqlite3"


# The config file's sections and keys, mapped to Settings fields and types.
_FILE_KEYS: dict[str, dict[str, tuple[str, type | tuple[type, ...]]]] = {
    "llm": {
        "model": ("model", str),
        "base_url": ("base_url", str),
        "api_key": ("api_key", str),
        "request_timeout": ("request_timeout", (int, float)),
        "deadline": ("deadline", (int, float)),
        "offline": ("offline", bool),
        "probe_local": ("probe_local", bool),
        "probe_timeout": ("probe_timeout", (int, float)),
        "local_endpoints": ("local_endpoints", list),
        "temperature": ("temperature", (int, float)),
        "fallback": ("fallback", str),
        "max_tokens": ("max_tokens", int),
        "revise": ("revise", bool),
        "log": ("log", bool),
    },
    "identity": {
        "from": ("identity", str),
        "name": ("signature_name", str),
        "language": ("notes_language", str),
        "alternates": ("alternates", list),
    },
    "input": {
        "max_message_bytes": ("max_message_bytes", int),
    },
    "prompts": {
        "dir": ("prompts_dir", str),
    },
    "checks": {
        "hold_on": ("hold_on", list),
    },
    "own_mail": {
        "hold": ("own_mail_hold", str),
    },
    "filter": {
        "only": ("filter_only", str),
    },
    "worker": {
        "release": ("worker_release", bool),
    },
    "privacy": {
        "redact": ("redact", list),
        "redact_local": ("redact_local", bool),
    },
}

# Sections parsed whole, on first use, by the module that owns the concept (see Settings).
_TABLE_SECTIONS = ("cooling_off", "transport", "accounts", "imap")


def default_dirs(env: Mapping[str, str]) -> tuple[Path, Path]:
    """Return ``(config_dir, data_dir)``: under ``DRAFT_REPLY_HOME`` if set, else platformdirs."""
    home = env.get("DRAFT_REPLY_HOME")
    if home:
        base = Path(home).expanduser()
        return base / "config", base / "data"
    import platformdirs

    return (
        Path(platformdirs.user_config_dir(APP_NAME, appauthor=False)),
        Path(platformdirs.user_data_dir(APP_NAME, appauthor=False)),
    )


def _convert(path: Path, section: str, key: str, value: Any, kind: Any) -> Any:
    """Check one config value's TOML type and turn it into the Settings field's type."""
    wrong = not isinstance(value, kind) or (kind is not bool and isinstance(value, bool))
    if wrong:
        raise ConfigError(f"{path}: [{section}] {key} has the wrong type: {value!r}")
    if key == "alternates":
        return _alternates(path, value)
    if key == "redact":
        kinds = tuple(str(item) for item in value)
        unknown = [kind for kind in kinds if kind not in REDACT_KINDS]
        if unknown:
            raise ConfigError(
                f"{path}: [{section}] redact: unknown kind {unknown[0]!r} "
                f"(known: {', '.join(REDACT_KINDS)})"
            )
        return kinds
    if key == "hold_on":
        kinds = tuple(str(item) for item in value)
        unknown = [kind for kind in kinds if kind not in FINDING_KINDS]
        if unknown or not all(isinstance(item, str) for item in value):
            raise ConfigError(
                f"{path}: [{section}] hold_on: unknown finding kind {(unknown or value)[0]!r} "
                f"(known: {', '.join(FINDING_KINDS)})"
            )
        return kinds
    if isinstance(value, list):
        urls = tuple(str(item) for item in value)
        if key == "local_endpoints":
            for url in urls:
                check_endpoint_url(url, where=f"{path}: [{section}] {key}")
        return urls
    if key == "dir":
        return check_prompts_dir(Path(value).expanduser(), where=f"{path}: [{section}] dir")
    if key == "base_url":
        check_endpoint_url(value, where=f"{path}: [{section}] {key}")
    if key in _NUMBER_RULES:
        problem = _number_problem(key, value)
        if problem:
            raise ConfigError(f"{path}: [{section}] {key} {problem}")
        return value if kind is int else float(value)
    if key == "from":
        check_identity(value, where=f"{path}: [identity] from")
    if section == "own_mail" and key == "hold" and value not in ("all", "hot"):
        raise ConfigError(f'{path}: [own_mail] hold must be "all" or "hot", not {value!r}')
    if section == "filter" and key == "only" and value not in ("all", "book"):
        raise ConfigError(f'{path}: [filter] only must be "all" or "book", not {value!r}')
    if key == "fallback" and value not in FALLBACKS:
        raise ConfigError(
            f"{path}: [{section}] fallback must be one of {', '.join(FALLBACKS)}, not {value!r}"
        )
    return value


def _alternates(path: Path, value: list[Any]) -> tuple[tuple[str, str | None], ...]:
    """Read ``[identity] alternates``: tables of ``from`` (required) and ``name``."""
    where = f"{path}: [identity] alternates"
    found: list[tuple[str, str | None]] = []
    for item in value:
        if not isinstance(item, dict) or not isinstance(item.get("from"), str):
            raise ConfigError(f'{where}: each one is a table with from = "Name <you@example.com>"')
        unknown = sorted(set(item) - {"from", "name"})
        if unknown:
            raise ConfigError(f"{where}: unknown key {unknown[0]!r} (known: from, name)")
        name = item.get("name")
        if name is not None and not isinstance(name, str):
            raise ConfigError(f"{where}: name has the wrong type: {name!r}")
        check_identity(item["from"], where=f"{where} from")
        found.append((item["from"], name))
    return tuple(found)


#: What ``[privacy] redact`` may name (assistant.drafting.redact.PATTERNS).
REDACT_KINDS = ("iban", "card", "email", "phone")


#: The finding kinds ``[checks] hold_on`` may name (assistant.drafting.recheck.KINDS; a
#: test holds the two lists in step: config imports nothing above it).
FINDING_KINDS = (
    "preamble",
    "placeholder",
    "citation",
    "internal_figure",
    "other_client",
    "link",
    "address",
    "phone",
    "account_number",
    "amount",
    "promise",
    "date",
    "reply_to",
    "excuse",
    "length",
    "language",
    "greeting",
    "formality",
    "questions",
    "thanks",
    "ask",
    "tier",
)


#: ``[llm] fallback``: what to do when the endpoint stays unreachable after its retries:
#: fail (exit 69), or write an offline draft from the playbook templates and say so.
FALLBACKS = ("none", "offline")


#: Numeric settings: (lowest, lowest allowed?, highest or None, how the rule reads). Every
#: number must also be finite: TOML allows nan and inf, and 1e400 reads as inf.
_NUMBER_RULES: dict[str, tuple[float, bool, float | None, str]] = {
    "request_timeout": (0.0, False, None, "a finite number above 0"),
    "deadline": (0.0, False, None, "a finite number above 0"),
    # The local-endpoint probe runs before every draft, so it stays short: 200 ms at most.
    "probe_timeout": (0.0, False, 0.2, "above 0 and at most 0.2"),
    "temperature": (0.0, True, 2.0, "from 0 to 2"),
    "max_tokens": (200, True, 100_000, "from 200 to 100000"),
    # 1 KiB holds the smallest real email; above 2 GiB parsing would exhaust memory.
    "max_message_bytes": (1024, True, 2 * 1024**3, "from 1024 (1 KiB) to 2147483648 (2 GiB)"),
}


def _number_problem(key: str, value: float) -> str | None:
    """Return "must be ..., not VALUE" when ``value`` breaks ``key``'s rule, else None."""
    low, low_ok, high, rule = _NUMBER_RULES[key]
    fine = (
        math.isfinite(value)
        and (value >= low if low_ok else value > low)
        and (high is None or value <= high)
    )
    return None if fine else f"must be {rule}, not {value!r}"


def check_endpoint_url(url: str, *, where: str) -> None:
    """Raise ConfigError unless ``url`` is an http or https URL with a host and a valid port.

    ``where`` names the source (a config file and key, or an environment variable) in the
    message. Port 0 and ports above 65535 are refused (RFC 3986 section 3.2.3 allows any
    digits; TCP does not).
    """
    from urllib.parse import urlsplit

    reason = ""
    try:
        parts = urlsplit(url)
        port = parts.port
    except ValueError as exc:
        reason = str(exc)
    else:
        if parts.scheme not in ("http", "https"):
            reason = f"scheme {parts.scheme!r}" if parts.scheme else "no scheme"
        elif not parts.hostname:
            reason = "no host"
        elif port == 0:
            reason = "port 0"
        elif any(ch.isspace() or not ch.isprintable() for ch in url):
            reason = "it contains spaces or control characters"
    if reason:
        raise ConfigError(
            f"{where} {url!r} is not an http(s) URL with a host ({reason});"
            " use e.g. http://127.0.0.1:11434/v1"
        )


def check_prompts_dir(folder: Path, *, where: str) -> Path:
    """Return ``folder`` if it is a folder; raise ConfigError naming ``where`` otherwise.

    For ``[prompts] dir`` and ``--prompts``; the config dir's own ``prompts/`` may be missing.
    """
    if folder.is_dir():
        return folder
    if folder.exists():
        raise ConfigError(f"{where} {folder} is not a folder; name the folder of your templates")
    raise ConfigError(f"{where} {folder} does not exist; create it or fix the path")


def check_identity(value: str, *, where: str) -> None:
    """Raise ConfigError unless ``value`` is one email address (``Name <a@b>`` or ``a@b``).

    The address may have at most 254 octets and its local part 64 (RFC 5321 4.5.3.1: no
    server accepts longer), and the whole value 998 (RFC 5322 2.1.1's line limit).
    ``where`` names the source (a config file and key, or a flag) in the message.
    """
    from email.errors import HeaderParseError
    from email.headerregistry import HeaderRegistry

    try:
        header = HeaderRegistry()("From", value)
        addresses = header.addresses  # type: ignore[attr-defined]
    except (HeaderParseError, IndexError, ValueError):
        addresses = ()
    if len(addresses) != 1 or "@" not in addresses[0].addr_spec or header.defects:
        shown = value if len(value) <= 80 else value[:79] + "\u2026"
        raise ConfigError(
            f"{where} is not one email address: {shown!r} "
            "(use 'Your Name <you@example.com>' or 'you@example.com')"
        )
    spec = addresses[0].addr_spec
    local = spec.rsplit("@", 1)[0]
    if len(spec.encode()) > 254 or len(local.encode()) > 64 or len(value.encode()) > 998:
        raise ConfigError(
            f"{where} is too long for an email address ({len(spec.encode())} octets; at "
            "most 254, and 64 before the @)"
        )


def _read_config_file(path: Path, problems: list[str] | None = None) -> dict[str, Any]:
    """Return the Settings values of the config file at ``path`` ({} when there is none).

    Raises ConfigError for a file that cannot be read or is not TOML, and for the problems
    of its tables (an unknown section or key, a value of the wrong kind or out of range):
    every one of them, a line each. With ``problems``, those are appended to it instead and
    the rest of the file is read (``config check`` reports them all at once).
    """
    found: list[str] = []
    values = _read_tables(path, found)
    if found and problems is None:
        raise ConfigError("\n".join(found))
    if problems is not None:
        problems.extend(found)
    return values


def _read_tables(path: Path, problems: list[str]) -> dict[str, Any]:
    try:
        raw = path.read_bytes()
    except FileNotFoundError:
        return {}
    except OSError as exc:
        raise ConfigError(f"{path}: cannot read config file: {exc.strerror}") from None
    import tomllib  # 3 ms: only when there is a file

    try:
        data = tomllib.loads(raw.decode("utf-8-sig"))  # a BOM is not TOML
    except UnicodeDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: not UTF-8 ({exc.reason})") from None
    except tomllib.TOMLDecodeError as exc:
        raise ConfigError(f"{path}: not valid TOML: {exc}") from None
    values: dict[str, Any] = {}
    sections: dict[str, Mapping[str, Any]] = {}
    for section, table in data.items():
        if section in _TABLE_SECTIONS and isinstance(table, dict):
            sections[section] = table
            continue
        keys = _FILE_KEYS.get(section)
        if (keys is not None or section in _TABLE_SECTIONS) and not isinstance(table, dict):
            problems.append(f"{path}: [{section}] must be a table, not {table!r}")
            continue
        if keys is None or not isinstance(table, dict):
            known = ", ".join(f"[{name}]" for name in [*_FILE_KEYS, *_TABLE_SECTIONS])
            problems.append(f"{path}: unknown section [{section}] (known: {known})")
            continue
        for key, value in table.items():
            if key not in keys:
                problems.append(
                    f"{path}: unknown key {key!r} in [{section}] (known: {', '.join(keys)})"
                )
                continue
            name, kind = keys[key]
            try:
                values[name] = _convert(path, section, key, value, kind)
            except ConfigError as exc:
                problems.append(str(exc))
    if sections:
        values["file_sections"] = MappingProxyType(sections)
    return values


def load_settings(
    *,
    env: Mapping[str, str] | None = None,
    config_file: str | os.PathLike[str] | None = None,
    problems: list[str] | None = None,
    **overrides: Any,
) -> Settings:
    """Build Settings from defaults, the config file, the environment and ``overrides``.

    ``overrides`` are Settings field names (flags); ``None`` values are ignored.
    ``env`` defaults to ``os.environ``. Raises ConfigError for an unreadable or
    invalid config file (not UTF-8, bad TOML, a section that is not a table, a number that is
    not finite or out of its range, a ``base_url`` that is not an http(s) URL, a ``[prompts]
    dir`` that is not a folder), a bad ``OPENAI_BASE_URL``, a numeric override out of range,
    or an unknown override name; the config file's table problems all at once, a line
    each, or, with ``problems`` given, appended to it while the valid rest is used. A UTF-8
    byte order mark is ignored.
    """
    env = os.environ if env is None else env
    config_dir, data_dir = default_dirs(env)
    if config_file is None and env.get("DRAFT_REPLY_CONFIG"):
        config_file = env["DRAFT_REPLY_CONFIG"]
    path = Path(config_file).expanduser() if config_file is not None else config_dir / "config.toml"
    if config_file is not None and not path.is_file():
        raise ConfigError(f"{path}: config file not found")
    values: dict[str, Any] = {"config_dir": config_dir, "data_dir": data_dir, "config_file": path}
    values.update(_read_config_file(path, problems))
    if env.get("OPENAI_API_KEY"):
        values["api_key"] = env["OPENAI_API_KEY"]
    if env.get("OPENAI_BASE_URL"):
        check_endpoint_url(env["OPENAI_BASE_URL"], where="OPENAI_BASE_URL")
        values["base_url"] = env["OPENAI_BASE_URL"]
    if env.get("DRAFT_REPLY_MODEL"):
        values["model"] = env["DRAFT_REPLY_MODEL"]
    names = {f.name for f in dataclasses.fields(Settings)}
    for name, value in overrides.items():
        if name not in names:
            raise ConfigError(f"unknown setting {name!r}")
        if value is None:
            continue
        if name in _NUMBER_RULES and isinstance(value, int | float):
            problem = _number_problem(name, value)
            if problem:
                raise ConfigError(f"--{name.replace('_', '-')} {problem}")
        values[name] = value
    if overrides.get("identity") is not None:
        check_identity(overrides["identity"], where="--from")
    return Settings(**values)
