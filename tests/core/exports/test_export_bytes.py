"""The sign-up export's bytes, pinned: every profile, with and without merging, over sign-ups
that exercise the consent filter, transitive merges, hostile cells, names to fold, a contact
holding a control character, sign-ups without a visit and ones not consented at all.

The golden files were written by the export as it was before its speed work (issue 21); a change
to them is a change in what organizers get, so it must be deliberate:
`SOS_DESKTOP_WRITE_GOLDEN=1 uv run pytest tests/core/exports/test_export_bytes.py` rewrites them.
"""

import os
import random
from dataclasses import replace
from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people import contacts
from sos_desktop.core.people.consent import EMAIL_CONSENT, SMS_CONSENT
from sos_desktop.core.people.signup_rules import SignupInput
from sos_desktop.core.security.keystore import sealer
from sos_desktop.core.visits.store import create_visit

GOLDEN = Path(__file__).with_name("golden")
ZONE = ZoneInfo("America/New_York")
FIRST = ["Ana", "ana", "Zoë", "Zoe", "=cmd", "Malik", "Siobhán", "", "José", "+Plus"]
LAST = ["Ruiz", "Ruíz", "Nguyễn", "-Minus", "Soto", "@at", "Lee", "Díaz", "Smith", "O'Brien"]


def _people(visits: list[str | None]) -> list[tuple[SignupInput, str | None, datetime]]:
    rng = random.Random(21)
    start = datetime(2026, 3, 8, 6, 30)  # daylight saving starts the next morning
    out = []
    for i in range(120):
        person = rng.randrange(60)  # some people sign up again
        email = rng.choice([f"p{person}@example.org", f"p{person}@example.org",
                            f"P{person}@Example.org", "", f"=x{person}@example.org"])
        phone = rng.choice([f"+1203555{person:04d}", "", ""])
        if i % 13 == 7:  # shared with the next person: merges run through phones too
            phone = f"+1203555{person + 1:04d}"
        email_ok = bool(email) and rng.random() < 0.8
        sms_ok = bool(phone) and rng.random() < 0.6
        if i % 17 == 5:  # stored by an older version: no consented channel
            email_ok = sms_ok = False
        signup = SignupInput(
            first_name=rng.choice(FIRST), last_name=rng.choice(LAST),
            preferred_name=rng.choice(["", "", "Nico", "-dash"]),
            email=email, phone=phone, zip_code=rng.choice(["06511", "", "06519-1234"]),
            school=rng.choice(["Wilbur Cross", "", "=HYPERLINK(x)", "Hillhouse, \"HHS\""]),
            grade=rng.choice(["9", "10", "college", ""]),
            interests=tuple(t for t in ("research", "outreach", "tactics") if rng.random() < .4),
            role=rng.choice(["student", "educator", "ally"]),
            visit_requested=rng.random() < 0.2, age_13_plus=True,
            email_consent=email_ok, sms_consent=sms_ok)
        if i == 40:  # a control character that slipped past older validation
            signup = replace(signup, first_name="Tab\tName", last_name="Nul\x00l")
        out.append((signup, visits[i % len(visits)], start + timedelta(hours=7 * i)))
    return out


@pytest.fixture
def seeded(db):
    visits: list[str | None] = [
        create_visit(db, {"school": s, "group_name": g, "visit_date": d})
        for s, g, d in (("Wilbur Cross", "Civics 3", "2026-03-08"),
                        ("=Hostile School", "BSU", "2026-04-02"))]
    visits.append(None)
    with db.raw() as conn:
        seal = sealer(conn)
        records = []
        for i, (signup, visit, when) in enumerate(_people(visits)):
            record = contacts.signup_record(
                signup, sealer=seal, device_id=db.device_id, visit_id=visit, source="kiosk"
                if i % 3 else "paper", now=when, email_wording=EMAIL_CONSENT,
                sms_wording=SMS_CONSENT)
            records.append((f"S{i:03d}", *record[1:]))
        contacts.insert_signups(conn, records)
        conn.commit()
    return db, {v: f"V{i}" for i, v in enumerate(visits) if v}


CASES = [("generic", None), ("generic", True), ("action-network", None),
         ("action-network", False), ("mailchimp", None), ("mailchimp", False),
         ("everyaction", None)]


@pytest.mark.parametrize("profile,dedupe", CASES)
def test_export_bytes_are_pinned(seeded, tmp_path, profile, dedupe):
    """Ensure each profile writes exactly the pinned bytes and reports the pinned counts and
    likely duplicates."""
    db, visit_names = seeded
    out = tmp_path / "out.csv"
    result = export_signups(db, out, profile=profile, dedupe=dedupe, new_only=False,
                            zone=ZONE)
    text = out.read_bytes().decode("utf-8")
    for visit, name in visit_names.items():  # ids are random: name them by their order
        text = text.replace(visit, name)
    summary = (f"rows={result.rows} merged={result.merged} "
               f"no_consent={result.skipped_no_consent} no_email={result.skipped_no_email}\n"
               + "".join(f"{d.name!r} {d.signup_ids!r}\n" for d in result.likely_duplicates))
    got = summary + "---\n" + text
    golden = GOLDEN / f"{profile}-{dedupe}.txt"
    if os.environ.get("SOS_DESKTOP_WRITE_GOLDEN"):
        golden.write_bytes(got.encode("utf-8"))
    assert got == golden.read_bytes().decode("utf-8")
