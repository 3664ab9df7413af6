"""Open the app's database: resolve the folder, migrate if needed, store the built-in surveys
if these files are new to it, hand back a Database."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.db import Database
from sos_desktop.core.outputs import PENDING, settle_pending
from sos_desktop.core.paths import backups_dir, database_path, resolve_data_dir
from sos_desktop.core.schema import SealKeys, ensure_schema
from sos_desktop.core.surveys.store import store_builtin_surveys_if_new


def open_database(data_dir: Path | str | None = None, seal_keys: SealKeys | None = None
                  ) -> Database:
    """`seal_keys` sets the passphrase if an older database has plain sign-ups to seal."""
    folder = resolve_data_dir(data_dir)
    path = database_path(folder)
    ensure_schema(path, backups_dir(folder), seal_keys)
    db = Database(path)
    if (folder / PENDING).is_dir():  # a run was killed while writing an export
        with db.raw() as conn:
            settle_pending(folder, conn)
    store_builtin_surveys_if_new(db)
    return db
