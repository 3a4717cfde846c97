"""Mailboxes: the ``Address`` value and the strict reader of address-list headers.

An address header (From, Reply-To, To, Cc) is split at top-level commas and each item is
read as exactly one mailbox; anything else is dropped and noted in the caller's
``defects``, never guessed at. This is the strict reading of
``email.utils.getaddresses(..., strict=True)`` (CVE-2023-27043; Python 3.11.7 lacks the
flag): quoted local parts (``"a@b"@evil.example``) are refused, and an angle-addr wins
over a display name that looks like an address.

Sources: RFC 5322 3.4 (address, mailbox, name-addr, angle-addr, group), 3.4.1 (addr-spec),
3.6.2 and 3.6.3 (From, Reply-To, To, Cc), 4.4 (obsolete addressing: folding white space in ``<>``),
RFC 6532 3.2 (UTF-8 addr-spec), RFC 2047 5 (encoded-words in display names).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from email.errors import MessageError
from email.utils import getaddresses

from assistant.mail._charset import decode_words, flatten_controls
from assistant.mail._headers import header_label, raw_values

_NOT_SIMPLE_LIST = re.compile(r"[\"(\\]|<[^>]*[,;]")
_LIST_SEPARATOR = re.compile(r"[,;]")
_GROUP_NAME = re.compile(r"^[^<>\"]*:")
_COMMENT = re.compile(r"\([^()]*\)")
_ONLY_COMMENT = re.compile(r"^\(([^()]*)\)$")
# addr-spec (RFC 5322 3.4.1, RFC 6532 UTF-8): no specials outside a domain literal; quoted
# local parts are refused (they carry "a@b"@evil.example tricks, CVE-2023-27043), and so is
# an "@" inside a domain literal (a second address where recipients are chosen).
_ADDR_SPEC = re.compile(
    r"^[^@\s<>()\[\],;:\"\\]+@(?:(?!\.)(?!.*\.\.)[^@\s<>()\[\],;:\"\\]+(?<!\.)|\[[^\[\]\\\s@]+\])$"
)
_ANGLE_ADDR = re.compile(r"^(?P<name>.*?)<(?P<addr>[^<>]*)>\s*(?:\(.*\))?\s*$", re.DOTALL)
_MAX_ADDRESSES = 1000


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


def read_addresses(
    headers: dict[str, list[str]], name: str, defects: list[str]
) -> tuple[Address, ...]:
    """Read an address header strictly; keep at most ``_MAX_ADDRESSES`` addresses.

    Follows the strict reading of ``email.utils.getaddresses(..., strict=True)``
    (CVE-2023-27043; Python 3.11.7 lacks the flag): an item that does not parse as exactly
    one mailbox is dropped with a defect rather than guessed at.
    """
    label = header_label(name)
    found: list[Address] = []
    for value in raw_values(headers, name):
        items, more = _split_address_list(value, _MAX_ADDRESSES - len(found))
        for item in items:
            address = _mailbox(item, label, defects)
            if address is not None:
                found.append(address)
        if more:
            defects.append(f"{label}: more than {_MAX_ADDRESSES} addresses; kept the first ones")
            break
    return tuple(found)


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


def _mailbox(item: str, label: str, defects: list[str]) -> Address | None:
    """Read one list item as a mailbox (RFC 5322 3.4); an angle-addr wins over a display name.

    ``alice@example.com <bob@example.com>`` is bob (a name-addr whose display name looks
    like an address); empty ``<>``, text after the angle-addr and anything that does not
    give exactly one valid addr-spec are invalid. The display name loses its control
    characters (a run becomes one space) and bidi controls; one without a letter is "".
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
    display = flatten_controls(display).strip().strip('"').strip()
    if not any(ch.isalpha() for ch in display):
        display = ""  # "\\", "--", "!!!": no name to show or greet
    return Address(display_name=display, addr_spec=addr)
