"""The Settings dialog (menu SOS Desktop → Settings…, Ctrl+,): lays out and reports; the
controller and core decide."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QLocale, QUrl
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

from sos_desktop import languages
from sos_desktop.core import settings
from sos_desktop.core.errors import Problem
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP, system_language, tr
from sos_desktop.ui.kiosk.pin_dialog import ChangePinDialog, SetPinDialog
from sos_desktop.ui.settings.controller import SettingsController
from sos_desktop.ui.visits.dialog import BUILTIN_DECK_TEXT, pick_deck_file
from sos_desktop.ui.visits.problems import problem_lines
from sos_desktop.ui.wheel_guard import install_wheel_guard

LABELS = {"language": QT_TR_NOOP("Interface language"),  # shown through tr()
          "kiosk_idle_seconds": QT_TR_NOOP("Kiosk idle time"),
          "default_survey": QT_TR_NOOP("Default survey"),
          "default_deck": QT_TR_NOOP("Default deck"),
          "online_form_url": QT_TR_NOOP("Online form")}
_NOTE_STYLE = "color: #555;"


def follow_computer_text() -> str:
    """The choice that follows the computer, naming the language it gives (in its own words,
    like the other choices: a person who cannot read this one still finds theirs)."""
    computer = languages.name(system_language(QLocale.system().name()))
    return tr("Same as this computer ({language})").format(language=computer)


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
                 pick_deck: Callable[[QWidget], str | None] | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()
        self.db = db
        self.setWindowTitle(tr("Settings"))
        self.setMinimumWidth(720)  # the notes under the fields wrap to two lines in Spanish
        self._pick_deck = pick_deck or (lambda parent: pick_deck_file(parent, db))
        self._deck_path = ""
        self.controller = SettingsController(db, self, survey_choices)

        self.language = QComboBox()
        self.language.addItem(follow_computer_text(), settings.FOLLOW_COMPUTER)
        for code, name in languages.names().items():
            self.language.addItem(name, code)  # each in its own language
        self.pin_state = QLabel()
        self.pin_button = QPushButton()
        self.pin_button.clicked.connect(lambda: self.controller.pin())
        self.keys_state = QLabel()
        self.keys_button = QPushButton(tr("Set the passphrase…"))
        self.keys_button.clicked.connect(lambda: self.controller.passphrase())
        self.idle = QSpinBox()
        self.idle.setRange(settings.IDLE_MIN, settings.IDLE_MAX)
        self.idle.setSingleStep(15)
        self.idle.setSuffix(tr(" seconds"))
        self.survey = QComboBox()
        self.survey.addItem(tr("The survey that fits the school"), "")
        for key, title in self.controller.surveys:
            self.survey.addItem(title, key)
        self.deck_label = QLineEdit()
        self.deck_label.setReadOnly(True)
        self.deck_choose = QPushButton(tr("Choose…"))
        self.deck_choose.setAccessibleName(tr("Choose a default PDF or Markdown deck"))
        self.deck_choose.clicked.connect(self._choose_deck)
        self.deck_builtin = QPushButton(tr("Use built-in"))
        self.deck_builtin.clicked.connect(lambda: self._set_deck(""))
        self.form_url = QLineEdit()
        self.form_url.setPlaceholderText(tr("e.g. https://ee.kobotoolbox.org/x/…"))
        self.form_url.setAccessibleName(tr("Online form"))
        self.folder = QLineEdit(str(self.controller.data_folder))
        self.folder.setReadOnly(True)
        self.folder.setAccessibleName(tr("Data folder"))
        self.folder.setCursorPosition(0)
        self.folder_button = QPushButton(tr("Open folder"))
        self.folder_button.clicked.connect(lambda: self.controller.open_data_folder())

        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.addRow(tr("Interface &language"), _with_note(self.language, tr(
            "The language of this window and of the results projected for the class. The "
            "kiosk lets each student choose theirs.")))
        form.addRow(tr("Organizer PIN"), _row(self.pin_state, self.pin_button))
        form.addRow(tr("Contact data"), _row(self.keys_state, self.keys_button))
        self.idle.setMaximumWidth(180)
        form.addRow(tr("Kiosk &idle time"), _with_note(self.idle, tr(
            "Without a touch for this long, the kiosk counts down 15 seconds and clears the "
            "form for the next student.")))
        form.addRow(tr("Default &survey"), _with_note(self.survey, tr(
            "For new visits. Hillhouse and Wilbur Cross always get their own survey.")))
        form.addRow(tr("Default &deck"),
                    _row(self.deck_label, self.deck_choose, self.deck_builtin))
        form.addRow(tr("Online &form"), _with_note(self.form_url, tr(
            "The team's online survey (KoboToolbox, Google Forms): its QR code shows on the "
            "survey slide of a visit over video.")))
        form.addRow(tr("Data folder"), _row(self.folder, self.folder_button))
        for row in range(form.rowCount()):  # Alt+letter goes to the field, not its box
            item = form.itemAt(row, QFormLayout.ItemRole.LabelRole)
            field = form.itemAt(row, QFormLayout.ItemRole.FieldRole)
            widget = field.widget() if field else None
            if item and widget is not None and isinstance(label := item.widget(), QLabel):
                label.setBuddy(widget.focusProxy() or widget)
        self.language.setAccessibleName(tr("Interface language"))
        self.idle.setAccessibleName(tr("Kiosk idle time"))
        self.survey.setAccessibleName(tr("Default survey for new visits"))

        self.errors = QLabel()
        self.errors.setWordWrap(True)
        self.errors.setStyleSheet("color: #b3261e;")
        self.errors.setAccessibleName(tr("Problems"))
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
                                 self.survey.currentData() or "", self._deck_path,
                                 self.form_url.text().strip())

    def _save(self) -> None:
        if self.controller.save(self.values()):
            self.accept()

    def _set_deck(self, path: str) -> None:
        self._deck_path = path
        self.deck_label.setText(path or tr(BUILTIN_DECK_TEXT))
        self.deck_label.setToolTip(path or tr(BUILTIN_DECK_TEXT))
        self.deck_label.setCursorPosition(0)  # a long name shows its start, not its end
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
            self.survey.addItem(tr("{survey} (not installed)").format(survey=values.default_survey),
                               values.default_survey)
            index = self.survey.count() - 1
        self.survey.setCurrentIndex(index)
        self._set_deck(values.default_deck)
        self.form_url.setText(values.online_form_url)

    def show_protection(self, pin_set: bool, keys_set: bool) -> None:
        self.pin_state.setText(tr("Set: needed to leave the kiosk") if pin_set
                               else tr("Not set: asked before the first kiosk"))
        self.pin_button.setText(tr("Change the PIN…") if pin_set else tr("Set the PIN…"))
        self.keys_state.setText(tr("Sealed with the organizer passphrase") if keys_set
                                else tr("No passphrase yet: asked before the first kiosk"))
        self.keys_button.setVisible(not keys_set)

    def show_problems(self, problems: list[Problem]) -> None:
        self.errors.setText(problem_lines(problems, LABELS))
        self.errors.setVisible(bool(problems))
        layout = self.layout()
        if problems and layout is not None and self.isVisible():
            # Taller by the lines shown, so the notes above them are not squeezed and cut.
            layout.activate()
            need = (layout.totalHeightForWidth(self.width()) if layout.hasHeightForWidth()
                    else self.sizeHint().height())
            if need > self.height():
                self.resize(self.width(), need)

    def ask_new_pin(self) -> bool:
        return SetPinDialog(self.db, self).exec() == QDialog.DialogCode.Accepted

    def ask_pin_change(self) -> bool:
        return ChangePinDialog(self.db, self).exec() == QDialog.DialogCode.Accepted

    def ask_passphrase(self) -> bool:
        from sos_desktop.ui.security.passphrase_dialog import ensure_keys

        return ensure_keys(self.db, self)

    def open_folder(self, folder: Path) -> bool:
        return QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))

    def show_error(self, message: str) -> None:
        QMessageBox.warning(self, tr("Settings"), message)
