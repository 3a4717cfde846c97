"""The raw message: reading the input as bytes, checking it, and parsing it into a MIME tree.

Takes bytes, a str, a path or an ``email.message.Message`` to bytes within a size limit;
refuses what is not a message (empty, binary, no header block); cuts an mbox down to its
first message; rejoins header fields whose folding was broken; and parses with
``policy.compat32`` (its header registry is not consulted while splitting parts, which is
3-4x faster), refusing MIME trees nested deeper than the stdlib parser can recurse.

Sources: RFC 5322 2.1 (lines, header section and body), 2.2 and 2.2.3 (header fields,
folding), RFC 4155 (mbox envelope ``From`` line), RFC 2046 5.1 and 5.2 (multipart and
message/* nesting).
"""

from __future__ import annotations

import os
import re
from email.message import Message
from email.parser import BytesParser
from typing import NoReturn

from assistant.display import shown_path
from assistant.errors import BadEmailError, InputNotFoundError
from assistant.mail._headers import HEADER_ERRORS

_HEADER_LINE = re.compile(rb"^(?:From |[!-9;-~]+[ \t]*:)")
_ONLY_IDS = re.compile(rb"^\s*(?:<[^<>\s]+>[\s,]*)+$")
#: How much of the input the binary and text checks look at.
BINARY_SAMPLE = 8192
#: Above this share of control characters in the sample, data is binary, not text.
MAX_CONTROL_RATIO = 0.05
_CONTROL_BYTES = bytes(b for b in range(0x20) if b not in b"\t\n\r\f\x1b")
_MAX_DEPTH = 100  # nested multipart and message/* parts; the stdlib parser recurses per level
_HEADER_END = re.compile(rb"\r?\n\r?\n")
# An mbox envelope line ("From sender date", RFC 4155) followed by a header field.
_MBOX_SEPARATOR = re.compile(rb"^From [^\r\n]*\r?\n(?=[!-9;-~]+[ \t]*:)", re.MULTILINE)


def read_input(data: bytes | str | os.PathLike[str] | Message, max_bytes: int) -> bytes:
    """Return the bytes of ``data`` (see ``parse_email``); BadEmailError over ``max_bytes``."""
    if isinstance(data, Message):
        raw = _serialise(data)
    elif isinstance(data, str) and not _names_a_file(data):
        raw = to_bytes(data)
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
            raise InputNotFoundError(f"cannot read {shown_path(path)}: {reason}") from exc
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
    except (*HEADER_ERRORS, UnicodeError) as exc:
        first = exc
    except RecursionError:
        _too_deep()
    try:
        return to_bytes(msg.as_string(policy=own))
    except (*HEADER_ERRORS, UnicodeError):
        pass
    except RecursionError:
        _too_deep()
    raise BadEmailError(
        f"cannot serialise the {type(msg).__name__} object ({type(first).__name__}: {first}); "
        "pass the raw bytes of the message instead"
    )


def to_bytes(text: str) -> bytes:
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


def parse_bytes(raw: bytes) -> Message:
    """Parse ``raw`` into a compat32 MIME tree; BadEmailError if nested over ``_MAX_DEPTH``.

    The stdlib parser recurses once per level and raises RecursionError on deep nesting;
    a tree that parsed is measured without recursion, so our own walks stay shallow.
    """
    try:
        # BytesParser's default policy is compat32; naming it would import email.policy
        msg = BytesParser().parsebytes(raw)
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


def first_of_mbox(raw: bytes, defects: list[str]) -> bytes:
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


def check_raw(raw: bytes) -> None:
    """Raise BadEmailError unless ``raw`` is text that starts with a header field (or ``From ``)."""
    if not raw.strip():
        raise BadEmailError("input is empty; expected an RFC 5322 message")
    # Only the header block must be text: a MIME body part may be 8-bit or binary (a UTF-16
    # or UTF-32 text part has NUL bytes), and a file without a header block fails below.
    block_end = _HEADER_END.search(raw, 0, BINARY_SAMPLE)
    sample = raw[: block_end.start() if block_end else BINARY_SAMPLE]
    control = len(sample) - len(sample.translate(None, _CONTROL_BYTES))
    if b"\x00" in sample or control > MAX_CONTROL_RATIO * len(sample):
        raise BadEmailError("input is binary data, not an email message")
    first = raw.lstrip(b" \t\r\n").split(b"\n", 1)[0]
    if not _HEADER_LINE.match(first):
        raise BadEmailError("input has no header block (the first line is not a header field)")


def repair_continuations(raw: bytes) -> bytes | None:
    """Join stray lines that broke a folded header back to their field; None if none.

    A line in the header block that is neither a field nor a continuation (it does not
    start with white space, RFC 5322 2.2.3) ends the block early in the stdlib parser.
    It is taken as a continuation when the line after it is another field (a folded line
    that lost its indentation, with the From further down), or when the field before it is
    unfinished (an open ``<``, ``(`` or ``"``, or a trailing comma) or it holds only
    ``<...>`` tokens and the line after it is a continuation or the blank line that ends
    the block.
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
        more_fields = bool(_HEADER_LINE.match(following))
        if not (more_fields or _unfinished(previous) or _ONLY_IDS.match(bare)):
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
