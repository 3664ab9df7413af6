"""The export dialogs that ask more than a file name: survey answers (which survey by title,
labels or codes, language, visit) and the visit report (free text, sign-ups, language)."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QRadioButton,
    QVBoxLayout,
    QWidget,
)

from sos_desktop import languages
from sos_desktop.i18n import language, tr
from sos_desktop.ui.exports.choices import ReportChoice, ResponsesChoice, SurveyOption


def _combo(accessible: str) -> QComboBox:
    combo = QComboBox()
    # Each item whole: a survey title or a visit's school is never cut.
    combo.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    combo.setAccessibleName(accessible)
    return combo


def _buttons(dialog: QDialog, ok: QDialogButtonBox.StandardButton) -> QDialogButtonBox:
    buttons = QDialogButtonBox(ok | QDialogButtonBox.StandardButton.Cancel)
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


class SurveyDialog(QDialog):
    """One survey, by its title (the key only in the tooltip)."""

    def __init__(self, title: str, surveys: list[tuple[str, str]],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(title)
        self.survey = _combo(tr("Survey"))
        for key, name in surveys:
            self.survey.addItem(name, key)
            self.survey.setItemData(self.survey.count() - 1, key, 3)  # 3: ToolTipRole
        form = QFormLayout(self)
        form.addRow(tr("&Survey"), self.survey)
        form.addRow(_buttons(self, QDialogButtonBox.StandardButton.Ok))

    def key(self) -> str:
        return self.survey.currentData()


class ResponsesExportDialog(QDialog):
    def __init__(self, surveys: list[SurveyOption], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Export survey answers"))
        self.setMinimumWidth(560)
        self.surveys = surveys
        self.survey = _combo(tr("Survey"))
        for option in surveys:
            self.survey.addItem(option.title, option.key)
        self.visit = _combo(tr("Visit"))
        self.codes = QRadioButton(tr("Codes (yes, grade_9): for analysis software"))
        self.labels = QRadioButton(tr("Labels (Yes, 9th grade): to read in a spreadsheet"))
        self.codes.setChecked(True)
        self.language = _combo(tr("Language of the labels"))
        self.bom = QCheckBox(tr("For Excel (UTF-8 with BOM)"))
        kind = QVBoxLayout()
        kind.addWidget(self.codes)
        kind.addWidget(self.labels)
        form = QFormLayout(self)
        form.addRow(tr("&Survey"), self.survey)
        form.addRow(tr("&Visit"), self.visit)
        form.addRow(tr("Answers as"), kind)
        form.addRow(tr("&Language of the labels"), self.language)
        form.addRow("", self.bom)
        form.addRow(_buttons(self, QDialogButtonBox.StandardButton.Save))
        self.survey.currentIndexChanged.connect(self._survey_changed)
        self.labels.toggled.connect(self.language.setEnabled)
        self._survey_changed()
        self.language.setEnabled(False)

    def _survey_changed(self, *_args: object) -> None:
        option = self.surveys[max(0, self.survey.currentIndex())]
        self.visit.clear()
        self.visit.addItem(tr("All visits"), "")
        for visit_id, label in option.visits:
            self.visit.addItem(label, visit_id)
        self.language.clear()
        for code in option.languages:
            self.language.addItem(languages.name(code), code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))

    def choice(self) -> ResponsesChoice:
        return ResponsesChoice(self.survey.currentData(), self.labels.isChecked(),
                               self.language.currentData() or "en",
                               self.visit.currentData() or None, self.bom.isChecked())


class VisitReportDialog(QDialog):
    def __init__(self, visit: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Visit report"))
        self.setMinimumWidth(600)
        heading = QLabel(visit)
        heading.setStyleSheet("font-weight: 600;")
        heading.setWordWrap(True)
        self.free_text = QCheckBox(tr("Include the free-text answers"))
        self.signups = QCheckBox(tr("Include the sign-ups' names and contacts"))
        note = QLabel(tr("Without them the report gives only how many signed up. With them it "
                         "asks for the passphrase: keep the PDF as private as the CRM."))
        note.setWordWrap(True)
        note.setStyleSheet("color: #555;")
        self.language = _combo(tr("Language of the report"))
        for code, name in languages.names().items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(0, self.language.findData(language())))
        form = QFormLayout(self)
        form.addRow(heading)
        form.addRow("", self.free_text)
        form.addRow("", self.signups)
        form.addRow("", note)
        form.addRow(tr("&Language"), self.language)
        form.addRow(_buttons(self, QDialogButtonBox.StandardButton.Save))

    def choice(self) -> ReportChoice:
        return ReportChoice(self.free_text.isChecked(), self.signups.isChecked(),
                            self.language.currentData())
