"""Where a reply goes: a Reply-To that points away from the sender's domain is named.

A reply goes to the email's Reply-To when there is one (RFC 5322 3.6.2). That is
right for a helpdesk or a colleague's address, and exactly what a forged email uses to
send the answer elsewhere: a Reply-To on another domain, or on a look-alike of the
sender's (``c1ient.example``, ``client-billing.example``,
``client.example.evil.example``), is said before anything is sent. So is a reply to all
that copies strangers, or more people than a reply to a complaint should.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable

from assistant.mail.message import Email
from assistant.mail.reply import MAX_RECIPIENTS, Copies, shows_other_address

#: Above this many copies (Cc), a reply to all is named before it is sent.
MANY_COPIES = 10

# Letters and digits that look alike in most fonts, mapped to one of each group.
_LOOKALIKE = str.maketrans({"0": "o", "1": "l", "i": "l", "|": "l", "5": "s", "3": "e"})


def _domain(addr_spec: str) -> str:
    return addr_spec.rpartition("@")[2].strip().lower().rstrip(".")


def _skeleton(domain: str) -> str:
    """Return ``domain`` folded the way a reader's eye folds it (TR 39's idea, simplified)."""
    folded = unicodedata.normalize("NFKD", domain.casefold())
    ascii_only = "".join(ch for ch in folded if not unicodedata.combining(ch))
    return ascii_only.replace("rn", "m").replace("vv", "w").translate(_LOOKALIKE)


def _core(domain: str) -> str:
    """Return the label left of the public suffix, roughly (``mail.client.co.uk`` -> client)."""
    labels = domain.split(".")
    if len(labels) >= 3 and len(labels[-2]) <= 3 and len(labels[-1]) == 2:
        return labels[-3]
    return labels[-2] if len(labels) >= 2 else domain


def copies_finding(email: Email, own_domains: Iterable[str]) -> str | None:
    """Return a finding when a reply to all would copy (Cc) someone on another domain.

    The copies are the email's To and Cc less the sender and the user's own addresses
    (``own_domains``); one whose domain is neither the sender's nor the user's (nor a
    subdomain of either) is named: an email can add a stranger to the thread.
    """
    if email.sender is None:
        return None
    sender = _domain(email.sender.addr_spec)
    ours = {d.lower() for d in own_domains}
    strangers = []
    for addr in (*email.to, *email.cc):
        domain = _domain(addr.addr_spec)
        if not domain or addr.addr_spec.lower() == email.sender.addr_spec.lower():
            continue
        related = [sender, *ours]
        if any(
            domain == d or domain.endswith("." + d) or d.endswith("." + domain) for d in related
        ):
            continue
        strangers.append(addr.addr_spec)
    if not strangers:
        return None
    return (
        f"a reply to all also goes to {', '.join(dict.fromkeys(strangers))} (Cc), on another "
        "domain than the sender's and yours: check that they belong in the thread"
    )


def reply_to_finding(email: Email) -> str | None:
    """Return a finding when the reply goes to a Reply-To on another domain than the From.

    Says whether that domain looks like the sender's (same letters to the eye, the
    sender's name with words added, or the sender's domain with another one appended:
    ``client.example.evil.example``), whether its display name shows another address,
    and whether the reply goes to the sender as well (a Reply-To of several addresses).
    None when there is no Reply-To, it is on the From's domain (or a subdomain of it, or
    the reverse), or there is no From to compare with.
    """
    if email.sender is None or not email.reply_to:
        return None
    sender = _domain(email.sender.addr_spec)
    if not sender:
        return None
    also = any(a.addr_spec.lower() == email.sender.addr_spec.lower() for a in email.reply_to)
    for addr in email.reply_to:
        target = _domain(addr.addr_spec)
        if not target or target == sender:
            continue
        if target.endswith("." + sender) or sender.endswith("." + target):
            continue
        core, other = _core(sender), _core(target)
        looks_like = (
            _skeleton(core) == _skeleton(other)
            or (len(core) >= 4 and core in other)
            or target.startswith(sender + ".")
        )
        why = ", a look-alike of the sender's" if looks_like else ""
        name = addr.display_name
        if shows_other_address(name, addr.addr_spec):
            why += f', shown by its name as "{name}"'
        whom = "as well as to" if also else "not to"
        return (
            f"the reply goes to the Reply-To address {addr.addr_spec} (domain {target}"
            f"{why}), {whom} the sender {email.sender.addr_spec}: check that it is theirs"
        )
    return None


def many_copies_finding(email: Email, copies: Copies) -> str | None:
    """Return a finding when a reply to all copies more than :data:`MANY_COPIES` addresses.

    ``copies`` is the reply's Cc (:func:`assistant.mail.reply.reply_copies`). The finding
    says how many are copied, and when some were left out: past
    :data:`~assistant.mail.reply.MAX_RECIPIENTS` recipients (RFC 5321 4.5.3.1.8), or past
    the 1,000 addresses per header that :func:`assistant.mail.message.parse_email` reads.
    None for :data:`MANY_COPIES` or fewer.
    """
    count = len(copies.kept)
    if count <= MANY_COPIES:
        return None
    cut = []
    if copies.left_out:
        cut.append(
            f"{copies.left_out:,} more were left out (a reply goes to at most "
            f"{MAX_RECIPIENTS} recipients)"
        )
    unread = [d.split(":", 1)[0] for d in email.defects if "addresses; kept the first" in d]
    if unread:
        cut.append(f"the email's {' and '.join(unread)} held more than the 1,000 read per header")
    if not cut:
        return (
            f"the reply copies {count:,} addresses (Cc), all the email's other recipients: "
            "keep only those who need the answer, or reply to the sender only (--no-cc)"
        )
    return (
        f"the reply copies {count:,} addresses (Cc), the first of the email's other "
        f"recipients; {' and '.join(cut)}: keep only those who need the answer, or reply "
        "to the sender only (--no-cc)"
    )
