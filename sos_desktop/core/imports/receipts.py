"""Receipts of imported files. The file's SHA-256 says whether the same content already went
in, so a typed-up sheet imported twice never doubles its sign-ups or answers by accident."""

from __future__ import annotations

import json
import sqlite3
from datetime import UTC, datetime
from pathlib import Path

from sos_desktop.core.errors import SosError
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.messages import Code, Message


class AlreadyImported(SosError):
    """The file's content was imported before; nothing was changed."""

    def __init__(self, path: Path, message: str | Message, *, kind: str = "",
                 imported_at: str = "",
                 rows: int = 0, visit: str = "") -> None:
        # The facts of the message, for a window that words it in its own language.
        self.path, self.kind, self.imported_at, self.rows, self.visit = (
            path, kind, imported_at, rows, visit)
        super().__init__(message)


def refuse_if_imported(conn: sqlite3.Connection, *, kind: str, path: Path, sha256: str,
                       said: Code) -> None:
    """Raise AlreadyImported when a `kind` import with this SHA-256 exists; `said` is its
    message (ALREADY_IMPORTED_SIGNUPS or ALREADY_IMPORTED_RESPONSES: the rows it names)."""
    row = conn.execute(
        "SELECT created_at, row_count, details FROM export_receipts WHERE kind = ? AND"
        " sha256 = ? ORDER BY created_at DESC LIMIT 1", (kind, sha256)).fetchone()
    if row is None:
        return
    created, count, details = row
    visit = conn.execute("SELECT school, group_name FROM visits WHERE id = ?",
                         (json.loads(details).get("visit_id"),)).fetchone()
    when = datetime.fromisoformat(created).replace(tzinfo=UTC).astimezone()
    where = f"{visit[0]} · {visit[1]}" if visit else "?"  # visits are never deleted
    raise AlreadyImported(path, said(file=path.name, date=f"{when:%Y-%m-%d}",
                                     time=f"{when:%H:%M}", n=count, visit=where),
                          kind=kind, imported_at=f"{when:%Y-%m-%d %H:%M}", rows=count,
                          visit=where if visit else "")


def record_import(conn: sqlite3.Connection, *, device_id: str, kind: str, now: datetime,
                  rows: int, sha256: str, path: Path, visit_id: str, **details: object) -> str:
    """The import's receipt, in the caller's transaction (with the rows it records)."""
    return record_receipt(conn, device_id=device_id, kind=kind, profile="", now=now,
                          row_count=rows, sha256=sha256, path=path,
                          details={"visit_id": visit_id, **details})
