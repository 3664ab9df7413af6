"""The first-run guide in the main window, on a real fresh data folder."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog

from sos_desktop.core.kiosk.pin import has_pin
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.store import open_database
from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.security.passphrase_dialog import SetPassphraseDialog
from sos_desktop.ui.settings.dialog import SettingsDialog

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


@pytest.fixture
def fresh(tmp_path):
    return open_database(tmp_path / "fresh")


def _window(qtbot, db, past_language=True):
    win = MainWindow(db, lambda: SURVEYS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    if past_language and win.guide is not None:
        qtbot.mouseClick(win.guide.skip_button, Qt.MouseButton.LeftButton)  # "Next"
    return win


def test_fresh_data_folder_opens_the_guide_not_an_empty_list(qtbot, fresh):
    win = _window(qtbot, fresh, past_language=False)
    assert win.guide is not None and win.stack.currentWidget() is win.guide
    assert win.guide.title.text() == "Interface language"
    assert win.guide.counter.text() == "Step 1 of 4"


def test_set_pin_and_passphrase_through_the_guide(qtbot, fresh, monkeypatch):
    """Ensure the guide's steps use the real PIN and passphrase dialogs and move on."""
    def pin_exec(dialog):
        qtbot.keyClicks(dialog.first, "2468")
        qtbot.keyClicks(dialog.second, "2468")
        dialog._ok()
        return dialog.result()

    shown_keys = []

    def passphrase_exec(dialog):
        qtbot.keyClicks(dialog.first, "correct horse battery staple")
        qtbot.keyClicks(dialog.second, "correct horse battery staple")
        dialog._ok()
        shown_keys.append(dialog.key_view.toPlainText())
        dialog._ok()  # "I have kept it safe"
        return dialog.result()

    monkeypatch.setattr(SetPinDialog, "exec", pin_exec)
    monkeypatch.setattr(SetPassphraseDialog, "exec", passphrase_exec)
    win = _window(qtbot, fresh)
    qtbot.mouseClick(win.guide.action, Qt.MouseButton.LeftButton)
    assert has_pin(fresh) and win.guide.title.text() == "Passphrase for contact data"
    qtbot.mouseClick(win.guide.action, Qt.MouseButton.LeftButton)
    assert keystore.read_keys(fresh) is not None and shown_keys[0]
    assert win.guide.title.text() == "Your first visit"
    qtbot.mouseClick(win.guide.skip_button, Qt.MouseButton.LeftButton)
    assert win.guide is None and win.stack.currentWidget() is win.empty


def test_skipped_guide_never_comes_back(qtbot, fresh):
    win = _window(qtbot, fresh)
    qtbot.mouseClick(win.guide.close_button, Qt.MouseButton.LeftButton)
    assert win.guide is None and win.stack.currentWidget() is win.empty
    assert _window(qtbot, fresh).guide is None


def test_cancelled_pin_dialog_keeps_the_step(qtbot, fresh, monkeypatch):
    monkeypatch.setattr(SetPinDialog, "exec", lambda self: QDialog.DialogCode.Rejected)
    win = _window(qtbot, fresh)
    qtbot.mouseClick(win.guide.action, Qt.MouseButton.LeftButton)
    assert win.guide.title.text() == "Organizer PIN" and not has_pin(fresh)


def test_settings_menu_and_shortcut_open_the_dialog(qtbot, db, monkeypatch):
    opened = []
    monkeypatch.setattr(SettingsDialog, "exec", lambda self: opened.append(self) or 0)
    win = _window(qtbot, db)
    assert win.settings_action.shortcut().toString() == "Ctrl+,"
    win.settings_action.trigger()
    assert len(opened) == 1


def test_first_visit_step_uses_the_visit_dialog_and_ends_the_guide(qtbot, fresh, monkeypatch):
    """Ensure the last step creates a real visit (with the default survey from Settings for a
    school without its own) and then shows the list with it selected."""
    from sos_desktop.core import settings
    from sos_desktop.ui.visits.dialog import VisitDialog

    settings.save(fresh, settings.Settings(default_survey="nhps-other"), {"nhps-other"})

    def visit_exec(dialog):
        qtbot.keyClicks(dialog.school, "Career High School")
        qtbot.keyClicks(dialog.group_name, "Civics 3")
        dialog._try_accept()
        return dialog.result()

    monkeypatch.setattr(VisitDialog, "exec", visit_exec)
    win = _window(qtbot, fresh)
    win.guide.controller.next()
    win.guide.controller.next()
    qtbot.mouseClick(win.guide.action, Qt.MouseButton.LeftButton)
    assert win.guide is None and win.stack.currentWidget() is win.table
    visit = win.selected_visit()
    assert visit is not None and visit.school == "Career High School"
    assert visit.survey_key == "nhps-other"
