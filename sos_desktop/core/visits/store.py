"""Visits: create, edit, close, and the summary list the main window shows.

Plain sqlite3 like the rest of the app, so the first window opens without loading SQLAlchemy;
values are stored in the forms the models declare (ISO dates, db_stamp times, 0/1 flags).
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date
from typing import NamedTuple

from sos_desktop.core.clock import UtcClock, db_stamp, utc_now
from sos_desktop.core.errors import InvalidInput, NotFound, Problem, SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code, Message
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.visits.length import DEFAULT_MINUTES, MINUTES_RANGE

TEXT_LIMITS = {"school": 120, "group_name": 120, "educator_name": 120, "presenters": 400}
_SURVEY_KEY_PATTERN = r"^[a-z0-9][a-z0-9_-]{0,63}$"
# How the class answers: at the kiosk, on printed answer sheets, or either.
ANSWER_MODES = ("kiosk", "paper", "both")


# The records below are NamedTuples, not frozen dataclasses: the main window defines them
# before its first paint, and a dataclass compiles its methods when it is defined (~2 ms for
# the three). Read them by name; nothing here relies on their being tuples.
class VisitInput(NamedTuple):
    """A visit as the organizer enters it, before it is stored."""

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
    answer_mode: str = "kiosk"
    virtual: bool = False
    online_form_url: str = ""


class VisitSummary(NamedTuple):
    """A stored visit with its counts, as the visit list shows it."""

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
    answer_mode: str = "kiosk"
    virtual: bool = False  # over video: students answer the online form (QR on the slide)
    online_form_url: str = ""  # this visit's form; empty: the one in Settings

    @property
    def survey_at_kiosk(self) -> bool:
        """False when the class answers on paper only: the kiosk is then only for sign-ups."""
        return self.answer_mode != "paper"


def deck_problem(deck: str) -> Message | None:
    """Why a visit's deck cannot be shown (naming the file), found when the visit is saved
    rather than at F5 in front of the class; None when it can be."""
    from pathlib import Path

    from sos_desktop.core.decks import DeckError, check_deck

    try:
        check_deck(Path(deck).expanduser())
    except DeckError as exc:
        return Code.DECK_PROBLEM(path=exc.path, problem=exc.reason)
    return None


_HILLHOUSE_CROSS_PATTERN = r"\b(hillhouse|wilbur\s+cross)\b|^cross(\s+high(\s+school)?)?$"


def default_survey_for(school: str, organizer_default: str = "") -> str:
    """The survey that fits a school: Hillhouse or Wilbur Cross always get theirs (the
    research team's variant for them wins over the organizer's default survey), any other
    school the organizer's default from Settings, else the one for all other NHPS schools;
    the organizer's default (or "") before a school is typed."""
    from sos_desktop.core.people.signup_rules import clean_text  # validation only: not at start

    school = clean_text(school)
    if not school:
        return organizer_default
    if re.search(_HILLHOUSE_CROSS_PATTERN, school, re.IGNORECASE):
        return "hillhouse-cross"
    return organizer_default or "nhps-other"


def validate_visit(data: Mapping[str, object]) -> VisitInput:
    # Loaded here: listing visits (the window's first screen, `visit list`) needs no rules.
    from sos_desktop.core.people.signup_rules import (
        clean_text,
        email_problem,
        normalise_email,
    )

    problems: list[Problem] = []
    values: dict[str, str] = {}
    for name, limit in TEXT_LIMITS.items():
        text = clean_text(data.get(name))
        if len(text) > limit:
            problems.append(Problem(name, text, f"is longer than {limit} characters",
                                    "too_long", {"limit": limit}))
        values[name] = text
    for required in ("school", "group_name"):
        if not values[required]:
            problems.append(Problem(required, "", "is required", "required"))

    raw_date = data.get("visit_date")
    visit_day: date | None = raw_date if isinstance(raw_date, date) else None
    if visit_day is None:
        text = clean_text(raw_date)
        try:
            visit_day = date.fromisoformat(text)
        except ValueError:
            problems.append(Problem("visit_date", text, "must be a date like 2026-10-14",
                                    "bad_date"))

    email = clean_text(data.get("educator_email"))
    if email:
        try:
            email = normalise_email(email)
        except ValueError as exc:
            problems.append(email_problem("educator_email", email, str(exc)))

    survey_key = clean_text(data.get("survey_key"))
    if survey_key and not re.match(_SURVEY_KEY_PATTERN, survey_key):
        problems.append(Problem("survey_key", survey_key, "is not a survey key",
                                "bad_survey_key"))

    deck = clean_text(data.get("deck"))
    _check_deck(deck, problems)
    minutes_text = clean_text(data.get("planned_minutes")) or str(DEFAULT_MINUTES)
    minutes = _planned_minutes(minutes_text, problems)
    answer_mode = clean_text(data.get("answer_mode")) or "kiosk"
    _check_answer_mode(answer_mode, survey_key, problems)

    virtual = data.get("virtual") in (True, 1, "1", "true", "yes")
    url = clean_text(data.get("online_form_url"))
    if url and (problem := form_url_problem(url)):
        problems.append(Problem("online_form_url", url, problem, "bad_url"))

    notes = str(data.get("notes") or "").strip()
    if len(notes) > 4000:
        problems.append(Problem("notes", notes, "is longer than 4000 characters", "too_long",
                                {"limit": 4000}))
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
        answer_mode=answer_mode,
        virtual=virtual,
        online_form_url=url,
    )


def _check_deck(deck: str, problems: list[Problem]) -> None:
    if len(deck) > 1000:
        problems.append(Problem("deck", deck, "is longer than 1000 characters", "too_long",
                                {"limit": 1000}))
    elif deck and (problem := deck_problem(deck)):
        problems.append(Problem("deck", deck, str(problem), "bad_deck", {"message": problem}))


def _planned_minutes(text: str, problems: list[Problem]) -> int:
    """The visit's length; the default (and a problem) when `text` is not a length in range."""
    try:
        minutes = int(text)
        if not MINUTES_RANGE[0] <= minutes <= MINUTES_RANGE[1]:
            raise ValueError
    except ValueError:
        problems.append(Problem("planned_minutes", text,
                                f"must be {MINUTES_RANGE[0]} to {MINUTES_RANGE[1]} minutes",
                                "bad_minutes"))
        return DEFAULT_MINUTES
    return minutes


def _check_answer_mode(answer_mode: str, survey_key: str, problems: list[Problem]) -> None:
    if answer_mode not in ANSWER_MODES:
        problems.append(Problem("answer_mode", answer_mode,
                                f"must be one of {', '.join(ANSWER_MODES)}",
                                "bad_answer_mode"))
    elif answer_mode != "kiosk" and not survey_key:
        problems.append(Problem("answer_mode", answer_mode,
                                "answering on paper needs a survey; choose one",
                                "paper_needs_survey"))
def form_url_problem(url: str) -> str | None:
    """Why `url` cannot be an online form's address (students scan it), None when it can."""
    if len(url) > 1000:
        return "is longer than 1000 characters"
    if not re.match(r"^https?://[^\s/]+\.[^\s/]+(/\S*)?$", url, re.IGNORECASE):
        return "must be a web address like https://ee.kobotoolbox.org/x/abc123"
    return None


def _stored(visit_input: VisitInput) -> dict[str, object]:
    return visit_input._asdict() | {"visit_date": visit_input.visit_date.isoformat()}


def create_visit(db: Database, data: Mapping[str, object], clock: UtcClock = utc_now) -> str:
    visit_input = validate_visit(data)
    visit_id, now = new_id(), db_stamp(clock())
    row = {"id": visit_id, "device_id": db.device_id, "created_at": now, "updated_at": now,
           "closed": 0, **_stored(visit_input)}
    with db.raw() as conn, write_transaction(conn, db.path):
        conn.execute(f"INSERT INTO visits ({', '.join(row)}) VALUES ({', '.join('?' * len(row))})",
                     tuple(row.values()))
    return visit_id


def _update(db: Database, visit_id: str, changes: dict[str, object]) -> None:
    with db.raw() as conn, write_transaction(conn, db.path):
        cursor = conn.execute(
            f"UPDATE visits SET {', '.join(f'{name} = ?' for name in changes)} WHERE id = ?",
            (*changes.values(), visit_id))
        if cursor.rowcount == 0:
            raise NotFound(Code.NO_VISIT(id=visit_id))


def update_visit(
    db: Database, visit_id: str, data: Mapping[str, object], clock: UtcClock = utc_now
) -> None:
    from sos_desktop.core.kiosk.collecting import refuse_change

    refuse_change(visit_id)
    visit_input = validate_visit(data)
    _update(db, visit_id, _stored(visit_input) | {"updated_at": db_stamp(clock())})


def set_closed(db: Database, visit_id: str, closed: bool,
               clock: UtcClock = utc_now) -> list[Message]:
    """Close or reopen. Closing also rewrites the file in key order and takes an automatic
    backup; returns a warning for each that failed (the visit is closed all the same).
    Refused (KioskCollecting) while a kiosk collects for the visit."""
    from sos_desktop.core.kiosk.collecting import refuse_change

    refuse_change(visit_id)
    _update(db, visit_id, {"closed": int(closed), "updated_at": db_stamp(clock())})
    if not closed:
        return []
    from sos_desktop.core.backups.automatic import take_backup
    from sos_desktop.core.storage.unlinkable import HELD, rewrite_in_key_order

    # The kiosk is done with it: leave no write order in the file (or say why not yet).
    warnings = [] if rewrite_in_key_order(db) else [HELD]
    try:
        take_backup(db, "visit-closed", clock)
    except SosError as exc:
        warnings.append(Code.AUTO_BACKUP_FAILED(reason=exc.message or str(exc)))
    return warnings


# The counts come from visit_counts, which triggers keep (migration 0007_figures): the list
# costs the same with 300k sign-ups as with none.
_SUMMARY_SQL = """
SELECT v.id, v.school, v.group_name, v.visit_date, v.educator_name, v.educator_email,
       v.presenters, v.survey_key, v.notes, v.closed, v.deck, v.planned_minutes,
       coalesce(c.responses, 0), coalesce(c.signups, 0), coalesce(c.unexported, 0),
       v.answer_mode, v.virtual, v.online_form_url
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
        answer_mode=row[15],
        virtual=bool(row[16]),
        online_form_url=row[17],
    )


def list_visits(db: Database) -> list[VisitSummary]:
    """All visits, newest date first, with their counts."""
    with db.raw() as conn:
        rows = conn.execute(_SUMMARY_SQL + " ORDER BY v.visit_date DESC, v.school").fetchall()
    return [_summary(r) for r in rows]


def visit_for_today(rows: list[VisitSummary], today: date) -> str | None:
    """The visit to select at start-up: the open one dated today, else the nearest past one,
    else the nearest future one (open visits first; closed ones only when none is open).
    Never tomorrow's just because it sorts first."""
    for pool in ([v for v in rows if not v.closed], rows):
        if not pool:
            continue
        past = [v for v in pool if v.visit_date <= today]
        if past:
            return max(past, key=lambda v: v.visit_date).id
        return min(pool, key=lambda v: v.visit_date).id
    return None


def move_to_day(db: Database, visit_id: str, day: date, clock: UtcClock = utc_now) -> None:
    """Give the visit another date (the organizer moving it to today before collecting)."""
    from sos_desktop.core.kiosk.collecting import refuse_change

    refuse_change(visit_id)
    _update(db, visit_id, {"visit_date": day.isoformat(), "updated_at": db_stamp(clock())})


def get_visit(db: Database, visit_id: str) -> VisitSummary:
    with db.raw() as conn:
        row = conn.execute(_SUMMARY_SQL + " WHERE v.id = ?", (visit_id,)).fetchone()
    if row is None:
        raise NotFound(Code.NO_VISIT(id=visit_id))
    return _summary(row)


class SignupTotals(NamedTuple):
    """Every stored sign-up, including those the per-visit rows cannot show."""

    stored: int
    without_visit: int  # e.g. typed-up or merged without a visit
    no_consented_channel: int  # stored by an older version: no CRM export can carry them


def signup_totals(db: Database) -> SignupTotals:
    """Every stored sign-up, counted from clear columns (contacts are sealed). A sign-up gives a
    detail for each channel it consents to (signup_rules), so one with no consent at all is one
    no CRM export can carry."""
    with db.raw() as conn:  # kept by triggers (migration 0005): no scan of the sign-ups
        row = conn.execute("SELECT stored, without_visit, no_channel FROM signup_totals"
                           " WHERE id = 1").fetchone()
    return SignupTotals(*row) if row else SignupTotals(0, 0, 0)
