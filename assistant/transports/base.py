"""Delivery of a finished reply: SMTP, a Maildir folder, or a plain folder of .eml files.

Chosen by the config file's ``[transport]`` table::

    [transport]
    kind = "smtp"                # "smtp" | "maildir" | "file"
    host = "smtp.example.com"
    port = 587                   # default: 587 starttls, 465 tls, 25 none
    security = "starttls"        # "starttls" | "tls" | "none"
    username = "me@example.com"  # no username: no AUTH
    password_env = "SMTP_PASSWORD"   # env var holding the password, or
    keyring = true               # the system keyring (service "draft-reply", needs `keyring`)
    timeout = 30                 # seconds

    [transport]
    kind = "maildir"
    path = "~/Mail/Drafts"       # cur/ new/ tmp/ are created if missing

SMTP replies map to errors: 4xx, refused connections and timeouts raise
TemporaryDeliveryError; 5xx raises PermanentDeliveryError; a connection lost after the
message was handed over raises DeliveryUncertainError (it may have arrived).
"""

from __future__ import annotations

import hashlib
import os
import re
import secrets
import socket
import time
from collections.abc import Mapping, Sequence
from contextlib import suppress
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from functools import cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant.config.transport import KEYRING_SERVICE, TransportConfig
from assistant.errors import (
    ConfigError,
    DeliveryUncertainError,
    LocalDeliveryError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)

if TYPE_CHECKING:
    import smtplib


@dataclass(frozen=True)
class DeliveryResult:
    """What delivery did: ``detail`` in words ("smtp 250 ..."), ``path`` of a written file."""

    kind: str
    detail: str
    path: Path | None = None
    refused: Mapping[str, str] = field(default_factory=dict)


def deliver(
    eml: bytes, *, config: TransportConfig, envelope_from: str, recipients: Sequence[str]
) -> DeliveryResult:
    """Deliver the RFC 5322 message ``eml`` as ``config`` says.

    SMTP uses ``envelope_from`` and ``recipients`` (addr-specs) for MAIL FROM / RCPT TO;
    Maildir and file ignore them. Raises TemporaryDeliveryError (4xx, connection refused,
    timeout; LocalDeliveryError for an unwritable folder), PermanentDeliveryError (5xx),
    DeliveryUncertainError (connection lost after DATA), ConfigError (no password, TLS
    certificate rejected, STARTTLS not offered).
    """
    if config.kind == "smtp":
        return _deliver_smtp(eml, config, envelope_from, list(recipients))
    if config.path is None:
        raise ConfigError(f"transport {config.kind!r} needs a path")
    if config.kind == "maildir":
        return _deliver_maildir(eml, config.path)
    return _deliver_file(eml, config.path)


# --- SMTP -------------------------------------------------------------------------------


def _password(config: TransportConfig) -> str | None:
    if config.username is None:
        return None
    if config.password_env:
        password = os.environ.get(config.password_env)
        if not password:
            raise ConfigError(
                f"SMTP password: environment variable {config.password_env} is not set"
            )
        return password
    if config.use_keyring:
        try:
            import keyring  # type: ignore[import-not-found,unused-ignore]
        except ImportError:
            raise ConfigError(
                "SMTP password: [transport] keyring = true needs the keyring package "
                "(pip install keyring), or use password_env"
            ) from None
        found = keyring.get_password(KEYRING_SERVICE, config.username)
        if not found:
            raise ConfigError(
                f"SMTP password: no keyring entry for service {KEYRING_SERVICE!r}, "
                f"user {config.username!r} (keyring set {KEYRING_SERVICE} {config.username})"
            )
        return str(found)
    raise ConfigError("SMTP: username given but no password_env or keyring in [transport]")


def _text(reply: bytes | str) -> str:
    """Return an SMTP reply's text on one line."""
    text = reply.decode("utf-8", "replace") if isinstance(reply, bytes) else reply
    return " ".join(text.split())


def _speaks_smtp(code: int) -> bool:
    """Tell whether ``code`` is an SMTP reply code (RFC 5321 4.2: three digits, 2xx-5xx).

    smtplib gives -1 for a line that does not start with three digits (an HTTP server's
    ``HTTP/1.1 200 OK``).
    """
    return 200 <= code < 600


def _not_smtp(where: str, answer: str) -> TemporaryDeliveryError:
    shown = answer if len(answer) <= 60 else answer[:59] + "…"
    return TemporaryDeliveryError(
        f"{where} does not speak SMTP (it answered {shown!r}); check [transport] host and "
        "port, then send again"
    )


def _last_line(smtp: smtplib.SMTP) -> str:
    """Return the last line the server sent, as text on one line (see _recording_classes)."""
    return _text(getattr(smtp, "last_line", b""))


@cache
def _recording_classes() -> tuple[type[smtplib.SMTP], type[smtplib.SMTP_SSL]]:
    """Return SMTP and SMTP_SSL subclasses that keep the last line the server sent.

    smtplib keeps only the text after a reply code, so a server that is not SMTP
    (``HTTP/1.1 200 OK``) would be shown as ``-1 /1.1 200 OK``.
    """
    import smtplib

    class _Lines:
        def __init__(self, file: Any, owner: Any) -> None:
            self._file, self._owner = file, owner

        def readline(self, size: int = -1) -> bytes:
            line: bytes = self._file.readline(size)
            if line:
                self._owner.last_line = line
            return line

        def close(self) -> None:
            self._file.close()

    class RecordingSMTP(smtplib.SMTP):
        last_line = b""

        def getreply(self) -> tuple[int, bytes]:
            if self.file is None and self.sock is not None:
                self.file = _Lines(self.sock.makefile("rb"), self)
            return super().getreply()

    class RecordingSMTPSSL(RecordingSMTP, smtplib.SMTP_SSL):
        pass

    return RecordingSMTP, RecordingSMTPSSL


def _reply_error(
    code: int, message: bytes | str, what: str
) -> TemporaryDeliveryError | PermanentDeliveryError:
    words = f"SMTP server answered {code} {_text(message)} ({what})"
    if 400 <= code < 500:
        return TemporaryDeliveryError(words + "; try again later", smtp_code=code)
    return PermanentDeliveryError(words, smtp_code=code)


def _deliver_smtp(
    eml: bytes, config: TransportConfig, envelope_from: str, recipients: list[str]
) -> DeliveryResult:
    import smtplib
    import ssl

    if not recipients:
        raise PermanentDeliveryError("the message has no recipients")
    password = _password(config)
    data = re.sub(rb"\r?\n", b"\r\n", eml)  # smtplib sends bytes as they are (RFC 5321 2.3.8)
    where = f"{config.host}:{config.smtp_port}"
    context = ssl.create_default_context()
    handed_over = False
    try:
        plain, secure = _recording_classes()
        smtp: smtplib.SMTP
        if config.security == "tls":
            smtp = secure(timeout=config.timeout, context=context)
        else:
            smtp = plain(timeout=config.timeout)
        try:
            code, greeting = smtp.connect(config.host, config.smtp_port)
            if not _speaks_smtp(code):
                raise _not_smtp(where, _last_line(smtp))
            if code != 220:
                raise _reply_error(code, greeting, "greeting")
            smtp.ehlo_or_helo_if_needed()
            if config.security == "starttls":
                if not smtp.has_extn("starttls"):
                    raise ConfigError(f"SMTP server {where} does not offer STARTTLS")
                smtp.starttls(context=context)
                smtp.ehlo()
            if password is not None and config.username is not None:
                smtp.login(config.username, password)
            refused = _envelope(smtp, data, envelope_from, recipients)
            handed_over = True
            code, reply = smtp.data(data)
            if not _speaks_smtp(code):
                raise DeliveryUncertainError(
                    f"{where} answered {_last_line(smtp)!r} after the message, not SMTP; "
                    "it may or may not have arrived"
                )
            if code != 250:
                raise _reply_error(code, reply, "after the message")
            text = _text(reply)
            with suppress(smtplib.SMTPException, OSError):  # delivered: QUIT may fail
                smtp.quit()
        finally:
            smtp.close()
    except (ConfigError, TemporaryDeliveryError, PermanentDeliveryError, DeliveryUncertainError):
        raise
    except ssl.SSLCertVerificationError as exc:
        raise ConfigError(f"SMTP server {where}: TLS certificate rejected: {exc}") from None
    except smtplib.SMTPAuthenticationError as exc:
        raise ConfigError(
            f"SMTP server {where} refused the login for {config.username}: "
            f"{exc.smtp_code} {_text(exc.smtp_error)}"
        ) from None
    except smtplib.SMTPResponseException as exc:
        if not _speaks_smtp(exc.smtp_code):  # before DATA: nothing was handed over
            raise _not_smtp(where, _text(exc.smtp_error)) from None
        raise _reply_error(exc.smtp_code, exc.smtp_error, "during the session") from None
    except (smtplib.SMTPException, OSError) as exc:
        if handed_over:
            raise DeliveryUncertainError(
                f"connection to {where} lost while sending the message ({exc}); "
                "it may or may not have arrived"
            ) from None
        raise TemporaryDeliveryError(
            f"cannot deliver via {where}: {exc or type(exc).__name__}; try again later"
        ) from None
    detail = f"smtp {where} 250 {text}"
    words = {r: f"{c} {m.decode('utf-8', 'replace')}" for r, (c, m) in refused.items()}
    if words:
        detail += "; refused: " + ", ".join(f"{r} ({m})" for r, m in words.items())
    return DeliveryResult(kind="smtp", detail=detail, refused=words)


def _envelope(
    smtp: smtplib.SMTP, data: bytes, envelope_from: str, recipients: list[str]
) -> dict[str, tuple[int, bytes]]:
    """Send MAIL FROM and RCPT TO; return refused recipients. Raises when all are refused."""
    options: list[str] = []
    if smtp.does_esmtp:
        if smtp.has_extn("size"):
            options.append(f"SIZE={len(data)}")
        if smtp.has_extn("8bitmime") and not data.isascii():
            options.append("BODY=8BITMIME")
    code, reply = smtp.mail(envelope_from, options)
    if code != 250:
        smtp.rset()
        raise _reply_error(code, reply, f"MAIL FROM {envelope_from}")
    refused: dict[str, tuple[int, bytes]] = {}
    for rcpt in recipients:
        code, reply = smtp.rcpt(rcpt)
        if code not in (250, 251):
            refused[rcpt] = (code, reply)
    if len(refused) == len(recipients):
        smtp.rset()
        temporary = [answer for answer in refused.values() if answer[0] < 500]
        code, reply = temporary[0] if temporary else next(iter(refused.values()))
        raise _reply_error(code, reply, "every recipient refused")
    return refused


# --- Maildir and file -------------------------------------------------------------------

_counter = 0


def _maildir_name() -> str:
    """Return a unique Maildir file name: ``time.MusecPpidQn_Rrandom.host``.

    The Maildir spec (cr.yp.to/proto/maildir.html); "/" and ":" in the host name are
    written as \\057 and \\072.
    """
    global _counter
    _counter += 1
    now = time.time()
    host = socket.gethostname().replace("/", r"\057").replace(":", r"\072")
    usec = int((now % 1) * 1_000_000)
    return f"{int(now)}.M{usec}P{os.getpid()}Q{_counter}R{secrets.token_hex(8)}.{host}"


def _write_new(tmp: Path, target: Path, data: bytes) -> Path:
    """Write ``data`` to ``tmp`` (0600, fsync), then link it to ``target`` and fsync the folder.

    ``target`` appears whole or not at all and is never overwritten (FileExistsError).
    """
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_EXCL, 0o600)
    try:
        with os.fdopen(fd, "wb") as fh:
            fh.write(data)
            fh.flush()
            os.fsync(fh.fileno())
        os.link(tmp, target)
    finally:
        tmp.unlink(missing_ok=True)
    dir_fd = os.open(target.parent, os.O_RDONLY)
    try:
        os.fsync(dir_fd)
    finally:
        os.close(dir_fd)
    return target


def _make_folder(folder: Path, what: str) -> None:
    """Create ``folder`` (0700) unless it exists; never its parents (a typo in the path
    would otherwise make a tree anywhere). Raises LocalDeliveryError naming a missing parent.
    """
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise LocalDeliveryError(
            f"cannot write to {what} {folder}: its parent folder {folder.parent} does not "
            "exist; create it or fix [transport] path, then send again"
        )
    folder.mkdir(mode=0o700, exist_ok=True)


def _deliver_maildir(eml: bytes, path: Path) -> DeliveryResult:
    folder = path.expanduser()
    name = _maildir_name()
    try:
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        data = eml.replace(b"\r\n", b"\n")  # Maildir files use LF line ends
        target = _write_new(folder / "tmp" / name, folder / "new" / name, data)
    except OSError as exc:
        raise LocalDeliveryError(
            f"cannot write to Maildir {folder}: {exc.strerror or exc}; fix the folder, then send "
            "again"
        ) from None
    return DeliveryResult(kind="maildir", detail=f"maildir {target}", path=target)


def _file_name(eml: bytes) -> str:
    """Return ``<message-id>.eml`` with unsafe characters replaced, or a content hash."""
    headers = BytesHeaderParser().parsebytes(eml)
    msgid = str(headers.get("Message-ID", "")).strip().strip("<>")
    safe = re.sub(r"[^A-Za-z0-9._@+=-]", "_", msgid).strip(".")[:200]
    return (safe or hashlib.sha256(eml).hexdigest()[:32]) + ".eml"


def _deliver_file(eml: bytes, path: Path) -> DeliveryResult:
    folder = path.expanduser()
    target = folder / _file_name(eml)
    try:
        _make_folder(folder, "folder")
        try:
            _write_new(folder / f".{target.name}.{secrets.token_hex(6)}.tmp", target, eml)
        except FileExistsError:
            if target.read_bytes() != eml:
                raise LocalDeliveryError(
                    f"{target} exists with other content; move it away, then send again"
                ) from None
            return DeliveryResult(kind="file", detail=f"file {target} (already there)", path=target)
    except OSError as exc:
        raise LocalDeliveryError(
            f"cannot write to {folder}: {exc.strerror or exc}; fix the folder, then send again"
        ) from None
    return DeliveryResult(kind="file", detail=f"file {target}", path=target)


def envelope_addresses(eml: bytes) -> tuple[str, list[str]]:
    """Return ``(from, recipients)`` addr-specs from the message's From, To and Cc headers.

    RFC 5322 3.6.2 and 3.6.3. Bcc is not read: replies drafted here never have one.
    """
    headers = BytesHeaderParser().parsebytes(eml)
    senders = [addr for _, addr in getaddresses([str(v) for v in headers.get_all("From", [])])]
    fields = [str(v) for key in ("To", "Cc") for v in headers.get_all(key, [])]
    recipients = list(dict.fromkeys(addr for _, addr in getaddresses(fields) if addr))
    return (senders[0] if senders and senders[0] else ""), recipients
