"""Errors raised by draft-reply, and the exit status of each.

Every error the library raises on purpose is a :class:`DraftReplyError` subclass defined
here; its ``exit_code`` is an :class:`ExitStatus`, sysexits(3) where one fits. The library
raises these and never exits; the CLI's one funnel (:mod:`assistant.cli.app`) turns them
into one line on stderr and the code.
"""

from __future__ import annotations

from enum import IntEnum


class ExitStatus(IntEnum):
    """The process exit statuses of ``draft-reply``; values from sysexits(3) where one fits.

    ``COMMAND_LINE`` (2) is a bad command line, as Click and the shells report it;
    ``USAGE`` (64, EX_USAGE) is a command that was well formed but cannot run as asked (no
    terminal to confirm on, no editor). 130 and 141 are 128 + SIGINT and 128 + SIGPIPE, what a
    shell reports for a process those signals end.
    """

    SUCCESS = 0
    ERROR = 1  # any other error, or a confirmation answered no
    COMMAND_LINE = 2  # unknown or abbreviated option, missing argument, bad value
    USAGE = 64  # EX_USAGE
    DATAERR = 65  # EX_DATAERR: the input data is wrong
    NOINPUT = 66  # EX_NOINPUT: a file or a draft that does not exist
    UNAVAILABLE = 69  # EX_UNAVAILABLE: a service refused or cannot be reached
    SOFTWARE = 70  # EX_SOFTWARE: a bug
    CANTCREAT = 73  # EX_CANTCREAT: an output cannot be written
    IOERR = 74  # EX_IOERR
    TEMPFAIL = 75  # EX_TEMPFAIL: try again later
    CONFIG = 78  # EX_CONFIG
    INTERRUPTED = 130  # 128 + SIGINT
    BROKEN_PIPE = 141  # 128 + SIGPIPE: the reader of stdout went away


class DraftReplyError(Exception):
    """Base class of every error draft-reply raises on purpose.

    ``exit_code`` is the process status the CLI exits with (default 1).
    """

    exit_code: int = ExitStatus.ERROR


class DraftFailedError(DraftReplyError):
    """A bug stopped a draft after the reply text existed; the text was saved to a file.

    Exit code 70 (EX_SOFTWARE). The message names the file; the cause is chained
    (``__cause__``) for ``--debug``.
    """

    exit_code = ExitStatus.SOFTWARE


class UsageError(DraftReplyError):
    """The command line is wrong (options that exclude each other, a missing choice).

    Exit code 2, as for every other command-line mistake (a shell
    convention older than sysexits' EX_USAGE 64).
    """

    exit_code = ExitStatus.COMMAND_LINE


class BadEmailError(DraftReplyError):
    """The input is not an email we can read (empty, binary, no header block, too large).

    Exit code 65 (EX_DATAERR).
    """

    exit_code = ExitStatus.DATAERR


class InputNotFoundError(DraftReplyError):
    """The input file is missing or unreadable. Exit code 66 (EX_NOINPUT)."""

    exit_code = ExitStatus.NOINPUT


class ConfigError(DraftReplyError):
    """Configuration is wrong: bad config file, bad template, bad API key or model.

    Exit code 78 (EX_CONFIG).
    """

    exit_code = ExitStatus.CONFIG


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

    exit_code = ExitStatus.UNAVAILABLE


class LLMResponseError(LLMUnavailableError):
    """The LLM endpoint answered with something that is not a usable reply.

    Exit code 69 (EX_UNAVAILABLE).
    """


class OutputError(DraftReplyError):
    """The result could not be written (for example ``-o FILE`` in a missing folder).

    Exit code 73 (EX_CANTCREAT).
    """

    exit_code = ExitStatus.CANTCREAT


class AccountsError(ConfigError):
    """The client book or the work log cannot be loaded (bad TOML, bad CSV, bad values).

    The message names the file and line. Exit code 78 (EX_CONFIG): the book is configuration.
    """


class OutboxError(DraftReplyError):
    """The outbox database cannot be opened, read or written (corrupt, not SQLite, no permission).

    The message names the file; it is never recreated or overwritten. Exit code 74 (EX_IOERR).
    """

    exit_code = ExitStatus.IOERR


class NotQueuedError(OutboxError):
    """``sendmail``: the message could not be stored; the mail client keeps it. Exit 75
    (EX_TEMPFAIL), as mail programs expect of a queue that is not available now."""

    exit_code = ExitStatus.TEMPFAIL


class WorkerBusyError(OutboxError):
    """``worker``: another worker holds the inbound queue; try again later. Exit 75."""

    exit_code = ExitStatus.TEMPFAIL


class OutboxSchemaError(OutboxError):
    """The outbox was written by a newer draft-reply (a schema version this one does not know).

    Exit code 78 (EX_CONFIG): upgrade draft-reply or point it at another data dir.
    """

    exit_code = ExitStatus.CONFIG


class DraftNotFoundError(DraftReplyError):
    """No draft has that id, or an id prefix matches more than one draft.

    Exit code 66 (EX_NOINPUT).
    """

    exit_code = ExitStatus.NOINPUT


class DraftStateError(DraftReplyError):
    """The draft's state does not allow this (send a sent draft, edit one being sent).

    Exit code 65 (EX_DATAERR): the id given names a draft that cannot take this action.
    """

    exit_code = ExitStatus.DATAERR


class EditConflictError(DraftStateError):
    """``outbox edit``: another edit of the draft was saved while this one was open.

    Exit 65 (EX_DATAERR), as for other state conflicts; the losing text is kept in a
    file named in the message.
    """


class BlockedDraftError(DraftStateError):
    """``outbox send``: the text has findings that must not reach a client (a placeholder,
    an internal figure, a link no source gives). Exit 65; edit the draft or accept them
    with a reason."""


class CoolingOffError(DraftReplyError):
    """The draft is still cooling off: it may not be sent before its ``not_before`` time.

    Exit code 75 (EX_TEMPFAIL): try again later.
    """

    exit_code = ExitStatus.TEMPFAIL


class DeliveryError(DraftReplyError):
    """Base class of delivery failures; ``smtp_code`` is the server's reply code, if any."""

    exit_code = ExitStatus.UNAVAILABLE
    smtp_code: int | None = None

    def __init__(self, message: str, *, smtp_code: int | None = None) -> None:
        super().__init__(message)
        self.smtp_code = smtp_code


class TemporaryDeliveryError(DeliveryError):
    """Delivery failed for now (SMTP 4xx, connection refused, timeout); nothing was delivered.

    The draft goes back to waiting with the error recorded. Exit code 75 (EX_TEMPFAIL).
    """

    exit_code = ExitStatus.TEMPFAIL


class LocalDeliveryError(TemporaryDeliveryError):
    """The Maildir or file target could not be written; nothing was delivered.

    The draft goes back to waiting. Exit code 73 (EX_CANTCREAT).
    """

    exit_code = ExitStatus.CANTCREAT


class PermanentDeliveryError(DeliveryError):
    """The server refused the message for good (SMTP 5xx); the draft is marked failed.

    Exit code 69 (EX_UNAVAILABLE), as sendmail uses for permanent failures.
    """

    exit_code = ExitStatus.UNAVAILABLE


class DeliveryUncertainError(DeliveryError):
    """The connection broke after the message was handed over: it may or may not have arrived.

    The draft is marked unknown; settle it with ``outbox resolve ID --sent|--retry``.
    Exit code 74 (EX_IOERR).
    """

    exit_code = ExitStatus.IOERR


class OutboxBusyError(OutboxError):
    """Another draft-reply process held the outbox's write lock past the busy timeout.

    Nothing changed. Exit code 75 (EX_TEMPFAIL): run the command again in a moment.
    """

    exit_code = ExitStatus.TEMPFAIL


class ClientNotFoundError(DraftReplyError):
    """No client in the client book has that key, name or address (``clients show NAME``).

    Exit code 66 (EX_NOINPUT), like a draft id that matches nothing.
    """

    exit_code = ExitStatus.NOINPUT


class EditorFailedError(DraftReplyError):
    """``outbox edit``: the editor exited with a non-zero status; nothing changed. Exit 1.

    Exit 1 as ``git commit`` does when its editor fails: not a temporary condition (75) and
    not bad input data (65); the user fixes the editor and runs the command again.
    """

    exit_code = ExitStatus.ERROR


class NoEditorError(DraftReplyError):
    """``outbox edit``: no $VISUAL or $EDITOR and no terminal to run a default on. Exit 64."""

    exit_code = ExitStatus.USAGE


class EmptyTextError(DraftReplyError):
    """``outbox edit`` came back with no text. Exit 65 (EX_DATAERR)."""

    exit_code = ExitStatus.DATAERR


class EditedTextError(DraftReplyError):
    """``outbox edit``: the saved file is gone or cannot be read; the draft is unchanged.

    Exit 65 (EX_DATAERR). A file that exists is kept and its path named in the message.
    """

    exit_code = ExitStatus.DATAERR


class ConfirmationNeededError(DraftReplyError):
    """``outbox send`` needs a yes: no terminal to ask on and no ``--yes``. Exit 64 (EX_USAGE)."""

    exit_code = ExitStatus.USAGE


class NotConfirmedError(DraftReplyError):
    """The user answered no to ``outbox send``'s confirmation. Exit 1."""

    exit_code = ExitStatus.ERROR
