"""An online export (KoboToolbox, ODK, Google Forms) into a visit, as anonymous "online"
responses that went through the kiosk's checks and skip rules.

- Every column is planned first (columns.py); a column that matches no question, or several,
  refuses the whole file naming it, and a file made for another stored survey is named so.
- Nothing that names a student or a moment is stored: identifying columns are dropped,
  timestamps only feed the keyed hash below, and the response's time is the visit's date.
- Never doubled: each submission is remembered as HMAC-SHA256(per-database secret, its Kobo /
  ODK submission id, or for Google Forms its timestamp and answers); one already in is counted,
  not stored. The digest is linked to no response, no visit, no time.
- Rows go in as one transaction, in batches shuffled before insertion (no file order kept), so
  100,000 rows take bounded memory. A row the kiosk would refuse is not stored and is named
  with its line and column; the other rows go in (importing the fixed file adds only them).
"""

from __future__ import annotations

import hashlib
import hmac
import json
import random
import secrets
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.errors import SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.imports.csv_reader import ImportRejected, RowError
from sos_desktop.core.imports.online import columns as col
from sos_desktop.core.imports.online.reading import export_rows, file_sha256, source_of
from sos_desktop.core.imports.online.values import CellProblem, Choices, cell_answer, ticked
from sos_desktop.core.imports.receipts import record_import
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.unlinkable import forget_commit_order
from sos_desktop.core.surveys.answers import clean_response, normalize
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.responses import insert_responses

SECRET_KEY = "online_import_secret"
RECEIPT_KIND = "import-online"
BATCH = 2000
ERRORS_KEPT = 200  # refused rows named one by one; beyond that only counted
Progress = Callable[[int], None]


@dataclass
class OnlineImport:
    source: str  # kobo | odk | google
    survey_key: str
    language: str
    columns: list[col.ColumnPlan]
    added: int = 0
    already_in: int = 0
    empty: int = 0
    refused: int = 0
    errors: list[RowError] = field(default_factory=list)
    stored: bool = False  # False for a dry run

    def columns_with(self, *roles: str) -> list[str]:
        return [p.header for p in self.columns if p.role in roles]


class ColumnsRejected(ImportRejected):
    """Columns match no question or several; `plan` shows the whole mapping, `other_survey`
    names a stored survey the columns do fit, if any."""

    def __init__(self, path: Path, errors: list[RowError], plan: OnlineImport,
                 other_survey: str = "") -> None:
        self.plan, self.other_survey = plan, other_survey
        super().__init__(path, errors)


def _column_errors(plans: list[col.ColumnPlan]) -> list[RowError]:
    errors = []
    for p in plans:
        if p.role == col.UNMAPPED:
            errors.append(RowError(1, p.header or "(blank)", "matches no question of this "
                                   "survey (by name or by its text in English or Spanish)",
                                   "matches_no_question"))
        elif p.role == col.AMBIGUOUS:
            errors.append(RowError(1, p.header, "matches several questions: "
                                   + ", ".join(p.candidates), "matches_several",
                                   {"questions": ", ".join(p.candidates)}))
        elif p.role == col.TWICE:
            errors.append(RowError(1, p.header, f"a second column for {p.question_key}",
                                   "second_column", {"key": p.question_key}))
    return errors


def _other_survey(db: Database, key: str, header: list[str]) -> str:
    """A stored survey every answer column fits, when the visit's does not."""
    from sos_desktop.core.surveys.store import latest_definition, list_surveys

    for stored in list_surveys(db):
        if stored.key == key:
            continue
        plans = col.plan_columns(latest_definition(db, stored.key)[1], header)
        if not any(p.role in col.PROBLEMS for p in plans) and any(
                p.role in (col.QUESTION, col.CHOICE) for p in plans):
            return stored.key
    return ""


def _secret(conn: sqlite3.Connection, create: bool) -> bytes:
    row = conn.execute("SELECT value FROM settings WHERE key = ?", (SECRET_KEY,)).fetchone()
    if row is not None:
        return bytes.fromhex(row[0])
    value = secrets.token_bytes(32)
    if create:
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?)", (SECRET_KEY, value.hex()))
    return value  # a dry run on a database that never imported: nothing can match it anyway


class _Rows:
    """Turns cells into (digest, answers) with the plan, counting what it skips."""

    def __init__(self, survey: SurveyDef, result: OnlineImport, secret: bytes) -> None:
        self.survey, self.result, self.secret = survey, result, secret
        plans = result.columns
        self.answers = [p for p in plans if p.role in (col.QUESTION, col.CHOICE)]
        self.choices = {p.question_key: Choices(survey.question(p.question_key))
                        for p in self.answers if survey.question(p.question_key).options}
        # Kobo's _uuid first: meta/instanceID says the same as "uuid:…", in any column order.
        self.ids = [p.index for p in sorted(
            (p for p in plans if p.role == col.SUBMISSION),
            key=lambda p: (p.header.casefold() != "_uuid", p.index))]
        self.times = [p.index for p in plans if p.role == col.TIME]
        self.width = len(plans)

    def refuse(self, line: int, column: str, reason: str, code: str = "",
               params: dict[str, object] | None = None) -> None:
        self.result.refused += 1
        if len(self.result.errors) < ERRORS_KEPT:
            self.result.errors.append(RowError(line, column, reason, code, params or {}))

    def digest(self, cells: list[str], raw: dict[str, Any]) -> str:
        submission = next((cells[i].strip().removeprefix("uuid:") for i in self.ids
                           if i < len(cells) and cells[i].strip()), "")
        if submission:
            text = "id\0" + submission
        else:  # Google Forms: the moment and the answers, which together are one submission
            when = "\0".join(cells[i].strip() for i in self.times if i < len(cells))
            text = "row\0" + when + "\0" + json.dumps(raw, sort_keys=True, ensure_ascii=False)
        return hmac.new(self.secret, text.encode("utf-8"), hashlib.sha256).hexdigest()

    def identify(self, line: int, cells: list[str]) -> str | None:
        """The row's digest; None for a row too wide (refused) or with no answer (empty)."""
        if len(cells) > self.width and any(c.strip() for c in cells[self.width:]):
            self.refuse(line, "-", f"{len(cells)} cells but the header has {self.width}",
                        "too_many_cells", {"cells": len(cells), "header": self.width})
            return None
        raw = {p.header: cells[p.index].strip() for p in self.answers
               if p.index < len(cells) and cells[p.index].strip()}
        if not raw:
            self.result.empty += 1
            return None
        return self.digest(cells, raw)

    def read(self, line: int, cells: list[str]) -> dict[str, Any] | None:
        """The answers as the kiosk would store them; None when refused (named) or empty."""
        answers: dict[str, Any] = {}
        for p in self.answers:
            text = cells[p.index] if p.index < len(cells) else ""
            if not text.strip():
                continue
            q = self.survey.question(p.question_key)
            try:
                if p.role == col.CHOICE:
                    if ticked(text):
                        answers.setdefault(q.key, []).append(p.choice_key)
                    continue
                answers[q.key] = cell_answer(q, self.choices.get(q.key), text)
            except CellProblem as problem:
                self.refuse(line, p.header, str(problem), problem.code, problem.params)
                return None
        cleaned, problems = clean_response(self.survey, answers)
        # An online form decides itself what it requires: a blank answer there is data, as on
        # paper. Every other check (choices, counts, lengths, ranges) is the kiosk's own.
        problems = [pr for pr in problems
                    if normalize(self.survey.question(pr.question_key),
                                 answers.get(pr.question_key)) is not None]
        if problems:
            self.refuse(line, problems[0].question_key, "; ".join(
                f"{pr.question_key}: {pr.message}" for pr in problems), "answers",
                {"reasons": tuple((pr.question_key, pr.reason) for pr in problems)})
            return None
        if not cleaned:
            self.result.empty += 1
            return None
        return cleaned


Row = tuple[str, int, list[str]]  # digest, line, cells


def _batches(rows: Iterator[tuple[int, list[str]]], reader: _Rows, progress: Progress | None,
             whole_file: bool) -> Iterator[list[Row]]:
    """Batches of rows not seen before in this file. A row given twice is found in its batch
    here, across batches by the digests stored before it; a dry run stores none, so it
    remembers the whole file's (32 bytes a row), the only memory that grows with the file."""
    batch: list[Row] = []
    seen: set[bytes] = set()
    done = 0
    for line, cells in rows:
        done += 1
        if progress is not None and done % BATCH == 0:
            progress(done)
        if not any(c.strip() for c in cells):
            continue
        digest = reader.identify(line, cells)
        if digest is None:
            continue
        key = bytes.fromhex(digest)
        if key in seen:
            reader.result.already_in += 1
            continue
        seen.add(key)
        batch.append((digest, line, cells))
        if len(batch) >= BATCH:
            yield batch
            batch = []
            if not whole_file:
                seen.clear()
    if batch:
        yield batch


def _new_answers(conn: sqlite3.Connection, batch: list[Row], reader: _Rows
                 ) -> list[tuple[str, dict]]:
    """(digest, answers) of the batch's rows not already in; only those are checked, so a
    second import of a big file costs little."""
    marks = ", ".join("?" * len(batch))
    known = {r[0] for r in conn.execute(
        f"SELECT digest FROM online_submissions WHERE digest IN ({marks})",
        [d for d, _l, _c in batch])}
    reader.result.already_in += len(known)
    fresh = []
    for digest, line, cells in batch:
        if digest not in known and (answers := reader.read(line, cells)) is not None:
            fresh.append((digest, answers))
    return fresh


def import_online_responses(db: Database, path: Path, *, visit_id: str, dry_run: bool = False,
                            clock: UtcClock = utc_now, progress: Progress | None = None
                            ) -> OnlineImport:
    """Plan, check and (unless `dry_run`) store an online export's rows in the visit."""
    from sos_desktop.core.surveys.store import latest_definition
    from sos_desktop.core.visits.store import get_visit

    path = Path(path)
    visit = get_visit(db, visit_id)
    if not visit.survey_key:
        raise SosError(Code.VISIT_NO_SURVEY_CHOOSE(id=visit_id))
    if visit.closed and not dry_run:
        raise SosError(Code.VISIT_CLOSED())
    definition_id, survey = latest_definition(db, visit.survey_key)
    with export_rows(path) as rows:
        first = next(rows, None)
        if first is None:
            raise SosError(Code.EMPTY_FILE(path=path))
        header = first[1]
        source = source_of(header)
        if source is None:
            raise SosError(Code.NOT_AN_ONLINE_EXPORT(path=path))
        plans = col.plan_columns(survey, header)
        result = OnlineImport(source, survey.key, col.answer_language(survey, plans), plans)
        errors = _column_errors(plans)
        if not errors and not any(p.role in (col.QUESTION, col.CHOICE) for p in plans):
            errors.append(RowError(1, "-", f"no column answers a question of {survey.key}",
                                   "no_answer_column", {"survey": survey.key}))
        if errors:
            raise ColumnsRejected(path, errors, result, _other_survey(db, survey.key, header))
        if dry_run:
            with db.raw() as conn:
                reader = _Rows(survey, result, _secret(conn, create=False))
                for batch in _batches(rows, reader, progress, whole_file=True):
                    result.added += len(_new_answers(conn, batch, reader))
            return result
        sha256 = file_sha256(path)
        with db.raw() as conn:
            with write_transaction(conn, db.path):
                reader = _Rows(survey, result, _secret(conn, create=True))
                for batch in _batches(rows, reader, progress, whole_file=False):
                    fresh = _new_answers(conn, batch, reader)
                    random.SystemRandom().shuffle(fresh)
                    conn.executemany("INSERT INTO online_submissions (digest) VALUES (?)",
                                     [(d,) for d, _a in fresh])
                    insert_responses(conn, db.device_id, visit_id, visit.visit_date,
                                     definition_id,
                                     [(new_id(), result.language, a) for _d, a in fresh],
                                     channel="online")
                    result.added += len(fresh)
                if result.added:
                    record_import(conn, device_id=db.device_id, kind=RECEIPT_KIND, now=clock(),
                                  rows=result.added, sha256=sha256, path=path,
                                  visit_id=visit_id, survey_key=survey.key, source=source,
                                  already_in=result.already_in, refused=result.refused,
                                  dropped=result.columns_with(col.IDENTIFYING, col.TIME))
            forget_commit_order(conn)
    result.stored = True
    return result
