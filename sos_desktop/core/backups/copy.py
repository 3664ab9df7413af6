"""One verified copy of the database, written by `VACUUM INTO`.

VACUUM INTO writes pages and cells in key order (a page-for-page copy would carry the write
order of the kiosk's records, see core/storage/unlinkable.py), reads through a read-only connection
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
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.durable import fsync_folder
from sos_desktop.core.storage.failures import Doing, describe
from sos_desktop.core.storage.leftovers import PRIVATE_FILE, make_private_folder, noted
from sos_desktop.core.storage.readonly import connect_read_only


def write_copy(source: Path, target: Path, *, own_folder: bool = False) -> Path:
    """Copy the database at `source` to `target` (replaced atomically). Raises ExportProblem
    naming the target and the cause. `own_folder`: the target's folder is the app's (created
    user-only if missing); otherwise it must exist and is left as it is."""
    target = Path(target)
    tmp = target.with_name(f".{target.name}.tmp")
    if not own_folder and not target.parent.is_dir():
        raise ExportProblem(Code.WRITE_NO_FOLDER(path=target, folder=target.parent))
    try:
        if own_folder:
            make_private_folder(target.parent)
        tmp.unlink(missing_ok=True)
        # Listed while it exists: a kill leaves nothing the next start does not remove.
        with noted(Path(source).parent, tmp):
            try:
                _copy(source, tmp, target)
            except BaseException:
                _remove(tmp)
                raise
        fsync_folder(target.parent, strict=True)
    except (sqlite3.Error, OSError) as exc:
        raise ExportProblem(describe(exc, target, Doing.WRITE_BACKUP)) from exc
    return target


def _copy(source: Path, tmp: Path, target: Path) -> None:
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


def _verify(tmp: Path, target: Path) -> None:
    with open(tmp, "rb") as handle:
        wal = handle.read(20)[18:20] == b"\x02\x02"
    if wal:  # an older SQLite may copy the WAL flag: make it one self-contained file
        dest = sqlite3.connect(tmp, isolation_level=None)
        try:
            dest.execute("PRAGMA journal_mode=DELETE")
        finally:
            dest.close()
    # Read-only: checking the copy writes nothing, so no -journal beside it.
    dest = sqlite3.connect(f"{tmp.resolve().as_uri()}?mode=ro", uri=True, isolation_level=None)
    try:
        (verdict,) = dest.execute("PRAGMA integrity_check").fetchone()
    finally:
        dest.close()
    if verdict != "ok":
        raise ExportProblem(Code.BACKUP_COPY_BAD(path=target, verdict=verdict))


def _remove(tmp: Path) -> None:
    for leftover in (tmp, tmp.with_name(tmp.name + "-journal")):
        with contextlib.suppress(OSError):
            leftover.unlink(missing_ok=True)
