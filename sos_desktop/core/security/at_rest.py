"""After the sealing migration: no plain contact left in the data folder.

The migration rewrote sign-ups with secure_delete on; here the file is vacuumed (no free page
keeps an old cell) and the WAL truncated, the result verified, then every backup in backups/
that still holds plain contacts is overwritten and removed, and a sealed backup takes its place.
"""

from __future__ import annotations

import os
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sos_desktop.core.errors import DatabaseProblem
from sos_desktop.core.storage import db as dbmod

PLAIN_COLUMNS = ("first_name", "last_name", "email", "phone")


def shred(path: Path) -> None:
    """Overwrite a file with zeros, flush it to disk, then unlink it.

    On SSDs and copy-on-write file systems the old blocks may survive the overwrite; full-disk
    encryption (BitLocker, FileVault, LUKS) is what covers those.
    """
    try:
        size = path.stat().st_size
        with open(path, "r+b", buffering=0) as f:
            chunk = b"\x00" * (1 << 20)
            for start in range(0, size, len(chunk)):
                f.write(chunk[: min(len(chunk), size - start)])
            os.fsync(f.fileno())
    except FileNotFoundError:
        return
    path.unlink(missing_ok=True)


def holds_plain_contacts(path: Path) -> bool:
    """True if an SQLite file has a sign-ups table with plain contact columns and rows."""
    try:
        conn = sqlite3.connect(f"file:{path}?mode=ro&immutable=1", uri=True)  # no -wal/-shm
    except sqlite3.Error:
        return False
    try:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(signups)")}
        if not set(PLAIN_COLUMNS) & columns:
            return False
        return conn.execute("SELECT count(*) FROM signups").fetchone()[0] > 0
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def _verify(conn: sqlite3.Connection, path: Path) -> None:
    problems = [m for (m,) in conn.execute("PRAGMA integrity_check") if m != "ok"]
    columns = {r[1] for r in conn.execute("PRAGMA table_info(signups)")}
    if set(PLAIN_COLUMNS) & columns:
        problems.append("plain contact columns are still there")
    unsealed = conn.execute("SELECT count(*) FROM signups WHERE length(contact) < 48"
                            ).fetchone()[0]
    if unsealed:
        problems.append(f"{unsealed} {'sign-up' if unsealed == 1 else 'sign-ups'} without a "
                        "sealed contact")
    if problems:
        raise DatabaseProblem(f"sealing {path} could not be verified ({'; '.join(problems)}); "
                              "the backups in backups/ were kept")


def finish_sealing(path: Path, backups_dir: Path) -> list[Path]:
    """Vacuum, verify, replace plain backups by a sealed one. Returns the files removed."""
    conn = dbmod.connect(path)
    try:
        conn.execute("PRAGMA secure_delete=ON")
        conn.execute("VACUUM")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        _verify(conn, path)
        removed = [p for p in sorted(backups_dir.glob("*.sqlite3")) if holds_plain_contacts(p)]
        if removed:
            stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
            dest = sqlite3.connect(backups_dir / f"{path.stem}-sealed-{stamp}.sqlite3")
            try:
                conn.backup(dest)
            finally:
                dest.close()
    finally:
        conn.close()
    for plain in removed:
        shred(plain)
    return removed
