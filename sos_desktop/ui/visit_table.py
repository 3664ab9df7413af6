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
# The view asks for every cell in every role many times while it sizes its columns (thousands
# of calls for 40 visits at start): plain ints compare faster than Qt's enum members.
_DISPLAY = Qt.ItemDataRole.DisplayRole.value
_ALIGN = Qt.ItemDataRole.TextAlignmentRole.value
_FOREGROUND = Qt.ItemDataRole.ForegroundRole.value
_TOOLTIP = Qt.ItemDataRole.ToolTipRole.value
_RIGHT = (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value


class VisitTableModel(QAbstractTableModel):
    def __init__(self, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self._visits: list[VisitSummary] = []
        self._cells: list[list[str]] = []  # display text per row and column, made once
        self._grey = None  # the closed visits' text colour, made on first use

    def set_visits(
        self, visits: list[VisitSummary], survey_titles: dict[str, str] | None = None
    ) -> None:
        titles = survey_titles or {}
        self.beginResetModel()
        self._visits = list(visits)
        self._cells = [
            [titles.get(v.survey_key) or text(v) if i == SURVEY else str(text(v))
             for i, (_name, text) in enumerate(COLUMNS)]
            for v in self._visits
        ]
        self.endResetModel()

    def visit_at(self, row: int) -> VisitSummary | None:
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def row_of(self, visit_id: str) -> int:
        return next((i for i, v in enumerate(self._visits) if v.id == visit_id), -1)

    def rowCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(self._visits)

    def columnCount(self, parent: _Index = QModelIndex()) -> int:  # noqa: B008, N802
        return 0 if parent.isValid() else len(COLUMNS)

    def data(self, index: _Index, role: int = _DISPLAY):  # noqa: ANN201
        row = index.row()
        if not 0 <= row < len(self._visits):
            return None
        role = int(role)
        if role == _DISPLAY:
            return self._cells[row][index.column()]
        if role == _ALIGN and index.column() in NUMERIC:
            return _RIGHT
        visit = self._visits[row]
        if role == _FOREGROUND and visit.closed:
            if self._grey is None:
                from PySide6.QtGui import QColor

                self._grey = QColor("#6b6b6b")
            return self._grey
        if role == _TOOLTIP:
            return f"{visit.school} — {visit.group_name}\nPresenters: {visit.presenters or '—'}"
        return None

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ):  # noqa: ANN201
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return COLUMNS[section][0]
        return None
