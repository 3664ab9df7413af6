"""The first-run guide, shown in the main window instead of the empty visit list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QFrame, QHBoxLayout, QLabel, QPushButton, QVBoxLayout

from sos_desktop.core.db import Database
from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog
from sos_desktop.ui.settings.guide_controller import GuideController, Step

LATER = "Every step can be skipped and done later: Settings (Ctrl+,) has the PIN and the " \
        "passphrase, and “New visit…” (Ctrl+N) makes a visit."


class FirstRunGuide(QFrame):
    def __init__(self, db: Database, ask_first_visit: Callable[[], bool],
                 on_close: Callable[[], None]) -> None:
        super().__init__()
        self.db = db
        self._ask_first_visit = ask_first_visit
        self._on_close = on_close
        self.setObjectName("guide")
        self.setStyleSheet(
            "QFrame#guide { background: #fbf7ef; border: 1px solid #d9cfbf; border-radius: 10px; }"
            "QLabel { background: transparent; }")
        self.welcome = QLabel("Welcome to SOS Desktop")
        self.welcome.setStyleSheet("font-size: 22px; font-weight: 600; color: #5b1a7a;")
        self.counter = QLabel()
        self.counter.setStyleSheet("color: #555; font-size: 14px;")
        self.title = QLabel()
        self.title.setStyleSheet("font-size: 19px; font-weight: 600;")
        self.body = QLabel()
        self.body.setWordWrap(True)
        self.body.setStyleSheet("font-size: 15px;")
        self.state = QLabel()
        self.state.setStyleSheet("color: #1e6b2e; font-weight: 600; font-size: 15px;")
        self.state.setAccessibleName("Step done")
        self.action = QPushButton()
        self.action.setDefault(True)
        self.action.setStyleSheet(
            # The same border width focused or not, so focus never squeezes the text.
            "QPushButton { background: #5b1a7a; color: white; font-size: 15px; font-weight: 600;"
            " padding: 6px 18px; border: 3px solid #5b1a7a; border-radius: 6px; }"
            " QPushButton:focus { border-color: #f2a900; }")
        self.later = QLabel(LATER)
        self.later.setWordWrap(True)
        self.later.setStyleSheet("color: #555;")
        self.back_button = QPushButton("Back")
        self.skip_button = QPushButton()
        self.close_button = QPushButton("Skip the guide")

        self.controller = GuideController(db, self)
        self.action.clicked.connect(lambda: self.controller.act())
        self.back_button.clicked.connect(lambda: self.controller.back())
        self.skip_button.clicked.connect(lambda: self.controller.next())
        self.close_button.clicked.connect(lambda: self.controller.finish())

        inner = QVBoxLayout()
        inner.setSpacing(12)
        for widget in (self.welcome, self.counter, self.title, self.body):
            inner.addWidget(widget)
        action_row = QHBoxLayout()
        action_row.addWidget(self.action)
        action_row.addWidget(self.state, 1)
        inner.addLayout(action_row)
        inner.addSpacing(12)
        inner.addWidget(self.later)
        nav = QHBoxLayout()
        nav.addWidget(self.close_button)
        nav.addStretch(1)
        nav.addWidget(self.back_button)
        nav.addWidget(self.skip_button)
        inner.addLayout(nav)
        box = QFrame()
        box.setMaximumWidth(720)
        box.setLayout(inner)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)
        outer.setAlignment(box, Qt.AlignmentFlag.AlignVCenter)

    def start(self) -> None:
        self.controller.start()

    # --- view methods used by GuideController --------------------------------------------
    def show_step(self, number: int, count: int, step: Step, done: bool) -> None:
        self.counter.setText(f"Step {number} of {count}")
        self.title.setText(step.title)
        self.body.setText(step.body)
        self.action.setText(step.action)
        self.action.setVisible(not done)
        self.state.setText(step.done if done else "")
        self.back_button.setEnabled(number > 1)
        last = number == count
        self.skip_button.setText(("Finish" if last else "Next") if done
                                 else ("Skip and finish" if last else "Skip this step"))
        (self.action if not done else self.skip_button).setFocus()

    def ask_new_pin(self) -> bool:
        return SetPinDialog(self.db, self.window()).exec() == QDialog.DialogCode.Accepted

    def ask_passphrase(self) -> bool:
        from sos_desktop.ui.passphrase_dialog import ensure_keys

        return ensure_keys(self.db, self.window())

    def ask_first_visit(self) -> bool:
        return self._ask_first_visit()

    def close_guide(self) -> None:
        self._on_close()
