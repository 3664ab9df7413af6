"""Open the app's database: resolve the folder, migrate if needed, store the built-in surveys
if these files are new to it, hand back a Database."""

from __future__ import annotations

import sqlite3
from pathlib import Path

from sos_desktop.core.errors import DatabaseProblem
from sos_desktop.core.messages import Code
from sos_desktop.core.paths import backups_dir, database_path, resolve_data_dir
from sos_desktop.core.storage.db import Database
from sos_desktop.core.storage.failures import Doing, describe
from sos_desktop.core.storage.leftovers import keep_private, make_private_folder, settle
from sos_desktop.core.storage.readonly import ReadOnlyDatabase
from sos_desktop.core.storage.schema import HEAD, SealKeys, ensure_schema, probe
from sos_desktop.core.surveys.store import store_builtin_surveys_if_new


def open_database(data_dir: Path | str | None = None, seal_keys: SealKeys | None = None
                  ) -> Database:
    """`seal_keys` sets the passphrase if an older database has plain sign-ups to seal."""
    folder = resolve_data_dir(data_dir)
    check_folder(folder)
    path = database_path(folder)
    if not path.exists():
        try:
            make_private_folder(folder)
        except OSError as exc:
            raise DatabaseProblem(describe(exc, path, Doing.CREATE_DATA_FOLDER)) from exc
    ensure_schema(path, backups_dir(folder), seal_keys)
    keep_private(folder)
    database = Database(path)
    # The first connection that may write (-shm, WAL mode): a folder on a read-only drive or a
    # full disk fails here with a message naming the cause, so `check` and `backup` know to
    # read it read-only instead, and the window says so before anything else is tried.
    with database.one_connection(), database.raw() as conn:
        _empty_wal(conn, path)
        if conn.execute("SELECT 1 FROM settings WHERE key = 'rewrite_pending'").fetchone():
            from sos_desktop.core.storage.unlinkable import rewrite_if_pending

            rewrite_if_pending(conn)  # a visit was closed while another program held the file
        settle(folder, conn)  # what a killed export, backup or restore left
        store_builtin_surveys_if_new(database)
    return database


def _empty_wal(conn: sqlite3.Connection, path: Path) -> None:
    """A WAL left by a killed run (or kept by a reader) may still hold the kiosk's commit
    order: empty it now (core/storage/unlinkable.py). Nothing to do when it is empty."""
    wal = path.with_name(path.name + "-wal")
    try:
        if wal.stat().st_size == 0:
            return
    except OSError:  # no WAL at all
        return
    from sos_desktop.core.storage.unlinkable import forget_commit_order

    forget_commit_order(conn)


def open_read_only(data_dir: Path | str | None = None) -> ReadOnlyDatabase:
    """The existing database, opened so that nothing can change it (for rescue: `check` and
    `backup` from a read-only or full data folder). It must be ours and current."""
    folder = resolve_data_dir(data_dir)
    check_folder(folder)
    path = database_path(folder)
    if not path.is_file():
        raise DatabaseProblem(Code.NO_DATABASE(path=path))
    revision, _tables = probe(path)
    if revision != HEAD:
        raise DatabaseProblem(Code.DB_NEEDS_MIGRATION(path=path, revision=revision, head=HEAD))
    return ReadOnlyDatabase(path)


def check_folder(folder: Path) -> None:
    if folder.exists() and not folder.is_dir():
        raise DatabaseProblem(Code.DATA_FOLDER_IS_FILE(folder=folder))
