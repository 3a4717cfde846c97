"""Nothing lost to a failure: a reply that cannot be stored is saved as a file and named.

Files go to ``<data_dir>/rescued/`` (else the temp dir), mode 0600, never over another file.
"""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from pathlib import Path

from assistant.config import Settings
from assistant.errors import DraftFailedError, DraftReplyError, OutboxError
from assistant.files import write_new


@contextmanager
def saved_on_bug(text: str, settings: Settings, now: datetime) -> Iterator[None]:
    """Run the block; if it raises anything but a DraftReplyError (a bug), save ``text``.

    ``text`` (the reply as drafted, UTF-8) goes to ``<data_dir>/rescued/`` (else the temp
    dir) and DraftFailedError (exit 70) names the file, with the bug as its cause.
    DraftReplyError and BaseException (Ctrl-C) pass through unchanged.
    """
    try:
        yield
    except DraftReplyError:
        raise
    except Exception as exc:
        name = f"reply-{now.astimezone(UTC):%Y%m%dT%H%M%S}-{os.getpid()}.txt"
        saved = rescue(text.encode("utf-8", "surrogatepass"), name, settings)
        raise DraftFailedError(
            f"a bug stopped the draft after its text was written ({type(exc).__name__}: "
            f"{exc}); the text was saved to {saved}; run again with --debug and report it"
        ) from exc


def rescue(data: bytes, name: str, settings: Settings) -> Path:
    """Write ``data`` as ``name`` where it can be found: ``<data_dir>/rescued/``, else the
    temp dir (mode 0600, never over an existing file).

    The file appears whole or not at all, fsynced with its folder (:func:`write_new`): a
    full disk leaves no empty file behind. Raises OutboxError when neither place works.
    """
    for folder in (settings.data_dir / "rescued", Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            tmp = folder / f".{name}.{os.getpid()}.tmp"
            return write_new(tmp, folder / name, data)
        except OSError:
            continue
    raise OutboxError("the draft could not be stored, nor saved as a file; it is lost")
