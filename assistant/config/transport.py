"""The ``[transport]`` table: where and how finished replies are delivered.

Schema and reader of the section; delivery itself is :mod:`assistant.transports`.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

from assistant.errors import ConfigError

KEYRING_SERVICE = "draft-reply"


_DEFAULT_PORTS = {"starttls": 587, "tls": 465, "none": 25}


_KINDS = ("smtp", "maildir", "file", "imap")

#: The ``[transport]`` keys and their TOML types (documented in :mod:`.schema`).
KEYS: Mapping[str, type | tuple[type, ...]] = {
    "kind": str,
    "host": str,
    "port": int,
    "security": str,
    "username": str,
    "password_env": str,
    "password_command": str,
    "keyring": bool,
    "timeout": (int, float),
    "deadline": (int, float),
    "tls_ca_file": str,
    "sent_folder": str,
    "path": str,
    "folder": str,
}


#: The ``[imap]`` keys: the server keys of ``[transport]`` and the drafts ``folder``.
IMAP_KEYS = (
    "host",
    "port",
    "security",
    "username",
    "password_env",
    "password_command",
    "keyring",
    "tls_ca_file",
    "timeout",
    "folder",
)

_SECURITIES = ("starttls", "tls", "none")


@dataclass(frozen=True)
class TransportConfig:
    """Where and how replies are delivered; a value from the ``[transport]`` table.

    ``kind`` "smtp" uses host, port, security, username, password_env / password_command
    (a command that prints the password, run without a shell) / use_keyring,
    ``tls_ca_file`` (PEM certificates to trust instead of the system store, for a private
    CA), ``timeout`` (seconds, for each network step) and ``deadline`` (seconds, for the
    whole delivery; default 4 x timeout) and ``sent_folder`` (a Maildir that gets a copy of
    each message sent, flagged as read). "maildir" and "file" use ``path`` (a Maildir
    folder; a folder). "imap" files the reply in the IMAP Drafts folder (the mailbox with
    the SPECIAL-USE attribute Drafts, RFC 6154, or ``folder``) with the server keys of
    "smtp"; its ``security`` defaults to "tls" (port 993).
    """

    kind: Literal["smtp", "maildir", "file", "imap"]
    host: str = "localhost"
    port: int | None = None
    security: Literal["starttls", "tls", "none"] = "starttls"
    username: str | None = None
    password_env: str | None = None
    password_command: str | None = None
    use_keyring: bool = False
    timeout: float = 30.0
    path: Path | None = None
    tls_ca_file: Path | None = None
    deadline: float | None = None
    sent_folder: Path | None = None
    folder: str | None = None

    @property
    def smtp_port(self) -> int:
        """Return the port, or the default for ``security`` (587, 465, 25)."""
        return self.port if self.port is not None else _DEFAULT_PORTS[self.security]

    @property
    def smtp_deadline(self) -> float:
        """Return the time allowed for one whole delivery, seconds (default 4 x timeout)."""
        return self.deadline if self.deadline is not None else 4 * self.timeout


def transport_from_table(table: Mapping[str, Any], *, source: str) -> TransportConfig:
    """Build a TransportConfig from a config file's ``[transport]`` table.

    ``source`` names the file for messages. Raises ConfigError naming source and key for an
    unknown key, a wrong type, or a missing ``kind``/``host``/``path``.
    """
    known = KEYS
    for key, value in table.items():
        if key not in known:
            raise ConfigError(
                f"{source}: unknown key {key!r} in [transport] (known: {', '.join(known)})"
            )
        kind_ok = isinstance(value, known[key]) and (
            key == "keyring" or not isinstance(value, bool)
        )
        if not kind_ok:
            raise ConfigError(f"{source}: [transport] {key} has the wrong type: {value!r}")
    kind = table.get("kind")
    if kind not in _KINDS:
        raise ConfigError(f"{source}: [transport] kind must be one of {', '.join(_KINDS)}")
    if kind in ("maildir", "file"):
        if not table.get("path"):
            raise ConfigError(f"{source}: [transport] path is needed for kind = {kind!r}")
        return TransportConfig(kind=kind, path=Path(table["path"]).expanduser())
    security = table.get("security", "tls" if kind == "imap" else "starttls")
    if security not in _SECURITIES:
        raise ConfigError(f"{source}: [transport] security must be one of {', '.join(_SECURITIES)}")
    port = table.get("port")
    if port is not None and not 0 < port < 65536:
        raise ConfigError(f"{source}: [transport] port must be 1-65535")
    timeout = float(table.get("timeout", 30.0))
    if timeout <= 0:
        raise ConfigError(f"{source}: [transport] timeout must be positive")
    deadline = table.get("deadline")
    if deadline is not None and deadline <= 0:
        raise ConfigError(f"{source}: [transport] deadline must be positive")
    if not table.get("host"):
        raise ConfigError(f"{source}: [transport] host is needed for kind = {kind!r}")
    secret = table.get("password_env") or table.get("password_command") or table.get("keyring")
    if secret and not table.get("username"):
        raise ConfigError(f"{source}: [transport] username is needed with a password")
    if table.get("username") and security == "none":
        raise ConfigError(
            f'{source}: [transport] username needs security = "starttls" or "tls": '
            "draft-reply logs in over TLS only, a password is never sent in clear"
        )
    ca_file = table.get("tls_ca_file")
    sent = table.get("sent_folder")
    return TransportConfig(
        kind=kind,
        host=table["host"],
        port=port,
        security=security,
        username=table.get("username"),
        password_env=table.get("password_env"),
        password_command=table.get("password_command"),
        use_keyring=bool(table.get("keyring", False)),
        timeout=timeout,
        deadline=None if deadline is None else float(deadline),
        tls_ca_file=Path(ca_file).expanduser() if ca_file else None,
        sent_folder=Path(sent).expanduser() if sent else None,
        folder=table.get("folder"),
    )
