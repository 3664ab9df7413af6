"""Submit an anonymous survey response: the core service any front end calls.

No link to any sign-up, a random key, and the visit's date (not the moment) as its time, so a
response cannot be matched to a sign-up by key, order or timestamp.
"""

from __future__ import annotations

import json
import sqlite3
from collections.abc import Iterable, Mapping
from datetime import date, datetime
from typing import Any

from sos_desktop.core.clock import db_stamp
from sos_desktop.core.errors import InvalidInput, NotFound, Problem, SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.unlinkable import (
    moving_responses,
    write_plainly,
    write_shuffled,
)
from sos_desktop.core.surveys.answers import clean_response
from sos_desktop.core.surveys.model import SurveyDef
from sos_desktop.core.surveys.store import load_definition

CHANNELS = ("kiosk", "paper", "online")  # how a response came in; exports and reports carry it


def submit_response(
    db: Database,
    visit_id: str,
    definition_id: str,
    language: str,
    answers: Mapping[str, Any],
    survey: SurveyDef | None = None,
    channel: str = "kiosk",
    shuffle_later: bool = False,
) -> str:
    """Validate and store one response; returns its id once the commit is durable.

    It is written into a random place among the visit's responses (unlinkable.write_shuffled)
    unless `shuffle_later`: then it is written plainly and the caller has it moved soon after
    (the kiosk, once the student has moved on: KioskSaver.settle)."""
    survey = survey or load_definition(db, definition_id)
    if language not in survey.languages:
        raise InvalidInput([Problem("language", language, "is not a language of this survey")])
    cleaned, problems = clean_response(survey, answers)
    if problems:
        raise InvalidInput([p.reason.problem(p.question_key) for p in problems])
    response_id = new_id()
    # What the foreign keys would check while responses move: the visit, here; the survey,
    # loaded above.
    with (db.raw() as conn, moving_responses(conn),
          write_transaction(conn, db.path)):
        row = conn.execute(
            "SELECT visit_date, closed FROM visits WHERE id = ?", (visit_id,)
        ).fetchone()
        if row is None:
            raise NotFound(Code.NO_VISIT(id=visit_id))
        if row[1]:
            raise SosError(Code.VISIT_CLOSED())
        rows, cells = response_rows(db.device_id, visit_id, row[0], definition_id,
                                     [(response_id, language, cleaned)], channel)
        if shuffle_later:
            write_plainly(conn, rows, cells)
        else:
            write_shuffled(conn, visit_id, rows, cells)
    # No checkpoint here: the sign-up that may follow empties the WAL (core/storage/unlinkable.py).
    return response_id


def response_rows(
    device_id: str,
    visit_id: str,
    visit_date: str | date,
    definition_id: str,
    records: Iterable[tuple[str, str, Mapping[str, Any]]],
    channel: str,
) -> tuple[list[tuple], list[tuple]]:
    """The survey_responses rows and survey_answers rows of validated (id, language, answers)
    records. The response time is the visit's date at midnight, never the moment of answering.
    """
    if channel not in CHANNELS:
        raise ValueError(f"unknown channel {channel!r}")
    day = datetime.combine(date.fromisoformat(str(visit_date)), datetime.min.time())
    stamp = db_stamp(day)
    records = list(records)
    rows = [(rid, device_id, stamp, visit_id, definition_id, lang, channel)
            for rid, lang, _a in records]
    answers = [(rid, key, json.dumps(value, ensure_ascii=False))
               for rid, _lang, answers in records for key, value in answers.items()]
    return rows, answers


def insert_responses(
    conn: sqlite3.Connection,
    device_id: str,
    visit_id: str,
    visit_date: str | date,
    definition_id: str,
    records: Iterable[tuple[str, str, Mapping[str, Any]]],
    *,
    channel: str,
) -> None:
    """Store already-validated (id, language, answers) records in the caller's transaction;
    `channel` says how they came in (one of CHANNELS)."""
    rows, answers = response_rows(device_id, visit_id, visit_date, definition_id, records,
                                  channel)
    write_plainly(conn, rows, answers)
