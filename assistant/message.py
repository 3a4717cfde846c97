"""Turn raw bytes into an :class:`Email`: headers, body, new text, quote, signature, language.

Sources: RFC 5322 (Internet Message Format), RFC 2045-2047 (MIME), RFC 3676
(format=flowed), RFC 3834 (Auto-Submitted), RFC 2919 (List-Id), RFC 6532 (UTF-8 headers).
Parsing is the stdlib ``email`` package with ``policy.default``; every header is read
defensively because that parser raises on some real-world input (Python 3.11).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError
from email.message import EmailMessage, Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime

from assistant._charset import clean_surrogates, decode_bytes, decode_words
from assistant._html import html_to_text
from assistant._language import detect_language
from assistant._quotes import split_quotes
from assistant.errors import BadEmailError, InputNotFoundError


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


# Header errors the stdlib raises on real mail (Python 3.11): caught per header.
_HEADER_ERRORS = (
    ValueError,
    IndexError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    MessageError,
)
_HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]+[ \t]*:)")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_ADDR_SPEC = re.compile(r"^[^@\s<>,;:\"]+@[^@\s<>,;:\"]+$")
_ANGLE_ADDR = re.compile(r"^(?P<name>.*?)<(?P<addr>[^<>]*)>\s*(?:\(.*\))?\s*$", re.DOTALL)
_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon|postmaster)",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}
_BINARY_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.05
_CONTROL_OK = frozenset(b"\t\n\r\f\x1b")
_YEARS = range(1970, 2200)


def parse_email(
    data: bytes | str | os.PathLike[str] | EmailMessage,
    *,
    max_bytes: int = 25 * 1024 * 1024,
) -> Email:
    """Parse one RFC 5322 message into an Email.

    ``data`` is the raw bytes, a str holding the message, a path to a file, or an
    ``EmailMessage``. ``max_bytes`` is checked before parsing. Malformed headers, bodies
    and charsets never raise: they are read leniently and noted in ``Email.defects``.
    Raises BadEmailError (empty, binary, no header block, larger than ``max_bytes``)
    and InputNotFoundError (a path that cannot be read).
    """
    raw = _read_input(data, max_bytes)
    _check_raw(raw)
    msg = BytesParser(policy=policy.default).parsebytes(raw)
    defects: list[str] = []
    sender = _addresses(msg, "from", defects)
    reply_to = _addresses(msg, "reply-to", defects)
    text, from_html, reply_html, quote_html = _body(msg, defects)
    if from_html:
        parts = split_quotes(reply_html)
        quoted = "\n\n".join(q for q in (parts.quoted_text, quote_html) if q)
    else:
        parts = split_quotes(text)
        quoted = parts.quoted_text
    email = Email(
        subject=_subject(msg, defects),
        sender=sender[0] if sender else None,
        reply_to=reply_to,
        to=_addresses(msg, "to", defects),
        cc=_addresses(msg, "cc", defects),
        message_id=next(iter(_msg_ids(msg, "message-id")), None),
        in_reply_to=next(iter(_msg_ids(msg, "in-reply-to")), None),
        references=_msg_ids(msg, "references"),
        date=_date(msg, defects),
        text=text,
        new_text=parts.new_text,
        quoted_text=quoted,
        signature=parts.signature,
        language=detect_language(parts.new_text),
        body_from_html=from_html,
        defects=tuple(dict.fromkeys(_stdlib_defects(msg) + defects)),
        raw=raw,
    )
    return _with_flags(email, msg)


def _read_input(data: bytes | str | os.PathLike[str] | EmailMessage, max_bytes: int) -> bytes:
    if isinstance(data, EmailMessage):
        try:
            raw = data.as_bytes()
        except (*_HEADER_ERRORS, UnicodeError) as exc:
            raise BadEmailError(f"cannot serialise the message object: {exc}") from exc
    elif isinstance(data, str):
        raw = data.encode("utf-8", errors="surrogateescape")
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    else:
        path = os.fspath(data)
        try:
            size = os.stat(path).st_size
            if size > max_bytes:
                _too_large(size, max_bytes)
            with open(path, "rb") as handle:
                raw = handle.read(max_bytes + 1)
        except OSError as exc:
            reason = exc.strerror or type(exc).__name__
            raise InputNotFoundError(f"cannot read {path}: {reason}") from exc
    if len(raw) > max_bytes:
        _too_large(len(raw), max_bytes)
    return raw


def _too_large(size: int, max_bytes: int) -> None:
    raise BadEmailError(
        f"message is {size} bytes, over the limit of {max_bytes}; raise max_bytes to read it"
    )


def _check_raw(raw: bytes) -> None:
    if not raw.strip():
        raise BadEmailError("input is empty; expected an RFC 5322 message")
    sample = raw[:_BINARY_SAMPLE]
    control = sum(1 for byte in sample if byte < 0x20 and byte not in _CONTROL_OK)
    if b"\x00" in sample or control > _MAX_CONTROL_RATIO * len(sample):
        raise BadEmailError("input is binary data, not an email message")
    first = raw.lstrip(b" \t\r\n").split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first):
        raise BadEmailError("input has no header block (the first line is not a header field)")


def _stdlib_defects(msg: Message) -> list[str]:
    return [f"{type(d).__name__}: {d}".strip(": ") for part in msg.walk() for d in part.defects]


def _raw_values(msg: Message, name: str) -> list[str]:
    """Return the raw, unfolded values of header ``name`` without surrogates."""
    values = []
    for key, value in msg.raw_items():
        if key.lower() == name:
            text = value if isinstance(value, str) else str(value)
            values.append(clean_surrogates(re.sub(r"\r?\n(?=[ \t])", "", text)).strip())
    return values


def _subject(msg: Message, defects: list[str]) -> str:
    raw = _raw_values(msg, "subject")
    if not raw:
        return ""
    try:
        value = msg["subject"]
        if value is not None and "\ufffd" not in str(value):
            return clean_surrogates(str(value)).strip()
    except _HEADER_ERRORS as exc:
        defects.append(f"Subject unreadable ({type(exc).__name__}); decoded leniently")
    return decode_words(raw[0]).strip()


def _split_address_list(value: str) -> list[str]:
    """Split an address list at top-level commas (RFC 5322 3.4), respecting quotes and <>."""
    items: list[str] = []
    current: list[str] = []
    depth, quoted, escaped = 0, False, False
    for ch in value:
        if escaped:
            escaped = False
        elif ch == "\\":
            escaped = True
        elif ch == '"':
            quoted = not quoted
        elif not quoted and ch in "<(":
            depth += 1
        elif not quoted and ch in ">)":
            depth = max(0, depth - 1)
        elif not quoted and depth == 0 and ch in ",;":
            items.append("".join(current))
            current = []
            continue
        current.append(ch)
    items.append("".join(current))
    return [item.strip() for item in items if item.strip()]


def _addresses(msg: Message, name: str, defects: list[str]) -> tuple[Address, ...]:
    """Read an address header; an angle-addr wins over a display name that looks like one.

    ``From: alice@example.com <bob@example.com>`` is bob (RFC 5322 3.4 name-addr); empty
    ``<>`` and invalid addr-specs are dropped with a defect note.
    """
    found: list[Address] = []
    for value in _raw_values(msg, name):
        for item in _split_address_list(value):
            item = re.sub(r"^[^<>\"]*:", "", item).strip()  # group display name "Team: a@b;"
            match = _ANGLE_ADDR.match(item)
            if match:
                display, addr = match.group("name").strip(), match.group("addr").strip()
            else:
                pairs = getaddresses([item])
                display, addr = pairs[0] if pairs else ("", "")
            display = decode_words(display.strip().strip('"').replace('\\"', '"')).strip()
            addr = addr.strip()
            if not _ADDR_SPEC.match(addr):
                if addr or display:
                    defects.append(f"{name.title()}: ignored invalid address {item!r}")
                continue
            found.append(Address(display_name=display.strip('"').strip(), addr_spec=addr))
    return tuple(found)


def _msg_ids(msg: Message, name: str) -> tuple[str, ...]:
    """Return the ``<...>`` msg-id tokens of a header, in order, without duplicates."""
    ids: dict[str, None] = {}
    for value in _raw_values(msg, name):
        for token in _MSG_ID.findall(value):
            ids[token] = None
    return tuple(ids)


def _date(msg: Message, defects: list[str]) -> datetime | None:
    raw = _raw_values(msg, "date")
    if not raw:
        return None
    try:
        date = parsedate_to_datetime(raw[0])
    except (*_HEADER_ERRORS, OverflowError):
        defects.append(f"Date unreadable: {raw[0][:60]!r}")
        return None
    if date.year not in _YEARS:
        defects.append(f"Date out of range: {raw[0][:60]!r}")
        return None
    return date if date.tzinfo is not None else date.replace(tzinfo=UTC)


def _with_flags(email: Email, msg: Message) -> Email:
    flags = set()
    auto = _raw_values(msg, "auto-submitted")
    if auto and auto[0].split(";")[0].strip().lower() != "no":
        flags.add("auto_submitted")
    if _content_type(msg) == "multipart/report":
        flags.add("auto_submitted")  # delivery and read reports (RFC 6522)
    precedence = {v.lower() for v in _raw_values(msg, "precedence")}
    if _raw_values(msg, "list-id") or precedence & _BULK_PRECEDENCE:
        flags.add("mailing_list")
    for addr in (email.sender, email.reply_address):
        if addr is not None and _NO_REPLY.match(addr.addr_spec):
            flags.add("no_reply_sender")
    from dataclasses import replace

    return replace(email, flags=frozenset(flags))


# --- body -------------------------------------------------------------------------------


def _raw_first(part: Message, name: str) -> str:
    """Return the first raw value of header ``name`` ("" if absent), without parsing it.

    policy.default parses Content-Type on every access; reading the raw value is several
    times faster and just as lenient for the few parameters we need.
    """
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def _content_type(part: Message) -> str:
    """Return the lower-case type/subtype; invalid or missing is text/plain (RFC 2045 5.2)."""
    value = _raw_first(part, "content-type").split(";", 1)[0].strip().lower()
    if value.count("/") == 1 and all(value.split("/")):
        return value
    return "text/plain"


def _param(part: Message, header: str, name: str) -> str | None:
    match = re.search(
        rf"(?:^|;)\s*{name}\s*=\s*(?:\"([^\"]*)\"|([^;\s]+))",
        _raw_first(part, header),
        re.IGNORECASE,
    )
    if match is None:
        return None
    return clean_surrogates(match.group(1) if match.group(1) is not None else match.group(2))


def _leaf_parts(part: Message) -> list[Message]:
    """Return the leaf parts in order, not descending into message/* (forwarded mail)."""
    if _content_type(part).startswith("message/"):
        return []
    if part.is_multipart():
        payload = part.get_payload()
        children = payload if isinstance(payload, list) else []
        return [
            leaf for child in children if isinstance(child, Message) for leaf in _leaf_parts(child)
        ]
    return [part]


def _is_attachment(part: Message) -> bool:
    disposition = _raw_first(part, "content-disposition").split(";")[0].strip().lower()
    return disposition == "attachment"


def _part_text(part: Message, defects: list[str]) -> str:
    """Decode one text part leniently: transfer encoding, charset, line endings, flowed."""
    try:
        payload = part.get_payload(decode=True)
    except _HEADER_ERRORS as exc:
        defects.append(f"body part unreadable ({type(exc).__name__})")
        payload = None
    if not isinstance(payload, bytes):
        payload = b""
    subtype = _content_type(part).split("/")[1]
    label = _param(part, "content-type", "charset")
    if label is None and subtype == "html":
        meta = re.search(rb"<meta[^>]+charset=[\"']?([\w.:-]+)", payload[:4096], re.IGNORECASE)
        label = meta.group(1).decode("ascii") if meta else None
    text, note = decode_bytes(payload, label)
    if note:
        defects.append(note)
    text = text.replace("\r\n", "\n").replace("\r", "\n").replace("\x00", "").lstrip("\ufeff")
    if subtype == "plain" and (_param(part, "content-type", "format") or "").lower() == "flowed":
        delsp = (_param(part, "content-type", "delsp") or "").lower() == "yes"
        text = _unflow(text, delsp=delsp)
    return text


def _unflow(text: str, *, delsp: bool) -> str:
    """Join format=flowed soft line breaks (RFC 3676 4.2); keep quote depth and ``-- ``."""
    out: list[str] = []
    depth_open: int | None = None
    for line in text.split("\n"):
        depth = len(line) - len(line.lstrip(">"))
        content = line[depth:]
        if content.startswith(" "):
            content = content[1:]  # space-stuffing (RFC 3676 4.4)
        soft = content.endswith(" ") and content != "-- "
        if soft and delsp:
            content = content[:-1]
        if depth_open is not None and depth_open == depth and out:
            out[-1] += content
        else:
            out.append((">" * depth + " " if depth else "") + content)
        depth_open = depth if soft else None
    return "\n".join(out)


def _choose_parts(msg: Message) -> tuple[Message | None, Message | None]:
    """Return the first text/plain and text/html parts that are not attachments.

    Walks the MIME tree in order like ``get_body`` but also where ``get_body`` returns None
    (missing boundaries, odd nesting); message/* parts (forwards, bounces) are skipped.
    """
    plain: Message | None = None
    html: Message | None = None
    for leaf in _leaf_parts(msg):
        ctype = _content_type(leaf)
        if ctype not in {"text/plain", "text/html"} or _is_attachment(leaf):
            continue
        if ctype == "text/plain" and plain is None:
            plain = leaf
        elif ctype == "text/html" and html is None:
            html = leaf
    return plain, html


def _body(msg: Message, defects: list[str]) -> tuple[str, bool, str, str]:
    """Return (text, from_html, reply text of the HTML, quote cut from the HTML)."""
    plain, html = _choose_parts(msg)
    if plain is not None:
        text = _part_text(plain, defects)
        if text.strip() or html is None:
            return text, False, "", ""
        defects.append("text/plain part is blank; used the HTML part")
    if html is None:
        if not _content_type(msg).startswith("text/"):
            defects.append("no text part found")
        return "", False, "", ""
    converted = html_to_text(_part_text(html, defects))
    return converted.text, True, converted.reply, converted.quoted
