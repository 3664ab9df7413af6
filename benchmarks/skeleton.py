"""Issue 2 figures: cold start, sign-up export, typed-up import; issue 9: CLI start.

(a) app cold start to the visit list shown and idle, against a bare PySide6 QLabel script;
(b) `export signups` of N sign-ups against a hand-written sqlite3 + csv.writer loop;
(c) importing N typed-up rows against only validating the same rows (a rate ratio).
"""

from __future__ import annotations

import csv
import os
import shutil
import sqlite3
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.baselines import BARE_QLABEL
from benchmarks.common import (
    Row,
    best_of,
    fake_signup,
    median_subprocess,
    open_keyed,
    python,
    ratio_row,
    seed_signups,
)
from sos_desktop.core.db import Database
from sos_desktop.core.exports.signups import _SELECT, export_signups
from sos_desktop.core.imports.signups import COLUMNS, import_signups
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.security.keystore import read_keys
from sos_desktop.core.security.sealing import ContactKey, Sealer
from sos_desktop.core.store import open_database
from sos_desktop.core.visits import create_visit

# Runs the real entry point; a zero timer quits once the loop is idle with the window shown.
APP_START = """
import sys
from PySide6.QtCore import QTimer
from sos_desktop.ui import app as appmod
make = appmod.make_app
def make_and_quit():
    application = make()
    QTimer.singleShot(0, application.quit)
    return application
appmod.make_app = make_and_quit
sys.exit(appmod.run_app(sys.argv[1]))
"""


def bench_cold_start(root: Path, quick: bool) -> Row:
    data = root / "start"
    db = open_database(data)
    for i in range(40):
        create_visit(db, {"school": f"School {i}", "group_name": "Civics",
                          "visit_date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"})
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    repeat = 3 if quick else 9
    median_subprocess([python(), "-c", APP_START, str(data)], 1, env)  # warm the file cache
    bare = median_subprocess([python(), "-c", BARE_QLABEL], repeat, env)
    app = median_subprocess([python(), "-c", APP_START, str(data)], repeat, env)
    return ratio_row("cold start to visit list (median)", app, bare, "s", 2.5,
                     note="baseline: bare PySide6 QLabel script")


def _entry_point() -> list[str]:
    """`sos-desktop` as installed beside this interpreter, as a user runs it."""
    script = Path(sys.executable).with_name("sos-desktop")
    return [str(script)] if script.exists() else [python(), "-m", "sos_desktop"]


def _interleaved_medians(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall time of each command, run in turns so load changes hit all alike."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for _ in range(repeat):
        for name, args in commands.items():
            start = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def bench_cli_start(root: Path, quick: bool) -> list[Row]:
    data = root / "cli"
    db = open_database(data)
    for i in range(40):
        create_visit(db, {"school": f"School {i}", "group_name": "Civics",
                          "visit_date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"})
    entry = _entry_point()
    medians = _interleaved_medians({
        "floor": [python(), "-c", "import sqlite3"],
        "version": [*entry, "--version"],
        "visit list": [*entry, "--data-dir", str(data), "visit", "list"],
    }, 5 if quick else 15)
    note = "median of interleaved runs; baseline: python -c 'import sqlite3'"
    return [ratio_row(f"CLI start: sos-desktop {name}", medians[key], medians["floor"], "s",
                      2.5, note=note)
            for name, key in (("--version", "version"), ("visit list (40 visits)", "visit list"))]


def _baseline_export(db_path: Path, out: Path, key: ContactKey) -> int:
    """The floor: read, open each sealed contact (the decryption any export must do), write."""
    conn = sqlite3.connect(db_path)
    with open(out, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        count = 0
        for row in conn.execute(_SELECT + " ORDER BY s.created_at, s.id"):
            writer.writerow(row[:6] + key.open(row[6]) + row[7:])
            count += 1
    conn.close()
    return count


def bench_export(root: Path, quick: bool) -> list[Row]:
    n = 5_000 if quick else 100_000
    data = root / "export"
    db = open_keyed(data)
    visit_id = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    seed_signups(db, visit_id, n)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pristine = root / "pristine.sqlite3"
    shutil.copy(db.path, pristine)
    out = root / "out.csv"
    repeat = 3 if quick else 5
    baseline = best_of(lambda: _baseline_export(db.path, out, db.contact_key), repeat)
    all_rows = best_of(lambda: export_signups(db, out, new_only=False), repeat)

    times = []
    for i in range(repeat):
        copy = Database(root / f"new-only-{i}.sqlite3")
        shutil.copy(pristine, copy.path)
        assert copy.device_id
        copy.contact_key = db.contact_key

        def new_only_once(copy: Database = copy) -> None:
            result = export_signups(copy, out, new_only=True)
            assert result.rows > 0.5 * n, "the --new run must start from unexported rows"

        times.append(best_of(new_only_once, 1))
    return [
        ratio_row(f"export signups --all, {n:,} rows", all_rows, baseline, "s", 1.5,
                  note="baseline: sqlite3 + sealed-box open + csv.writer"),
        ratio_row(f"export signups --new (marks rows), {n:,} rows", min(times), baseline, "s",
                  1.5, note="baseline: sqlite3 + sealed-box open + csv.writer"),
    ]


def _write_sheet(path: Path, n: int) -> None:
    with open(path, "w", encoding="utf-8", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(COLUMNS)
        for i in range(n):
            s = fake_signup(i)
            writer.writerow([
                s.first_name, s.last_name.lstrip("="), "", s.email.upper(),
                f"(203) 555-{i % 10000:04d}", s.zip_code, s.school, s.grade, s.role,
                ";".join(s.interests), "no", "yes", "yes" if s.email_consent else "no",
                "y" if s.sms_consent else "n",
            ])


def bench_import(root: Path, quick: bool) -> Row:
    from sos_desktop.core.people.signup_rules import normalise_email, normalise_phone

    n = 2_000 if quick else 100_000
    sheet = root / "sheet.csv"
    _write_sheet(sheet, n)

    db = open_keyed(root / "import")
    sealer = Sealer(read_keys(db).public_key)

    def validate_only() -> None:
        """The floor: validate and seal each row (what any sealed import must do)."""
        with open(sheet, encoding="utf-8-sig", newline="") as handle:
            for row in csv.DictReader(handle):
                s = validate_signup(row)
                sealer.seal([s.first_name, s.last_name, s.preferred_name, s.email, s.phone,
                             s.zip_code])

    def clear_caches() -> None:
        normalise_email.cache_clear()
        normalise_phone.cache_clear()

    clear_caches()
    validate = best_of(validate_only, 1)
    visit_id = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    clear_caches()
    imported = best_of(lambda: import_signups(db, sheet, visit_id=visit_id), 1)
    rate, base_rate = n / imported, n / validate
    return ratio_row(f"import {n:,} typed-up rows (rate)", rate, base_rate, "rows/s", 0.5,
                     note="baseline: validation and sealing only, no storage",
                     higher_is_better=True)


def run(quick: bool = False) -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="sos-bench-"))
    try:
        return [bench_cold_start(root, quick), *bench_cli_start(root, quick),
                *bench_export(root, quick),
                bench_import(root, quick)]
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table(run(quick="--quick" in os.sys.argv))
