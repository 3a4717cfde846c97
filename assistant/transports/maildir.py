"""Maildir delivery: the reply is filed as a new message in a Maildir folder (Drafts, say).

``[transport] kind = "maildir"``, ``path``: the Maildir folder; ``cur/ new/ tmp/`` are created
if missing. The file is written in ``tmp/`` and linked into ``cur/`` with the Draft flag
(the Maildir spec), so that a mail client shows it as a draft to send.
"""

from __future__ import annotations

import os
import secrets
import socket
import time
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import ClassVar

from assistant.config.transport import TransportConfig
from assistant.errors import LocalDeliveryError
from assistant.files import write_new
from assistant.transports.base import DeliveryResult, folder_of


class MaildirTransport:
    """File the message in the Maildir at ``config.path``; LocalDeliveryError when it cannot."""

    kind: ClassVar[str] = "maildir"
    needs_sender: ClassVar[bool] = False

    def __init__(self, config: TransportConfig) -> None:
        self.path = folder_of(config)

    def deliver(
        self,
        eml: bytes,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        on_handover: Callable[[], None] | None = None,
    ) -> DeliveryResult:
        """Write ``eml`` into ``cur/`` with the Draft flag (``:2,D``): a message for the user to
        send from their mail client, shown as a draft by mutt, notmuch and Dovecot (Maildir
        spec; IMAP's Draft flag, RFC 3501 2.3.2). The envelope is not used."""
        return _deliver_maildir(eml, self.path, on_handover, flags="D")


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


def file_copy(eml: bytes, path: Path) -> Path:
    """File ``eml`` in the Maildir at ``path`` as a message already read (``cur/``, flag S).

    For the copy of a sent message in a Sent folder. Raises LocalDeliveryError.
    """
    return _deliver_maildir(eml, path, flags="S").path or path


def _deliver_maildir(
    eml: bytes,
    path: Path,
    on_handover: Callable[[], None] | None = None,
    *,
    flags: str = "",
) -> DeliveryResult:
    folder = path.expanduser()
    name = _maildir_name()
    final = folder / "cur" / f"{name}:2,{flags}" if flags else folder / "new" / name
    try:
        for sub in ("cur", "new", "tmp"):
            (folder / sub).mkdir(mode=0o700, parents=True, exist_ok=True)
        data = eml.replace(b"\r\n", b"\n")  # Maildir files use LF line ends
        target = write_new(folder / "tmp" / name, final, data, before_link=on_handover)
    except OSError as exc:
        raise LocalDeliveryError(
            f"cannot write to Maildir {folder}: {exc.strerror or exc}; fix the folder, then send "
            "again"
        ) from None
    return DeliveryResult(kind="maildir", detail=f"maildir {target}", path=target)
