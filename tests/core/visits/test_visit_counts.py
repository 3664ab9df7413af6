"""The visit list's counts, kept by triggers, always equal a recount of the rows themselves."""

from importlib import import_module

import pytest

from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits import store as visits
from tests.conftest import same_org, store_legacy_signup

RECOUNT_SQL = import_module("sos_desktop.core.storage.migrations.versions.0007_figures").RECOUNT_SQL


def _listed(db) -> dict:
    return {v.id: (v.responses, v.signups, v.signups_not_exported) for v in visits.list_visits(db)}


def _recounted(db) -> dict:
    with db.raw() as conn:
        return {r[0]: tuple(r[1:]) for r in conn.execute(RECOUNT_SQL)}


@pytest.fixture
def answered(db, visit_id, stored_survey):
    def add(n: int, visit: str | None = None) -> None:
        for _ in range(n):
            submit_response(db, visit or visit_id, stored_survey[0], "en",
                            {"safe": 3, "stopped": "no"})
    return add


def _signup(db, visit_id, n, **consent) -> str:
    return submit_signup(db, {"first_name": f"P{n}", "last_name": "Ruiz",
                              "email": f"p{n}@example.org", "phone": f"203555{n:04d}",
                              "age_13_plus": True, **consent}, visit_id=visit_id)


def test_counts_follow_kiosk_exports_and_bundle_merges(db, visit_id, answered, tmp_path):
    """Responses, sign-ups, consent, exports under two profiles and a merged bundle each move
    the listed counts exactly as a recount of the rows would."""
    second = visits.create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                                      "visit_date": "2026-11-02"})
    answered(3)
    answered(2, visit=second)
    _signup(db, visit_id, 1, email_consent=True)
    # No consented channel (kept from an older version): never counts as waiting for export.
    legacy = store_legacy_signup(db, visit_id, email_consent=False)
    _signup(db, second, 3, sms_consent=True)
    assert _listed(db) == _recounted(db) == {visit_id: (3, 2, 1), second: (2, 1, 1)}

    export_signups(db, tmp_path / "a.csv", profile="generic")
    assert _listed(db)[visit_id] == (3, 2, 0)
    export_signups(db, tmp_path / "b.csv", profile="action-network")  # a second mark
    _signup(db, visit_id, 4, email_consent=True)
    assert _listed(db) == _recounted(db)
    assert _listed(db)[visit_id] == (3, 3, 1)
    with db.raw() as conn:  # a merge refuses it (core.bundles): it stays behind
        conn.execute("DELETE FROM signups WHERE id = ?", (legacy,))
    assert _listed(db) == _recounted(db)
    assert _listed(db)[visit_id] == (3, 2, 1)

    other = same_org(db, tmp_path / "other")
    import_bundle(other, export_bundle(db, tmp_path / "x.sosbundle").path)
    # Merged sign-ups count as not yet exported on the laptop they arrive on.
    assert _listed(other) == _recounted(other) == {visit_id: (3, 2, 2), second: (2, 1, 1)}


def test_counts_follow_rows_removed_and_moved(db, visit_id, answered, tmp_path):
    """Deleting or moving rows by hand (a repair) keeps the counts true as well."""
    second = visits.create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                                      "visit_date": "2026-11-02"})
    answered(2)
    p0, p1, p2 = (_signup(db, visit_id, n, email_consent=True) for n in range(3))
    export_signups(db, tmp_path / "a.csv", profile="generic")
    p9 = _signup(db, visit_id, 9, sms_consent=True)
    with db.raw() as conn:
        conn.execute("DELETE FROM signup_exports WHERE signup_id = ?", (p0,))
        conn.execute("DELETE FROM signups WHERE id IN (?, ?)", (p1, p9))
        conn.execute("UPDATE signups SET visit_id = ? WHERE id = ?", (second, p2))
        conn.execute("UPDATE survey_responses SET visit_id = ?"
                     " WHERE id = (SELECT min(id) FROM survey_responses)", (second,))
        conn.execute("UPDATE signups SET email_consent = 0 WHERE id = ?", (p0,))
    assert _listed(db) == _recounted(db) == {visit_id: (1, 1, 0), second: (1, 1, 0)}
