"""Surveys → Export: which survey, which format, then where (the same service as
`sos-desktop survey export`)."""

from __future__ import annotations

from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtWidgets import (
    QButtonGroup,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QLabel,
    QMessageBox,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words

if TYPE_CHECKING:
    from sos_desktop.core.surveys.stored import StoredSurvey

FORMATS = ("xlsx", "yaml")


class SurveyExportDialog(QDialog):
    """A survey and a format; `choice()` gives (key, suffix)."""

    def __init__(self, surveys: list[tuple[str, str]], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export a survey"))
        self.survey = QComboBox()
        for key, text in surveys:
            self.survey.addItem(text, key)
        self.survey.setAccessibleName(tr("Survey"))
        self.xlsform = QRadioButton(tr("&XLSForm (.xlsx) for KoboToolbox, ODK or SurveyCTO"))
        self.yaml = QRadioButton(tr("&YAML (.yaml), this app's own format"))
        self.xlsform.setChecked(True)
        group = QButtonGroup(self)
        group.addButton(self.xlsform)
        group.addButton(self.yaml)
        note = QLabel(tr("Upload the XLSForm to KoboToolbox (or another XLSForm tool) to run the "
                         "same survey online, in English and Spanish. Its answers come back "
                         "with Import → Online answers, into the visit they were given at."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #444;")
        form = QFormLayout()
        form.addRow(tr("&Survey:"), self.survey)
        formats = QVBoxLayout()
        formats.addWidget(self.xlsform)
        formats.addWidget(self.yaml)
        form.addRow(tr("Format:"), formats)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        export = buttons.addButton(tr("&Export…"), QDialogButtonBox.ButtonRole.AcceptRole)
        export.setDefault(True)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(note)
        layout.addWidget(buttons)
        self.setMinimumWidth(520)

    def choice(self) -> tuple[str, str]:
        return self.survey.currentData(), "xlsx" if self.xlsform.isChecked() else "yaml"


def survey_names(db: Database, language: str) -> list[tuple[str, str]]:
    """(key, "Title (key, version N)") of every stored survey, in the organizer's language."""
    from sos_desktop.core.surveys.store import ensure_builtin_surveys, list_surveys, title_in

    ensure_builtin_surveys(db)
    found: list[StoredSurvey] = list_surveys(db)
    return [(s.key, tr("{title} ({key}, version {version})").format(
        title=title_in(db, s, language), key=s.key, version=s.version)) for s in found]


def export_survey_from_window(db: Database, parent: QWidget) -> Path | None:
    """The dialog, the save dialog, the export, and a message saying where it went."""
    from sos_desktop.core.surveys.export import export_survey
    from sos_desktop.core.surveys.store import current_definition
    from sos_desktop.i18n import language

    dialog = SurveyExportDialog(survey_names(db, language()), parent)
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    key, suffix = dialog.choice()
    pattern = (tr("XLSForm ({pattern})").format(pattern="*.xlsx") if suffix == "xlsx"
               else tr("YAML ({pattern})").format(pattern="*.yaml"))
    name, _ = QFileDialog.getSaveFileName(parent, tr("Export a survey"), f"{key}.{suffix}",
                                          pattern)
    if not name:
        return None
    path = Path(name)
    if path.suffix.lower() not in (".xlsx", ".yaml", ".yml"):
        path = path.with_name(path.name + "." + suffix)
    try:
        _definition_id, survey = current_definition(db, key)
        export_survey(survey, path)
    except SosError as exc:
        QMessageBox.warning(parent, "SOS Desktop", in_our_words(exc))
        return None
    QMessageBox.information(parent, "SOS Desktop", tr(
        "Exported {key} version {version} to {path}.").format(
        key=survey.key, version=survey.version, path=path))
    return path
