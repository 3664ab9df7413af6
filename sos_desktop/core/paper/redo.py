"""Changing one's mind about paper work already stored, while the window that did it is open.

A reviewed sheet's response is stored at once (nothing acknowledged is lost), but the organizer
may reopen it and decide again: `decide_review` stores the sheet like `resolve_review` and
returns a `DecidedSheet`, an in-memory copy of what came off the paper (certain answers and
writing-box images); `redecide_review` replaces that response's answers with the new decisions
in place, so a sheet is never counted twice. A typed-up writing box can be typed again
(`retype_transcription`). These copies live only as long as the window: the database keeps no
image of a stored decision.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Mapping
from dataclasses import dataclass, replace
from typing import Any

from sos_desktop.core.errors import InvalidInput, NotFound
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.review import check_decisions, resolve_in, write_typed
from sos_desktop.core.paper.store import visit_for_paper
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.unlinkable import forget_commit_order
from sos_desktop.core.surveys.answers import clean_response, normalize, visible_questions
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.responses import insert_responses
from sos_desktop.core.surveys.store import load_definition


@dataclass(frozen=True)
class DecidedSheet:
    """A reviewed sheet as read from paper plus the organizer's decisions (memory only)."""

    response_id: str | None  # None: every answer blank, so no response was kept
    visit_id: str
    definition_id: str
    language: str
    certain: Mapping[str, Any]  # answers the reader was sure of
    reviewed: tuple[str, ...]  # the questions the organizer decided
    writing: Mapping[str, bytes]  # writing-box images by question, as scanned
    decisions: Mapping[str, Any]  # question -> answer (None = left blank)


def decide_review(db: Database, pending_id: str, answers: dict[str, Any]) -> DecidedSheet:
    """Store the organizer's answers like `resolve_review` and keep what is needed to redo it."""
    with db.raw() as conn:
        with write_transaction(conn, db.path):
            row = conn.execute("SELECT visit_id, survey_definition_id, language, pages"
                               " FROM paper_pending WHERE id = ?", (pending_id,)).fetchone()
            if row is None:
                raise NotFound(Code.SHEET_NOT_WAITING())
            certain: dict[str, Any] = {}
            reviewed: set[str] = set()
            for page in json.loads(row[3]).values():
                certain.update(page["answers"])
                reviewed.update(r["question"] for r in page["review"])
            writing = {k: png for k, png in conn.execute(
                "SELECT question_key, png FROM paper_images WHERE pending_id = ?"
                " AND kind = 'writing'", (pending_id,))}
            result = resolve_in(conn, db, pending_id, answers)
        forget_commit_order(conn)
    return DecidedSheet(result.response_id, row[0], row[1], row[2], certain,
                        tuple(sorted(reviewed)), writing, dict(answers))


def _stored(conn: sqlite3.Connection, response_id: str | None) -> dict[str, Any]:
    if response_id is None:
        return {}
    return {k: json.loads(v) for k, v in conn.execute(
        "SELECT question_key, value FROM survey_answers WHERE response_id = ?", (response_id,))}


def _shown(survey: SurveyDef, answers: Mapping[str, Any]) -> set[str]:
    return {q.key for q in visible_questions(survey, answers)}


def redecide_review(db: Database, sheet: DecidedSheet, answers: dict[str, Any]) -> DecidedSheet:
    """Replace the sheet's stored answers with new decisions, validated as the first time.

    The same response row is updated (never a second one); writing boxes the new answers hide
    are dropped, boxes they show again come back to Type up; what was typed is kept."""
    with db.raw() as conn:
        with write_transaction(conn, db.path):
            visit_date, _key = visit_for_paper(conn, sheet.visit_id)
            survey = load_definition(db, sheet.definition_id)
            check_decisions(survey, set(sheet.reviewed), answers, sheet.language)
            rid = sheet.response_id
            if rid is not None and conn.execute("SELECT 1 FROM survey_responses WHERE id = ?",
                                                (rid,)).fetchone() is None:
                raise NotFound(Code.SHEET_RESPONSE_GONE())
            before = _stored(conn, rid)
            typed = {k: v for k, v in before.items() if k in sheet.writing}
            merged = {**sheet.certain, **typed}
            merged.update({k: v for k, v in answers.items()
                           if normalize(survey.question(k), v) is not None})
            cleaned, problems = clean_response(survey, merged)
            # As on first storing: a required question left blank on paper is data.
            problems = [p for p in problems if normalize(
                survey.question(p.question_key), merged.get(p.question_key)) is not None]
            if problems:
                raise InvalidInput([p.reason.problem(p.question_key) for p in problems])
            was_shown, shown = _shown(survey, before), _shown(survey, cleaned)
            waiting = {k for (k,) in conn.execute(
                "SELECT question_key FROM paper_images WHERE response_id = ?", (rid,))}
            # A box stays as it is (waiting, typed or dismissed) while asked; one the first
            # decisions hid comes back now that it is asked again.
            back = {k for k in sheet.writing
                    if k in shown and k not in was_shown and k not in typed}
            keep = {k for k in waiting if k in shown}
            rid = _replace(conn, db.device_id, sheet, visit_date, rid, cleaned, keep | back)
            if rid is not None:
                conn.executemany(
                    "INSERT INTO paper_images (id, pending_id, response_id, question_key,"
                    " kind, png) VALUES (?, NULL, ?, ?, 'writing', ?)",
                    [(new_id(), rid, k, sheet.writing[k]) for k in sorted(back - waiting)])
        forget_commit_order(conn)
    return replace(sheet, response_id=rid, decisions=dict(answers))


def _replace(conn: sqlite3.Connection, device_id: str, sheet: DecidedSheet, visit_date: str,
             rid: str | None, cleaned: dict[str, Any], boxes: set[str]) -> str | None:
    """Put `cleaned` in place of the response's answers; the response id after it."""
    if rid is not None:
        conn.execute("DELETE FROM survey_answers WHERE response_id = ?", (rid,))
        conn.execute("DELETE FROM paper_images WHERE response_id = ? AND question_key NOT IN"
                     f" ({','.join('?' * len(boxes))})", (rid, *sorted(boxes)))
        if not cleaned and not boxes:  # now a spare sheet: no empty response in the counts
            conn.execute("DELETE FROM survey_responses WHERE id = ?", (rid,))
            return None
        conn.executemany(
            "INSERT INTO survey_answers (response_id, question_key, value) VALUES (?, ?, ?)",
            [(rid, k, json.dumps(v, ensure_ascii=False)) for k, v in cleaned.items()])
        return rid
    if not cleaned and not boxes:
        return None
    rid = new_id()
    insert_responses(conn, device_id, sheet.visit_id, visit_date, sheet.definition_id,
                     [(rid, sheet.language, cleaned)], channel="paper")
    return rid


def retype_transcription(db: Database, response_id: str, question_key: str, text: str) -> None:
    """Replace what was typed for a writing box ("" = nothing written: the answer goes)."""
    with db.raw() as conn, write_transaction(conn, db.path):
        row = conn.execute("SELECT survey_definition_id, language FROM survey_responses"
                           " WHERE id = ?", (response_id,)).fetchone()
        if row is None:
            raise NotFound(Code.WRITING_RESPONSE_GONE())
        survey = load_definition(db, row[0])
        write_typed(conn, survey, response_id, question_key, text, row[1])
