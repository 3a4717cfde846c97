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
