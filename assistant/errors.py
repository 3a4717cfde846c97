"""Errors raised by draft-reply; each class carries the exit code the CLI uses.

Exit codes follow sysexits(3) where one fits: 65 EX_DATAERR, 66 EX_NOINPUT,
69 EX_UNAVAILABLE, 75 EX_TEMPFAIL, 78 EX_CONFIG. The library raises these and
never exits; ``cli.main`` turns them into one line on stderr and the code.
"""

from __future__ import annotations


class DraftReplyError(Exception):
    """Base class of every error draft-reply raises on purpose.

    ``exit_code`` is the process status the CLI exits with (default 1).
    """

    exit_code: int = 1


class DraftFailedError(DraftReplyError):
    """A bug stopped a draft after the reply text existed; the text was saved to a file.

    Exit code 70 (EX_SOFTWARE). The message names the file; the cause is chained
    (``__cause__``) for ``--debug``.
    """

    exit_code = 70


class UsageError(DraftReplyError):
    """The command line is wrong (options that exclude each other, a missing choice).

    Exit code 2, as for every other command-line mistake argparse reports (a shell
    convention older than sysexits' EX_USAGE 64).
    """

    exit_code = 2


class BadEmailError(DraftReplyError):
    """The input is not an email we can read (empty, binary, no header block, too large).

    Exit code 65 (EX_DATAERR).
    """

    exit_code = 65


class InputNotFoundError(DraftReplyError):
    """The input file is missing or unreadable. Exit code 66 (EX_NOINPUT)."""

    exit_code = 66


class ConfigError(DraftReplyError):
    """Configuration is wrong: bad config file, bad template, bad API key or model.

    Exit code 78 (EX_CONFIG).
    """

    exit_code = 78


class TemplateError(ConfigError):
    """A prompt template is missing, fails to parse, or uses an undefined variable.

    Exit code 78 (EX_CONFIG): templates are configuration.
    """


class LLMConfigError(ConfigError):
    """The LLM endpoint refused the request for a reason the user must fix.

    HTTP 400, 401, 403 or 404 (bad request, bad key, no permission, unknown model).
    Exit code 78 (EX_CONFIG).
    """


class LLMUnavailableError(DraftReplyError):
    """The LLM endpoint could not be reached or kept failing until the deadline.

    Connection errors, timeouts, 429 and 5xx after retries. Exit code 69 (EX_UNAVAILABLE).
    """

    exit_code = 69


class LLMResponseError(LLMUnavailableError):
    """The LLM endpoint answered with something that is not a usable reply.

    Exit code 69 (EX_UNAVAILABLE).
    """


class OutputError(DraftReplyError):
    """The result could not be written (for example ``-o FILE`` in a missing folder).

    Exit code 73 (EX_CANTCREAT).
    """

    exit_code = 73


class AccountsError(ConfigError):
    """The client book or the work log cannot be loaded (bad TOML, bad CSV, bad values).

    The message names the file and line. Exit code 78 (EX_CONFIG): the book is configuration.
    """


class OutboxError(DraftReplyError):
    """The outbox database cannot be opened, read or written (corrupt, not SQLite, no permission).

    The message names the file; it is never recreated or overwritten. Exit code 74 (EX_IOERR).
    """

    exit_code = 74


class OutboxSchemaError(OutboxError):
    """The outbox was written by a newer draft-reply (a schema version this one does not know).

    Exit code 78 (EX_CONFIG): upgrade draft-reply or point it at another data dir.
    """

    exit_code = 78


class DraftNotFoundError(DraftReplyError):
    """No draft has that id, or an id prefix matches more than one draft.

    Exit code 66 (EX_NOINPUT).
    """

    exit_code = 66


class DraftStateError(DraftReplyError):
    """The draft's state does not allow this (send a sent draft, edit one being sent).

    Exit code 65 (EX_DATAERR): the id given names a draft that cannot take this action.
    """

    exit_code = 65


class CoolingOffError(DraftReplyError):
    """The draft is still cooling off: it may not be sent before its ``not_before`` time.

    Exit code 75 (EX_TEMPFAIL): try again later.
    """

    exit_code = 75


class DeliveryError(DraftReplyError):
    """Base class of delivery failures; ``smtp_code`` is the server's reply code, if any."""

    exit_code = 69
    smtp_code: int | None = None

    def __init__(self, message: str, *, smtp_code: int | None = None) -> None:
        super().__init__(message)
        self.smtp_code = smtp_code


class TemporaryDeliveryError(DeliveryError):
    """Delivery failed for now (SMTP 4xx, connection refused, timeout); nothing was delivered.

    The draft goes back to waiting with the error recorded. Exit code 75 (EX_TEMPFAIL).
    """

    exit_code = 75


class LocalDeliveryError(TemporaryDeliveryError):
    """The Maildir or file target could not be written; nothing was delivered.

    The draft goes back to waiting. Exit code 73 (EX_CANTCREAT).
    """

    exit_code = 73


class PermanentDeliveryError(DeliveryError):
    """The server refused the message for good (SMTP 5xx); the draft is marked failed.

    Exit code 69 (EX_UNAVAILABLE), as sendmail uses for permanent failures.
    """

    exit_code = 69


class DeliveryUncertainError(DeliveryError):
    """The connection broke after the message was handed over: it may or may not have arrived.

    The draft is marked unknown; settle it with ``outbox resolve ID --sent|--retry``.
    Exit code 74 (EX_IOERR).
    """

    exit_code = 74


class OutboxBusyError(OutboxError):
    """Another draft-reply process held the outbox's write lock past the busy timeout.

    Nothing changed. Exit code 75 (EX_TEMPFAIL): run the command again in a moment.
    """

    exit_code = 75


class ClientNotFoundError(DraftReplyError):
    """No client in the client book has that key, name or address (``clients show NAME``).

    Exit code 66 (EX_NOINPUT), like a draft id that matches nothing.
    """

    exit_code = 66
