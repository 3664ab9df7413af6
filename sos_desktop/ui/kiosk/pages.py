"""The simple kiosk screens: welcome, language, join question, thank-you."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QHBoxLayout, QVBoxLayout, QWidget

from sos_desktop import languages
from sos_desktop.i18n import kiosk
from sos_desktop.ui.kiosk.widgets import button, label

# Before a student chooses, the kiosk speaks both languages: English first, then Spanish.


def start_words(language: str) -> str:
    return kiosk.tr("Start", language=language)


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
        self.title.setText(" · ".join(self.title_words(lang) for lang in languages.codes()))
        self.body.setText("\n\n".join(self.body_words(lang) for lang in languages.codes()))
        start = " / ".join(start_words(lang) for lang in languages.codes())
        self.go.setText(start)
        self.go.setAccessibleName(start)

    @staticmethod
    def title_words(language: str) -> str:
        return kiosk.tr("Your voice, your school", language=language)

    def body_words(self, language: str) -> str:
        if self.signup_only:
            # A visit answering on paper: the kiosk only takes sign-ups, so no survey promise.
            return kiosk.tr(
                "Students Over SROs is a youth-led campaign about police and security guards "
                "in New Haven schools. Here you can sign up to join us. This is separate from "
                "the paper survey, which stays anonymous.", language=language)
        return kiosk.tr(
            "Students Over SROs wants to know how police and security guards in New Haven "
            "schools affect you. The survey is anonymous: no names, and nobody in this room "
            "will see your answers.", language=language)


class LanguageScreen(QWidget):
    chosen = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = _column(self)
        title = " · ".join(self.title_words(lang) for lang in languages.codes())
        layout.addWidget(label(title, "title"))
        row = QHBoxLayout()
        row.setSpacing(32)
        self.buttons = {}
        for code, name in languages.names().items():  # each language's name in itself
            choice = button(name, primary=True)
            choice.setObjectName("language")
            choice.setMinimumHeight(120)
            choice.clicked.connect(lambda _c=False, code=code: self.chosen.emit(code))
            self.buttons[code] = choice
            row.addWidget(choice)
        layout.addLayout(row)
        layout.addStretch(2)

    @staticmethod
    def title_words(language: str) -> str:
        return kiosk.tr("Choose your language", language=language)


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
        self.title.setText(kiosk.tr("Want to join SOS?", language=language))
        self.body.setText(kiosk.tr(
            "Students for Educational Justice is youth-led. Members meet Thursdays at 4 pm. "
            "Leave your contact details and an organizer will reach out. This is separate from "
            "your survey answers.", language=language))
        for widget, words in ((self.yes, kiosk.tr("Yes, sign me up", language=language)),
                              (self.no, kiosk.tr("No thanks", language=language))):
            widget.setText(words)
            widget.setAccessibleName(words)


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
        self.title.setText(kiosk.tr("Thank you!", language=language))
        self.body.setText(self.body_words(language))
        self.signup.setText(
            kiosk.tr("You're signed up. An organizer will be in touch.", language=language))
        self.signup.setVisible(signed_up)
        # For the next student, who has not chosen yet: both languages.
        caption = " / ".join(start_words(lang) for lang in languages.codes())
        self.next.setText("→ " + caption)
        self.next.setAccessibleName(caption)

    def body_words(self, language: str) -> str:
        if self.signup_only:  # no survey answers to call saved
            return kiosk.tr("Please pass the laptop to the next person.", language=language)
        return kiosk.tr("Your answers are saved. Please pass the laptop to the next person.",
                        language=language)
