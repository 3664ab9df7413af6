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
