"""Why a file cannot be read as sheets, worded for the organizer (issue 19)."""

from __future__ import annotations

from sos_desktop.words.paper_inputs import REASONS, input_reason


def test_every_pdf_problem_is_worded():
    from sos_desktop.pdf_pages import _PROBLEMS

    assert set(_PROBLEMS.values()) <= REASONS


def test_numbered_reasons_keep_their_numbers_in_spanish():
    from sos_desktop.ui.language import apply_language

    apply_language("es")
    try:
        worded = input_reason("page 3 could not be drawn")
        big = input_reason("the image is 9000x9000 pixels, too large to be a scan or photo of "
                           "a sheet (at most 40 MP)")
    finally:
        apply_language("en")
    assert "3" in worded and "page" not in worded
    assert "9000x9000" in big and "40" in big and "pixels" not in big


def test_an_unknown_reason_is_kept():
    assert input_reason("something new") == "something new"
