"""The Qt side of SyncController: file pickers, the sign-up export dialog, the period dialog."""

from __future__ import annotations

import contextlib
import threading
from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import QDate, QObject, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QInputDialog,
    QLabel,
    QLineEdit,
    QMessageBox,
    QRadioButton,
)

from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.exports.choices import ReportChoice, ResponsesChoice, SurveyOption
from sos_desktop.ui.exports.dialogs import ResponsesExportDialog, SurveyDialog, VisitReportDialog
from sos_desktop.ui.exports.types import Progress, SignupChoice
from sos_desktop.ui.file_dialogs import open_path, save_path
from sos_desktop.ui.host import Host
from sos_desktop.ui.progress import run_with_progress

T = TypeVar("T")


# What each CRM profile writes (core's Profile.summary, in the organizer's language).
SUMMARIES = {
    "generic": QT_TR_NOOP("Every field, one row per sign-up."),
    "action-network": QT_TR_NOOP("Action Network: first_name, last_name, email, zip_code, "
                                 "phone + custom columns. One row per person."),
    "mailchimp": QT_TR_NOOP("Mailchimp: Email Address, First Name, Last Name, Phone Number, "
                            "Tags. People without a consented email are left out."),
    "everyaction": QT_TR_NOOP("EveryAction: FirstName, LastName, Email, CellPhone, "
                              "ZipOrPostal."),
}


def _summary(profile: str) -> str:
    from sos_desktop.core.exports.profiles import PROFILES

    if profile in SUMMARIES:
        return tr(SUMMARIES[profile])
    return PROFILES[profile].summary if profile in PROFILES else ""


class _Counted(QObject):
    done = Signal(object, str)  # (profile, new only), the preview's sentence


class SignupExportDialog(QDialog):
    """Profile, new or all, BOM, and how many rows that will write; then a save path from an
    injectable picker."""

    def __init__(self, profiles: list[str], parent=None,
                 pick_path: Callable[[str], Path | None] | None = None,
                 preview: Callable[[str, bool], str] | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export sign-ups for the CRM"))
        self._pick_path = pick_path or self._file_dialog
        self._preview = preview
        # Counting opens every sealed contact to merge people (seconds for thousands of
        # sign-ups): it runs beside the dialog, once per choice, and the label follows.
        self._counts: dict[tuple[str, bool], str] = {}
        self._wanted: tuple[str, bool] | None = None
        self._counted = _Counted(self)
        self._counted.done.connect(self._show_count)
        self.profile = QComboBox()
        self.profile.addItems(profiles)
        self.profile.setAccessibleName(tr("CRM profile"))
        self.help = QLabel()
        self.help.setWordWrap(True)
        # Room for the longest summary (Spanish runs longer), so no profile's is cut off.
        self.help.setMinimumHeight(self.help.fontMetrics().lineSpacing() * 4)
        self.setMinimumWidth(480)
        self.new_only = QRadioButton(tr("Only sign-ups not exported yet"))
        self.all = QRadioButton(tr("All sign-ups again"))
        self.new_only.setChecked(True)
        self.bom = QCheckBox(tr("For Excel (UTF-8 with BOM)"))
        self.count = QLabel()  # "It will write 12 rows." before anything is written
        self.count.setWordWrap(True)
        self.count.setStyleSheet("font-weight: 600;")
        self.count.setAccessibleName(tr("Rows to write"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&Profile"), self.profile)
        form.addRow("", self.help)
        form.addRow("", self.new_only)
        form.addRow("", self.all)
        form.addRow("", self.bom)
        form.addRow("", self.count)
        form.addRow(buttons)
        self.profile.currentTextChanged.connect(lambda name: self.help.setText(_summary(name)))
        self.profile.currentTextChanged.connect(self._count)
        self.new_only.toggled.connect(self._count)
        self.profile.setCurrentIndex(min(1, len(profiles) - 1))
        self.help.setText(_summary(self.profile.currentText()))
        self._count()

    def _count(self, *_args: object) -> None:
        preview = self._preview
        self.count.setVisible(preview is not None)
        if preview is None:
            return
        key = (self.profile.currentText(), self.new_only.isChecked())
        self._wanted = key
        if key in self._counts:
            self.count.setText(self._counts[key])
            return
        self.count.setText(tr("Counting the rows it will write…"))
        done = self._counted.done

        def work() -> None:
            try:
                text = preview(*key)
            except Exception:  # a count that fails must not stop the export itself
                text = tr("The rows could not be counted beforehand.")
            with contextlib.suppress(RuntimeError):  # the dialog was closed meanwhile
                done.emit(key, text)

        threading.Thread(target=work, name="count-signups", daemon=True).start()

    def _show_count(self, key: tuple[str, bool], text: str) -> None:
        self._counts[key] = text
        if key == self._wanted:
            self.count.setText(text)

    def _file_dialog(self, suggested: str) -> Path | None:
        name, _ = QFileDialog.getSaveFileName(self, tr("Save sign-ups"), suggested,
                                              tr("CSV ({pattern})").format(pattern="*.csv"))
        return Path(name) if name else None

    def choice(self) -> SignupChoice | None:
        profile = self.profile.currentText()
        path = self._pick_path(f"signups-{profile}.csv")
        if path is None:
            return None
        return SignupChoice(profile, self.new_only.isChecked(), self.bom.isChecked(), path)


class PeriodDialog(QDialog):
    """From / to dates for the season report; defaults to the school year so far."""

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Season report"))
        today = date.today()
        start_year = today.year if today.month >= 8 else today.year - 1
        self.start = QDateEdit(QDate(start_year, 8, 1))
        self.end = QDateEdit(QDate(today.year, today.month, today.day))
        for edit, name in ((self.start, tr("From")), (self.end, tr("To"))):
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edit.setAccessibleName(name)
        self.error = QLabel()
        self.error.setStyleSheet("color: #b3261e;")
        self.error.setWordWrap(True)
        self.setMinimumWidth(340)  # the error's whole sentence on one or two lines
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self._ok)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(tr("&From"), self.start)
        form.addRow(tr("&To"), self.end)
        form.addRow(self.error)
        form.addRow(buttons)

    def period(self) -> tuple[date, date]:
        # QDate.toPython() gives a date; the stubs say object.
        return self.start.date().toPython(), self.end.date().toPython()  # type: ignore[return-value]

    def _ok(self) -> None:
        start, end = self.period()
        if end < start:
            self.error.setText(tr("The end date is before the start date."))
            return
        self.accept()


class WindowSyncView:
    """SyncView over the main window, through what it lends its menus (ui/host.py)."""

    def __init__(self, host: Host) -> None:
        self.host, self.window = host, host.window  # the window: the dialogs' parent

    def selected_visit_id(self) -> str | None:
        visit = self.host.selected_visit()
        return visit.id if visit else None

    def ask_signup_export(self, profiles: list[str],
                          preview: Callable[[str, bool], str]) -> SignupChoice | None:
        dialog = SignupExportDialog(
            profiles, self.window, preview=preview,
            pick_path=lambda name: save_path(self.window, self.host.db, tr("Save sign-ups"),
                                             name, tr("CSV ({pattern})").format(
                                                 pattern="*.csv")))
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_responses_export(self, surveys: list[SurveyOption]) -> ResponsesChoice | None:
        dialog = ResponsesExportDialog(surveys, self.window)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_visit_report(self, visit: str) -> ReportChoice | None:
        dialog = VisitReportDialog(visit, self.window)
        return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        return save_path(self.window, self.host.db, title, suggested, pattern)

    def ask_open_path(self, title: str, pattern: str) -> Path | None:
        return open_path(self.window, self.host.db, title, pattern)

    def ask_survey(self, surveys: list[tuple[str, str]]) -> str | None:
        if not surveys:
            self.show_error(tr("No survey is stored yet."))
            return None
        dialog = SurveyDialog(tr("Typed-up form"), surveys, self.window)
        return dialog.key() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def ask_period(self) -> tuple[date, date] | None:
        dialog = PeriodDialog(self.window)
        return dialog.period() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def confirm(self, question: str) -> bool:
        answer = QMessageBox.question(self.window, "SOS Desktop", question)
        return answer == QMessageBox.StandardButton.Yes

    def confirm_again(self, question: str) -> bool:
        """Yes/No for doing something twice (importing a file again): Enter means No."""
        buttons = QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No
        answer = QMessageBox.question(self.window, "SOS Desktop", question, buttons,
                                      QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def ask_passphrase(self) -> str | None:
        text, ok = QInputDialog.getText(
            self.window, tr("Organizer passphrase"),
            tr("Sign-up contacts are sealed. The organizer's passphrase opens them until the "
               "kiosk starts or the app quits:"), QLineEdit.EchoMode.Password)
        return text if ok else None

    def set_up_keys(self, db: Database) -> bool:
        from sos_desktop.ui.security.passphrase_dialog import ensure_keys

        return ensure_keys(db, self.window)

    def run_with_progress(self, label: str, task: Callable[[Progress], T]) -> T:
        return run_with_progress(self.window, label, task)

    def show_message(self, text: str) -> None:
        QMessageBox.information(self.window, "SOS Desktop", text)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, "SOS Desktop", text)

    def show_laptops(self, team) -> None:
        from sos_desktop.ui.exports.laptops_view import LaptopsDialog

        LaptopsDialog(team, self.window).exec()

    def refresh(self) -> None:
        self.host.refresh()
