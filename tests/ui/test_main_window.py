"""The visit window, driven by keyboard through pytest-qt on a real database."""

from datetime import date

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QMessageBox

from sos_desktop.core.visits.store import list_visits, validate_visit
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.visits.dialog import VisitDialog

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db, lambda: SURVEYS)
    qtbot.addWidget(win)
    win.resize(1366, 768)
    win.show()
    win.activateWindow()
    qtbot.waitActive(win)
    return win


def _type_visit(qtbot, dialog: VisitDialog, school: str, group: str) -> None:
    qtbot.keyClicks(dialog.school, school)
    qtbot.keyClick(dialog.school, Qt.Key.Key_Tab)
    qtbot.keyClicks(dialog.focusWidget(), group)
    dialog.survey_key.setCurrentIndex(1)


def test_empty_state_explains_what_to_do(window):
    """With no visits the window says how to create one and Edit/Close are disabled."""
    assert window.stack.currentWidget() is window.empty
    assert not window.edit_button.isEnabled() and not window.close_button.isEnabled()


def test_dialog_reports_problems_inline_and_stays_open(qtbot):
    """Saving an empty form shows each problem and does not accept."""
    dialog = VisitDialog("New visit", {}, validate_visit, SURVEYS)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.keyClick(dialog.school, Qt.Key.Key_Return)
    assert dialog.result() != QDialog.DialogCode.Accepted
    assert "School: is required" in dialog.errors.text()
    assert "Class or club: is required" in dialog.errors.text()


def test_create_visit_by_keyboard(qtbot, window, db, monkeypatch):
    """Ctrl+N opens the dialog; typing and Enter stores the visit and selects it."""

    def fake_exec(dialog: VisitDialog) -> int:
        dialog.show()
        _type_visit(qtbot, dialog, "Wilbur Cross", "Civics 3")
        qtbot.keyClick(dialog.focusWidget(), Qt.Key.Key_Return)
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", fake_exec)
    qtbot.keyClick(window, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    [visit] = list_visits(db)
    assert (visit.school, visit.group_name, visit.survey_key) == (
        "Wilbur Cross", "Civics 3", "nhps-other")
    assert visit.visit_date == date.today()
    assert window.stack.currentWidget() is window.table
    assert window.selected_visit().id == visit.id


def test_edit_and_close_selected_visit(qtbot, window, db, visit_id, monkeypatch):
    """Ctrl+E edits the selected visit; Ctrl+L closes it after confirmation."""
    window.controller.refresh()

    def fake_exec(dialog: VisitDialog) -> int:
        dialog.group_name.clear()
        qtbot.keyClicks(dialog.group_name, "Black Student Union")
        dialog._try_accept()
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", fake_exec)
    qtbot.keyClick(window.table, Qt.Key.Key_E, Qt.KeyboardModifier.ControlModifier)
    assert list_visits(db)[0].group_name == "Black Student Union"

    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    qtbot.keyClick(window.table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier)
    assert list_visits(db)[0].closed
    assert window.close_button.text() == "Re&open visit"
    assert window.model.data(window.model.index(0, 8)) == "Closed"


def test_cancel_changes_nothing(qtbot, window, db, monkeypatch):
    monkeypatch.setattr(VisitDialog, "exec", lambda dialog: 0)
    window.new_button.click()
    assert list_visits(db) == []


def test_counts_are_shown(window, db, visit_id):
    from sos_desktop.core.people.signups import submit_signup

    submit_signup(db, {"first_name": "A", "last_name": "B", "phone": "2035550142",
                       "age_13_plus": True, "sms_consent": True}, visit_id=visit_id)
    window.controller.refresh()
    model = window.model
    assert [model.data(model.index(0, c)) for c in (5, 6, 7)] == ["0", "1", "1"]


def test_deck_choice_and_length(qtbot, tmp_path):
    """The deck comes from the (injected) file picker; 'Use built-in' clears it."""
    deck = tmp_path / "talk.pdf"
    deck.write_bytes(b"%PDF-1.4")
    dialog = VisitDialog("New visit", {"planned_minutes": 30}, validate_visit, SURVEYS,
                         pick_deck=lambda _parent: str(deck))
    qtbot.addWidget(dialog)
    assert dialog.values()["deck"] == "" and dialog.values()["planned_minutes"] == 30
    qtbot.mouseClick(dialog.deck_choose, Qt.MouseButton.LeftButton)
    assert dialog.values()["deck"] == str(deck.resolve())
    qtbot.mouseClick(dialog.deck_builtin, Qt.MouseButton.LeftButton)
    assert dialog.values()["deck"] == ""


def test_kiosk_opens_for_selected_visit_and_refreshes_on_exit(qtbot, window, db, visit_id,
                                                              monkeypatch):
    """Ctrl+K opens the kiosk (PIN already set); leaving it with the PIN refreshes the list."""
    from sos_desktop.core.kiosk.pin import set_pin
    from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog

    set_pin(db, "2468")
    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date", lambda *a: "keep")
    window.controller.refresh()
    window._start_kiosk()
    [kiosk] = window._open_windows
    assert kiosk.isVisible()
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Accepted)
    with qtbot.waitSignal(kiosk.left):
        kiosk.request_exit()
    assert window._open_windows == []


def test_kiosk_and_results_buttons_follow_the_visit(window, db, visit_id):
    """No kiosk for a closed visit; no results for a visit without a survey."""
    from sos_desktop.core.visits.store import set_closed

    set_closed(db, visit_id, True)
    window.controller.refresh()
    assert not window.kiosk_button.isEnabled() and not window.results_button.isEnabled()


def test_closed_visits_are_listed_in_grey(window, db, visit_id):
    """A closed visit's whole row is drawn in grey; an open visit's keeps the table's text."""
    from sos_desktop.core.visits.store import create_visit, set_closed

    create_visit(db, {"school": "Open School", "group_name": "G", "visit_date": "2026-10-15"})
    set_closed(db, visit_id, True)
    window.controller.refresh()
    closed = window.model.row_of(visit_id)
    assert {window.model.item(closed, c).foreground().color().name()
            for c in range(window.model.columnCount())} == {"#6b6b6b"}
    opened = 1 - closed
    assert window.model.item(opened, 1).text() == "Open School"
    assert window.model.item(opened, 1).data(Qt.ItemDataRole.ForegroundRole) is None


def test_totals_include_every_stored_signup(window, db, visit_id):
    """Ensure sign-ups no visit row shows (no visit, no consented channel) are still counted."""
    from tests.conftest import store_legacy_signup

    store_legacy_signup(db, None)
    store_legacy_signup(db, visit_id, email_consent=False)
    window.controller.refresh()
    assert window.totals.text() == (
        "2 sign-ups stored in all · 1 not linked to any visit · 1 with no consented channel, "
        "so no CRM export can carry it")


def test_first_visit_columns_show_date_and_educator_whole(qtbot, window, monkeypatch):
    """Ensure the row that replaces the empty-list text (the table was hidden when it came in)
    shows the date and a long educator name uncut, School and Class taking what is left."""

    def fake_exec(dialog: VisitDialog) -> int:
        _type_visit(qtbot, dialog, "Hillhouse", "Civics")
        dialog.educator_name.setText("Mr. Nguyen-Castellanos")
        dialog._try_accept()
        return int(dialog.result())

    monkeypatch.setattr(VisitDialog, "exec", fake_exec)
    window._new_visit()
    table, header = window.table, window.table.horizontalHeader()

    def whole() -> bool:
        return all(header.sectionSize(c) >= table.sizeHintForColumn(c)
                   for c in range(header.count()) if c not in (1, 2))

    qtbot.waitUntil(whole)
    assert header.sectionSize(1) > header.sectionSize(0)  # School has the room left


def test_date_row_shrinks_back_after_its_error_clears(qtbot):
    """Ensure a fixed date leaves its row (and the dialog) as tall as before the error."""
    dialog = VisitDialog("New visit", {"school": "Cross", "group_name": "Art"},
                         validate_visit, SURVEYS)
    qtbot.addWidget(dialog)
    dialog.survey_key.setCurrentIndex(1)
    dialog.show()
    qtbot.waitExposed(dialog)
    row_height, height = dialog.date_row.height(), dialog.height()
    dialog.visit_date.setText("2026-13-45")
    dialog._try_accept()
    assert dialog.errors.isVisible()
    dialog.visit_date.setText(date.today().isoformat())
    dialog.visit_date.textEdited.emit(dialog.visit_date.text())
    assert not dialog.errors.isVisible()
    qtbot.waitUntil(lambda: dialog.date_row.height() == row_height)
    assert dialog.height() <= height + 2
def test_f5_resumes_and_shift_f5_starts_from_the_beginning(qtbot, window, db, visit_id,
                                                          monkeypatch):
    """Ensure F5 asks the session to resume and Shift+F5 to start from slide 1."""
    from sos_desktop.ui.visits.session import VisitSession

    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date", lambda *a: "keep")
    asked = []
    monkeypatch.setattr(VisitSession, "start",
                        lambda self, from_beginning=False: asked.append(from_beginning) or False)
    window.controller.refresh(visit_id)
    qtbot.keyClick(window.table, Qt.Key.Key_F5)
    qtbot.keyClick(window.table, Qt.Key.Key_F5, Qt.KeyboardModifier.ShiftModifier)
    assert asked == [False, True]
