"""A scripted SMTP server on 127.0.0.1 (aiosmtpd) that records what it accepts.

Script the answer to the next messages' end of DATA with :meth:`FakeSMTP.enqueue`: an
SMTP reply line such as ``"451 4.3.0 try later"`` or ``"550 5.7.1 refused"``, or
:data:`DROP` to close the connection without answering (the message was handed over). With
the queue empty the server accepts (``250 2.0.0 queued as N``). ``refuse_rcpt`` maps an
address to the reply its RCPT TO gets. ``server.messages`` lists accepted messages::

    with running_fake_smtp() as server:
        config = TransportConfig(kind="smtp", host=server.host, port=server.port,
                                 security="none")
"""

from __future__ import annotations

import socket
import ssl
import threading
from collections import deque
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from typing import Any

from aiosmtpd.controller import Controller

DROP = "drop"


@dataclass(frozen=True)
class Received:
    """One message the server accepted: envelope and content bytes (CRLF line ends)."""

    mail_from: str
    rcpt_tos: tuple[str, ...]
    content: bytes
    tls: bool = False
    login: str | None = None

    @property
    def message_id(self) -> str:
        return str(BytesHeaderParser().parsebytes(self.content).get("Message-ID", ""))


@dataclass
class FakeSMTP:
    """The handler and the record; ``host``/``port`` are set once the server runs."""

    host: str = "127.0.0.1"
    port: int = 0
    messages: list[Received] = field(default_factory=list)
    attempts: int = 0
    refuse_rcpt: dict[str, str] = field(default_factory=dict)
    _answers: deque[str] = field(default_factory=deque)
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def enqueue(self, *answers: str) -> None:
        """Answer the next DATA commands with these reply lines (or DROP), in order."""
        with self._lock:
            self._answers.extend(answers)

    def message_ids(self) -> list[str]:
        """Return the Message-IDs of the accepted messages, in arrival order."""
        with self._lock:
            return [m.message_id for m in self.messages]

    async def handle_RCPT(
        self, server: Any, session: Any, envelope: Any, address: str, options: list[str]
    ) -> str:
        if address in self.refuse_rcpt:
            return self.refuse_rcpt[address]
        envelope.rcpt_tos.append(address)
        return "250 OK"

    async def handle_DATA(self, server: Any, session: Any, envelope: Any) -> str:
        with self._lock:
            self.attempts += 1
            answer = self._answers.popleft() if self._answers else ""
            if answer == DROP:
                server.transport.close()
                return "250 dropped"  # never reaches the client
            if answer:
                return answer
            login = session.auth_data
            self.messages.append(
                Received(
                    envelope.mail_from,
                    tuple(envelope.rcpt_tos),
                    bytes(envelope.content),
                    tls=server.transport.get_extra_info("ssl_object") is not None,
                    login=login.decode() if isinstance(login, bytes) else login,
                )
            )
            return f"250 2.0.0 queued as {len(self.messages)}"


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def _accept_sam(server: Any, session: Any, envelope: Any, mechanism: str, data: Any) -> Any:
    """Accept the login ``sam`` / ``secret`` (AUTH PLAIN or LOGIN), refuse anything else."""
    from aiosmtpd.smtp import AuthResult, LoginPassword

    ok = isinstance(data, LoginPassword) and (data.login, data.password) == (b"sam", b"secret")
    return AuthResult(success=ok, auth_data=data.login if ok else None)


@contextmanager
def running_fake_smtp(
    *, starttls: ssl.SSLContext | None = None, implicit_tls: ssl.SSLContext | None = None
) -> Iterator[FakeSMTP]:
    """Run a FakeSMTP on a free port of 127.0.0.1 for the ``with`` block.

    ``starttls`` (a server TLS context) offers STARTTLS and AUTH after it; ``implicit_tls``
    speaks TLS from the first byte (port 465 style) with AUTH. The login is sam/secret.
    """
    fake = FakeSMTP()
    fake.port = _free_port()
    options: dict[str, Any] = {}
    if starttls is not None:
        options = {"tls_context": starttls, "authenticator": _accept_sam}
    if implicit_tls is not None:  # TLS from the start: aiosmtpd counts only STARTTLS as TLS
        options = {"ssl_context": implicit_tls, "authenticator": _accept_sam}
    controller = Controller(
        fake,
        hostname=fake.host,
        port=fake.port,
        auth_require_tls=implicit_tls is None,
        **options,
    )
    controller.start()
    try:
        yield fake
    finally:
        controller.stop()
