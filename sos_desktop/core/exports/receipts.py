"""Export receipts: what left the laptop, when, how many rows, and the file's SHA-256."""

from __future__ import annotations

import json
import sqlite3
from datetime import datetime
from pathlib import Path
from typing import Any

from sos_desktop.core.clock import db_stamp
from sos_desktop.core.ids import new_id
from sos_desktop.core.storage.db import Database, write_transaction


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
            db_stamp(now),
            kind,
            profile,
            row_count,
            sha256,
            str(Path(path).resolve()),
            json.dumps(details or {}, sort_keys=True),
        ),
    )
    return receipt_id


def save_receipt(db: Database, data: bytes | None = None, **fields: Any) -> str:
    """record_receipt in a transaction of its own, for outputs that change nothing else.

    With `data`, the file is written at fields["path"] in the same step: it is there if and
    only if its receipt is committed (core.storage.outputs)."""
    from sos_desktop.core.storage.outputs import staged_output

    if data is None:
        with db.raw() as conn, write_transaction(conn, db.path):
            return record_receipt(conn, device_id=db.device_id, **fields)
    with db.raw() as conn, staged_output(Path(fields["path"]), db.path.parent) as staged, \
            write_transaction(conn, db.path):
        staged.write(data)
        receipt_id = record_receipt(conn, device_id=db.device_id, **fields)
        staged.publish()
    return receipt_id
