"""The main window's Paper menu opens the Scan, Review and writing-box windows."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox

from sos_desktop.core.visits.store import create_visit, set_closed
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.review.transcribe import TranscriptionWindow
from sos_desktop.ui.review.window import ReviewWindow
from sos_desktop.ui.scan.window import NO_CAMERA, ScanWindow


@pytest.fixture
def window(qtbot, db, monkeypatch):
    monkeypatch.setattr("sos_desktop.ui.scan.window.list_cameras", lambda: [])
    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date", lambda *a: "keep")
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


def test_menu_lists_the_paper_actions(window):
    assert [a.text() for a in window.paper_menu.actions()] == [
        "&Print answer sheets…", "&Scan sheets with the camera…",
        "Rea&d scanned sheets (PDF or photos)…", "&Review sheets…",
        "&Type up writing boxes…"]


def _trigger(window, text):
    next(a for a in window.paper_menu.actions() if a.text() == text).trigger()


def test_print_then_read_from_the_menu(qtbot, window, paper_visit, tmp_path, monkeypatch):
    """Print answer sheets… asks language and copies, saves where the file dialog says and
    tells where; Read scanned sheets… reads the chosen files and shows the summary."""
    from PySide6.QtWidgets import QDialog, QFileDialog

    from sos_desktop.ui.scan.sheet_files_view import PrintSheetsDialog

    window.controller.refresh(paper_visit)
    out = tmp_path / "sheets.pdf"

    def fill_in(dialog):
        assert dialog.copies.value() == 30
        dialog.language.setCurrentIndex(dialog.language.findData("es"))
        dialog.copies.setValue(2)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(PrintSheetsDialog, "exec", fill_in)
    monkeypatch.setattr(QFileDialog, "getSaveFileName", lambda *a: (str(out), "PDF (*.pdf)"))
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: ([str(out)], ""))
    messages = []
    monkeypatch.setattr(QMessageBox, "information", lambda p, t, text: messages.append(text))
    _trigger(window, "&Print answer sheets…")
    assert "2 answer sheets" in messages[-1] and str(out) in messages[-1]
    _trigger(window, "Rea&d scanned sheets (PDF or photos)…")
    assert "• 2 sheets read" in messages[-1] and "• 2 blank sheets" in messages[-1]
    assert window.errors == []


def test_sheets_waiting_for_review_open_the_review_window(qtbot, window, paper_visit,
                                                          blank_pages, layout, hillhouse,
                                                          tmp_path, monkeypatch):
    import random

    import cv2
    from PySide6.QtWidgets import QFileDialog

    from benchmarks.paper_synth import draw_mark
    from tests.ui.paper_sheets import ANSWERS, filled

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(8))
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("grade", "grade_9"))
    draw_mark(front, box, "full", 150, random.Random(8))
    files = [str(tmp_path / "front.png"), str(tmp_path / "back.png")]
    cv2.imwrite(files[0], front)
    cv2.imwrite(files[1], back)
    window.controller.refresh(paper_visit)
    monkeypatch.setattr(QFileDialog, "getOpenFileNames", lambda *a: (files, ""))
    asked = []

    def press_open_review(box):
        asked.append(box.text())
        box.defaultButton().click()  # "Open Review"

    monkeypatch.setattr(QMessageBox, "exec", press_open_review)
    _trigger(window, "Rea&d scanned sheets (PDF or photos)…")
    assert "• 1 sheet waiting for review" in asked[-1]
    review = window.paper_windows["review"]
    assert isinstance(review, ReviewWindow) and review.isVisible()
    assert review.stack.currentWidget() is not review.empty


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
