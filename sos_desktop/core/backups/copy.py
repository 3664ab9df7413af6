"""One verified copy of the database, written by `VACUUM INTO`.

VACUUM INTO writes pages and cells in key order (a page-for-page copy would carry the write
order of the kiosk's records, see core/unlinkable.py), reads through a read-only connection
(so it works from a read-only or full data folder), and leaves no free pages holding old data.
The copy appears under its name only once complete, checked and synced; a failure (a full disk)
leaves nothing behind.
"""

from __future__ import annotations

import contextlib
import os
import sqlite3
from pathlib import Path

from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.failures import describe
from sos_desktop.core.readonly import connect_read_only

PRIVATE_FILE, PRIVATE_FOLDER = 0o600, 0o700


def write_copy(source: Path, target: Path, *, own_folder: bool = False) -> Path:
    """Copy the database at `source` to `target` (replaced atomically). Raises ExportProblem
    naming the target and the cause. `own_folder`: the target's folder is the app's (created
    user-only if missing); otherwise it must exist and is left as it is."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    if not own_folder and not target.parent.is_dir():
        raise ExportProblem(f"cannot write {target}: folder {target.parent} does not exist")
    try:
        if own_folder:
            make_private_folder(target.parent)
        tmp.unlink(missing_ok=True)
        # VACUUM INTO needs an absent or empty file: create it empty and user-only first.
        os.close(os.open(tmp, os.O_CREAT | os.O_EXCL | os.O_WRONLY, PRIVATE_FILE))
        conn = connect_read_only(source, query_only=False)
        try:
            conn.execute("VACUUM INTO ?", (str(tmp),))
        finally:
            conn.close()
        _verify(tmp, target)
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, target)
        fsync_folder(target.parent)
    except (sqlite3.Error, OSError) as exc:
        _remove(tmp)
        raise ExportProblem(describe(exc, target, "write the backup")) from exc
    except BaseException:
        _remove(tmp)
        raise
    return target


def _verify(tmp: Path, target: Path) -> None:
    dest = sqlite3.connect(tmp, isolation_level=None)
    try:
        dest.execute("PRAGMA journal_mode=DELETE")  # one self-contained file
        (verdict,) = dest.execute("PRAGMA integrity_check").fetchone()
    finally:
        dest.close()
    if verdict != "ok":
        raise ExportProblem(f"the backup copy {target} failed its integrity check: {verdict}")


def _remove(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)


def make_private_folder(folder: Path) -> None:
    """Create `folder` (and parents) if needed, readable by the user only on POSIX."""
    folder.mkdir(parents=True, exist_ok=True, mode=PRIVATE_FOLDER)
    if os.name == "posix" and folder.stat().st_mode & 0o077:
        folder.chmod(PRIVATE_FOLDER)


def fsync_folder(folder: Path) -> None:
    if os.name != "posix":
        return
    fd = os.open(folder, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)
