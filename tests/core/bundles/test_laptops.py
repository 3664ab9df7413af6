"""Per-laptop bundle keys (issue 18): only registered, unrevoked laptops' bundles merge."""

import json
import stat
import zipfile

import pytest

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles import laptops as lp
from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.messages import Code
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keys as k
from sos_desktop.core.security import keystore, laptop_key
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.visits.store import create_visit
from tests.core.bundles.test_bundles import _counts

ANA = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
       "age_13_plus": True, "email_consent": True}


@pytest.fixture
def team(db, tmp_path):
    """A team laptop that joined the organization with the public file only, with a sign-up."""
    laptop = open_database(tmp_path / "team")
    keystore.join(laptop, k.read_join_file(k.join_file(keystore.read_keys(db)), "file"))
    visit = create_visit(laptop, {"school": "S", "group_name": "G", "visit_date": "2026-10-14"})
    submit_signup(laptop, ANA, visit_id=visit)
    return laptop


def _card(laptop, name="team laptop 1"):
    """The signing-key file, written and read back as the organizer would."""
    return laptop_key.read_card(laptop_key.card_file(lp.my_card(laptop, name)), "card")


def test_registered_laptop_bundle_merges_and_names_its_sender(db, team, tmp_path):
    """Ensure a bundle signed by a registered laptop goes in, and the organizer sees which
    laptop sent it (the merge report, the receipt, the laptop list)."""
    laptop, new = lp.register(db, _card(team))
    assert new
    report = import_bundle(db, export_bundle(team, tmp_path / "a.sosbundle").path)
    assert report.added["signups"] == 1
    assert (report.laptop_name, report.laptop_fingerprint) == ("team laptop 1",
                                                               laptop.fingerprint)
    with db.raw() as conn:
        assert conn.execute("SELECT laptop_id FROM bundle_receipts WHERE direction = 'import'"
                            ).fetchone()[0] == laptop.id
    [listed] = lp.list_laptops(db)
    assert listed.bundles == 1 and listed.last_bundle and not listed.revoked


def test_unknown_laptop_key_is_refused(db, team, tmp_path):
    """Ensure a bundle from a laptop nobody registered (a forger's own key, or a team laptop
    not yet registered) is refused before anything is inflated, nothing stored."""
    path = export_bundle(team, tmp_path / "a.sosbundle").path
    before = _counts(db)
    with pytest.raises(bf.UnknownLaptop) as caught:
        import_bundle(db, path)
    assert _counts(db) == before
    assert laptop_key.fingerprint(laptop_key.public_key(team.path.parent)) in str(caught.value)


def test_forged_bundle_signed_with_an_unknown_key_is_refused(db, team, tmp_path):
    """Ensure the insider attack of the probe fails: someone with a team laptop's files (here
    every file it has) re-signs a forged sign-up with a key of their own."""
    from nacl.signing import SigningKey

    lp.register(db, _card(team))
    path = export_bundle(team, tmp_path / "a.sosbundle").path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(files[bf.MANIFEST])
    data, _ = bf.build_zip({n: d for n, d in files.items() if n.endswith(".jsonl")},
                           {key: manifest[key] for key in ("bundle_id", "device_id",
                                                           "created_at", "schema", "new_only")},
                           keystore.read_keys(team), SigningKey.generate(), "team laptop 1")
    forged = tmp_path / "forged.sosbundle"
    forged.write_bytes(data)
    with pytest.raises(bf.UnknownLaptop):
        import_bundle(db, forged)
    assert _counts(db)["signups"] == 0


def test_revoked_laptop_is_refused_and_what_it_sent_stays(db, team, tmp_path):
    """Ensure once revoked, a laptop's bundles (even one written before) are refused, while
    what it sent earlier stays merged and still names it."""
    laptop, _ = lp.register(db, _card(team))
    first = export_bundle(team, tmp_path / "a.sosbundle").path
    import_bundle(db, first)
    submit_signup(team, {**ANA, "email": "b@example.org"}, visit_id=None)
    later = export_bundle(team, tmp_path / "b.sosbundle").path
    revoked = lp.revoke(db, laptop.fingerprint[:9])
    assert revoked.revoked
    before = _counts(db)
    with pytest.raises(bf.RevokedLaptop):
        import_bundle(db, later)
    assert _counts(db) == before and before["signups"] == 1
    [listed] = lp.list_laptops(db)
    assert listed.revoked and listed.bundles == 1


def test_revoked_key_stays_revoked_and_a_new_key_can_be_registered(db, team, tmp_path):
    """Ensure registering a revoked key again is refused; the laptop makes a new key, which
    the organizer registers, and its bundles merge again."""
    lp.revoke(db, lp.register(db, _card(team))[0].name)
    with pytest.raises(lp.LaptopProblem):
        lp.register(db, _card(team))
    fresh = laptop_key.read_card(laptop_key.card_file(lp.my_card(team, "team 1", new_key=True)),
                                 "card")
    assert lp.register(db, fresh)[1]
    assert import_bundle(db, export_bundle(team, tmp_path / "a.sosbundle").path
                         ).added["signups"] == 1


def test_tampered_content_is_refused(db, team, tmp_path):
    """Ensure content changed after signing fails its hash, and a changed manifest its
    signature, even from a registered laptop."""
    lp.register(db, _card(team))
    path = export_bundle(team, tmp_path / "a.sosbundle").path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    for name, change in (("signups.jsonl", lambda d: d.replace(b'"kiosk"', b'"kiosx"')),
                         (bf.MANIFEST, lambda d: d.replace(b'"new_only"', b'"new_onlx"'))):
        bad = tmp_path / f"bad-{name}.sosbundle"
        with zipfile.ZipFile(bad, "w") as archive:
            for n, d in files.items():
                archive.writestr(n, change(d) if n == name else d)
        with pytest.raises(bf.BrokenBundle, match="SHA-256|signature"):
            import_bundle(db, bad)
    assert _counts(db)["signups"] == 0


def test_old_shared_key_bundle_is_refused_with_the_way_out(db, team, tmp_path):
    """Ensure a bundle of the previous format (shared-key MAC) is refused, saying to register."""
    lp.register(db, _card(team))
    path = export_bundle(team, tmp_path / "a.sosbundle").path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    manifest = json.loads(files.pop(bf.MANIFEST))
    files.pop(bf.MANIFEST_SIG)
    manifest["format_version"] = 2
    old = tmp_path / "old.sosbundle"
    with zipfile.ZipFile(old, "w") as archive:
        archive.writestr(bf.MANIFEST, json.dumps(manifest))
        archive.writestr(bf.OLD_MANIFEST_MAC, "0" * 64)
        for n, d in files.items():
            archive.writestr(n, d)
    with pytest.raises(bf.OldBundle, match="keys register"):
        import_bundle(db, old)


def test_registering_needs_the_organizers_key_and_the_same_organization(db, team, tmp_path):
    """Ensure a team laptop cannot register anyone, and a laptop of another organization is
    refused by the organizer."""
    with pytest.raises(k.KeyProblem):
        lp.register(team, _card(team))
    elsewhere = open_database(tmp_path / "elsewhere")
    keystore.create(elsewhere, "another organization phrase")
    with pytest.raises(lp.LaptopProblem):
        lp.register(db, _card(elsewhere))
    assert lp.list_laptops(db) == []


def test_ambiguous_or_unknown_revocation_changes_nothing(db, team, tmp_path):
    lp.register(db, _card(team, "same name"))
    other = open_database(tmp_path / "other")
    keystore.join(other, k.public_part(keystore.read_keys(db)))
    lp.register(db, _card(other, "same name"))
    for which in ("same name", "nobody"):
        with pytest.raises(lp.LaptopProblem):
            lp.revoke(db, which)
    assert not any(x.revoked for x in lp.list_laptops(db))


def test_laptop_key_is_private_and_never_in_the_database_or_its_backups(db, team):
    """Ensure the signing key is a 0600 file beside the database, and the database (which
    backups copy) holds no secret shared between laptops."""
    path = team.path.parent / laptop_key.KEY_FILENAME
    laptop_key.signing_key(team.path.parent)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    secret = bytes(laptop_key.signing_key(team.path.parent))
    assert secret not in team.path.read_bytes()
    with team.raw() as conn:
        columns = {r[1] for r in conn.execute("PRAGMA table_info(org_keys)")}
    assert "bundle_key" not in columns


def test_a_join_file_carries_no_secret(db):
    """Ensure the file carried to team laptops holds only public facts."""
    doc = json.loads(k.join_file(keystore.read_keys(db)))
    assert set(doc) == {"format", "org_id", "org_name", "public_key"}


def test_damaged_key_file_is_a_message(team):
    (team.path.parent / laptop_key.KEY_FILENAME).write_bytes(b"not a key")
    with pytest.raises(laptop_key.LaptopKeyProblem):
        laptop_key.signing_key(team.path.parent)


def test_bundle_over_the_limits_is_refused_before_inflating_and_never_written(db, team,
                                                                                tmp_path,
                                                                                monkeypatch):
    """Ensure a registered laptop cannot make the organizer inflate more than the limits (the
    zip's directory is read first), and export refuses to write such a bundle at all."""
    from sos_desktop.core.security import bounded

    lp.register(db, _card(team))
    path = export_bundle(team, tmp_path / "a.sosbundle").path
    small = bounded.ZipLimits(file_bytes=1 << 20, member_bytes=200, total_bytes=400,
                              ratio=100, members=16)
    monkeypatch.setattr(bounded, "BUNDLE_LIMITS", small)
    with pytest.raises(bounded.TooLarge) as inflating:
        import_bundle(db, path)
    assert inflating.value.message.code is Code.ZIP_MEMBER_TOO_BIG
    with pytest.raises(bounded.TooLarge) as writing:
        export_bundle(team, tmp_path / "b.sosbundle")
    assert writing.value.message.code is Code.BUNDLE_TOO_BIG_SEND_NEW
    assert not (tmp_path / "b.sosbundle").exists()
    assert _counts(db)["signups"] == 0


def test_upgrade_drops_the_shared_bundle_key_and_keeps_the_organization(tmp_path):
    """Ensure a database of the shared-key version upgrades: its keys still open sign-ups, its
    bundle key is gone from the file."""
    from dataclasses import asdict

    from tests.conftest import PASSPHRASE, database_at_revision

    data_dir = tmp_path / "old"
    old = database_at_revision(data_dir, "0004_figures")
    keys, _recovery = k.create_keys(PASSPHRASE)
    shared = b"S" * 32
    row = {**asdict(keys), "bundle_key": shared}
    with old.raw() as conn:
        conn.execute(f"INSERT INTO org_keys (id, {', '.join(row)}) VALUES (1, "
                     f"{', '.join('?' for _ in row)})", tuple(row.values()))
        conn.commit()
    old.dispose()
    db = open_database(data_dir)
    assert keystore.read_keys(db) == keys
    keystore.unlock(db, PASSPHRASE)
    with db.raw() as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    assert shared not in db.path.read_bytes()
