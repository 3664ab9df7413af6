"""Typed-up paper sign-in sheets in: every bad row reported as `line N, column C: reason`.

All rows or none go in, in one transaction; with skip_invalid the good rows go in and the rejects
are written beside the file with a reason column. N counts the file's lines (header = line 1).
"""

from __future__ import annotations

import csv
import io
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core import contacts
from sos_desktop.core.atomic import atomic_output
from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.consent import PAPER_EMAIL_CONSENT, PAPER_SMS_CONSENT
from sos_desktop.core.csv_safety import neutralise, write_csv
from sos_desktop.core.db import Database, write_transaction
from sos_desktop.core.errors import SosError
from sos_desktop.core.problems import InvalidInput
from sos_desktop.core.security.keystore import sealer
from sos_desktop.core.signup_rules import validate_signup
from sos_desktop.core.visits import get_visit

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


@dataclass(frozen=True)
class RowError:
    line: int
    column: str
    reason: str

    def __str__(self) -> str:
        return f"line {self.line}, column {self.column}: {self.reason}"


@dataclass
class ImportResult:
    imported: int = 0
    rejected: int = 0
    errors: list[RowError] = field(default_factory=list)
    rejects_path: Path | None = None


class ImportRejected(SosError):
    def __init__(self, path: Path, errors: list[RowError]) -> None:
        self.path = path
        self.errors = errors
        super().__init__(f"{path}: {len(errors)} problem(s), nothing imported")


def rejects_path(path: Path) -> Path:
    """Where --skip-invalid sets the bad rows aside: FILE.rejected.csv beside FILE.csv."""
    return path.with_name(path.stem + ".rejected.csv")


def _read_text(path: Path) -> str:
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise SosError(f"{path}: no such file") from None
    except OSError as exc:
        raise SosError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise SosError(
            f"{path}: line {line} is not UTF-8 text; save the sheet as 'CSV UTF-8'"
        ) from None


def _header(path: Path, raw_header: list[str]) -> list[str]:
    names = [h.strip().lower().replace(" ", "_") for h in raw_header]
    problems = []
    for name in names:
        if name not in COLUMNS:
            problems.append(RowError(1, name or "(blank)", "unknown column"))
    for name in REQUIRED_COLUMNS:
        if name not in names:
            problems.append(RowError(1, name, "required column is missing"))
    duplicates = {n for n in names if names.count(n) > 1}
    problems.extend(RowError(1, d, "column appears twice") for d in sorted(duplicates))
    if problems:
        raise ImportRejected(path, problems)
    return names


def _rows(path: Path, text: str) -> Iterator[tuple[int, list[str]]]:
    """(first line number of the record, cells); csv handles quoted newlines."""
    reader = csv.reader(io.StringIO(text, newline=""))
    last_line = 0
    try:
        for cells in reader:
            yield last_line + 1, cells
            last_line = reader.line_num
    except csv.Error as exc:
        raise ImportRejected(path, [RowError(reader.line_num, "-", f"broken CSV: {exc}")]) from None


def import_signups(
    db: Database,
    path: Path,
    *,
    visit_id: str,
    skip_invalid: bool = False,
    clock: UtcClock = utc_now,
) -> ImportResult:
    path = Path(path)
    text = _read_text(path)
    rows = _rows(path, text)
    first = next(rows, None)
    if first is None:
        raise SosError(f"{path}: the file is empty (a header row is needed)")
    names = _header(path, first[1])

    get_visit(db, visit_id)  # NotFound names it
    device_id = db.device_id
    with db.raw() as conn:
        seal_with = sealer(conn)  # no organization key yet: refused before reading rows
    now = clock()

    result = ImportResult()
    records: list[tuple] = []
    rejects: list[tuple[list[str], str]] = []
    for line, cells in rows:
        if not any(c.strip() for c in cells):
            continue
        if len(cells) > len(names):
            error = RowError(line, "-", f"{len(cells)} cells but the header has {len(names)}")
            result.errors.append(error)
            rejects.append((cells, error.reason))
            continue
        data = dict(zip(names, cells, strict=False))
        try:
            signup = validate_signup(data)
        except InvalidInput as exc:
            row_errors = [RowError(line, p.field, p.reason) for p in exc.problems]
            result.errors.extend(row_errors)
            rejects.append((cells, "; ".join(f"{e.column}: {e.reason}" for e in row_errors)))
            continue
        records.append(
            contacts.signup_record(
                signup,
                sealer=seal_with,
                device_id=device_id,
                visit_id=visit_id,
                source="import",
                now=now,
                language="en",
                email_wording=PAPER_EMAIL_CONSENT,
                sms_wording=PAPER_SMS_CONSENT,
            )
        )

    if result.errors and not skip_invalid:
        raise ImportRejected(path, result.errors)
    if rejects:
        result.rejects_path = rejects_path(path)
        with atomic_output(result.rejects_path) as out:
            write_csv(
                out,
                [*names, "reason"],
                ([neutralise(c) for c in cells] + [""] * (len(names) - len(cells)) + [reason]
                 for cells, reason in rejects),
            )
    with db.raw() as conn, write_transaction(conn, db.path):
        contacts.insert_signups(conn, records)
    result.imported = len(records)
    result.rejected = len(rejects)
    return result
