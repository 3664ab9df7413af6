"""Issue 2 figures: cold start, sign-up export, typed-up import; issue 9: CLI start.

(a) app cold start through `sos-desktop` to the visit list painted, against a bare PySide6
    QLabel to its first paint (benchmarks.first_paint), and with 100k sign-ups in the database
    against 10k (the window's counts must not grow with history);
(b) `sos-desktop export signups` of N sign-ups (as a user runs it) against a sqlite3 +
    csv.writer script writing the same rows and columns (opening each sealed contact, the
    decryption any export must do), both as processes, interleaved;
(c) importing N typed-up rows against only validating and sealing the same rows (a rate ratio);
(d) CLI start (`--version`, `visit list`) against `python -c 'import sqlite3'`, and `visit list`
    with 100k sign-ups against 10k.
"""

from __future__ import annotations

import csv
import os
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import datetime
from pathlib import Path

from benchmarks.common import (
    Row,
    best_of,
    fake_signup,
    open_keyed,
    python,
    ratio_row,
    seed_signups,
)
from benchmarks.first_paint import FLOOR_ARGS, app_args, entry_point, interleaved_medians
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.exports.signup_run import SELECT as _SELECT
from sos_desktop.core.exports.signups import GENERIC_HEADER
from sos_desktop.core.imports.signups import COLUMNS, import_signups
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.security.keystore import read_keys
from sos_desktop.core.security.sealing import Sealer
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import create_visit


def _visits(db: Database, count: int = 40) -> list[str]:
    return [create_visit(db, {"school": f"School {i}", "group_name": "Civics",
                              "visit_date": f"2026-{1 + i % 12:02d}-{1 + i % 28:02d}"})
            for i in range(count)]


def _seed_history(db: Database, visits: list[str], signups: int) -> None:
    """`signups` spread over the visits, the first half of the visits already exported."""
    for visit_id in visits:
        seed_signups(db, visit_id, signups // len(visits))
    with db.raw() as conn:
        conn.execute("BEGIN")
        receipt = record_receipt(conn, device_id=db.device_id, kind="signups",
                                 profile="generic", now=datetime(2026, 10, 15), row_count=0,
                                 sha256="", path=db.path.with_name("history.csv"))
        marks = ",".join("?" * (len(visits) // 2))
        conn.execute(f"INSERT INTO signup_exports (signup_id, profile, receipt_id)"
                     f" SELECT id, 'generic', ? FROM signups WHERE visit_id IN ({marks})",
                     (receipt, *visits[: len(visits) // 2]))
        conn.execute("COMMIT")
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")


def _histories(root: Path, quick: bool) -> dict[str, Path]:
    """Data folders with 40 visits: none, a small and a large history of sign-ups."""
    small, large = (1_000, 10_000) if quick else (10_000, 100_000)
    folders = {}
    for name, signups in (("none", 0), (f"{small:,}", small), (f"{large:,}", large)):
        db = open_keyed(root / f"start-{signups}")
        visits = _visits(db)
        if signups:
            _seed_history(db, visits, signups)
        folders[name] = db.path.parent
    return folders


def bench_cold_start(folders: dict[str, Path], quick: bool) -> list[Row]:
    none, small, large = folders
    repeat = 3 if quick else 9
    times = interleaved_medians({"floor": FLOOR_ARGS, **{name: app_args(folder)
                                                         for name, folder in folders.items()}},
                                repeat)
    how = f"median of {repeat} interleaved runs, launch to first paint, offscreen"
    return [
        ratio_row("cold start to the visit list painted", times[none], times["floor"], "s", 1.5,
                  note=f"baseline: a bare PySide6 QLabel window to its first paint; {how}; "
                       "40 visits"),
        ratio_row(f"cold start, {large} sign-ups vs {small}", times[large], times[small], "s",
                  1.1, note=f"the same 40 visits, half exported; {how}"),
    ]


# The floor writes what the app writes: the same rows (those with a consented channel), the
# same columns, in the same order, with nothing but sqlite3, the sealed-box open (which any export
# of sealed contacts must do: the passphrase unlocks the key at the stored cost, as in the app)
# and csv.writer.
CONSENTED_ROWS = _SELECT + " WHERE (s.email_consent OR s.sms_consent) ORDER BY s.created_at, s.id"
FLOOR_EXPORT = """
import csv, os, sqlite3, sys
from pathlib import Path
from sos_desktop.core.storage.db import Database
from sos_desktop.core.security.keystore import unlock
key = unlock(Database(Path(sys.argv[1])), os.environ["SOS_DESKTOP_PASSPHRASE"])
conn = sqlite3.connect(sys.argv[1])
with open(sys.argv[2], "w", encoding="utf-8", newline="") as handle:
    writer = csv.writer(handle)
    writer.writerow(sys.argv[4].split(","))
    for row in conn.execute(sys.argv[3]):
        writer.writerow(row[:6] + key.open(row[6]) + row[7:])
conn.close()
"""


def _interleaved_medians(commands: dict[str, list[str]], repeat: int) -> dict[str, float]:
    """Median wall time of each command, run in turns so load changes hit all alike; the
    first round warms the file cache and is not counted."""
    times: dict[str, list[float]] = {name: [] for name in commands}
    for i in range(repeat + 1):
        for name, args in commands.items():
            start = time.perf_counter()
            subprocess.run(args, check=True, capture_output=True)
            if i:
                times[name].append(time.perf_counter() - start)
    return {name: statistics.median(t) for name, t in times.items()}


def bench_cli_start(folders: dict[str, Path], quick: bool) -> list[Row]:
    none, small, large = folders
    entry = [entry_point()]
    commands = {"floor": [python(), "-c", "import sqlite3"], "version": [*entry, "--version"]}
    commands |= {name: [*entry, "--data-dir", str(folder), "visit", "list"]
                 for name, folder in folders.items()}
    repeat = 5 if quick else 15
    medians = _interleaved_medians(commands, repeat)
    how = f"median of {repeat} interleaved runs, whole process"
    floor = f"baseline: python -c 'import sqlite3'; {how}"
    return [
        ratio_row("sos-desktop --version", medians["version"], medians["floor"], "s", 1.2,
                  note=floor),
        ratio_row("sos-desktop visit list (40 visits)", medians[none], medians["floor"], "s",
                  1.5, note=floor),
        ratio_row(f"sos-desktop visit list, {large} sign-ups vs {small}", medians[large],
                  medians[small], "s", 1.1, note=f"the same 40 visits; {how}"),
    ]


def _data_rows(path: Path) -> int:
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return sum(1 for _ in csv.reader(handle)) - 1


PASSPHRASE_ENV = {**os.environ, "SOS_DESKTOP_PASSPHRASE": "benchmark passphrase"}  # open_keyed's


def _timed(args: list[str]) -> float:
    start = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, timeout=600, env=PASSPHRASE_ENV)
    return time.perf_counter() - start


def bench_export(root: Path, quick: bool) -> list[Row]:
    """`sos-desktop export signups` as a user runs it against the floor script, both as fresh
    processes, interleaved, medians."""
    n = 5_000 if quick else 100_000
    data = root / "export"
    db = open_keyed(data)
    visit_id = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    seed_signups(db, visit_id, n)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    pristine = root / "pristine.sqlite3"
    shutil.copy(db.path, pristine)
    out, floor_out = root / "out.csv", root / "floor.csv"
    floor_cmd = [sys.executable, "-c", FLOOR_EXPORT, str(db.path), str(floor_out),
                 CONSENTED_ROWS, ",".join(GENERIC_HEADER)]
    app = [entry_point(), "--data-dir"]
    repeat = 3 if quick else 5
    samples: dict[str, list[float]] = {"floor": [], "all": [], "new": []}
    for i in range(repeat + 1):  # the first round warms the file cache and is not counted
        fresh = root / f"new-only-{i}"
        fresh.mkdir()
        shutil.copy(pristine, fresh / db.path.name)  # --new needs sign-ups not yet exported
        times = {"floor": _timed(floor_cmd),
                 "all": _timed([*app, str(data), "export", "signups", "--all", "--out",
                                str(out)]),
                 "new": _timed([*app, str(fresh), "export", "signups", "--new", "--out",
                                str(out)])}
        if i:
            for name, seconds in times.items():
                samples[name].append(seconds)
        shutil.rmtree(fresh)
    rows, floor_rows = _data_rows(out), _data_rows(floor_out)
    assert rows == floor_rows, f"the floor wrote {floor_rows} rows, the app {rows}"
    floor = statistics.median(samples["floor"])
    how = (f"baseline: sqlite3 + sealed-box open + csv.writer script writing the same {rows:,} "
           "rows and columns; "
           f"both as processes, median of {repeat} interleaved runs")
    return [
        ratio_row(f"export signups --all, {n:,} sign-ups (CLI)",
                  statistics.median(samples["all"]), floor, "s", 1.5, note=how),
        ratio_row(f"export signups --new (marks rows), {n:,} sign-ups (CLI)",
                  statistics.median(samples["new"]), floor, "s", 1.5, note=how),
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
        folders = _histories(root, quick)
        return [*bench_cold_start(folders, quick), *bench_cli_start(folders, quick),
                *bench_export(root, quick), bench_import(root, quick)]
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    from benchmarks.__main__ import print_table

    print_table(run(quick="--quick" in os.sys.argv))
