"""The organization key: passphrase, recovery key, change of passphrase, joining, refusals."""

import pytest

from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keys as k
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from tests.conftest import PASSPHRASE

ANA = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
       "age_13_plus": True, "email_consent": True}


def _blobs(db):
    with db.raw() as conn:
        return sorted(r[0] for r in conn.execute("SELECT contact FROM signups"))


def test_wrong_passphrase_is_refused(db):
    with pytest.raises(k.KeyProblem, match="wrong passphrase"):
        keystore.unlock(db, "not the passphrase")


def test_short_passphrase_is_refused(data_dir):
    db = open_database(data_dir)
    with pytest.raises(k.KeyProblem, match="at least 10"):
        keystore.create(db, "short")
    assert keystore.read_keys(db) is None


def test_recovery_key_unlocks_and_sets_a_new_passphrase(data_dir, visit_id):
    """Ensure the recovery key shown once opens the key, and a new passphrase re-wraps it only:
    sealed sign-ups stay byte for byte the same and open with the new passphrase."""
    db = open_database(data_dir)
    db.lock()
    with db.raw() as conn:
        conn.execute("DELETE FROM org_keys")
    recovery = keystore.create(db, PASSPHRASE)
    submit_signup(db, ANA, visit_id=visit_id)
    before = _blobs(db)
    key = k.unlock_with_recovery(keystore.read_keys(db), recovery.lower().replace("-", " "))
    keystore.change_passphrase(db, key, "a brand new passphrase")
    with pytest.raises(k.KeyProblem, match="wrong passphrase"):
        keystore.unlock(db, PASSPHRASE)
    keystore.unlock(db, "a brand new passphrase")
    assert _blobs(db) == before
    with pytest.raises(k.KeyProblem, match="does not open"):
        k.unlock_with_recovery(keystore.read_keys(db), k.format_recovery_key(b"\0" * 32))


def test_locked_database_refuses_to_export(db, visit_id, tmp_path):
    """Ensure reading contacts needs the unlocked key; nothing is written."""
    submit_signup(db, ANA, visit_id=visit_id)
    db.lock()
    with pytest.raises(k.KeyProblem, match="passphrase"):
        export_signups(db, tmp_path / "out.csv")
    assert not (tmp_path / "out.csv").exists()


def test_no_key_no_signup_stored(data_dir):
    """Ensure a sign-up can never be stored unsealed: without a key it is refused."""
    from sos_desktop.core.visits.store import create_visit

    db = open_database(data_dir)
    visit = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    with pytest.raises(k.KeyProblem, match="passphrase"):
        submit_signup(db, ANA, visit_id=visit)
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM signups").fetchone()[0] == 0


def test_team_laptop_seals_but_cannot_open(db, tmp_path):
    """Ensure a laptop that joined with the public file stores sign-ups the organizer opens,
    and cannot open them itself."""
    from sos_desktop.core.visits.store import create_visit

    joined = k.read_join_file(k.join_file(keystore.read_keys(db)), "file")
    team = open_database(tmp_path / "team")
    keystore.join(team, joined)
    visit = create_visit(team, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    submit_signup(team, ANA, visit_id=visit)
    with pytest.raises(k.KeyProblem, match="public key only"):
        keystore.unlock(team, PASSPHRASE)
    with team.raw() as conn:
        (blob,) = conn.execute("SELECT contact FROM signups").fetchone()
    assert db.contact_key.open(blob)[:2] == ("Ana", "Ruiz")
    other = open_database(tmp_path / "other-org")
    keystore.create(other, "other organization passphrase")
    with pytest.raises(k.KeyProblem, match="already belongs"):
        keystore.join(other, joined)
