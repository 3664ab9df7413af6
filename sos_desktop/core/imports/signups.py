"""Typed-up paper sign-in sheets in: every bad row reported as `line N, column C: reason`.

All rows or none go in, in one transaction; with skip_invalid the good rows go in and the rejects
are written beside the file with a reason column. N counts the file's lines (header = line 1).
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.exports.csv_safety import neutralise, write_csv
from sos_desktop.core.imports.csv_reader import (
    ImportRejected,
    RowError,
    csv_rows,
    read_sheet,
    too_many_cells,
)
from sos_desktop.core.imports.receipts import AlreadyImported as AlreadyImported  # for callers
from sos_desktop.core.imports.receipts import record_import, refuse_if_imported
from sos_desktop.core.messages import Code
from sos_desktop.core.people import contacts
from sos_desktop.core.people.consent import PAPER_EMAIL_CONSENT, PAPER_SMS_CONSENT
from sos_desktop.core.people.signup_rules import parse_bool, validate_signup
from sos_desktop.core.people.signups import signup_hour
from sos_desktop.core.security.keystore import sealer
from sos_desktop.core.storage.atomic import atomic_output
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.visits.store import get_visit

COLUMNS = (
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
    "age_13_plus",
    "email_consent",
    "sms_consent",
)
REQUIRED_COLUMNS = ("first_name", "last_name")
RECEIPT_KIND = "import-signups"


@dataclass
class ImportResult:
    imported: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    rejects_path: Path | None = None


def rejects_path(path: Path) -> Path:
    """Where --skip-invalid sets the bad rows aside: FILE.rejected.csv beside FILE.csv."""
    return path.with_name(path.stem + ".rejected.csv")


def _header(path: Path, raw_header: list[str]) -> list[str]:
    names = [h.strip().lower().replace(" ", "_") for h in raw_header]
    problems = []
    for name in names:
        if name not in COLUMNS:
            problems.append(RowError(1, name or "(blank)", "unknown column", "unknown_column"))
    for name in REQUIRED_COLUMNS:
        if name not in names:
            problems.append(RowError(1, name, "required column is missing", "missing_column"))
    duplicates = {n for n in names if names.count(n) > 1}
    problems.extend(RowError(1, d, "column appears twice", "column_twice")
                    for d in sorted(duplicates))
    if problems:
        raise ImportRejected(path, problems)
    return names


def _reject_row(names: list[str], line: int, cells: list[str],
                errors: list[RowError]) -> list[str]:
    """A set-aside row: its cells to fix, then line, column(s) and reason(s). A row that does
    not say its person is 13 or older keeps none of its cells: a refused minor's name and
    contact details never reach the disk."""
    age = dict(zip(names, cells, strict=False)).get("age_13_plus", "")
    kept = [neutralise(c) for c in cells[:len(names)]] if parse_bool(age) is True else []
    columns = list(dict.fromkeys(e.column for e in errors))
    return [*kept, *[""] * (len(names) - len(kept)), str(line), "; ".join(columns),
            "; ".join(e.reason if len(columns) == 1 else f"{e.column}: {e.reason}"
                      for e in errors)]


def import_signups(
    db: Database,
    path: Path,
    *,
    visit_id: str,
    skip_invalid: bool = False,
    again: bool = False,
    clock: UtcClock = utc_now,
) -> ImportResult:
    """Import a typed-up sign-in sheet into a visit. A file whose content was imported before
    is refused (AlreadyImported) unless `again`."""
    path = Path(path)
    text, sha256 = read_sheet(path)
    rows = csv_rows(path, text)
    first = next(rows, None)
    if first is None:
        raise SosError(Code.EMPTY_FILE(path=path))
    names = _header(path, first[1])

    get_visit(db, visit_id)  # NotFound names it
    if not again:
        with db.raw() as conn:
            refuse_if_imported(conn, kind=RECEIPT_KIND, path=path, sha256=sha256,
                               said=Code.ALREADY_IMPORTED_SIGNUPS)
    device_id = db.device_id
    with db.raw() as conn:
        seal_with = sealer(conn)  # no organization key yet: refused before reading rows
    now = signup_hour(clock())  # as the kiosk's: the hour, nothing finer to link by

    result = ImportResult()
    records: list[tuple] = []
    rejects: list[tuple[int, list[str], list[RowError]]] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            error = too_many_cells(line, len(cells), len(names))
            result.errors.append(error)
            rejects.append((line, cells, [error]))
            continue
        data = dict(zip(names, cells, strict=False))
        try:
            signup = validate_signup(data)
        except InvalidInput as exc:
            row_errors = [RowError(line, p.field, p.reason, p.code, p.params)
                          for p in exc.problems]
            result.errors.extend(row_errors)
            rejects.append((line, cells, row_errors))
            continue
        records.append(
            contacts.signup_record(
                signup,
                sealer=seal_with,
                device_id=device_id,
                visit_id=visit_id,
                source="import",
                now=now,
                email_wording=PAPER_EMAIL_CONSENT,
                sms_wording=PAPER_SMS_CONSENT,
            )
        )

    if result.errors and not skip_invalid:
        raise ImportRejected(path, result.errors)
    if rejects:
        result.rejects_path = rejects_path(path)
        with atomic_output(result.rejects_path) as out:
            write_csv(out, [*names, "line", "column", "reason"],
                      (_reject_row(names, line, cells, errors)
                       for line, cells, errors in rejects))
    with db.raw() as conn, write_transaction(conn, db.path):
        contacts.insert_signups(conn, records)
        if records:
            record_import(conn, device_id=device_id, kind=RECEIPT_KIND, now=now,
                          rows=len(records), sha256=sha256, path=path, visit_id=visit_id,
                          rejected=len(rejects))
    result.imported = len(records)
    result.rejected = len(rejects)
    return result
