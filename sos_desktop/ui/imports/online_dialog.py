"""Import → Online answers: the column mapping as a table, shown before anything is stored.

Each column of the export says what it becomes: the question it answers, dropped (it names a
person or a moment), ignored (export bookkeeping), or a problem to fix (no question, several).
Import is offered only when every column is understood and some row is new.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sos_desktop import languages
from sos_desktop.core.imports.online import columns as col
from sos_desktop.core.imports.online.importer import OnlineImport
from sos_desktop.i18n import tr
from sos_desktop.ui.imports.row_errors import describe_errors
from sos_desktop.words.online_import import SOURCES, role_text

_TINTS = {col.IDENTIFYING: "#fdecea", col.TIME: "#fdecea", col.SUBMISSION: "#f1f1f1",
          col.METADATA: "#f1f1f1", col.NOTE: "#f1f1f1", col.UNMAPPED: "#ffd7d2",
          col.AMBIGUOUS: "#ffd7d2", col.TWICE: "#ffd7d2"}


def summary_text(plan: OnlineImport, errors: list, other_survey: str) -> str:
    """What the import would do, or why it cannot, in the organizer's language."""
    head = tr("{source} export for survey {survey}; answers in {language}.").format(
        source=SOURCES[plan.source], survey=plan.survey_key,
        language=languages.name(plan.language))
    if errors:
        if other_survey:
            why = tr("These columns are survey {other}'s, not this visit's survey {survey}. "
                     "Nothing will be imported.").format(other=other_survey,
                                                         survey=plan.survey_key)
        else:
            why = tr("%n column(s) match no question or several (in red). Fix the file; nothing "
                     "will be imported.", None, len(errors))
        return f"{head}\n{why}"
    counts = tr("New: {added} · already in: {already} · empty: {empty} · not importable: "
                "{refused}").format(added=plan.added, already=plan.already_in, empty=plan.empty,
                                    refused=plan.refused)
    lines = [head, counts]
    dropped = plan.columns_with(col.IDENTIFYING, col.TIME)
    if dropped:
        lines.append(tr("Dropped for anonymity, never stored: {columns}").format(
            columns=", ".join(dropped)))
    if plan.errors:
        lines.append(tr("Rows that will not be imported:") + "\n" + describe_errors(plan.errors))
    return "\n".join(lines)


class OnlineMappingDialog(QDialog):
    def __init__(self, file_name: str, plan: OnlineImport, errors: list, other_survey: str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Online answers: {file}").format(file=file_name))
        self.table = QTableWidget(len(plan.columns), 2)
        self.table.setHorizontalHeaderLabels([tr("Column in the file"), tr("What it becomes")])
        self.table.verticalHeader().setVisible(False)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Interactive)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        for row, column in enumerate(plan.columns):
            cells = (QTableWidgetItem(column.header), QTableWidgetItem(role_text(column)))
            for i, item in enumerate(cells):
                item.setToolTip(column.header if i == 0 else item.text())
                if column.role in _TINTS:
                    item.setBackground(QBrush(QColor(_TINTS[column.role])))
                self.table.setItem(row, i, item)
        self.table.setColumnWidth(0, 380)
        self.summary = QLabel(summary_text(plan, errors, other_survey))
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close if errors
                                   else QDialogButtonBox.StandardButton.Cancel)
        self.import_button = buttons.addButton(
            tr("&Import %n response(s)", None, plan.added),
            QDialogButtonBox.ButtonRole.AcceptRole)
        self.import_button.setEnabled(not errors and plan.added > 0)
        self.import_button.setVisible(not errors)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.summary)
        layout.addWidget(buttons)
        self.resize(900, 560)


def ask_online_import(parent: QWidget | None, file_name: str, plan: OnlineImport,
                      errors: list, other_survey: str) -> bool:
    """Show the mapping; True when the organizer chose Import."""
    dialog = OnlineMappingDialog(file_name, plan, errors, other_survey, parent)
    return dialog.exec() == QDialog.DialogCode.Accepted
