"""Issue 20 figures: importing an online export (KoboToolbox shape) of N rows into a visit.

(a) time for N rows against a floor in the same run: csv.reader + plain sqlite3 inserts of
    the same cells (no mapping, no kiosk checks, no skip rules, no hashing); goal ≤ 8× the
    floor (measured 5–7× on a shared 2-core machine);
(b) peak Python memory (tracemalloc) for N rows against N/10 rows: bounded memory means the
    peak barely grows with the file; goal ≤ 2×;
(c) a second import of the same file (every row "already in"), against the first; goal ≤ 1×.
"""

from __future__ import annotations

import csv
import shutil
import sqlite3
import tempfile
import time
import tracemalloc
from pathlib import Path

from benchmarks.common import Row, ratio_row
from sos_desktop.core.imports.online.importer import import_online_responses
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.surveys.store import ensure_builtin_surveys
from sos_desktop.core.visits.store import create_visit


def _export(path: Path, n: int) -> Path:
    from tests.core.imports.online.test_online_import import kobo_csv

    return kobo_csv(path, n, delimiter=",")


def _visit(root: Path):
    db = open_database(root)
    ensure_builtin_surveys(db)
    visit = create_visit(db, {"school": "Hillhouse", "group_name": "Zoom",
                              "visit_date": "2026-10-14", "survey_key": "hillhouse-cross"})
    return db, visit


def _floor(path: Path, root: Path) -> float:
    start = time.perf_counter()
    conn = sqlite3.connect(root / "floor.sqlite3")
    conn.execute("PRAGMA journal_mode=WAL")
    conn.execute("CREATE TABLE r (id TEXT PRIMARY KEY, q TEXT, v TEXT) WITHOUT ROWID")
    with path.open(newline="", encoding="utf-8") as f:
        reader = csv.reader(f)
        header = next(reader)
        with conn:
            conn.executemany("INSERT INTO r VALUES (?, ?, ?)", (
                (f"{n}:{i}", header[i], cell) for n, row in enumerate(reader)
                for i, cell in enumerate(row[4:12], start=4)))
    conn.close()
    return time.perf_counter() - start


def _timed_import(db, path: Path, visit: str) -> tuple[float, int]:
    start = time.perf_counter()
    result = import_online_responses(db, path, visit_id=visit)
    return time.perf_counter() - start, result.added


def _peak(root: Path, n: int) -> float:
    db, visit = _visit(root)
    path = _export(root / "peak.csv", n)
    tracemalloc.start()
    import_online_responses(db, path, visit_id=visit)
    peak = tracemalloc.get_traced_memory()[1]
    tracemalloc.stop()
    return peak / 1e6


def run(quick: bool = False) -> list[Row]:
    n = 20_000 if quick else 100_000
    root = Path(tempfile.mkdtemp(prefix="sos-bench-online-"))
    try:
        path = _export(root / "kobo.csv", n)
        floor = _floor(path, root)
        db, visit = _visit(root / "data")
        first, added = _timed_import(db, path, visit)
        second, _ = _timed_import(db, path, visit)
        small = _peak(root / "small", n // 10)
        large = _peak(root / "large", n)
        return [
            ratio_row(f"online import of {n:,} Kobo rows ({added:,} added)", first, floor, "s",
                      8.0, note="floor: csv.reader + sqlite3 inserts of the same cells"),
            ratio_row(f"peak memory, {n:,} rows vs {n // 10:,}", large, small, "MB", 2.0),
            ratio_row(f"second import of {n:,} rows (all already in)", second, first, "s", 1.0),
        ]
    finally:
        shutil.rmtree(root, ignore_errors=True)
