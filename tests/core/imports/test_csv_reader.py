"""The CSV reader both typed-up imports share."""

import pytest

from sos_desktop.core.errors import SosError
from sos_desktop.core.imports.csv_reader import ImportRejected, csv_rows, read_sheet


def test_records_carry_the_line_they_start_on_even_after_a_quoted_newline(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_text('a,b\n"two\nlines",x\nlast,y\n', encoding="utf-8")
    rows = list(csv_rows(path, read_sheet(path)[0]))
    assert [line for line, _ in rows] == [1, 2, 4]
    assert rows[1][1] == ["two\nlines", "x"]


def test_text_that_is_not_utf8_names_its_line(tmp_path):
    path = tmp_path / "sheet.csv"
    path.write_bytes(b"a,b\nok,ok\nJos\xe9,x\n")
    with pytest.raises(SosError, match="line 3 is not UTF-8"):
        read_sheet(path)


def test_a_broken_record_is_rejected_with_its_line(tmp_path):
    path = tmp_path / "sheet.csv"
    text = "a,b\nok,ok\n" + "x" * 200_000 + ",y\n"  # over csv's field size limit
    with pytest.raises(ImportRejected) as caught:
        list(csv_rows(path, text))
    assert str(caught.value.errors[0]).startswith("line 3, column -: broken CSV")
