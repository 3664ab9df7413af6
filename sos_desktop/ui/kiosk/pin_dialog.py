"""Organizer PIN: set it on first use, ask for it to leave the kiosk."""

from __future__ import annotations

import math
import time

from PySide6.QtCore import Qt
from PySide6.QtGui import QRegularExpressionValidator
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QLineEdit, QVBoxLayout, QWidget

from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.kiosk import pin
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr


def _pin_edit(name: str) -> QLineEdit:
    edit = QLineEdit()
    edit.setEchoMode(QLineEdit.EchoMode.Password)
    edit.setValidator(QRegularExpressionValidator(r"\d{0,12}"))
    edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
    edit.setAccessibleName(name)
    return edit


# The organizer's dialog, styled on its own: the kiosk's large student style would otherwise
# cascade into it from the kiosk window.
_PIN_QSS = """
QDialog { background: #fbf7ef; }
QWidget { font-size: 17px; color: #1b1b1b; }
QLineEdit { font-size: 22px; padding: 6px 10px; border: 2px solid #767676; border-radius: 6px;
            background: #ffffff; min-height: 0; }
QLineEdit:focus { border-color: #5b1a7a; }
QPushButton { font-size: 17px; padding: 8px 22px; border-radius: 8px; min-height: 0;
              background: #ffffff; border: 2px solid #5b1a7a; color: #5b1a7a; }
QPushButton:default { background: #5b1a7a; color: #ffffff; }
QPushButton:focus { border: 3px solid #f2a900; padding: 7px 21px; }
"""
WIDTH = 480


def _locked(seconds: float) -> str:
    return tr("Too many wrong tries. Try again in %n second(s).", None, math.ceil(seconds))


class _PinDialog(QDialog):
    def __init__(self, title: str, intro: str, parent: QWidget | None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setModal(True)
        self.setStyleSheet(_PIN_QSS)
        self.setFixedWidth(WIDTH)
        self.intro = QLabel(intro)
        self.intro.setWordWrap(True)
        self.message = QLabel()
        self.message.setWordWrap(True)
        self.message.setStyleSheet("color: #a4161a; font-weight: 600;")
        self.message.setAccessibleName(tr("Message"))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self._ok)
        self.buttons.rejected.connect(self.reject)
        self.layout_ = QVBoxLayout(self)
        self.layout_.addWidget(self.intro)

    def _finish_layout(self) -> None:
        self.layout_.setSpacing(12)
        self.layout_.setContentsMargins(20, 18, 20, 16)
        self.layout_.addWidget(self.message)
        self.layout_.addWidget(self.buttons)
        self._fit()

    def say(self, text: str) -> None:
        """A message under the PIN; the dialog grows so the buttons stay in view."""
        self.message.setText(text)
        self._fit()

    def _fit(self) -> None:
        self.message.setVisible(bool(self.message.text()))
        self.layout_.activate()
        self.setFixedHeight(self.layout_.totalHeightForWidth(WIDTH))

    def _ok(self) -> None:  # pragma: no cover - overridden
        raise NotImplementedError


class SetPinDialog(_PinDialog):
    """First use: the organizer chooses a PIN (typed twice)."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, before_talk: bool = False
    ) -> None:
        intro = tr("Choose a PIN of 4 to 12 digits. It is needed to leave the kiosk, so "
                   "students cannot close it. Keep it to the presenters.")
        if before_talk:
            intro = tr("This visit's talk opens the survey kiosk at the survey slide. Set the "
                       "organizer PIN now, so it is not asked for in front of the class."
                       ) + "\n\n" + intro
        super().__init__(tr("Set the organizer PIN"), intro, parent)
        self.db = db
        self.first = _pin_edit(tr("New PIN"))
        self.second = _pin_edit(tr("New PIN again"))
        self.first.setPlaceholderText(tr("New PIN"))
        self.second.setPlaceholderText(tr("New PIN again"))
        self.layout_.addWidget(self.first)
        self.layout_.addWidget(self.second)
        self._finish_layout()

    def _ok(self) -> None:
        try:  # the first real problem: a short PIN typed twice differently is still short
            pin.check_new_pin(self.first.text())
        except InvalidInput:
            self.say(tr("The PIN must be 4 to 12 digits."))
            self.first.setFocus()
            return
        if self.first.text() != self.second.text():
            self.say(tr("The two PINs differ. Type the same PIN twice."))
            self.second.clear()
            self.second.setFocus()
            return
        pin.set_pin(self.db, self.first.text())
        self.accept()


class CheckPinDialog(_PinDialog):
    """Leaving the kiosk: the PIN, with the lockout shown after wrong tries."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, clock: pin.PinClock = time
    ) -> None:
        super().__init__(tr("Leave the kiosk"), tr("Organizer PIN:"), parent)
        self.db = db
        self.clock = clock
        self.entry = _pin_edit(tr("Organizer PIN"))
        self.layout_.addWidget(self.entry)
        self._finish_layout()

    def _ok(self) -> None:
        result = pin.check_pin(self.db, self.entry.text(), self.clock)
        self.entry.clear()
        if result.ok:
            self.accept()
            return
        if result.locked_for > 0:
            self.say(_locked(result.locked_for))
        else:
            self.say(tr("Wrong PIN. %n more attempt(s) before a pause.", None, result.tries_left))
        self.entry.setFocus()


class ChangePinDialog(_PinDialog):
    """Settings: the current PIN first (the kiosk's lockout applies), then the new one twice."""

    def __init__(
        self, db: Database, parent: QWidget | None = None, clock: pin.PinClock = time
    ) -> None:
        super().__init__(tr("Change the organizer PIN"),
                         tr("Type the current PIN, then the new PIN (4 to 12 digits) twice."),
                         parent)
        self.db = db
        self.clock = clock
        self.old = _pin_edit(tr("Current PIN"))
        self.first = _pin_edit(tr("New PIN"))
        self.second = _pin_edit(tr("New PIN again"))
        for edit in (self.old, self.first, self.second):
            hint = edit.accessibleName()
            edit.setPlaceholderText(hint)
            self.layout_.addWidget(edit)
        self._finish_layout()

    def _ok(self) -> None:
        try:  # the first real problem, as when setting a PIN
            pin.check_new_pin(self.first.text())
        except InvalidInput:
            self.say(tr("The new PIN must be 4 to 12 digits."))
            self.first.setFocus()
            return
        if self.first.text() != self.second.text():
            self.say(tr("The two new PINs differ. Type the same PIN twice."))
            self.second.clear()
            self.second.setFocus()
            return
        try:
            result = pin.change_pin(self.db, self.old.text(), self.first.text(), self.clock)
        except InvalidInput:
            self.say(tr("The new PIN must be 4 to 12 digits."))
            self.first.setFocus()
            return
        self.old.clear()
        if result.ok:
            self.accept()
        elif result.locked_for > 0:
            self.say(_locked(result.locked_for))
        else:
            self.say(tr("The current PIN is wrong. %n more attempt(s) before a pause.", None,
                        result.tries_left))
        self.old.setFocus()
