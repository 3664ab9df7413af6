"""The visit dialog: typed dates checked, errors cleared when fixed, sensible survey, deck."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sos_desktop.core.visits.store import validate_visit
from sos_desktop.ui.visits.dialog import VisitDialog

SURVEYS = [("hillhouse-cross", "Hillhouse/Cross Student Survey"),
           ("nhps-other", "All Other NHPS Student Survey")]


@pytest.fixture
def new_dialog(qtbot):
    def make(initial=None, **kw):
        dialog = VisitDialog("New visit", initial if initial is not None
                             else {"visit_date": date(2026, 10, 14)}, validate_visit, SURVEYS,
                             **kw)
        qtbot.addWidget(dialog)
        dialog.show()
        return dialog
    return make


def _fill(qtbot, dialog, school="Wilbur Cross High School", group="Civics 3"):
    qtbot.keyClicks(dialog.school, school)
    qtbot.keyClicks(dialog.group_name, group)


def test_typed_impossible_date_is_an_inline_error(qtbot, new_dialog):
    """Ensure 2026-13-45 is refused with a message, never silently turned into another day."""
    dialog = new_dialog()
    _fill(qtbot, dialog)
    dialog.visit_date.clear()
    qtbot.keyClicks(dialog.visit_date, "2026-13-45")
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted and dialog.result_data is None
    assert "Date: must be a date like 2026-10-14" in dialog.errors.text()
    assert dialog.visit_date.property("invalid")
    dialog.visit_date.clear()
    qtbot.keyClicks(dialog.visit_date, "2026-11-05")
    dialog._try_accept()
    assert dialog.result_data["visit_date"] == date(2026, 11, 5)


def test_error_border_clears_as_soon_as_the_field_is_valid(qtbot, new_dialog):
    """Ensure a fixed field loses its red border while typing, before the next Save."""
    dialog = new_dialog()
    dialog._try_accept()
    assert dialog.school.property("invalid") and dialog.group_name.property("invalid")
    qtbot.keyClicks(dialog.school, "Hillhouse")
    assert not dialog.school.property("invalid") and dialog.school.styleSheet() == ""
    assert dialog.group_name.property("invalid")
    assert "School" not in dialog.errors.text() and "Class or club" in dialog.errors.text()


@pytest.mark.parametrize("school,key", [
    ("James Hillhouse High School", "hillhouse-cross"),
    ("Wilbur Cross", "hillhouse-cross"),
    ("Career High School", "nhps-other"),
])
def test_new_visit_picks_the_survey_that_fits_the_school(qtbot, new_dialog, school, key):
    """Ensure a new visit does not default to "No survey" (which turns the kiosk off)."""
    dialog = new_dialog()
    _fill(qtbot, dialog, school=school)
    assert dialog.values()["survey_key"] == key


def test_picked_survey_stays_changeable(qtbot, new_dialog):
    dialog = new_dialog()
    qtbot.keyClicks(dialog.school, "Wilbur")
    qtbot.keyClick(dialog.survey_key, Qt.Key.Key_Home)  # the organizer picks "No survey"
    assert dialog.values()["survey_key"] == ""
    qtbot.keyClicks(dialog.school, " Cross")
    assert dialog.values()["survey_key"] == ""  # the organizer's choice stands


def test_editing_keeps_the_stored_survey(qtbot, new_dialog):
    dialog = new_dialog({"school": "Hillhouse", "visit_date": date(2026, 10, 14),
                         "survey_key": ""})
    qtbot.keyClicks(dialog.school, " High")
    assert dialog.values()["survey_key"] == ""


@pytest.mark.parametrize("content,problem", [
    (None, "the file does not exist"),
    (b"not a pdf", "is not a PDF file"),
    (b"%PDF-1.4\n%%EOF garbage", "damaged"),
])
def test_deck_is_checked_when_the_visit_is_saved(qtbot, new_dialog, tmp_path, content, problem):
    """Ensure a missing or broken deck is found at Save, naming the file, not at F5 in class."""
    deck = tmp_path / "talk.pdf"
    if content is not None:
        deck.write_bytes(content)
    dialog = new_dialog({"visit_date": date(2026, 10, 14), "deck": str(deck)})
    _fill(qtbot, dialog)
    dialog._try_accept()
    assert dialog.result_data is None
    assert str(deck) in dialog.errors.text() and problem in dialog.errors.text()
    assert dialog.deck_label.property("invalid")
    qtbot.mouseClick(dialog.deck_builtin, Qt.MouseButton.LeftButton)
    assert not dialog.deck_label.property("invalid")
    dialog._try_accept()
    assert dialog.result_data["deck"] == ""


def test_a_good_pdf_deck_is_accepted_at_save(qtbot, new_dialog, tmp_path):
    """Ensure a readable PDF deck passes the renderer's check and the visit saves with it."""
    from tests.ui.presentation.conftest import make_pdf

    deck = make_pdf(tmp_path / "talk.pdf", 2)
    dialog = new_dialog({"visit_date": date(2026, 10, 14), "deck": str(deck)})
    _fill(qtbot, dialog)
    dialog._try_accept()
    assert dialog.errors.text() == ""
    assert dialog.result_data["deck"] == str(deck)
