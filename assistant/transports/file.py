"""File delivery: the reply is written as ``<message-id>.eml`` into a plain folder.

``[transport] kind = "file"``, ``path``: the folder (created if its parent exists). A file of
the same name and content counts as delivered; other content is never overwritten.
"""

from __future__ import annotations

import hashlib
import re
import secrets
from collections.abc import Callable, Sequence
from email.parser import BytesHeaderParser
from pathlib import Path
from typing import ClassVar

from assistant.config.transport import TransportConfig
from assistant.errors import LocalDeliveryError
from assistant.files import write_new
from assistant.transports.base import DeliveryResult, folder_of


class FileTransport:
    """Write the message into the folder ``config.path``; LocalDeliveryError when it cannot."""

    kind: ClassVar[str] = "file"
    needs_sender: ClassVar[bool] = False

    def __init__(self, config: TransportConfig) -> None:
        self.path = folder_of(config)

    def deliver(
        self,
        eml: bytes,
        *,
        envelope_from: str,
        recipients: Sequence[str],
        on_handover: Callable[[], None] | None = None,
    ) -> DeliveryResult:
        """Write ``eml`` as ``<message-id>.eml`` (the envelope is not used)."""
        return _deliver_file(eml, self.path, on_handover)


def _make_folder(folder: Path, what: str) -> None:
    """Create ``folder`` (0700) unless it exists; never its parents (a typo in the path
    would otherwise make a tree anywhere). Raises LocalDeliveryError naming a missing parent.
    """
    if folder.is_dir():
        return
    if not folder.parent.is_dir():
        raise LocalDeliveryError(
            f"cannot write to {what} {folder}: its parent folder {folder.parent} does not "
            "exist; create it or fix [transport] path, then send again"
        )
    folder.mkdir(mode=0o700, exist_ok=True)


def _file_name(eml: bytes) -> str:
    """Return ``<message-id>.eml`` with unsafe characters replaced, or a content hash."""
    headers = BytesHeaderParser().parsebytes(eml)
    msgid = str(headers.get("Message-ID", "")).strip().strip("<>")
    safe = re.sub(r"[^A-Za-z0-9._@+=-]", "_", msgid).strip(".")[:200]
    return (safe or hashlib.sha256(eml).hexdigest()[:32]) + ".eml"


def _deliver_file(
    eml: bytes, path: Path, on_handover: Callable[[], None] | None = None
) -> DeliveryResult:
    folder = path.expanduser()
    target = folder / _file_name(eml)
    try:
        _make_folder(folder, "folder")
        try:
            write_new(
                folder / f".{target.name}.{secrets.token_hex(6)}.tmp",
                target,
                eml,
                before_link=on_handover,
            )
        except FileExistsError:
            if target.read_bytes() != eml:
                raise LocalDeliveryError(
                    f"{target} exists with other content; move it away, then send again"
                ) from None
            return DeliveryResult(kind="file", detail=f"file {target} (already there)", path=target)
    except OSError as exc:
        raise LocalDeliveryError(
            f"cannot write to {folder}: {exc.strerror or exc}; fix the folder, then send again"
        ) from None
    return DeliveryResult(kind="file", detail=f"file {target}", path=target)
