"""What a lost laptop or a copied data folder reveals: no name, email or phone, anywhere."""

import pytest

from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.errors import SealingNeedsKeys
from sos_desktop.core.imports.signups import import_signups
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keys as k
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from tests.conftest import PASSPHRASE, database_at_revision

SECRETS = [b"Xiomara", b"Quetzalli", b"kp0@example.org", b"+12035550142", b"2035550142",
           b"Itzel", b"Tlalli", b"kp1@example.org", b"2035550177"]


def _leaks(folder):
    """(file, secret) for every secret found in any file under `folder`."""
    return [(p.name, s) for p in folder.rglob("*") if p.is_file() for s in SECRETS
            if s in p.read_bytes()]


def test_kiosk_and_import_signups_leave_no_contact_bytes(db, data_dir, visit_id, tmp_path):
    """Ensure the database, its -wal, backups and bundles hold none of the contact bytes."""
    import sqlite3

    from sos_desktop.core.storage.maintenance import backup_database

    # A second connection kept open, as a running window would: the -wal stays on disk.
    reader = sqlite3.connect(db.path)
    reader.execute("SELECT count(*) FROM visits").fetchone()
    submit_signup(db, {"first_name": "Xiomara", "last_name": "Quetzalli",
                       "email": "kp0@example.org", "phone": "+12035550142",
                       "age_13_plus": True, "email_consent": True, "sms_consent": True},
                  visit_id=visit_id, source="kiosk")
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,phone,age_13_plus,email_consent,sms_consent\n"
                     "Itzel,Tlalli,kp1@example.org,(203) 555-0177,yes,yes,yes\n")
    import_signups(db, sheet, visit_id=visit_id)
    assert (data_dir / "sos-desktop.sqlite3-wal").exists()
    (data_dir / "backups").mkdir(exist_ok=True)
    backup_database(db, data_dir / "backups" / "manual.sqlite3")
    export_bundle(db, data_dir / "out.sosbundle")
    sheet.unlink()
    assert _leaks(data_dir) == []
    reader.close()
    with db.raw() as conn:  # and yet the organizer reads them back
        assert conn.execute("SELECT count(*) FROM signups").fetchone()[0] == 2


def _plain_0003_database(data_dir):
    """A database left by the previous version: sign-ups in plain text, and its backups."""
    db = database_at_revision(data_dir, "0003_sync")
    with db.raw() as conn:
        conn.execute(
            "INSERT INTO signups (id, device_id, created_at, visit_id, source, first_name,"
            " last_name, preferred_name, email, phone, zip_code, school, grade, interests,"
            " role, visit_requested, age_13_plus, email_consent, email_consent_at,"
            " email_consent_version, email_consent_text, sms_consent, sms_consent_at,"
            " sms_consent_version, sms_consent_text) VALUES ('s1', 'dev-1',"
            " '2026-10-14 15:00:00.000000', NULL, 'kiosk', 'Xiomara', 'Quetzalli', '',"
            " 'kp0@example.org', '+12035550142', '06511', '', '10', '', 'student', 0, 1, 1,"
            " '2026-10-14 15:00:00.000000', 'v1', 'I agree', 0, NULL, '', '')")
    older = data_dir / "backups"
    older.mkdir()
    with db.raw() as conn:
        import sqlite3
        dest = sqlite3.connect(older / "sos-desktop-before-0002_visit_deck-x.sqlite3")
        conn.backup(dest)
        dest.close()
    return db


def test_migration_refuses_without_a_passphrase_and_changes_nothing(data_dir):
    """Ensure an older database with plain sign-ups is not migrated half-way without a key."""
    db = _plain_0003_database(data_dir)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = db.path.read_bytes()
    with pytest.raises(SealingNeedsKeys, match="1 sign-up"):
        open_database(data_dir)
    assert db.path.read_bytes() == before
    assert len(list((data_dir / "backups").iterdir())) == 1  # no new plain copy left


def test_migration_seals_old_signups_and_removes_plain_backups(data_dir):
    """Ensure migrating seals existing sign-ups, leaves no plain byte in the data folder
    (database, WAL, backups: plain ones overwritten and removed, a sealed one kept), and the
    organizer reads the same contacts back with the passphrase."""
    _plain_0003_database(data_dir)
    shown = []

    def seal_keys(count):
        new, recovery = k.create_keys(PASSPHRASE)
        shown.append((count, recovery))
        return new

    db = open_database(data_dir, seal_keys=seal_keys)
    assert shown and shown[0][0] == 1
    assert _leaks(data_dir) == []
    backups = [p.name for p in (data_dir / "backups").iterdir()]
    assert len(backups) == 1 and "-sealed-" in backups[0]
    from sos_desktop.core.people.contacts import select_signups

    with db.raw() as conn:
        [row] = select_signups(conn, keystore.unlock(db, PASSPHRASE))
    assert (row["first_name"], row["email"], row["phone"], row["zip_code"]) == (
        "Xiomara", "kp0@example.org", "+12035550142", "06511")
