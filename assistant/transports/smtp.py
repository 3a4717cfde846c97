"""SMTP delivery (RFC 5321): one message to a submission server, with STARTTLS or TLS.

``[transport] kind = "smtp"``: host, port (default 587 starttls, 465 tls, 25 none),
security, username with password_env or keyring, timeout (seconds). Replies map to errors:
4xx, refused connections and timeouts raise TemporaryDeliveryError; 5xx raises
PermanentDeliveryError; a connection lost after the message was handed over raises
DeliveryUncertainError (it may have arrived).
"""

from __future__ import annotations

import os
import re
from collections.abc import Sequence
from contextlib import suppress
from functools import cache
from typing import TYPE_CHECKING, Any, ClassVar

from assistant.config.transport import KEYRING_SERVICE, TransportConfig
from assistant.errors import (
    ConfigError,
    DeliveryUncertainError,
    PermanentDeliveryError,
    TemporaryDeliveryError,
)
from assistant.transports.base import DeliveryResult

if TYPE_CHECKING:
    import smtplib


class SMTPTransport:
    """Deliver by SMTP to ``config.host``; see the module docstring for the errors."""

    kind: ClassVar[str] = "smtp"
    needs_sender: ClassVar[bool] = True

    def __init__(self, config: TransportConfig) -> None:
        self.config = config

    def deliver(
        self, eml: bytes, *, envelope_from: str, recipients: Sequence[str]
    ) -> DeliveryResult:
        """Send ``eml`` with MAIL FROM ``envelope_from`` and RCPT TO each of ``recipients``.

        Raises TemporaryDeliveryError, PermanentDeliveryError, DeliveryUncertainError and
        ConfigError (no password, TLS certificate rejected, STARTTLS not offered).
        """
        return _deliver_smtp(eml, self.config, envelope_from, list(recipients))


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
