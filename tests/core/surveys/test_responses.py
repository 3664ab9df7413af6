"""Anonymous responses: validated, coarse time, no sign-up link, committed whole."""

import json

import pytest

from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.results.answer_counts import count_answers
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits.store import get_visit, set_closed

GOOD = {"safe": 4, "stopped": "yes", "where": "hall", "support": ["counselors", "rj"]}


def test_response_is_stored_with_the_visit_date_only(db, visit_id, stored_survey):
    definition_id, _ = stored_survey
    response_id = submit_response(db, visit_id, definition_id, "es", GOOD)
    with db.raw() as conn:
        created, language = conn.execute(
            "SELECT created_at, language FROM survey_responses WHERE id = ?", (response_id,)
        ).fetchone()
        answers = dict(conn.execute(
            "SELECT question_key, value FROM survey_answers WHERE response_id = ?", (response_id,)
        ).fetchall())
    assert created == "2026-10-14 00:00:00.000000" and language == "es"
    assert {k: json.loads(v) for k, v in answers.items()} == GOOD
    assert get_visit(db, visit_id).responses == 1


def test_responses_table_has_no_link_to_signups(db):
    with db.raw() as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(survey_responses)")}
    assert not {c for c in columns if "signup" in c}


def test_invalid_answers_store_nothing(db, visit_id, stored_survey):
    definition_id, _ = stored_survey
    with pytest.raises(InvalidInput) as info:
        submit_response(db, visit_id, definition_id, "en", {"safe": 9})
    assert {p.field for p in info.value.problems} == {"safe", "stopped"}
    assert get_visit(db, visit_id).responses == 0


def test_irrelevant_answers_are_dropped(db, visit_id, stored_survey):
    """A follow-up answered, then made irrelevant, is not stored."""
    definition_id, _ = stored_survey
    submit_response(db, visit_id, definition_id, "en", {**GOOD, "stopped": "no"})
    with db.raw() as conn:
        keys = {r[0] for r in conn.execute("SELECT question_key FROM survey_answers")}
    assert "where" not in keys


def test_closed_visit_takes_no_answers(db, visit_id, stored_survey):
    set_closed(db, visit_id, True)
    with pytest.raises(SosError, match="closed"):
        submit_response(db, visit_id, stored_survey[0], "en", GOOD)


def test_counts_expand_multiple_choice(db, visit_id, stored_survey):
    for _ in range(3):
        submit_response(db, visit_id, stored_survey[0], "en", GOOD)
    submit_response(db, visit_id, stored_survey[0], "en", {"safe": 2, "stopped": "no"})
    with db.raw() as conn:
        counts = count_answers(conn, visit_id)
    assert counts.responses == 4
    assert counts.values["support"] == {"counselors": 3, "rj": 3}
    assert counts.values["safe"] == {"4": 3, "2": 1}
    assert counts.answered["support"] == 3 and counts.answered["stopped"] == 4


def test_full_disk_is_a_clear_error_and_nothing_half_written(db, visit_id, stored_survey):
    """An SQLite failure after the response row is written, while its answers go in, rolls the
    whole response back and names the database file."""
    from sos_desktop.core.errors import DatabaseProblem

    with db.raw() as conn:  # the disk fills up exactly between the two inserts
        conn.execute("CREATE TRIGGER disk_full BEFORE INSERT ON survey_answers"
                     " BEGIN SELECT RAISE(FAIL, 'database or disk is full'); END")
    with pytest.raises(DatabaseProblem, match=f"could not save to {db.path}: database or disk"):
        submit_response(db, visit_id, stored_survey[0], "en", GOOD)
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0] == 0
    assert get_visit(db, visit_id).responses == 0
