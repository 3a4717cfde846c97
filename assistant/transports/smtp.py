"""SMTP delivery (RFC 5321): one message to a submission server, over TLS.

``[transport] kind = "smtp"``: host, port (default 587 starttls, 465 tls, 25 none),
security, username with password_env or keyring, tls_ca_file, timeout (seconds, each
network step) and deadline (seconds, the whole delivery). The server's certificate and
host name are verified (RFC 6125) against the system's trust store, or ``tls_ca_file``;
AUTH (RFC 4954) happens over TLS only (RFC 8314). Replies map to errors:
4xx, refused connections, timeouts and anything before the server's 354 to DATA raise
TemporaryDeliveryError (nothing was handed over); 5xx raises PermanentDeliveryError; a
connection lost or a deadline reached after the 354, before the server's final reply,
raises DeliveryUncertainError (it may have arrived).
"""

from __future__ import annotations

import os
import re
import socket
import time
from collections.abc import Callable, Sequence
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
    import ssl


class SMTPTransport:
    """Deliver by SMTP to ``config.host``; see the module docstring for the errors."""

    kind: ClassVar[str] = "smtp"
    needs_sender: ClassVar[bool] = True

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
        """Send ``eml`` with MAIL FROM ``envelope_from`` and RCPT TO each of ``recipients``.

        ``on_handover()`` is called once the server has answered 354 to DATA, just before
        the message is sent. Raises TemporaryDeliveryError, PermanentDeliveryError,
        DeliveryUncertainError and ConfigError (no password, a login without TLS, TLS
        certificate rejected, STARTTLS not offered, an unreadable tls_ca_file).
        """
        return _deliver_smtp(eml, self.config, envelope_from, list(recipients), on_handover)


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
    if config.password_command:
        return _run_password_command(config.password_command)
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
    raise ConfigError(
        "username given but no password_env, password_command or keyring in [transport]"
    )


def _run_password_command(command: str) -> str:
    """Run ``command`` (split as a shell would, run without one) and return the first line
    it prints: ``pass show mail/work``, ``secret-tool lookup ...``. Raises ConfigError when it
    fails, prints nothing, or takes over 30 seconds."""
    import shlex
    import subprocess

    try:
        done = subprocess.run(shlex.split(command), capture_output=True, timeout=30, check=False)
    except (OSError, ValueError, subprocess.TimeoutExpired) as exc:
        raise ConfigError(f"password_command {command!r} could not run: {exc}") from None
    lines = done.stdout.decode("utf-8", "replace").splitlines()
    if done.returncode != 0 or not lines or not lines[0]:
        raise ConfigError(
            f"password_command {command!r} printed no password (exit {done.returncode})"
        )
    return lines[0]


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


class _Deadline:
    """An overall deadline for one delivery: when it passes, the connection is shut down.

    smtplib's timeout bounds each read, not a server that answers one byte a second; a
    timer shuts the socket down (through a duplicate of its descriptor, which still works
    while STARTTLS wraps the socket) so that the blocked read returns at once.
    """

    def __init__(self, seconds: float) -> None:
        import threading

        self.seconds = seconds
        self._expired = False
        self._fd: int | None = None
        self._lock = threading.Lock()
        self._timer = threading.Timer(seconds, self._expire)
        self._timer.daemon = True
        self._ends = time.monotonic() + seconds
        self._timer.start()

    @property
    def expired(self) -> bool:
        """True once the deadline has passed, whether or not the timer thread has run yet (a
        read timeout may end at the same moment, before a busy machine runs the timer)."""
        return self._expired or time.monotonic() >= self._ends

    def left(self) -> float:
        """Return the seconds left (at least a millisecond, so a timeout is never 0)."""
        return max(self._ends - time.monotonic(), 0.001)

    def watch(self, sock: socket.socket) -> None:
        """Shut ``sock`` down when the deadline passes."""
        with self._lock:
            self._fd = os.dup(sock.fileno())
            if self._expired:
                self._shut()

    def _expire(self) -> None:
        with self._lock:
            self._expired = True
            self._shut()

    def _shut(self) -> None:
        if self._fd is not None:
            with suppress(OSError), socket.socket(fileno=os.dup(self._fd)) as sock:
                sock.shutdown(socket.SHUT_RDWR)

    def stop(self) -> None:
        """Cancel the timer and release the duplicate descriptor."""
        self._timer.cancel()
        with self._lock:
            if self._fd is not None:
                os.close(self._fd)
                self._fd = None


_MakeSMTP = Callable[[str, "_Deadline", "ssl.SSLContext", float], "smtplib.SMTP"]


@cache
def _recording_classes() -> tuple[_MakeSMTP, _MakeSMTP]:
    """Return SMTP classes (plain-then-STARTTLS, implicit TLS) built for one delivery.

    They keep the last line the server sent (smtplib keeps only the text after a reply
    code, so a server that is not SMTP, ``HTTP/1.1 200 OK``, would be shown as
    ``-1 /1.1 200 OK``), verify the certificate for the configured host name (smtplib
    passes the host given to its constructor, which connects at once), and put the socket
    under the delivery's :class:`_Deadline`.
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
        implicit_tls = False

        def __init__(
            self,
            server_hostname: str,
            deadline: _Deadline,
            context: ssl.SSLContext,
            timeout: float,
        ) -> None:
            super().__init__(timeout=timeout)
            self._host = server_hostname  # what STARTTLS verifies the certificate against
            self.deadline = deadline
            self.context = context

        def _get_socket(self, host: str, port: int, timeout: float) -> socket.socket:
            sock = socket.create_connection(
                (host, port), min(timeout, self.deadline.left()), self.source_address
            )
            self.deadline.watch(sock)
            if self.implicit_tls:
                try:
                    return self.context.wrap_socket(sock, server_hostname=self._host)
                except BaseException:
                    sock.close()
                    raise
            return sock

        def getreply(self) -> tuple[int, bytes]:
            if self.file is None and self.sock is not None:
                self.file = _Lines(self.sock.makefile("rb"), self)
            return super().getreply()

    class RecordingSMTPTLS(RecordingSMTP):
        implicit_tls = True

    return RecordingSMTP, RecordingSMTPTLS


def _tls_context(config: TransportConfig) -> ssl.SSLContext:
    """Return a client TLS context that verifies certificates and host names.

    The system's trust store, or only the PEM certificates in ``tls_ca_file``. Raises
    ConfigError when that file cannot be read or holds no certificate.
    """
    import ssl

    if config.tls_ca_file is None:
        return ssl.create_default_context()
    try:
        return ssl.create_default_context(cafile=str(config.tls_ca_file))
    except (OSError, ssl.SSLError) as exc:
        raise ConfigError(
            f"[transport] tls_ca_file {config.tls_ca_file}: cannot load certificates: {exc}"
        ) from None


def _reply_error(
    code: int, message: bytes | str, what: str
) -> TemporaryDeliveryError | PermanentDeliveryError:
    words = f"SMTP server answered {code} {_text(message)} ({what})"
    if 400 <= code < 500:
        return TemporaryDeliveryError(words + "; try again later", smtp_code=code)
    return PermanentDeliveryError(words, smtp_code=code)


def probe(config: TransportConfig) -> str:
    """Connect to the SMTP server, start TLS and log in as a delivery would, then QUIT.

    Returns what was checked, in words. Raises the errors of :meth:`SMTPTransport.deliver`
    (ConfigError for TLS, login and configuration; TemporaryDeliveryError when the server
    cannot be reached or does not speak SMTP). Sends no message. For ``config check``.
    """
    return _deliver_smtp(None, config, "", [], None).detail


def _deliver_smtp(
    eml: bytes | None,
    config: TransportConfig,
    envelope_from: str,
    recipients: list[str],
    on_handover: Callable[[], None] | None,
) -> DeliveryResult:
    import smtplib
    import ssl

    if not recipients and eml is not None:
        raise PermanentDeliveryError("the message has no recipients")
    if config.username is not None and config.security == "none":
        raise ConfigError(
            '[transport] username needs security = "starttls" or "tls": draft-reply '
            "logs in over TLS only"
        )
    password = _password(config)
    context = _tls_context(config)
    # smtplib sends bytes as they are (RFC 5321 2.3.8)
    data = re.sub(rb"\r?\n", b"\r\n", eml or b"")
    where = f"{config.host}:{config.smtp_port}"
    handed_over = False
    deadline = _Deadline(config.smtp_deadline)
    try:
        plain, implicit = _recording_classes()
        kind = implicit if config.security == "tls" else plain
        smtp = kind(config.host, deadline, context, config.timeout)
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
            if eml is None:  # a probe: reached, TLS and login work; nothing is sent
                with suppress(smtplib.SMTPException, OSError):
                    smtp.quit()
                secured = {"none": "no TLS", "starttls": "STARTTLS", "tls": "TLS"}
                login = f", logged in as {config.username}" if config.username else ""
                return DeliveryResult(
                    kind="smtp",
                    detail=f"smtp {where}: answered, {secured[config.security]}{login}",
                )
            refused = _envelope(smtp, data, envelope_from, recipients)
            code, reply = smtp.docmd("data")
            if code != 354:  # RFC 5321 4.1.1.4: nothing is handed over before the 354
                if not _speaks_smtp(code):
                    raise _not_smtp(where, _last_line(smtp))
                raise _reply_error(code, reply, "DATA")
            if on_handover is not None:
                on_handover()
            handed_over = True
            smtp.send(_dot_stuffed(data))
            code, reply = smtp.getreply()
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
        raise ConfigError(
            f"SMTP server {where}: TLS certificate rejected: {exc.verify_message}; check "
            "[transport] host (it must be a name on the certificate), or set tls_ca_file to "
            "trust a private CA"
        ) from None
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
        why = (
            f"no end within the deadline of {deadline.seconds:g} s ([transport] deadline)"
            if deadline.expired
            else str(exc) or type(exc).__name__
        )
        if handed_over:
            raise DeliveryUncertainError(
                f"connection to {where} lost after the message was handed over ({why}); "
                "it may or may not have arrived"
            ) from None
        raise TemporaryDeliveryError(
            f"cannot deliver via {where}: {why}; nothing was handed over, try again later"
        ) from None
    finally:
        deadline.stop()
    detail = f"smtp {where} 250 {text}"
    words = {r: f"{c} {m.decode('utf-8', 'replace')}" for r, (c, m) in refused.items()}
    if words:
        detail += "; refused: " + ", ".join(f"{r} ({m})" for r, m in words.items())
    return DeliveryResult(kind="smtp", detail=detail, refused=words)


def _dot_stuffed(data: bytes) -> bytes:
    """Return ``data`` (CRLF lines) ready to send after DATA: leading dots doubled and the
    ``CRLF . CRLF`` end added (RFC 5321 4.5.2)."""
    stuffed = re.sub(rb"(?m)^\.", b"..", data)
    if not stuffed.endswith(b"\r\n"):
        stuffed += b"\r\n"
    return stuffed + b".\r\n"


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
