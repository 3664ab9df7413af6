"""PIN dialogs: first-use set-up and the lockout message."""

from PySide6.QtCore import Qt

from sos_desktop.core.kiosk import pin
from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog, SetPinDialog


class Clocks:
    elapsed, wall = 5000.0, 1_791_500_000.0

    def monotonic(self):
        return self.elapsed

    def time(self):
        return self.wall


def test_set_pin_needs_the_same_pin_twice(qtbot, db):
    dialog = SetPinDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "2468")
    qtbot.keyClicks(dialog.second, "2469")
    dialog._ok()
    assert "differ" in dialog.message.text() and not pin.has_pin(db)
    qtbot.keyClicks(dialog.second, "2468")
    dialog._ok()
    assert pin.has_pin(db) and dialog.result() == SetPinDialog.DialogCode.Accepted


def test_letters_cannot_be_typed(qtbot, db):
    dialog = SetPinDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "12ab34")
    assert dialog.first.text() == "1234"


def test_wrong_tries_lead_to_a_pause(qtbot, db):
    pin.set_pin(db, "2468")
    clock = Clocks()
    dialog = CheckPinDialog(db, clock=clock)
    qtbot.addWidget(dialog)
    dialog.show()
    for _ in range(3):
        qtbot.keyClicks(dialog.entry, "1111")
        qtbot.keyClick(dialog.entry, Qt.Key.Key_Return)
    assert "Try again in 30 seconds" in dialog.message.text()
    qtbot.keyClicks(dialog.entry, "2468")
    dialog._ok()
    assert dialog.result() != CheckPinDialog.DialogCode.Accepted
    clock.elapsed += 30
    qtbot.keyClicks(dialog.entry, "2468")
    dialog._ok()
    assert dialog.result() == CheckPinDialog.DialogCode.Accepted
