"""Visits: create, edit, close, counts."""

import pytest

from sos_desktop.core.errors import InvalidInput, NotFound
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.visits import store as visits


def test_create_and_list_with_counts(db, visit_id):
    """A new visit lists with zero counts; a consented sign-up counts as not exported."""
    submit_signup(
        db,
        {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
         "age_13_plus": True, "email_consent": True},
        visit_id=visit_id,
    )
    [row] = visits.list_visits(db)
    assert row.id == visit_id and row.school == "Wilbur Cross High School"
    assert (row.responses, row.signups, row.signups_not_exported) == (0, 1, 1)


def test_visit_validation_names_fields(db):
    """Missing school/group and a bad date are reported by field; nothing is stored."""
    with pytest.raises(InvalidInput) as info:
        visits.create_visit(db, {"school": " ", "group_name": "", "visit_date": "14/10/2026"})
    assert {p.field for p in info.value.problems} == {"school", "group_name", "visit_date"}
    assert visits.list_visits(db) == []


def test_update_and_close(db, visit_id):
    """Edits are saved; closing and reopening flips the flag."""
    data = {"school": "Hillhouse", "group_name": "BSU", "visit_date": "2026-11-02",
            "educator_email": "T@NHPS.net"}
    visits.update_visit(db, visit_id, data)
    visits.set_closed(db, visit_id, True)
    visit = visits.get_visit(db, visit_id)
    assert (visit.school, visit.educator_email, visit.closed) == ("Hillhouse", "T@nhps.net", True)
    visits.set_closed(db, visit_id, False)
    assert not visits.get_visit(db, visit_id).closed


def test_unknown_visit(db):
    with pytest.raises(NotFound):
        visits.set_closed(db, "nope", True)


def test_signup_totals_count_every_stored_signup(db, visit_id):
    """Ensure the totals include sign-ups outside any visit and ones no export can carry."""
    from sos_desktop.core.people.signups import submit_signup
    from sos_desktop.core.visits.store import SignupTotals, signup_totals
    from tests.conftest import store_legacy_signup

    submit_signup(db, {"first_name": "A", "last_name": "B", "email": "a@example.org",
                       "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    store_legacy_signup(db, None)
    store_legacy_signup(db, visit_id, email_consent=False)
    assert signup_totals(db) == SignupTotals(stored=3, without_visit=1, no_consented_channel=1)


def test_a_missing_or_unreadable_deck_is_refused_naming_the_file(tmp_path):
    """Ensure the deck is checked when the visit is saved, not first at F5 in class."""
    import pytest

    from sos_desktop.core.errors import InvalidInput
    from sos_desktop.core.visits.store import validate_visit

    base = {"school": "Cross", "group_name": "Civics", "visit_date": "2026-10-14"}
    broken = tmp_path / "talk.md"
    broken.write_bytes(b"\xff\xfe not utf-8")
    for deck, why in ((tmp_path / "gone.pdf", "the file does not exist"),
                      (broken, "not UTF-8")):
        with pytest.raises(InvalidInput) as info:
            validate_visit({**base, "deck": str(deck)})
        [problem] = info.value.problems
        assert problem.field == "deck" and str(deck) in problem.reason and why in problem.reason
    good = tmp_path / "good.md"
    good.write_text("# Hello\n", encoding="utf-8")
    assert validate_visit({**base, "deck": str(good)}).deck == str(good)


def test_default_survey_fits_the_school():
    from sos_desktop.core.visits.store import default_survey_for

    assert default_survey_for("Hillhouse") == "hillhouse-cross"
    assert default_survey_for("wilbur cross high school") == "hillhouse-cross"
    assert default_survey_for("Metropolitan Business Academy") == "nhps-other"
    assert default_survey_for("Cross") == "hillhouse-cross"
    assert default_survey_for("Holy Cross Academy") == "nhps-other"
    assert default_survey_for("  ") == ""


def test_answer_mode_defaults_to_kiosk_and_is_stored(db, visit_id):
    """A visit answers at the kiosk unless it says paper or both; the choice is kept on edit."""
    assert visits.get_visit(db, visit_id).answer_mode == "kiosk"
    data = {"school": "Hillhouse", "group_name": "BSU", "visit_date": "2026-11-02",
            "survey_key": "hillhouse-cross", "answer_mode": "paper"}
    visits.update_visit(db, visit_id, data)
    visit = visits.get_visit(db, visit_id)
    assert visit.answer_mode == "paper" and not visit.survey_at_kiosk
    visits.update_visit(db, visit_id, {**data, "answer_mode": "both"})
    assert visits.get_visit(db, visit_id).survey_at_kiosk


def test_answer_mode_is_validated(db):
    """An unknown mode, or paper without a survey, is named by field; nothing is stored."""
    base = {"school": "Cross", "group_name": "BSU", "visit_date": "2026-11-02"}
    with pytest.raises(InvalidInput) as info:
        visits.create_visit(db, {**base, "survey_key": "tiny", "answer_mode": "phones"})
    assert [(p.field, p.reason) for p in info.value.problems] == [
        ("answer_mode", "must be one of kiosk, paper, both")]
    with pytest.raises(InvalidInput) as info:
        visits.create_visit(db, {**base, "answer_mode": "paper"})
    assert [p.field for p in info.value.problems] == ["answer_mode"]
    assert "survey" in info.value.problems[0].reason
    assert visits.list_visits(db) == []


def test_visit_rows_read_back_through_the_models_unchanged(db, clock):
    """Ensure a visit created, edited and closed with plain sqlite3 is stored in the forms the
    SQLAlchemy models read (text dates and times, 0/1 flags) and gets a random id."""
    from datetime import date, datetime, timedelta

    from sqlalchemy.orm import Session

    from sos_desktop.core.storage.models import Visit

    created = clock()
    visit_id = visits.create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                                        "visit_date": "2026-11-02"}, clock=clock)
    clock.now += timedelta(minutes=1)
    visits.update_visit(db, visit_id, {"school": "Hillhouse", "group_name": "BSU 2",
                                       "visit_date": "2026-11-03", "planned_minutes": "50"},
                        clock=clock)
    clock.now += timedelta(minutes=1)
    visits.set_closed(db, visit_id, True, clock=clock)
    with Session(db.engine) as session:
        visit = session.get(Visit, visit_id)
        assert visit is not None
        assert (visit.device_id, visit.created_at, visit.updated_at) == (
            db.device_id, created, clock())
        assert (visit.group_name, visit.visit_date, visit.planned_minutes, visit.closed) == (
            "BSU 2", date(2026, 11, 3), 50, True)
        assert (visit.deck, visit.notes, visit.educator_email) == ("", "", "")
        assert isinstance(visit.created_at, datetime) and len(visit.id) == 36
    db.dispose()


def test_start_up_selects_todays_open_visit_then_nearest_past_then_nearest_future(db):
    """Ensure tomorrow's visit (first in the newest-first list) is not the one selected."""
    from datetime import date

    from sos_desktop.core.visits.store import create_visit, list_visits, set_closed, visit_for_today

    def add(day: str, school: str = "Cross") -> str:
        return create_visit(db, {"school": school, "group_name": "G", "visit_date": day})

    tomorrow, today = add("2026-10-15"), add("2026-10-14")
    last_week, next_month = add("2026-10-07"), add("2026-11-14")
    day = date(2026, 10, 14)
    assert visit_for_today(list_visits(db), day) == today
    set_closed(db, today, True)
    assert visit_for_today(list_visits(db), day) == last_week
    set_closed(db, last_week, True)
    assert visit_for_today(list_visits(db), day) == tomorrow
    for visit in (tomorrow, next_month):
        set_closed(db, visit, True)
    assert visit_for_today(list_visits(db), day) == today  # all closed: by the same rule
    assert visit_for_today([], day) is None


def test_a_visit_moves_to_another_day(db, visit_id):
    from datetime import date

    from sos_desktop.core.visits.store import get_visit, move_to_day

    move_to_day(db, visit_id, date(2026, 12, 7))
    assert get_visit(db, visit_id).visit_date == date(2026, 12, 7)
