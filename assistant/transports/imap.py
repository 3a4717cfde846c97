"""IMAP delivery: the reply is filed in the Drafts folder of the user's mailbox (APPEND).

``[transport] kind = "imap"`` with host, port, security ("tls", the default, on 993;
"starttls" or "none" on 143), username and password_env or keyring, tls_ca_file, timeout and
``folder``. The folder is the one the server marks ``\\Drafts`` (SPECIAL-USE, RFC 6154), else
one named Drafts, unless ``folder`` names it. The message is appended with the ``\\Draft``
flag (RFC 3501 6.3.11), so that the user's own mail client shows it as a draft to send: the
cooling-off holds there, because nothing is appended before it is over. A login is never
sent in clear. The stdlib's imaplib speaks the protocol.
"""

from __future__ import annotations

import imaplib
import re
import ssl
from collections.abc import Callable, Iterator, Sequence
from typing import TYPE_CHECKING, ClassVar

from assistant.errors import ConfigError, TemporaryDeliveryError
from assistant.transports.base import DeliveryResult
from assistant.transports.smtp import _password, _tls_context

if TYPE_CHECKING:
    from assistant.config.transport import TransportConfig

_DEFAULT_PORTS = {"tls": 993, "starttls": 143, "none": 143}
_LIST_LINE = re.compile(rb'^\((?P<flags>[^)]*)\) (?:"[^"]*"|NIL) (?P<name>.+)$')


class IMAPTransport:
    """Append the reply to the Drafts folder of an IMAP mailbox."""

    kind: ClassVar[str] = "imap"
    needs_sender: ClassVar[bool] = False  # APPEND files the message; there is no envelope

    def __init__(self, config: TransportConfig) -> None:
        self.config = config

    def deliver(
        self,
        eml: bytes,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        on_handover: Callable[[], None] | None = None,
    ) -> DeliveryResult:
        """APPEND ``eml`` (CRLF line ends) with ``\\Draft`` to the Drafts folder.

        Raises TemporaryDeliveryError (the server cannot be reached or refuses; nothing was
        filed) and ConfigError (no Drafts folder, a login without TLS, no password).
        """
        with connect(self.config) as imap:
            folder = self.config.folder or drafts_folder(imap)
            data = eml.replace(b"\r\n", b"\n").replace(b"\n", b"\r\n")
            if on_handover is not None:
                on_handover()
            typ, answer = imap.append(_quoted(folder), r"(\Draft)", None, data)
            if typ != "OK":
                raise TemporaryDeliveryError(
                    f"IMAP server {self.config.host} did not file the draft in {folder}: "
                    f"{_text(answer)}; nothing was filed"
                )
        uid = re.search(rb"APPENDUID \d+ (\d+)", b" ".join(a for a in answer if a))
        detail = f"imap {self.config.host} {folder}" + (
            f" uid {uid.group(1).decode()}" if uid else ""
        )
        return DeliveryResult(kind="imap", detail=detail)


def connect(config: TransportConfig) -> imaplib.IMAP4:
    """Return an IMAP connection to ``config``'s server, logged in when it has a username.

    Raises TemporaryDeliveryError when the server cannot be reached and ConfigError for a
    certificate that is refused, STARTTLS not offered, or a login the server rejects.
    """
    port = config.port or _DEFAULT_PORTS[config.security]
    try:
        if config.security == "tls":
            imap: imaplib.IMAP4 = imaplib.IMAP4_SSL(
                config.host, port, ssl_context=_tls_context(config), timeout=config.timeout
            )
        else:
            imap = imaplib.IMAP4(config.host, port, timeout=config.timeout)
            if config.security == "starttls":
                imap.starttls(ssl_context=_tls_context(config))
    except ssl.SSLCertVerificationError as exc:
        raise ConfigError(f"IMAP server {config.host}: certificate refused: {exc}") from None
    except (OSError, imaplib.IMAP4.error) as exc:
        raise TemporaryDeliveryError(
            f"cannot reach the IMAP server {config.host}:{port}: {exc}; nothing was filed"
        ) from None
    password = _password(config)
    if config.username is not None and password is not None:
        try:
            imap.login(config.username, password)
        except imaplib.IMAP4.error as exc:
            imap.logout()
            raise ConfigError(f"IMAP server {config.host} refused the login: {exc}") from None
    return imap


def drafts_folder(imap: imaplib.IMAP4) -> str:
    """Return the mailbox marked ``\\Drafts`` (RFC 6154), else one named Drafts.

    Raises ConfigError when there is none (then set ``[transport] folder``).
    """
    return special_folder(imap, "\\drafts", "drafts")


def special_folder(imap: imaplib.IMAP4, attribute: str, fallback: str) -> str:
    """Return the mailbox with the SPECIAL-USE ``attribute`` (lower case, "\\drafts",
    "\\sent"; RFC 6154), else the one named ``fallback``. Raises ConfigError when none."""
    try:
        typ, lines = imap.list('""', "*")
    except (OSError, imaplib.IMAP4.error) as exc:
        raise TemporaryDeliveryError(f"IMAP LIST failed: {exc}; nothing was filed") from None
    named = None
    for line in lines if typ == "OK" else []:
        if not isinstance(line, bytes):
            continue
        match = _LIST_LINE.match(line)
        if match is None:
            continue
        name = match["name"].decode("utf-8", "replace").strip().strip('"')
        if attribute.encode() in match["flags"].lower():
            return name
        if name.lower() == fallback:
            named = name
    if named is not None:
        return named
    raise ConfigError(
        f"the IMAP server marks no folder {attribute[1:].capitalize()} (RFC 6154) and has none "
        f"named {fallback.capitalize()}: set [transport] folder (for drafts) to the folder "
        "your mail client uses"
    )


def read_folder(config: TransportConfig, folder: str) -> Iterator[tuple[str, bytes]]:
    """Yield (UID, raw bytes) of every message in ``folder``, oldest first, read-only.

    The folder is opened with EXAMINE and bodies are fetched with ``BODY.PEEK[]``
    (RFC 3501 6.3.2, 6.4.5): nothing is marked read or changed on the server. Raises
    TemporaryDeliveryError (server unreachable) and ConfigError (no such folder).
    """
    with connect(config) as imap:
        typ, answer = imap.select(_quoted(folder), readonly=True)
        if typ != "OK":
            raise ConfigError(
                f"IMAP server {config.host} has no folder {folder!r}: {_text(answer)}"
            )
        typ, found = imap.uid("SEARCH", "ALL")
        uids = found[0].split() if typ == "OK" and found and found[0] else []
        for uid in uids:
            typ, parts = imap.uid("FETCH", uid, "(BODY.PEEK[])")
            for part in parts:
                if isinstance(part, tuple) and len(part) == 2:
                    yield uid.decode(), bytes(part[1]).replace(b"\r\n", b"\n")


def find_message_id(config: TransportConfig, message_id: str) -> str | None:
    """Return the Sent folder (SPECIAL-USE Sent, RFC 6154, else one named Sent) when a message
    with ``message_id`` (RFC 5322 3.6.4, with its brackets) is in it, else None. Read-only.
    Raises TemporaryDeliveryError (server unreachable) and ConfigError (no Sent folder)."""
    with connect(config) as imap:
        folder = special_folder(imap, "\\sent", "sent")
        typ, _ = imap.select(_quoted(folder), readonly=True)
        if typ != "OK":
            raise ConfigError(f"IMAP server {config.host}: cannot open {folder}")
        typ, found = imap.uid("SEARCH", "HEADER", "Message-ID", _quoted(message_id.strip()))
        return folder if typ == "OK" and found and found[0] and found[0].split() else None


def _quoted(name: str) -> str:
    return '"' + name.replace("\\", "\\\\").replace('"', '\\"') + '"'


def _text(answer: object) -> str:
    if isinstance(answer, list):
        return " ".join(
            a.decode("utf-8", "replace") if isinstance(a, bytes) else str(a) for a in answer
        )
    return str(answer)
