"""The body: choose the text part of a MIME tree and decode it to plain text.

Picks the first text/plain and text/html parts that are not attachments (HTML only when
the plain text is missing or blank), decodes transfer encoding and charset leniently,
joins format=flowed lines, and falls back, each time with a defect, to delimiter lines
that do not match the declared boundary, embedded messages and a text-like
application/octet-stream. Content-Type and Content-Disposition are read from the raw
header value: ``policy.default`` parses them on every access and raises on some
parameters. Also collects the parser's defects of every part, and says in words the
damage that may cut the text short (truncated base64, a missing closing boundary).

Sources: RFC 2045 5 (Content-Type, charset, default text/plain) and 6 (transfer
encodings), RFC 2046 5.1 (multipart, boundary delimiters, multipart/digest default type)
and 5.2 (message/rfc822), RFC 2183 (Content-Disposition), RFC 2231 (parameter values),
RFC 3676 4 (format=flowed, DelSp, space-stuffing), RFC 6522 (multipart/report).
"""

from __future__ import annotations

import binascii
import re
from email.errors import (
    CloseBoundaryNotFoundDefect,
    InvalidBase64CharactersDefect,
    InvalidBase64LengthDefect,
    InvalidBase64PaddingDefect,
)
from email.message import Message

from assistant.mail._charset import clean_surrogates, decode_bytes
from assistant.mail._headers import HEADER_ERRORS
from assistant.mail._html import html_to_text
from assistant.mail._raw import BINARY_SAMPLE, MAX_CONTROL_RATIO, parse_bytes, to_bytes

_VALUELESS_PARAM = re.compile(r";\s*([^\s;=\"]+\*)\s*(?=;|$)")
_NOT_BASE64 = re.compile(r"[^A-Za-z0-9+/]")
_DELIMITER = re.compile(r"^--([^\s\"]{1,70})[ \t]*\r?\n(?=[!-9;-~]+[ \t]*:)", re.MULTILINE)


def part_defects(msg: Message) -> list[str]:
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


def _raw_first(part: Message, name: str) -> str:
    """Return the first raw value of header ``name`` ("" if absent), without parsing it.

    policy.default parses Content-Type on every access; reading the raw value is several
    times faster and just as lenient for the few parameters we need.
    """
    for key, value in part.raw_items():
        if key.lower() == name:
            return str(value)
    return ""


def content_type(part: Message) -> str:
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
    if content_type(part).startswith("message/"):
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
    except HEADER_ERRORS as exc:
        defects.append(f"body part unreadable ({type(exc).__name__})")
        payload = None
    if any(isinstance(d, InvalidBase64LengthDefect) for d in part.defects):
        payload = _cut_base64(part.get_payload())  # the stdlib returns it undecoded
    if not isinstance(payload, bytes):
        payload = b""
    subtype = content_type(part).split("/")[1]
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


def _cut_base64(payload: object) -> bytes:
    """Decode base64 whose last group is cut short: the whole groups of 4 (RFC 2045 6.8)."""
    if not isinstance(payload, str):
        return b""
    data = _NOT_BASE64.sub("", payload.split("=", 1)[0])
    return binascii.a2b_base64(data[: len(data) - len(data) % 4])


def body_damage(msg: Message) -> list[str]:
    """Return, in words, the damage that may have cut the text short; after :func:`read_body`.

    A text part whose base64 is truncated (a last group of 1-3 characters, missing
    padding) or holds characters outside the base64 alphabet (RFC 2045 6.8), and a
    multipart that ends without its closing boundary (RFC 2046 5.1.1): the message was
    probably cut off inside its last part. Parts are numbered from 1 in the order they
    appear, as mail clients list them. Base64 damage is known only for parts
    :func:`read_body` decoded.
    """
    leaves = [part for part in msg.walk() if not part.is_multipart()]
    found = []
    for number, leaf in enumerate(leaves, 1):
        kinds = {type(d) for d in leaf.defects}
        if kinds & {InvalidBase64LengthDefect, InvalidBase64PaddingDefect}:
            found.append(
                f"part {number}'s base64 is truncated (RFC 2045 6.8): the text may be incomplete"
            )
        elif InvalidBase64CharactersDefect in kinds:
            found.append(
                f"part {number}'s base64 holds characters outside its alphabet (RFC 2045 "
                "6.8), which were skipped: the text may be damaged"
            )
    for part in msg.walk():
        if any(isinstance(d, CloseBoundaryNotFoundDefect) for d in part.defects):
            inside = [leaf for leaf in part.walk() if not leaf.is_multipart()]
            where = f" inside part {leaves.index(inside[-1]) + 1}" if inside else ""
            found.append(
                f"the message ends{where} without its closing MIME boundary (RFC 2046 "
                "5.1.1): it may have been cut short, and the text may be incomplete"
            )
            break
    return found


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
        ctype = content_type(leaf)
        if ctype not in {"text/plain", "text/html"} or _is_attachment(leaf):
            continue
        if ctype == "text/plain" and plain is None:
            plain = leaf
        elif ctype == "text/html" and html is None:
            html = leaf
    return plain, html


def read_body(msg: Message, defects: list[str]) -> tuple[str, bool, str, str]:
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
        if converted.hidden:
            defects.append(
                f"hidden text: the HTML carried {converted.hidden} characters a mail client "
                "would not show (hidden by its styles); they were left out"
            )
        return converted.text, True, converted.reply, converted.quoted
    loose = _octet_stream_text(msg, defects)
    if loose is not None:
        return loose, False, "", ""
    if not content_type(msg).startswith("text/"):
        defects.append("no text part found")
    return "", False, "", ""


def _fallback_parts(msg: Message, defects: list[str]) -> tuple[Message | None, Message | None]:
    """Find text parts where the normal walk found none (see ``read_body``)."""
    for leaf in _leaf_parts(msg):
        if content_type(leaf).startswith("multipart/"):
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
    match = _DELIMITER.search(payload[:BINARY_SAMPLE])
    if match is None or match.group(1) == _param(part, "content-type", "boundary"):
        return None
    head = f'Content-Type: multipart/mixed; boundary="{match.group(1)}"\n\n'
    return parse_bytes(to_bytes(head + payload))


def _embedded_messages(part: Message) -> list[Message]:
    """Return the messages inside message/* parts (forwards, digests), outermost first."""
    if part.is_multipart():
        payload = part.get_payload()
        children = (
            [c for c in payload if isinstance(c, Message)] if isinstance(payload, list) else []
        )
    else:
        return []
    if content_type(part).startswith("message/"):
        return children
    return [inner for child in children for inner in _embedded_messages(child)]


def _octet_stream_text(msg: Message, defects: list[str]) -> str | None:
    """Return a top-level single-part application/octet-stream payload if it is text."""
    if msg.is_multipart() or content_type(msg) != "application/octet-stream":
        return None
    text = _part_text(msg, [])
    sample = text[:BINARY_SAMPLE]
    control = sum(1 for ch in sample if ch < " " and ch not in "\t\n\f")
    if not text.strip() or "\ufffd" in sample or control > MAX_CONTROL_RATIO * len(sample):
        return None
    defects.append("no text part; read the application/octet-stream body as text")
    return text
