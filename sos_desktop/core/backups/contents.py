"""What each backup holds, for choosing one to restore, and a copy to another place.

`describe_backups` lists the app's backups newest first with when each was taken, why, its size
and what it holds (visits, survey responses, sign-ups), read through a read-only connection;
a backup that cannot be read says why instead of counts. `copy_backup_to` writes a verified
copy of the database into a folder the organizer chose (a USB stick): a folder that has gone
or a full stick is an ExportProblem naming it, and nothing half-written is left there.
"""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sos_desktop.core.backups.automatic import list_backups
from sos_desktop.core.backups.copy import write_copy
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.paths import backups_dir
from sos_desktop.core.storage.db import Database
from sos_desktop.core.storage.failures import Doing, describe
from sos_desktop.core.storage.readonly import connect_read_only

COPY_PREFIX = "sos-desktop-backup-"
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class BackupContents:
    path: Path
    taken_at: datetime | None  # UTC; None for a file whose name does not say
    reason: str  # daily, visit-closed, by-hand, before-restore, before-migration, other
    size: int  # bytes
    visits: int | None = None  # None when it could not be read
    responses: int | None = None
    signups: int | None = None
    problem: str | Message = ""  # why it could not be read


def read_contents(path: Path, taken_at: datetime | None = None,
                  reason: str = "other") -> BackupContents:
    path = Path(path)
    try:
        size = path.stat().st_size
        conn = connect_read_only(path)
        try:
            counts = [conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
                      for table in ("visits", "survey_responses", "signups")]
        finally:
            conn.close()
    except (sqlite3.Error, OSError) as exc:
        return BackupContents(path, taken_at, reason, path.stat().st_size if path.exists()
                              else 0, problem=describe(exc, path, Doing.READ))
    return BackupContents(path, taken_at, reason, size, *counts)


def describe_backups(data_dir: Path) -> list[BackupContents]:
    """The backups in the data folder's backups/, newest first, each with what it holds."""
    return [read_contents(b.path, b.taken_at, b.reason)
            for b in list_backups(backups_dir(data_dir))]


def copy_backup_to(db: Database, folder: Path, clock: UtcClock = utc_now) -> Path:
    """A verified copy of the database in `folder`, named with the time it was taken."""
    folder = Path(folder)
    if not folder.is_dir():
        raise ExportProblem(Code.BACKUP_FOLDER_GONE(folder=folder))
    target = folder / f"{COPY_PREFIX}{clock().strftime(_STAMP)}.sqlite3"
    try:
        return write_copy(db.path, target)
    except ExportProblem:
        raise
    except OSError as exc:  # the stick went away during the copy
        raise ExportProblem(describe(exc, target, Doing.WRITE_BACKUP)) from exc


def taken_from_name(path: Path) -> datetime | None:
    """When a copy made by `copy_backup_to` was taken, from its name."""
    stem = Path(path).stem
    if stem.startswith(COPY_PREFIX):
        try:
            return datetime.strptime(stem[len(COPY_PREFIX):], _STAMP)
        except ValueError:
            return None
    return None
