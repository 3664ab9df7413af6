"""The Settings dialog (menu SOS Desktop → Settings…, Ctrl+,): lays out and reports; the
controller and core decide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core import settings
from sos_desktop.core.db import Database
from sos_desktop.core.errors import Problem
from sos_desktop.ui.kiosk.pin_dialog import ChangePinDialog, SetPinDialog
from sos_desktop.ui.settings.controller import SettingsController
from sos_desktop.ui.visits.dialog import BUILTIN_DECK_TEXT, pick_deck_file
from sos_desktop.ui.wheel_guard import install_wheel_guard

LANGUAGE_NOTE = ("The kiosk, the surveys, the answer sheets and the reports already speak "
                 "Spanish. The rest of this window is in English for now: it follows the "
                 "choice here in a later version.")
SCHOOL_SURVEY = "The survey that fits the school"
LABELS = {"language": "Interface language", "kiosk_idle_seconds": "Kiosk idle time",
          "default_survey": "Default survey", "default_deck": "Default deck"}
_NOTE_STYLE = "color: #555;"


def _row(*widgets: QWidget) -> QWidget:
    row = QWidget()
    layout = QHBoxLayout(row)
    layout.setContentsMargins(0, 0, 0, 0)
    for i, widget in enumerate(widgets):
        layout.addWidget(widget, 1 if i == 0 else 0)
    row.setFocusProxy(widgets[-1])
    return row


def _with_note(field: QWidget, text: str) -> QWidget:
    """A field with its explanation right under it (a separate form row leaves a wide gap)."""
    note = QLabel(text)
    note.setWordWrap(True)
    note.setStyleSheet(_NOTE_STYLE)
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.setContentsMargins(0, 0, 0, 4)
    layout.setSpacing(3)
    layout.addWidget(field)
    layout.addWidget(note)
    box.setFocusProxy(field)
    return box


class SettingsDialog(QDialog):
    def __init__(self, db: Database, survey_choices: Callable[[], list[tuple[str, str]]],
                 parent: QWidget | None = None,
                 pick_deck: Callable[[QWidget], str | None] = pick_deck_file) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self.db = db
        self.setWindowTitle("Settings")
        self.setMinimumWidth(620)
        self._pick_deck = pick_deck
        self._deck_path = ""
        self.controller = SettingsController(db, self, survey_choices)

        self.language = QComboBox()
        for code, name in settings.LANGUAGES.items():
            self.language.addItem(name, code)
        self.pin_state = QLabel()
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(lambda: self.controller.pin())
        self.keys_state = QLabel()
        self.keys_button = QPushButton("Set the passphrase…")
        self.keys_button.clicked.connect(lambda: self.controller.passphrase())
        self.idle = QSpinBox()
        self.idle.setRange(settings.IDLE_MIN, settings.IDLE_MAX)
        self.idle.setSingleStep(15)
        self.idle.setSuffix(" seconds")
        self.survey = QComboBox()
        self.survey.addItem(SCHOOL_SURVEY, "")
        for key, title in self.controller.surveys:
            self.survey.addItem(title, key)
        self.deck_label = QLineEdit()
        self.deck_label.setReadOnly(True)
        self.deck_choose = QPushButton("Choose…")
        self.deck_choose.setAccessibleName("Choose a default PDF or Markdown deck")
        self.deck_choose.clicked.connect(self._choose_deck)
        self.deck_builtin = QPushButton("Use built-in")
        self.deck_builtin.clicked.connect(lambda: self._set_deck(""))
        self.folder = QLineEdit(str(self.controller.data_folder))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName("Data folder")
        self.folder.setCursorPosition(0)
        self.folder_button = QPushButton("Open folder")
        self.folder_button.clicked.connect(lambda: self.controller.open_data_folder())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow("Interface &language", _with_note(self.language, LANGUAGE_NOTE))
        form.addRow("Organizer PIN", _row(self.pin_state, self.pin_button))
        form.addRow("Contact data", _row(self.keys_state, self.keys_button))
        self.idle.setMaximumWidth(180)
        form.addRow("Kiosk &idle time", _with_note(
            self.idle,
            "Without a touch for this long, the kiosk counts down 15 seconds and clears the "
            "form for the next student."))
        form.addRow("Default &survey", _with_note(
            self.survey, "For new visits. Hillhouse and Wilbur Cross always get their own "
            "survey."))
        form.addRow("Default &deck", _row(self.deck_label, self.deck_choose, self.deck_builtin))
        form.addRow("Data folder", _row(self.folder, self.folder_button))
        for row in range(form.rowCount()):  # Alt+letter goes to the field, not its box
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field else None
            if item and widget is not None and isinstance(label := item.widget(), QLabel):
                label.setBuddy(widget.focusProxy() or widget)
        self.language.setAccessibleName("Interface language")
        self.idle.setAccessibleName("Kiosk idle time")
        self.survey.setAccessibleName("Default survey for new visits")

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setAccessibleName("Problems")
        self.errors.hide()
        self.buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                        | QDialogButtonBox.StandardButton.Cancel)
        self.buttons.accepted.connect(self._save)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(self.errors)
        layout.addWidget(self.buttons)
        self.controller.load()

    def values(self) -> settings.Settings:
        return settings.Settings(self.language.currentData(), self.idle.value(),
                                 self.survey.currentData() or "", self._deck_path)

    def _save(self) -> None:
        if self.controller.save(self.values()):
            self.accept()

    def _set_deck(self, path: str) -> None:
        self._deck_path = path
        self.deck_label.setText(path or BUILTIN_DECK_TEXT)
        self.deck_label.setToolTip(path or BUILTIN_DECK_TEXT)
        self.deck_builtin.setEnabled(bool(path))

    def _choose_deck(self) -> None:
        chosen = self._pick_deck(self)
        if chosen:
            self._set_deck(str(Path(chosen).resolve()))

    # --- view methods used by SettingsController ---------------------------------------
    def show_settings(self, values: settings.Settings) -> None:
        self.language.setCurrentIndex(max(0, self.language.findData(values.language)))
        self.idle.setValue(values.kiosk_idle_seconds)
        index = self.survey.findData(values.default_survey)
        if index < 0:
            self.survey.addItem(f"{values.default_survey} (not installed)", values.default_survey)
            index = self.survey.count() - 1
        self.survey.setCurrentIndex(index)
        self._set_deck(values.default_deck)

    def show_protection(self, pin_set: bool, keys_set: bool) -> None:
        self.pin_state.setText("Set: needed to leave the kiosk" if pin_set
                               else "Not set: asked before the first kiosk")
        self.pin_button.setText("Change the PIN…" if pin_set else "Set the PIN…")
        self.keys_state.setText("Sealed with the organizer passphrase" if keys_set
                                else "No passphrase yet: asked before the first kiosk")
        self.keys_button.setVisible(not keys_set)

    def show_problems(self, problems: list[Problem]) -> None:
        self.errors.setText("\n".join(f"• {LABELS.get(p.field, p.field)}: {p.reason}"
                                      for p in problems))
        self.errors.setVisible(bool(problems))

    def ask_new_pin(self) -> bool:
        return SetPinDialog(self.db, self).exec() == QDialog.DialogCode.Accepted

    def ask_pin_change(self) -> bool:
        return ChangePinDialog(self.db, self).exec() == QDialog.DialogCode.Accepted

    def ask_passphrase(self) -> bool:
        from sos_desktop.ui.passphrase_dialog import ensure_keys

        return ensure_keys(self.db, self)

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, "Settings", message)
