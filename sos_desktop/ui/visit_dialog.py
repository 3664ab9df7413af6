"""Create / edit a visit. Validation is core's; this only lays out and reports it inline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.problems import InvalidInput

LABELS = {
    "school": "&School *",
    "group_name": "&Class or club *",
    "visit_date": "&Date *",
    "educator_name": "&Educator",
    "educator_email": "Educator e&mail",
    "presenters": "&Presenters",
    "survey_key": "Sur&vey",
    "answer_mode": "&Answers",
    "planned_minutes": "&Length",
    "deck": "Dec&k",
    "notes": "&Notes",
}
ANSWER_MODE_TEXTS = {  # core's ANSWER_MODES, in words
    "kiosk": "At the kiosk (on the laptop)",
    "paper": "On paper answer sheets (the kiosk only signs up)",
    "both": "On paper or at the kiosk",
}
BUILTIN_DECK_TEXT = "Built-in SOS classroom talk"
DECK_FILTER = "Slide decks (*.pdf *.md *.markdown);;PDF (*.pdf);;Markdown (*.md *.markdown)"


def pick_deck_file(parent: QWidget | None) -> str | None:
    path, _ = QFileDialog.getOpenFileName(parent, "Choose a deck", str(Path.home()), DECK_FILTER)
    return path or None
_ERROR_STYLE = "border: 2px solid #b3261e;"


class VisitDialog(QDialog):
    def __init__(
        self,
        title: str,
        initial: dict,
        validate: Callable[[dict], object],
        survey_choices: list[tuple[str, str]],
        parent: QWidget | None = None,
        pick_deck: Callable[[QWidget], str | None] = pick_deck_file,
    ) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.setMinimumWidth(520)
        self._validate = validate
        self.result_data: dict | None = None

        self.school = QLineEdit(initial.get("school", ""))
        self.school.setPlaceholderText("e.g. Wilbur Cross High School")
        self.group_name = QLineEdit(initial.get("group_name", ""))
        self.group_name.setPlaceholderText("e.g. 3rd period Civics, Black Student Union")
        self.visit_date = QDateEdit(calendarPopup=True)
        self.visit_date.setDisplayFormat("yyyy-MM-dd")
        day = initial.get("visit_date") or date.today()
        self.visit_date.setDate(QDate(day.year, day.month, day.day))
        self.educator_name = QLineEdit(initial.get("educator_name", ""))
        self.educator_email = QLineEdit(initial.get("educator_email", ""))
        self.educator_email.setPlaceholderText("name@nhps.net")
        self.presenters = QLineEdit(initial.get("presenters", ""))
        self.presenters.setPlaceholderText("Names of the 1–2 presenters")
        self.survey_key = QComboBox()
        self.survey_key.addItem("No survey", "")
        for key, survey_title in survey_choices:
            self.survey_key.addItem(survey_title, key)
        current = initial.get("survey_key", "")
        if current and self.survey_key.findData(current) < 0:
            self.survey_key.addItem(f"{current} (not installed)", current)
        self.survey_key.setCurrentIndex(max(0, self.survey_key.findData(current)))
        self.answer_mode = QComboBox()
        for mode, mode_text in ANSWER_MODE_TEXTS.items():
            self.answer_mode.addItem(mode_text, mode)
        self.answer_mode.setCurrentIndex(
            max(0, self.answer_mode.findData(initial.get("answer_mode", "kiosk"))))
        self.planned_minutes = QSpinBox()
        self.planned_minutes.setRange(10, 180)
        self.planned_minutes.setSingleStep(5)
        self.planned_minutes.setSuffix(" minutes")
        self.planned_minutes.setValue(int(initial.get("planned_minutes") or 45))
        self._deck_path = initial.get("deck", "")
        self._pick_deck = pick_deck
        self.deck_label = QLineEdit()
        self.deck_label.setReadOnly(True)
        self.deck_choose = QPushButton("Choose…")
        self.deck_choose.setAccessibleName("Choose a PDF or Markdown deck")
        self.deck_choose.clicked.connect(self._choose_deck)
        self.deck_builtin = QPushButton("Use built-in")
        self.deck_builtin.setAccessibleName("Use the built-in deck")
        self.deck_builtin.clicked.connect(lambda: self._set_deck(""))
        self.deck = QWidget()
        deck_row = QHBoxLayout(self.deck)
        deck_row.setContentsMargins(0, 0, 0, 0)
        deck_row.addWidget(self.deck_label, 1)
        deck_row.addWidget(self.deck_choose)
        deck_row.addWidget(self.deck_builtin)
        self.deck.setFocusProxy(self.deck_choose)
        self._set_deck(self._deck_path)
        self.notes = QPlainTextEdit(initial.get("notes", ""))
        self.notes.setTabChangesFocus(True)
        self.notes.setFixedHeight(90)

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.fields: dict[str, QWidget] = {}
        for name, label_text in LABELS.items():
            widget = getattr(self, name)
            widget.setAccessibleName(label_text.replace("&", "").rstrip(" *"))
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, widget)
            self.fields[name] = widget

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setAccessibleName("Problems")
        self.errors.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        hint = QLabel("Fields marked * are required.")
        hint.setStyleSheet("color: #555;")
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.school.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        qdate = self.visit_date.date()
        return {
            "school": self.school.text(),
            "group_name": self.group_name.text(),
            "visit_date": date(qdate.year(), qdate.month(), qdate.day()),
            "educator_name": self.educator_name.text(),
            "educator_email": self.educator_email.text(),
            "presenters": self.presenters.text(),
            "survey_key": self.survey_key.currentData() or "",
            "answer_mode": self.answer_mode.currentData(),
            "planned_minutes": self.planned_minutes.value(),
            "deck": self._deck_path,
            "notes": self.notes.toPlainText(),
        }

    def _set_deck(self, path: str) -> None:
        self._deck_path = path
        self.deck_label.setText(path or BUILTIN_DECK_TEXT)
        self.deck_label.setToolTip(path or BUILTIN_DECK_TEXT)
        self.deck_builtin.setEnabled(bool(path))

    def _choose_deck(self) -> None:
        chosen = self._pick_deck(self)
        if chosen:
            self._set_deck(str(Path(chosen).resolve()))

    def _try_accept(self) -> None:
        for widget in self.fields.values():
            widget.setStyleSheet("")
        data = self.values()
        try:
            self._validate(data)
        except InvalidInput as exc:
            lines = []
            for problem in exc.problems:
                label = LABELS.get(problem.field, problem.field).replace("&", "").rstrip(" *")
                lines.append(f"• {label}: {problem.reason}")
                widget = self.fields.get(problem.field)
                if widget is not None:
                    widget.setStyleSheet(_ERROR_STYLE)
            self.errors.setText("\n".join(lines))
            self.errors.show()
            first = self.fields.get(exc.problems[0].field)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.result_data = data
        self.accept()
