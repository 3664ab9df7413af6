"""Typed-up sign-in sheets: all or nothing, row errors as `line N, column C: reason`."""

from pathlib import Path

import pytest

from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.imports.csv_reader import ImportRejected
from sos_desktop.core.imports.signups import import_signups
from sos_desktop.core.visits.store import get_visit

HEADER = "first_name,last_name,email,phone,age_13_plus,email_consent,sms_consent,interests\n"


def _write(tmp_path: Path, body: str, name: str = "sheet.csv", encoding="utf-8") -> Path:
    path = tmp_path / name
    path.write_text(body, encoding=encoding)
    return path


def _count(db) -> int:
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM signups").fetchone()[0]


def test_good_sheet_imports_every_row(db, visit_id, tmp_path):
    """Valid rows (non-ASCII names, loose yes/no cells) all go in, linked to the visit."""
    path = _write(
        tmp_path,
        HEADER
        + "Zoë,Nguyễn,zoe@example.org,203-555-0142,yes,y,true,research;tactics\n"
        + "Siobhán,Ní Bhriain,,(203) 555 0199,1,no,yes,\n",
    )
    result = import_signups(db, path, visit_id=visit_id)
    assert (result.imported, result.rejected) == (2, 0)
    assert get_visit(db, visit_id).signups == 2


def test_one_bad_row_rejects_the_whole_file(db, visit_id, tmp_path):
    """Any bad row: nothing goes in, and each problem names its line and column."""
    path = _write(
        tmp_path,
        HEADER
        + "Ana,Ruiz,ana@example.org,,yes,yes,no,\n"
        + '"Multi\nline",Name,bad@,,yes,,,\n'
        + "Luis,Diaz,,,yes,,,\n",
    )
    with pytest.raises(ImportRejected) as info:
        import_signups(db, path, visit_id=visit_id)
    assert [str(e) for e in info.value.errors] == [
        "line 3, column email: There must be something after the @-sign.",
        "line 5, column email: an email or a phone number is required",
    ]
    assert _count(db) == 0


def test_skip_invalid_writes_rejects_with_reason(db, visit_id, tmp_path):
    """With skip_invalid the good rows go in and rejects land in FILE.rejected.csv."""
    path = _write(
        tmp_path,
        HEADER + "Ana,Ruiz,ana@example.org,,yes,yes,no,\n" + "=HYPERLINK(1),X,x@,,yes,,,\n",
    )
    result = import_signups(db, path, visit_id=visit_id, skip_invalid=True)
    assert (result.imported, result.rejected) == (1, 1)
    rejected = (tmp_path / "sheet.rejected.csv").read_text(encoding="utf-8")
    assert rejected.splitlines()[0].endswith(",reason")
    assert rejected.splitlines()[1].startswith("'=HYPERLINK(1)")
    assert "age_13_plus" in rejected


def test_only_name_columns_are_required(db, visit_id, tmp_path):
    """A sheet with just names and an email column imports; a sheet without last_name does not."""
    ok = _write(tmp_path, "first_name,last_name,email,age_13_plus,email_consent\n"
                          "A,B,a@example.org,y,y\n")
    assert import_signups(db, ok, visit_id=visit_id).imported == 1
    bad = _write(tmp_path, "first_name,email\nA,a@example.org\n", "bad.csv")
    with pytest.raises(ImportRejected) as info:
        import_signups(db, bad, visit_id=visit_id)
    assert str(info.value.errors[0]) == "line 1, column last_name: required column is missing"


def test_unknown_column_and_excel_bom(db, visit_id, tmp_path):
    """A typo in the header is reported at line 1; a UTF-8 BOM from Excel is accepted."""
    bad = _write(tmp_path, "first_name,last_name,emial\n")
    with pytest.raises(ImportRejected, match="1 problem"):
        import_signups(db, bad, visit_id=visit_id)
    bom = _write(tmp_path, "\ufefffirst_name,Last Name,email,age_13_plus,email_consent\n"
                 "A,B,a@example.org,1,1\n",
                 "bom.csv")
    assert import_signups(db, bom, visit_id=visit_id).imported == 1


def test_not_utf8_names_the_line(db, visit_id, tmp_path):
    path = tmp_path / "latin1.csv"
    path.write_bytes(b"first_name,last_name\nJos\xe9,Ruiz\n")
    with pytest.raises(SosError, match="line 2 is not UTF-8"):
        import_signups(db, path, visit_id=visit_id)


def test_unknown_visit_and_missing_file(db, tmp_path):
    path = _write(tmp_path, HEADER)
    with pytest.raises(NotFound):
        import_signups(db, path, visit_id="no-such-visit")
    with pytest.raises(SosError, match="no such file"):
        import_signups(db, tmp_path / "gone.csv", visit_id="x")


def test_contact_without_a_consented_channel_names_line_and_column(db, visit_id, tmp_path):
    """Ensure a typed-up row with an email but no consent is refused like at the kiosk."""
    path = _write(tmp_path, HEADER + "Ana,Ruiz,ana@example.org,,yes,no,no,\n")
    with pytest.raises(ImportRejected) as info:
        import_signups(db, path, visit_id=visit_id)
    assert [str(e) for e in info.value.errors] == [
        "line 2, column email_consent: needs consent to be contacted by email or by text at a "
        "detail it gives"]
    assert _count(db) == 0


def _receipts(db, kind):
    with db.raw() as conn:
        return conn.execute("SELECT sha256, row_count FROM export_receipts WHERE kind = ?",
                            (kind,)).fetchall()


def test_the_same_sheet_twice_is_refused_unless_again(db, visit_id, tmp_path):
    """A second import of the same content (even renamed) is refused and changes nothing; the
    receipt keeps the file's SHA-256; `again` imports it anyway."""
    import hashlib

    from sos_desktop.core.imports.signups import AlreadyImported

    body = HEADER + "Ana,Ruiz,ana@example.org,,yes,yes,no,\nLuis,Diaz,,2035550142,yes,,yes,\n"
    first = _write(tmp_path, body)
    import_signups(db, first, visit_id=visit_id)
    digest = hashlib.sha256(first.read_bytes()).hexdigest()
    assert _receipts(db, "import-signups") == [(digest, 2)]
    renamed = _write(tmp_path, body, name="sheet (copy).csv")
    with pytest.raises(AlreadyImported, match=r"already imported on .*2 sign-ups into "
                                              r"Wilbur Cross High School · Civics 3"):
        import_signups(db, renamed, visit_id=visit_id)
    assert _count(db) == 2
    assert import_signups(db, renamed, visit_id=visit_id, again=True).imported == 2
    assert _count(db) == 4 and len(_receipts(db, "import-signups")) == 2


def test_a_refused_sheet_is_not_counted_as_imported(db, visit_id, tmp_path):
    """Rejected (nothing went in): the same file can then go in with skip_invalid."""
    path = _write(tmp_path, HEADER + "Ana,Ruiz,ana@example.org,,yes,yes,no,\nB,C,x@,,yes,,,\n")
    with pytest.raises(ImportRejected):
        import_signups(db, path, visit_id=visit_id)
    assert _receipts(db, "import-signups") == []
    assert import_signups(db, path, visit_id=visit_id, skip_invalid=True).imported == 1


def test_rejected_minors_contact_details_never_reach_disk(db, visit_id, tmp_path):
    """FILE.rejected.csv: line, column and reason for every rejected row; a row that does not
    say its person is 13 or older (no, blank, or unreadable) keeps none of its cells; a 13+
    row with a typo keeps its cells so it can be fixed."""
    import csv

    path = _write(
        tmp_path,
        HEADER
        + "Kid,One,kid1@example.org,203-555-0101,no,yes,yes,\n"  # under 13
        + "Kid,Two,kid2@example.org,203-555-0102,,yes,yes,\n"  # age not given
        + "Kid,Three,kid3@example.org,203-555-0103,no,yes,yes,,extra\n"  # too many cells
        + "Teen,Typo,teen@,,yes,yes,no,\n"  # 13+, bad email
        + "Ana,Ruiz,ana@example.org,,yes,yes,no,\n",
    )
    result = import_signups(db, path, visit_id=visit_id, skip_invalid=True)
    assert (result.imported, result.rejected) == (1, 4)
    data = (tmp_path / "sheet.rejected.csv").read_text(encoding="utf-8")
    for private in ("kid1", "kid2", "kid3", "555", "Kid", "One", "Two", "Three"):
        assert private not in data, private
    rows = list(csv.DictReader(data.splitlines()))
    assert [(r["line"], r["column"]) for r in rows] == [
        ("2", "age_13_plus"), ("3", "age_13_plus"), ("4", "-"), ("5", "email")]
    assert "13 or older" in rows[0]["reason"] and "cells" in rows[2]["reason"]
    assert rows[3]["first_name"] == "Teen" and rows[3]["email"] == "teen@"
