"""Sign-ups out as CSV: streamed, consent-filtered, neutralised, atomic, with a receipt.

Rows are streamed from a plain sqlite3 cursor (no ORM objects) inside one write transaction, so
the "already exported" marks match exactly what the file holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.atomic import atomic_output
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.contacts import decode_contact
from sos_desktop.core.csv_safety import neutralise, neutralise_phone, write_csv
from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.receipts import record_receipt

GENERIC_HEADER = (
    "signup_id",
    "created_at",
    "visit_id",
    "visit_school",
    "visit_group",
    "visit_date",
    "first_name",
    "last_name",
    "preferred_name",
    "email",
    "phone",
    "zip_code",
    "school",
    "grade",
    "role",
    "interests",
    "visit_requested",
    "email_consent",
    "email_consent_at",
    "email_consent_version",
    "sms_consent",
    "sms_consent_at",
    "sms_consent_version",
    "source",
)

_SELECT = """
SELECT s.id, s.created_at, s.visit_id, v.school, v.group_name, v.visit_date,
       s.first_name, s.last_name, s.preferred_name, s.email, s.phone, s.zip_code,
       s.school, s.grade, s.role, s.interests, s.visit_requested,
       s.email_consent, s.email_consent_at, s.email_consent_version,
       s.sms_consent, s.sms_consent_at, s.sms_consent_version, s.source
FROM signups s LEFT JOIN visits v ON v.id = s.visit_id
"""
_CONSENTED = "(s.email_consent OR s.sms_consent)"
_NOT_YET = "NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = s.id AND e.profile = ?)"

PROFILES = ("generic",)


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    skipped_no_consent: int
    sha256: str
    receipt_id: str


def _yes(flag: object) -> str:
    return "yes" if flag else "no"


def _generic_rows(cursor, ids: list[str]) -> Iterator[Sequence[str]]:  # noqa: ANN001
    n = neutralise
    keep = ids.append
    for r in cursor:
        keep(r[0])
        email_ok, sms_ok = r[17], r[20]
        # Only channels with consent leave the laptop.
        email = decode_contact(r[9]) if email_ok else ""
        phone = decode_contact(r[10]) if sms_ok else ""
        yield (
            r[0],
            r[1],
            r[2] or "",
            n(r[3]),
            n(r[4]),
            r[5] or "",
            n(decode_contact(r[6])),
            n(decode_contact(r[7])),
            n(decode_contact(r[8])),
            n(email),
            neutralise_phone(phone),
            n(decode_contact(r[11])),
            n(r[12]),
            r[13],
            r[14],
            r[15],
            _yes(r[16]),
            _yes(email_ok),
            r[18] or "",
            r[19],
            _yes(sms_ok),
            r[21] or "",
            r[22],
            r[23],
        )


def export_signups(
    db: Database,
    out: Path,
    *,
    profile: str = "generic",
    new_only: bool = True,
    bom: bool = False,
    clock: UtcClock = utc_now,
) -> ExportResult:
    if profile not in PROFILES:
        raise SosError(f"unknown export profile {profile!r}; known: {', '.join(PROFILES)}")
    out = Path(out)
    where = [_CONSENTED]
    params: list[object] = []
    if new_only:
        where.append(_NOT_YET)
        params.append(profile)
    condition = " AND ".join(where)
    skip_condition = "NOT " + _CONSENTED + (" AND " + _NOT_YET if new_only else "")

    with db.raw() as conn:
        conn.execute("BEGIN IMMEDIATE")
        try:
            skipped = conn.execute(
                f"SELECT count(*) FROM signups s WHERE {skip_condition}", params
            ).fetchone()[0]
            cursor = conn.execute(
                f"{_SELECT} WHERE {condition} ORDER BY s.created_at, s.id", params
            )
            exported_ids: list[str] = []
            with atomic_output(out) as writer:
                rows = _generic_rows(cursor, exported_ids)
                count = write_csv(writer, GENERIC_HEADER, rows, bom=bom)
            digest = writer.sha256.hexdigest()
            receipt_id = record_receipt(
                conn,
                device_id=db.device_id,
                kind="signups",
                profile=profile,
                now=clock(),
                row_count=count,
                sha256=digest,
                path=out,
                details={"new_only": new_only, "skipped_no_consent": skipped, "bom": bom},
            )
            conn.executemany(
                "INSERT OR IGNORE INTO signup_exports (signup_id, profile, receipt_id)"
                " VALUES (?, ?, ?)",
                ((signup_id, profile, receipt_id) for signup_id in exported_ids),
            )
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    return ExportResult(out, count, skipped, digest, receipt_id)
