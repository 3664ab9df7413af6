"""The Qt side of SheetFilesController: the print dialog, file pickers, the summary."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QMessageBox,
    QSpinBox,
)

from sos_desktop.core.paper.printing import MAX_COPIES
from sos_desktop.i18n import language, tr
from sos_desktop.languages import name as language_name
from sos_desktop.ui.file_dialogs import open_paths, save_path
from sos_desktop.ui.host import Host
from sos_desktop.ui.progress import run_with_progress
from sos_desktop.ui.scan.sheet_files import PrintChoice, Progress

T = TypeVar("T")
CLASS_SIZE = 30  # a class, with a few spares left over


class PrintSheetsDialog(QDialog):
    """Language and number of copies for the selected visit's survey."""

    def __init__(self, survey_title: str, visit_name: str, languages: list[str],
                 parent=None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Print answer sheets"))
        intro = QLabel(f"<b>{survey_title}</b><br>"
                       + tr("for {visit}").format(visit=visit_name) + "<br><br>"
                       + tr("Each copy has its own code, so a sheet is counted once however "
                            "often it is scanned. Print one for every student."))
        intro.setWordWrap(True)
        self.language = QComboBox()
        for lang in languages:
            self.language.addItem(language_name(lang), lang)
        # The organizer's own language first, when the survey has it.
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        self.language.setAccessibleName(tr("Language"))
        self.copies = QSpinBox()
        self.copies.setRange(1, MAX_COPIES)
        self.copies.setValue(CLASS_SIZE)
        self.copies.setAccessibleName(tr("Copies"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Save
                                   | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Save).setText(tr("Save PDF…"))
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form = QFormLayout(self)
        form.addRow(intro)
        form.addRow(tr("&Language"), self.language)
        form.addRow(tr("&Copies"), self.copies)
        form.addRow(buttons)
        self.setMinimumWidth(420)

    def choice(self) -> PrintChoice:
        return PrintChoice(self.language.currentData(), self.copies.value())


class WindowSheetFilesView:
    """SheetFilesView over the main window, through what it lends its menus (ui/host.py);
    `open_review` comes from the Paper menu."""

    def __init__(self, host: Host, open_review: Callable[[], None]) -> None:
        self.host, self.window, self._open_review = host, host.window, open_review

    def selected_visit_id(self) -> str | None:
        visit = self.host.selected_visit()
        return visit.id if visit else None

    def ask_print(self, survey_title: str, visit_name: str,
                  languages: list[str]) -> PrintChoice | None:
        dialog = PrintSheetsDialog(survey_title, visit_name, languages, self.window)
        try:
            return dialog.choice() if dialog.exec() == QDialog.DialogCode.Accepted else None
        finally:
            dialog.deleteLater()

    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None:
        return save_path(self.window, self.host.db, title, suggested, pattern)

    def ask_open_paths(self, title: str, pattern: str) -> list[Path]:
        return open_paths(self.window, self.host.db, title, pattern)

    def run_with_progress(self, label: str, task: Callable[[Progress], T]) -> T:
        return run_with_progress(self.window, label, task)

    def show_message(self, text: str) -> None:
        QMessageBox.information(self.window, "SOS Desktop", text)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, "SOS Desktop", text)

    def offer_review(self, text: str) -> bool:
        box = QMessageBox(QMessageBox.Icon.Question, "SOS Desktop", text, parent=self.window)
        review = box.addButton(tr("Open Review"), QMessageBox.ButtonRole.AcceptRole)
        box.addButton(tr("Later"), QMessageBox.ButtonRole.RejectRole)
        box.setDefaultButton(review)
        try:
            box.exec()
            return box.clickedButton() is review
        finally:
            box.deleteLater()

    def open_review(self) -> None:
        self._open_review()

    def refresh(self) -> None:
        self.host.refresh()
