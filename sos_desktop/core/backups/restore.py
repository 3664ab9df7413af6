"""Put a backup back in place of the database, keeping the current state first.

The current file is never overwritten without a copy: a good database is backed up as usual
("before-restore"); a damaged one, which SQLite cannot copy, is moved aside whole (with its
-wal) as `damaged-<time>.sqlite3` in backups/. The chosen backup is checked before anything
is touched, then copied in beside the database and renamed over it.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.backups.automatic import Backup, list_backups, take_backup
from sos_desktop.core.backups.salvage import Salvage, is_sound, salvage_into
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import DatabaseProblem, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.paths import backups_dir, database_path
from sos_desktop.core.storage.db import Database
from sos_desktop.core.storage.durable import fsync_folder
from sos_desktop.core.storage.failures import Doing, describe
from sos_desktop.core.storage.leftovers import PRIVATE_FILE, make_private_folder, noted
from sos_desktop.core.storage.readonly import connect_read_only
from sos_desktop.core.storage.schema import REVISIONS


def check_backup(path: Path) -> str:
    """The backup's schema revision when it is a good SOS Desktop database; else raises
    DatabaseProblem saying what is wrong with it. Reads only."""
    path = Path(path)
    if not path.is_file():
        raise DatabaseProblem(Code.NO_BACKUP_FILE(path=path))
    try:
        conn = connect_read_only(path)
        try:
            (verdict,) = conn.execute("PRAGMA integrity_check").fetchone()
            row = conn.execute("SELECT version_num FROM alembic_version").fetchone()
        finally:
            conn.close()
    except sqlite3.Error as exc:
        raise DatabaseProblem(Code.BACKUP_UNREADABLE(
            path=path, reason=describe(exc, path, Doing.READ))) from exc
    if verdict != "ok":
        raise DatabaseProblem(Code.BACKUP_DAMAGED(path=path, verdict=verdict))
    if row is None or row[0] not in REVISIONS:
        raise DatabaseProblem(Code.BACKUP_NOT_OURS(path=path))
    return row[0]


def newest_good_backup(data_dir: Path) -> Backup | None:
    for backup in list_backups(backups_dir(data_dir)):
        try:
            check_backup(backup.path)
        except SosError:
            continue
        return backup
    return None


@dataclass(frozen=True)
class Restored:
    kept: Path | None  # where the previous state was kept (None: there was no database)
    salvage: Salvage | None  # what was saved from a damaged database (None: it was sound)


def restore_backup(data_dir: Path, backup: Path, clock: UtcClock = utc_now) -> Restored:
    """Replace the database in `data_dir` by `backup`; when the current one is damaged, every
    record SQLite can still read from it is merged back in (salvage.py). Close every
    connection to the database first."""
    check_backup(backup)
    target = database_path(data_dir)
    damaged = target.exists() and not is_sound(target)
    kept = _keep_current(target, clock) if target.exists() else None
    tmp = target.with_name(f".{target.name}.restore.tmp")
    try:
        make_private_folder(data_dir)
        with noted(data_dir, tmp):  # a kill leaves nothing the next start does not remove
            try:
                _put_in_place(Path(backup), tmp, target)
            except BaseException:
                tmp.unlink(missing_ok=True)
                raise
        fsync_folder(data_dir, strict=True)
    except OSError as exc:
        raise DatabaseProblem(describe(exc, target, Doing.RESTORE)) from exc
    from sos_desktop.core.storage.db import forget_checks
    from sos_desktop.core.storage.store import open_database

    forget_checks()  # the file is a new one: check it again before writing
    database = open_database(data_dir)  # an older backup is migrated (after its own copy)
    database.dispose()
    salvage = None
    if damaged and kept is not None:
        try:
            with database.raw() as conn:
                salvage = salvage_into(kept, conn)
        except sqlite3.Error as exc:
            raise DatabaseProblem(Code.RESTORED_NOT_SALVAGED(
                backup=backup, kept=kept, reason=describe(exc, target, Doing.WRITE))) from exc
    return Restored(kept, salvage)


def _put_in_place(backup: Path, tmp: Path, target: Path) -> None:
    fd = os.open(tmp, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, PRIVATE_FILE)
    with open(fd, "wb") as out, open(backup, "rb") as source:
        shutil.copyfileobj(source, out, 1 << 20)
        out.flush()
        os.fsync(out.fileno())
    for stale in ("-wal", "-shm", "-journal"):  # they belong to the file being replaced
        target.with_name(target.name + stale).unlink(missing_ok=True)
    os.replace(tmp, target)


def _keep_current(target: Path, clock: UtcClock) -> Path:
    try:
        return take_backup(Database(target), "before-restore", clock)
    except SosError:
        pass  # damaged beyond copying: keep the bytes themselves
    folder = backups_dir(target.parent)
    make_private_folder(folder)
    aside = folder / f"damaged-{clock().strftime('%Y%m%dT%H%M%SZ')}.sqlite3"
    try:
        for suffix in ("", "-wal"):
            source = target.with_name(target.name + suffix)
            if source.exists():
                shutil.copy2(source, aside.with_name(aside.name + suffix))
                os.chmod(aside.with_name(aside.name + suffix), PRIVATE_FILE)
    except OSError as exc:
        raise DatabaseProblem(Code.RESTORE_KEEP_FAILED(
            reason=describe(exc, aside, Doing.WRITE))) from exc
    return aside


def damaged_hint(data_dir: Path) -> str:
    """What to run when the database is damaged: the newest good backup, or where to look."""
    newest = newest_good_backup(data_dir)
    if newest is None:
        return f"no good backup was found in {backups_dir(data_dir)}"
    when = newest.taken_at.strftime("%Y-%m-%d %H:%M UTC")
    return f"the newest good backup is from {when}: sos-desktop restore {newest.path}"
