"""Header fields: the raw values, unfolding, and the Subject, msg-id and Date readers.

Headers are kept raw (compat32) and decoded here on demand: Subject through
``policy.default``'s header registry, msg-ids and dates by the readers below, every one
defensively because the stdlib raises on some real-world input (Python 3.11). Nothing
here raises on bad input: what is wrong is appended to the caller's ``defects``.

Sources: RFC 5322 2.2 and 2.2.3 (header fields, unfolding), 3.3 (date-time), 3.6.4
(msg-id: Message-ID, In-Reply-To, References), 3.6.5 (Subject), RFC 2047 (encoded-words),
RFC 6532 (UTF-8 headers).
"""

from __future__ import annotations

import re
from datetime import UTC, datetime
from email.errors import MessageError
from email.message import Message
from email.utils import parsedate_to_datetime
from functools import lru_cache
from typing import Any

from assistant.mail._charset import clean_surrogates, decode_words, flatten_controls

# Errors the stdlib raises on real mail (Python 3.11): caught per header, per body part and
# when serialising a message object.
HEADER_ERRORS = (
    ValueError,
    IndexError,
    LookupError,
    TypeError,
    AttributeError,
    AssertionError,
    MessageError,
)
_FOLD = re.compile(r"\r?\n(?=[ \t])")
_LINESEP = re.compile(r"\r\n|\r|\n")
_MSG_ID = re.compile(r"<[^<>\s]+>")
_ATEXT = r"[\w!#$%&'*+/=?^`{|}~-]+"
_STRICT_MSG_ID = re.compile(
    rf"^<{_ATEXT}(?:\.{_ATEXT})*@(?:{_ATEXT}(?:\.{_ATEXT})*|\[[^\[\]\\\s]*\])>$"
)
_HEADER_LABELS = {"reply-to": "Reply-To", "message-id": "Message-ID", "in-reply-to": "In-Reply-To"}
_MAX_SUBJECT = 64 * 1024
_YEARS = range(1970, 2200)


def header_label(name: str) -> str:
    """Return how a lower-case header name is written in a defect (``Reply-To``, ``Cc``)."""
    return _HEADER_LABELS.get(name, name.title())


def header_map(msg: Message) -> dict[str, list[str]]:
    """Return the raw (folded, undecoded) values of every top-level header, by lower-case name."""
    headers: dict[str, list[str]] = {}
    for key, value in msg.raw_items():
        headers.setdefault(key.lower(), []).append(value if isinstance(value, str) else str(value))
    return headers


def raw_values(headers: dict[str, list[str]], name: str) -> list[str]:
    """Return the unfolded values of header ``name`` without surrogates."""
    return [_unfold(value) for value in headers.get(name, ())]


def _unfold(value: str) -> str:
    """Remove folding line breaks (RFC 5322 2.2.3) and surrogates; strip."""
    return clean_surrogates(_FOLD.sub("", value)).strip()


def read_subject(headers: dict[str, list[str]], defects: list[str]) -> str:
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
    """Decode one raw Subject value (see ``read_subject``)."""
    if raw.isascii() and "=?" not in raw:
        return _LINESEP.sub("", raw).strip()
    if len(raw) > _MAX_SUBJECT:
        defects.append(f"Subject is {len(raw)} characters; decoded leniently")
        return decode_words(_unfold(raw)).strip()
    try:
        value = str(_subject_header()("Subject", _LINESEP.sub("", raw)))
        if "\ufffd" not in value:
            return clean_surrogates(value).strip()
    except HEADER_ERRORS as exc:
        defects.append(f"Subject unreadable ({type(exc).__name__}); decoded leniently")
    return decode_words(_unfold(raw)).strip()


@lru_cache(maxsize=1)
def _subject_header() -> Any:
    """Return policy.default's Subject header class (the registry builds one per lookup).

    ``email.policy`` and its header registry are imported here, on the first Subject that
    needs them, not when this module is.
    """
    from email import policy

    registry: Any = policy.default.header_factory
    return registry["subject"]


def read_msg_ids(headers: dict[str, list[str]], name: str, defects: list[str]) -> tuple[str, ...]:
    """Return the ``<...>`` msg-id tokens of a header, in order, without duplicates.

    A token outside RFC 5322 3.6.4 syntax (``<[abc]@example.com>``) is kept, since it
    still threads, and noted as a defect.
    """
    ids: dict[str, None] = {}
    for value in raw_values(headers, name):
        for token in _MSG_ID.findall(value):
            ids[token] = None
    odd = next((token for token in ids if not _STRICT_MSG_ID.match(token)), None)
    if odd is not None:
        label = header_label(name)
        defects.append(f"{label}: {odd[:80]!r} is not a valid msg-id; kept as it is")
    return tuple(ids)


def read_date(headers: dict[str, list[str]], defects: list[str]) -> datetime | None:
    """Return the first Date, timezone-aware (``-0000`` is UTC); None if missing or unusable."""
    raw = raw_values(headers, "date")
    if not raw:
        return None
    try:
        date = parsedate_to_datetime(raw[0])
    except (*HEADER_ERRORS, OverflowError):
        defects.append(f"Date unreadable: {raw[0][:60]!r}")
        return None
    if date.year not in _YEARS:
        defects.append(f"Date out of range: {raw[0][:60]!r}")
        return None
    return date if date.tzinfo is not None else date.replace(tzinfo=UTC)
