"""Making a rename durable: the one fsync helper for folders (exports, backups, restores,
notes). Loads nothing but os, so start-up can use it."""

from __future__ import annotations

import os
from pathlib import Path


def fsync_folder(folder: Path, *, strict: bool = False) -> None:
    """Make a rename in `folder` durable: the one helper for it. Not possible on every platform
    (Windows: nothing to do). `strict` raises what fsync raises (a backup must know its copy
    is safe); otherwise a failure is only a rename that may not survive a power cut."""
    if os.name != "posix":
        return
    try:
        fd = os.open(folder, os.O_RDONLY)
    except OSError:
        if strict:
            raise
        return
    try:
        os.fsync(fd)
    except OSError:
        if strict:
            raise
    finally:
        os.close(fd)
