"""Decode bytes and header text leniently: wrong labels, 8-bit headers, lone surrogates.

Sources: RFC 2045 5.1 (charset parameter), RFC 2047 (encoded-words), RFC 6532 (UTF-8
headers), WHATWG Encoding (ISO-8859-1 labels are read as Windows-1252).
"""

from __future__ import annotations

import codecs
import re
from email.errors import MessageError
from email.header import decode_header

_SURROGATE_RUN = re.compile("[\udc80-\udcff]+")
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")
_ENCODED_WORD = re.compile(r"=\?[^?\s]+\?[bBqQ]\?[^?\s]*\?=")

# Labels seen in the wild that Python's codec registry does not know, or knows wrongly.
_ALIASES = {
    "iso-8859-1": "cp1252",
    "latin1": "cp1252",
    "latin-1": "cp1252",
    "us-ascii": "ascii",
    "ks_c_5601-1987": "cp949",
    "gb2312": "gb18030",
    "gbk": "gb18030",
    "x-sjis": "shift_jis",
}


def normalise_label(label: str | None) -> str | None:
    """Return a Python codec name for a MIME charset label, or None if unknown.

    Misspellings of UTF-8 (``uft-8``, ``utf8``, ``UTF_8``) map to ``utf-8``.
    """
    if not label:
        return None
    name = label.strip().strip("\"'").lower()
    if name in _ALIASES:
        return _ALIASES[name]
    squashed = re.sub(r"[^a-z0-9]", "", name)
    if squashed in {"utf8", "uft8", "utf", "unicode11utf8", "xunicode20utf8"}:
        return "utf-8"
    try:
        return codecs.lookup(name).name
    except (LookupError, ValueError):
        return None


def _is_utf8(data: bytes) -> bool:
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        return False
    return True


def decode_bytes(data: bytes, label: str | None) -> tuple[str, str | None]:
    """Decode a body from bytes; return the text and a defect note (None if clean).

    Order: ASCII fast path; valid UTF-8 wins over a disagreeing label; the label's
    codec (strict); charset-normalizer's best guess; the label (or cp1252) with U+FFFD.
    """
    codec = normalise_label(label)
    if data.isascii() and (codec is None or not codec.startswith(("iso2022", "iso-2022"))):
        return data.decode("ascii"), None
    if codec != "utf-8" and _is_utf8(data):
        note = (
            None if codec is None else f"charset {label!r} does not match the bytes; read as UTF-8"
        )
        if codec is None and label and label.lower() not in {"us-ascii", "ascii"}:
            note = f"unknown charset {label!r}; read as UTF-8"
        return data.decode("utf-8"), note
    if codec is not None:
        try:
            return data.decode(codec), None
        except (UnicodeDecodeError, LookupError):
            pass
    from charset_normalizer import from_bytes

    best = from_bytes(data).best()
    what = f"charset {label!r}" if label else "no charset"
    if best is not None:
        return str(best), f"{what} could not decode the bytes; detected {best.encoding}"
    return data.decode(codec or "cp1252", errors="replace"), f"{what}: undecodable bytes replaced"


def _decode_run(match: re.Match[str]) -> str:
    raw = bytes(ord(ch) - 0xDC00 for ch in match.group())
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError:
        return raw.decode("cp1252", errors="replace")


def clean_surrogates(text: str) -> str:
    """Replace lone surrogates: surrogateescape runs decode as UTF-8 or cp1252, others U+FFFD.

    Python's email package keeps 8-bit header bytes as U+DC80..U+DCFF (RFC 6532 headers).
    """
    if not _ANY_SURROGATE.search(text):
        return text
    text = _SURROGATE_RUN.sub(_decode_run, text)
    return _ANY_SURROGATE.sub("\ufffd", text)


def decode_words(raw: str) -> str:
    """Decode RFC 2047 encoded-words in ``raw`` leniently (unknown charsets never raise)."""
    raw = clean_surrogates(raw)
    if not _ENCODED_WORD.search(raw):
        return raw
    out: list[str] = []
    try:
        chunks = decode_header(raw)
    except (ValueError, IndexError, LookupError, UnicodeError, AssertionError, MessageError):
        return raw
    for chunk, charset in chunks:
        if isinstance(chunk, str):
            out.append(chunk)
        elif charset is None:
            # decode_header turns the plain text between encoded-words into raw-unicode-escape
            out.append(chunk.decode("raw-unicode-escape", errors="replace"))
        else:
            out.append(decode_bytes(chunk, charset)[0])
    # Adjacent encoded-words arrive merged, without the whitespace between them (RFC 2047 6.2).
    return clean_surrogates("".join(out))
