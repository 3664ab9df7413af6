"""CRM profiles, de-duplication and the 'mark as imported' step."""

import csv
import re
from datetime import datetime, timedelta

import pytest

from sos_desktop.cli import run
from sos_desktop.core.errors import NotFound
from sos_desktop.core.exports.crm_marks import export_history, mark_imported, signups_not_in_crm
from sos_desktop.core.exports.profiles import PROFILES as REGISTRY
from sos_desktop.core.exports.signups import PROFILES, export_signups
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.visits.store import create_visit
from tests.conftest import store_legacy_signup


def _signup(db, visit_id, clock=None, **fields):
    data = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
            "age_13_plus": True, "email_consent": True, **fields}
    kwargs = {"clock": clock} if clock else {}
    return submit_signup(db, data, visit_id=visit_id, **kwargs)


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _second_visit(db):
    return create_visit(db, {"school": "Hillhouse High School", "group_name": "BSU",
                             "visit_date": "2026-11-02"})


@pytest.mark.parametrize("profile,header", [
    ("action-network", ["first_name", "last_name", "email", "zip_code", "phone"]),
    ("mailchimp", ["Email Address", "First Name", "Last Name", "Phone Number", "Tags"]),
    ("everyaction", ["FirstName", "LastName", "Email", "CellPhone", "ZipOrPostal"]),
])
def test_each_crm_profile_has_its_importer_columns(db, visit_id, tmp_path, profile, header):
    """Each CRM profile starts with the column names that CRM's importer recognises."""
    _signup(db, visit_id, phone="203-555-0142", sms_consent=True, zip_code="06511")
    out = tmp_path / f"{profile}.csv"
    assert export_signups(db, out, profile=profile).rows == 1
    [row] = _rows(out)
    assert list(row)[: len(header)] == header
    assert "+12035550142" in row.values() and "ana@example.org" in row.values()


def test_the_cli_offers_exactly_the_registry_profiles(capsys):
    """`export signups --profile` offers the registry's four profiles, no more, no fewer."""
    assert list(REGISTRY) == ["generic", "action-network", "mailchimp", "everyaction"]
    with pytest.raises(SystemExit):
        run(["export", "signups", "--help"])
    offered = re.search(r"--profile \{([^}]*)\}", capsys.readouterr().out)
    assert offered is not None and offered.group(1).split(",") == list(REGISTRY)


def test_same_email_at_two_visits_goes_out_once_merged(db, visit_id, tmp_path, clock):
    """Two sign-ups sharing an email (any case) become one row: consents OR-ed, interests
    united, the later visit and names kept."""
    _signup(db, visit_id, clock=clock, interests="research", zip_code="06511")
    clock.now += timedelta(days=20)
    later = _second_visit(db)
    _signup(db, later, clock=clock, email="ANA@example.org", phone="2035550142",
            sms_consent=True, interests="tactics", first_name="Ana María")
    result = export_signups(db, tmp_path / "an.csv", profile="action-network")
    [row] = _rows(tmp_path / "an.csv")
    assert (result.rows, result.merged) == (1, 1)
    assert row["first_name"] == "Ana María" and row["zip_code"] == "06511"
    assert row["phone"] == "+12035550142" and row["interests"] == "research;tactics"
    assert row["visit_school"] == "Hillhouse High School"


def test_shared_phone_links_sign_ups_transitively(db, visit_id, tmp_path):
    """A and B share a phone, B and C an email: all three are one person."""
    _signup(db, visit_id, email="a@example.org", phone="2035550100", sms_consent=True)
    _signup(db, visit_id, email="b@example.org", phone="2035550100", sms_consent=True)
    _signup(db, visit_id, email="b@example.org", phone="2035550199")
    result = export_signups(db, tmp_path / "ea.csv", profile="everyaction")
    assert (result.rows, result.merged) == (1, 2)


def test_same_name_different_contacts_listed_not_merged(db, visit_id, tmp_path, clock):
    """'Zoë Nguyễn' and 'zoe nguyen' with different emails stay two rows and are listed."""
    _signup(db, visit_id, clock, first_name="Zoë", last_name="Nguyễn", email="z1@example.org")
    clock.now += timedelta(hours=1)  # sign-up times are whole hours: keep their order
    _signup(db, visit_id, clock, first_name="zoe", last_name="NGUYEN", email="z2@example.org")
    result = export_signups(db, tmp_path / "an.csv", profile="action-network")
    assert result.rows == 2
    [dup] = result.likely_duplicates
    assert len(dup.signup_ids) == 2 and dup.name.startswith("Z")


def test_a_merged_person_is_listed_by_the_name_their_row_carries(db, visit_id, tmp_path, clock):
    """A person whose later sign-up changed their name goes on the likely-duplicates list by
    the name their row carries (the latest), not by their first sign-up's."""
    _signup(db, visit_id, clock, first_name="Ana", last_name="Diaz", email="a@example.org")
    clock.now += timedelta(hours=1)
    _signup(db, visit_id, clock, first_name="Anna", last_name="Diaz", email="a@example.org")
    clock.now += timedelta(hours=1)
    _signup(db, visit_id, clock, first_name="anna", last_name="DIAZ", email="b@example.org")
    result = export_signups(db, tmp_path / "an.csv", profile="action-network")
    assert (result.rows, result.merged) == (2, 1)
    [dup] = result.likely_duplicates
    assert sorted(map(len, dup.signup_ids)) == [1, 2]


def test_generic_keeps_one_row_per_signup(db, visit_id, tmp_path):
    """The generic profile is the raw record: no merging unless asked."""
    _signup(db, visit_id)
    _signup(db, visit_id)
    assert export_signups(db, tmp_path / "g.csv").rows == 2
    assert export_signups(db, tmp_path / "g2.csv", new_only=False, dedupe=True).rows == 1


def test_consent_filter_holds_for_every_profile(db, visit_id, tmp_path):
    """No channel without consent in any profile; a merged row never borrows an
    unconsented channel from its other sign-up."""
    _signup(db, visit_id, phone="2035550142", sms_consent=False)
    _signup(db, visit_id, email="ana@example.org", email_consent=False, phone="2035550150",
            sms_consent=True)
    store_legacy_signup(db, visit_id, email="nobody@example.org", email_consent=False)
    for name in PROFILES:
        out = tmp_path / f"{name}.csv"
        result = export_signups(db, out, profile=name, new_only=False)
        text = out.read_text(encoding="utf-8")
        assert "+12035550142" not in text and "nobody@example.org" not in text
        assert result.skipped_no_consent == 1


def test_mailchimp_leaves_out_phone_only_people_and_counts_them(db, visit_id, tmp_path):
    """Mailchimp keys people by email: a phone-only person is left out and counted."""
    _signup(db, visit_id, email="", email_consent=False, phone="2035550142", sms_consent=True)
    _signup(db, visit_id, email="b@example.org", interests="research;outreach")
    result = export_signups(db, tmp_path / "mc.csv", profile="mailchimp")
    [row] = _rows(tmp_path / "mc.csv")
    assert (result.rows, result.skipped_no_email) == (1, 1)
    assert row["Tags"] == "SOS, student, research, outreach"


def test_people_left_out_are_not_marked_and_go_out_once_they_can(db, visit_id, tmp_path):
    """Without dedupe too, a phone-only sign-up Mailchimp cannot carry is not marked as
    exported: once it gains an email (a later sign-up), the next --new export carries it."""
    _signup(db, visit_id, email="", email_consent=False, phone="2035550142", sms_consent=True)
    first = export_signups(db, tmp_path / "1.csv", profile="mailchimp", dedupe=False)
    assert (first.rows, first.skipped_no_email) == (0, 1)
    _signup(db, visit_id, email="ana@example.org", phone="2035550142", sms_consent=True)
    again = export_signups(db, tmp_path / "2.csv", profile="mailchimp")
    assert (again.rows, again.merged) == (1, 1)


def test_hostile_cells_neutralised_in_crm_profiles(db, visit_id, tmp_path):
    """A formula in a name gets an apostrophe in every profile; the E.164 phone does not."""
    _signup(db, visit_id, last_name="=HYPERLINK(1)", phone="2035550142", sms_consent=True)
    for name in ("action-network", "mailchimp", "everyaction"):
        out = tmp_path / f"{name}.csv"
        export_signups(db, out, profile=name)
        [row] = _rows(out)
        assert "'=HYPERLINK(1)" in row.values() and "+12035550142" in row.values()


def test_new_is_per_profile_and_all_redoes(db, visit_id, tmp_path):
    """--new remembers per profile; a merged person's sign-ups are all marked exported."""
    _signup(db, visit_id)
    _signup(db, visit_id)
    assert export_signups(db, tmp_path / "1.csv", profile="mailchimp").rows == 1
    assert export_signups(db, tmp_path / "2.csv", profile="mailchimp").rows == 0
    assert export_signups(db, tmp_path / "3.csv", profile="everyaction").rows == 1
    assert export_signups(db, tmp_path / "4.csv", profile="mailchimp", new_only=False).rows == 1


def test_mark_imported_shows_what_reached_the_crm(db, visit_id, tmp_path, clock):
    """Marking the last export records when it reached the CRM; marking twice is harmless."""
    _signup(db, visit_id)
    result = export_signups(db, tmp_path / "an.csv", profile="action-network")
    assert signups_not_in_crm(db, "action-network") == 1
    assert export_history(db)[0].imported_at is None
    assert mark_imported(db, "last", clock=clock) == (result.receipt_id, True)
    assert mark_imported(db, result.receipt_id[:8], clock=clock) == (result.receipt_id, False)
    [entry] = export_history(db)
    assert entry.imported_at.startswith("2026-10-14") and entry.profile == "action-network"
    assert signups_not_in_crm(db, "action-network") == 0


def test_mark_imported_unknown_receipt_is_clear(db):
    with pytest.raises(NotFound, match="no sign-up export yet"):
        mark_imported(db, "last")
    with pytest.raises(NotFound, match="abcd1234"):
        mark_imported(db, "abcd1234")


def test_merged_consent_time_comes_from_the_consenting_signup(db, visit_id, tmp_path, clock):
    """The consent date exported is that of the sign-up whose channel goes out."""
    _signup(db, visit_id, clock=clock, phone="2035550142", sms_consent=True)
    clock.now = datetime(2026, 12, 1, 9, 0)
    _signup(db, visit_id, clock=clock, email="ana@example.org", email_consent=True)
    export_signups(db, tmp_path / "g.csv", dedupe=True)
    [row] = _rows(tmp_path / "g.csv")
    assert row["sms_consent_at"].startswith("2026-10-14")
    assert row["email_consent_at"].startswith("2026-12-01")


def test_fast_paths_match_the_person_path(db, visit_id, tmp_path):
    """The rows formatted straight from a sign-up (generic's stream, Action Network's first
    pass) equal those built from a person tuple, consent included."""
    from sos_desktop.core.clock import LocalTime
    from sos_desktop.core.exports.dedupe import single
    from sos_desktop.core.exports.profiles import (
        _action_network,
        _action_network_raw,
        _generic,
        _generic_raw,
    )
    from sos_desktop.core.exports.signup_run import SELECT
    from sos_desktop.core.people.contacts import open_contact

    _signup(db, visit_id, last_name="=x", phone="2035550142", sms_consent=False)
    _signup(db, visit_id, email="b@example.org", email_consent=False, phone="2035550143",
            sms_consent=True)
    with db.raw() as conn:
        decoded = [r[:6] + open_contact(db.contact_key, r[6]) + r[7:]
                   for r in conn.execute(SELECT)]
    local = LocalTime()
    assert [_generic_raw(r, local) for r in decoded] == [_generic(single(r), local)
                                                         for r in decoded]
    assert [_action_network_raw(r, local) for r in decoded] == [
        _action_network(single(r), local) for r in decoded]


def test_preview_counts_exactly_the_rows_the_export_then_writes(db, visit_id, tmp_path):
    """Ensure the count shown before writing is the export's own, for every profile and for
    new/all, and that previewing writes and marks nothing."""
    from sos_desktop.core.exports.signups import preview_signups

    _signup(db, visit_id)
    _signup(db, visit_id)  # the same person again: merged by the CRM profiles
    _signup(db, visit_id, email="", email_consent=False, phone="2035550142", sms_consent=True)
    store_legacy_signup(db, visit_id, email="nobody@example.org", email_consent=False)
    for name in PROFILES:
        for new_only in (True, False):
            before = preview_signups(db, profile=name, new_only=new_only)
            assert preview_signups(db, profile=name, new_only=new_only) == before
            result = export_signups(db, tmp_path / f"{name}-{new_only}.csv", profile=name,
                                    new_only=new_only)
            assert (before.rows, before.skipped_no_consent, before.merged,
                    before.skipped_no_email) == (result.rows, result.skipped_no_consent,
                                                 result.merged, result.skipped_no_email)
        assert preview_signups(db, profile=name, new_only=True).rows == 0  # all exported now
