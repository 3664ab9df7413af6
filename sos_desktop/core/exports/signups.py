"""Sign-ups out as CSV for a CRM: consent-filtered, de-duplicated, neutralised, atomic, receipted.

The rows come from one read snapshot, so the kiosk keeps saving while a long export writes and
syncs its file; then the receipt and the "already exported" marks go in, in one short write
transaction with foreign keys checked. The marks name exactly the sign-ups the file holds: their
ids wait in a temporary table on the export's own connection, never in a Python list, so memory
stays flat however many sign-ups there are. CRM profiles merge sign-ups of the same person
(core.exports.dedupe) one person at a time; `generic` streams one row per sign-up.

Contacts are sealed at rest (core.security): the export needs the unlocked organization key and
opens each contact once (a sealed box costs ~50 µs to open: most of an export's time). Dedupe
groups on the normalised email, phone and name, but the temporary table holds only keyed hashes
of them (`Hasher`: keyed BLAKE2b under a random key made for this export and never stored), and
the opened sign-ups wait in a temporary file encrypted under another such key (`VeiledFile`):
neither reveals anything once the keys are gone. So both may reach the disk (temp_store=FILE)
and memory stays flat at any size; merging and the "likely duplicates" list read the sign-ups
back from there (core/exports/signup_run.py).
The file is staged beside its target and published as the mark transaction's last step
(core.storage.outputs): it is there if and only if its receipt is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from sos_desktop.core.clock import LocalTime, UtcClock, utc_now
from sos_desktop.core.exports import dedupe as dd
from sos_desktop.core.exports.csv_safety import write_csv, write_lines
from sos_desktop.core.exports.profiles import GENERIC_HEADER, profile_named
from sos_desktop.core.exports.profiles import PROFILES as _REGISTRY
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.exports.signup_run import BATCH_TABLE, SIGNUP_ID, Progress, Run
from sos_desktop.core.security.keystore import contact_key
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.outputs import staged_output

__all__ = ["GENERIC_HEADER", "PROFILES", "ExportPreview", "ExportResult", "export_signups",
           "preview_signups"]

PROFILES = tuple(_REGISTRY)

_CONSENTED = "(s.email_consent OR s.sms_consent)"
_NOT_YET = "NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = s.id AND e.profile = ?)"


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


@dataclass(frozen=True)
class ExportPreview:
    """What `export_signups` would write now, before anything is written."""

    rows: int
    skipped_no_consent: int
    merged: int  # sign-ups folded into another row of the same person
    skipped_no_email: int


def _selection(profile: str, new_only: bool) -> tuple[str, list[object], str]:
    """(where, params, where of the sign-ups left out for want of consent)."""
    where, params = [_CONSENTED], list[object]()
    if new_only:
        where.append(_NOT_YET)
        params.append(profile)
    skip = "NOT " + _CONSENTED + (" AND " + _NOT_YET if new_only else "")
    return " AND ".join(where), params, skip


def preview_signups(db: Database, *, profile: str = "generic", new_only: bool = True,
                    dedupe: bool | None = None) -> ExportPreview:
    """How many rows the export would write (after merging and the profile's rules), read the
    way the export reads but writing nothing and marking nothing. Needs the unlocked key."""
    key = contact_key(db)
    shape = profile_named(profile)
    merge_people = shape.dedupe if dedupe is None else dedupe
    where, params, skip = _selection(profile, new_only)
    with db.raw() as conn:  # its temporary table goes with it
        conn.execute("PRAGMA temp_store=FILE")
        conn.execute(BATCH_TABLE)
        run = Run(conn, shape, where, params, None, LocalTime(None), key)
        try:
            conn.execute("BEGIN")
            try:
                skipped = conn.execute(f"SELECT count(*) FROM signups s WHERE {skip}",
                                       params).fetchone()[0]
                if merge_people or shape.needs_email:
                    rows = sum(map(len, run.people(merge_people)))
                    signups = run.carried
                else:
                    rows = signups = conn.execute(
                        f"SELECT count(*) FROM signups s WHERE {where}", params).fetchone()[0]
            finally:
                conn.execute("ROLLBACK")  # it only read
        finally:
            run.close()
    return ExportPreview(rows, skipped, signups - rows, run.no_email)


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
    zone: tzinfo | None = None,
) -> ExportResult:
    """Write the sign-ups for `profile`; `dedupe` None means the profile's default. Times go
    out in `zone` (None: the system's) as ISO 8601 with the offset; CRM dates are local dates.

    Needs the unlocked organization key (contacts are sealed at rest)."""
    key = contact_key(db)
    shape = profile_named(profile)
    merge_people = shape.dedupe if dedupe is None else dedupe
    out = Path(out)
    where, params, skip_condition = _selection(profile, new_only)

    with db.raw() as conn:  # its temporary table goes with it
        # Before any temporary table exists. It holds ids and keyed hashes only, so it may
        # spill to a temporary file rather than grow in memory with the number of sign-ups.
        conn.execute("PRAGMA temp_store=FILE")
        conn.execute(BATCH_TABLE)
        run = Run(conn, shape, where, params, progress, LocalTime(zone), key)
        try:
            # The file reaches `out` as the mark transaction's last step and leaves again if
            # its COMMIT fails: a CSV of contacts is at the target if and only if its receipt is.
            with staged_output(out, db.path.parent) as staged:
                conn.execute("BEGIN")  # one read snapshot: writers go on meanwhile (WAL)
                try:
                    # Without --new, the sign-ups left out are all less those read: counting
                    # them all takes an index, counting the left-out a pass over the table.
                    skipped = conn.execute(
                        f"SELECT count(*) FROM signups s WHERE {skip_condition}"
                        if new_only else "SELECT count(*) FROM signups", params
                    ).fetchone()[0]
                    by_person = merge_people or shape.needs_email
                    if by_person:
                        count = write_lines(staged.writer, shape.header, run.people(
                            merge_people), bom=bom)
                    else:
                        count = write_csv(staged.writer, shape.header, run.sign_ups(), bom=bom)
                    doubtful = run.likely_duplicates() if merge_people else ()
                    if not new_only:
                        skipped -= run.read
                    exported = run.carried
                    conn.execute("COMMIT")  # ends the read; keeps the temporary tables' rows
                except BaseException:
                    if conn.in_transaction:
                        conn.execute("ROLLBACK")
                    raise
                digest = staged.sha256.hexdigest()
                with write_transaction(conn, db.path):
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
                            "skipped_no_email": run.no_email,
                            "bom": bom,
                            "dedupe": merge_people,
                            "signups": exported,
                            # Ids only: the receipt must not copy contact data out of
                            # core.people.contacts.
                            "likely_duplicates": [list(map(list, d.signup_ids))
                                                  for d in doubtful],
                        },
                    )
                    conn.execute(
                        "INSERT OR IGNORE INTO signup_exports (signup_id, profile, receipt_id)"
                        f" SELECT {SIGNUP_ID}, ?, ? FROM temp.export_batch WHERE kept",
                        (profile, receipt_id),
                    )
                    staged.publish()
        finally:  # the chunks' file goes now; the hashes' key goes with the run
            run.close()
    return ExportResult(out, count, skipped, digest, receipt_id, merged=exported - count,
                        skipped_no_email=run.no_email, likely_duplicates=doubtful)
