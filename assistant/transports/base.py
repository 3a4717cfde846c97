"""Delivery of a finished reply: the Transport protocol, its result, and the registry.

A transport is one class in its own module (:mod:`.smtp`, :mod:`.maildir`, :mod:`.file`),
built from the config file's ``[transport]`` table (:mod:`assistant.config.transport`) and
named by its ``kind`` in :data:`KINDS`; only the kind in use is imported. To add one (IMAP
APPEND, say): a module with a class that has ``kind``, ``__init__(config)`` and
``deliver()``, and a row in :data:`KINDS` (ARCHITECTURE.md, "Where to add").
"""

from __future__ import annotations

import importlib
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from email.parser import BytesHeaderParser
from email.utils import getaddresses
from pathlib import Path
from typing import ClassVar, Protocol

from assistant.config.transport import TransportConfig
from assistant.errors import ConfigError

#: The transports: kind -> (module, class).
KINDS: Mapping[str, tuple[str, str]] = {
    "smtp": ("assistant.transports.smtp", "SMTPTransport"),
    "maildir": ("assistant.transports.maildir", "MaildirTransport"),
    "file": ("assistant.transports.file", "FileTransport"),
    "imap": ("assistant.transports.imap", "IMAPTransport"),
}


@dataclass(frozen=True)
class DeliveryResult:
    """What delivery did: ``detail`` in words ("smtp 250 ..."), ``path`` of a written file."""

    kind: str
    detail: str
    path: Path | None = None
    refused: Mapping[str, str] = field(default_factory=dict)


class Transport(Protocol):
    """One way of delivering a message; built from the ``[transport]`` table."""

    #: The ``[transport] kind`` that names it.
    kind: ClassVar[str]
    #: Whether delivery needs an envelope sender (SMTP's MAIL FROM): a draft without a From
    #: is then refused before it is claimed.
    needs_sender: ClassVar[bool]

    def __init__(self, config: TransportConfig) -> None: ...

    def deliver(
        self,
        eml: bytes,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        on_handover: Callable[[], None] | None = None,
    ) -> DeliveryResult:
        """Deliver the RFC 5322 message ``eml``; raise a DeliveryError subclass when not.

        ``on_handover()`` is called at the moment the message may start to leave (SMTP:
        after the server's 354 to DATA; a folder: before the file is linked into place).
        Until then a failure means nothing was delivered.
        """
        ...


def folder_of(config: TransportConfig) -> Path:
    """Return the folder a Maildir or file transport writes to; ConfigError when none is set."""
    if config.path is None:
        raise ConfigError(f"transport {config.kind!r} needs a path")
    return config.path


def transport_class(kind: str) -> type[Transport]:
    """Return the class of transport ``kind`` (imported now). Raises ConfigError if unknown."""
    entry = KINDS.get(kind)
    if entry is None:
        raise ConfigError(f"unknown transport kind {kind!r} (known: {', '.join(KINDS)})")
    module, name = entry
    cls: type[Transport] = getattr(importlib.import_module(module), name)
    return cls


def deliver(
    eml: bytes,
    *,
    config: TransportConfig,
    envelope_from: str,
    recipients: Sequence[str],
    on_handover: Callable[[], None] | None = None,
) -> DeliveryResult:
    """Deliver the RFC 5322 message ``eml`` by the transport ``config`` names.

    SMTP uses ``envelope_from`` and ``recipients`` (addr-specs) for MAIL FROM / RCPT TO;
    Maildir and file ignore them. ``on_handover`` as in :meth:`Transport.deliver`. Raises
    TemporaryDeliveryError (4xx, connection refused, timeout, anything before the handover;
    LocalDeliveryError for an unwritable folder), PermanentDeliveryError (5xx),
    DeliveryUncertainError (connection lost or deadline reached after the handover),
    ConfigError (no password, a login without TLS, TLS certificate rejected, STARTTLS not
    offered, a Maildir or file transport without a path). With ``sent_folder`` an SMTP
    delivery also files a copy there (read); the result's detail says where, or why not.
    """
    transport = transport_class(config.kind)(config)
    result = transport.deliver(
        eml, envelope_from=envelope_from, recipients=recipients, on_handover=on_handover
    )
    if config.sent_folder is None or config.kind != "smtp":
        return result
    from dataclasses import replace

    from assistant.errors import LocalDeliveryError
    from assistant.transports.maildir import file_copy

    try:  # delivered already: a copy that cannot be filed is said, not an error
        copy = f"copy in {file_copy(eml, config.sent_folder)}"
    except LocalDeliveryError as exc:
        copy = f"no copy in the sent folder: {exc}"
    return replace(result, detail=f"{result.detail}; {copy}")


def envelope_addresses(eml: bytes) -> tuple[str, list[str]]:
    """Return ``(from, recipients)`` addr-specs from the message's From, To and Cc headers.

    RFC 5322 3.6.2 and 3.6.3. Bcc is not read: replies drafted here never have one.
    """
    headers = BytesHeaderParser().parsebytes(eml)
    senders = [addr for _, addr in getaddresses([str(v) for v in headers.get_all("From", [])])]
    fields = [str(v) for key in ("To", "Cc") for v in headers.get_all(key, [])]
    recipients = list(dict.fromkeys(addr for _, addr in getaddresses(fields) if addr))
    return (senders[0] if senders and senders[0] else ""), recipients
