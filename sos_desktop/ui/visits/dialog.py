"""Create / edit a visit. Validation is core's; this only lays out and reports it inline."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCalendarWidget,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QSpinBox,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.storage.db import Database
from sos_desktop.core.visits.store import default_survey_for
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.visits.problems import problem_lines
from sos_desktop.ui.wheel_guard import install_wheel_guard

LABELS = {  # shown through tr()
    "school": QT_TR_NOOP("&School *"),
    "group_name": QT_TR_NOOP("&Class or club *"),
    "visit_date": QT_TR_NOOP("&Date *"),
    "educator_name": QT_TR_NOOP("&Educator"),
    "educator_email": QT_TR_NOOP("Educator e&mail"),
    "presenters": QT_TR_NOOP("&Presenters"),
    "survey_key": QT_TR_NOOP("Sur&vey"),
    "answer_mode": QT_TR_NOOP("&Answers"),
    "virtual": QT_TR_NOOP("&Over video"),
    "online_form_url": QT_TR_NOOP("Online &form"),
    "planned_minutes": QT_TR_NOOP("&Length"),
    "deck": QT_TR_NOOP("Dec&k"),
    "notes": QT_TR_NOOP("&Notes"),
}
ANSWER_MODE_TEXTS = {  # core's ANSWER_MODES, in words (through tr())
    "kiosk": QT_TR_NOOP("At the kiosk (on the laptop)"),
    "paper": QT_TR_NOOP("On paper answer sheets (the kiosk only signs up)"),
    "both": QT_TR_NOOP("On paper or at the kiosk"),
}
BUILTIN_DECK_TEXT = QT_TR_NOOP("Built-in SOS classroom talk")  # shown through tr()


def deck_filter() -> str:
    return ";;".join((
        tr("Slide decks ({patterns})").format(patterns="*.pdf *.md *.markdown"),
        "PDF (*.pdf)", "Markdown (*.md *.markdown)"))


def pick_deck_file(parent: QWidget | None, db: Database | None = None) -> str | None:
    """A deck file; with `db`, the dialog opens in the last folder used (and remembers)."""
    if db is not None:
        from sos_desktop.ui.file_dialogs import open_path

        chosen = open_path(parent, db, tr("Choose a deck"), deck_filter())
        return str(chosen) if chosen else None
    path, _ = QFileDialog.getOpenFileName(parent, tr("Choose a deck"), str(Path.home()),
                                          deck_filter())
    return path or None

_ERROR_STYLE = "border: 2px solid #b3261e;"
DATE_FORMAT = "yyyy-MM-dd"


def _mark(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(_ERROR_STYLE if invalid else "")


class _Calendar(QPushButton):
    """Picks a day into a typed date field: typing stays possible, and is checked as typed."""

    def __init__(self, field: QLineEdit) -> None:
        super().__init__(tr("Calendar…"))
        self.setAccessibleName(tr("Pick the date on a calendar"))
        self._field = field
        self._calendar = QCalendarWidget()
        self._calendar.clicked.connect(self._picked)
        self._calendar.activated.connect(self._picked)
        menu = QMenu(self)
        action = QWidgetAction(menu)
        action.setDefaultWidget(self._calendar)
        menu.addAction(action)
        menu.aboutToShow.connect(self._show_typed)
        self.setMenu(menu)

    def _show_typed(self) -> None:
        typed = QDate.fromString(self._field.text().strip(), DATE_FORMAT)
        if typed.isValid():
            self._calendar.setSelectedDate(typed)

    def _picked(self, day: QDate) -> None:
        self._field.setText(day.toString(DATE_FORMAT))
        self._field.textEdited.emit(self._field.text())
        self.menu().hide()


class VisitDialog(QDialog):
    def __init__(
        self,
        title: str,
        initial: dict,
        validate: Callable[[dict], object],
        survey_choices: list[tuple[str, str]],
        parent: QWidget | None = None,
        pick_deck: Callable[[QWidget], str | None] = pick_deck_file,
        check_deck: Callable[[str], str | None] | None = None,
    ) -> None:
        super().__init__(parent)
        install_wheel_guard()  # no wheel changes the survey, date or length
        self.setWindowTitle(title)
        self.setMinimumWidth(600)  # Spanish placeholders fit
        self._validate = validate
        if check_deck is None:
            from sos_desktop.ui.presentation.deck_check import deck_problem_shown

            check_deck = deck_problem_shown
        self._check_deck = check_deck
        self.result_data: dict | None = None
        self._marked: set[str] = set()  # fields shown in red since the last Save

        self.school = QLineEdit(initial.get("school", ""))
        self.school.setPlaceholderText(tr("e.g. Wilbur Cross High School"))
        self.group_name = QLineEdit(initial.get("group_name", ""))
        self.group_name.setPlaceholderText(tr("e.g. 3rd period Civics, Black Student Union"))
        # Typed text, checked by core like any field: a date edit would silently turn
        # 2026-13-45 into another day.
        day = initial.get("visit_date") or date.today()
        self.visit_date = QLineEdit(day.isoformat() if isinstance(day, date) else str(day))
        self.visit_date.setPlaceholderText(tr("YYYY-MM-DD"))
        self.visit_date.setMaxLength(10)
        self.date_row = QWidget()
        date_row = QHBoxLayout(self.date_row)
        date_row.setContentsMargins(0, 0, 0, 0)
        date_row.addWidget(self.visit_date, 1)
        date_row.addWidget(_Calendar(self.visit_date))
        # As tall as its field: a container would otherwise take the height the problem
        # list leaves when it goes, and keep the row tall after the date is fixed.
        self.date_row.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.educator_name = QLineEdit(initial.get("educator_name", ""))
        self.educator_email = QLineEdit(initial.get("educator_email", ""))
        self.educator_email.setPlaceholderText(tr("name@nhps.net"))
        self.presenters = QLineEdit(initial.get("presenters", ""))
        self.presenters.setPlaceholderText(tr("Names of the 1–2 presenters"))
        self.survey_key = QComboBox()
        self.survey_key.addItem(tr("No survey"), "")
        for key, survey_title in survey_choices:
            self.survey_key.addItem(survey_title, key)
        # Settings' default survey for a new visit; the school's own survey may replace it.
        self._default_survey = initial.get("default_survey", "")
        current = initial.get("survey_key", self._default_survey)
        if current and self.survey_key.findData(current) < 0:
            self.survey_key.addItem(tr("{survey} (not installed)").format(survey=current), current)
        self.survey_key.setCurrentIndex(max(0, self.survey_key.findData(current)))
        # A new visit gets the survey that fits its school (an edited one keeps its own),
        # until the organizer picks one: "No survey" would silently turn the kiosk off.
        self._pick_survey = "survey_key" not in initial
        self.survey_key.activated.connect(self._survey_chosen)
        self.answer_mode = QComboBox()
        for mode, mode_text in ANSWER_MODE_TEXTS.items():
            self.answer_mode.addItem(tr(mode_text), mode)
        self.answer_mode.setCurrentIndex(
            max(0, self.answer_mode.findData(initial.get("answer_mode", "kiosk"))))
        # A virtual visit: the survey slide shows the online form's QR code, not the kiosk.
        self.virtual = QCheckBox(tr("Students answer the online form by QR code (no kiosk)"))
        self.virtual.setChecked(bool(initial.get("virtual")))
        self.online_form_url = QLineEdit(initial.get("online_form_url", ""))
        self.online_form_url.setPlaceholderText(tr("empty: the form in Settings; or "
                                                   "https://ee.kobotoolbox.org/x/…"))
        self.planned_minutes = QSpinBox()
        self.planned_minutes.setRange(10, 180)
        self.planned_minutes.setSingleStep(5)
        self.planned_minutes.setSuffix(tr(" minutes"))
        self.planned_minutes.setValue(int(initial.get("planned_minutes") or 45))
        self._deck_path = initial.get("deck", "")
        self._pick_deck = pick_deck
        self.deck_label = QLineEdit()
        self.deck_label.setReadOnly(True)
        # The built-in deck's name is read whole, in Spanish too ("…para el salón de cla").
        self.deck_label.setMinimumWidth(
            self.deck_label.fontMetrics().horizontalAdvance(tr(BUILTIN_DECK_TEXT)) + 24)
        self.deck_choose = QPushButton(tr("Choose…"))
        self.deck_choose.setAccessibleName(tr("Choose a PDF or Markdown deck"))
        self.deck_choose.clicked.connect(self._choose_deck)
        self.deck_builtin = QPushButton(tr("Use built-in"))
        self.deck_builtin.setAccessibleName(tr("Use the built-in deck"))
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
        rows = {"visit_date": self.date_row}
        for name, label_source in LABELS.items():
            label_text = tr(label_source)
            widget = getattr(self, name)
            widget.setAccessibleName(label_text.replace("&", "").rstrip(" *"))
            label = QLabel(label_text)
            label.setBuddy(widget)
            form.addRow(label, rows.get(name, widget))
            self.fields[name] = widget
        self.fields["deck"] = self.deck_label  # the red border goes on the file name
        for edit in (self.school, self.group_name, self.visit_date, self.educator_name,
                     self.educator_email, self.presenters, self.online_form_url):
            edit.textEdited.connect(self._recheck)
        self.school.textEdited.connect(self._school_changed)
        self.survey_key.currentIndexChanged.connect(self._recheck)
        self.planned_minutes.valueChanged.connect(self._recheck)
        self.notes.textChanged.connect(self._recheck)

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setAccessibleName(tr("Problems"))
        self.errors.hide()

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Save | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self._try_accept)
        buttons.rejected.connect(self.reject)

        layout = QVBoxLayout(self)
        hint = QLabel(tr("Fields marked * are required."))
        hint.setStyleSheet("color: #555;")
        layout.addLayout(form)
        layout.addWidget(hint)
        layout.addWidget(self.errors)
        layout.addWidget(buttons)
        self.school.setFocus(Qt.FocusReason.OtherFocusReason)

    def values(self) -> dict:
        typed = self.visit_date.text().strip()
        try:
            day: date | str = date.fromisoformat(typed)
        except ValueError:
            day = typed  # core says what is wrong with it
        return {
            "school": self.school.text(),
            "group_name": self.group_name.text(),
            "visit_date": day,
            "educator_name": self.educator_name.text(),
            "educator_email": self.educator_email.text(),
            "presenters": self.presenters.text(),
            "survey_key": self.survey_key.currentData() or "",
            "answer_mode": self.answer_mode.currentData(),
            "virtual": self.virtual.isChecked(),
            "online_form_url": self.online_form_url.text(),
            "planned_minutes": self.planned_minutes.value(),
            "deck": self._deck_path,
            "notes": self.notes.toPlainText(),
        }

    def _set_deck(self, path: str) -> None:
        self._deck_path = path
        self.deck_label.setText(path or tr(BUILTIN_DECK_TEXT))
        self.deck_label.setToolTip(path or tr(BUILTIN_DECK_TEXT))
        self.deck_label.setCursorPosition(0)  # a long name shows its start, not its end
        self.deck_builtin.setEnabled(bool(path))
        self._recheck()

    def _choose_deck(self) -> None:
        chosen = self._pick_deck(self)
        if chosen:
            self._set_deck(str(Path(chosen).resolve()))

    def _school_changed(self, school: str) -> None:
        if self._pick_survey:
            fitting = self.survey_key.findData(default_survey_for(school, self._default_survey))
            if fitting >= 0:
                self.survey_key.setCurrentIndex(fitting)

    def _survey_chosen(self, _index: int) -> None:
        self._pick_survey = False  # the organizer's choice stands

    def _problems(self, data: dict) -> list[Problem]:
        try:
            self._validate(data)
        except InvalidInput as exc:
            problems = list(exc.problems)
        else:
            problems = []
        # Core checked the file; the renderer finds a damaged or protected PDF.
        if data["deck"] and not any(p.field == "deck" for p in problems) and (
            why := self._check_deck(data["deck"])
        ) is not None:
            problems.append(Problem("deck", data["deck"], why, "bad_deck"))
        return problems

    def _show_problems(self, problems: list[Problem]) -> None:
        self.errors.setText(problem_lines(problems, LABELS))
        was_shown = self.errors.isVisibleTo(self)
        self.errors.setVisible(bool(problems))
        layout = self.layout()
        if was_shown and not problems and layout is not None:  # shrink back to the rows
            layout.activate()
            self.resize(self.width(), self.sizeHint().height())
        bad = {p.field for p in problems}
        for name in self._marked - bad:
            _mark(self.fields[name], False)
        self._marked &= bad

    def _recheck(self, *_args: object) -> None:
        """After a failed Save: a fixed field loses its red border as soon as it is valid."""
        if self._marked:
            self._show_problems([p for p in self._problems(self.values())
                                 if p.field in self._marked])

    def _try_accept(self) -> None:
        data = self.values()
        problems = self._problems(data)
        if problems:
            self._marked = {p.field for p in problems if p.field in self.fields}
            for name in self._marked:
                _mark(self.fields[name], True)
            self._show_problems(problems)
            first = self.fields.get(problems[0].field)
            if first is not None:
                first.setFocus(Qt.FocusReason.OtherFocusReason)
            return
        self.result_data = data
        self.accept()
