"""The automatic backups kept in the data folder's backups/: one when a visit is closed and
one a day when the app runs, in a rotating set (the last 10, plus the newest of each older
month). Each is a verified `VACUUM INTO` copy (copy.py): sign-ups stay exactly as stored.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path

from sos_desktop.core.backups.copy import write_copy
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.storage.db import Database

KEEP_LAST = 10
DAILY = timedelta(days=1)
_NAME = re.compile(r"^auto-(\d{8}T\d{6}Z)-([a-z-]+)\.sqlite3$")
_STAMP = "%Y%m%dT%H%M%SZ"


@dataclass(frozen=True)
class Backup:
    path: Path
    taken_at: datetime  # UTC
    reason: str  # daily, visit-closed, before-restore, before-<revision>


def list_backups(folder: Path) -> list[Backup]:
    """The app's backups in `folder` (automatic and pre-migration), newest first."""
    found = []
    if folder.is_dir():
        for path in folder.glob("*.sqlite3"):
            match = _NAME.match(path.name)
            if match:
                found.append(Backup(path, _parse_stamp(match[1]), match[2]))
            elif "-before-" in path.name:  # schema.backup_before_migration's name
                stamp = path.stem.rsplit("-", 1)[-1]
                try:
                    taken = _parse_stamp(stamp)
                except ValueError:
                    continue
                found.append(Backup(path, taken, "before-migration"))
    return sorted(found, key=lambda b: b.taken_at, reverse=True)


def _parse_stamp(stamp: str) -> datetime:
    """datetime.strptime(stamp, _STAMP) without it: this runs beside the window's first paint
    (the daily backup's thread), and strptime's first call imports ~7 ms of locale code."""
    digits = stamp[:8] + stamp[9:15]
    if len(stamp) != 16 or stamp[8] != "T" or stamp[15] != "Z" or not (
            digits.isascii() and digits.isdigit()):
        raise ValueError(f"not a backup time: {stamp!r}")
    return datetime(int(stamp[:4]), int(stamp[4:6]), int(stamp[6:8]), int(stamp[9:11]),
                    int(stamp[11:13]), int(stamp[13:15]))


def take_backup(db: Database, reason: str, clock: UtcClock = utc_now) -> Path:
    """A verified copy in backups/, then the set is pruned. Raises ExportProblem (disk full…)."""
    folder = backups_folder(db)
    now = clock()
    target = folder / f"auto-{now.strftime(_STAMP)}-{reason}.sqlite3"
    write_copy(db.path, target, own_folder=True)
    prune(folder)
    return target


def backup_if_due(db: Database, clock: UtcClock = utc_now) -> Path | None:
    """The daily backup, when the newest automatic one is a day old or there is none."""
    automatic = [b for b in list_backups(backups_folder(db)) if b.reason != "before-migration"]
    if automatic and clock() - automatic[0].taken_at < DAILY:
        return None
    return take_backup(db, "daily", clock)


def prune(folder: Path) -> list[Path]:
    """Keep the last KEEP_LAST automatic backups and the newest of each month before them;
    remove the rest and any temporary file a killed backup left. Pre-migration copies stay."""
    removed = [leftover for leftover in folder.glob(".*.tmp*")]
    automatic = [b for b in list_backups(folder) if b.reason != "before-migration"]
    months_kept: set[str] = set()
    for index, backup in enumerate(automatic):
        month = backup.taken_at.strftime("%Y-%m")
        if index < KEEP_LAST:
            months_kept.add(month)
            continue
        if month not in months_kept:
            months_kept.add(month)
            continue
        removed.append(backup.path)
    for path in removed:
        path.unlink(missing_ok=True)
    return removed


def backups_folder(db: Database) -> Path:
    from sos_desktop.core.paths import backups_dir

    return backups_dir(db.path.parent)
