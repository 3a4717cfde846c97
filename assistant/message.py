"""Turn raw bytes into an :class:`Email`: headers, body, new text, quote, signature, language.

Sources: RFC 5322 (Internet Message Format), RFC 2045-2047 (MIME), RFC 3676
(format=flowed), RFC 3834 (Auto-Submitted), RFC 2919 (List-Id), RFC 6532 (UTF-8 headers).
The stdlib ``email`` parser builds the MIME tree with ``policy.compat32`` (its header
registry is not consulted while splitting parts, which is 3-4x faster); the few headers we
read are then decoded on demand: Subject through ``policy.default``'s header registry,
addresses and msg-ids by the strict readers below, every one defensively because the
stdlib raises on some real-world input (Python 3.11).
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field
from datetime import UTC, datetime
from email import policy
from email.errors import MessageError, MissingHeaderBodySeparatorDefect
from email.message import Message
from email.parser import BytesParser
from email.utils import getaddresses, parsedate_to_datetime
from functools import lru_cache
from typing import Any, NoReturn

from assistant._charset import clean_surrogates, decode_bytes, decode_words, flatten_controls
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
        except (ValueError, IndexError, MessageError):
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
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_LINESEP = re.compile(r"\r\n|\r|\n")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]+"
_STRICT_MSG_ID = re.compile(
    rf"^<{_ATEXT}(?:\.{_ATEXT})*@(?:{_ATEXT}(?:\.{_ATEXT})*|\[[^\[\]\\\s]*\])>$"
)
_HEADER_LABELS = {"reply-to": "Reply-To", "message-id": "Message-ID", "in-reply-to": "In-Reply-To"}
_NOT_SIMPLE_LIST = re.compile(r"[\"(\\]|<[^>]*[,;]")
_LIST_SEPARATOR = re.compile(r"[,;]")
_GROUP_NAME = re.compile(r"^[^<>\"]*:")
_COMMENT = re.compile(r"\([^()]*\)")
_ONLY_COMMENT = re.compile(r"^\(([^()]*)\)$")
# addr-spec (RFC 5322 3.4.1, RFC 6532 UTF-8): no specials outside a domain literal; quoted
# local parts are refused (they carry "a@b"@evil.example tricks, CVE-2023-27043).
_ADDR_SPEC = re.compile(
    r"^[^@\s<>()\[\],;:\"\\]+@(?:(?!\.)(?!.*\.\.)[^@\s<>()\[\],;:\"\\]+(?<!\.)|\[[^\[\]\\\s]+\])$"
)
_ANGLE_ADDR = re.compile(r"^(?P<name>.*?)<(?P<addr>[^<>]*)>\s*(?:\(.*\))?\s*$", re.DOTALL)
_NO_REPLY = re.compile(
    r"^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|dont[-_.]?reply|mailer[-_.]?daemon|postmaster)",
    re.IGNORECASE,
)
_BULK_PRECEDENCE = {"bulk", "list", "junk"}
_BINARY_SAMPLE = 8192
_MAX_CONTROL_RATIO = 0.05
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")
_YEARS = range(1970, 2200)
_VALUELESS_PARAM = re.compile(r";\s*([^\s;=\"]+\*)\s*(?=;|$)")
_ONLY_IDS = re.compile(rb"^\s*(?:<[^<>\s]+>[\s,]*)+$")
_DELIMITER = re.compile(r"^--([^\s\"]{1,70})[ \t]*\r?\n(?=[!-9;-~]+[ \t]*:)", re.MULTILINE)
_MAX_ADDRESSES = 1000
_MAX_SUBJECT = 64 * 1024
_MAX_DEPTH = 100  # nested multipart and message/* parts; the stdlib parser recurses per level
_BOM = b"\xef\xbb\xbf"
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# An mbox envelope line ("From sender date", RFC 4155) followed by a header field.
_MBOX_SEPARATOR = re.compile(rb"^From [^\r\n]*\r?\n(?=[!-9;-~]+[ \t]*:)", re.MULTILINE)

#: The longest msg-id a reply can write into In-Reply-To and References: with the field
#: name the line must stay under 998 octets (RFC 5322 2.1.1).
MAX_MSG_ID_LENGTH = 900


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
    display names become a space. A Message-ID longer than ``MAX_MSG_ID_LENGTH`` (a reply
    cannot thread to it) is a defect.
    Raises BadEmailError (empty, binary, no header block, larger than ``max_bytes``, MIME
    parts nested more than 100 levels deep, a message object that cannot be serialised),
    InputNotFoundError (a path that cannot be read) and TypeError (``data`` of any other
    type: a programming error).
    """
    raw = _read_input(data, max_bytes)
    if raw.startswith(_BOM):
        raw = raw[len(_BOM) :]
    _check_raw(raw)
    defects: list[str] = []
    raw = _first_of_mbox(raw, defects)
    msg = _parse_bytes(raw)
    if any(isinstance(d, MissingHeaderBodySeparatorDefect) for d in msg.defects):
        repaired = _repair_continuations(raw)
        if repaired is not None:
            msg = _parse_bytes(repaired)
            defects.append("broken header continuation: a stray line was joined to its field")
    headers = _header_map(msg)
    sender = _addresses(headers, "from", defects)
    reply_to = _addresses(headers, "reply-to", defects)
    to = _addresses(headers, "to", defects)
    cc = _addresses(headers, "cc", defects)
    subject = _subject(headers, defects)
    message_ids = _msg_ids(headers, "message-id", defects)
    if message_ids and len(message_ids[0]) > MAX_MSG_ID_LENGTH:
        defects.append(f"Message-ID too long to thread ({len(message_ids[0])} characters)")
    in_reply_to = _msg_ids(headers, "in-reply-to", defects)
    references = _msg_ids(headers, "references", defects)
    date = _date(headers, defects)
    text, from_html, reply_html, quote_html = _body(msg, defects)
    if from_html:
        parts = split_quotes(reply_html)
        quoted = "\n\n".join(q for q in (parts.quoted_text, quote_html) if q)
    else:
        parts = split_quotes(text)
        quoted = parts.quoted_text
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
        new_text=parts.new_text,
        quoted_text=quoted,
        signature=parts.signature,
        language=detect_language(parts.new_text),
        body_from_html=from_html,
        defects=tuple(dict.fromkeys(_part_defects(msg) + defects)),
        flags=_flags(headers, msg, (first_sender, reply_address)),
        raw=raw,
    )


def _read_input(data: bytes | str | os.PathLike[str] | Message, max_bytes: int) -> bytes:
    if isinstance(data, Message):
        raw = _serialise(data)
    elif isinstance(data, str) and not _names_a_file(data):
        raw = _to_bytes(data)
    elif isinstance(data, bytes | bytearray | memoryview):
        raw = bytes(data)
    elif isinstance(data, str | os.PathLike):
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
    else:
        raise TypeError(
            "parse_email() takes bytes, str, os.PathLike or email.message.Message, "
            f"not {type(data).__name__}"
        )
    if len(raw) > max_bytes:
        _too_large(len(raw), max_bytes)
    return raw


def _names_a_file(text: str) -> bool:
    """Return True for a one-line str that names an existing file (a message has line breaks)."""
    if not text or "\n" in text or "\r" in text or "\0" in text:
        return False
    try:
        return os.path.isfile(text)
    except (OSError, ValueError):  # too long a name, or unencodable for the file system
        return False


def _serialise(msg: Message) -> bytes:
    """Return the bytes of a message object, 8-bit bodies and non-ASCII headers intact.

    First ``as_bytes`` under the message's own policy with refolding off: compat32 writes
    each header and 8-bit payload back as it was read, so what we parse is what was
    received. A built-up object whose str body has non-ASCII text and no charset makes
    ``as_bytes`` raise; it is then written as text and encoded as UTF-8.
    """
    own = msg.policy.clone(max_line_length=0)
    try:
        return msg.as_bytes(policy=own)
    except (*_HEADER_ERRORS, UnicodeError) as exc:
        first = exc
    except RecursionError:
        _too_deep()
    try:
        return _to_bytes(msg.as_string(policy=own))
    except (*_HEADER_ERRORS, UnicodeError):
        pass
    except RecursionError:
        _too_deep()
    raise BadEmailError(
        f"cannot serialise the {type(msg).__name__} object ({type(first).__name__}: {first}); "
        "pass the raw bytes of the message instead"
    )


def _to_bytes(text: str) -> bytes:
    """Encode as UTF-8, 8-bit escapes back to their bytes; other lone surrogates as ``?``."""
    try:
        return text.encode("utf-8", errors="surrogateescape")
    except UnicodeEncodeError:
        return text.encode("utf-8", errors="replace")


def _too_large(size: int, max_bytes: int) -> NoReturn:
    raise BadEmailError(
        f"message is {size} bytes, over the limit of {max_bytes}; "
        "raise [input] max_message_bytes in config.toml to read it"
    )


def _too_deep() -> NoReturn:
    raise BadEmailError(
        f"MIME parts nested too deep (more than {_MAX_DEPTH} levels); "
        "this is not a message draft-reply can read: answer it from your mail client"
    )


def _parse_bytes(raw: bytes) -> Message:
    """Parse ``raw`` into a compat32 MIME tree; BadEmailError if nested over ``_MAX_DEPTH``.

    The stdlib parser recurses once per level and raises RecursionError on deep nesting;
    a tree that parsed is measured without recursion, so our own walks stay shallow.
    """
    try:
        msg = BytesParser(policy=policy.compat32).parsebytes(raw)
    except RecursionError:
        _too_deep()
    if _depth(msg) > _MAX_DEPTH:
        _too_deep()
    return msg


def _depth(msg: Message) -> int:
    """Return how many multipart and message/* parts are nested, stopping past the limit."""
    deepest = 0
    stack = [(msg, 1)]
    while stack:
        part, depth = stack.pop()
        payload = part.get_payload() if part.is_multipart() else None
        if not isinstance(payload, list):
            continue
        deepest = max(deepest, depth)
        if depth > _MAX_DEPTH:
            break
        stack.extend((child, depth + 1) for child in payload if isinstance(child, Message))
    return deepest


def _first_of_mbox(raw: bytes, defects: list[str]) -> bytes:
    """Cut ``raw`` before a second mbox envelope line when it starts with one (RFC 4155)."""
    if not raw.startswith(b"From "):
        return raw
    block_end = _HEADER_END.search(raw)
    if block_end is None:
        return raw
    second = _MBOX_SEPARATOR.search(raw, block_end.start() + 1)
    if second is None:
        return raw
    defects.append("input looks like an mbox of several messages; only the first was read")
    return raw[: second.start()]


def _check_raw(raw: bytes) -> None:
    if not raw.strip():
        raise BadEmailError("input is empty; expected an RFC 5322 message")
    sample = raw[:_BINARY_SAMPLE]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or control > _MAX_CONTROL_RATIO * len(sample):
        raise BadEmailError("input is binary data, not an email message")
    first = raw.lstrip(b" \t\r\n").split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first):
        raise BadEmailError("input has no header block (the first line is not a header field)")


def _repair_continuations(raw: bytes) -> bytes | None:
    """Join stray lines that broke a folded header back to their field; None if none.

    A line in the header block that is neither a field nor a continuation (it does not
    start with white space, RFC 5322 2.2.3) ends the block early in the stdlib parser.
    It is taken as a continuation when the field before it is unfinished (an open ``<``,
    ``(`` or ``"``, or a trailing comma) or it holds only ``<...>`` tokens, and the line
    after it is a field, a continuation or the blank line that ends the block.
    """
    lines = raw.split(b"\n")
    changed = False
    previous = b""
    for i, line in enumerate(lines):
        bare = line.rstrip(b"\r")
        if not bare:
            break
        if bare[:1] in (b" ", b"\t"):
            previous += bare
            continue
        if _HEADER_LINE.match(bare):
            previous = bare
            continue
        following = lines[i + 1].rstrip(b"\r") if i + 1 < len(lines) else b""
        fits_after = not following or following[:1] in (b" ", b"\t")
        if not (fits_after or _HEADER_LINE.match(following)):
            return None
        if not (_unfinished(previous) or _ONLY_IDS.match(bare)):
            return None
        lines[i] = b" " + line
        previous += bare
        changed = True
    return b"\n".join(lines) if changed else None


def _unfinished(field: bytes) -> bool:
    """Tell whether a header field's value stops inside ``<>``, ``()`` or quotes, or at a comma."""
    value = field.split(b":", 1)[-1]
    return (
        value.count(b"<") > value.count(b">")
        or value.count(b"(") > value.count(b")")
        or value.count(b'"') % 2 == 1
        or value.rstrip().endswith(b",")
    )


def _part_defects(msg: Message) -> list[str]:
    """Return the parser's defects of every part, and parameters without a value.

    ``charset*`` with no ``=value`` (RFC 2231 syntax cut short) makes policy.default raise
    IndexError on Python 3.11; the raw reading here ignores it, and says so.
    """
    found = []
    for part in msg.walk():
        found += [f"{type(d).__name__}: {d}".strip(": ") for d in part.defects]
        for header in ("content-type", "content-disposition"):
            for name in _VALUELESS_PARAM.findall(_raw_first(part, header)):
                found.append(f"{header.title()}: parameter {name!r} has no value; ignored")
    return found


def _header_map(msg: Message) -> dict[str, list[str]]:
    """Return the raw (folded, undecoded) values of every top-level header, by lower-case name."""
    headers: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        headers.setdefault(key.lower(), []).append(value if isinstance(value, str) else str(value))
    return headers


def _raw_values(headers: dict[str, list[str]], name: str) -> list[str]:
    """Return the unfolded values of header ``name`` without surrogates."""
    return [_unfold(value) for value in headers.get(name, ())]


def _unfold(value: str) -> str:
    """Remove folding line breaks (RFC 5322 2.2.3) and surrogates; strip."""
    return clean_surrogates(_FOLD.sub("", value)).strip()


def _subject(headers: dict[str, list[str]], defects: list[str]) -> str:
    """Decode the first Subject as policy.default does; leniently when that fails or is huge.

    Plain ASCII without encoded-words is only unfolded (what the header registry returns
    for it, without the cost); over ``_MAX_SUBJECT`` characters the registry is skipped.
    Control characters and line breaks become one space (a reply header must be one line).
    """
    values = headers.get("subject")
    if not values:
        return ""
    return flatten_controls(_decode_subject(values[0], defects)).strip()


def _decode_subject(raw: str, defects: list[str]) -> str:
    """Decode one raw Subject value (see ``_subject``)."""
    if raw.isascii() and "=?" not in raw:
        return _LINESEP.sub("", raw).strip()
    if len(raw) > _MAX_SUBJECT:
        defects.append(f"Subject is {len(raw)} characters; decoded leniently")
        return decode_words(_unfold(raw)).strip()
    try:
        value = str(_subject_header()("Subject", _LINESEP.sub("", raw)))
        if "\ufffd" not in value:
            return clean_surrogates(value).strip()
    except _HEADER_ERRORS as exc:
        defects.append(f"Subject unreadable ({type(exc).__name__}); decoded leniently")
    return decode_words(_unfold(raw)).strip()


@lru_cache(maxsize=1)
def _subject_header() -> Any:
    """Return policy.default's Subject header class (the registry builds one per lookup)."""
    registry: Any = policy.default.header_factory
    return registry["subject"]


def _split_address_list(value: str, limit: int) -> tuple[list[str], bool]:
    """Split an address list at top-level commas (RFC 5322 3.4), respecting quotes and <>.

    Returns at most ``limit`` non-empty items and whether more were left unread.
    """
    if not _NOT_SIMPLE_LIST.search(value):
        items = [item.strip() for item in _LIST_SEPARATOR.split(value)]
        items = [item for item in items if item]
        return items[:limit], len(items) > limit
    items = []
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
            item = "".join(current).strip()
            current = []
            if item:
                if len(items) == limit:
                    return items, True
                items.append(item)
            continue
        current.append(ch)
    item = "".join(current).strip()
    if item:
        if len(items) == limit:
            return items, True
        items.append(item)
    return items, False


def _addresses(headers: dict[str, list[str]], name: str, defects: list[str]) -> tuple[Address, ...]:
    """Read an address header strictly; keep at most ``_MAX_ADDRESSES`` addresses.

    Follows the strict reading of ``email.utils.getaddresses(..., strict=True)``
    (CVE-2023-27043; Python 3.11.7 lacks the flag): an item that does not parse as exactly
    one mailbox is dropped with a defect rather than guessed at.
    """
    label = _HEADER_LABELS.get(name, name.title())
    found: list[Address] = []
    for value in _raw_values(headers, name):
        items, more = _split_address_list(value, _MAX_ADDRESSES - len(found))
        for item in items:
            address = _mailbox(item, label, defects)
            if address is not None:
                found.append(address)
        if more:
            defects.append(f"{label}: more than {_MAX_ADDRESSES} addresses; kept the first ones")
            break
    return tuple(found)


def _mailbox(item: str, label: str, defects: list[str]) -> Address | None:
    """Read one list item as a mailbox (RFC 5322 3.4); an angle-addr wins over a display name.

    ``alice@example.com <bob@example.com>`` is bob (a name-addr whose display name looks
    like an address); empty ``<>``, text after the angle-addr and anything that does not
    give exactly one valid addr-spec are invalid.
    """
    group = _GROUP_NAME.match(item)
    if group is not None:  # "Team: a@b.example;" (RFC 5322 3.4 group)
        if not _COMMENT.sub("", group.group()[:-1]).strip():
            defects.append(f"{label}: group name is only a comment in {item[:80]!r}")
        item = item[group.end() :].strip()
        if not item:
            return None
    match = _ANGLE_ADDR.match(item)
    if match:
        # folding white space inside <> is obsolete syntax (RFC 5322 4.4), not part of it
        display, addr = match.group("name").strip(), "".join(match.group("addr").split())
    elif "<" in item or ">" in item:
        display, addr = "", ""
    elif _ADDR_SPEC.match(item):
        display, addr = "", item
    else:
        pairs = getaddresses([item])
        display, addr = pairs[0] if len(pairs) == 1 else ("", "")
    addr = addr.strip()
    if not _ADDR_SPEC.match(addr):
        defects.append(f"{label}: ignored invalid address {item[:80]!r}")
        return None
    comment = _ONLY_COMMENT.match(display)
    if comment is not None:
        defects.append(f"{label}: display name is only a comment in {item[:80]!r}")
        display = comment.group(1)
    display = decode_words(display.strip().strip('"').replace('\\"', '"'))
    display = flatten_controls(display).strip()
    return Address(display_name=display.strip('"').strip(), addr_spec=addr)


def _msg_ids(headers: dict[str, list[str]], name: str, defects: list[str]) -> tuple[str, ...]:
    """Return the ``<...>`` msg-id tokens of a header, in order, without duplicates.

    A token outside RFC 5322 3.6.4 syntax (``<[abc]@example.com>``) is kept, since it
    still threads, and noted as a defect.
    """
    ids: dict[str, None] = {}
    for value in _raw_values(headers, name):
        for token in _MSG_ID.findall(value):
            ids[token] = None
    odd = next((token for token in ids if not _STRICT_MSG_ID.match(token)), None)
    if odd is not None:
        label = _HEADER_LABELS.get(name, name.title())
        defects.append(f"{label}: {odd[:80]!r} is not a valid msg-id; kept as it is")
    return tuple(ids)


def _date(headers: dict[str, list[str]], defects: list[str]) -> datetime | None:
    raw = _raw_values(headers, "date")
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


def _flags(
    headers: dict[str, list[str]], msg: Message, senders: tuple[Address | None, ...]
) -> frozenset[str]:
    """Name the traits a caller may skip a message for (RFC 3834, RFC 2919, RFC 6522)."""
    flags = set()
    auto = _raw_values(headers, "auto-submitted")
    if auto and auto[0].split(";")[0].strip().lower() != "no":
        flags.add("auto_submitted")
    if _content_type(msg) == "multipart/report":
        flags.add("auto_submitted")  # delivery and read reports (RFC 6522)
    precedence = {v.lower() for v in _raw_values(headers, "precedence")}
    if "list-id" in headers or precedence & _BULK_PRECEDENCE:
        flags.add("mailing_list")
    for addr in senders:
        if addr is not None and _NO_REPLY.match(addr.addr_spec):
            flags.add("no_reply_sender")
    return frozenset(flags)


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
    """Return the lower-case type/subtype; invalid is text/plain (RFC 2045 5.2).

    Missing is the default type: text/plain, or message/rfc822 inside a multipart/digest
    (RFC 2046 5.1.5).
    """
    raw = _raw_first(part, "content-type")
    if not raw.strip():
        return part.get_default_type()
    value = raw.split(";", 1)[0].strip().lower()
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
    """Return (text, from_html, reply text of the HTML, quote cut from the HTML).

    Where ``get_body`` would return None, falls back in order to: parts found by the
    delimiter lines actually used (a boundary that never occurs), the text of an
    embedded message (top-level message/rfc822, multipart/digest), and a top-level
    application/octet-stream payload that decodes as text. Each fallback is a defect.
    """
    plain, html = _choose_parts(msg)
    if plain is None and html is None:
        plain, html = _fallback_parts(msg, defects)
    if plain is not None:
        text = _part_text(plain, defects)
        if text.strip() or html is None:
            return text, False, "", ""
        defects.append("text/plain part is blank; used the HTML part")
    if html is not None:
        converted = html_to_text(_part_text(html, defects))
        return converted.text, True, converted.reply, converted.quoted
    loose = _octet_stream_text(msg, defects)
    if loose is not None:
        return loose, False, "", ""
    if not _content_type(msg).startswith("text/"):
        defects.append("no text part found")
    return "", False, "", ""


def _fallback_parts(msg: Message, defects: list[str]) -> tuple[Message | None, Message | None]:
    """Find text parts where the normal walk found none (see ``_body``)."""
    for leaf in _leaf_parts(msg):
        if _content_type(leaf).startswith("multipart/"):
            recovered = _recover_multipart(leaf)
            if recovered is not None:
                plain, html = _choose_parts(recovered)
                if plain is not None or html is not None:
                    defects.append("multipart boundary not found; used the delimiter lines found")
                    return plain, html
    for embedded in _embedded_messages(msg):
        plain, html = _choose_parts(embedded)
        if plain is None and html is None:
            plain, html = _fallback_parts(embedded, [])
        if plain is not None or html is not None:
            defects.append("no text part outside embedded messages; used an embedded message")
            return plain, html
    return None, None


def _recover_multipart(part: Message) -> Message | None:
    """Re-split a multipart whose declared boundary never occurs, by its delimiter lines."""
    payload = part.get_payload()
    if not isinstance(payload, str):
        return None
    match = _DELIMITER.search(payload[:_BINARY_SAMPLE])
    if match is None or match.group(1) == _param(part, "content-type", "boundary"):
        return None
    head = f'Content-Type: multipart/mixed; boundary="{match.group(1)}"\n\n'
    return _parse_bytes(_to_bytes(head + payload))


def _embedded_messages(part: Message) -> list[Message]:
    """Return the messages inside message/* parts (forwards, digests), outermost first."""
    if part.is_multipart():
        payload = part.get_payload()
        children = (
            [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
        )
    else:
        return []
    if _content_type(part).startswith("message/"):
        return children
    return [inner for child in children for inner in _embedded_messages(child)]


def _octet_stream_text(msg: Message, defects: list[str]) -> str | None:
    """Return a top-level single-part application/octet-stream payload if it is text."""
    if msg.is_multipart() or _content_type(msg) != "application/octet-stream":
        return None
    text = _part_text(msg, [])
    sample = text[:_BINARY_SAMPLE]
    control = sum(1 for ch in sample if ch < " " and ch not in "\t\n\f")
    if not text.strip() or "\ufffd" in sample or control > _MAX_CONTROL_RATIO * len(sample):
        return None
    defects.append("no text part; read the application/octet-stream body as text")
    return text
