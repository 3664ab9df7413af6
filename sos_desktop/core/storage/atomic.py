"""Atomic file output: a temporary file beside the target, fsync, rename.

A failed or interrupted write never leaves a partial file at the target path; an existing good
file there stays as it was. Errors become ExportProblem naming the path and the cause.
"""

from __future__ import annotations

import errno
import hashlib
import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.storage.durable import fsync_folder


def describe_os_error(path: Path, exc: OSError) -> Message:
    folder = path.parent
    if isinstance(exc, FileNotFoundError) or exc.errno == errno.ENOENT:
        return Code.WRITE_NO_FOLDER_DRIVE(path=path, folder=folder)
    if isinstance(exc, PermissionError) or exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
        return Code.WRITE_NO_PERMISSION(path=path, folder=folder)
    if exc.errno == errno.ENOSPC:
        return Code.WRITE_DISK_FULL(path=path)
    if isinstance(exc, IsADirectoryError):
        return Code.WRITE_IS_FOLDER(path=path)
    return Code.WRITE_FAILED(path=path, detail=exc.strerror or str(exc))


class HashingWriter:
    """Wraps a binary file; keeps a SHA-256 of everything written."""

    def __init__(self, raw: IO[bytes]) -> None:
        self._raw = raw
        self.sha256 = hashlib.sha256()
        self.size = 0

    def write(self, data: bytes) -> int:
        self.sha256.update(data)
        self.size += len(data)
        return self._raw.write(data)


@contextmanager
def atomic_output(path: Path) -> Iterator[HashingWriter]:
    """Yield a hashing binary writer; on clean exit the file replaces `path` atomically."""
    path = Path(path)
    if path.is_dir():
        raise ExportProblem(Code.WRITE_IS_FOLDER(path=path))
    try:
        fd, tmp_name = tempfile.mkstemp(prefix=f".{path.name}.", suffix=".tmp", dir=path.parent)
    except OSError as exc:
        raise ExportProblem(describe_os_error(path, exc)) from exc
    tmp = Path(tmp_name)
    try:
        with os.fdopen(fd, "wb", buffering=1 << 20) as raw:
            writer = HashingWriter(raw)
            yield writer
            raw.flush()
            os.fsync(raw.fileno())
        os.replace(tmp, path)
        fsync_folder(path.parent)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportProblem(describe_os_error(path, exc)) from exc
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
