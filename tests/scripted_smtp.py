"""A scripted SMTP server on 127.0.0.1 that misbehaves on purpose: it drops the connection
at a chosen protocol step, trickles its greeting, or delays its final reply.

Plain sockets and a thread per connection, so that each step is exact (aiosmtpd answers
for us). ``received`` counts every message whose final ``.`` arrived: from then on the
server holds it, whether or not its 250 reached the client (RFC 5321 4.1.1.4)::

    with running_scripted_smtp(drop_at="rcpt") as server:
        TransportConfig(kind="smtp", host="127.0.0.1", port=server.port, security="none")
"""

from __future__ import annotations

import socket
import threading
import time
from collections import Counter
from collections.abc import Iterator
from contextlib import contextmanager, suppress
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser

#: The steps ``drop_at`` accepts: close instead of the greeting, instead of answering a
#: command, or after the message's final "." instead of the final reply.
STEPS = ("greeting", "ehlo", "mail", "rcpt", "data", "message")


@dataclass
class ScriptedSMTP:
    """The script and what the server saw; ``port`` is set once it listens."""

    drop_at: str | None = None
    trickle: float = 0.0  # seconds between bytes of the greeting
    final_delay: float = 0.0  # seconds before the reply to the message
    port: int = 0
    received: list[bytes] = field(default_factory=list)
    connections: int = 0
    _lock: threading.Lock = field(default_factory=threading.Lock)

    def counts(self) -> Counter[str]:
        """Return how many times each Message-ID was received."""
        with self._lock:
            return Counter(
                str(BytesHeaderParser().parsebytes(m).get("Message-ID", "")) for m in self.received
            )

    def serve(self, conn: socket.socket) -> None:
        with self._lock:
            self.connections += 1
        with conn, suppress(OSError):
            if self.drop_at == "greeting":
                return
            greeting = b"220 scripted.example ESMTP ready\r\n"
            if self.trickle:
                for byte in greeting:
                    conn.sendall(bytes([byte]))
                    time.sleep(self.trickle)
            else:
                conn.sendall(greeting)
            reader = conn.makefile("rb")
            while line := reader.readline():
                verb = line[:4].upper().strip()
                step = {b"EHLO": "ehlo", b"HELO": "ehlo", b"MAIL": "mail", b"RCPT": "rcpt"}.get(
                    verb, "data" if verb == b"DATA" else None
                )
                if step is not None and step == self.drop_at:
                    return
                if verb == b"EHLO":
                    conn.sendall(b"250-scripted.example\r\n250 8BITMIME\r\n")
                elif verb == b"DATA":
                    conn.sendall(b"354 go ahead\r\n")
                    message = b""
                    while (chunk := reader.readline()) and chunk != b".\r\n":
                        message += chunk
                    if not chunk:
                        return
                    with self._lock:
                        self.received.append(message)
                    if self.drop_at == "message":
                        return
                    time.sleep(self.final_delay)
                    conn.sendall(b"250 2.0.0 queued\r\n")
                elif verb == b"QUIT":
                    conn.sendall(b"221 bye\r\n")
                    return
                else:
                    conn.sendall(b"250 ok\r\n")


@contextmanager
def running_scripted_smtp(**script: object) -> Iterator[ScriptedSMTP]:
    """Run a ScriptedSMTP(**script) on a free port of 127.0.0.1 for the ``with`` block."""
    server = ScriptedSMTP(**script)  # type: ignore[arg-type]
    listener = socket.socket()
    listener.bind(("127.0.0.1", 0))
    listener.listen(64)
    server.port = listener.getsockname()[1]
    stop = threading.Event()

    def accept() -> None:
        while not stop.is_set():
            try:
                conn, _ = listener.accept()
            except OSError:
                return
            threading.Thread(target=server.serve, args=(conn,), daemon=True).start()

    thread = threading.Thread(target=accept, daemon=True)
    thread.start()
    try:
        yield server
    finally:
        stop.set()
        with suppress(OSError):
            listener.shutdown(socket.SHUT_RDWR)  # wakes the blocked accept()
        listener.close()
