"""Laptop bundles: export, verification, idempotent merge by UUID, conflicts kept both ways."""

import json
import zipfile
from pathlib import Path

import pytest

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.laptops import my_card, register
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keystore
from sos_desktop.core.security.laptop_key import signing_key
from sos_desktop.core.visits.store import create_visit
from tests.conftest import same_org


def _signup(db, visit_id, email="ana@example.org"):
    return submit_signup(db, {"first_name": "Zoë", "last_name": "Nguyễn", "email": email,
                              "age_13_plus": True, "email_consent": True}, visit_id=visit_id)


def _counts(db):
    with db.raw() as conn:
        return {t: conn.execute(f"SELECT count(*) FROM {t}").fetchone()[0]
                for t in ("visits", "survey_definitions", "survey_responses", "survey_answers",
                          "signups", "merge_conflicts")}


@pytest.fixture
def other(db, tmp_path):
    """A second laptop of the same organization."""
    return same_org(db, tmp_path / "other")


def test_bundle_round_trip_then_reimport_changes_nothing(db, visit_id, answered, other,
                                                         tmp_path):
    """Everything arrives on the other laptop; importing the same bundle again changes nothing."""
    answered(5)
    _signup(db, visit_id)
    bundle = export_bundle(db, tmp_path / "a.sosbundle")
    assert bundle.counts == {"survey_definitions": 2, "visits": 1, "survey_responses": 5,
                             "signups": 1}
    first = import_bundle(other, bundle.path)
    assert first.added["survey_responses"] == 5 and first.added["signups"] == 1
    assert not first.already_imported
    before = _counts(other)
    with other.raw() as conn:
        snapshot = conn.execute("SELECT * FROM bundle_receipts").fetchall()
    again = import_bundle(other, bundle.path)
    assert again.already_imported and not again.changed
    assert _counts(other) == before == {**_counts(db), "merge_conflicts": 0}
    with other.raw() as conn:
        assert conn.execute("SELECT * FROM bundle_receipts").fetchall() == snapshot


def test_changed_record_is_a_conflict_kept_both_ways(db, visit_id, other, tmp_path):
    """A visit edited differently on each laptop: local stays, incoming kept as a conflict,
    reported once even when the bundle is imported twice."""
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    import_bundle(other, path)
    with db.raw() as conn:
        conn.execute("UPDATE visits SET notes = 'projector broke' WHERE id = ?", (visit_id,))
    changed = export_bundle(db, tmp_path / "b.sosbundle").path
    report = import_bundle(other, changed)
    assert report.conflicts["visits"] == 1
    assert import_bundle(other, changed).known_conflicts == 1
    with other.raw() as conn:
        assert conn.execute("SELECT notes FROM visits").fetchone()[0] == ""
        [(incoming,)] = conn.execute("SELECT incoming FROM merge_conflicts").fetchall()
    assert json.loads(incoming)["notes"] == "projector broke"


def test_same_survey_under_other_id_merges_by_key_and_version(db, visit_id, answered, other,
                                                              tmp_path):
    """Both laptops stored the built-in surveys with their own ids: responses are re-pointed
    to the local definition, no duplicate definition appears."""
    answered(3)
    from sos_desktop.core.surveys.store import ensure_builtin_surveys

    ensure_builtin_surveys(other)
    report = import_bundle(other, export_bundle(db, tmp_path / "a.sosbundle").path)
    assert report.unchanged["survey_definitions"] == 2
    with other.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_definitions").fetchone()[0] == 2
        assert conn.execute(
            "SELECT count(*) FROM survey_responses r JOIN survey_definitions d"
            " ON d.id = r.survey_definition_id WHERE d.device_id = ?", (other.device_id,)
        ).fetchone()[0] == 3


def test_same_version_different_content_gets_next_version(db, survey, other, tmp_path):
    """Two different definitions both numbered v1: the incoming one becomes v2, a conflict is
    listed, and re-importing changes nothing."""
    with other.raw() as conn:  # the other laptop's own, different hillhouse-cross v1
        conn.execute("UPDATE survey_definitions SET definition = '{}', content_hash = 'other-hash'"
                     " WHERE key = 'hillhouse-cross' AND version = 1")
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    report = import_bundle(other, path)
    assert report.renumbered == ["hillhouse-cross v1 -> v2"]
    assert report.conflicts["survey_definitions"] == 1
    assert not import_bundle(other, path).changed


def test_new_only_bundle_carries_only_unbundled_records(db, visit_id, answered, tmp_path):
    """--new leaves out responses and sign-ups an earlier bundle carried."""
    answered(2)
    export_bundle(db, tmp_path / "1.sosbundle")
    answered(1, seed=9)
    _signup(db, visit_id)
    second = export_bundle(db, tmp_path / "2.sosbundle", new_only=True)
    assert second.counts["survey_responses"] == 1 and second.counts["signups"] == 1


def test_bundle_keeps_no_order_and_no_link(db, visit_id, answered, tmp_path):
    """Responses and sign-ups are sorted by random id; sign-ups carry no response reference."""
    answered(6)
    _signup(db, visit_id)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    with zipfile.ZipFile(path) as archive:
        lines = archive.read("survey_responses.jsonl").decode().splitlines()
        signup = json.loads(archive.read("signups.jsonl"))
    ids = [json.loads(line)["id"] for line in lines]
    assert ids == sorted(ids)
    assert not any("response" in key for key in signup)


def _rewrite(path: Path, out: Path, change) -> Path:
    with zipfile.ZipFile(path) as src, zipfile.ZipFile(out, "w") as dst:
        for item in src.infolist():
            data = change(item.filename, src.read(item.filename))
            if data is not None:
                dst.writestr(item.filename, data)
    return out


@pytest.mark.parametrize("damage,message", [
    (lambda p, out: (out.write_bytes(p.read_bytes()[:-200]), out)[1], "cut short"),
    (lambda p, out: (out.write_bytes(b"hello"), out)[1], "not a zip"),
    (lambda p, out: _rewrite(p, out, lambda n, d: d.replace(b'"kiosk"', b'"kiosx"')
                             if n == "signups.jsonl" else d), "SHA-256"),
    (lambda p, out: _rewrite(p, out, lambda n, d: d.replace(b'"new_only"', b'"new_onlx"')
                             if n == "manifest.json" else d), "signature does not match"),
    (lambda p, out: _rewrite(p, out, lambda n, d: None if n == "visits.jsonl" else d),
     "do not match the manifest"),
])
def test_damaged_bundle_is_refused_whole(db, visit_id, other, tmp_path, damage, message):
    """Truncated, garbage, altered data, altered manifest or a missing file: refused, nothing
    imported."""
    submit_signup(db, {"first_name": "Ana", "last_name": "Ruiz", "email": "a@example.org",
                       "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    bad = damage(path, tmp_path / "bad.sosbundle")
    before = _counts(other)
    with pytest.raises(bf.BrokenBundle, match=message):
        import_bundle(other, bad)
    assert _counts(other) == before


def test_consistent_forgery_with_dangling_reference_is_refused(db, visit_id, other, tmp_path):
    """Even with matching hashes, a sign-up pointing at a visit nobody has is refused."""
    _signup(db, visit_id)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    with zipfile.ZipFile(path) as archive:
        files = {n: archive.read(n) for n in archive.namelist()}
    files["visits.jsonl"] = b""
    manifest = json.loads(files.pop(bf.MANIFEST))
    data, _ = bf.build_zip({k: v for k, v in files.items() if k.endswith(".jsonl")}, manifest,
                           keystore.read_keys(db), signing_key(db.path.parent), "first laptop")
    forged = tmp_path / "forged.sosbundle"
    forged.write_bytes(data)
    with pytest.raises(bf.BrokenBundle, match="missing visit_id"):
        import_bundle(other, forged)
    assert _counts(other)["signups"] == 0


def test_missing_bundle_file_is_named(other, tmp_path):
    with pytest.raises(Exception, match="no such file"):
        import_bundle(other, tmp_path / "nope.sosbundle")


def test_two_laptops_merge_into_one(db, visit_id, answered, other, tmp_path):
    """Records from two laptops end up together on the organizer's laptop, with device ids."""
    answered(2)
    v2 = create_visit(other, {"school": "Hillhouse", "group_name": "BSU",
                              "visit_date": "2026-10-20"})
    _signup(other, v2, email="b@example.org")
    organizer = same_org(db, tmp_path / "organizer")
    register(organizer, my_card(other, "team laptop b"))  # each sender registered once
    for source, name in ((db, "a"), (other, "b")):
        import_bundle(organizer, export_bundle(source, tmp_path / f"{name}.sosbundle").path)
    with organizer.raw() as conn:
        devices = {r[0] for r in conn.execute("SELECT device_id FROM visits")}
    assert devices == {db.device_id, other.device_id}
    assert _counts(organizer)["survey_responses"] == 2


def test_sign_up_without_a_consented_channel_is_refused(db, visit_id, other, tmp_path):
    """Ensure a merge cannot let in a sign-up the kiosk would refuse (no consented channel)."""
    from tests.conftest import store_legacy_signup

    store_legacy_signup(db, visit_id, email_consent=False)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    with pytest.raises(bf.BrokenBundle, match="needs consent to be contacted"):
        import_bundle(other, path)
    assert _counts(other)["signups"] == 0


def test_bundled_tables_carry_every_model_column():
    """Ensure each bundled table's record fields are exactly its model's columns (plus the
    answers a response carries), so a column added to a model travels between laptops."""
    from sos_desktop.core.storage.models import Base

    for table in bf.TABLES:
        fields = set(bf.FIELDS[table]) - ({"answers"} if table == "survey_responses" else set())
        assert fields == set(Base.metadata.tables[table].columns.keys()), table


def _tallies(db):
    with db.raw() as conn:
        return (conn.execute("SELECT visit_id, responses, signups, unexported FROM visit_counts"
                             " ORDER BY visit_id").fetchall(),
                conn.execute("SELECT stored, without_visit, no_channel FROM signup_totals")
                .fetchall())


def test_rows_go_in_many_a_statement_each_counted(db, visit_id, answered, other, tmp_path,
                                                  monkeypatch):
    """Ensure rows inserted several to a statement (two whole statements and a shorter last
    one here) all arrive, answers included, and the triggers count each of them."""
    from sos_desktop.core.bundles import merge

    monkeypatch.setattr(merge, "ROWS_A_STATEMENT", 2)
    answered(5)
    for i in range(5):
        _signup(db, visit_id, email=f"student{i}@example.org")
    report = import_bundle(other, export_bundle(db, tmp_path / "a.sosbundle").path)
    assert report.added["survey_responses"] == 5 and report.added["signups"] == 5
    assert _counts(other) == {**_counts(db), "merge_conflicts": 0}
    assert _tallies(other) == _tallies(db)


def test_a_row_the_database_refuses_leaves_nothing_merged(db, visit_id, answered, other,
                                                          tmp_path, monkeypatch):
    """Ensure a row refused by the database itself, in the middle of a statement of several,
    rolls the whole merge back: no record, no count, no receipt."""
    from sos_desktop.core.bundles import merge
    from sos_desktop.core.errors import DatabaseProblem

    monkeypatch.setattr(merge, "ROWS_A_STATEMENT", 2)
    answered(3)
    for i in range(3):
        _signup(db, visit_id, email=f"student{i}@example.org")
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    before, tallies = _counts(other), _tallies(other)
    portable = merge.contacts.signup_from_portable
    rows = iter(range(3))

    def second_without_school(record):
        row = portable(record)
        at = merge.contacts.SIGNUP_COLUMNS.index("school")
        return (*row[:at], None, *row[at + 1:]) if next(rows) == 1 else row

    monkeypatch.setattr(merge.contacts, "signup_from_portable", second_without_school)
    with pytest.raises(DatabaseProblem):
        import_bundle(other, path)
    assert _counts(other) == before and _tallies(other) == tallies
    with other.raw() as conn:
        assert conn.execute("SELECT count(*) FROM bundle_receipts").fetchone()[0] == 0
