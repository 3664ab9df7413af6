"""What a read page does to the database: a sheet is stored once all its pages are in and
nothing on it is uncertain, through the same validation and insert as the kiosk.

A sheet waits in `paper_pending` for its other page or for review; once stored its id goes
into `paper_sheets_read` (a bare id: no link to the response) and the pending row goes.
Writing-box images move to the response until someone types what they say.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from sos_desktop.core.errors import InvalidInput, NotFound, SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.read import PageReading, PageStatus
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.surveys import expressions as ex
from sos_desktop.core.surveys.answers import clean_response, normalize, visible_questions
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.responses import insert_responses


class Stored(StrEnum):
    STORED = "stored"  # a response went in
    WAITING_PAGE = "waiting_page"  # the sheet's other page has not been read yet
    REVIEW = "review"  # all pages in; a question waits for the organizer
    ALREADY_READ = "already_read"  # this sheet (or this page of it) was read before
    BLANK = "blank"  # every page read and nothing on them: no response (a spare sheet)


@dataclass(frozen=True)
class StoreResult:
    outcome: Stored
    response_id: str | None = None
    dropped: int = 0  # answers the sheet's own skip rules excluded
    review_questions: tuple[str, ...] = ()


def is_read(conn: sqlite3.Connection, sheet_id: str) -> bool:
    return conn.execute("SELECT 1 FROM paper_sheets_read WHERE sheet_id = ?",
                        (sheet_id,)).fetchone() is not None


def visit_for_paper(conn: sqlite3.Connection, visit_id: str) -> tuple[str, str]:
    """(visit date, survey key) of an open visit."""
    row = conn.execute("SELECT visit_date, closed, survey_key FROM visits WHERE id = ?",
                       (visit_id,)).fetchone()
    if row is None:
        raise NotFound(Code.NO_VISIT(id=visit_id))
    if row[1]:
        raise SosError(Code.VISIT_CLOSED())
    return row[0], row[2] or ""


def _page_json(reading: PageReading) -> dict[str, Any]:
    return {"answers": reading.answers,
            "review": [{"question": r.question, "reason": r.reason, "marked": list(r.marked),
                        "unclear": list(r.unclear)} for r in reading.review],
            "writing": [w.question for w in reading.writing]}


def store_page(db: Database, visit_id: str, definition_id: str,
               reading: PageReading) -> StoreResult:
    """Keep one read page; store the sheet's response when it is complete and certain."""
    if reading.status is not PageStatus.READ or reading.identity is None or not reading.survey:
        raise SosError(Code.NOTHING_TO_STORE(reason=reading.message))
    ident = reading.identity
    with db.raw() as conn, write_transaction(conn, db.path):
        visit_date, _key = visit_for_paper(conn, visit_id)
        if is_read(conn, ident.sheet_id):
            return StoreResult(Stored.ALREADY_READ)
        row = conn.execute("SELECT id, visit_id, pages FROM paper_pending WHERE sheet_id = ?",
                           (ident.sheet_id,)).fetchone()
        if row is None:
            pending_id, pages = new_id(), {}
            conn.execute(
                "INSERT INTO paper_pending (id, sheet_id, visit_id, survey_definition_id,"
                " language, pages_total, pages) VALUES (?, ?, ?, ?, ?, ?, '{}')",
                (pending_id, ident.sheet_id, visit_id, definition_id, ident.language,
                 ident.pages))
        else:
            pending_id, pages = row[0], json.loads(row[2])
            if str(ident.page) in pages:
                return StoreResult(Stored.ALREADY_READ)
            if row[1] != visit_id:
                raise SosError(Code.SHEET_OTHER_VISIT(sheet=ident.sheet_id))
        pages[str(ident.page)] = _page_json(reading)
        conn.execute("UPDATE paper_pending SET pages = ? WHERE id = ?",
                     (json.dumps(pages, ensure_ascii=False), pending_id))
        conn.executemany(
            "INSERT INTO paper_images (id, pending_id, response_id, question_key, kind, png)"
            " VALUES (?, ?, NULL, ?, ?, ?)",
            [(new_id(), pending_id, r.question, "review", r.crop_png) for r in reading.review]
            + [(new_id(), pending_id, w.question, "writing", w.png) for w in reading.writing])
        if len(pages) < ident.pages:
            return StoreResult(Stored.WAITING_PAGE)
        return settle(conn, db.device_id, pending_id, reading.survey, visit_date, {})


def _merged(pages: Mapping[str, Any]) -> tuple[dict[str, Any], dict[str, dict], set[str]]:
    answers: dict[str, Any] = {}
    review: dict[str, dict] = {}
    writing: set[str] = set()
    for page in pages.values():
        answers.update(page["answers"])
        review.update({r["question"]: r for r in page["review"]})
        writing.update(page["writing"])
    return answers, review, writing


def _excluded(survey: SurveyDef, key: str, answers: Mapping[str, Any],
              unknown: set[str]) -> bool:
    """Whether the sheet's own skip rule hides `key`, judged only on certain answers."""
    q = survey.question(key)
    if q.relevant is None or set(ex.refs(q.relevant)) & unknown:
        return False
    return key not in {v.key for v in visible_questions(survey, answers)}


def settle(conn: sqlite3.Connection, device_id: str, pending_id: str, survey: SurveyDef,
           visit_date: str, decided: Mapping[str, Any]) -> StoreResult:
    """Store the pending sheet if nothing on it is uncertain (after `decided` answers from a
    review); otherwise leave it waiting for review."""
    row = conn.execute("SELECT visit_id, survey_definition_id, language, pages, sheet_id"
                       " FROM paper_pending WHERE id = ?", (pending_id,)).fetchone()
    visit_id, definition_id, language, pages_json, sheet_id = row
    answers, review, writing = _merged(json.loads(pages_json))
    answers.update({k: v for k, v in decided.items() if normalize(survey.question(k), v)
                    is not None})
    unknown = set(review) - set(decided)
    dropped = sum(_excluded(survey, k, answers, unknown) for k in unknown)
    unknown = {k for k in unknown if not _excluded(survey, k, answers, unknown)}
    if unknown:
        return StoreResult(Stored.REVIEW, review_questions=tuple(sorted(unknown)))
    cleaned, problems = clean_response(survey, answers)
    # Paper cannot make a student answer: a required question left blank is data, not an
    # error. Every other check (choices, counts, lengths) is the kiosk's own.
    problems = [p for p in problems if normalize(survey.question(p.question_key),
                                                 answers.get(p.question_key)) is not None]
    if problems:
        raise InvalidInput([p.reason.problem(p.question_key) for p in problems])
    shown = {q.key for q in visible_questions(survey, cleaned)}
    dropped += sum(1 for k in answers if k not in cleaned)
    dropped += sum(1 for k in writing if k not in shown)
    kept = [k for k in writing if k in shown]
    if not cleaned and not kept:  # a spare sheet: an empty response would only skew counts
        conn.execute("DELETE FROM paper_pending WHERE id = ?", (pending_id,))
        conn.execute("INSERT INTO paper_sheets_read (sheet_id) VALUES (?)", (sheet_id,))
        return StoreResult(Stored.BLANK, dropped=dropped)
    response_id = new_id()
    insert_responses(conn, device_id, visit_id, visit_date, definition_id,
                     [(response_id, language, cleaned)], channel="paper")
    conn.execute("DELETE FROM paper_images WHERE pending_id = ? AND (kind = 'review' OR "
                 f"question_key NOT IN ({','.join('?' * len(kept))}))", (pending_id, *kept))
    conn.execute("UPDATE paper_images SET response_id = ?, pending_id = NULL"
                 " WHERE pending_id = ?", (response_id, pending_id))
    conn.execute("DELETE FROM paper_pending WHERE id = ?", (pending_id,))
    conn.execute("INSERT INTO paper_sheets_read (sheet_id) VALUES (?)", (sheet_id,))
    return StoreResult(Stored.STORED, response_id, dropped)
