"""Ensure damaged, full and read-only data folders get one clear line, never a traceback, and
that the traceback goes to the log instead (without contact data)."""

from __future__ import annotations

import random
import shutil
import sqlite3
from pathlib import Path

import pytest

from sos_desktop.cli import run
from sos_desktop.core.logs import log_path
from sos_desktop.core.storage.schema import HEAD
from tests.filesystems import fill, make_read_only, tmpfs


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


@pytest.fixture
def visit(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "Hillhouse", "--group", "BSU",
               "--date", "2026-10-14") == 0
    return capsys.readouterr().out.strip()


def damage_pages(path: Path, *tables: str) -> None:
    """Overwrite the root pages of `tables` with random bytes (the schema page stays)."""
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        roots = dict(conn.execute("SELECT name, rootpage FROM sqlite_master"))
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    data = bytearray(path.read_bytes())
    rng = random.Random(5)
    for table in tables:
        start = (roots[table] - 1) * size
        data[start:start + size] = rng.randbytes(size)
    path.write_bytes(bytes(data))


def one_clear_line(err: str, *words: str) -> None:
    assert "Traceback" not in err
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    for word in words:
        assert word in lines[0], err


def test_page_damaged_database_visit_list(data_dir, visit, capsys):
    """Ensure `visit list` on a page-damaged file names the file, says damaged, offers the
    restore command, logs the traceback and leaves the file as it was."""
    path = data_dir / "sos-desktop.sqlite3"
    damage_pages(path, "visits")
    before = path.read_bytes()
    assert cli(data_dir, "visit", "list") == 1
    one_clear_line(capsys.readouterr().err, str(path), "damaged", "sos-desktop restore",
                   "visit list")
    assert "Traceback" in log_path().read_text()
    assert path.read_bytes() == before


def test_page_damaged_database_import_signups(data_dir, visit, tmp_path, capsys):
    """Ensure `import signups` into a damaged file is one line and stores nothing."""
    damage_pages(data_dir / "sos-desktop.sqlite3", "visits", "signups")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Ana,Ruiz,ana.ruiz@example.org,yes,yes\n")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 1
    one_clear_line(capsys.readouterr().err, "damaged")
    log = log_path()
    assert not log.exists() or "ana.ruiz@example.org" not in log.read_text()


def test_data_dir_that_is_a_file(tmp_path, capsys):
    """Ensure `--data-dir FILE` says it is a file, not a folder."""
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    assert cli(afile, "visit", "list") == 1
    one_clear_line(capsys.readouterr().err, str(afile), "is a file, not a folder")


def test_log_holds_no_contact_data_pin_or_passphrase(monkeypatch, tmp_path, capsys):
    """Ensure an unexpected error whose message carries contact data, a PIN and the passphrase
    is logged with its traceback but none of them."""
    from sos_desktop.core.logs import unexpected_message

    monkeypatch.setenv("SOS_DESKTOP_PASSPHRASE", "correct horse battery")
    try:
        raise ValueError("kp0@example.org +12035550142 (203) 555-0142 pin 482913 "
                         "'Ana Ruiz' correct horse battery")
    except ValueError as exc:
        message = unexpected_message(exc, "do a test on", tmp_path / "x.sqlite3")
    log = log_path().read_text()
    assert "Traceback" in log and "ValueError" in log and str(log_path()) in message
    for secret in ("kp0@example.org", "2035550142", "555-0142", "482913", "Ana Ruiz",
                   "correct horse"):
        assert secret not in log


def test_check_on_foreign_rollback_journal_file_changes_no_byte(data_dir, capsys):
    """Ensure `check` on a foreign SQLite file in rollback-journal mode leaves it identical
    (it used to switch it to WAL: header bytes 18-19)."""
    data_dir.mkdir()
    path = data_dir / "sos-desktop.sqlite3"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"
    assert cli(data_dir, "check") == 1
    one_clear_line(capsys.readouterr().err, "not an SOS Desktop database", "not changed")
    assert path.read_bytes() == before
    assert sorted(p.name for p in data_dir.iterdir()) == ["sos-desktop.sqlite3"]


def test_check_on_newer_schema_in_rollback_mode_changes_no_byte(data_dir, visit, tmp_path,
                                                                 capsys):
    """Ensure a database from a newer app, in rollback-journal mode, is refused unchanged."""
    newer = tmp_path / "newer"
    newer.mkdir()
    path = newer / "sos-desktop.sqlite3"
    with sqlite3.connect(data_dir / "sos-desktop.sqlite3") as ours:
        ours.execute(f"VACUUM INTO '{path}'")
    ours.close()
    conn = sqlite3.connect(path, isolation_level=None)
    conn.execute("PRAGMA journal_mode=DELETE")
    conn.execute("UPDATE alembic_version SET version_num = '0999_future'")
    conn.close()
    before = path.read_bytes()
    assert before[18:20] == b"\x01\x01"
    capsys.readouterr()
    assert cli(newer, "check") == 1
    one_clear_line(capsys.readouterr().err, "newer", "not changed")
    assert path.read_bytes() == before


def test_full_disk_during_pre_migration_backup_leaves_nothing(tmp_path, capsys, monkeypatch):
    """Ensure a full disk while copying before a migration leaves no 0-byte "backup", the
    database unchanged and one line saying the disk is full."""
    from sos_desktop.core.storage import schema

    with tmpfs(tmp_path / "small", 600) as small:
        data_dir = small / "data"
        assert cli(data_dir, "visit", "add", "--school", "A", "--group", "B",
                   "--date", "2026-10-14") == 0
        path = data_dir / "sos-desktop.sqlite3"
        with sqlite3.connect(path) as conn:
            conn.execute("UPDATE alembic_version SET version_num = 'older'")
            conn.commit()
            conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        conn.close()
        monkeypatch.setattr(schema, "REVISIONS", ("older", HEAD))
        (data_dir / "backups").mkdir(exist_ok=True)
        fill(small)
        before = path.read_bytes()
        capsys.readouterr()
        assert cli(data_dir, "visit", "list") == 1
        one_clear_line(capsys.readouterr().err, "disk is full", "not migrated")
        assert list((data_dir / "backups").iterdir()) == []
        assert path.read_bytes() == before


@pytest.fixture
def read_only_data(tmp_path, capsys):
    """A data folder with one visit, on a file system then remounted read-only."""
    source = tmp_path / "source"
    assert cli(source, "visit", "add", "--school", "A", "--group", "B",
               "--date", "2026-10-14") == 0
    capsys.readouterr()
    with tmpfs(tmp_path / "ro", 4096) as mount:
        data_dir = mount / "data"
        shutil.copytree(source, data_dir)  # no connection of this process stays on the mount
        make_read_only(mount)
        yield data_dir


def test_read_only_data_folder_write_says_read_only(read_only_data, capsys):
    """Ensure adding a visit in a read-only data folder is one line saying read-only."""
    assert cli(read_only_data, "visit", "add", "--school", "A", "--group", "B",
               "--date", "2026-10-14") == 1
    one_clear_line(capsys.readouterr().err, "read-only")


def test_check_and_backup_work_from_a_read_only_folder(read_only_data, tmp_path, capsys):
    """Ensure rescue works: `check` and `backup --out` elsewhere read a read-only folder."""
    assert cli(read_only_data, "check") == 0
    assert "ok" in capsys.readouterr().out
    out = tmp_path / "rescue.sqlite3"
    assert cli(read_only_data, "backup", "--out", str(out)) == 0
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    copy.close()


def test_backup_to_a_full_disk_says_disk_full_and_leaves_nothing(data_dir, visit, tmp_path,
                                                                 capsys):
    """Ensure `backup --out` onto a full drive says so and leaves no file there."""
    with tmpfs(tmp_path / "usb", 64) as usb:
        fill(usb)
        assert cli(data_dir, "backup", "--out", str(usb / "copy.sqlite3")) == 1
        one_clear_line(capsys.readouterr().err, "disk is full")
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]


def test_check_and_backup_work_from_a_full_disk(tmp_path, capsys):
    """Ensure rescue works when the data folder's disk is full: `check` passes and
    `backup --out` to another drive writes a good copy."""
    source = tmp_path / "source"
    assert cli(source, "visit", "add", "--school", "A", "--group", "B",
               "--date", "2026-10-14") == 0
    with tmpfs(tmp_path / "full", 2048) as mount:
        data_dir = mount / "data"
        shutil.copytree(source, data_dir)
        fill(mount)
        capsys.readouterr()
        assert cli(data_dir, "check") == 0, capsys.readouterr().err
        out = tmp_path / "rescue.sqlite3"
        assert cli(data_dir, "backup", "--out", str(out)) == 0, capsys.readouterr().err
    with sqlite3.connect(out) as copy:
        assert copy.execute("SELECT count(*) FROM visits").fetchone() == (1,)
    copy.close()


def test_export_to_a_full_disk_leaves_no_file_holding_contacts(db, visit_id, data_dir, tmp_path,
                                                               capsys):
    """Ensure `export signups --all` onto a drive that fills up says the disk is full (an
    expected error, no traceback in the log), leaves no temporary file of contacts there and
    no note behind in pending-outputs/."""
    from sos_desktop.core.people.signups import submit_signup

    for i in range(300):  # about 40 KB of names, emails and phones
        submit_signup(db, {"first_name": f"Ana{i}", "last_name": "Ruiz", "age_13_plus": True,
                           "email": f"ana.{i}@example.org", "email_consent": True,
                           "phone": f"203555{i:04d}", "sms_consent": True}, visit_id=visit_id)
    db.dispose()
    with tmpfs(tmp_path / "usb", 32) as usb:
        (usb / "filler").write_bytes(b"\0" * 8192)  # room for the note, not for the CSV
        capsys.readouterr()
        assert cli(data_dir, "export", "signups", "--out", str(usb / "crm.csv"), "--all") == 1
        one_clear_line(capsys.readouterr().err, "disk is full")
        assert sorted(p.name for p in usb.iterdir()) == ["filler"]
    pending = data_dir / "pending-outputs"
    assert not pending.exists() or not any(pending.iterdir())
    assert not log_path().exists()


def test_restore_list_with_a_data_folder_that_is_a_file_fails(tmp_path, capsys):
    """Ensure `restore --list` names a data folder that is a file and exits non-zero (it
    printed nothing and exited 0)."""
    afile = tmp_path / "notes.txt"
    afile.write_text("x")
    assert cli(afile, "restore", "--list") == 1
    one_clear_line(capsys.readouterr().err, str(afile), "not a folder")
