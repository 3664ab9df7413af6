"""`bundle export`: everything this laptop has (or only what no earlier bundle carried) as one
verified file for another laptop to merge."""

from __future__ import annotations

import json
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.clock import UtcClock, db_stamp, utc_now
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.security import bounded, laptop_key
from sos_desktop.core.security.keys import KeyProblem
from sos_desktop.core.security.keystore import read_keys
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.outputs import staged_output
from sos_desktop.core.storage.schema import HEAD

# Small parent tables always travel whole, so the other laptop can resolve every reference.
_INCREMENTAL = ("survey_responses", "signups")


@dataclass(frozen=True)
class BundleExport:
    path: Path
    bundle_id: str
    counts: dict[str, int]
    sha256: str


def _within_limits(files: dict[str, bytes], new_only: bool) -> None:
    """Refuse to write a bundle the organizer's laptop would refuse as too large."""
    limits = bounded.BUNDLE_LIMITS
    total = sum(len(data) for data in files.values())
    largest = max(len(data) for data in files.values())
    if largest > limits.member_bytes or total > limits.total_bytes:
        code = Code.BUNDLE_TOO_BIG_TO_WRITE if new_only else Code.BUNDLE_TOO_BIG_SEND_NEW
        raise bounded.TooLarge(code(size=total >> 20, limit=limits.total_bytes >> 20,
                                    member=limits.member_bytes >> 20))


def export_bundle(db: Database, out: Path, *, new_only: bool = False,
                  clock: UtcClock = utc_now) -> BundleExport:
    out = Path(out)
    keys = read_keys(db)
    if keys is None:
        raise KeyProblem(Code.BUNDLE_NEEDS_KEYS())
    signer = laptop_key.signing_key(Path(db.path).parent)  # this laptop's own key
    bundle_id = new_id()
    now = clock()
    # One write transaction: one snapshot, and the marks below match the file, which reaches
    # `out` as its last step (outputs.staged_output: file there if and only if the receipt).
    with db.raw() as conn, staged_output(out, db.path.parent) as staged, \
            write_transaction(conn, db.path):
        files: dict[str, bytes] = {}
        counts: dict[str, int] = {}
        carried: dict[str, list[str]] = {}
        for table in bf.TABLES:
            incremental = new_only and table in _INCREMENTAL
            records = list(bf.local_records(conn, table, not_bundled=incremental))
            counts[table] = len(records)
            if table in _INCREMENTAL:
                carried[table] = [r["id"] for r in records]
            files[f"{table}.jsonl"] = bf.jsonl(records)
        _within_limits(files, new_only)
        data, _manifest = bf.build_zip(files, {
            "bundle_id": bundle_id,
            "device_id": db.device_id,
            "created_at": now.strftime("%Y-%m-%dT%H:%M:%SZ"),
            "schema": HEAD,
            "new_only": new_only,
        }, keys, signer, laptop_key.default_name())
        staged.write(data)
        digest = staged.sha256.hexdigest()
        for table, ids in carried.items():
            conn.executemany(
                "INSERT OR IGNORE INTO bundled_records (table_name, record_id) VALUES (?, ?)",
                ((table, i) for i in ids),
            )
        details = {"counts": counts, "new_only": new_only}
        conn.execute(
            "INSERT INTO bundle_receipts (id, device_id, created_at, direction, bundle_id,"
            " source_device_id, sha256, path, details) VALUES (?, ?, ?, 'export', ?, ?, ?,"
            " ?, ?)",
            (new_id(), db.device_id, db_stamp(now), bundle_id,
             db.device_id, digest, str(out.resolve()), json.dumps(details)),
        )
        record_receipt(conn, device_id=db.device_id, kind="bundle", profile="", now=now,
                       row_count=sum(counts.values()), sha256=digest, path=out,
                       details={**details, "bundle_id": bundle_id})
        staged.publish()
    return BundleExport(out, bundle_id, counts, digest)
