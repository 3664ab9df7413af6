"""The visit dialog's "Answers" choice: kiosk, paper answer sheets, or both."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sos_desktop.core.visits.store import get_visit, update_visit, validate_visit
from sos_desktop.ui.visits.controller import visit_fields
from sos_desktop.ui.visits.dialog import VisitDialog

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


def test_answers_choice_round_trips(qtbot, db, visit_id):
    """An edited visit opens with its mode selected and saves the one picked by keyboard."""
    update_visit(db, visit_id, {**visit_fields(get_visit(db, visit_id)),
                                "survey_key": "nhps-other", "answer_mode": "both"})
    dialog = VisitDialog("Edit visit", visit_fields(get_visit(db, visit_id)),
                         validate_visit, SURVEYS)
    qtbot.addWidget(dialog)
    assert [dialog.answer_mode.itemData(i) for i in range(dialog.answer_mode.count())] == [
        "kiosk", "paper", "both"]
    assert dialog.values()["answer_mode"] == "both"
    dialog.show()
    dialog.answer_mode.setFocus()
    qtbot.keyClick(dialog.answer_mode, Qt.Key.Key_Up)
    assert dialog.values()["answer_mode"] == "paper"


def test_paper_without_survey_is_reported_inline(qtbot):
    """Paper with "No survey" keeps the dialog open and names the Answers field."""
    dialog = VisitDialog("New visit", {"school": "Cross", "group_name": "BSU"},
                         validate_visit, SURVEYS)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.answer_mode.setCurrentIndex(dialog.answer_mode.findData("paper"))
    dialog._try_accept()
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "Answers: answering on paper needs a survey" in dialog.errors.text()
