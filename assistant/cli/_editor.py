"""The user's editor for ``outbox edit``: run it on the draft's text, read back what was saved.

The editor ($VISUAL, then $EDITOR, then a common one on a terminal) runs through the shell
on a temporary UTF-8 ``.txt`` file, as git runs it. The text is kept in that file when a
later step fails (:func:`kept_on_error`).
"""

from __future__ import annotations

import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from assistant.cli._output import warn
from assistant.display import without_invisible
from assistant.errors import DraftReplyError, EditedTextError, EditorFailedError, NoEditorError

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


def edit_text(text: str) -> tuple[str, Path, bool]:
    """Let the user edit ``text`` in their editor; return the saved text, its file, and
    whether that file must be kept (its text was decoded by a guess).

    The editor command runs through the shell, as git does with $EDITOR (so "code
    --wait" works), with a temporary .txt file as its last argument. The file is the
    caller's to delete once the text is stored. It is read as UTF-8 (a BOM dropped); text
    in another encoding (Latin-1 from an old editor) is decoded by charset-normalizer's
    guess, with a warning, and refused when there is none. Raises EditorFailedError when
    the editor exits non-zero (the draft is unchanged; the file is kept and named when
    it holds other text than the draft's, as git keeps a commit message), NoEditorError
    when there is none, EditedTextError when the editor removed the file or the text
    cannot be decoded (the file is kept and named).
    """
    import shlex
    import subprocess
    import tempfile

    command = editor_command()
    fd, name = tempfile.mkstemp(prefix="draft-reply-", suffix=".txt")
    path = Path(name)
    saved = False  # the editor failed after saving other text: keep it
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
            kept = ""
            if _saved_other_text(path, text):
                kept = f"; your text is kept in {path}"
                saved = True
            raise EditorFailedError(
                f"the editor ({command}) exited with status {status}{hint}; the draft is "
                f"unchanged{kept}"
            )
    except BaseException:
        if not saved:
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


def _saved_other_text(path: Path, text: str) -> bool:
    """Tell whether ``path`` holds something other than ``text`` (the editor saved)."""
    try:
        return path.read_bytes() != text.encode("utf-8")
    except OSError:
        return False


#: Names of the control characters people meet in text, for the warning.
_CONTROL_NAMES = {0: "NUL", 7: "BEL", 8: "BS", 11: "VT", 12: "FF", 27: "ESC", 127: "DEL"}


def without_controls(text: str) -> tuple[str, list[str]]:
    """Return ``text`` without control characters but tab and newline, and their names.

    CR LF and lone CR become LF. Others (NUL, ESC, BEL, C1 controls: Unicode category
    Cc), bidi controls and zero-width characters are removed: a reply carries none, and
    they would reach the client's screen.
    """
    import unicodedata

    text = text.replace("\r\n", "\n").replace("\r", "\n")
    text, invisible = without_invisible(text)
    kept: list[str] = []
    removed: list[str] = []
    for char in text:
        if char in "\t\n" or unicodedata.category(char) != "Cc":
            kept.append(char)
        else:
            removed.append(_CONTROL_NAMES.get(ord(char), f"U+{ord(char):04X}"))
    removed += ["bidi or zero-width"] * invisible
    return "".join(kept), removed


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
