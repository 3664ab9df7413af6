"""Integrity check and online backup of the database file."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.backups.copy import write_copy
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.storage.db import Database
from sos_desktop.core.storage.schema import HEAD, read_revision

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
    problems: list[str | Message] = field(default_factory=list)  # SQLite's lines: str

    @property
    def ok(self) -> bool:
        return not self.problems


def check_database(db: Database) -> CheckReport:
    report = CheckReport(db.path, None, None)
    try:
        with db.raw() as conn:
            report.revision = read_revision(conn)
            if report.revision != HEAD:
                report.problems.append(Code.SCHEMA_MISMATCH(found=report.revision, expected=HEAD))
            for (message,) in conn.execute("PRAGMA integrity_check"):
                if message != "ok":
                    report.problems.append(f"integrity: {message}")
            for table, rowid, parent, _ in conn.execute("PRAGMA foreign_key_check"):
                report.problems.append(f"{table} row {rowid} points to a missing {parent}")
            row = conn.execute("SELECT value FROM settings WHERE key='device_id'").fetchone()
            report.device_id = row[0] if row else None
            if report.device_id is None:
                report.problems.append(Code.NO_DEVICE_ID())
            for table in COUNTED_TABLES:
                report.counts[table] = conn.execute(f"SELECT count(*) FROM {table}").fetchone()[0]
    except sqlite3.DatabaseError as exc:
        report.problems.append(Code.CANNOT_READ(path=db.path, detail=str(exc)))
    return report


def backup_database(db: Database, out: Path) -> Path:
    """A consistent, verified copy (VACUUM INTO, read-only on the source), renamed in place."""
    return write_copy(db.path, Path(out))
