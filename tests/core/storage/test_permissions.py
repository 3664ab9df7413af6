"""Ensure the data folder, the database with its -wal/-shm, and backups are the user's only."""

from __future__ import annotations

import os
import stat
import sys

import pytest

from sos_desktop.core.backups.automatic import take_backup
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.storage.store import open_database

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")


def mode(path):
    return stat.S_IMODE(path.stat().st_mode)


def test_new_data_folder_database_wal_and_backups_are_user_only(data_dir, visit_id, db):
    """Ensure a fresh data folder, its database, -wal, -shm, backups/ and a backup are
    0700/0600 whatever the umask."""
    submit_signup(db, {"first_name": "A", "last_name": "B", "age_13_plus": True,
                       "email": "a@example.org", "email_consent": True}, visit_id=visit_id)
    backup = take_backup(db, "daily")
    assert mode(data_dir) == 0o700
    assert mode(db.path) == 0o600
    with db.raw() as conn:  # a connection open: -wal and -shm exist
        conn.execute("SELECT count(*) FROM visits").fetchone()
        for suffix in ("-wal", "-shm"):
            assert mode(db.path.with_name(db.path.name + suffix)) == 0o600
    assert mode(backup.parent) == 0o700 and mode(backup) == 0o600


def test_existing_world_readable_files_are_made_user_only(data_dir):
    """Ensure a database left 0644 by an older version is 0600 after the next start."""
    db = open_database(data_dir)
    db.dispose()
    os.chmod(data_dir, 0o755)
    os.chmod(db.path, 0o644)
    open_database(data_dir)
    assert mode(data_dir) == 0o700 and mode(db.path) == 0o600
