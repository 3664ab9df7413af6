"""An export reads a snapshot: the kiosk saving in the middle of a long export succeeds."""

import csv
from datetime import datetime

import pytest

from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people import contacts
from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT
from sos_desktop.core.people.signup_rules import validate_signup
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security.keystore import sealer
from sos_desktop.core.surveys.responses import submit_response

MANY = 2_100  # more than one progress step (2,000 rows), so the export reports mid-file


def _seed(db, visit_id, n):
    with db.raw() as conn:
        seal = sealer(conn)
        records = (
            contacts.signup_record(
                validate_signup({"first_name": "Ana", "last_name": f"Ruiz {i}",
                                 "email": f"s{i}@example.org", "age_13_plus": True,
                                 "email_consent": True}),
                sealer=seal, device_id=db.device_id, visit_id=visit_id, source="import",
                now=datetime(2026, 10, 14, 15, 0),
                email_wording=EMAIL_CONSENT, sms_wording=SMS_CONSENT)
            for i in range(n))
        conn.execute("BEGIN")
        contacts.insert_signups(conn, records)
        conn.execute("COMMIT")


def _emails(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return {row.get("email") for row in csv.DictReader(handle)}


@pytest.mark.parametrize("profile", ["generic", "action-network"])
def test_kiosk_submission_during_a_long_export_succeeds(db, visit_id, stored_survey, tmp_path,
                                                        profile):
    """While the export is writing its file, a student's sign-up and survey response save at
    once through the real core services; the file and its marks hold the rows read before,
    and the next --new export carries the newcomer."""
    _seed(db, visit_id, MANY)
    saved = []

    def student_submits_midway(done, _total):
        if not saved:
            saved.append(submit_signup(
                db, {"first_name": "Late", "last_name": "Comer", "email": "late@example.org",
                     "age_13_plus": True, "email_consent": True}, visit_id=visit_id))
            saved.append(submit_response(db, visit_id, stored_survey[0], "en",
                                         {"safe": 4, "stopped": "no"}))

    first = export_signups(db, tmp_path / "first.csv", profile=profile,
                           progress=student_submits_midway)
    assert len(saved) == 2 and first.rows == MANY
    assert "late@example.org" not in _emails(tmp_path / "first.csv")
    second = export_signups(db, tmp_path / "second.csv", profile=profile)
    assert second.rows == 1 and _emails(tmp_path / "second.csv") == {"late@example.org"}


def test_export_marks_go_in_with_foreign_keys_checked(db, visit_id, tmp_path):
    """The export's marks are written with foreign keys on: a mark can only name a sign-up
    and a receipt that exist."""
    _seed(db, visit_id, 3)
    export_signups(db, tmp_path / "out.csv")
    with db.raw() as conn:
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        assert conn.execute("SELECT count(*) FROM signup_exports").fetchone()[0] == 3
