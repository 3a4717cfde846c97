"""Sending claims: who is delivering a draft now, and how far the delivery got.

A process that sends a draft holds an exclusive advisory lock (``flock(2)``) on the file
``<outbox>.sending/<draft id>`` for as long as it sends. The kernel releases the lock
when the process ends, however it ends, so liveness needs no pid, host name or clock:
a ``sending`` draft whose claim file is not locked was left by a process that stopped.
The file also records the delivery's stage (:data:`STAGES`), rewritten in place and
fsynced at each step: it is allocated whole when the claim is taken, so recording the
outcome needs no free disk space, and a delivery the outbox could not record (a full
disk after the server accepted) is settled from it later. A draft's claim file is
removed once its outcome is stored in the outbox.
"""

from __future__ import annotations

import fcntl
import json
import os
from contextlib import suppress
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Literal

#: Bytes allocated for a claim file; a record is written in place within them.
CLAIM_SIZE = 4096
#: The stages a claim records, in order: taken; the message may start to leave (SMTP 354);
#: accepted by the transport; not delivered (a temporary failure); refused for good.
STAGES = ("claimed", "handing-over", "delivered", "not-delivered", "refused")

Status = Literal["held", "free", "missing"]


def claims_folder(outbox_path: Path) -> Path:
    """Return the folder of the claim files of the outbox at ``outbox_path``."""
    return outbox_path.with_name(outbox_path.name + ".sending")


@dataclass
class Claim:
    """A claim file whose lock this process holds; ``previous`` is the record found in it."""

    path: Path
    fd: int
    previous: dict[str, Any] | None

    def note(self, stage: str, detail: str = "", **fields: Any) -> None:
        """Record ``stage`` (one of :data:`STAGES`) and ``detail`` in place, then fsync.

        Raises OSError when the write or fsync fails (an I/O error: the space is allocated).
        """
        if stage not in STAGES:
            raise ValueError(f"unknown claim stage {stage!r}")
        record = {**fields, "stage": stage, "detail": detail}
        data = json.dumps(record, ensure_ascii=False).encode("utf-8")
        if len(data) > CLAIM_SIZE:
            record["detail"] = detail[: CLAIM_SIZE // 8] + "…"
            data = json.dumps(record, ensure_ascii=False).encode("utf-8")[:CLAIM_SIZE]
        os.pwrite(self.fd, data.ljust(CLAIM_SIZE, b" "), 0)
        os.fsync(self.fd)

    def release(self, *, remove: bool) -> None:
        """Give the lock up; with ``remove`` delete the file first (the outcome is stored)."""
        if self.fd < 0:
            return
        if remove:
            with suppress(OSError):
                self.path.unlink()
        os.close(self.fd)
        self.fd = -1


def take(folder: Path, draft_id: str) -> Claim | None:
    """Create or open the claim file of ``draft_id`` and lock it; None when another holds it.

    The file is allocated whole (:data:`CLAIM_SIZE`) and its folder created mode 0700.
    ``previous`` is what an earlier, interrupted claim recorded there (None for a new
    file). Raises OSError when the file cannot be created or allocated (a full disk).
    """
    folder.mkdir(mode=0o700, exist_ok=True)
    path = folder / draft_id
    claim = _locked(path, create=True)
    if claim is None:
        return None
    try:
        if hasattr(os, "posix_fallocate"):
            os.posix_fallocate(claim.fd, 0, CLAIM_SIZE)
        else:  # pragma: no cover - macOS
            os.pwrite(claim.fd, b" " * CLAIM_SIZE, 0)
        dir_fd = os.open(folder, os.O_RDONLY)
        try:
            os.fsync(dir_fd)
        finally:
            os.close(dir_fd)
    except BaseException:
        claim.release(remove=claim.previous is None)
        raise
    return claim


def probe(folder: Path, draft_id: str) -> tuple[Status, Claim | None]:
    """Tell whether a process holds the claim of ``draft_id``.

    Returns ``("held", None)`` while its sender runs, ``("missing", None)`` when there is
    no claim file (it cannot be verified), and ``("free", claim)`` when the sender has
    stopped: the lock is then this process's, with the sender's last record in
    ``claim.previous``; the caller stores the outcome and releases it.
    """
    try:
        claim = _locked(folder / draft_id, create=False)
    except FileNotFoundError:
        return "missing", None
    except OSError:
        return "held", None  # cannot be opened here (permissions): leave it to its owner
    if claim is None:
        return "held", None
    return "free", claim


def _locked(path: Path, *, create: bool) -> Claim | None:
    """Open ``path`` and lock it without waiting; None when another process holds it.

    A file removed by its holder between our open and our lock is opened again, so two
    processes never hold claims on different files of one name. Raises FileNotFoundError
    without ``create`` when there is no file.
    """
    flags = os.O_RDWR | os.O_CREAT if create else os.O_RDONLY
    while True:
        fd = os.open(path, flags, 0o600)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except BlockingIOError:
            os.close(fd)
            return None
        except BaseException:
            os.close(fd)
            raise
        try:
            same = os.path.samestat(os.fstat(fd), os.stat(path))
        except FileNotFoundError:
            same = False
        if same:
            return Claim(path, fd, _read(fd))
        os.close(fd)
        if not create:
            raise FileNotFoundError(path)


def _read(fd: int) -> dict[str, Any] | None:
    """Return the record in a claim file, None for an empty file, ``{}`` for an unreadable one."""
    data = os.pread(fd, CLAIM_SIZE, 0).rstrip(b" \0")
    if not data:
        return None
    try:
        record = json.loads(data)
    except ValueError:
        return {}
    return record if isinstance(record, dict) and record.get("stage") in STAGES else {}
