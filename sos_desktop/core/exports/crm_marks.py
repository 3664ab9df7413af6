"""'Mark as imported': the organizer records that an export's file reached the CRM.

Exports already remember which sign-ups they carried (for `--new`); this mark says which of
those files were actually loaded into the CRM, so the history shows what got there.
"""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import tzinfo

from sos_desktop.core.clock import LocalTime, UtcClock, db_stamp, utc_now
from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database, write_transaction


@dataclass(frozen=True)
class ExportEntry:
    receipt_id: str
    created_at: str  # local time with offset, ISO 8601 (clock.LocalTime)
    kind: str
    profile: str
    rows: int
    path: str
    sha256: str
    imported_at: str | None  # local time with offset, like created_at
    details: dict


_HISTORY = """
SELECT r.id, r.created_at, r.kind, r.profile, r.row_count, r.path, r.sha256, c.marked_at,
       r.details
FROM export_receipts r LEFT JOIN crm_imports c ON c.receipt_id = r.id
"""


def export_history(db: Database, kind: str | None = "signups", limit: int = 100,
                   zone: tzinfo | None = None) -> list[ExportEntry]:
    """The newest exports first, their times in `zone` (None: the system's local zone)."""
    where, params = ("WHERE r.kind = ?", [kind]) if kind else ("", [])
    with db.raw() as conn:
        rows = conn.execute(
            f"{_HISTORY} {where} ORDER BY r.created_at DESC LIMIT ?", [*params, limit]
        ).fetchall()
    local = LocalTime(zone)
    return [ExportEntry(receipt_id=r[0], created_at=local.iso(r[1]), kind=r[2], profile=r[3],
                        rows=r[4], path=r[5], sha256=r[6], imported_at=local.iso(r[7]) or None,
                        details=json.loads(r[8] or "{}")) for r in rows]


def _resolve(conn: sqlite3.Connection, ref: str) -> str:
    if ref == "last":
        row = conn.execute(
            "SELECT id FROM export_receipts WHERE kind = 'signups'"
            " ORDER BY created_at DESC LIMIT 1"
        ).fetchone()
        if row is None:
            raise NotFound(Code.NO_SIGNUP_EXPORT())
        return row[0]
    # A prefix is enough (the history shows the first 8 characters), if it is unambiguous.
    rows = conn.execute(
        "SELECT id FROM export_receipts WHERE id LIKE ? || '%' LIMIT 2", (ref,)
    ).fetchall()
    if not rows or len(ref) < 4:
        raise NotFound(Code.NO_EXPORT_RECEIPT(id=repr(ref)))
    if len(rows) > 1:
        raise SosError(Code.RECEIPT_AMBIGUOUS(id=repr(ref)))
    return rows[0][0]


def mark_imported(db: Database, ref: str = "last", *, note: str = "",
                  clock: UtcClock = utc_now) -> tuple[str, bool]:
    """Mark one export as loaded into the CRM. Returns (receipt id, newly marked)."""
    with db.raw() as conn, write_transaction(conn, db.path):
        receipt_id = _resolve(conn, ref)
        cur = conn.execute(
            "INSERT OR IGNORE INTO crm_imports (id, device_id, marked_at, receipt_id, note)"
            " VALUES (?, ?, ?, ?, ?)",
            (new_id(), db.device_id, db_stamp(clock()), receipt_id,
             note),
        )
    return receipt_id, cur.rowcount == 1


def signups_not_in_crm(db: Database, profile: str) -> int:
    """Sign-ups no export of `profile` that was marked as imported has carried."""
    with db.raw() as conn:
        return conn.execute(
            "SELECT count(*) FROM signups s WHERE NOT EXISTS (SELECT 1 FROM signup_exports e"
            " JOIN crm_imports c ON c.receipt_id = e.receipt_id"
            " WHERE e.signup_id = s.id AND e.profile = ?)",
            (profile,),
        ).fetchone()[0]
