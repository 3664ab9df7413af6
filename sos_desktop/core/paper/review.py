"""The organizer's two queues: sheets waiting for review, and writing boxes waiting to be
typed up. A review's answers go through the same checks as the kiosk before the response is
stored; a typed writing box becomes an answer and its image is deleted.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any

from sos_desktop.core.errors import InvalidInput, NotFound, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.store import StoreResult, settle, visit_for_paper
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.surveys.answers import check_answer, normalize, visible_questions
from sos_desktop.core.surveys.model import SCALE_MAX, SCALE_MIN, QuestionType, SurveyDef
from sos_desktop.core.surveys.store import load_definition


@dataclass(frozen=True)
class ReviewQuestion:
    key: str
    number: int  # as printed on the sheet
    label: str  # in the sheet's language
    reason: str  # why the reader would not guess
    multiple: bool  # several choices allowed (answer is a list)
    choices: tuple[tuple[str, str], ...]  # (choice key, label); scale: ("1", "1 – Not safe")
    marked: tuple[str, ...]  # what looked like clear marks
    unclear: tuple[str, ...]  # what looked light or crossed out
    crop_png: bytes  # that part of the sheet


@dataclass(frozen=True)
class SheetReview:
    pending_id: str
    visit_id: str
    survey_key: str
    language: str
    questions: tuple[ReviewQuestion, ...]


@dataclass(frozen=True)
class Transcription:
    image_id: str
    response_id: str
    visit_id: str
    question_key: str
    label: str
    max_length: int | None
    png: bytes


def _choices(q, lang: str) -> tuple[tuple[str, str], ...]:
    if q.type is QuestionType.SCALE:
        ends = {SCALE_MIN: q.scale_low, SCALE_MAX: q.scale_high}
        return tuple((str(n), f"{n} – {ends[n].get(lang)}" if ends.get(n) else str(n))
                     for n in range(SCALE_MIN, SCALE_MAX + 1))
    return tuple((c.key, c.label.get(lang)) for c in q.options)


def pending_reviews(db: Database, visit_id: str | None = None) -> list[SheetReview]:
    """Sheets whose pages are all in but where a question waits for the organizer."""
    with db.raw() as conn:
        rows = conn.execute(
            "SELECT p.id, p.visit_id, p.survey_definition_id, p.language, p.pages,"
            " p.pages_total FROM paper_pending p WHERE (? IS NULL OR p.visit_id = ?)"
            " ORDER BY p.id", (visit_id, visit_id)).fetchall()
        crops = {(r[0], r[1]): r[2] for r in conn.execute(
            "SELECT pending_id, question_key, png FROM paper_images WHERE kind = 'review'"
            " AND pending_id IS NOT NULL")}
    out = []
    for pending_id, vid, definition_id, lang, pages_json, total in rows:
        pages = json.loads(pages_json)
        if len(pages) < total:
            continue  # still waiting for its other page
        survey = load_definition(db, definition_id)
        numbers = {q.key: i for i, q in enumerate(
            (q for q in survey.questions if q.answerable), start=1)}
        questions = []
        for page in pages.values():
            for r in page["review"]:
                q = survey.question(r["question"])
                questions.append(ReviewQuestion(
                    q.key, numbers[q.key], q.label.get(lang), r["reason"],
                    q.type is QuestionType.MULTIPLE_CHOICE, _choices(q, lang),
                    tuple(r["marked"]), tuple(r["unclear"]),
                    crops.get((pending_id, q.key), b"")))
        questions.sort(key=lambda x: x.number)
        out.append(SheetReview(pending_id, vid, survey.key, lang, tuple(questions)))
    return out


def resolve_review(db: Database, pending_id: str, answers: dict[str, Any]) -> StoreResult:
    """The organizer's answers to every question under review (None = leave blank); the
    response is stored if the kiosk would take it."""
    with db.raw() as conn, write_transaction(conn, db.path):
        return resolve_in(conn, db, pending_id, answers)


def resolve_in(conn: sqlite3.Connection, db: Database, pending_id: str,
               answers: dict[str, Any]) -> StoreResult:
    """`resolve_review` inside the caller's write transaction."""
    row = conn.execute("SELECT visit_id, survey_definition_id, language, pages"
                       " FROM paper_pending WHERE id = ?", (pending_id,)).fetchone()
    if row is None:
        raise NotFound(Code.SHEET_NOT_WAITING())
    visit_date, _key = visit_for_paper(conn, row[0])
    survey = load_definition(db, row[1])
    asked = {r["question"] for page in json.loads(row[3]).values() for r in page["review"]}
    check_decisions(survey, asked, answers, row[2])
    return settle(conn, db.device_id, pending_id, survey, visit_date, answers)


def check_decisions(survey: SurveyDef, asked: set[str], answers: Mapping[str, Any],
                    language: str) -> None:
    """A review answers exactly the questions under review, each as the kiosk would take it."""
    missing = sorted(asked - set(answers))
    extra = sorted(set(answers) - asked)
    if missing or extra:
        raise SosError(Code.REVIEW_WRONG_QUESTIONS(missing=", ".join(missing) or "-",
                                                   extra=", ".join(extra) or "-"))
    problems = []
    for key, value in answers.items():
        q = survey.question(key)
        if normalize(q, value) is not None:
            reason = check_answer(q, value)
            if reason is not None:
                problems.append(reason.problem(key))
    if problems:
        raise InvalidInput(problems)


def pending_transcriptions(db: Database, visit_id: str | None = None) -> list[Transcription]:
    """Writing-box images of stored responses, waiting for someone to type them."""
    with db.raw() as conn:
        rows = conn.execute(
            "SELECT i.id, r.id, r.visit_id, i.question_key, r.survey_definition_id, r.language,"
            " i.png FROM paper_images i JOIN survey_responses r ON r.id = i.response_id"
            " WHERE i.kind = 'writing' AND (? IS NULL OR r.visit_id = ?) ORDER BY i.id",
            (visit_id, visit_id)).fetchall()
    out = []
    for image_id, response_id, vid, key, definition_id, lang, png in rows:
        q = load_definition(db, definition_id).question(key)
        cap = q.constraint.max_length if q.constraint else None
        out.append(Transcription(image_id, response_id, vid, key, q.label.get(lang), cap, png))
    return out


def save_transcription(db: Database, image_id: str, text: str) -> None:
    """Store what the writing box says ("" = nothing to keep) and delete its image."""
    with db.raw() as conn, write_transaction(conn, db.path):
        row = conn.execute(
            "SELECT i.response_id, i.question_key, r.survey_definition_id, r.language"
            " FROM paper_images i JOIN survey_responses r ON r.id = i.response_id"
            " WHERE i.id = ? AND i.kind = 'writing'", (image_id,)).fetchone()
        if row is None:
            raise NotFound(Code.WRITING_NOT_WAITING())
        response_id, key, definition_id, lang = row
        write_typed(conn, load_definition(db, definition_id), response_id, key, text, lang)
        conn.execute("DELETE FROM paper_images WHERE id = ?", (image_id,))


def write_typed(conn: sqlite3.Connection, survey: SurveyDef, response_id: str, key: str,
                text: str, language: str) -> None:
    """Store (or, for "", remove) the typed answer of a writing box, checked like the kiosk."""
    q = survey.question(key)
    value = normalize(q, text)
    if value is None:
        conn.execute("DELETE FROM survey_answers WHERE response_id = ? AND question_key = ?",
                     (response_id, key))
        return
    reason = check_answer(q, value)
    if reason is not None:
        raise InvalidInput([reason.problem(key)])
    stored = {k: json.loads(v) for k, v in conn.execute(
        "SELECT question_key, value FROM survey_answers WHERE response_id = ?",
        (response_id,))}
    if key not in {v.key for v in visible_questions(survey, stored)}:
        raise SosError(Code.NOT_ASKED_SKIP_RULE(key=key))
    conn.execute("INSERT OR REPLACE INTO survey_answers (response_id, question_key, value)"
                 " VALUES (?, ?, ?)", (response_id, key, json.dumps(value, ensure_ascii=False)))
