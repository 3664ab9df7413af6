"""Ensure temporary files a killed run left are removed at the next start (unless their writer
still runs), and that everything in the data folder is the user's only."""

from __future__ import annotations

import json
import os
import stat
import subprocess
import sys

import pytest

from sos_desktop.core.paths import PENDING
from sos_desktop.core.storage.leftovers import noted
from sos_desktop.core.storage.store import open_database


def _dead_pid() -> int:
    done = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"],
                          capture_output=True, text=True, check=True)
    return int(done.stdout)


def _note(data_dir, name, pid, *paths):
    folder = data_dir / PENDING
    folder.mkdir(exist_ok=True)
    (folder / name).write_text(json.dumps({"remove": [str(p) for p in paths], "pid": pid}))


def test_noted_temporary_files_of_a_dead_run_are_removed(db, data_dir, tmp_path):
    """Ensure a backup's `.X.tmp` and its -journal, listed by a killed run, go at next start."""
    out = tmp_path / "usb"
    out.mkdir()
    tmp = out / ".copy.sqlite3.tmp"
    tmp.write_bytes(b"half a copy")
    (out / ".copy.sqlite3.tmp-journal").write_bytes(b"journal")
    _note(data_dir, "a.json", _dead_pid(), tmp)
    db.dispose()
    open_database(data_dir)
    assert list(out.iterdir()) == []
    assert not (data_dir / PENDING).exists()  # nothing left, not even the empty folder


def test_files_of_a_running_writer_are_left_alone(db, data_dir, tmp_path):
    """Ensure a start while another process writes a backup does not pull its file away."""
    sleeper = subprocess.Popen([sys.executable, "-c", "import time; time.sleep(60)"])
    try:
        tmp = tmp_path / ".copy.sqlite3.tmp"
        tmp.write_bytes(b"being written")
        live = data_dir / "backups" / ".auto-x.sqlite3.tmp"
        live.parent.mkdir(exist_ok=True)
        live.write_bytes(b"being written")
        _note(data_dir, "b.json", sleeper.pid, tmp, live)
        db.dispose()
        open_database(data_dir)
        assert tmp.exists() and live.exists()
        assert (data_dir / PENDING / "b.json").exists()
    finally:
        sleeper.kill()
        sleeper.wait()


def test_unlisted_backup_and_restore_leftovers_are_swept(db, data_dir):
    """Ensure leftovers an older version left in backups/ and the data folder go at start."""
    backups = data_dir / "backups"
    backups.mkdir(exist_ok=True)
    (backups / ".auto-20261014T000000Z-before-restore.sqlite3.tmp").write_bytes(b"x")
    (data_dir / ".sos-desktop.sqlite3.restore.tmp").write_bytes(b"x")
    db.dispose()
    open_database(data_dir)
    assert list(backups.glob(".*")) == []
    assert not (data_dir / ".sos-desktop.sqlite3.restore.tmp").exists()


def test_note_goes_only_once_its_files_have(data_dir, tmp_path):
    """Ensure a note outlives a temporary file that could not be removed."""
    tmp = tmp_path / ".x.tmp"
    with noted(data_dir, tmp):
        tmp.write_bytes(b"x")
    assert len(list((data_dir / PENDING).glob("*.json"))) == 1
    tmp.unlink()
    with noted(data_dir, tmp):
        pass
    assert len(list((data_dir / PENDING).glob("*.json"))) == 1  # the first one's stays


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_every_folder_and_file_in_the_data_folder_is_user_only(db, data_dir, tmp_path):
    """Ensure folders are 0700 and files 0600 in the data folder after a start, whatever an
    older version or the umask left (pending-outputs/ included)."""
    (data_dir / PENDING).mkdir(mode=0o755, exist_ok=True)
    os.chmod(data_dir / PENDING, 0o755)
    (data_dir / "backups").mkdir(exist_ok=True)
    os.chmod(data_dir / "backups", 0o755)
    stray = data_dir / "backups" / "damaged-20261014T000000Z.sqlite3"
    stray.write_bytes(b"x")
    os.chmod(stray, 0o644)
    db.dispose()
    open_database(data_dir)
    for path in [data_dir, *data_dir.rglob("*")]:
        want = 0o700 if path.is_dir() else 0o600
        assert stat.S_IMODE(path.stat().st_mode) == want, path
