"""The read lane without opening (core/storage/quick_read.py): taken only when opening the database
the full way would change nothing; any work to do, or anything unusual, sends the caller to
store.open_database. It never changes a file, and reads what list_visits reads."""

import os
import sqlite3
import subprocess
import sys

import pytest

from sos_desktop.core.paths import database_path
from sos_desktop.core.storage import quick_read
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit, list_visits, set_closed
from tests.conftest import store_legacy_signup


def _lane(data_dir) -> bool:
    conn = quick_read.current_connection(str(data_dir))
    if conn is None:
        return False
    conn.close()
    return True


def _files(folder) -> dict[str, bytes]:
    return {str(p.relative_to(folder)): p.read_bytes() for p in sorted(folder.rglob("*"))
            if p.is_file()}


def test_a_database_just_opened_is_read_without_opening_and_cannot_be_written(data_dir):
    open_database(data_dir)
    conn = quick_read.current_connection(str(data_dir))
    assert conn is not None
    with pytest.raises(sqlite3.OperationalError):
        conn.execute("DELETE FROM visits")
    conn.close()


def test_rows_are_list_visits_in_its_order(db, data_dir):
    first = create_visit(db, {"school": "Wilbur Cross", "group_name": "Civics",
                              "visit_date": "2026-10-14"})
    create_visit(db, {"school": "Hillhouse", "group_name": "BSU", "visit_date": "2026-10-14"})
    create_visit(db, {"school": "Career", "group_name": "Club", "visit_date": "2026-11-02"})
    store_legacy_signup(db, first)
    set_closed(db, first, True)
    conn = quick_read.current_connection(str(data_dir))
    assert conn is not None
    rows = quick_read.visit_rows(conn)
    conn.close()
    assert rows == [(v.id, v.visit_date.isoformat(), v.school, v.group_name, v.closed,
                     v.responses, v.signups, v.signups_not_exported) for v in list_visits(db)]
    assert rows[-1][4:] == (True, 0, 1, 1)


def _pending_notes(folder):
    (folder / "pending-outputs").mkdir(mode=0o700)
    (folder / "pending-outputs" / "note.json").write_text('{"remove": []}')
    (folder / "pending-outputs" / "note.json").chmod(0o600)


def _stray_restore(folder):
    (folder / ".sos-desktop.sqlite3.restore.tmp").write_bytes(b"half")


def _stray_backup(folder):
    (folder / "backups").mkdir(exist_ok=True, mode=0o700)
    (folder / "backups" / ".sos-desktop-daily.sqlite3.tmp").write_bytes(b"half")


def _loose_folder(folder):
    folder.chmod(0o755)


def _loose_file(folder):
    (folder / "notes.txt").write_text("x")
    (folder / "notes.txt").chmod(0o644)


def _loose_backup(folder):
    (folder / "backups").mkdir(exist_ok=True, mode=0o700)
    (folder / "backups" / "old.sqlite3").write_bytes(b"x")
    (folder / "backups" / "old.sqlite3").chmod(0o644)


def _journal(folder):
    database_path(folder).with_name("sos-desktop.sqlite3-journal").write_bytes(b"")


def _sql(statement):
    def change(folder):
        conn = sqlite3.connect(database_path(folder))
        conn.execute(statement)
        conn.commit()
        conn.close()
    return change


@pytest.mark.parametrize("change", [
    _pending_notes, _stray_restore, _stray_backup, _journal,
    _sql("UPDATE alembic_version SET version_num = '0001_initial'"),
    _sql("UPDATE alembic_version SET version_num = '0999_future'"),
    _sql("INSERT INTO settings (key, value) VALUES ('rewrite_pending', '1')"),
    _sql("UPDATE settings SET value = 'old|stamp' WHERE key = 'builtin_surveys_sha256'"),
    _sql("DELETE FROM settings WHERE key = 'builtin_surveys_sha256'"),
])
def test_anything_opening_would_do_sends_the_caller_to_open_it(data_dir, change):
    open_database(data_dir)
    change(data_dir)
    assert not _lane(data_dir)


@pytest.mark.skipif(os.name != "posix", reason="keep_private tightens POSIX modes only")
@pytest.mark.parametrize("change", [_loose_folder, _loose_file, _loose_backup])
def test_a_loose_permission_is_left_to_the_full_open(data_dir, change):
    open_database(data_dir)
    change(data_dir)
    assert not _lane(data_dir)
    open_database(data_dir)  # keep_private tightens it: the lane is open again
    assert _lane(data_dir)


def test_a_wal_holding_commits_is_left_to_the_full_open(data_dir):
    """Another program holding the file with commits still in the WAL: opening empties it."""
    open_database(data_dir)
    holder = sqlite3.connect(database_path(data_dir))
    holder.execute("PRAGMA wal_autocheckpoint=0")
    holder.execute("INSERT INTO settings (key, value) VALUES ('held', '1')")
    holder.commit()
    try:
        assert not _lane(data_dir)
    finally:
        holder.close()


@pytest.mark.parametrize("content", [b"", b"not a database at all" * 100])
def test_a_file_that_is_not_ours_is_left_unchanged_to_the_full_open(data_dir, content):
    data_dir.mkdir(mode=0o700)
    database_path(data_dir).write_bytes(content)
    assert not _lane(data_dir)
    assert _files(data_dir) == {"sos-desktop.sqlite3": content}


def test_another_programs_sqlite_file_is_left_unchanged(data_dir):
    data_dir.mkdir(mode=0o700)
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    before = _files(data_dir)
    assert not _lane(data_dir)
    assert _files(data_dir) == before


def test_no_folder_no_file_and_no_folder_named_go_the_full_way(tmp_path, monkeypatch):
    assert not _lane(tmp_path / "missing")
    (tmp_path / "empty").mkdir(mode=0o700)
    assert not _lane(tmp_path / "empty")
    monkeypatch.delenv("SOS_DESKTOP_DATA_DIR")
    assert quick_read.current_connection(None) is None  # the user data folder: platformdirs


def test_reading_leaves_the_folder_as_it_was(data_dir):
    open_database(data_dir)
    before = _files(data_dir)
    assert _lane(data_dir)
    assert _files(data_dir) == before


def test_the_lane_loads_only_os_and_sqlite3():
    code = ("import sys\nfrom sos_desktop.core.storage import quick_read\n"
            "print(*sorted(sys.modules))")
    loaded = set(subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                                check=True).stdout.split())
    assert not loaded & {"pathlib", "re", "dataclasses", "typing", "sos_desktop.core.storage.db",
                         "sos_desktop.core.storage.schema", "sos_desktop.core.errors"}
