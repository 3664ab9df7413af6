"""The Settings dialog on a real database: saved values reach the kiosk and the visit dialog."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QDialog, QMessageBox

from sos_desktop.core import settings
from sos_desktop.core.kiosk import pin
from sos_desktop.ui.kiosk.launch import build_kiosk
from sos_desktop.ui.kiosk.pin_dialog import ChangePinDialog
from sos_desktop.ui.settings.dialog import SettingsDialog
from sos_desktop.ui.visits.controller import VisitsController

SURVEYS = [("hillhouse-cross", "Hillhouse/Cross Student Survey"),
           ("nhps-other", "All Other NHPS Student Survey"), ("tiny", "Tiny survey")]


@pytest.fixture
def dialog(qtbot, db, tmp_path):
    deck = tmp_path / "talk.md"
    deck.write_text("# Hello\n\nSlide one\n", encoding="utf-8")
    made = SettingsDialog(db, lambda: SURVEYS, pick_deck=lambda _parent: str(deck))
    qtbot.addWidget(made)
    made.show()
    return made


def test_saved_settings_are_stored(qtbot, dialog, db, tmp_path):
    dialog.language.setCurrentIndex(dialog.language.findData("es"))
    dialog.idle.setValue(150)
    dialog.survey.setCurrentIndex(dialog.survey.findData("tiny"))
    qtbot.mouseClick(dialog.deck_choose, Qt.MouseButton.LeftButton)
    dialog.buttons.button(dialog.buttons.StandardButton.Save).click()
    assert dialog.result() == QDialog.DialogCode.Accepted
    assert settings.load(db) == settings.Settings("es", 150, "tiny",
                                                  str((tmp_path / "talk.md").resolve()))


def test_idle_time_cannot_be_typed_out_of_bounds(qtbot, dialog):
    dialog.idle.selectAll()
    qtbot.keyClicks(dialog.idle, "5000")
    assert settings.IDLE_MIN <= dialog.idle.value() <= settings.IDLE_MAX


def test_a_stored_deck_that_went_missing_is_named_and_nothing_saved(qtbot, db, tmp_path):
    gone = tmp_path / "gone.md"
    gone.write_text("# Hi\n", encoding="utf-8")
    settings.save(db, settings.Settings(default_deck=str(gone)), {"tiny"})
    gone.unlink()
    made = SettingsDialog(db, lambda: SURVEYS)
    qtbot.addWidget(made)
    made.idle.setValue(200)
    made.buttons.button(made.buttons.StandardButton.Save).click()
    assert made.result() != QDialog.DialogCode.Accepted
    assert "Default deck" in made.errors.text() and "gone.md" in made.errors.text()
    assert settings.load(db).kiosk_idle_seconds == settings.IDLE_DEFAULT


def test_open_folder_opens_the_data_folder(qtbot, dialog, db, monkeypatch):
    opened = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: opened.append(url) or True)
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert [Path(url.toLocalFile()) for url in opened] == [Path(db.path).parent]
    assert dialog.folder.text() == str(Path(db.path).parent)


def test_folder_that_cannot_open_is_reported(qtbot, dialog, monkeypatch):
    warned = []
    monkeypatch.setattr(QDesktopServices, "openUrl", lambda url: False)
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: warned.append(a[2]))
    qtbot.mouseClick(dialog.folder_button, Qt.MouseButton.LeftButton)
    assert warned and "data folder" in warned[0]


def test_change_pin_dialog_needs_the_current_pin(qtbot, db):
    """Ensure the new PIN is stored only after the current one is typed right."""
    pin.set_pin(db, "1234")
    change = ChangePinDialog(db)  # the real clocks: no lockout is due
    qtbot.addWidget(change)
    qtbot.keyClicks(change.old, "9999")
    qtbot.keyClicks(change.first, "5678")
    qtbot.keyClicks(change.second, "5678")
    change._ok()
    assert "current PIN is wrong" in change.message.text()
    assert change.result() != QDialog.DialogCode.Accepted
    qtbot.keyClicks(change.old, "1234")
    change._ok()
    assert change.result() == QDialog.DialogCode.Accepted
    assert pin.check_pin(db, "5678").ok


def test_pin_button_opens_the_change_dialog_once_a_pin_exists(qtbot, dialog, db, monkeypatch):
    pin.set_pin(db, "1234")
    dialog.controller.load()
    assert dialog.pin_button.text() == "Change the PIN…"
    opened = []
    monkeypatch.setattr(ChangePinDialog, "exec", lambda self: opened.append(self) or 0)
    qtbot.mouseClick(dialog.pin_button, Qt.MouseButton.LeftButton)
    assert len(opened) == 1


def test_kiosk_reads_the_stored_idle_time(qtbot, db, visit_id):
    """Ensure the kiosk's idle time is the organizer's setting, not a constant."""
    settings.save(db, settings.Settings(kiosk_idle_seconds=45), set())
    window = build_kiosk(db, visit_id, ask_pin=lambda parent: True)
    qtbot.addWidget(window)
    assert window.idle.idle_after == 45
    window.request_exit()  # the app-wide key filter goes with it


class _AskingView:
    def __init__(self):
        self.initial = None

    def ask_visit_details(self, title, initial, validate):
        self.initial = initial
        return None


def test_new_visit_starts_from_the_default_survey_and_deck(db, tmp_path):
    deck = tmp_path / "talk.md"
    deck.write_text("# Hello\n", encoding="utf-8")
    settings.save(db, settings.Settings(default_survey="tiny", default_deck=str(deck)), {"tiny"})
    view = _AskingView()
    VisitsController(db, view).new_visit({"visit_date": "2026-10-14"})  # type: ignore[arg-type]
    assert view.initial["default_survey"] == "tiny" and view.initial["deck"] == str(deck)


@pytest.mark.parametrize("school,key", [("", "tiny"), ("Career High School", "tiny"),
                                        ("James Hillhouse High School", "hillhouse-cross")])
def test_visit_dialog_default_survey_yields_to_the_school_rule(qtbot, school, key):
    from sos_desktop.core.visits.store import validate_visit
    from sos_desktop.ui.visits.dialog import VisitDialog

    visit = VisitDialog("New visit", {"default_survey": "tiny", "visit_date": "2026-10-14"},
                        validate_visit, SURVEYS)
    qtbot.addWidget(visit)
    qtbot.keyClicks(visit.school, school)
    assert visit.values()["survey_key"] == key
