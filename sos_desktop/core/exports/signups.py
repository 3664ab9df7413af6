"""Sign-ups out as CSV for a CRM: consent-filtered, de-duplicated, neutralised, atomic, receipted.

Rows are read with a plain sqlite3 cursor inside one write transaction, so the "already exported"
marks match exactly what the file holds. The profile (core.exports.profiles) shapes the columns;
CRM profiles merge sign-ups of the same person (core.exports.dedupe), `generic` keeps one row per
sign-up.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator, Sequence
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.db import Database, write_transaction
from sos_desktop.core.exports import dedupe as dd
from sos_desktop.core.exports.csv_safety import write_csv
from sos_desktop.core.exports.profiles import GENERIC_HEADER, Profile, profile_named
from sos_desktop.core.exports.profiles import PROFILES as _REGISTRY
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.outputs import staged_output
from sos_desktop.core.people.contacts import open_contact
from sos_desktop.core.security.keystore import contact_key
from sos_desktop.core.security.sealing import ContactKey

__all__ = ["GENERIC_HEADER", "PROFILES", "ExportResult", "export_signups"]

PROFILES = tuple(_REGISTRY)
Progress = Callable[[int, int], None]  # (rows done, rows in all)

_SELECT = """
SELECT s.id, s.created_at, s.visit_id, v.school, v.group_name, v.visit_date,
       s.contact,
       s.school, s.grade, s.role, s.interests, s.visit_requested,
       s.email_consent, s.email_consent_at, s.email_consent_version,
       s.sms_consent, s.sms_consent_at, s.sms_consent_version, s.source
FROM signups s LEFT JOIN visits v ON v.id = s.visit_id
"""
_CONSENTED = "(s.email_consent OR s.sms_consent)"
_NOT_YET = "NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = s.id AND e.profile = ?)"
_CONTACT_AT = 6  # s.contact in _SELECT; opened into first_name .. zip_code


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    skipped_no_consent: int
    sha256: str
    receipt_id: str
    merged: int = 0  # sign-ups folded into another row of the same person
    skipped_no_email: int = 0  # people the profile cannot carry (e.g. Mailchimp needs email)
    likely_duplicates: tuple[dd.LikelyDuplicate, ...] = ()


def _decoder(key: ContactKey) -> Callable[[tuple], tuple]:
    """A _SELECT row to the dedupe field order, the sealed contact opened in place."""
    def decode(r: tuple) -> tuple:
        return r[:_CONTACT_AT] + open_contact(key, r[_CONTACT_AT]) + r[_CONTACT_AT + 1:]
    return decode


def _people(rows: list[tuple], dedupe: bool) -> list[tuple]:
    if not dedupe:
        return [dd.single(r) for r in rows]
    return [dd.single(rows[g[0]]) if len(g) == 1 else dd.merge([rows[i] for i in g])
            for g in dd.group_rows(rows)]


def _streamed(cursor, shape: Profile, ids: list[str],
              progress: Progress | None, decode: Callable[[tuple], tuple]) -> Iterator:
    keep = ids.append
    raw = shape.raw_row
    if raw is None:
        single, build = dd.single, shape.row
        raw = lambda r: build(single(r))  # noqa: E731
    for r in cursor:
        keep(r[0])
        yield raw(decode(r))
        if progress is not None and len(ids) % 2000 == 0:
            progress(len(ids), 0)  # total unknown while streaming: a busy indicator
    if progress is not None:
        progress(len(ids), len(ids))


def _with_progress(rows: Sequence, progress: Progress | None) -> Iterator:
    total = len(rows)
    for i, row in enumerate(rows, 1):
        if progress is not None and i % 2000 == 0:
            progress(i, total)
        yield row
    if progress is not None:
        progress(total, total)


def export_signups(
    db: Database,
    out: Path,
    *,
    profile: str = "generic",
    new_only: bool = True,
    bom: bool = False,
    clock: UtcClock = utc_now,
    dedupe: bool | None = None,
    progress: Progress | None = None,
) -> ExportResult:
    """Write the sign-ups for `profile`; `dedupe` None means the profile's default.

    Needs the unlocked organization key (contacts are sealed at rest)."""
    decode = _decoder(contact_key(db))
    shape = profile_named(profile)
    merge_people = shape.dedupe if dedupe is None else dedupe
    out = Path(out)
    where = [_CONSENTED]
    params: list[object] = []
    if new_only:
        where.append(_NOT_YET)
        params.append(profile)
    condition = " AND ".join(where)
    skip_condition = "NOT " + _CONSENTED + (" AND " + _NOT_YET if new_only else "")

    with db.raw() as conn:
        # The marks written below point at sign-ups read under this same write lock and at the
        # receipt written just before them: checking each of up to 100k keys again would only
        # cost time. The pragma cannot change inside a transaction; the connection is closed
        # when the export ends.
        conn.execute("PRAGMA foreign_keys=OFF")
        # The file reaches `out` as the transaction's last step and leaves again if the
        # COMMIT fails: a CSV of contacts is at the target if and only if its receipt is.
        with staged_output(out, db.path.parent) as staged, write_transaction(conn, db.path):
            skipped = conn.execute(
                f"SELECT count(*) FROM signups s WHERE {skip_condition}", params
            ).fetchone()[0]
            cursor = conn.execute(
                f"{_SELECT} WHERE {condition} ORDER BY s.created_at, s.id", params)
            no_email, exported = 0, []
            doubtful: tuple[dd.LikelyDuplicate, ...] = ()
            rows: Iterator[Sequence[str]]
            if merge_people or shape.needs_email:
                people = _people([decode(r) for r in cursor], merge_people)
                if shape.needs_email:
                    kept = [p for p in people if p[dd.F.email]]
                    no_email, people = len(people) - len(kept), kept
                doubtful = tuple(dd.likely_duplicates(people)) if merge_people else ()
                exported = [i for p in people for i in p[dd.F.signup_ids]]
                rows = (shape.row(p) for p in _with_progress(people, progress))
            else:  # one row per sign-up: stream, nothing to hold in memory
                rows = _streamed(cursor, shape, exported, progress, decode)
            count = write_csv(staged.writer, shape.header, rows, bom=bom)
            digest = staged.sha256.hexdigest()
            receipt_id = record_receipt(
                conn,
                device_id=db.device_id,
                kind="signups",
                profile=profile,
                now=clock(),
                row_count=count,
                sha256=digest,
                path=out,
                details={
                    "new_only": new_only,
                    "skipped_no_consent": skipped,
                    "skipped_no_email": no_email,
                    "bom": bom,
                    "dedupe": merge_people,
                    "signups": len(exported),
                    # Ids only: the receipt must not copy contact data out of core.people.contacts.
                    "likely_duplicates": [list(map(list, d.signup_ids)) for d in doubtful],
                },
            )
            conn.executemany(
                "INSERT OR IGNORE INTO signup_exports (signup_id, profile, receipt_id)"
                " VALUES (?, ?, ?)",
                ((signup_id, profile, receipt_id) for signup_id in exported),
            )
            staged.publish()
    return ExportResult(out, count, skipped, digest, receipt_id, merged=len(exported) - count,
                        skipped_no_email=no_email, likely_duplicates=doubtful)
