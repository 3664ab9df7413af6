"""Times are stored as naive UTC but leave the app in local time: exports carry ISO 8601 with
the offset, CRM dates are the local date, the export history shows local time.

Each test runs at 23:30 in New Haven (America/New_York), when the UTC date is already tomorrow.
"""

import csv
from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from sos_desktop.core.clock import LocalTime
from sos_desktop.core.exports.crm_marks import export_history, mark_imported
from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people.signups import submit_signup

NEW_HAVEN = ZoneInfo("America/New_York")
LATE_EVENING_UTC = datetime(2026, 10, 15, 3, 30)  # 23:30 on 14 October in New Haven (EDT)


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


@pytest.fixture
def late_signup(db, visit_id):
    return submit_signup(
        db, {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
             "phone": "2035550142", "age_13_plus": True, "email_consent": True,
             "sms_consent": True},
        visit_id=visit_id, clock=lambda: LATE_EVENING_UTC)


def test_action_network_signup_date_is_the_local_date(db, late_signup, tmp_path):
    """A sign-up at 23:30 in New Haven is dated that day, not the next (the UTC date)."""
    export_signups(db, tmp_path / "an.csv", profile="action-network", zone=NEW_HAVEN)
    [row] = _rows(tmp_path / "an.csv")
    assert row["signup_date"] == "2026-10-14"


def test_generic_times_are_iso_8601_with_offset(db, late_signup, tmp_path):
    """created_at and both consent times say when, unambiguously: local time and offset."""
    export_signups(db, tmp_path / "g.csv", zone=NEW_HAVEN)
    [row] = _rows(tmp_path / "g.csv")
    local = "2026-10-14T23:00:00-04:00"  # sign-ups are stored to the hour (unlinkable)
    assert (row["created_at"], row["email_consent_at"], row["sms_consent_at"]) == (local,) * 3
    winter = LocalTime(NEW_HAVEN).iso("2026-12-15 04:30:00.000000")
    assert winter == "2026-12-14T23:30:00-05:00"  # standard time after the clocks go back


def test_export_history_shows_local_time(db, late_signup, tmp_path):
    """The history (window and CLI) shows when an export was made in the organizer's time."""
    export_signups(db, tmp_path / "g.csv", clock=lambda: LATE_EVENING_UTC)
    mark_imported(db, clock=lambda: LATE_EVENING_UTC)
    [entry] = export_history(db, zone=NEW_HAVEN)
    assert entry.created_at == entry.imported_at == "2026-10-14T23:30:00-04:00"
