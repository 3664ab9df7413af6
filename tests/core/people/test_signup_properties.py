"""Property tests: any sign-up input gets a clear answer (stored, or problems naming the
field) and an invalid one stores nothing."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit

FIELDS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school",
          "grade", "role", "interests", "visit_requested", "age_13_plus", "email_consent",
          "sms_consent")
HOSTILE = st.sampled_from(["=HYPERLINK(\"x\")", "+1", "-2+3", "@SUM(A1)", "\tx", "\rx", "",
                           " ", "\x00", "ä" * 300, "Robert'); DROP TABLE signups;--"])
ANY_VALUE = st.one_of(st.text(), HOSTILE, st.booleans(), st.none(), st.integers(),
                      st.floats(allow_nan=True), st.lists(st.text(), max_size=3))
VALID = {"first_name": "Ana", "last_name": "Ruiz", "age_13_plus": True,
         "email": "ana.ruiz@example.org", "email_consent": True}


def assert_clear(exc: InvalidInput) -> None:
    assert exc.problems
    for problem in exc.problems:
        assert problem.field and problem.reason
        assert str(problem)  # the message a person sees


@settings(max_examples=150, deadline=None)
@given(st.dictionaries(st.sampled_from(FIELDS), ANY_VALUE))
def test_any_signup_input_is_accepted_or_refused_with_its_field_named(data):
    """Ensure validation never crashes: a SignupInput or InvalidInput naming each field."""
    try:
        validate_signup(data)
    except InvalidInput as exc:
        assert_clear(exc)


@settings(max_examples=150, deadline=None)
@given(st.sampled_from(FIELDS), ANY_VALUE)
def test_one_bad_field_in_a_valid_signup_is_named(field, value):
    """Ensure a valid sign-up with one field replaced by anything is accepted or refused with
    a problem naming that field (or a field it depends on)."""
    try:
        validate_signup({**VALID, field: value})
    except InvalidInput as exc:
        assert_clear(exc)


@pytest.fixture(scope="module")
def shared_db(tmp_path_factory):
    from sos_desktop.core.security import keys, keystore
    from tests.conftest import PASSPHRASE

    db = open_database(tmp_path_factory.mktemp("props") / "data")
    keystore.create(db, PASSPHRASE, cost=keys.FAST_FOR_TESTS)
    visit = create_visit(db, {"school": "Hillhouse", "group_name": "G",
                              "visit_date": "2026-10-14"})
    return db, visit


def count(db) -> int:
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM signups").fetchone()[0]


@settings(max_examples=30, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.sampled_from(FIELDS), ANY_VALUE)
def test_a_refused_signup_stores_nothing(shared_db, field, value):
    """Ensure submit_signup stores exactly one row when it accepts, none when it refuses."""
    db, visit = shared_db
    before = count(db)
    try:
        submit_signup(db, {**VALID, field: value}, visit_id=visit)
    except InvalidInput as exc:
        assert_clear(exc)
        assert count(db) == before
    else:
        assert count(db) == before + 1
