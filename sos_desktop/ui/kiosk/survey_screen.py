"""One survey page: its visible questions, progress, Back / Next, problems inline."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import (
    QFrame,
    QHBoxLayout,
    QPlainTextEdit,
    QProgressBar,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.messages import Message
from sos_desktop.core.surveys.answers import AnswerReason
from sos_desktop.core.surveys.model import Question
from sos_desktop.i18n import kiosk
from sos_desktop.ui.kiosk.more_below import MoreBelow
from sos_desktop.ui.kiosk.question_widgets import QuestionWidget, make_question_widget
from sos_desktop.ui.kiosk.widgets import button, label
from sos_desktop.words.answers import answer_text
from sos_desktop.words.errors import in_our_words


def saving_failed(language: str, reason: str | Message) -> str:
    """The student's answers were not stored: they tell the presenter, who reads the cause
    in the organizer's language (core's own English where words/errors.py does not know it)."""
    return kiosk.tr("Your answers could not be saved. Please tell the presenter. "
                    "(For the presenter: {reason})", language=language).format(
        reason=in_our_words(reason))


class SurveyScreen(QWidget):
    answer_changed = Signal(str, object)
    next_requested = Signal()
    back_requested = Signal()
    # A name that hides QWidget.scroll(dx, dy), which nothing here calls.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.language = "en"
        self.widgets: dict[str, QuestionWidget] = {}
        self.progress = QProgressBar()
        self.progress.setTextVisible(False)
        self.progress.setFixedHeight(10)
        self.position = label("", "position")
        self.position.setWordWrap(False)
        self.error = label("", "error")
        self.error.hide()
        self.inner = QWidget()
        self.questions = QVBoxLayout(self.inner)
        self.questions.setContentsMargins(64, 16, 48, 16)
        self.questions.setSpacing(12)
        self.scroll = QScrollArea()
        self.scroll.setWidget(self.inner)
        self.scroll.setWidgetResizable(True)
        self.scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # Tab goes from answer to answer
        self.more = MoreBelow(self.scroll)
        self.back = button("")
        self.next = button("", primary=True)
        self.back.clicked.connect(self.back_requested)
        self.next.clicked.connect(self.go_next)

        top = QHBoxLayout()
        top.setContentsMargins(64, 12, 64, 8)
        top.setSpacing(16)
        top.addWidget(self.position)
        top.addWidget(self.progress, 1)
        # A hairline above Back / Next: the questions visibly scroll under it.
        bar = QFrame()
        bar.setObjectName("bottomBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(64, 14, 64, 20)
        buttons.setSpacing(24)
        buttons.addWidget(self.back)
        buttons.addStretch(1)
        buttons.addWidget(self.error, 3)
        buttons.addWidget(self.next)
        self.error.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(0)
        layout.addLayout(top)
        layout.addWidget(self.scroll, 1)
        layout.addWidget(bar)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        # Enter anywhere on the page (but inside a long answer) means "Next".
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and not isinstance(
            self.focusWidget(), QPlainTextEdit
        ):
            self.go_next()
            return
        super().keyPressEvent(event)

    def go_next(self) -> None:
        """Next shows what is still below on this page first, then moves on."""
        if self.more.has_more():
            self.more.page_down()
        else:
            self.next_requested.emit()

    def clear(self) -> None:
        """Destroy every question widget, so no earlier answer survives in any widget."""
        for widget in self.widgets.values():
            widget.setParent(None)
            widget.deleteLater()
        self.widgets = {}
        while self.questions.count():
            item = self.questions.takeAt(0)
            if item is not None and (child := item.widget()) is not None:
                child.deleteLater()
        self.error.hide()

    def show_page(
        self,
        page: list[Question],
        answers: dict,
        language: str,
        index: int,
        count: int,
        problems: dict[str, AnswerReason],
        error: str | Message = "",
    ) -> None:
        keys = [q.key for q in page]
        if list(self.widgets) != keys or language != self.language:
            self._build(page, answers, language)
        for key, widget in self.widgets.items():
            found = problems.get(key)
            widget.set_problem(answer_text(found, language) if found else "")
        self.language = language
        self.progress.setRange(0, max(count, 1))
        self.progress.setValue(index + 1)
        self.position.setText(f"{index + 1} / {count}")
        last = index + 1 >= count
        self.progress.setAccessibleName(kiosk.tr("Progress", language=language))
        self.next.setText(kiosk.tr("Send my answers", language=language) if last
                          else kiosk.tr("Next", language=language))
        self.next.setAccessibleName(self.next.text())
        self.back.setText(kiosk.tr("Back", language=language))
        self.back.setAccessibleName(self.back.text())
        self.more.set_text(kiosk.tr("↓  More below: scroll down or press Next", language=language))
        self.error.setText(saving_failed(language, error) if error else "")
        self.error.setVisible(bool(error))
        flagged = next((self.widgets[k] for k in keys if k in problems), None)
        target = flagged or (self.widgets[keys[0]] if keys else None)
        if target is not None:
            target.focus_target().setFocus()
            self.scroll.ensureWidgetVisible(target)

    def refresh_visibility(self, page: list[Question], answers: dict) -> None:
        """A relevance change on this page: rebuild with the answers so far, keep focus."""
        if [q.key for q in page] == list(self.widgets):
            return
        focused = next((k for k, w in self.widgets.items() if w.isAncestorOf(self.focusWidget())),
                       None)
        self._build(page, answers, self.language)
        if focused in self.widgets:
            self.widgets[focused].focus_target().setFocus()

    def _build(self, page: list[Question], answers: dict, language: str) -> None:
        self.clear()
        self.language = language
        for question in page:
            widget = make_question_widget(question, language)
            if question.key in answers:
                widget.set_value(answers[question.key])
            widget.changed.connect(
                lambda value, key=question.key: self.answer_changed.emit(key, value)
            )
            self.widgets[question.key] = widget
            self.questions.addWidget(widget)
        self.questions.addStretch(1)
        self.scroll.verticalScrollBar().setValue(0)
