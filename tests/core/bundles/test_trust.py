"""Bundles are authenticated, validated record by record, and read within limits (issue 10)."""

import json
import zipfile

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles.export import export_bundle
from sos_desktop.core.bundles.merge import import_bundle
from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.security import keystore
from sos_desktop.core.security.bounded import TooLarge
from sos_desktop.core.security.laptop_key import signing_key
from sos_desktop.core.security.sealing import Sealer
from sos_desktop.core.storage.store import open_database
from tests.conftest import same_org
from tests.core.bundles.test_bundles import _counts

ANA = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org", "phone": "",
       "age_13_plus": True, "email_consent": True}


def _files(path):
    with zipfile.ZipFile(path) as archive:
        return {n: archive.read(n) for n in archive.namelist()}


def _forge(db, path, out, table, change):
    """Re-sign a changed bundle with the sending laptop's own key: the strongest forger (a lost
    team laptop not yet revoked). Validation must still refuse what the kiosk would."""
    files = _files(path)
    manifest = json.loads(files[bf.MANIFEST])
    records = [json.loads(line) for line in files[f"{table}.jsonl"].splitlines()]
    change(records[0])
    files[f"{table}.jsonl"] = bf.jsonl(records)
    data, _ = bf.build_zip({k: v for k, v in files.items() if k.endswith(".jsonl")},
                           {k: manifest[k] for k in ("bundle_id", "device_id", "created_at",
                                                     "schema", "new_only")},
                           keystore.read_keys(db), signing_key(db.path.parent), "first laptop")
    out.write_bytes(data)
    return out


def _sealed(db, **fields):
    values = {"first_name": "Ana", "last_name": "Ruiz", "preferred_name": "",
              "email": "ana@example.org", "phone": "", "zip_code": "", **fields}
    import base64

    blob = Sealer(keystore.read_keys(db).public_key).seal(list(values.values()))
    return base64.b64encode(blob).decode("ascii")


FORGERIES = [
    ("signups", lambda db: lambda r: r.update(age_13_plus=0), "age_13_plus"),
    ("signups", lambda db: lambda r: r.update(sms_consent=1,
                                              contact=_sealed(db, phone="+12035550142")),
     "sms consent without its wording"),
    ("signups", lambda db: lambda r: r.update(contact=_sealed(db, email="not-an-email")),
     "email"),
    ("signups", lambda db: lambda r: r.update(role="superuser"), "role"),
    ("signups", lambda db: lambda r: r.update(created_at="banana"), "banana"),
    ("survey_definitions", lambda db: lambda r: r.update(definition='{"key": "x"}'),
     "survey definition is broken"),
]


@pytest.mark.parametrize("table,change,reason", FORGERIES)
def test_forged_records_refuse_the_whole_bundle(db, visit_id, survey, tmp_path, table, change,
                                                reason):
    """Ensure each forged record from the probe is refused with its reason, nothing stored."""
    submit_signup(db, ANA, visit_id=visit_id)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    organizer = same_org(db, tmp_path / "organizer")
    forged = _forge(db, path, tmp_path / "forged.sosbundle", table, change(db))
    before = _counts(organizer)
    with pytest.raises(bf.BrokenBundle, match=reason):
        import_bundle(organizer, forged)
    assert _counts(organizer) == before
    import_bundle(organizer, path)  # the genuine bundle still goes in


def test_bundle_of_another_organization_is_refused_by_name(db, visit_id, tmp_path):
    elsewhere = open_database(tmp_path / "elsewhere")
    keystore.create(elsewhere, "another organization phrase", org_name="Other Group")
    path = export_bundle(elsewhere, tmp_path / "b.sosbundle").path
    with pytest.raises(bf.BrokenBundle, match="organization 'Other Group'"):
        import_bundle(db, path)


def test_bundle_without_the_key_is_not_authenticated(db, visit_id, tmp_path):
    """Ensure the old forgery (recompute the SHA-256 next to the data) no longer works."""
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    files = _files(path)
    files[bf.MANIFEST_SIG] = b"0" * 128 + b"\n"
    forged = tmp_path / "forged.sosbundle"
    with zipfile.ZipFile(forged, "w") as archive:
        for name, data in files.items():
            archive.writestr(name, data)
    organizer = same_org(db, tmp_path / "organizer")
    with pytest.raises(bf.BrokenBundle, match="signature"):
        import_bundle(organizer, forged)


def _zip(path, members):
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as archive:
        for name, data in members.items():
            archive.writestr(name, data)
    return path


def test_zip_bomb_bundle_is_refused_before_inflating(db, tmp_path):
    bomb = _zip(tmp_path / "bomb.sosbundle", {bf.MANIFEST: b" " * (40 << 20),
                                              bf.MANIFEST_SIG: b"x"})
    assert bomb.stat().st_size < 200_000
    with pytest.raises(TooLarge) as refused:
        import_bundle(db, bomb)
    assert refused.value.message.code is Code.ZIP_BOMB
    assert refused.value.message.params["what"] == Code.KIND_BUNDLE()


def test_deeply_nested_manifest_is_a_message(db, tmp_path):
    deep = _zip(tmp_path / "deep.sosbundle", {bf.MANIFEST: b"[" * 200_000 + b"]" * 200_000,
                                              bf.MANIFEST_SIG: b"x"})
    with pytest.raises(TooLarge) as refused:
        import_bundle(db, deep)
    assert refused.value.message.code is Code.JSON_TOO_DEEP


def test_xlsx_zip_bomb_is_a_problem_not_a_crash(tmp_path):
    from sos_desktop.core.surveys.xlsform import load_xlsform

    bomb = _zip(tmp_path / "bomb.xlsx", {"xl/worksheets/sheet1.xml": b"<" * (30 << 20)})
    survey, problems = load_xlsform(bomb)
    assert survey is None and problems[0].params["message"].code is Code.ZIP_BOMB


@settings(max_examples=40, deadline=None,
          suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(st.dictionaries(st.text(max_size=12), st.recursive(
    st.none() | st.booleans() | st.integers() | st.text(max_size=20),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=5), inner,
                                                                 max_size=3), max_leaves=10),
    max_size=8))
def test_any_manifest_gives_a_message(db, tmp_path, manifest):
    """Ensure whatever a manifest holds, reading it ends in a clear refusal, never a crash."""
    path = _zip(tmp_path / "m.sosbundle", {bf.MANIFEST: json.dumps(manifest).encode(),
                                           bf.MANIFEST_SIG: b"0" * 64})
    with pytest.raises(SosError):
        import_bundle(db, path)
    assert _counts(db)["signups"] == 0


SHAPES = [  # (table, change to its first record, the refusal's code)
    ("survey_responses", lambda r: r.update(language=["en"]), Code.BUNDLE_FIELD_TYPE),
    ("survey_responses", lambda r: r.update(channel={"kiosk": 1}), Code.BUNDLE_FIELD_TYPE),
    ("survey_responses", lambda r: r["answers"].update(school=3), Code.BUNDLE_ANSWERS_NOT_TEXT),
    ("survey_responses", lambda r: r["answers"].update(school=None),
     Code.BUNDLE_ANSWERS_NOT_TEXT),
    ("survey_responses", lambda r: r.update(answers=["school"]), Code.BUNDLE_ANSWERS_NOT_TEXT),
    ("survey_responses", lambda r: r.update(answers="{}"), Code.BUNDLE_ANSWERS_NOT_TEXT),
    ("visits", lambda r: r.update(school={"name": "Cross"}), Code.BUNDLE_FIELD_TYPE),
    ("signups", lambda r: r.update(grade=[9]), Code.BUNDLE_FIELD_TYPE),
    ("signups", lambda r: r.update(id=36), Code.BUNDLE_ID_NOT_UUID),
]


@pytest.mark.parametrize("table,change,code", SHAPES)
def test_a_record_of_the_wrong_shape_is_refused_by_its_field(db, visit_id, answered, tmp_path,
                                                             table, change, code):
    """Ensure a field that is not a scalar (or answers not text keyed by text) refuses the
    bundle naming the field, whichever field of which table it is, and nothing is stored."""
    answered(3)
    submit_signup(db, ANA, visit_id=visit_id)
    path = export_bundle(db, tmp_path / "a.sosbundle").path
    organizer = same_org(db, tmp_path / "organizer")
    forged = _forge(db, path, tmp_path / "forged.sosbundle", table, change)
    before = _counts(organizer)
    with pytest.raises(bf.BrokenBundle) as refused:
        import_bundle(organizer, forged)
    assert refused.value.message.params["reason"].code is code
    assert _counts(organizer) == before
