"""Property tests: CSV written by the app reads back cell for cell, whatever the Unicode, and
no cell a spreadsheet would run as a formula survives."""

from __future__ import annotations

import io

from hypothesis import given, settings
from hypothesis import strategies as st

from sos_desktop.core.exports.csv_safety import FORMULA_STARTS, neutralise, write_csv
from sos_desktop.core.imports.csv_reader import csv_rows
from sos_desktop.core.storage.atomic import HashingWriter

HOSTILE_START = st.sampled_from(sorted(FORMULA_STARTS))
TEXT = st.text(st.characters(blacklist_categories=("Cs",)), max_size=30)
CELL = st.one_of(TEXT, st.builds(lambda a, b: a + b, HOSTILE_START, TEXT),
                 st.sampled_from(["", '"', '""', ",", "\n", "\r\n", "\ufeff", "'=1"]))


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELL, min_size=3, max_size=3), max_size=8), st.booleans())
def test_csv_round_trip_with_any_unicode_and_hostile_cells(rows, bom):
    """Ensure every row reads back as written (neutralised) and no cell starts a formula."""
    raw = io.BytesIO()
    safe = [[neutralise(cell) for cell in row] for row in rows]
    assert write_csv(HashingWriter(raw), ["a", "b", "c"], safe, bom=bom) == len(rows)
    text = raw.getvalue().decode("utf-8-sig")
    read = [cells for _line, cells in csv_rows("x.csv", text)]
    assert read == [["a", "b", "c"], *safe]
    for row in read[1:]:
        for cell in row:
            assert not cell or cell[0] not in FORMULA_STARTS
