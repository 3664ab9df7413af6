"""`export responses`: one row per anonymous response, one column per question, with a codebook.

Answers are streamed in response-id order (ids are random: no order of answering survives) and
decoded with fast paths for the common JSON shapes, because 100,000 responses of 20 questions are
two million answer rows.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Callable, Iterator
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.exports.codebook import codebook_path, write_codebook
from sos_desktop.core.exports.columns import META, SurveyVersions, load_versions
from sos_desktop.core.exports.csv_safety import neutralise, write_csv
from sos_desktop.core.exports.receipts import record_receipt
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.outputs import staged_output
from sos_desktop.core.surveys.model import QuestionType
from sos_desktop.core.visits.store import get_visit

Progress = Callable[[int, int], None]
_TEXT = (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT)


@dataclass(frozen=True)
class ResponsesExport:
    path: Path
    codebook: Path
    rows: int
    columns: int
    sha256: str
    receipt_id: str


def _text(raw: str) -> object:
    first = raw[0]
    if first == '"' and "\\" not in raw:
        return raw[1:-1]
    if first.isdigit() and raw.isdigit():
        return raw
    return json.loads(raw)


def _fillers(survey: SurveyVersions, labels: bool, language: str) -> dict[str, Callable]:
    """question key -> function(row, raw JSON) writing that answer into the row."""
    base = len(META)
    fill: dict[str, Callable] = {}
    position = base
    for q in survey.questions:
        if q.type is QuestionType.MULTIPLE_CHOICE:
            slots = {c.key: position + i for i, c in enumerate(q.choices)}
            span = range(position, position + len(q.choices))
            position += len(q.choices)

            def multiple(row: list, raw: str, slots: dict = slots, span: range = span) -> None:
                for i in span:
                    row[i] = "0"
                for key in json.loads(raw):
                    if key in slots:
                        row[slots[key]] = "1"

            fill[q.key] = multiple
        elif q.answerable:
            names = {c.key: c.label.get(language) for c in q.options} if labels else None
            neutral = q.type in _TEXT

            def single(row: list, raw: str, at: int = position, names: dict | None = names,
                       neutral: bool = neutral) -> None:
                value = _text(raw)
                if names is not None:
                    value = names.get(value, value)
                row[at] = neutralise(value) if neutral or names is not None else value

            fill[q.key] = single
            position += 1
    return fill


def _rows(conn: sqlite3.Connection, survey: SurveyVersions, fill: dict, width: int,
          visit_id: str | None, total: int, progress: Progress | None) -> Iterator[list]:
    ids = list(survey.versions)
    where = f"r.survey_definition_id IN ({', '.join('?' for _ in ids)})"
    params: list = list(ids)
    if visit_id:
        where += " AND r.visit_id = ?"
        params.append(visit_id)
    visits = {r[0]: r[1:] for r in conn.execute(
        "SELECT id, school, group_name, visit_date FROM visits")}
    sql = (f"SELECT r.id, r.visit_id, r.language, r.survey_definition_id, r.channel,"
           f" a.question_key, a.value"
           f" FROM survey_responses r LEFT JOIN survey_answers a ON a.response_id = r.id"
           f" WHERE {where} ORDER BY r.id")
    current, row, done = None, None, 0
    for rid, vid, language, did, channel, qkey, raw in conn.execute(sql, params):
        if rid != current:
            if row is not None:
                yield row
                done += 1
                if progress and done % 5000 == 0:
                    progress(done, total)
            current = rid
            school, group, day = visits.get(vid, ("", "", ""))
            row = [rid, vid, neutralise(school), neutralise(group), day, language,
                   survey.versions[did], channel, *([""] * width)]
        handler = fill.get(qkey) if qkey is not None else None
        if handler is not None and raw not in ("null", '""'):
            handler(row, raw)
    if row is not None:
        yield row
        done += 1
    if progress:
        progress(done, total)


def export_responses(db: Database, survey_key: str, out: Path, *, visit_id: str | None = None,
                     labels: bool = False, language: str = "en", bom: bool = False,
                     clock: UtcClock = utc_now, progress: Progress | None = None
                     ) -> ResponsesExport:
    out = Path(out)
    survey = load_versions(db, survey_key)
    columns = survey.columns()
    header = [*META, *(c.name for c in columns)]
    fill = _fillers(survey, labels, language)
    book = codebook_path(out)
    if visit_id:
        get_visit(db, visit_id)  # NotFound names it
    data_dir = db.path.parent
    with staged_output(out, data_dir) as staged, staged_output(book, data_dir) as staged_book:
        with db.raw() as conn:
            conn.execute("BEGIN")  # one read snapshot for the count and the rows
            try:
                total = conn.execute(
                    f"SELECT count(*) FROM survey_responses WHERE survey_definition_id IN"
                    f" ({', '.join('?' for _ in survey.versions)})"
                    + (" AND visit_id = ?" if visit_id else ""),
                    [*survey.versions, *([visit_id] if visit_id else [])],
                ).fetchone()[0]
                count = write_csv(staged.writer, header, _rows(
                    conn, survey, fill, len(columns), visit_id, total, progress), bom=bom)
                write_codebook(staged_book.writer, survey, columns, labels, bom=bom)
            finally:
                conn.execute("ROLLBACK")  # it only read
        digest = staged.sha256.hexdigest()
        # Both files reach their names with the receipt's commit, or neither does.
        with db.raw() as conn, write_transaction(conn, db.path):
            receipt_id = record_receipt(
                conn, device_id=db.device_id, kind="responses", profile=survey_key,
                now=clock(), row_count=count, sha256=digest, path=out,
                details={"visit_id": visit_id, "labels": labels, "language": language,
                         "codebook": str(book),
                         "codebook_sha256": staged_book.sha256.hexdigest()})
            staged_book.publish()
            staged.publish()
    return ResponsesExport(out, book, count, len(header), digest, receipt_id)
