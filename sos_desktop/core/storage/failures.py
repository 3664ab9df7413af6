"""Name the cause of a failed file or database operation in words a person can act on.

SQLite often reports a full disk or a read-only folder as a bare "disk I/O error" or "unable to
open database file"; the error codes (and, when they are vague, the folder itself) say which.
"""

from __future__ import annotations

import errno
import os
import sqlite3
from enum import StrEnum
from pathlib import Path

from sos_desktop.core.messages import Code, Message

DISK_FULL, READ_ONLY, DAMAGED, BUSY = "disk full", "read-only", "damaged", "busy"

# Primary result codes (the low byte of an extended code).
_SQLITE_CAUSES = {13: DISK_FULL, 8: READ_ONLY, 3: READ_ONLY, 11: DAMAGED, 26: DAMAGED,
                  5: BUSY, 6: BUSY}
_ERRNO_CAUSES = {errno.ENOSPC: DISK_FULL, errno.EDQUOT: DISK_FULL, errno.EROFS: READ_ONLY,
                 errno.EACCES: READ_ONLY, errno.EPERM: READ_ONLY}
_MESSAGES = (("database or disk is full", DISK_FULL), ("readonly", READ_ONLY),
             ("read-only", READ_ONLY), ("malformed", DAMAGED), ("not a database", DAMAGED))
LOW_SPACE = 256 * 1024  # below this much free space a vague I/O error is a full disk


def cause(exc: BaseException, path: Path | None = None) -> str | None:
    """DISK_FULL, READ_ONLY, DAMAGED, BUSY or None (unknown). `path`: the file concerned, whose
    folder is examined when the error itself is vague."""
    exc = unwrap(exc)
    found = None
    if isinstance(exc, sqlite3.Error):
        code: int | None = getattr(exc, "sqlite_errorcode", None)
        found = _SQLITE_CAUSES.get(code & 0xFF) if code is not None else None
        text = str(exc).lower()
        found = found or next((c for m, c in _MESSAGES if m in text), None)
    elif isinstance(exc, OSError):
        found = _ERRNO_CAUSES.get(exc.errno) if exc.errno is not None else None
        path = path or (Path(exc.filename) if exc.filename else None)
    if found is None and path is not None and isinstance(exc, sqlite3.Error | OSError):
        found = folder_state(Path(path).parent)
    return found


def unwrap(exc: BaseException) -> BaseException:
    """sqlite3's own error inside SQLAlchemy's wrapper (whose text carries the statement's
    parameters, contact data included: never shown)."""
    inner = getattr(exc, "orig", None)
    return inner if isinstance(inner, sqlite3.Error) else exc


def folder_state(folder: Path) -> str | None:
    """READ_ONLY or DISK_FULL when the folder is so, else None."""
    import shutil  # not at the top: every command's start loads this module, rarely this

    try:
        if folder.is_dir() and not _writable(folder):
            return READ_ONLY
        if folder.is_dir() and shutil.disk_usage(folder).free < LOW_SPACE:
            return DISK_FULL
    except OSError:
        return None
    return None


def _writable(folder: Path) -> bool:
    if not os.access(folder, os.W_OK):
        return False
    try:  # root passes os.access; a read-only mount does not take a file
        probe = folder / f".sos-write-probe-{os.getpid()}"
        probe.touch()
        probe.unlink()
    except OSError as exc:
        return exc.errno not in (errno.EROFS, errno.EACCES, errno.EPERM)
    return True


ADVICE = {
    DISK_FULL: "the disk is full: free some space (empty the trash, remove large files) and "
               "try again",
    READ_ONLY: "the folder is read-only (a locked drive, a read-only mount or no permission): "
               "use a writable data folder (--data-dir) or copy the data out with "
               "`sos-desktop backup --out FILE`",
    DAMAGED: "the database is damaged: restore a backup (`sos-desktop restore FILE`, "
             "see `sos-desktop restore --list`)",
    BUSY: "another program is using the database: close other SOS Desktop windows and "
          "try again",
}


class Doing(StrEnum):
    """What was being done when an operation failed: "could not DOING PATH"."""

    OPEN = "open"
    READ = "read"
    WRITE = "write"
    SET_UP = "set up"
    RESTORE = "restore"
    USE = "use"
    WRITE_BACKUP = "write the backup"
    CREATE_DATA_FOLDER = "create the data folder for"


def describe(exc: BaseException, path: Path, doing: Doing | str = Doing.USE) -> Message:
    """One line: what failed (naming the file), its cause, and what to do. `doing` is a Doing,
    or (logs.unexpected_message's "run `COMMAND` on") a phrase only English says."""
    found = cause(exc, path)
    exc = unwrap(exc)
    detail = str(exc) or type(exc).__name__
    if found is None:
        return Code.FAILED(doing=doing, path=path, detail=detail)
    return Code.FAILED_BECAUSE(doing=doing, path=path, cause=found, advice=ADVICE[found],
                               detail=detail)
