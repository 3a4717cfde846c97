"""Turn raw bytes into an :class:`Email`: headers, body, new text, quote, signature, language.

This is the public face of message parsing: :class:`Email`, :class:`Address`,
:func:`parse_email` and ``MAX_MSG_ID_LENGTH``. The work is done in private modules:
``_raw`` (input, checks, mbox, broken folding, the compat32 MIME tree), ``_headers``
(Subject, msg-ids, Date), ``_addresses`` (strict mailbox reading, CVE-2023-27043) and
``_body`` (choosing and decoding the text part); quotes, signature and language come from
``_quotes`` and ``_language``.

Sources: RFC 5322 (Internet Message Format), RFC 2045-2047 (MIME), RFC 3676
(format=flowed), RFC 3834 (Auto-Submitted), RFC 2919 (List-Id), RFC 6532 (UTF-8 headers).
The stdlib ``email`` parser builds the MIME tree with ``policy.compat32`` (its header
registry is not consulted while splitting parts, which is 3-4x faster); the few headers we
read are then decoded on demand: Subject through ``policy.default``'s header registry,
addresses and msg-ids by strict readers, every one defensively because the stdlib raises
on some real-world input (Python 3.11).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import datetime
from email.errors import MissingHeaderBodySeparatorDefect
from email.message import Message

from assistant.lang.detect import detect_language
from assistant.mail._addresses import Address, read_addresses
from assistant.mail._body import body_damage, content_type, part_defects, read_body
from assistant.mail._headers import (
    header_label,
    header_map,
    raw_values,
    read_date,
    read_msg_ids,
    read_subject,
)
from assistant.mail._quotes import split_quotes
from assistant.mail._raw import (
    check_raw,
    first_of_mbox,
    parse_bytes,
    read_input,
    repair_continuations,
)
from assistant.mail.postscript import with_postscript

__all__ = ["MAX_MSG_ID_LENGTH", "Address", "Email", "parse_email"]

_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon|postmaster)",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}
_BOM = b"\xef\xbb\xbf"

#: The longest msg-id a reply can write into In-Reply-To and References: with the field
#: name the line must stay under 998 octets (RFC 5322 2.1.1).
MAX_MSG_ID_LENGTH = 900


@dataclass(frozen=True)
class Email:
    """A parsed inbound message. Frozen; every text field is a ``str`` without surrogates.

    ``message_id``, ``in_reply_to`` and ``references`` hold msg-ids with angle brackets (RFC
    5322 3.6.4). ``date`` is timezone-aware or None when the Date header is missing or
    unparseable. ``text`` is the chosen body as plain text; ``new_text`` is what the sender
    wrote this time (with a postscript below the sign-off: "P.S. ..."), ``quoted_text`` the
    history below (or above) it, ``signature`` the sign-off block. ``language`` is an ISO 639-1
    code of ``new_text`` (``"und"`` when unknown). ``defects`` lists what was wrong with the
    message, in words; ``flags`` names traits callers may act on (``auto_submitted``,
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
    data: bytes | str | os.PathLike[str] | Message,
    *,
    max_bytes: int = 25 * 1024 * 1024,
) -> Email:
    """Parse one RFC 5322 message into an Email.

    ``data`` is the raw bytes (or bytearray/memoryview), a path (``os.PathLike``), a str,
    or any ``email.message.Message`` (``EmailMessage`` or the compat32 ``Message`` that
    ``email.message_from_bytes`` and ``mailbox`` return). A str with no line break that
    names an existing file is read as a path; any other str is the message itself (a
    message always has a line break, RFC 5322 2.1). ``max_bytes`` is checked before
    parsing. Malformed headers, bodies and charsets never raise: they are read leniently
    and noted in ``Email.defects``.
    Header work is bounded: at most 1,000 addresses are kept per address header and a
    Subject over 64 KiB is decoded leniently (both noted as defects).
    A leading UTF-8 byte order mark and an mbox envelope line (``From sender date``) are
    skipped; when a second envelope line follows (an mbox of several messages) only the
    first message is read, and that is a defect. Control characters in the Subject and in
    display names become a space and bidi controls (Unicode TR 9) go; a display name
    without a letter is "". A Message-ID longer than ``MAX_MSG_ID_LENGTH`` (a reply
    cannot thread to it) is a defect.
    Damage a user should hear of is a defect worded for them, starting "the message
    has" or "the message ends" or "part N": no body or no text; a From, Reply-To, To, Cc,
    Subject, Date or Message-ID given more than once (RFC 5322 3.6); a text part's base64
    truncated or with stray characters (RFC 2045 6.8); a multipart without its closing
    boundary (RFC 2046 5.1.1), most often a message cut short.
    Raises BadEmailError (empty, binary, no header block, larger than ``max_bytes``, MIME
    parts nested more than 100 levels deep, a message object that cannot be serialised),
    InputNotFoundError (a path that cannot be read) and TypeError (``data`` of any other
    type: a programming error).
    """
    raw = read_input(data, max_bytes)
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    check_raw(raw)
    defects: list[str] = []
    given = raw
    if raw[:1] in (b"\r", b"\n", b" ", b"\t"):
        raw = raw.lstrip(b" \t\r\n")  # a file that starts with a blank line: read it anyway
        defects.append("blank lines before the header block were skipped")
    raw = first_of_mbox(raw, defects)
    msg = parse_bytes(raw)
    if any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in msg.defects):
        repaired = repair_continuations(raw)
        if repaired is not None:
            msg = parse_bytes(repaired)
            defects.append("broken header continuation: a stray line was joined to its field")
    headers = header_map(msg)
    defects += _repeated_fields(headers)
    sender = read_addresses(headers, "from", defects)
    reply_to = read_addresses(headers, "reply-to", defects)
    to = read_addresses(headers, "to", defects)
    cc = read_addresses(headers, "cc", defects)
    subject = read_subject(headers, defects)
    message_ids = read_msg_ids(headers, "message-id", defects)
    if message_ids and len(message_ids[0]) > MAX_MSG_ID_LENGTH:
        defects.append(f"Message-ID too long to thread ({len(message_ids[0])} characters)")
    in_reply_to = read_msg_ids(headers, "in-reply-to", defects)
    references = read_msg_ids(headers, "references", defects)
    date = read_date(headers, defects)
    text, from_html, reply_html, quote_html = read_body(msg, defects)
    defects += body_damage(msg)
    if not text.strip():
        defects.append(_no_text(msg))
    if from_html:
        parts = split_quotes(reply_html)
        quoted = "\n\n".join(q for q in (parts.quoted_text, quote_html) if q)
    else:
        parts = split_quotes(text)
        quoted = parts.quoted_text
    new_text, signature = with_postscript(parts.new_text, parts.signature)
    first_sender = sender[0] if sender else None
    reply_address = next((a for a in reply_to if a.addr_spec), first_sender)
    return Email(
        subject=subject,
        sender=first_sender,
        reply_to=reply_to,
        to=to,
        cc=cc,
        message_id=message_ids[0] if message_ids else None,
        in_reply_to=in_reply_to[0] if in_reply_to else None,
        references=references,
        date=date,
        text=text,
        new_text=new_text,
        quoted_text=quoted,
        signature=signature,
        language=detect_language(parts.new_text),
        body_from_html=from_html,
        defects=tuple(dict.fromkeys(part_defects(msg) + defects)),
        flags=_flags(headers, msg, (first_sender, reply_address)),
        raw=given,
    )


#: Fields RFC 5322 3.6 allows once that a reply depends on, and what a repeated one does.
_ONCE = {
    "from": "the first is used",
    "reply-to": "the reply goes to the addresses of all of them",
    "to": "the addresses of all of them are copied",
    "cc": "the addresses of all of them are copied",
    "subject": "the first is used",
    "date": "the first is used",
    "message-id": "the first is used",
}


def _repeated_fields(headers: dict[str, list[str]]) -> list[str]:
    """Say each field of ``_ONCE`` the message has more than once (RFC 5322 3.6).

    A second From or Reply-To is what a forged or tampered message carries.
    """
    return [
        f"the message has {len(headers[name])} {header_label(name)} headers (RFC 5322 3.6 "
        f"allows one): {what}"
        for name, what in _ONCE.items()
        if len(headers.get(name, ())) > 1
    ]


def _no_text(msg: Message) -> str:
    """Say that the message has no body, or no text in it, to answer."""
    payload = msg.get_payload()
    if not msg.is_multipart() and not (isinstance(payload, str) and payload.strip()):
        return "the message has no body: the draft can answer only its Subject"
    return (
        "the message has no text to answer (no text part, or a blank one): the draft can "
        "answer only its Subject"
    )


def _flags(
    headers: dict[str, list[str]], msg: Message, senders: tuple[Address | None, ...]
) -> frozenset[str]:
    """Name the traits a caller may skip a message for (RFC 3834, RFC 2919, RFC 6522)."""
    flags = set()
    auto = raw_values(headers, "auto-submitted")
    if auto and auto[0].split(";")[0].strip().lower() != "no":
        flags.add("auto_submitted")
    if content_type(msg) == "multipart/report":
        flags.add("auto_submitted")  # delivery and read reports (RFC 6522)
    precedence = {v.lower() for v in raw_values(headers, "precedence")}
    if "list-id" in headers or precedence & _BULK_PRECEDENCE:
        flags.add("mailing_list")
    for addr in senders:
        if addr is not None and _NO_REPLY.match(addr.addr_spec):
            flags.add("no_reply_sender")
    return frozenset(flags)
