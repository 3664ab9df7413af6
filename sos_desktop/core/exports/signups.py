"""Sign-ups out as CSV for a CRM: consent-filtered, de-duplicated, neutralised, atomic, receipted.

The rows come from one read snapshot, so the kiosk keeps saving while a long export writes and
syncs its file; then the receipt and the "already exported" marks go in, in one short write
transaction with foreign keys checked. The marks name exactly the sign-ups the file holds: their
ids wait in a temporary table on the export's own connection, never in a Python list, so memory
stays flat however many sign-ups there are. CRM profiles merge sign-ups of the same person
(core.exports.dedupe) one person at a time; `generic` streams one row per sign-up.

Contacts are sealed at rest (core.security): the export needs the unlocked organization key and
opens each contact once (a sealed box costs ~50 µs to open: most of an export's time). Dedupe
groups on the normalised email, phone and name, but the temporary tables hold only keyed hashes
of them (`Hasher`: keyed BLAKE2b under a random key made for this export and never stored) and
the opened contacts encrypted under another such key (`Veil`), which reveal nothing once the
keys are gone. So the temporary tables may spill to a file (temp_store=FILE) and memory stays
flat at any size; the rows and the "likely duplicates" list read the contacts back from there.
The file is staged beside its target and published as the mark transaction's last step
(core.outputs): it is there if and only if its receipt is.
"""

from __future__ import annotations

import sqlite3
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import tzinfo
from pathlib import Path

from sos_desktop.core.clock import LocalTime, UtcClock, utc_now
from sos_desktop.core.db import Database, write_transaction
from sos_desktop.core.exports import dedupe as dd
from sos_desktop.core.exports.csv_safety import write_csv
from sos_desktop.core.exports.profiles import GENERIC_HEADER, Profile, profile_named
from sos_desktop.core.exports.profiles import PROFILES as _REGISTRY
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.exports.veil import Hasher, Veil
from sos_desktop.core.outputs import staged_output
from sos_desktop.core.people.contacts import CONTACT_COLUMNS, open_contact
from sos_desktop.core.security.keystore import contact_key
from sos_desktop.core.security.sealing import ContactKey

__all__ = ["GENERIC_HEADER", "PROFILES", "ExportPreview", "ExportResult", "export_signups",
           "preview_signups"]

PROFILES = tuple(_REGISTRY)
Progress = Callable[[int, int], None]  # (rows done, rows in all; 0 while unknown)

_COLUMNS = """
       s.id, s.created_at, s.visit_id, v.school, v.group_name, v.visit_date,
       s.contact,
       s.school, s.grade, s.role, s.interests, s.visit_requested,
       s.email_consent, s.email_consent_at, s.email_consent_version,
       s.sms_consent, s.sms_consent_at, s.sms_consent_version, s.source"""
_SELECT = f"SELECT {_COLUMNS}\nFROM signups s LEFT JOIN visits v ON v.id = s.visit_id\n"
_CONSENTED = "(s.email_consent OR s.sms_consent)"
_NOT_YET = "NOT EXISTS (SELECT 1 FROM signup_exports e WHERE e.signup_id = s.id AND e.profile = ?)"
_ORDER = "ORDER BY s.created_at, s.id"
_CONTACT_AT = 6  # s.contact in _SELECT; opened into first_name .. zip_code
_EMAIL_AT, _PHONE_AT = CONTACT_COLUMNS.index("email"), CONTACT_COLUMNS.index("phone")
_CHUNK = 2000  # rows per progress report and per batch of temporary-table writes
_EMAIL, _FIRST_NAME, _LAST_NAME = dd.F.email, dd.F.first_name, dd.F.last_name

# The sign-ups this export carries, numbered in file order. `email_key`/`phone_key` are keyed
# hashes (NULL: no such contact); `person` is the first n of the person the row belongs to
# (itself unless merged); `kept` = 0 for a person the profile cannot carry (Mailchimp without
# an email), who is not marked as exported. Then _SELECT's columns after s.id, with the contact
# opened once and kept under Veil's key: writing the people reads this table alone.
_ROW_COLUMNS = ("created_at", "visit_id", "visit_school", "visit_group", "visit_date",
                "contact", "school", "grade", "role", "interests", "visit_requested",
                "email_consent", "email_consent_at", "email_consent_version", "sms_consent",
                "sms_consent_at", "sms_consent_version", "source")
_BATCH_TABLES = (
    "CREATE TEMP TABLE export_batch (n INTEGER PRIMARY KEY, signup_id TEXT NOT NULL,"
    " email_key BLOB, phone_key BLOB, person INTEGER, kept INTEGER NOT NULL DEFAULT 1, "
    + ", ".join(_ROW_COLUMNS) + ")",
    # One row per person written (p: their first n), for the "same name, different contacts"
    # list; the names themselves are read back only for the people on that list.
    "CREATE TEMP TABLE export_names (p INTEGER PRIMARY KEY, name_key BLOB NOT NULL)",
)
# A person's sign-ups as (n, signup_id, *_ROW_COLUMNS): the contact (veiled) at 7.
_PERSON_SELECT = f"SELECT n, signup_id, {', '.join(_ROW_COLUMNS)} FROM temp.export_batch"
_LATER_SIGN_UPS = f"{_PERSON_SELECT} WHERE person = ? AND person != n ORDER BY n"

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
    with db.raw() as conn:
        conn.execute("PRAGMA temp_store=FILE")
        for table in _BATCH_TABLES:
            conn.execute(table)
        try:
            conn.execute("BEGIN")
            try:
                skipped = conn.execute(f"SELECT count(*) FROM signups s WHERE {skip}",
                                       params).fetchone()[0]
                run = _Run(conn, shape, where, params, None, LocalTime(None), key)
                if merge_people or shape.needs_email:
                    rows = sum(1 for _row in run.people(merge_people))
                    signups = conn.execute("SELECT count(*) FROM temp.export_batch WHERE kept"
                                           ).fetchone()[0]
                else:
                    rows = signups = conn.execute(
                        f"SELECT count(*) FROM signups s WHERE {where}", params).fetchone()[0]
            finally:
                conn.execute("ROLLBACK")  # it only read
        finally:
            for table in ("export_names", "export_batch"):
                conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return ExportPreview(rows, skipped, signups - rows, run.no_email)


def _opener(key: ContactKey) -> Callable[[tuple], tuple]:
    """A _SELECT row to the dedupe field order, the sealed contact opened in place."""
    def decode(r: tuple) -> tuple:
        return r[:_CONTACT_AT] + open_contact(key, r[_CONTACT_AT]) + r[_CONTACT_AT + 1:]
    return decode


def _chunked(conn: sqlite3.Connection, sql: str, rows: Iterable[tuple]) -> None:
    """executemany in slices, so a generator feeding it is never held whole."""
    buffer: list[tuple] = []
    for row in rows:
        buffer.append(row)
        if len(buffer) >= _CHUNK:
            conn.executemany(sql, buffer)
            buffer.clear()
    if buffer:
        conn.executemany(sql, buffer)


class _Run:
    """One export's reading side, on a connection inside a read transaction."""

    def __init__(self, conn: sqlite3.Connection, shape: Profile, where: str, params: list,
                 progress: Progress | None, local: LocalTime, key: ContactKey) -> None:
        self.conn, self.shape, self.where, self.params = conn, shape, where, params
        self.progress, self.local, self.key = progress, local, key
        self.decode = _opener(key)
        self.hashed = Hasher()
        self.veil = Veil()
        self.no_email = 0
        self._heads: bytearray | None = None  # people() sets it: first sign-ups with others

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # --- one row per sign-up: a single pass, ids recorded as they go by --------------------
    def sign_ups(self) -> Iterator[Sequence[str]]:
        raw, local, decode = self.shape.raw_row, self.local, self.decode
        if raw is None:
            single, build = dd.single, self.shape.row
            raw = lambda r, local: build(single(r), local)  # noqa: E731
        ids: list[tuple] = []
        done = 0
        cursor = self.conn.execute(f"{_SELECT} WHERE {self.where} {_ORDER}", self.params)
        for r in cursor:
            ids.append((r[0],))
            yield raw(decode(r), local)
            done += 1
            if len(ids) >= _CHUNK:
                self.conn.executemany("INSERT INTO temp.export_batch (signup_id) VALUES (?)", ids)
                ids.clear()
                self._report(done, 0)  # total unknown while streaming: a busy indicator
        self.conn.executemany("INSERT INTO temp.export_batch (signup_id) VALUES (?)", ids)
        self._report(done, done)

    # --- one row per person ----------------------------------------------------------------
    def _number_sign_ups(self) -> int:
        """Numbers the sign-ups in file order with keyed hashes of their normalised email and
        phone, and their contacts opened, the only time they are (both under this export's
        keys, never in clear: see the module docstring)."""
        cursor = self.conn.execute(f"{_SELECT} WHERE {self.where} {_ORDER}", self.params)
        key, hashed, hide = self.key, self.hashed, self.veil.hide
        at = _CONTACT_AT

        def numbered() -> Iterator[tuple]:
            for n, r in enumerate(cursor, 1):
                contact = open_contact(key, r[at])
                email, phone = contact[_EMAIL_AT], contact[_PHONE_AT]
                yield ((n, r[0], hashed(email.casefold()) if email else None,
                        hashed(phone) if phone else None, n) + r[1:at]
                       + (hide(n, contact),) + r[at + 1:])

        columns = ("n", "signup_id", "email_key", "phone_key", "person", *_ROW_COLUMNS)
        _chunked(self.conn, f"INSERT INTO temp.export_batch ({', '.join(columns)})"
                 f" VALUES ({', '.join('?' * len(columns))})", numbered())
        return self.conn.execute("SELECT max(n) FROM temp.export_batch").fetchone()[0] or 0

    def _group_people(self, count: int) -> bytearray:
        """Sets `person` on the sign-ups that are not their person's first; returns flags, by
        n, of the first sign-ups that have others. Only keys shared by several sign-ups reach
        Python: SQLite sorts the rest away."""
        people = dd.People(count)
        for column in ("email_key", "phone_key"):
            people.link([int(n) for n in group.split(",")] for (group,) in self.conn.execute(
                f"SELECT group_concat(n) FROM temp.export_batch WHERE {column} IS NOT NULL"
                f" GROUP BY {column} HAVING count(*) > 1"))
        heads = bytearray(count + 1)

        def followers() -> Iterator[tuple[int, int]]:
            for first, n in people.merged():
                heads[first] = 1
                yield first, n

        _chunked(self.conn, "UPDATE temp.export_batch SET person = ? WHERE n = ?", followers())
        # A person's later sign-ups by their first n, without indexing everyone.
        self.conn.execute("CREATE INDEX temp.export_batch_later ON export_batch (person, n)"
                          " WHERE person != n")
        return heads

    def _person(self, first: tuple, heads: bytearray | None) -> tuple[int, tuple]:
        """(sign-ups, person) from the row of their first sign-up (`_PERSON_SELECT`'s)."""
        show = self.veil.show
        if heads is None or not heads[first[0]]:
            return 1, dd.single(first[1:7] + show(first[0], first[7]) + first[8:])
        rows = [first, *self.conn.execute(_LATER_SIGN_UPS, (first[0],))]
        return len(rows), dd.merge([r[1:7] + show(r[0], r[7]) + r[8:] for r in rows])

    def people(self, merge: bool) -> Iterator[Sequence[str]]:
        """Rows for people in file order (first sign-up first); without `merge` each sign-up
        is a person of its own."""
        total = self._number_sign_ups()
        heads = self._heads = self._group_people(total) if merge else None
        names: list[tuple] = []
        left_out: list[tuple] = []
        done = 0
        needs_email, row, local, hashed = (self.shape.needs_email, self.shape.row, self.local,
                                           self.hashed)
        # Rows in file order of the person's first sign-up: the table's own order.
        for first in self.conn.execute(f"{_PERSON_SELECT} WHERE person = n ORDER BY n"):
            size, person = self._person(first, heads)
            done += size
            if needs_email and not person[_EMAIL]:
                self.no_email += 1
                left_out.append((first[0],))
            else:
                if merge:
                    names.append((first[0], hashed(
                        dd.name_key(person[_FIRST_NAME], person[_LAST_NAME]))))
                yield row(person, local)
            if done // _CHUNK != (done - size) // _CHUNK:
                self._flush(names, left_out, heads)
                self._report(done, total)
        self._flush(names, left_out, heads)
        self._report(total, total)

    def _flush(self, names: list[tuple], left_out: list[tuple],
               heads: bytearray | None) -> None:
        self.conn.executemany("INSERT INTO temp.export_names VALUES (?, ?)", names)
        self.conn.executemany("UPDATE temp.export_batch SET kept = 0 WHERE n = ?", left_out)
        if heads is not None:
            self.conn.executemany(
                "UPDATE temp.export_batch SET kept = 0 WHERE person = ? AND person != n",
                [first for first in left_out if heads[first[0]]])
        names.clear()
        left_out.clear()

    def likely_duplicates(self) -> tuple[dd.LikelyDuplicate, ...]:
        """People written whose names fold to the same key, grouped by name in file order;
        only their sign-ups are read back, for the names and ids the list shows."""
        doubtful = [p for (p,) in self.conn.execute(
            "SELECT p FROM temp.export_names WHERE name_key IN (SELECT name_key FROM"
            " temp.export_names GROUP BY name_key HAVING count(*) > 1) ORDER BY p")]
        heads = self._heads
        by_name: dict[str, list[tuple]] = {}
        for p in doubtful:
            first = self.conn.execute(f"{_PERSON_SELECT} WHERE n = ?", (p,)).fetchone()
            person = self._person(first, heads)[1]
            first_name, last_name = person[dd.F.first_name], person[dd.F.last_name]
            by_name.setdefault(dd.name_key(first_name, last_name), []).append(
                (first_name, last_name, person[dd.F.signup_ids]))
        return tuple(dd.LikelyDuplicate(f"{g[0][0]} {g[0][1]}", tuple(p[2] for p in g))
                     for g in by_name.values())


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

    with db.raw() as conn:
        # Before any temporary table exists. They hold ids and keyed hashes only, so they may
        # spill to a temporary file rather than grow in memory with the number of sign-ups.
        conn.execute("PRAGMA temp_store=FILE")
        for table in _BATCH_TABLES:
            conn.execute(table)
        try:
            # The file reaches `out` as the mark transaction's last step and leaves again if
            # its COMMIT fails: a CSV of contacts is at the target if and only if its receipt is.
            with staged_output(out, db.path.parent) as staged:
                conn.execute("BEGIN")  # one read snapshot: writers go on meanwhile (WAL)
                try:
                    skipped = conn.execute(
                        f"SELECT count(*) FROM signups s WHERE {skip_condition}", params
                    ).fetchone()[0]
                    run = _Run(conn, shape, where, params, progress,
                               LocalTime(zone), key)
                    by_person = merge_people or shape.needs_email
                    rows = run.people(merge_people) if by_person else run.sign_ups()
                    count = write_csv(staged.writer, shape.header, rows, bom=bom)
                    doubtful = run.likely_duplicates() if merge_people else ()
                    exported = conn.execute(
                        "SELECT count(*) FROM temp.export_batch WHERE kept").fetchone()[0]
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
                        " SELECT signup_id, ?, ? FROM temp.export_batch WHERE kept",
                        (profile, receipt_id),
                    )
                    staged.publish()
        finally:  # the hashes go with the tables; their key went with the run
            for table in ("export_names", "export_batch"):
                conn.execute(f"DROP TABLE IF EXISTS temp.{table}")
    return ExportResult(out, count, skipped, digest, receipt_id, merged=exported - count,
                        skipped_no_email=run.no_email, likely_duplicates=doubtful)
