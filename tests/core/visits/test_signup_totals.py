"""The sign-up totals under the visit list, kept by triggers, always equal a recount."""

from importlib import import_module

from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.visits import store as visits
from tests.conftest import database_at_revision, same_org, store_legacy_signup

MIGRATION = import_module("sos_desktop.core.storage.migrations.versions.0010_signup_totals")


def _kept(db) -> tuple:
    totals = visits.signup_totals(db)
    return totals.stored, totals.without_visit, totals.no_consented_channel


def _recounted(db) -> tuple:
    with db.raw() as conn:
        return tuple(conn.execute(MIGRATION.RECOUNT_SQL).fetchone())


def _signup(db, visit_id, n, **consent) -> str:
    return submit_signup(db, {"first_name": f"P{n}", "last_name": "Ruiz",
                              "email": f"p{n}@example.org", "phone": f"203555{n:04d}",
                              "age_13_plus": True, **consent}, visit_id=visit_id)


def test_totals_follow_kiosk_repairs_and_bundle_merges(db, visit_id, tmp_path):
    """Sign-ups with and without a visit or a consented channel, removed, moved and merged
    from another laptop each move the totals exactly as a recount of the rows would."""
    assert _kept(db) == _recounted(db) == (0, 0, 0)
    first = _signup(db, visit_id, 1, email_consent=True)
    _signup(db, None, 2, sms_consent=True)
    assert _kept(db) == _recounted(db) == (2, 1, 0)

    other = same_org(db, tmp_path / "other")
    _signup(other, None, 7, email_consent=True)
    import_bundle(other, export_bundle(db, tmp_path / "x.sosbundle").path)
    assert _kept(other) == _recounted(other) == (3, 2, 0)

    legacy = store_legacy_signup(db, visit_id, email_consent=False)
    assert _kept(db) == _recounted(db) == (3, 1, 1)
    with db.raw() as conn:  # repairs by hand
        conn.execute("UPDATE signups SET visit_id = NULL, email_consent = 0 WHERE id = ?",
                     (first,))
        conn.execute("DELETE FROM signups WHERE id = ?", (legacy,))
    assert _kept(db) == _recounted(db) == (2, 2, 1)


def test_the_migration_counts_what_an_older_database_holds(tmp_path):
    """An older database's sign-ups are counted once when it is brought up to date."""
    from sos_desktop.core.storage.store import open_database

    old = database_at_revision(tmp_path / "data", "0009_laptop_keys")
    visit = visits.create_visit(old, {"school": "Hillhouse", "group_name": "BSU",
                                      "visit_date": "2026-11-02"})
    with old.raw() as conn:
        for i, (where, email, sms) in enumerate([(None, 1, 0), (visit, 0, 0), (visit, 0, 1)]):
            conn.execute(
                "INSERT INTO signups (id, device_id, created_at, visit_id, source, school,"
                " grade, interests, role, visit_requested, age_13_plus, email_consent,"
                " email_consent_version, email_consent_text, sms_consent, sms_consent_version,"
                " sms_consent_text) VALUES (?, 'd', '2026-10-14', ?, 'kiosk', '', '', '',"
                " 'student', 0, 1, ?, '', '', ?, '', '')", (f"s{i}", where, email, sms))
    old.dispose()
    db = open_database(tmp_path / "data")
    assert _kept(db) == _recounted(db) == (3, 1, 1)
