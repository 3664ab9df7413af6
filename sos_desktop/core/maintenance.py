"""Integrity check and online backup of the database file."""

from __future__ import annotations

import os
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.atomic import describe_os_error
from sos_desktop.core.db import Database
from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.schema import HEAD, read_revision

COUNTED_TABLES = (
    "visits",
    "survey_definitions",
    "survey_responses",
    "survey_answers",
    "signups",
    "export_receipts",
)


@dataclass
class CheckReport:
    path: Path
    revision: str | None
    device_id: str | None
    counts: dict[str, int] = field(default_factory=dict)
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    report = CheckReport(db.path, None, None)
    try:
        with db.raw() as conn:
            report.revision = read_revision(conn)
            if report.revision != HEAD:
                report.problems.append(f"schema is {report.revision}, expected {HEAD}")
            for (message,) in conn.execute("PRAGMA integrity_check"):
                if message != "ok":
                    report.problems.append(f"integrity: {message}")
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                report.problems.append(f"{table} row {rowid} points to a missing {parent}")
            row = conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()
            report.device_id = row[0] if row else None
            if report.device_id is None:
                report.problems.append("no device id in settings")
            for table in COUNTED_TABLES:
                report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(f"cannot read {db.path}: {exc}")
    return report


def backup_database(db: Database, out: Path) -> Path:
    """A consistent copy via SQLite's online backup, written beside `out` and renamed in place."""
    out = Path(out)
    if not out.parent.is_dir():
        raise ExportProblem(f"cannot write {out}: folder {out.parent} does not exist")
    tmp = out.with_name(f".{out.name}.tmp")
    try:
        dest = sqlite3.connect(tmp)
    except sqlite3.Error as exc:
        raise ExportProblem(f"cannot write {out}: {exc}") from exc
    try:
        with db.raw() as conn:
            conn.backup(dest)
        dest.execute("PRAGMA journal_mode=DELETE")
        (verdict,) = dest.execute("PRAGMA integrity_check").fetchone()
        if verdict != "ok":
            raise ExportProblem(f"backup copy {out} failed its integrity check: {verdict}")
    except sqlite3.Error as exc:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise ExportProblem(f"cannot write {out}: {exc}") from exc
    except BaseException:
        dest.close()
        tmp.unlink(missing_ok=True)
        raise
    dest.close()
    try:
        with open(tmp, "rb+") as handle:
            os.fsync(handle.fileno())
        os.replace(tmp, out)
    except OSError as exc:
        tmp.unlink(missing_ok=True)
        raise ExportProblem(describe_os_error(out, exc)) from exc
    return out
