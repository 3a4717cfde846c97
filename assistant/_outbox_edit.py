"""Editing a waiting draft (``draft-reply outbox edit``): the editor, the text, the rebuild.

The user's editor ($VISUAL, then $EDITOR, then a common one on a terminal) runs through
the shell on a temporary UTF-8 ``.txt`` file, as git runs it. The saved text is assessed
again and the reply message rebuilt with the headers it was drafted with (RFC 5322 3.6.4
threading kept); the cooling-off can only grow. Imported only by ``outbox edit``.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any

from assistant._output import warn
from assistant.errors import DraftReplyError

if TYPE_CHECKING:
    from assistant.config import Settings
    from assistant.outbox import StoredDraft

EX_USAGE = 64


class EditorFailedError(DraftReplyError):
    """``outbox edit``: the editor exited with a non-zero status; nothing changed. Exit 1.

    Exit 1 as ``git commit`` does when its editor fails: not a temporary condition (75) and
    not bad input data (65); the user fixes the editor and runs the command again.
    """

    exit_code = 1


class NoEditorError(DraftReplyError):
    """``outbox edit``: no $VISUAL or $EDITOR and no terminal to run a default on. Exit 64."""

    exit_code = EX_USAGE


class EmptyTextError(DraftReplyError):
    """``outbox edit`` came back with no text. Exit 65 (EX_DATAERR)."""

    exit_code = 65


def rebuild(draft: StoredDraft, body: str, settings: Settings, now: datetime) -> dict[str, Any]:
    """Assess ``body``, decide its cooling-off and rebuild the message; keyword args for
    ``Outbox.update_body``."""
    from email import policy
    from email.parser import BytesHeaderParser

    from assistant import cooling, tone
    from assistant.message import parse_email
    from assistant.reply import build_reply, serialize

    limit = max(settings.max_message_bytes, len(draft.source_eml))  # it was read once already
    source = parse_email(draft.source_eml, max_bytes=limit)
    heat_in = tone.assess_inbound(source.subject, source.new_text, source.language)
    heat_out = tone.assess(body, draft.language)
    decision = cooling.decide(
        created=draft.created,
        inbound=heat_in,
        draft=heat_out,
        policy=settings.cooling_policy,
        tz=cooling.local_zone(),
    )
    stored = BytesHeaderParser(policy=policy.default).parsebytes(draft.eml)
    msg = build_reply(
        source,
        body,
        from_address=str(stored["From"]) if stored["From"] else settings.identity,
        now=now,
        language=draft.language,
        message_id=draft.message_id,
    )
    for name in ("To", "Cc", "Subject", "In-Reply-To", "References"):
        # The reply keeps the headers it was drafted with, whatever the config says now.
        if stored[name] is None:
            del msg[name]
        elif msg[name] is not None:
            msg.replace_header(name, str(stored[name]))
        else:
            msg[name] = str(stored[name])
    kept = cooling.extend(draft.not_before, decision)  # never earlier than before
    return {
        "body": body,
        "eml": serialize(msg),
        "not_before": kept.not_before,
        "cooling_reason": kept.reason,
        "heat_out": heat_out.score,
    }


_FALLBACK_EDITORS = ("sensible-editor", "editor", "nano", "vim", "vi")


def editor_command() -> str:
    """Return the editor command line: $VISUAL, then $EDITOR, then a common one on a terminal.

    Raises NoEditorError when neither is set and stdin is not a terminal: a default editor
    would wait for keys that never come.
    """
    import shutil

    for name in ("VISUAL", "EDITOR"):
        command = os.environ.get(name, "").strip()
        if command:
            return command
    if sys.stdin.isatty():
        for candidate in _FALLBACK_EDITORS:
            if shutil.which(candidate):
                return candidate
    raise NoEditorError(
        "no editor to edit in: set EDITOR (e.g. export EDITOR=nano) or VISUAL and run "
        "draft-reply outbox edit again"
    )


class EditedTextError(DraftReplyError):
    """``outbox edit``: the saved file is gone or cannot be read; the draft is unchanged.

    Exit 65 (EX_DATAERR). A file that exists is kept and its path named in the message.
    """

    exit_code = 65


def edit_text(text: str) -> tuple[str, Path, bool]:
    """Let the user edit ``text`` in their editor; return the saved text, its file, and
    whether that file must be kept (its text was decoded by a guess).

    The editor command runs through the shell, as git does with $EDITOR (so "code
    --wait" works), with a temporary .txt file as its last argument. The file is the
    caller's to delete once the text is stored. It is read as UTF-8 (a BOM dropped); text
    in another encoding (Latin-1 from an old editor) is decoded by charset-normalizer's
    guess, with a warning, and refused when there is none. Raises EditorFailedError when
    the editor exits non-zero (the file is deleted: the draft is unchanged), NoEditorError
    when there is none, EditedTextError when the editor removed the file or the text
    cannot be decoded (the file is kept and named).
    """
    import shlex
    import subprocess
    import tempfile

    command = editor_command()
    fd, name = tempfile.mkstemp(prefix="draft-reply-", suffix=".txt")
    path = Path(name)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as fh:
            fh.write(text)
        try:
            status = subprocess.call(f"{command} {shlex.quote(name)}", shell=True)
        except OSError as exc:
            raise EditorFailedError(
                f"cannot run the editor ({command}): {exc.strerror}; the draft is unchanged"
            ) from None
        if status != 0:
            hint = "; is it installed? set EDITOR" if status == 127 else ""
            raise EditorFailedError(
                f"the editor ({command}) exited with status {status}{hint}; the draft is unchanged"
            )
    except BaseException:
        path.unlink(missing_ok=True)
        raise
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise EditedTextError(
            f"the editor ({command}) removed {path}; the draft is unchanged"
        ) from None
    except OSError as exc:
        raise EditedTextError(
            f"cannot read the edited text in {path}: {exc.strerror}; the draft is unchanged "
            "and the file is kept"
        ) from None
    try:
        return data.decode("utf-8-sig"), path, False
    except UnicodeDecodeError:
        return _decode_edited(data, path), path, True


def _decode_edited(data: bytes, path: Path) -> str:
    """Return saved bytes that are not UTF-8 as text by charset-normalizer's guess (warned)."""
    from charset_normalizer import from_bytes

    try:
        data.decode("utf-8-sig")
        bad = 0
    except UnicodeDecodeError as exc:
        bad = exc.start

    guess = from_bytes(data).best()
    if guess is None or guess.encoding is None:
        raise EditedTextError(
            f"the edited text in {path} is not UTF-8 (byte {data[bad]:#04x} at offset "
            f"{bad}); save it as UTF-8 and copy it in with outbox edit again; the draft "
            "is unchanged and the file is kept"
        )
    warn(
        f"the edited text was not UTF-8; read it as {guess.encoding} (check it with outbox "
        f"show; your file is kept in {path})"
    )
    return str(guess)


@contextmanager
def kept_on_error(path: Path, keep: bool = False) -> Iterator[None]:
    """Delete the edited text's file when the block succeeds (unless ``keep``); keep it and
    name it in the error otherwise."""
    try:
        yield
    except DraftReplyError as exc:
        kept = type(exc)(f"{exc}; your edited text is kept in {path}")
        raise kept from None
    except BaseException:
        warn(f"your edited text is kept in {path}")
        raise
    if not keep:
        path.unlink(missing_ok=True)
