"""Keep the files from telling which sign-up followed which survey response.

Keys are random and tables have no rowid, but SQLite's storage still remembers order in two
places: the write-ahead log (-wal) holds each commit's pages in commit order, and a new cell is
placed below the older ones in its page. So:

- after each kiosk commit the WAL is checkpointed and truncated to zero bytes
  (`forget_commit_order`), so it never holds a response followed by its sign-up. A reader
  holding a snapshot (a long export, another program) keeps SQLite from truncating; the next
  kiosk commit after it lets go, closing the visit, or the next start does it instead.
- when a visit is closed the file is rewritten in key order (`rewrite_in_key_order`, VACUUM),
  which also puts every cell of a page in key order; backups are written the same way
  (`VACUUM INTO`), never as page copies.

Two database files (answers, sign-ups) were considered: each would keep its own commit order
and cell order, so a class where everyone signs up pairs k-th with k-th; the WAL and page order
have to be dealt with anyway, and one file keeps merges and exports in one transaction.
"""

from __future__ import annotations

import sqlite3

from sos_desktop.core.db import Database


def forget_commit_order(conn: sqlite3.Connection) -> bool:
    """Checkpoint and truncate the WAL without waiting for readers. True when it is empty.

    Runs after a durable commit: a failure here must never fail the save, so it only reports.
    """
    try:
        (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
        conn.execute("PRAGMA busy_timeout=0")  # a reader must not stall the kiosk
        try:
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
        finally:
            conn.execute(f"PRAGMA busy_timeout={int(timeout)}")
    except sqlite3.Error:
        return False
    return busy == 0


def rewrite_in_key_order(db: Database) -> bool:
    """VACUUM (pages and cells in key order, no free pages left with old cells), then empty
    the WAL. True when both happened; a busy or failing database is left as it was."""
    with db.raw() as conn:
        try:
            conn.execute("VACUUM")
        except sqlite3.Error:
            return False
        return forget_commit_order(conn)
