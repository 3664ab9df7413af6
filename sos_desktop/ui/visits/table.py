"""Table model over VisitSummary rows (plain records from core.visits.store).

A QStandardItemModel filled once per refresh, not a Python model answering data() calls: the
view asks thousands of times while it sizes its columns, and a Python data()/headerData() makes
PySide build its whole `Qt` namespace of enums at start (tens of milliseconds before the first
paint). The roles and the alignment below are Qt's plain int values for the same reason.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QDate, QEvent, QLocale, QObject, QTimer
from PySide6.QtGui import QColor, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QHeaderView, QTableView

from sos_desktop.core.visits.store import VisitSummary
from sos_desktop.i18n import QT_TR_NOOP, tr


def day_text(day: date) -> str:
    """"Wed 14 Oct 2026", in the interface's language (ui/language.py sets QLocale's)."""
    return QLocale().toString(QDate(day.year, day.month, day.day), "ddd dd MMM yyyy")


COLUMNS = (
    (QT_TR_NOOP("Date"), lambda v: day_text(v.visit_date)),
    (QT_TR_NOOP("School"), lambda v: v.school),
    (QT_TR_NOOP("Class or club"), lambda v: v.group_name),
    (QT_TR_NOOP("Educator"), lambda v: v.educator_name),
    (QT_TR_NOOP("Survey"), lambda v: v.survey_key or "—"),  # shown as its title when known
    (QT_TR_NOOP("Responses"), lambda v: v.responses),
    (QT_TR_NOOP("Sign-ups"), lambda v: v.signups),
    (QT_TR_NOOP("Not exported"), lambda v: v.signups_not_exported),
    (QT_TR_NOOP("Status"), lambda v: tr("Closed", "visit") if v.closed else tr("Open", "visit")),
)
SURVEY = 4
NUMERIC = {5, 6, 7}
_ALIGNMENT_ROLE = 7  # Qt.ItemDataRole.TextAlignmentRole
_RIGHT = 0x0002 | 0x0080  # Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter
# Closed visits' text colour, given as a QColor under Qt.ItemDataRole.ForegroundRole: the view
# paints it as a solid brush. A QBrush made here makes PySide resolve QBrush's constructors,
# which builds its whole `Qt` namespace: 25-50 ms before the first paint of any list with a
# closed visit.
_FOREGROUND_ROLE = 9


class VisitTableModel(QStandardItemModel):
    def __init__(self, parent=None) -> None:
        super().__init__(0, len(COLUMNS), parent)
        self.setHorizontalHeaderLabels([tr(name) for name, _text in COLUMNS])
        self._visits: list[VisitSummary] = []
        self._grey: QColor | None = None  # closed visits' text, made on first use

    def set_visits(
        self, visits: list[VisitSummary], survey_titles: dict[str, str] | None = None
    ) -> None:
        titles = survey_titles or {}
        self._visits = list(visits)
        self.setRowCount(0)
        for visit in self._visits:
            # A row's cells are copies of one item holding what they share (read-only, the
            # tooltip, a closed visit's grey): set on each new item, they cost 2.5 times as
            # much (12 M instructions for 40 rows, 5 M copied).
            cell = QStandardItem()
            cell.setEditable(False)
            cell.setToolTip(f"{visit.school} — {visit.group_name}\n" + tr(
                "Presenters: {names}").format(names=visit.presenters or "—"))
            if visit.closed:
                if self._grey is None:
                    self._grey = QColor("#6b6b6b")
                cell.setData(self._grey, _FOREGROUND_ROLE)
            number = cell.clone()
            number.setData(_RIGHT, _ALIGNMENT_ROLE)
            row = []
            for column, (_name, text) in enumerate(COLUMNS):
                item = (number if column in NUMERIC else cell).clone()
                item.setText(titles.get(visit.survey_key) or text(visit) if column == SURVEY
                             else str(text(visit)))
                row.append(item)
            self.appendRow(row)

    def visit_at(self, row: int) -> VisitSummary | None:
        return self._visits[row] if 0 <= row < len(self._visits) else None

    def row_of(self, visit_id: str) -> int:
        return next((i for i, v in enumerate(self._visits) if v.id == visit_id), -1)


class ColumnFit(QObject):
    """Keeps the short columns (date, educator, counts) as wide as their longest text and
    gives the room left to the stretching ones (school, class).

    Qt's own ResizeToContents sizes a column when rows come in; rows that come in while the
    table is hidden (behind the empty-list text or the first-run guide, as right after the
    first visit is created) were measured without their view and left "Mon 07 Dec 20…" cut
    while School had room. So the widths are measured again whenever the rows change and
    whenever the table is shown.
    """

    def __init__(self, table: QTableView, stretch: tuple[int, ...]) -> None:
        super().__init__(table)
        self.table, self.stretch = table, stretch
        header = table.horizontalHeader()
        header.setMinimumSectionSize(40)
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        for column in stretch:
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.Stretch)
        model = table.model()
        for signal in (model.modelReset, model.rowsInserted, model.dataChanged,
                       model.layoutChanged, model.headerDataChanged):
            signal.connect(self.later)
        table.installEventFilter(self)
        self._queued = False
        self.later()

    def later(self, *_args: object) -> None:
        """One fit for a burst of changes: a refresh appends each row with its own signal,
        and measuring every row again for each of them was most of the first paint."""
        if not self._queued:
            self._queued = True
            QTimer.singleShot(0, self.fit)

    def fit(self) -> None:
        self._queued = False
        header = self.table.horizontalHeader()
        for column in range(header.count()):
            if column not in self.stretch:
                header.resizeSection(column, max(self.table.sizeHintForColumn(column),
                                                 header.sectionSizeHint(column)))

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Show, QEvent.Type.FontChange,
                            QEvent.Type.StyleChange):
            self.later()
        return False
