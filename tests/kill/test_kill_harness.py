"""Kill harness: a writer process (tests/kill/writer.py) doing real kiosk submissions,
imports, exports, bundle merges and visit closes is killed with SIGKILL at random moments;
after each kill the database must pass `PRAGMA integrity_check`, hold every acknowledged
record, hold no part of an import, every backup must be intact, and every export file must
have its receipt.

20 kills by default (about 30 s); 200 with `pytest --long` or SOS_DESKTOP_LONG_TESTS=1.
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import signal
import sqlite3
import subprocess
import sys
from collections import Counter
from pathlib import Path

import pytest

from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.surveys.store import ensure_builtin_surveys, latest_definition
from sos_desktop.core.visits.store import create_visit
from tests.conftest import PASSPHRASE, same_org
from tests.kill.writer import IMPORT_ROWS, PASSPHRASE_ENV

# Out of the default run: `pytest -m slow` (or `-m kill` for the harness alone).
pytestmark = [pytest.mark.slow, pytest.mark.kill,
              pytest.mark.skipif(sys.platform == "win32", reason="needs SIGKILL")]
REPO = Path(__file__).resolve().parents[2]


def make_bundles(db, tmp_path: Path, work: Path, count: int = 3) -> None:
    """Another laptop of the same organization (bundles are authenticated with its key): its
    visit, answers and sign-ups, as `count` successive --new bundles."""
    other = same_org(db, tmp_path / "other")
    ensure_builtin_surveys(other)
    definition_id, survey = latest_definition(other, "hillhouse-cross")
    visit = create_visit(other, {"school": "Other Laptop High", "group_name": "G",
                                 "visit_date": "2026-10-20"})
    answers = {"school": "hillhouse", "grade": "grade_9", "safe_at_school": 2,
               "sro_effect": "less_safe", "had_contact": "no",
               "support_wanted": ["counselors", "mentors"]}
    for n in range(count):
        for i in range(8):
            submit_response(other, visit, definition_id, "en", answers, survey=survey)
            submit_signup(other, {"first_name": "Other", "last_name": f"L{n}-{i}",
                                  "age_13_plus": True, "email": f"o{n}.{i}@example.org",
                                  "email_consent": True}, visit_id=visit)
        export_bundle(other, work / f"bundle-{n}.sosbundle", new_only=True)
    other.dispose()


def read_acks(work: Path) -> dict[str, list[list[str]]]:
    acks: dict[str, list[list[str]]] = {}
    path = work / "acks.txt"
    for line in path.read_text(encoding="utf-8").splitlines() if path.exists() else []:
        kind, *rest = line.split(" ")
        acks.setdefault(kind, []).append(rest)
    return acks


def verify(data_dir: Path, work: Path) -> dict[str, int]:
    """Everything the harness promises, after one kill. Returns the counts checked."""
    open_database(data_dir).dispose()  # the next start, as a person would do after a crash
    conn = sqlite3.connect(data_dir / "sos-desktop.sqlite3")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone() == ("ok",)
        responses = {r for (r,) in conn.execute("SELECT id FROM survey_responses")}
        signups = {r for (r,) in conn.execute("SELECT id FROM signups")}
        batches = Counter(s for (s,) in conn.execute(
            "SELECT school FROM signups WHERE school LIKE 'Batch-%'"))
        receipts = {(Path(p), h) for p, h in conn.execute(
            "SELECT path, sha256 FROM export_receipts WHERE kind = 'signups'")}
        merged = {Path(p).name for (p,) in conn.execute(
            "SELECT path FROM bundle_receipts WHERE direction = 'import'")}
        closed = {v for (v,) in conn.execute("SELECT id FROM visits WHERE closed")}
    finally:
        conn.close()
    acks = read_acks(work)
    acked_responses = {r for (r,) in acks.get("response", [])}
    acked_signups = {s for (s,) in acks.get("signup", [])}
    assert acked_responses <= responses, "an acknowledged response was lost"
    assert acked_signups <= signups, "an acknowledged sign-up was lost"
    assert set(batches.values()) <= {IMPORT_ROWS}, f"a partial import: {batches}"
    for batch, count in acks.get("import", []):
        assert batches[batch] == int(count) == IMPORT_ROWS
    for (name,) in acks.get("bundle", []):
        assert name in merged
    for (visit,) in acks.get("closed", []):
        assert visit in closed
    backups = sorted((data_dir / "backups").glob("*.sqlite3"))
    # A killed backup or export leaves a hidden temporary file, which the start removed.
    assert not [*(data_dir / "backups").glob(".*"), *(work / "out").glob(".*")]
    for backup in backups:
        with contextlib.closing(sqlite3.connect(backup)) as copy:
            assert copy.execute("PRAGMA integrity_check").fetchone() == ("ok",), backup
    with_receipt = {p for p, _ in receipts}
    for (out,) in acks.get("export", []):
        assert Path(out).resolve() in with_receipt, f"acknowledged export {out} has no receipt"
    files = [p for p in (work / "out").glob("*.csv")]
    orphans = []
    for path in files:
        digest = hashlib.sha256(path.read_bytes()).hexdigest()
        if (path.resolve(), digest) not in receipts:
            orphans.append(path)
    # An export killed between its rename and its receipt's commit is settled by the start
    # above (core/storage/outputs.py): a file is there if and only if its receipt is.
    assert not orphans, f"export files without receipt after the next start: {orphans}"
    return {"responses": len(acked_responses), "signups": len(acked_signups),
            "imported": sum(int(c) for _b, c in acks.get("import", [])),
            "exports": len(acks.get("export", [])), "merges": len(acks.get("bundle", [])),
            "closes": len(acks.get("closed", [])), "backups": len(backups)}


def test_killed_writer_loses_nothing_acknowledged(tmp_path, long_tests):
    """Ensure SIGKILL at random moments never loses an acknowledged record, never leaves
    half an import or a damaged file, and leaves every export file with its receipt."""
    kills = 200 if long_tests else 20
    data_dir, work = tmp_path / "data", tmp_path / "work"
    (work / "out").mkdir(parents=True)
    db = open_database(data_dir)
    keystore.create(db, PASSPHRASE)  # sign-ups are sealed; the writer unlocks it to export
    ensure_builtin_surveys(db)
    create_visit(db, {"school": "Kill Harness High", "group_name": "Civics",
                      "visit_date": "2026-10-14"})
    make_bundles(db, tmp_path, work)
    db.dispose()
    rng = random.Random(int(os.environ.get("SOS_DESKTOP_KILL_SEED", "20261129")))
    env = {**os.environ, "PYTHONPATH": str(REPO), PASSPHRASE_ENV: PASSPHRASE}
    totals: Counter = Counter()
    for kill in range(kills):
        writer = subprocess.Popen(
            [sys.executable, "-m", "tests.kill.writer", str(data_dir), str(work), str(kill)],
            cwd=REPO, env=env, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        assert writer.stdout.readline().strip() == "ready", writer.stderr.read()
        # The random moment: the writer never ends by itself, so this waits the whole delay.
        with contextlib.suppress(subprocess.TimeoutExpired):
            writer.wait(timeout=rng.uniform(0.01, 0.6))
        assert writer.poll() is None, f"the writer failed on its own: {writer.stderr.read()}"
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        writer.stdout.close()
        writer.stderr.close()
        totals = Counter(verify(data_dir, work))
    print(f"\nkill harness: {kills} kills, {totals['responses']} responses, "
          f"{totals['signups']} kiosk sign-ups, {totals['imported']} imported sign-ups, "
          f"{totals['exports']} exports, {totals['merges']} merges, {totals['closes']} visit "
          f"closes acknowledged ({totals['backups']} backups kept, all intact); 0 lost; "
          "no export file without its receipt")
