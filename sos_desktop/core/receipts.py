"""Export receipts: what left the laptop, when, how many rows, and the file's SHA-256."""

from __future__ import annotations

import json
import sqlite3
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path

from sos_desktop.core.ids import new_id


@dataclass(frozen=True)
class Receipt:
    id: str
    kind: str
    profile: str
    created_at: str
    row_count: int
    sha256: str
    path: str
    details: dict


def record_receipt(
    conn: sqlite3.Connection,
    *,
    device_id: str,
    kind: str,
    profile: str,
    now: datetime,
    row_count: int,
    sha256: str,
    path: Path,
    details: dict | None = None,
) -> str:
    receipt_id = new_id()
    conn.execute(
        "INSERT INTO export_receipts (id, device_id, created_at, kind, profile, row_count,"
        " sha256, path, details) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        (
            receipt_id,
            device_id,
            now.strftime("%Y-%m-%d %H:%M:%S.%f"),
            kind,
            profile,
            row_count,
            sha256,
            str(Path(path).resolve()),
            json.dumps(details or {}, sort_keys=True),
        ),
    )
    return receipt_id


def list_receipts(conn: sqlite3.Connection, limit: int = 50) -> list[Receipt]:
    rows = conn.execute(
        "SELECT id, kind, profile, created_at, row_count, sha256, path, details"
        " FROM export_receipts ORDER BY created_at DESC LIMIT ?",
        (limit,),
    ).fetchall()
    return [Receipt(*r[:7], details=json.loads(r[7])) for r in rows]
