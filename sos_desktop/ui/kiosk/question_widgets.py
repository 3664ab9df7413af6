"""One widget per question type, large and touch-friendly; each emits `changed(value)`.

Values follow the answer format in core: single choice and yes/no → the choice key,
multiple choice → list of keys, scale and number → int, text → str.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QIntValidator
from PySide6.QtWidgets import (
    QButtonGroup,
    QGridLayout,
    QHBoxLayout,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.surveys.model import (
    LONG_TEXT_MAX,
    SCALE_MAX,
    SCALE_MIN,
    SHORT_TEXT_MAX,
    Question,
    QuestionType,
)
from sos_desktop.i18n import kiosk
from sos_desktop.ui.kiosk.widgets import KeyboardRing, WrapCheck, label


class QuestionWidget(QWidget):
    changed = Signal(object)

    def __init__(self, question: Question, language: str) -> None:
        super().__init__()
        self.question = question
        self.setAccessibleName(question.label.get(language))
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 20)
        layout.setSpacing(10)
        self.title = label(question.label.get(language), "question")
        layout.addWidget(self.title)
        # Required questions say so, in the student's language, right under the question.
        self.required_tag = label(kiosk.tr("* Required", language=language), "required")
        self.required_tag.setVisible(question.required and question.answerable)
        layout.addWidget(self.required_tag)
        self.title.setAccessibleName(question.label.get(language) + (
            f" ({self.required_tag.text()})" if self.required_tag.isVisibleTo(self) else ""))
        if question.hint is not None:
            layout.addWidget(label(question.hint.get(language), "hint"))
        self.body = QVBoxLayout()
        self.body.setSpacing(4)
        layout.addLayout(self.body)
        self.problem = label("", "error")
        self.problem.hide()
        layout.addWidget(self.problem)
        # The flow forgets a question's problem once it is answered; so does the screen.
        self.changed.connect(lambda _value: self.set_problem(""))

    def set_problem(self, message: str) -> None:
        self.problem.setText(message)
        self.problem.setVisible(bool(message))

    def value(self) -> object:  # pragma: no cover - overridden
        return None

    def set_value(self, value: object) -> None:  # pragma: no cover - overridden
        pass

    def focus_target(self) -> QWidget:
        return self


class NoteWidget(QuestionWidget):
    pass


class ChoiceWidget(QuestionWidget):
    """Single choice and yes/no as radios; multiple choice as check boxes."""

    def __init__(self, question: Question, language: str) -> None:
        super().__init__(question, language)
        self.multiple = question.type is QuestionType.MULTIPLE_CHOICE
        self.group = QButtonGroup(self)
        self.group.setExclusive(not self.multiple)
        self.checks: dict[str, WrapCheck] = {}
        for choice in question.options:
            check = WrapCheck(choice.label.get(language), radio=not self.multiple)
            self.group.addButton(check.box)
            check.toggled.connect(lambda _on: self.changed.emit(self.value()))
            self.checks[choice.key] = check
            self.body.addWidget(check)

    def value(self) -> object:
        picked = [key for key, check in self.checks.items() if check.isChecked()]
        if self.multiple:
            return picked
        return picked[0] if picked else None

    def set_value(self, value: object) -> None:
        chosen = set(value) if isinstance(value, list) else {value}
        for key, check in self.checks.items():
            check.box.blockSignals(True)
            check.setChecked(key in chosen)
            check.box.blockSignals(False)

    def focus_target(self) -> QWidget:
        return next(iter(self.checks.values())).box if self.checks else self


class ScaleButton(KeyboardRing, QPushButton):
    """A number of a rating scale; focus ring only once the keyboard is in use (KeyboardRing)."""

    def __init__(self, number: int) -> None:
        super().__init__(str(number))
        self.setObjectName("scale")
        self.setCheckable(True)
        self.setMinimumSize(88, 72)
        self.setAccessibleName(str(number))
        self._ring(False)


class ScaleWidget(QuestionWidget):
    def __init__(self, question: Question, language: str) -> None:
        super().__init__(question, language)
        grid = QGridLayout()
        self.group = QButtonGroup(self)
        self.buttons: dict[int, QPushButton] = {}
        for column, number in enumerate(range(SCALE_MIN, SCALE_MAX + 1)):
            choice = ScaleButton(number)
            self.group.addButton(choice, number)
            self.buttons[number] = choice
            grid.addWidget(choice, 0, column)
        self.group.idToggled.connect(
            lambda _id, on: self.changed.emit(self.value()) if on else None)
        if question.scale_low is not None:
            low = label(question.scale_low.get(language), "hint")
            grid.addWidget(low, 1, 0, 1, 2)
            self.buttons[SCALE_MIN].setAccessibleName(f"1 – {low.text()}")
        if question.scale_high is not None:
            high = label(question.scale_high.get(language), "hint")
            high.setAlignment(Qt.AlignmentFlag.AlignRight)
            grid.addWidget(high, 1, SCALE_MAX - SCALE_MIN - 1, 1, 2)
            self.buttons[SCALE_MAX].setAccessibleName(f"{SCALE_MAX} – {high.text()}")
        row = QHBoxLayout()
        row.addLayout(grid)
        row.addStretch(1)
        self.body.addLayout(row)

    def value(self) -> object:
        picked = self.group.checkedId()
        return picked if picked >= SCALE_MIN else None

    def set_value(self, value: object) -> None:
        if isinstance(value, int) and value in self.buttons:
            self.buttons[value].setChecked(True)

    def focus_target(self) -> QWidget:
        return self.buttons[SCALE_MIN]


class TextWidget(QuestionWidget):
    def __init__(self, question: Question, language: str) -> None:
        super().__init__(question, language)
        self.long = question.type is QuestionType.LONG_TEXT
        limit = LONG_TEXT_MAX if self.long else SHORT_TEXT_MAX
        if question.constraint is not None and question.constraint.max_length:
            limit = min(limit, question.constraint.max_length)
        if self.long:
            self.edit: QLineEdit | QPlainTextEdit = QPlainTextEdit()
            self.edit.setTabChangesFocus(True)
            self.edit.setMinimumHeight(140)
            self.edit.textChanged.connect(lambda: self.changed.emit(self.value()))
        else:
            self.edit = QLineEdit()
            self.edit.setMaxLength(limit)
            self.edit.textChanged.connect(lambda _t: self.changed.emit(self.value()))
        self._limit = limit
        self.edit.setAccessibleName(question.label.get(language))
        self.body.addWidget(self.edit)

    def value(self) -> object:
        raw = self.edit.toPlainText() if isinstance(self.edit, QPlainTextEdit) else self.edit.text()
        return raw[: self._limit].strip() or None

    def set_value(self, value: object) -> None:
        if isinstance(value, str):
            edit = self.edit
            (edit.setPlainText if isinstance(edit, QPlainTextEdit) else edit.setText)(value)

    def focus_target(self) -> QWidget:
        return self.edit


class NumberWidget(QuestionWidget):
    def __init__(self, question: Question, language: str) -> None:
        super().__init__(question, language)
        self.edit = QLineEdit()
        self.edit.setValidator(QIntValidator(-999999, 999999, self.edit))
        self.edit.setInputMethodHints(Qt.InputMethodHint.ImhDigitsOnly)
        self.edit.setMaximumWidth(220)
        self.edit.setAccessibleName(question.label.get(language))
        self.edit.textChanged.connect(lambda _t: self.changed.emit(self.value()))
        self.body.addWidget(self.edit)

    def value(self) -> object:
        try:
            return int(self.edit.text())
        except ValueError:
            return None

    def set_value(self, value: object) -> None:
        if isinstance(value, int):
            self.edit.setText(str(value))

    def focus_target(self) -> QWidget:
        return self.edit


def make_question_widget(question: Question, language: str) -> QuestionWidget:
    kind = question.type
    if kind in (QuestionType.SINGLE_CHOICE, QuestionType.MULTIPLE_CHOICE, QuestionType.YES_NO):
        return ChoiceWidget(question, language)
    if kind is QuestionType.SCALE:
        return ScaleWidget(question, language)
    if kind in (QuestionType.SHORT_TEXT, QuestionType.LONG_TEXT):
        return TextWidget(question, language)
    if kind is QuestionType.NUMBER:
        return NumberWidget(question, language)
    return NoteWidget(question, language)
