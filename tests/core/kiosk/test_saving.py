"""A kiosk session saves through one connection kept open, with the core services' checks."""

import pytest

from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.kiosk.saving import KioskSaver
from sos_desktop.core.storage import db as dbmod
from sos_desktop.core.visits.store import get_visit

ANA = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
       "age_13_plus": True, "email_consent": True}


@pytest.fixture
def opened(monkeypatch):
    """Counts the SQLite connections opened."""
    calls = []
    real = dbmod.connect

    def counting(path):
        calls.append(path)
        return real(path)

    monkeypatch.setattr(dbmod, "connect", counting)
    return calls


def test_a_session_of_saves_opens_the_database_once(db, visit_id, stored_survey, opened):
    """Many students, one connection: each save is committed and visible to other readers."""
    definition_id, survey = stored_survey
    opened.clear()
    saver = KioskSaver(db, visit_id, definition_id, survey)
    for i in range(5):
        saver.save_response("en", {"safe": 3, "stopped": "no"})
        saver.save_signup("es", {**ANA, "email": f"s{i}@example.org"})
    assert len(opened) == 1 and saver.db.device_id == db.device_id
    visit = get_visit(db, visit_id)  # a connection of its own sees every commit
    assert (visit.responses, visit.signups) == (5, 5)
    saver.close()


def test_a_refused_save_leaves_the_session_usable(db, visit_id, stored_survey):
    """A sign-up the rules refuse stores nothing; the next student's save still works."""
    saver = KioskSaver(db, visit_id, *stored_survey)
    with pytest.raises(InvalidInput):
        saver.save_signup("en", {**ANA, "age_13_plus": False})
    saver.save_signup("en", ANA)
    assert get_visit(db, visit_id).signups == 1
    saver.close()
    saver.save_signup("en", {**ANA, "email": "b@example.org"})  # reopens after close
    assert get_visit(db, visit_id).signups == 2
    saver.close()


def wal_ids(db):
    from tests.core.privacy import attacker

    return attacker.wal_first_seen(db.path.with_name(db.path.name + "-wal"))


def test_a_signup_leaves_the_wal_to_settle_and_settling_empties_it(db, visit_id, stored_survey):
    """Ensure the sign-up is stored before settle, that settle leaves the WAL holding no
    record, and that a WAL is kept begun for the next student (so its response pays one
    sync, not a new WAL's header as well)."""
    saver = KioskSaver(db, visit_id, *stored_survey)
    wal = db.path.with_name(db.path.name + "-wal")
    assert wal.stat().st_size > 0 and wal_ids(db) == {}  # begun at the start of the session
    response = saver.save_response("en", {"safe": 3, "stopped": "no"})
    signup = saver.save_signup("en", ANA)
    assert {response, signup} <= set(wal_ids(db))  # the order is there until settled
    assert get_visit(db, visit_id).signups == 1
    saver.settle()
    assert wal.stat().st_size > 0 and wal_ids(db) == {}
    saver.close()


def test_a_save_settles_an_earlier_signup_first(db, visit_id, stored_survey):
    """Ensure a front end that never calls settle still never has a sign-up followed by the
    next student's records in the WAL: the next save settles first, and so does close."""
    saver = KioskSaver(db, visit_id, *stored_survey)
    saver.save_response("en", {"safe": 3, "stopped": "no"})
    first = saver.save_signup("en", ANA)
    second = saver.save_response("en", {"safe": 2, "stopped": "no"})
    assert first not in wal_ids(db) and second in wal_ids(db)
    saver.save_signup("en", {**ANA, "email": "b@example.org"})
    saver.close()
    assert wal_ids(db) == {}


def test_a_move_that_fails_never_fails_a_save_and_is_done_later(db, visit_id, stored_survey,
                                                                monkeypatch):
    """Ensure that when moving a response among the visit's fails (a full disk for a moment),
    the sign-up after it is stored all the same, and the next settle does the move."""
    import sqlite3

    from sos_desktop.core.kiosk import saving

    real = saving.reshuffle
    failures = []

    def full_once(*args):
        if not failures:
            failures.append(1)
            raise sqlite3.OperationalError("database or disk is full")
        return real(*args)

    monkeypatch.setattr(saving, "reshuffle", full_once)
    saver = KioskSaver(db, visit_id, *stored_survey)
    response = saver.save_response("en", {"safe": 3, "stopped": "no"})
    saver.settle()  # fails inside: nothing raised, the move kept for later
    saver.save_signup("en", ANA)
    assert failures and get_visit(db, visit_id).signups == 1
    saver.settle()
    assert wal_ids(db) == {}
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_answers WHERE response_id = ?",
                            (response,)).fetchone()[0] == 2
    saver.close()


def test_another_program_holding_the_file_leaves_the_wal_to_the_next_settle(
        db, visit_id, stored_survey):
    """Ensure that while another program reads the file (the WAL cannot be emptied), settle
    gives way without an error, and empties it at its next call once the reader has gone."""
    import sqlite3

    saver = KioskSaver(db, visit_id, *stored_survey)
    reader = sqlite3.connect(db.path)
    reader.execute("BEGIN")
    reader.execute("SELECT count(*) FROM signups").fetchone()
    saver.save_response("en", {"safe": 3, "stopped": "no"})
    signup = saver.save_signup("en", ANA)
    saver.settle()
    assert signup in wal_ids(db)  # held: nothing lost, nothing raised
    reader.close()
    saver.settle()
    assert wal_ids(db) == {} and get_visit(db, visit_id).signups == 1
    saver.close()


def test_a_settle_due_after_the_session_ended_opens_nothing(db, visit_id, stored_survey,
                                                            opened):
    """Ensure the kiosk window's late call (its timer firing after the kiosk was left) does
    not open the database again: close() settled everything."""
    saver = KioskSaver(db, visit_id, *stored_survey)
    saver.save_response("en", {"safe": 3, "stopped": "no"})
    saver.save_signup("en", ANA)
    saver.close()
    opened.clear()
    saver.settle()
    assert opened == [] and wal_ids(db) == {}
