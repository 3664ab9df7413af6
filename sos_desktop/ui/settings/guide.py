"""The first-run guide, shown in the main window instead of the empty visit list."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import (
    QDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop import languages
from sos_desktop.core import settings
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog
from sos_desktop.ui.language import apply_language, language_for
from sos_desktop.ui.settings.guide_controller import GuideController, Step

LATER = QT_TR_NOOP("Every step can be skipped and done later: Settings (Ctrl+,) has the "
                   "language, the PIN and the passphrase, and “New visit…” (Ctrl+N) makes a "
                   "visit.")  # shown through tr()
_CHOICE_STYLE = (  # the chosen one is not bold: its text would no longer fit
    "QPushButton { font-size: 15px; padding: 6px 14px; border: 2px solid #b9a9c9;"
    " border-radius: 6px; background: white; }"
    " QPushButton:checked { border-color: #5b1a7a; background: #efe4f5; }"
    " QPushButton:focus { border-color: #f2a900; }")


class FirstRunGuide(QFrame):
    def __init__(self, db: Database, ask_first_visit: Callable[[], bool],
                 on_close: Callable[[], None],
                 on_language: Callable[[], None] | None = None) -> None:
        """`on_language` puts the window in the language just stored in Settings (the main
        window rebuilds itself); without it only the guide speaks the new language."""
        super().__init__()
        self.db = db
        self._ask_first_visit = ask_first_visit
        self._on_close = on_close
        self._on_language = on_language
        self.controller = GuideController(db, self)
        self.setObjectName("guide")
        self.setStyleSheet(
            "QFrame#guide { background: #fbf7ef; border: 1px solid #d9cfbf; border-radius: 10px; }"
            "QLabel { background: transparent; }")
        self.welcome = QLabel()
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

        self.action = QPushButton()
        self.action.setDefault(True)
        self.action.setStyleSheet(
            # The same border width focused or not, so focus never squeezes the text.
            "QPushButton { background: #5b1a7a; color: white; font-size: 15px; font-weight: 600;"
            " padding: 6px 18px; border: 3px solid #5b1a7a; border-radius: 6px; }"
            " QPushButton:focus { border-color: #f2a900; }")
        # The language step's choices: the computer's, then below it each language in its own
        # words (one row would not hold them all in a language longer than English, or a third).
        self.languages = QWidget()
        rows = QVBoxLayout(self.languages)
        rows.setContentsMargins(0, 0, 0, 0)
        self.language_buttons: dict[str, QPushButton] = {}
        for codes in ((settings.FOLLOW_COMPUTER,), languages.codes()):
            choices = QHBoxLayout()
            for code in codes:
                button = QPushButton(languages.names().get(code, ""))
                button.setCheckable(True)
                button.setStyleSheet(_CHOICE_STYLE)
                button.clicked.connect(
                    lambda _c=False, c=code: self.controller.choose_language(c))
                choices.addWidget(button)
                self.language_buttons[code] = button
            choices.addStretch(1)
            rows.addLayout(choices)
        self.later = QLabel()
        self.later.setWordWrap(True)
        self.later.setStyleSheet("color: #555;")
        self.back_button = QPushButton()
        self.skip_button = QPushButton()
        self.close_button = QPushButton()
        self.retranslate()

        self.action.clicked.connect(lambda: self.controller.act())
        self.back_button.clicked.connect(lambda: self.controller.back())
        self.skip_button.clicked.connect(lambda: self.controller.next())
        self.close_button.clicked.connect(lambda: self.controller.finish())

        inner = QVBoxLayout()
        inner.setSpacing(12)
        for widget in (self.welcome, self.counter, self.title, self.body, self.languages):
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
        # Centred by stretches inside the full-height box, not by aligning the box: an aligned
        # box gets its size hint's height, too low for a wrapped text of a longer language.
        inner.insertStretch(0, 1)
        inner.addStretch(1)
        box = QFrame()
        box.setMaximumWidth(720)
        box.setLayout(inner)
        outer = QHBoxLayout(self)
        outer.addStretch(1)
        outer.addWidget(box, 4)
        outer.addStretch(1)

    def retranslate(self) -> None:
        """The texts that stay from step to step, in the language of the moment."""
        from sos_desktop.ui.settings.dialog import follow_computer_text

        self.welcome.setText(tr("Welcome to SOS Desktop"))
        self.state.setAccessibleName(tr("Step done"))
        self.language_buttons[settings.FOLLOW_COMPUTER].setText(follow_computer_text())
        self.later.setText(tr(LATER))
        self.back_button.setText(tr("Back"))
        self.close_button.setText(tr("Skip the guide"))

    def start(self, index: int = 0) -> None:
        self.controller.start(index)

    # --- view methods used by GuideController --------------------------------------------
    def show_step(self, number: int, count: int, step: Step, done: bool) -> None:
        self.counter.setText(tr("Step {number} of {count}").format(number=number, count=count))
        self.title.setText(tr(step.title))
        self.body.setText(tr(step.body))
        # The box's layout gives a wrapped label the lines it had at the previous text: asked
        # here, so a longer step (or language) is not cut off at the bottom.
        self.body.ensurePolished()
        self.body.setMinimumHeight(self.body.heightForWidth(self.body.width() or 700))
        choosing = step.key == "language"
        self.languages.setVisible(choosing)
        stored = settings.load(self.db).language if choosing else None
        for code, button in self.language_buttons.items():
            button.setChecked(code == stored)
        self.action.setText(tr(step.action) if step.action else "")
        self.action.setVisible(not done)
        self.state.setText(tr(step.done) if done else "")
        self.back_button.setEnabled(number > 1)
        last = number == count
        self.skip_button.setText((tr("Finish") if last else tr("Next")) if done
                                 else (tr("Skip and finish") if last else tr("Skip this step")))
        (self.action if not done else self.skip_button).setFocus()

    def switch_language(self, _code: str) -> None:
        """The language just stored: the window's, else this guide's (kept in step)."""
        if self._on_language is not None:
            self._on_language()
        else:
            apply_language(language_for(self.db))
        self.retranslate()

    def ask_new_pin(self) -> bool:
        return SetPinDialog(self.db, self.window()).exec() == QDialog.DialogCode.Accepted

    def ask_passphrase(self) -> bool:
        from sos_desktop.ui.security.passphrase_dialog import ensure_keys

        return ensure_keys(self.db, self.window())

    def ask_first_visit(self) -> bool:
        return self._ask_first_visit()

    def close_guide(self) -> None:
        self._on_close()
