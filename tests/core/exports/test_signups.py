"""Sign-up CSV export: consent filter, neutralised cells, --new, atomicity, receipts."""

import csv
import hashlib
import os
import shutil
import sys

import pytest

from sos_desktop.core.errors import ExportProblem, SosError
from sos_desktop.core.exports import signups as export_mod
from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.people.signups import submit_signup
from tests.conftest import store_legacy_signup


def _signup(db, visit_id, **fields):
    data = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
            "age_13_plus": True, "email_consent": True, **fields}
    return submit_signup(db, data, visit_id=visit_id)


def _rows(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def _receipts(db):
    with db.raw() as conn:
        return conn.execute("SELECT kind, row_count, sha256 FROM export_receipts").fetchall()


def test_hostile_cells_are_neutralised_but_phones_stay_usable(db, visit_id, tmp_path):
    """Cells starting with = + - @ tab CR get an apostrophe; an E.164 phone does not."""
    for i, name in enumerate(["=HYPERLINK(x)", "+SUM(A1)", "-Dash", "@cmd"]):
        _signup(db, visit_id, first_name=f"Ok{i}", last_name=name, email=f"a{i}@example.org",
                phone="203-555-0142", sms_consent=True)
    out = tmp_path / "out.csv"
    export_signups(db, out)
    rows = _rows(out)
    assert sorted(r["last_name"][0] for r in rows) == ["'"] * 4
    assert {r["phone"] for r in rows} == {"+12035550142"}


def test_non_ascii_names_round_trip_and_bom_on_request(db, visit_id, tmp_path):
    """Nguyễn, Ní Bhriain, Zoë survive; --bom adds the UTF-8 BOM Excel wants."""
    for first, last in [("Zoë", "Nguyễn"), ("Siobhán", "Ní Bhriain")]:
        _signup(db, visit_id, first_name=first, last_name=last, email=f"{first}@example.org")
    out = tmp_path / "out.csv"
    export_signups(db, out, bom=True)
    assert out.read_bytes().startswith(b"\xef\xbb\xbfsignup_id,")
    assert {r["last_name"] for r in _rows(out)} == {"Nguyễn", "Ní Bhriain"}
    assert out.read_bytes().count(b"\r\n") == 3  # RFC 4180 line ends


def test_channels_without_consent_are_left_out(db, visit_id, tmp_path):
    """No email without email consent, no phone without SMS consent, no row with neither."""
    _signup(db, visit_id, phone="2035550142", sms_consent=False)  # email only
    _signup(db, visit_id, email="b@example.org", email_consent=False, phone="2035550143",
            sms_consent=True)
    # No consent at all: refused today, but a row stored by an older version may exist.
    store_legacy_signup(db, visit_id, email="c@example.org", email_consent=False)
    result = export_signups(db, tmp_path / "out.csv")
    rows = _rows(tmp_path / "out.csv")
    assert (result.rows, result.skipped_no_consent) == (2, 1)
    assert {(r["email"], r["phone"]) for r in rows} == {
        ("ana@example.org", ""), ("", "+12035550143")}


def test_new_only_then_all(db, visit_id, tmp_path):
    """--new skips what an earlier export of the profile carried; --all redoes everything."""
    _signup(db, visit_id)
    assert export_signups(db, tmp_path / "1.csv").rows == 1
    _signup(db, visit_id, email="b@example.org")
    second = export_signups(db, tmp_path / "2.csv")
    assert [r["email"] for r in _rows(tmp_path / "2.csv")] == ["b@example.org"]
    assert second.rows == 1
    assert export_signups(db, tmp_path / "3.csv").rows == 0
    assert export_signups(db, tmp_path / "4.csv", new_only=False).rows == 2


def test_receipt_records_count_and_sha256(db, visit_id, tmp_path):
    _signup(db, visit_id)
    out = tmp_path / "out.csv"
    result = export_signups(db, out)
    digest = hashlib.sha256(out.read_bytes()).hexdigest()
    assert result.sha256 == digest
    assert _receipts(db) == [("signups", 1, digest)]


def test_vanished_folder_changes_nothing(db, visit_id, tmp_path):
    """A missing target folder: clear error, no receipt, sign-ups still count as new."""
    _signup(db, visit_id)
    with pytest.raises(ExportProblem, match="does not exist"):
        export_signups(db, tmp_path / "usb" / "out.csv")
    assert _receipts(db) == []
    assert export_signups(db, tmp_path / "out.csv").rows == 1


def test_folder_vanishing_mid_write_keeps_database_unchanged(db, visit_id, tmp_path, monkeypatch):
    """The USB stick is pulled while writing: error, no partial file, nothing marked."""
    _signup(db, visit_id)
    usb = tmp_path / "usb"
    usb.mkdir()
    real_write = export_mod.write_csv

    def pull_stick(out, header, rows, **kw):
        count = real_write(out, header, rows, **kw)
        shutil.rmtree(usb)
        return count

    monkeypatch.setattr(export_mod, "write_csv", pull_stick)
    with pytest.raises(ExportProblem):
        export_signups(db, usb / "out.csv")
    assert not usb.exists()
    assert _receipts(db) == []


def test_failed_write_never_replaces_a_good_file(db, visit_id, tmp_path, monkeypatch):
    """A disk-full error mid-export leaves the earlier file byte for byte, and no temp files."""
    _signup(db, visit_id)
    out = tmp_path / "out.csv"
    out.write_text("GOOD EARLIER EXPORT")

    def disk_full(*_a, **_k):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(export_mod, "write_csv", disk_full)
    with pytest.raises(ExportProblem, match="disk is full"):
        export_signups(db, out)
    assert out.read_text() == "GOOD EARLIER EXPORT"
    assert sorted(os.listdir(tmp_path)) == ["data", "out.csv"]
    assert _receipts(db) == []


# Windows has no geteuid and a read-only folder attribute does not stop new files there; the
# next test covers the refusal itself on every platform.
@pytest.mark.skipif(sys.platform == "win32" or os.geteuid() == 0,
                    reason="folder permissions are not enforced here (Windows, or root)")
def test_read_only_folder_is_reported(db, visit_id, tmp_path):
    _signup(db, visit_id)
    folder = tmp_path / "ro"
    folder.mkdir()
    folder.chmod(0o500)
    try:
        with pytest.raises(ExportProblem, match="no permission"):
            export_signups(db, folder / "out.csv")
    finally:
        folder.chmod(0o700)
    assert _receipts(db) == []


def test_read_only_folder_reported_even_as_root(db, visit_id, tmp_path, monkeypatch):
    """The OS refusing the temporary file (read-only stick) gives a clear, harmless error."""
    _signup(db, visit_id)

    def refuse(*_a, **_k):
        raise PermissionError(13, "Permission denied")

    monkeypatch.setattr("sos_desktop.core.storage.outputs._create", refuse)
    with pytest.raises(ExportProblem, match="no permission to write"):
        export_signups(db, tmp_path / "out.csv")
    assert _receipts(db) == []


def test_unknown_profile(db, tmp_path):
    with pytest.raises(SosError, match="unknown export profile"):
        export_signups(db, tmp_path / "x.csv", profile="salesforce")


def test_dedupe_temp_tables_hold_no_clear_contacts(db, visit_id, tmp_path, monkeypatch):
    """Ensure a merging export groups people on keyed hashes of their email, phone and name:
    no opened email, phone or name is in its temporary tables (which may spill to a file) or in
    the temporary file holding the opened sign-ups, the hash key is new each export, and the
    groups and likely duplicates are still found."""
    import tempfile
    from contextlib import contextmanager

    raw, seen = db.raw, {"conn": [], "cells": [], "files": []}
    real_temporary_file = tempfile.TemporaryFile

    def watched_file(*args, **kwargs):
        handle = real_temporary_file(*args, **kwargs)
        seen["files"].append(handle)
        return handle

    @contextmanager
    def watched_raw():
        with raw() as conn:
            seen["conn"].append(conn)
            yield conn

    def progress(_done, _total):
        conn = seen["conn"][-1]  # the export's own connection: the last one opened so far
        seen["temp_store"] = conn.execute("PRAGMA temp_store").fetchone()[0]
        tables = [r[0] for r in conn.execute(
            "SELECT name FROM temp.sqlite_master WHERE type = 'table'")]
        seen["tables"] = set(tables)
        seen["cells"].append([(table, row) for table in tables
                              for row in conn.execute(f"SELECT * FROM temp.{table}")])
        handle = seen["files"][-1]
        seen["kept"] = os.pread(handle.fileno(), 1 << 20, 0)

    _signup(db, visit_id, first_name="Anabel", email="Anabel@Example.org")
    _signup(db, visit_id, first_name="Anabel", email="anabel@example.org", phone="2035550142",
            sms_consent=True)
    _signup(db, visit_id, first_name="Beatriz", email="beatriz@example.org",
            phone="203-555-0142")
    _signup(db, visit_id, first_name="Carmen", last_name="Soto", email="carmen1@example.org")
    _signup(db, visit_id, first_name="carmen", last_name="Sotó", email="carmen2@example.org")
    monkeypatch.setattr(db, "raw", watched_raw)
    monkeypatch.setattr(tempfile, "TemporaryFile", watched_file)
    result = export_signups(db, tmp_path / "an.csv", profile="action-network",
                            progress=progress)
    assert seen["temp_store"] != 2  # not MEMORY: nothing there needs to stay off the disk
    assert "export_batch" in seen["tables"] and seen["kept"]
    dump = b"\0".join(c if isinstance(c, bytes) else str(c).encode()
                      for _table, row in seen["cells"][-1] for c in row).lower()
    dump += b"\0" + seen["kept"].lower()
    clear = ["Anabel@Example.org", "beatriz@example.org", "carmen1@example.org",
             "carmen2@example.org", "2035550142", "203-555-0142", "Anabel", "Beatriz", "Carmen",
             "Ruiz", "Soto", "Sotó", "anabel ruiz", "carmen soto"]
    assert [c for c in clear if c.casefold().encode() in dump] == []
    # One email, one phone: one person; the two Carmen Sotos are a likely duplicate.
    assert (result.rows, result.merged) == (3, 2)
    [doubtful] = result.likely_duplicates  # named as the first of them in file order
    assert doubtful.name in {"Carmen Soto", "carmen Sotó"} and len(doubtful.signup_ids) == 2

    def email_hashes():  # n: email hash (the first 16 bytes of `keyed`)
        return {row[0]: row[1][:16] for table, row in seen["cells"][-1]
                if table == "export_batch"}

    first = email_hashes()
    assert len(set(first.values())) == 4  # five emails, Anabel's two equal once case-folded
    export_signups(db, tmp_path / "again.csv", profile="action-network", new_only=False,
                   progress=progress)
    again = email_hashes()
    assert first.keys() == again.keys()
    assert all(first[n] != again[n] for n in first)  # a new key each export


def test_a_merging_export_opens_each_sealed_contact_once(db, visit_id, tmp_path, monkeypatch):
    """Ensure numbering, merging and the likely-duplicates list all work on what was opened
    once: opening a sealed box is most of an export's cost."""
    from sos_desktop.core.security.sealing import ContactKey

    for n, (first, email) in enumerate([("Ana", "ana@example.org"), ("Ana", "ANA@example.org"),
                                        ("Carmen", "c1@example.org"),
                                        ("carmen", "c2@example.org")]):
        _signup(db, visit_id, first_name=first, last_name="Soto", email=email,
                phone=f"20355501{n:02d}")
    opened = []
    real_open = ContactKey.open
    monkeypatch.setattr(ContactKey, "open", lambda self, blob: opened.append(blob)
                        or real_open(self, blob))
    result = export_signups(db, tmp_path / "an.csv", profile="action-network")
    assert (result.rows, result.merged, len(result.likely_duplicates)) == (3, 1, 1)
    assert len(opened) == len(set(opened)) == 4


def test_a_full_temporary_folder_is_named_and_changes_nothing(db, visit_id, tmp_path,
                                                              monkeypatch):
    """Ensure a merging export whose temporary data cannot be written (the temporary folder's
    disk is full) says so, naming that folder, and leaves no file, receipt or mark."""
    import errno
    import tempfile

    from sos_desktop.core.exports import veil

    for n in range(3):
        _signup(db, visit_id, email=f"p{n}@example.org")
    monkeypatch.setattr(veil, "_WRITE_SIZE", 1)  # every piece written at once

    def full(*_args):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(veil.os, "pwrite", full)
    out = tmp_path / "an.csv"
    with pytest.raises(ExportProblem, match="disk is full") as failure:
        export_signups(db, out, profile="action-network")
    assert tempfile.gettempdir() in str(failure.value)
    assert not out.exists() and _receipts(db) == []
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM signup_exports").fetchone() == (0,)
