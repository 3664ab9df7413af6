"""Issue 18 figure: the damage check before a command's first write (core/storage/db.py
`ensure_sound`, SQLite's quick_check) at 10,000 and 100,000 sign-ups, against reading the
same file's bytes once (the floor for any check that looks at every page)."""

from __future__ import annotations

import shutil
import tempfile
from pathlib import Path

from benchmarks.common import Row, best_of, open_keyed, ratio_row, seed_signups
from sos_desktop.core.storage.db import connect, ensure_sound, forget_checks
from sos_desktop.core.visits.store import create_visit


def _read_bytes(path: Path) -> None:
    with open(path, "rb") as handle:
        while handle.read(1 << 20):
            pass


def _check(path: Path) -> None:
    forget_checks()
    conn = connect(path)
    try:
        ensure_sound(conn, path)
    finally:
        conn.close()


def bench_check(root: Path, signups: int) -> Row:
    db = open_keyed(root / f"check-{signups}")
    visit = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    seed_signups(db, visit, signups)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    path = db.path
    size = path.stat().st_size / 2**20
    _check(path)  # warm: the page cache holds the file, as after the command's own reads
    check = best_of(lambda: _check(path), 5)
    read = best_of(lambda: _read_bytes(path), 5)
    return ratio_row(f"damage check, {signups:,} sign-ups ({size:.0f} MiB)", check * 1000,
                     read * 1000, "ms", 25.0,
                     note="before the first write of each command or window session; "
                          "baseline: reading the file's bytes once")


def run(quick: bool = False) -> list[Row]:
    root = Path(tempfile.mkdtemp(prefix="sos-bench-"))
    try:
        return [bench_check(root, n) for n in ((2_000, 10_000) if quick
                                               else (10_000, 100_000))]
    finally:
        shutil.rmtree(root, ignore_errors=True)


if __name__ == "__main__":
    import sys

    from benchmarks.__main__ import print_table

    print_table(run(quick="--quick" in sys.argv))
