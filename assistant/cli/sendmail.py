"""``draft-reply sendmail``: the sendmail command line, so a mail client's mail waits too.

Point mutt's ``$sendmail``, aerc's ``sendmail`` or git's ``sendemail.sendmailCmd`` at
``draft-reply sendmail``. It reads the message on standard input and holds it in the
outbox (:func:`assistant.outbox.own.hold_own`); it exits 0 at once: the message is
queued, not lost. Accepted, as sendmail(8) has them: ``-t`` (recipients from To, Cc and
Bcc, besides those given), ``-i`` / ``-oi`` (a lone "." does not end the message; it
never does here), ``-f ADDR`` (envelope sender), ``-F NAME`` and other ``-o`` options
(ignored), ``--`` and the recipients as arguments. When the message cannot be stored,
nothing is queued and the exit status is 75 (temporary), so the mail client keeps it;
an unreadable message or an invalid recipient is 65 (EX_DATAERR) and a configuration
error 78 (EX_CONFIG), refused at once with nothing queued either.
"""

from __future__ import annotations

import sys
from collections.abc import Sequence

import click

from assistant.cli._output import echo
from assistant.display import describe_wait
from assistant.errors import NotQueuedError, OutboxError, UsageError

_HELP = """\
usage: draft-reply sendmail [-t] [-i] [-oi] [-f ADDR] [--] [RECIPIENT...] < message

Hold a message from a mail client in the outbox, where it waits for its
cooling-off; then 'draft-reply worker' (or 'draft-reply outbox send ID')
delivers it through [transport]. Point mutt's $sendmail, aerc's sendmail or
git's sendemail.sendmailCmd here.

  -t        also send to the To, Cc and Bcc of the message (Bcc is not kept
            in the copy that is sent)
  -i, -oi   accepted (a lone "." never ends a message here)
  -f ADDR   the envelope sender
  --        the rest are recipients

Exit codes: 0 queued; 2 bad command line; 65 the message is not readable
mail, or a recipient is invalid or none is given; 75 the outbox cannot
store it now; 78 configuration (the config file, or no From and no
[identity] from). Whenever it is not 0, nothing is queued and your mail
client keeps the message."""

_IGNORED_WITH_VALUE = ("-F", "-B", "-N", "-R", "-V", "-X", "-O", "-L")


def parse_sendmail_args(args: Sequence[str]) -> tuple[bool, str | None, list[str]]:
    """Return (``-t`` given, the ``-f`` sender, the recipients) from sendmail arguments.

    Raises UsageError for an option it does not know or one missing its value.
    """
    from_headers = False
    sender: str | None = None
    recipients: list[str] = []
    words = list(args)
    while words:
        word = words.pop(0)
        if word == "--":
            recipients += words
            break
        if not word.startswith("-") or word == "-":
            recipients.append(word)
        elif word == "-t":
            from_headers = True
        elif word in ("-i", "-oi", "-oem", "-odb", "-odi", "-om") or word.startswith("-o"):
            continue  # delivery options of a real MTA: nothing to do for a queue
        elif word.startswith("-f"):
            sender = word[2:] or (words.pop(0) if words else None)
            if not sender:
                raise UsageError("sendmail: -f needs an address")
        elif word.startswith(_IGNORED_WITH_VALUE):
            if len(word) == 2 and words:
                words.pop(0)
        else:
            raise UsageError(f"sendmail: unknown option {word}")
    return from_headers, sender, recipients


def _sendmail(args: tuple[str, ...]) -> None:
    """Hold the message on standard input in the outbox (sendmail's command line)."""
    from datetime import UTC, datetime

    from assistant.config import load_settings
    from assistant.outbox.own import hold_own
    from assistant.outbox.store import Outbox

    if args[:1] == ("--help",):
        echo(_HELP)
        return
    from_headers, sender, recipients = parse_sendmail_args(args)
    if sys.stdin is None:
        raise UsageError("sendmail: the message is read from standard input, which is closed")
    raw = sys.stdin.buffer.read()
    settings = load_settings()
    now = datetime.now(UTC)
    try:
        with Outbox.open(settings.outbox_path) as outbox:
            held = hold_own(
                raw,
                outbox,
                settings,
                now,
                recipients=recipients,
                from_headers=from_headers,
                envelope_from=sender,
            )
    except OutboxError as exc:
        raise NotQueuedError(
            f"{exc}; the message was not queued (your mail client keeps it)"
        ) from None
    # local time, as 'outbox list' and 'outbox add' show it
    when = describe_wait(held.not_before, now) if held.state_at(now) == "cooling" else "now"
    echo(f"draft-reply: held your message {held.id}: sendable {when}", err=True)


sendmail = click.Command(
    "sendmail",
    callback=_sendmail,
    params=[click.Argument(["args"], nargs=-1, type=click.UNPROCESSED)],
    help="Hold mail from a mail client in the outbox (sendmail's command line).",
    short_help="Hold mail from a mail client in the outbox (sendmail's command line).",
    context_settings={"ignore_unknown_options": True, "help_option_names": []},
    add_help_option=False,
)
