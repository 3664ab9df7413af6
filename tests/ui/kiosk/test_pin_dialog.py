"""PIN dialogs: first-use set-up and the lockout message."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QWidget

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


def _everything_shows(dialog):
    """Every button and every line of every label inside the dialog as painted."""
    from PySide6.QtWidgets import QAbstractButton, QLabel

    inside = dialog.rect()
    for button in dialog.findChildren(QAbstractButton):
        rect = button.geometry().translated(button.parentWidget().mapTo(dialog, button.pos())
                                            - button.pos())
        assert inside.contains(rect), (button.text(), rect, inside)
    for label in dialog.findChildren(QLabel):
        if label.isVisible() and label.text():
            assert label.height() >= label.heightForWidth(label.width()), label.text()


def test_wrong_pin_dialog_shows_its_buttons_whole(qtbot, db):
    """Ensure the message after a wrong PIN (or the lockout) pushes nothing out of view, also
    over the kiosk whose large style the dialog would inherit."""
    from sos_desktop.ui.kiosk.style import KIOSK_QSS

    pin.set_pin(db, "2468")
    kiosk = QWidget()
    kiosk.setStyleSheet(KIOSK_QSS)
    qtbot.addWidget(kiosk)
    dialog = CheckPinDialog(db, kiosk, clock=Clocks())
    dialog.show()
    qtbot.waitExposed(dialog)
    for _ in range(4):
        dialog.entry.setText("1111")
        dialog._ok()
        qtbot.waitUntil(lambda: dialog.message.text() != "")
        _everything_shows(dialog)
    assert "Try again in" in dialog.message.text()


def test_set_pin_before_the_talk_shows_its_whole_text(qtbot, db):
    from sos_desktop.ui.kiosk.style import KIOSK_QSS

    kiosk = QWidget()
    kiosk.setStyleSheet(KIOSK_QSS)
    qtbot.addWidget(kiosk)
    dialog = SetPinDialog(db, kiosk, before_talk=True)
    dialog.show()
    qtbot.waitExposed(dialog)
    _everything_shows(dialog)
    dialog.first.setText("12")
    dialog.second.setText("12")
    dialog._ok()
    _everything_shows(dialog)


def test_set_pin_says_too_short_before_differ(qtbot, db):
    """Ensure a PIN that is too short is reported as such even when the second entry differs:
    fixing only "differ" would be refused again."""
    dialog = SetPinDialog(db)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.first, "12")
    qtbot.keyClicks(dialog.second, "123")
    dialog._ok()
    assert "4 to 12 digits" in dialog.message.text() and "differ" not in dialog.message.text()
    assert not pin.has_pin(db)
