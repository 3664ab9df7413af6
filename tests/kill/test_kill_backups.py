"""Kill harness, backups and restores: `sos-desktop backup --out` and `restore` are killed with
SIGKILL at random moments; after the next start no temporary file of theirs is left (beside the
copy, in backups/ or in the data folder), every backup is whole and the database holds every
sign-up.

8 kills of each by default (about 40 s); 40 with `pytest --long` or SOS_DESKTOP_LONG_TESTS=1.
"""

from __future__ import annotations

import contextlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from benchmarks.common import seed_signups
from sos_desktop.core.backups.automatic import take_backup
from sos_desktop.core.paths import PENDING
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit
from tests.conftest import PASSPHRASE

pytestmark = pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")
REPO = Path(__file__).resolve().parents[2]
SIGNUPS = 10_000  # about 10 MB: a copy takes long enough to be killed halfway


def whole(path: Path) -> int:
    """The sign-ups in a database that passes its integrity check."""
    with contextlib.closing(sqlite3.connect(path)) as conn:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",), path
        return conn.execute("SELECT count(*) FROM signups").fetchone()[0]


def leftovers(data_dir: Path, out: Path) -> list[Path]:
    return [*out.glob(".*"), *(data_dir / "backups").glob(".*"), *data_dir.glob(".*"),
            *(data_dir / PENDING).glob("*")]


def test_killed_backups_and_restores_leave_nothing_after_the_next_start(tmp_path, long_tests):
    """Ensure a killed `backup --out` leaves no `.X.tmp` or -journal beside the copy and a
    killed `restore` no `.auto-…-before-restore.sqlite3.tmp` in backups/, once the app has
    started again; the database and every backup stay whole, no sign-up lost."""
    kills = 40 if long_tests else 8
    data_dir, out = tmp_path / "data", tmp_path / "usb"
    out.mkdir()
    db = open_database(data_dir)
    keystore.create(db, PASSPHRASE)
    seed_signups(db, create_visit(db, {"school": "Kill Harness High", "group_name": "Civics",
                                       "visit_date": "2026-10-14"}), SIGNUPS)
    backup = take_backup(db, "by-hand")
    db.dispose()
    rng = random.Random(int(os.environ.get("SOS_DESKTOP_KILL_SEED", "20261207")))
    env = {**os.environ, "PYTHONPATH": str(REPO)}
    left = 0
    for kill in range(2 * kills):
        command = (["backup", "--out", str(out / "copy.sqlite3")] if kill % 2 == 0
                   else ["restore", str(backup)])
        process = subprocess.Popen(
            [sys.executable, "-m", "sos_desktop", "--data-dir", str(data_dir), *command],
            cwd=REPO, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        with contextlib.suppress(subprocess.TimeoutExpired):
            process.wait(timeout=rng.uniform(0.3, 1.5))
        if process.poll() is None:
            os.kill(process.pid, signal.SIGKILL)
        process.wait()
        assert process.returncode in (0, -signal.SIGKILL), process.stderr.read()
        process.stderr.close()
        left += bool(leftovers(data_dir, out))
        open_database(data_dir).dispose()  # the next start
        assert leftovers(data_dir, out) == []
        assert whole(data_dir / "sos-desktop.sqlite3") == SIGNUPS
        for copy in [*out.glob("*.sqlite3"), *(data_dir / "backups").glob("*.sqlite3")]:
            assert whole(copy) == SIGNUPS
    print(f"\nkill harness (backups): {2 * kills} kills, {left} left temporary files, "
          "all removed at the next start; 0 sign-ups lost")
