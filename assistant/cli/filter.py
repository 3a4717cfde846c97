"""``draft-reply filter``: a mail-filter entry that queues a message and passes it through.

For procmail (``:0 fw`` / ``| draft-reply filter``), maildrop (``xfilter "draft-reply
filter"``) or Sieve's ``filter``: the message is read from standard input, queued durably for
``draft-reply worker`` (:mod:`assistant.outbox.inbound`, committed before this exits) and
written back to standard output byte for byte. It never calls a model. Automatic mail
(``Auto-Submitted``, RFC 3834), mailing lists and bulk mail (``List-Id``, ``Precedence``) and
no-reply senders pass through unqueued, as do senders outside the client book when
``[filter] only = "book"`` and input that can never be drafted (empty, binary data, no header
block, over ``[input] max_message_bytes``): the reason goes to stderr, the exit status is 0
(the message was delivered). Whatever goes wrong (a broken config, a full disk, a locked
queue), the message still passes through unaltered; the exit status is then 75 (EX_TEMPFAIL)
so the mail system knows. ``--no-passthrough`` writes nothing (procmail's ``:0 w`` without
``f``, maildrop's ``xfilter`` replaced by ``` `draft-reply filter --no-passthrough` ```).
"""

from __future__ import annotations

import re
import sys
from datetime import UTC, datetime

from assistant.cli._base import Command
from assistant.cli._output import echo
from assistant.cli._params import flag

_NO_REPLY = re.compile(
    r"(?i)^(?:no[-_.]?reply|do[-_.]?not[-_.]?reply|mailer-daemon|postmaster|bounces?)(?:[-+.].*)?@"
)


def skip_reason(headers: dict[str, str]) -> str:
    """Return why a message with these headers (lower-case names) is not queued; "" to queue."""
    from email.utils import parseaddr

    auto = headers.get("auto-submitted", "").strip().lower()
    if auto and auto != "no":
        return "automatic mail (Auto-Submitted)"
    if headers.get("list-id") or headers.get("list-unsubscribe"):
        return "mailing list (List-Id)"
    if headers.get("precedence", "").strip().lower() in ("bulk", "list", "junk"):
        return "bulk mail (Precedence)"
    address = parseaddr(headers.get("from", ""))[1]
    if _NO_REPLY.match(address):
        return "no-reply sender"
    return ""


def _filter(no_passthrough: bool) -> None:
    """Queue mail from a mail filter for drafting; pass it through unchanged.

    Reads one message on standard input, queues it for 'draft-reply worker'
    and writes it back to standard output byte for byte (procmail ':0 fw',
    maildrop 'xfilter', Sieve 'filter'). Never calls a model. Automatic mail,
    mailing lists, no-reply senders and input that can never be drafted
    (empty, binary data, no header block, over [input] max_message_bytes)
    pass through unqueued; the reason is told on standard error.
    """
    raw = sys.stdin.buffer.read() if sys.stdin is not None else b""
    status = 0
    try:
        note = _queue(raw)
    except Exception as exc:  # nothing may stop the message from passing through
        note = f"the message was not queued: {exc}"
        status = 75
    if not no_passthrough:
        try:
            sys.stdout.buffer.write(raw)
            sys.stdout.buffer.flush()
        except OSError as exc:
            note = f"{note}; could not pass the message through: {exc.strerror or exc}"
            status = 75
    echo(f"draft-reply filter: {note}", err=True)
    sys.exit(status)


def _queue(raw: bytes) -> str:
    """Queue ``raw`` unless it is to be skipped; return what happened, in a few words."""
    from email.parser import BytesHeaderParser

    from assistant.config import load_settings
    from assistant.outbox.inbound import Inbound, cannot_draft

    if not raw.strip():
        return "empty input, nothing queued"
    settings = load_settings()
    never = cannot_draft(raw, settings.max_message_bytes)
    if never:
        return f"not queued: {never}"
    message = BytesHeaderParser().parsebytes(raw)
    headers = {name.lower(): str(value) for name, value in message.items()}
    reason = skip_reason(headers)
    if not reason and settings.filter_only == "book":
        reason = _outside_book(headers, settings)
    if reason:
        return f"not queued: {reason}"
    message_id = headers.get("message-id", "").strip() or None
    with Inbound.open(Inbound.path_for(settings.data_dir)) as queue:
        added = queue.add(raw, message_id, datetime.now(UTC))
    return "queued for drafting" if added else "already queued (same Message-ID)"


def _outside_book(headers: dict[str, str], settings: object) -> str:
    """Return a reason when the sender (From, then Reply-To) is not in the client book."""
    from email.utils import getaddresses

    from assistant.accounts.book import lookup
    from assistant.accounts.loading import book_for, book_missing

    config = settings.accounts_config  # type: ignore[attr-defined]
    if book_missing(config):
        return 'no client book, and [filter] only = "book"'
    book, _ = book_for(config)
    for _name, address in getaddresses([headers.get("from", ""), headers.get("reply-to", "")]):
        if address and lookup(book, address) is not None:
            return ""
    return 'the sender is not in the client book ([filter] only = "book")'


_EPILOG = """\
Exit codes: 0 passed through (queued, or not queued for the reason told);
2 bad command line; 75 passed through, but it could not be queued (a
broken config, a full disk): the mail system logs it.

procmail:  :0 fw
           | $HOME/.local/bin/draft-reply filter
maildrop:  xfilter "$HOME/.local/bin/draft-reply filter"
"""

filter_command = Command(
    "filter",
    _filter,
    [
        flag(
            "--no-passthrough",
            help="Write nothing to standard output (for a filter that only watches).",
        )
    ],
    epilog=_EPILOG,
    usage="[OPTIONS] < message",
)
