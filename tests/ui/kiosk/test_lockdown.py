"""While the kiosk runs, nothing else of the app takes input; after the PIN, everything does."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog

from sos_desktop.core.errors import SosError
from sos_desktop.core.kiosk import collecting
from sos_desktop.core.kiosk.pin import set_pin
from sos_desktop.core.visits.store import get_visit, set_closed, update_visit
from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.visits.controller import visit_fields

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


@pytest.fixture
def main(qtbot, db, visit_id, monkeypatch):
    set_pin(db, "2468")
    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date", lambda *a: "keep")
    win = MainWindow(db, lambda: SURVEYS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Rejected)
    return win


def _start(qtbot, main):
    qtbot.keyClick(main.table, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    [kiosk] = main._open_windows
    qtbot.waitExposed(kiosk)
    return kiosk


def _leave(qtbot, kiosk, monkeypatch):
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Accepted)
    with qtbot.waitSignal(kiosk.left):
        kiosk.request_exit()


def test_ctrl_k_hides_and_disables_the_main_window(qtbot, main, monkeypatch):
    """Ensure the visit list is neither on screen nor usable behind the kiosk, and is back
    (enabled, shortcuts working) after the PIN."""
    kiosk = _start(qtbot, main)
    assert kiosk.isVisible() and not main.isVisible() and not main.isEnabled()
    _leave(qtbot, kiosk, monkeypatch)
    assert main.isVisible() and main.isEnabled()


def test_main_window_shortcuts_are_dead_behind_the_kiosk(qtbot, main, visit_id, monkeypatch):
    """Ensure Ctrl+, and Ctrl+L reach nothing even if the main window is brought forward
    (Alt+Tab), and the kiosk is brought back in front."""
    opened = []
    monkeypatch.setattr(MainWindow, "open_settings", lambda self: opened.append(1))
    kiosk = _start(qtbot, main)
    main.show()  # as if the window manager gave it back
    main.activateWindow()
    for key in (Qt.Key.Key_Comma, Qt.Key.Key_L, Qt.Key.Key_E, Qt.Key.Key_N):
        qtbot.keyClick(main.table, key, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClick(main.table, Qt.Key.Key_Return)
    qtbot.mouseClick(main.close_button, Qt.MouseButton.LeftButton)
    assert opened == []
    assert not get_visit(main.db, visit_id).closed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is kiosk)
    _leave(qtbot, kiosk, monkeypatch)


def test_keys_work_again_after_the_pin(qtbot, main, monkeypatch):
    """Ensure the app-wide filter is gone after the PIN: Esc and shortcuts reach other
    windows again."""
    opened = []
    monkeypatch.setattr(MainWindow, "open_settings", lambda self: opened.append(1))
    kiosk = _start(qtbot, main)
    _leave(qtbot, kiosk, monkeypatch)
    qtbot.waitActive(main)
    qtbot.keyClick(main.table, Qt.Key.Key_Comma, Qt.KeyboardModifier.ControlModifier)
    assert opened == [1]
    dialog = QDialog(main)  # e.g. Review: Esc closes it
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)
    assert not dialog.isVisible()


def test_the_kiosks_visit_cannot_be_closed_or_edited(qtbot, main, db, visit_id, monkeypatch):
    """Ensure core refuses closing or editing a visit a kiosk collects for, until the PIN."""
    kiosk = _start(qtbot, main)
    visit = get_visit(db, visit_id)
    assert collecting.is_collecting(visit.id)
    with pytest.raises(SosError):
        set_closed(db, visit.id, True)
    with pytest.raises(SosError):
        update_visit(db, visit.id, visit_fields(visit) | {"school": "Elsewhere"})
    assert get_visit(db, visit.id) == visit
    _leave(qtbot, kiosk, monkeypatch)
    assert not collecting.is_collecting(visit.id)
    set_closed(db, visit.id, True)
    assert get_visit(db, visit.id).closed


def test_minimised_kiosk_comes_back(qtbot, main, monkeypatch):
    """Ensure a kiosk minimised from outside the app is shown again by itself."""
    kiosk = _start(qtbot, main)
    kiosk.showMinimized()
    qtbot.waitUntil(lambda: kiosk.isVisible() and not kiosk.isMinimized())
    kiosk.hide()
    qtbot.waitUntil(kiosk.isVisible)
    assert not main.isVisible()
    _leave(qtbot, kiosk, monkeypatch)


def test_the_kiosk_itself_still_takes_keys(qtbot, main, monkeypatch):
    """Ensure the lockdown lets the student's keys reach the kiosk."""
    kiosk = _start(qtbot, main)
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    assert kiosk.stack.currentWidget() is not kiosk.welcome
    _leave(qtbot, kiosk, monkeypatch)
