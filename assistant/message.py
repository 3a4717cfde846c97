"""Turn raw bytes into an :class:`Email`: headers, body, new text, quote, signature, language.

INTERFACE ONLY (being filled in). Sources: RFC 5322 (Internet Message Format),
RFC 2045-2047 (MIME), RFC 6532 (UTF-8 headers).
"""

from __future__ import annotations

import os
from dataclasses import dataclass, field
from datetime import datetime
from email.message import EmailMessage
from pathlib import Path


@dataclass(frozen=True)
class Address:
    """One mailbox: display name (may be empty) and addr-spec (RFC 5322 3.4)."""

    display_name: str
    addr_spec: str

    def __str__(self) -> str:
        from email.headerregistry import Address as _A

        try:
            return str(_A(display_name=self.display_name, addr_spec=self.addr_spec))
        except (ValueError, IndexError):
            return f"<{self.addr_spec}>"


@dataclass(frozen=True)
class Email:
    """A parsed inbound message. Frozen; every text field is a ``str`` without surrogates.

    ``message_id``, ``in_reply_to`` and ``references`` hold msg-ids with angle brackets
    (RFC 5322 3.6.4). ``date`` is timezone-aware or None when the Date header is
    missing or unparseable. ``text`` is the chosen body as plain text; ``new_text`` is
    what the sender wrote this time, ``quoted_text`` the history below (or above) it,
    ``signature`` the sign-off block. ``language`` is an ISO 639-1 code of ``new_text``
    (``"und"`` when unknown). ``defects`` lists what was wrong with the message, in
    words; ``flags`` names traits callers may act on (``auto_submitted``,
    ``no_reply_sender``, ``mailing_list``).
    """

    subject: str
    sender: Address | None
    reply_to: tuple[Address, ...] = ()
    to: tuple[Address, ...] = ()
    cc: tuple[Address, ...] = ()
    message_id: str | None = None
    in_reply_to: str | None = None
    references: tuple[str, ...] = ()
    date: datetime | None = None
    text: str = ""
    new_text: str = ""
    quoted_text: str = ""
    signature: str = ""
    language: str = "und"
    body_from_html: bool = False
    defects: tuple[str, ...] = ()
    flags: frozenset[str] = field(default_factory=frozenset)
    raw: bytes = b""

    @property
    def reply_address(self) -> Address | None:
        """Who a reply goes to: the first usable Reply-To, else From (RFC 5322 3.6.2)."""
        for addr in self.reply_to:
            if addr.addr_spec:
                return addr
        return self.sender


def parse_email(
    data: bytes | str | os.PathLike[str] | EmailMessage,
    *,
    max_bytes: int = 25 * 1024 * 1024,
) -> Email:
    """Parse one RFC 5322 message into an Email.

    ``data`` is the raw bytes, a str holding the message, a path to a file, or an
    ``EmailMessage``. Raises BadEmailError (empty, binary, no header block, larger
    than ``max_bytes``) and InputNotFoundError (a path that cannot be read).
    """
    raise NotImplementedError


_ = Path
