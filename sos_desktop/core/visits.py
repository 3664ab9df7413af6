"""Visits: create, edit, close, and the summary list the main window shows.

The summary is read with plain sqlite3 so the first window opens without loading the ORM;
writes go through the ORM models.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date

from sos_desktop.core.clock import UtcClock, utc_now
from sos_desktop.core.db import Database
from sos_desktop.core.errors import NotFound
from sos_desktop.core.problems import InvalidInput, Problem
from sos_desktop.core.signup_rules import clean_text, normalise_email
from sos_desktop.core.visit_length import DEFAULT_MINUTES, MINUTES_RANGE

TEXT_LIMITS = {"school": 120, "group_name": 120, "educator_name": 120, "presenters": 400}
_SURVEY_KEY_RE = re.compile(r"^[a-z0-9][a-z0-9_-]{0,63}$")


@dataclass(frozen=True)
class VisitInput:
    school: str
    group_name: str
    visit_date: date
    educator_name: str = ""
    educator_email: str = ""
    presenters: str = ""
    survey_key: str = ""
    notes: str = ""
    deck: str = ""
    planned_minutes: int = DEFAULT_MINUTES


@dataclass(frozen=True)
class VisitSummary:
    id: str
    school: str
    group_name: str
    visit_date: date
    educator_name: str
    educator_email: str
    presenters: str
    survey_key: str
    notes: str
    closed: bool
    deck: str = ""
    planned_minutes: int = DEFAULT_MINUTES
    responses: int = 0
    signups: int = 0
    signups_not_exported: int = 0


def validate_visit(data: Mapping[str, object]) -> VisitInput:
    problems: list[Problem] = []
    values: dict[str, str] = {}
    for name, limit in TEXT_LIMITS.items():
        text = clean_text(data.get(name))
        if len(text) > limit:
            problems.append(Problem(name, text, f"is longer than {limit} characters"))
        values[name] = text
    for required in ("school", "group_name"):
        if not values[required]:
            problems.append(Problem(required, "", "is required"))

    raw_date = data.get("visit_date")
    visit_day: date | None = raw_date if isinstance(raw_date, date) else None
    if visit_day is None:
        text = clean_text(raw_date)
        try:
            visit_day = date.fromisoformat(text)
        except ValueError:
            problems.append(Problem("visit_date", text, "must be a date like 2026-10-14"))

    email = clean_text(data.get("educator_email"))
    if email:
        try:
            email = normalise_email(email)
        except ValueError as exc:
            problems.append(Problem("educator_email", email, str(exc)))

    survey_key = clean_text(data.get("survey_key"))
    if survey_key and not _SURVEY_KEY_RE.match(survey_key):
        problems.append(Problem("survey_key", survey_key, "is not a survey key"))

    deck = clean_text(data.get("deck"))
    if len(deck) > 1000:
        problems.append(Problem("deck", deck, "is longer than 1000 characters"))
    minutes_text = clean_text(data.get("planned_minutes")) or str(DEFAULT_MINUTES)
    try:
        minutes = int(minutes_text)
        if not MINUTES_RANGE[0] <= minutes <= MINUTES_RANGE[1]:
            raise ValueError
    except ValueError:
        minutes = DEFAULT_MINUTES
        problems.append(Problem("planned_minutes", minutes_text,
                                f"must be {MINUTES_RANGE[0]} to {MINUTES_RANGE[1]} minutes"))

    notes = str(data.get("notes") or "").strip()
    if len(notes) > 4000:
        problems.append(Problem("notes", notes, "is longer than 4000 characters"))
    if problems:
        raise InvalidInput(problems)
    assert visit_day is not None
    return VisitInput(
        school=values["school"],
        group_name=values["group_name"],
        visit_date=visit_day,
        educator_name=values["educator_name"],
        educator_email=email,
        presenters=values["presenters"],
        survey_key=survey_key,
        notes=notes,
        deck=deck,
        planned_minutes=minutes,
    )


def create_visit(db: Database, data: Mapping[str, object], clock: UtcClock = utc_now) -> str:
    from sos_desktop.core.models import Visit

    visit_input = validate_visit(data)
    now = clock()
    with db.session() as session:
        visit = Visit(
            device_id=db.device_id,
            created_at=now,
            updated_at=now,
            closed=False,
            **visit_input.__dict__,
        )
        session.add(visit)
        session.flush()
        return visit.id


def update_visit(
    db: Database, visit_id: str, data: Mapping[str, object], clock: UtcClock = utc_now
) -> None:
    from sos_desktop.core.models import Visit

    visit_input = validate_visit(data)
    with db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        for name, value in visit_input.__dict__.items():
            setattr(visit, name, value)
        visit.updated_at = clock()


def set_closed(db: Database, visit_id: str, closed: bool, clock: UtcClock = utc_now) -> None:
    from sos_desktop.core.models import Visit

    with db.session() as session:
        visit = session.get(Visit, visit_id)
        if visit is None:
            raise NotFound(f"no visit with id {visit_id}")
        visit.closed = closed
        visit.updated_at = clock()


# The counts come from visit_counts, which triggers keep (migration 0004_figures): the list
# costs the same with 300k sign-ups as with none.
_SUMMARY_SQL = """
SELECT v.id, v.school, v.group_name, v.visit_date, v.educator_name, v.educator_email,
       v.presenters, v.survey_key, v.notes, v.closed, v.deck, v.planned_minutes,
       coalesce(c.responses, 0), coalesce(c.signups, 0), coalesce(c.unexported, 0)
FROM visits v LEFT JOIN visit_counts c ON c.visit_id = v.id
"""


def _summary(row: tuple) -> VisitSummary:
    return VisitSummary(
        id=row[0],
        school=row[1],
        group_name=row[2],
        visit_date=date.fromisoformat(row[3]),
        educator_name=row[4],
        educator_email=row[5],
        presenters=row[6],
        survey_key=row[7],
        notes=row[8],
        closed=bool(row[9]),
        deck=row[10],
        planned_minutes=row[11],
        responses=row[12],
        signups=row[13],
        signups_not_exported=row[14],
    )


def list_visits(db: Database) -> list[VisitSummary]:
    """All visits, newest date first, with their counts."""
    with db.raw() as conn:
        rows = conn.execute(_SUMMARY_SQL + " ORDER BY v.visit_date DESC, v.school").fetchall()
    return [_summary(r) for r in rows]


def get_visit(db: Database, visit_id: str) -> VisitSummary:
    with db.raw() as conn:
        row = conn.execute(_SUMMARY_SQL + " WHERE v.id = ?", (visit_id,)).fetchone()
    if row is None:
        raise NotFound(f"no visit with id {visit_id}")
    return _summary(row)
