"""The simple kiosk screens: welcome, language, join question, thank-you."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from sos_desktop.core.kiosk.texts import LANGUAGES, text
from sos_desktop.ui.kiosk.widgets import button, label


def _column(widget: QWidget) -> QVBoxLayout:
    layout = QVBoxLayout(widget)
    layout.setContentsMargins(80, 60, 80, 60)
    layout.setSpacing(24)
    layout.addStretch(1)
    return layout


class WelcomeScreen(QWidget):
    start = Signal()

    def __init__(self, survey_title: str = "", parent: QWidget | None = None,
                 signup_only: bool = False) -> None:
        super().__init__(parent)
        self.signup_only = signup_only  # the class answers on paper: no survey to promise
        layout = _column(self)
        self.title = label("", "title")
        self.survey = label(survey_title, "hint")
        self.body = label("", "body")
        self.go = button("", primary=True)
        self.go.clicked.connect(self.start)
        for widget in (self.title, self.survey, self.body):
            layout.addWidget(widget)
        layout.addWidget(self.go, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)
        self.survey.setVisible(bool(survey_title))
        self._fill_texts()

    def _fill_texts(self) -> None:
        # Bilingual on purpose: nobody has chosen a language yet.
        self.title.setText(f"{text('en', 'welcome_title')} · {text('es', 'welcome_title')}")
        body = "welcome_signup_body" if self.signup_only else "welcome_body"
        self.body.setText(f"{text('en', body)}\n\n{text('es', body)}")
        start = f"{text('en', 'start')} / {text('es', 'start')}"
        self.go.setText(start)
        self.go.setAccessibleName(start)


class LanguageScreen(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _column(self)
        layout.addWidget(
            label(f"{text('en', 'language_title')} · {text('es', 'language_title')}", "title")
        )
        row = QHBoxLayout()
        row.setSpacing(32)
        self.buttons = {}
        for code, name in LANGUAGES:
            choice = button(name, primary=True)
            choice.setObjectName("language")
            choice.setMinimumHeight(120)
            choice.clicked.connect(lambda _c=False, code=code: self.chosen.emit(code))
            self.buttons[code] = choice
            row.addWidget(choice)
        layout.addLayout(row)
        layout.addStretch(2)


class JoinScreen(QWidget):
    answered = Signal(bool)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _column(self)
        self.title = label("", "title")
        self.body = label("", "body")
        self.error = label("", "error")
        self.error.hide()
        self.yes = button("", primary=True)
        self.no = button("")
        self.yes.clicked.connect(lambda: self.answered.emit(True))
        self.no.clicked.connect(lambda: self.answered.emit(False))
        layout.addWidget(self.title)
        layout.addWidget(self.body)
        row = QHBoxLayout()
        row.setSpacing(24)
        row.addWidget(self.yes)
        row.addWidget(self.no)
        row.addStretch(1)
        layout.addLayout(row)
        layout.addWidget(self.error)
        layout.addStretch(2)

    def set_language(self, language: str) -> None:
        self.title.setText(text(language, "join_title"))
        self.body.setText(text(language, "join_body"))
        for widget, key in ((self.yes, "join_yes"), (self.no, "join_no")):
            widget.setText(text(language, key))
            widget.setAccessibleName(text(language, key))


class ThanksScreen(QWidget):
    done = Signal()

    def __init__(self, parent: QWidget | None = None, signup_only: bool = False) -> None:
        super().__init__(parent)
        self.signup_only = signup_only  # no survey answers to call saved
        layout = _column(self)
        self.title = label("", "title")
        self.body = label("", "body")
        self.signup = label("", "body")
        self.next = button("", primary=True)
        self.next.clicked.connect(self.done)
        # Sign-up only: "you're signed up" first, then "pass the laptop on".
        order = (self.signup, self.body) if signup_only else (self.body, self.signup)
        for widget in (self.title, *order):
            layout.addWidget(widget)
        layout.addWidget(self.next, 0, Qt.AlignmentFlag.AlignLeft)
        layout.addStretch(2)

    def show_for(self, language: str, signed_up: bool) -> None:
        self.title.setText(text(language, "thanks_title"))
        self.body.setText(text(language, "thanks_signup_only_body" if self.signup_only
                               else "thanks_body"))
        self.signup.setText(text(language, "thanks_signup"))
        self.signup.setVisible(signed_up)
        caption = f"{text('en', 'start')} / {text('es', 'start')}"
        self.next.setText("→ " + caption)
        self.next.setAccessibleName(caption)
