"""The formula neutraliser on its own."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sos_desktop.core.exports.csv_safety import FORMULA_STARTS, neutralise, neutralise_phone


@pytest.mark.parametrize("cell", ["=1+1", "+1", "-1", "@SUM(A1)", "\tx", "\rx"])
def test_formula_starts_get_an_apostrophe(cell):
    assert neutralise(cell) == "'" + cell


def test_phone_exemption_is_only_for_real_e164():
    """+12035550142 stays; anything else starting with + is neutralised."""
    assert neutralise_phone("+12035550142") == "+12035550142"
    assert neutralise_phone("+1 203 cmd") == "'+1 203 cmd"
    assert neutralise_phone("=1") == "'=1"


@given(st.text())
def test_no_output_starts_a_formula(text):
    """Whatever the input, the cell never begins with a formula character."""
    out = neutralise(text)
    assert not out or out[0] not in FORMULA_STARTS
    assert out.endswith(text)
