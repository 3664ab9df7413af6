"""Table model over VisitSummary rows (plain dataclasses from core.visits)."""

from __future__ import annotations

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt

from sos_desktop.core.visits import VisitSummary

_Index = QModelIndex | QPersistentModelIndex

COLUMNS = (
    ("Date", lambda v: v.visit_date.strftime("%a %d %b %Y")),
    ("School", lambda v: v.school),
    ("Class or club", lambda v: v.group_name),
    ("Educator", lambda v: v.educator_name),
    ("Survey", lambda v: v.survey_key or "—"),  # shown as its title when known
    ("Responses", lambda v: v.responses),
    ("Sign-ups", lambda v: v.signups),
    ("Not exported", lambda v: v.signups_not_exported),
    ("Status", lambda v: "Closed" if v.closed else "Open"),
)
SURVEY = 4
NUMERIC = {5, 6, 7}


class VisitTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._visits: list[VisitSummary] = []
        self._survey_titles: dict[str, str] = {}

    def set_visits(
        self, visits: list[VisitSummary], survey_titles: dict[str, str] | None = None
    ) -> None:
        self.beginResetModel()
        self._visits = list(visits)
        self._survey_titles = dict(survey_titles or {})
        self.endResetModel()

    def visit_at(self, row: int) -> VisitSummary | None:
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def row_of(self, visit_id: str) -> int:
        return next((i for i, v in enumerate(self._visits) if v.id == visit_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = Qt.ItemDataRole.DisplayRole):
        visit = self.visit_at(index.row())
        if visit is None:
            return None
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == SURVEY and visit.survey_key in self._survey_titles:
                return self._survey_titles[visit.survey_key]
            return str(COLUMNS[index.column()][1](visit))
        if role == Qt.ItemDataRole.TextAlignmentRole and index.column() in NUMERIC:
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ForegroundRole and visit.closed:
            from PySide6.QtGui import QColor

            return QColor("#6b6b6b")
        if role == Qt.ItemDataRole.ToolTipRole:
            return f"{visit.school} — {visit.group_name}\nPresenters: {visit.presenters or '—'}"
        return None

    def headerData(
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None
