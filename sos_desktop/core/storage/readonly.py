"""Opening a database file without any chance of changing it.

A plain sqlite3 connection with the app's pragmas switches a rollback-journal file to WAL
(header bytes 18-19) before anyone knows whether the file is ours. Files not yet known to be
ours, and files in a folder that cannot be written (a read-only drive, a full disk), are opened
here instead: `mode=ro`, `query_only`, no pragma that writes.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from sos_desktop.core.storage.db import Database


def connect_read_only(path: Path, *, query_only: bool = True) -> sqlite3.Connection:
    """Raises sqlite3.Error when the file cannot be opened or is not a database. `mode=ro`
    protects the file itself; `query_only` also refuses VACUUM INTO (off for backups)."""
    path = Path(path).resolve()
    wal = path.with_name(path.name + "-wal")
    conn = _open(path, "mode=ro")
    try:
        conn.execute("SELECT count(*) FROM sqlite_master").fetchone()
    except sqlite3.OperationalError:
        # A WAL file in a folder where its -shm cannot be created (a read-only drive, a full
        # disk): with no -wal beside it, or an empty one (the attempt above creates it where
        # files can still be made), nothing committed is outside the file itself, so it can be
        # read as immutable.
        conn.close()
        if _holds_frames(wal):
            raise
        conn = _open(path, "immutable=1")
    if query_only:
        conn.execute("PRAGMA query_only=ON")
    return conn


def _holds_frames(wal: Path) -> bool:
    try:
        return wal.stat().st_size > 0
    except FileNotFoundError:
        return False


def _open(path: Path, flags: str) -> sqlite3.Connection:
    return sqlite3.connect(f"{path.as_uri()}?{flags}", uri=True, isolation_level=None,
                           check_same_thread=False)


class ReadOnlyDatabase(Database):
    """A Database whose connections can only read: for `check` and `backup` when the data
    folder cannot be written, so a rescue copy still works."""

    read_only = True

    @contextmanager
    def raw(self) -> Iterator[sqlite3.Connection]:
        conn = connect_read_only(self.path)
        try:
            yield conn
        finally:
            conn.close()
