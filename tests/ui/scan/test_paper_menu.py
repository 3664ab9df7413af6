"""The main window's Paper menu opens the Scan, Review and writing-box windows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sos_desktop.core.visits import create_visit, set_closed
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.review.transcribe import TranscriptionWindow
from sos_desktop.ui.review.window import ReviewWindow
from sos_desktop.ui.scan.window import NO_CAMERA, ScanWindow


@pytest.fixture
def window(qtbot, db, monkeypatch):
    monkeypatch.setattr("sos_desktop.ui.scan.window.list_cameras", lambda: [])
    win = MainWindow(db, lambda: [("hillhouse-cross", "Hillhouse/Cross Student Survey")])
    qtbot.addWidget(win)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    win.errors = []
    monkeypatch.setattr(QMessageBox, "warning", lambda parent, title, text: win.errors.append(text))
    yield win
    for opened in win.paper_windows.values():
        opened.close()


def keys(qtbot, win, letter):
    qtbot.keyClick(win, letter, Qt.KeyboardModifier.ControlModifier
                   | Qt.KeyboardModifier.ShiftModifier)


def test_menu_lists_the_three_windows(window):
    assert [a.text() for a in window.paper_menu.actions()] == [
        "&Scan sheets with the camera…", "&Review sheets…", "&Type up writing boxes…"]


def test_ctrl_shift_s_scans_for_the_selected_visit(qtbot, window, paper_visit):
    """Without a camera the window says what to do instead of showing a picture."""
    window.controller.refresh(paper_visit)
    keys(qtbot, window, Qt.Key.Key_S)
    scan = window.paper_windows["scan"]
    assert isinstance(scan, ScanWindow) and scan.isVisible()
    assert "Hillhouse — Civics" in scan.windowTitle()
    qtbot.waitUntil(lambda: scan.picture.message == NO_CAMERA)


def test_scan_refuses_a_visit_without_survey_or_closed(qtbot, window, db, paper_visit):
    plain = create_visit(db, {"school": "Cross", "group_name": "BSU",
                              "visit_date": "2026-10-15"})
    window.controller.refresh(plain)
    keys(qtbot, window, Qt.Key.Key_S)
    assert "has no survey" in window.errors[-1] and "scan" not in window.paper_windows
    set_closed(db, paper_visit, True)
    window.controller.refresh(paper_visit)
    keys(qtbot, window, Qt.Key.Key_S)
    assert "closed" in window.errors[-1] and "scan" not in window.paper_windows


def test_review_and_writing_boxes_open_once(qtbot, window):
    keys(qtbot, window, Qt.Key.Key_R)
    review = window.paper_windows["review"]
    assert isinstance(review, ReviewWindow) and review.stack.currentWidget() is review.empty
    keys(qtbot, window, Qt.Key.Key_R)
    assert window.paper_windows["review"] is review
    keys(qtbot, window, Qt.Key.Key_T)
    assert isinstance(window.paper_windows["transcribe"], TranscriptionWindow)


def test_selected_visit_says_it_answers_on_paper(window, db, paper_visit):
    on_paper = create_visit(db, {"school": "Cross", "group_name": "BSU", "answer_mode": "paper",
                                 "visit_date": "2026-10-15", "survey_key": "hillhouse-cross"})
    window.controller.refresh(on_paper)
    assert "Answers: on paper" in window.details.text()
    window.controller.refresh(paper_visit)
    assert "Answers:" not in window.details.text()
