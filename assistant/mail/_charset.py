"""Decode bytes and header text leniently: wrong labels, 8-bit headers, lone surrogates.

Sources: RFC 2045 5.1 (charset parameter), RFC 2047 (encoded-words), RFC 6532 (UTF-8
headers), WHATWG Encoding (ISO-8859-1 labels are read as Windows-1252).
"""

from __future__ import annotations

import codecs
import re
from email.errors import MessageError
from email.header import decode_header
from typing import Any

_SURROGATE_RUN = re.compile("[\udc80-\udcff]+")
_ANY_SURROGATE = re.compile("[\ud800-\udfff]")
# Charsets seen in mail, most common first (ties in detection go to the earlier one).
_MAIL_CHARSETS = (
    "cp1252",
    "cp1250",
    "cp1251",
    "iso8859_15",
    "iso8859_2",
    "koi8_r",
    "cp1253",
    "cp1254",
    "cp1257",
    "iso8859_7",
    "cp1255",
    "iso8859_8",
    "cp1256",
    "iso8859_5",
    "gb18030",
    "big5",
    "shift_jis",
    "euc_jp",
    "iso2022_jp",
    "euc_kr",
    "utf_16",
)
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
    # Hebrew and Arabic logical/explicit order (RFC 1556): the same bytes as the base charset.
    "iso-8859-8-i": "iso8859_8",
    "iso-8859-8-e": "iso8859_8",
    "iso-8859-6-i": "iso8859_6",
    "iso-8859-6-e": "iso8859_6",
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


def _known(label: str | None) -> bool:
    """Tell whether ``label`` is a charset name as written (not a guessed misspelling)."""
    name = (label or "").strip().strip("\"'").lower()
    if name in _ALIASES:
        return True
    try:
        codecs.lookup(name)
    except (LookupError, ValueError):
        return False
    return True


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
    stateful = codec is not None and codec.startswith(("iso2022", "iso-2022"))
    if data.isascii() and not stateful:
        return data.decode("ascii"), None
    # ISO-2022-JP is 7-bit (escape sequences switch the character set): its bytes are valid
    # UTF-8 too, and read so they lose every Japanese character (RFC 1468).
    if codec != "utf-8" and not (stateful and data.isascii()) and _is_utf8(data):
        note = (
            None if codec is None else f"charset {label!r} does not match the bytes; read as UTF-8"
        )
        if codec is None and label and label.lower() not in {"us-ascii", "ascii"}:
            note = f"unknown charset {label!r}; read as UTF-8"
        return data.decode("utf-8"), note
    if codec is not None:
        try:
            text = data.decode(codec)
        except (UnicodeDecodeError, LookupError):
            pass
        else:
            return text, None if _known(
                label
            ) else f"charset {label!r} is misspelt; read as {codec}"
    best = _detect(data)
    what = f"charset {label!r}" if label else "no charset"
    if best is not None:
        return str(best), f"{what} could not decode the bytes; detected {best.encoding}"
    return data.decode(codec or "cp1252", errors="replace"), f"{what}: undecodable bytes replaced"


def _detect(data: bytes) -> Any:
    """Return charset-normalizer's match for ``data``, or None; prefer mail's usual charsets.

    Candidates are first limited to charsets seen in mail (short Latin-1 text otherwise
    comes out as DOS cp775); among the least chaotic, the most coherent wins, and ties go
    to the earlier entry of ``_MAIL_CHARSETS`` (cp1252 first, as WHATWG's default).
    """
    from charset_normalizer import from_bytes

    matches = list(from_bytes(data, cp_isolation=list(_MAIL_CHARSETS)))
    if not matches:
        return from_bytes(data).best()
    rank = {name: i for i, name in enumerate(_MAIL_CHARSETS)}
    return min(
        matches,
        key=lambda m: (
            round(m.percent_chaos, 1),
            -round(m.percent_coherence, 1),
            rank.get(m.encoding, len(rank)),
        ),
    )


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


# C0 controls (tab and line breaks too), DEL, C1 controls and the Unicode line and paragraph
# separators: str.splitlines() breaks at several of them, so a header holding one cannot be
# written (the stdlib raises), and ESC sequences would reach the user's terminal.
_CONTROL_RUN = re.compile("[\x00-\x1f\x7f-\x9f\u2028\u2029]+")
# The bidi controls (Unicode TR 9: embeddings, overrides, isolates, LRM, RLM, ALM): they
# reorder what is shown, so "\u202egnp.exe" reads as "exe.png".
_BIDI_CONTROL = re.compile("[\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069]")


def flatten_controls(text: str) -> str:
    """Replace each run of control characters, with the white space around it, by one space.

    For one-line header text (Subject, display names): C0 and C1 controls (CR, LF, TAB,
    ESC, NUL ...), DEL, U+2028 and U+2029 are removed this way; other white space is kept.
    Bidi controls (U+202A-U+202E, U+2066-U+2069, U+200E, U+200F, U+061C; Unicode TR 9) are
    removed without a space.
    """
    text = _BIDI_CONTROL.sub("", text)
    if not _CONTROL_RUN.search(text):
        return text
    first, *middle, last = _CONTROL_RUN.split(text)
    inner = [piece.strip() for piece in middle]
    return " ".join([first.rstrip(), *(piece for piece in inner if piece), last.lstrip()])
