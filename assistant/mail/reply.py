"""Build the RFC 5322 reply to an :class:`Email`: recipients, subject, threading, quoting.

Sources: RFC 5322 3.6.2 (Reply-To), 3.6.4 (Message-ID, In-Reply-To, References),
3.6.5 (Subject "Re: "), 2.1.1 (line length); RFC 2047 (encoded display names);
RFC 2045 (transfer encodings). CPython gh-79986: ``policy.default`` folds a msg-id
longer than a line into RFC 2047 encoded-words, which mail clients cannot thread;
:data:`POLICY` folds the threading headers between ids only and never encodes them.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, datetime
from email.errors import HeaderParseError, InvalidHeaderDefect
from email.generator import BytesGenerator
from email.headerregistry import Address as _HeaderAddress
from email.message import EmailMessage
from email.policy import EmailPolicy
from email.utils import format_datetime, make_msgid
from io import BytesIO

from assistant import lang
from assistant.display import strip_controls
from assistant.errors import BadEmailError, ConfigError
from assistant.mail._charset import flatten_controls
from assistant.mail.message import MAX_MSG_ID_LENGTH, Address, Email

#: The most recipients (To and Cc together) a reply is addressed to: an SMTP server need
#: accept no more than 100 in one transaction (RFC 5321 4.5.3.1.8), and a reply to a
#: complaint that copies more is a mistake. The Cc of a reply to all is cut to fit.
MAX_RECIPIENTS = 100

# Most clients keep the first id and the latest ones; about 20 in all (RFC 5322 3.6.4 leaves
# the trimming open; Thunderbird and Gmail cut References to a similar size).
MAX_REFERENCES = 20

# Reply and forward prefixes used by mail clients: English, German (AW, WG), Nordic (SV,
# VS), Italian (R, RIF, I), Dutch (Antw), Polish (Odp), Turkish (Ynt), French (TR),
# Spanish (RV). Each must be followed by an optional counter and a colon (ASCII or
# full-width), so words such as "Rest:" or "Information:" are left alone.
_PREFIX = re.compile(
    r"\A\s*(?:(?:re|aw|sv|vs|rif|antw|odp|ynt|tr|fwd|fw|wg|rv|r|i)"
    r"(?:\s*[\[(]\d+[\])])?\s*[:\uff1a]\s*)+",
    re.IGNORECASE,
)
# A msg-id as we will write it: printable ASCII between angle brackets, no spaces.
_MSG_ID = re.compile(r"<[!-;=?-~]+>")
# What a reader takes for an address in a display name: something@domain.tld.
_ADDRESS_LIKE = re.compile(r"[^\s@<>\"'(),;:]+@[^\s@<>\"'(),;:]+\.[^\s@<>\"'(),;:]+")
_BODY_LINE_LENGTH = 998  # RFC 5322 2.1.1: longer lines must be encoded (quoted-printable)
_NO_EAI = "internationalised addresses (RFC 6532) are not supported: reply from your mail client"
_THREADING_HEADERS = frozenset({"message-id", "in-reply-to", "references"})


class ReplyPolicy(EmailPolicy):
    """``policy.default`` that writes Message-ID, In-Reply-To and References verbatim.

    The ids are folded between ids only (a line holds as many as fit in
    ``max_line_length``; a longer id sits alone on its line), never RFC 2047 encoded
    (works around CPython gh-79986). Other headers fold as in ``policy.default``.
    """

    def fold(self, name: str, value: str) -> str:
        """Fold one header for text output; threading headers between ids only."""
        folded = _fold_ids(name, value, self.max_line_length, self.linesep)
        return folded if folded is not None else super().fold(name, value)

    def fold_binary(self, name: str, value: str) -> bytes:
        """Fold one header for bytes output; threading headers between ids only."""
        folded = _fold_ids(name, value, self.max_line_length, self.linesep)
        if folded is not None:
            return folded.encode("ascii")
        return super().fold_binary(name, value)


# The policy replies are built and serialised with: ``policy.default`` (LF line ends,
# 78-character lines, 8bit bodies allowed) plus verbatim threading headers. Parse stored
# replies with it too: ``policy.default`` would refold a long In-Reply-To when re-sending.
POLICY = ReplyPolicy()


def reply_subject(subject: str) -> str:
    """Return ``subject`` with exactly one ``Re: `` prefix (RFC 5322 3.6.5).

    Any leading chain of reply/forward prefixes (Re, AW, SV, VS, R, RIF, Antw, Odp,
    Ynt, TR, Fwd, FW, WG, I, RV in any case, with an optional ``[n]`` or ``(n)``
    counter, a colon possibly preceded by spaces, or a full-width colon) is removed;
    the rest is kept exactly, except that each run of line breaks and other control
    characters (with the white space around it) becomes one space: a header is one line.
    An empty subject gives ``"Re:"`` (no invented "(no subject)" text).
    """
    flat = flatten_controls(subject)
    match = _PREFIX.match(flat)
    rest = flat[match.end() :] if match else flat.lstrip()
    return f"Re: {rest}" if rest.strip() else "Re:"


def without_reply_prefixes(subject: str) -> str:
    """Return ``subject`` without its leading chain of reply/forward prefixes ("ODP: AW: x"
    -> "x"), the same prefixes :func:`reply_subject` removes; otherwise as given. Used where
    the subject is read as the client's words (the heat of "ODP:" is no shouting)."""
    match = _PREFIX.match(subject)
    return subject[match.end() :] if match else subject


def reply_references(email: Email) -> tuple[str, ...]:
    """Return the References ids of a reply to ``email``, oldest first (RFC 5322 3.6.4).

    The parent's References (or, without them, its In-Reply-To when that holds exactly
    one id) followed by its Message-ID; duplicates and malformed ids are dropped. More
    than :data:`MAX_REFERENCES` ids are trimmed to the first one and the latest ones.
    """
    chain: list[str] = list(email.references)
    if not chain and email.in_reply_to:
        parent_ids = _MSG_ID.findall(email.in_reply_to)
        if len(parent_ids) == 1:
            chain = parent_ids
    if email.message_id:
        chain.append(email.message_id)
    unique: list[str] = []
    for candidate in chain:
        msg_id = _clean_id(candidate)
        if msg_id is not None and msg_id not in unique:
            unique.append(msg_id)
    if len(unique) > MAX_REFERENCES:
        unique = [unique[0], *unique[-(MAX_REFERENCES - 1) :]]
    return tuple(unique)


def attribution_line(email: Email, language: str | None = None) -> str:
    """Return the line that introduces the quoted original, in ``language``.

    English (``On Mon, 3 Nov 2026 at 14:05, Anna Müller <anna@example.com> wrote:``)
    and German (``Am 03.11.2026 um 14:05 schrieb Anna Müller <anna@example.com>:``), from
    the language's module in :mod:`assistant.lang`; a language without one falls back to
    English. The time is the parent's Date in the
    sender's own UTC offset; without a Date the date part is left out. ``language``
    defaults to ``email.language``.
    """
    author = email.sender if email.sender is not None else email.reply_address
    who = _plain_address(author) if author is not None else "you"
    words = lang.get(language if language is not None else email.language)
    if not words.attribution:
        words = lang.get(lang.FALLBACK)
    when = email.date
    if when is None:
        return words.attribution_undated.format(who=who)
    return words.attribution.format(
        who=who,
        day=when.day,
        month=when.month,
        year=when.year,
        time=f"{when:%H:%M}",
        weekday_short=words.weekdays_short[when.weekday()] if words.weekdays_short else "",
        month_short=words.months_short[when.month - 1] if words.months_short else "",
    )


def quote_text(text: str) -> str:
    """Prefix every line of ``text`` with ``"> "`` (``">"`` for empty lines).

    Line ends are normalised to LF; trailing blank lines and trailing spaces are
    dropped. Returns ``""`` for a blank text.
    """
    lines = text.replace("\r\n", "\n").replace("\r", "\n").rstrip().split("\n")
    if lines == [""]:
        return ""
    quoted = [f"> {line}".rstrip() if line.strip() else ">" for line in lines]
    return "\n".join(quoted) + "\n"


def build_reply(
    email: Email,
    body: str,
    *,
    from_address: str | None,
    now: datetime,
    language: str | None = None,
    message_id_domain: str | None = None,
    message_id: str | None = None,
    reply_all: bool = True,
) -> EmailMessage:
    """Build the reply to ``email`` with ``body`` as its text, ready to store or send.

    From is ``from_address`` (``"Name <addr>"`` or a bare addr-spec), else the first
    address the parent was sent to (To, then Cc). To is every usable Reply-To address,
    else From (RFC 5322 3.6.2). With ``reply_all`` (the default) Cc is the parent's To
    and Cc less our own address and the To, so the client's colleagues stay in the
    thread; addresses that cannot be written are left out of Cc, and so are those past
    :data:`MAX_RECIPIENTS` recipients in all (:func:`reply_copies`). Subject via
    :func:`reply_subject`; In-Reply-To is the parent's Message-ID (omitted when it
    has none) and References per :func:`reply_references` (RFC 5322 3.6.4). Message-ID is new, on
    ``message_id_domain`` or the From domain, unless ``message_id`` (``<id@domain>``) is
    given: an edited draft is rebuilt with its own. Date is ``now`` (timezone-aware,
    written in UTC). The body is ``body``, a blank line, :func:`attribution_line` in
    ``language`` (default ``email.language``) and the parent's ``email.text`` quoted
    by :func:`quote_text` (both left out when the parent's text is blank); these two
    without escape sequences, C0 and C1 controls (tab and newline kept) and bidi controls
    (:func:`assistant.display.strip_controls`; ECMA-48, Unicode TR 9).

    text/plain; charset=utf-8: 7bit or 8bit when every line fits in 998 octets
    (RFC 5322 2.1.1; paragraphs stay unwrapped so phones and mail clients reflow
    them, and the draft stays readable in a terminal), else quoted-printable (never
    base64). Non-ASCII display names are RFC 2047
    encoded. The message uses :data:`POLICY`; write it with :func:`serialize`.

    Raises ConfigError when there is no usable sender identity, BadEmailError when
    the parent has no address to reply to or only a non-ASCII one, ValueError when
    ``now`` is naive or ``message_id`` is not one msg-id.
    """
    if now.tzinfo is None or now.utcoffset() is None:
        raise ValueError("now must be timezone-aware")
    own_id = _clean_id(message_id) if message_id is not None else None
    if message_id is not None and own_id is None:
        raise ValueError(f"message_id is not one msg-id (<id@domain>): {message_id!r}")
    sender = sender_identity(email, from_address)
    recipients = _recipients(email)
    copies = _copies(email, sender, recipients)[: _room(recipients)] if reply_all else ()

    msg = EmailMessage(policy=POLICY)
    msg["From"] = sender
    msg["To"] = recipients
    if copies:
        msg["Cc"] = copies
    msg["Subject"] = reply_subject(email.subject)
    msg["Date"] = format_datetime(now.astimezone(UTC))
    domain = message_id_domain or sender.domain
    msg["Message-ID"] = own_id if own_id is not None else make_msgid(domain=domain)
    parent_id = _clean_id(email.message_id) if email.message_id else None
    if parent_id is not None:
        msg["In-Reply-To"] = parent_id
    references = reply_references(email)
    if references:
        msg["References"] = " ".join(references)

    text = _compose_body(email, body, language)
    fits = all(len(line.encode("utf-8")) <= _BODY_LINE_LENGTH for line in text.split("\n"))
    if fits:
        msg.set_content(text, charset="utf-8", cte="7bit" if text.isascii() else "8bit")
    else:
        msg.set_content(text, charset="utf-8", cte="quoted-printable")
    return msg


def serialize(msg: EmailMessage, *, linesep: str = "\n") -> bytes:
    """Return ``msg`` as bytes with threading headers verbatim.

    Line ends are LF by default (files, stdout, Maildir: ``mailbox`` writes what it is
    given); pass ``linesep="\\r\\n"`` for SMTP DATA. No ``From `` envelope line.
    Generated with :data:`POLICY` whatever ``msg.policy`` is.
    """
    buffer = BytesIO()
    BytesGenerator(buffer, policy=POLICY.clone(linesep=linesep)).flatten(msg, unixfrom=False)
    return buffer.getvalue()


def _fold_ids(name: str, value: str, max_line_length: int | None, linesep: str) -> str | None:
    """Fold a threading header between its ids, or return None to let the stdlib fold it."""
    if name.lower() not in _THREADING_HEADERS:
        return None
    ids = str(value).split()
    if not ids or not all(_MSG_ID.fullmatch(msg_id) for msg_id in ids):
        return None
    limit = max_line_length or 998
    lines = [f"{name}: {ids[0]}"]
    for msg_id in ids[1:]:
        if len(lines[-1]) + 1 + len(msg_id) <= limit:
            lines[-1] += f" {msg_id}"
        else:
            lines.append(f" {msg_id}")
    return linesep.join(lines) + linesep


def _clean_id(candidate: str) -> str | None:
    """Return ``candidate`` stripped when it is one well-formed ASCII msg-id, else None."""
    msg_id = candidate.strip()
    if len(msg_id) > MAX_MSG_ID_LENGTH or not _MSG_ID.fullmatch(msg_id):
        return None
    return msg_id


def sender_identity(email: Email, from_address: str | None) -> _HeaderAddress:
    """Return the From of the reply: the configured identity, else the parent's To/Cc.

    ``from_address`` is ``"Name <addr>"`` or a bare addr-spec. Raises ConfigError when
    it is not one ASCII address, or when there is none and the parent names no
    recipient to answer as.
    """
    if from_address is not None and from_address.strip():
        header = POLICY.header_factory("From", from_address.strip())
        addresses: tuple[_HeaderAddress, ...] = tuple(getattr(header, "addresses", ()))
        invalid = any(isinstance(d, InvalidHeaderDefect) for d in header.defects)
        if len(addresses) != 1 or "@" not in addresses[0].addr_spec or invalid:
            raise ConfigError(
                f"sender identity {from_address!r} is not one email address: "
                "use 'Name <you@example.com>' or 'you@example.com'"
            )
        found: _HeaderAddress = addresses[0]
        if not found.addr_spec.isascii():
            raise ConfigError(f"sender identity {found.addr_spec!r} is not ASCII; {_NO_EAI}")
        return found
    for addr in (*email.to, *email.cc):
        converted = _header_address(addr)
        if converted is not None:
            return converted
    raise ConfigError("no sender identity: set [identity] from = ... in config.toml or --from")


@dataclass(frozen=True)
class Copies:
    """The Cc of a reply to all: the addresses kept and how many were left out.

    ``kept`` are formatted addresses (``Name <addr>``), in the parent's order;
    ``left_out`` counts the copies past :data:`MAX_RECIPIENTS`.
    """

    kept: tuple[str, ...]
    left_out: int


def reply_copies(email: Email, from_address: str | None) -> Copies:
    """Return the Cc that :func:`build_reply` writes for a reply to all of ``email``.

    ``from_address`` is as for :func:`build_reply`. The parent's To and Cc less the
    reply's From and To, unwritable addresses left out; cut so that To and Cc together
    hold at most :data:`MAX_RECIPIENTS` (RFC 5321 4.5.3.1.8). Raises ConfigError and
    BadEmailError as :func:`build_reply` does.
    """
    recipients = _recipients(email)
    every = _copies(email, sender_identity(email, from_address), recipients)
    room = _room(recipients)
    return Copies(kept=tuple(str(a) for a in every[:room]), left_out=max(0, len(every) - room))


def _room(recipients: Sequence[_HeaderAddress]) -> int:
    """Return how many copies fit beside ``recipients`` under :data:`MAX_RECIPIENTS`."""
    return max(0, MAX_RECIPIENTS - len(recipients))


def _copies(
    email: Email, sender: _HeaderAddress, recipients: Sequence[_HeaderAddress]
) -> tuple[_HeaderAddress, ...]:
    """Return the Cc of a reply to all: the parent's To and Cc, less us and the To.

    Addresses that cannot be written (no ``@``, not ASCII, invalid) are left out
    rather than failing the reply: they were only copies.
    """
    taken = {sender.addr_spec.lower(), *(addr.addr_spec.lower() for addr in recipients)}
    copies: list[_HeaderAddress] = []
    for addr in (*email.to, *email.cc):
        if "@" not in addr.addr_spec or not addr.addr_spec.isascii():
            continue
        converted = _header_address(addr)
        if converted is None or converted.addr_spec.lower() in taken:
            continue
        taken.add(converted.addr_spec.lower())
        copies.append(converted)
    return tuple(copies)


def _recipients(email: Email) -> tuple[_HeaderAddress, ...]:
    """Return the To of the reply: every usable Reply-To address, else From.

    An address is usable when its addr-spec has an ``@``; a usable one that is not
    ASCII or cannot be written into a header is an error, not skipped.
    """
    chosen = [addr for addr in email.reply_to if "@" in addr.addr_spec]
    if not chosen and email.sender is not None and "@" in email.sender.addr_spec:
        chosen = [email.sender]
    if not chosen:
        raise BadEmailError("the message has no From or Reply-To address to reply to")
    unique: list[_HeaderAddress] = []
    for addr in chosen:
        if not addr.addr_spec.isascii():
            raise BadEmailError(f"reply address {addr.addr_spec!r} is not ASCII; {_NO_EAI}")
        converted = _header_address(addr)
        if converted is None:
            raise BadEmailError(
                f"reply address {addr.addr_spec!r} is not a valid addr-spec: "
                "reply from your mail client"
            )
        if all(converted.addr_spec.lower() != seen.addr_spec.lower() for seen in unique):
            unique.append(converted)
    return tuple(unique)


def _header_address(addr: Address) -> _HeaderAddress | None:
    """Return ``addr`` as the stdlib's Address, or None when it cannot go into a header.

    None for an addr-spec without ``@``, not ASCII, or not parseable (RFC 5322 3.4.1). A
    display name that holds another address (``"eve@client.example"
    <eve@evil.example>``) is left out: mail clients show the name, not where it goes.
    """
    if "@" not in addr.addr_spec or not addr.addr_spec.isascii():
        return None
    name = " ".join(flatten_controls(addr.display_name).split())
    if shows_other_address(name, addr.addr_spec):
        name = ""
    try:
        return _HeaderAddress(display_name=name, addr_spec=addr.addr_spec)
    except (ValueError, IndexError, HeaderParseError):
        return None


def shows_other_address(display_name: str, addr_spec: str) -> bool:
    """Tell whether ``display_name`` holds an address other than ``addr_spec`` (any case).

    ``"eve@client.example" <eve@client.example.evil.example>`` shows one address and goes
    to another (RFC 5322 3.4 lets a display name say anything).
    """
    return any(found.lower() != addr_spec.lower() for found in _ADDRESS_LIKE.findall(display_name))


def _plain_address(addr: Address) -> str:
    """Return ``Name <addr>`` (or the bare addr-spec) for body text, unquoted and unencoded."""
    name = " ".join(flatten_controls(addr.display_name).split())
    return f"{name} <{addr.addr_spec}>" if name else addr.addr_spec


def _compose_body(email: Email, body: str, language: str | None) -> str:
    """Return the reply text, a blank line, the attribution and the quoted original.

    The attribution and the quote go through :func:`assistant.display.strip_controls`: no
    escape sequence, C0 or C1 control or bidi control of the client's is sent back. The
    reply text is the caller's (drafting cleans it; an edit is cleaned by the editor).
    """
    text = body.replace("\r\n", "\n").replace("\r", "\n").rstrip()
    quoted = quote_text(strip_controls(email.text)[0])
    if not quoted:
        return text + "\n"
    attribution = strip_controls(attribution_line(email, language))[0]
    return f"{text}\n\n{attribution}\n{quoted.rstrip(chr(10))}\n"
