"""Restore a backup: every backup in a table with when it was taken, why, what it holds and
its whole file name, newest first, so no two look alike; or another file (a copy on a USB
stick) through "Other file…"."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

from PySide6.QtCore import QDateTime, QLocale
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.backups.contents import BackupContents
from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.words.errors import in_our_words

REASONS = {
    "daily": QT_TR_NOOP("Daily, at start-up"),
    "visit-closed": QT_TR_NOOP("A visit was closed"),
    "by-hand": QT_TR_NOOP("Back up now"),
    "before-restore": QT_TR_NOOP("Before a restore"),
    "before-migration": QT_TR_NOOP("Before an update"),
    "other": QT_TR_NOOP("Another copy"),
}
COLUMNS = (QT_TR_NOOP("Taken"), QT_TR_NOOP("Why"), QT_TR_NOOP("Visits"),
           QT_TR_NOOP("Responses"), QT_TR_NOOP("Sign-ups"), QT_TR_NOOP("Size"),
           QT_TR_NOOP("File"))


def when_text(taken_at: datetime | None) -> str:
    """The local date and time to the second, in the interface's language."""
    if taken_at is None:
        return "—"
    local = taken_at.replace(tzinfo=UTC).astimezone()
    moment = QDateTime(local.year, local.month, local.day, local.hour, local.minute,
                       local.second)
    return QLocale().toString(moment, "ddd dd MMM yyyy, HH:mm:ss")


def holds_text(backup: BackupContents) -> str:
    if backup.visits is None:
        return tr("cannot be read: {problem}").format(problem=in_our_words(backup.problem))
    return tr("visits: {visits}, responses: {responses}, sign-ups: {signups}").format(
        visits=backup.visits, responses=backup.responses, signups=backup.signups)


class RestoreDialog(QDialog):
    def __init__(self, backups: list[BackupContents], folder: Path,
                 pick_other: Callable[[QWidget], Path | None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(tr("Restore a backup"))
        self.resize(1100, 480)
        self.backups, self._pick_other = backups, pick_other
        self.chosen: Path | None = None
        intro = QLabel(tr("Backups in {folder}, newest first. The current data is backed up "
                          "before a restore, so a restore can be undone.").format(folder=folder))
        intro.setWordWrap(True)
        self.table = QTableWidget(len(backups), len(COLUMNS))
        self.table.setHorizontalHeaderLabels([tr(c) for c in COLUMNS])
        self.table.setAccessibleName(tr("Backups"))
        self.table.verticalHeader().hide()
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setWordWrap(False)
        locale = QLocale()
        for row, backup in enumerate(backups):
            unreadable = backup.visits is None
            cells = [when_text(backup.taken_at), tr(REASONS.get(backup.reason, REASONS["other"])),
                     *(["—"] * 3 if unreadable else
                       [str(backup.visits), str(backup.responses), str(backup.signups)]),
                     locale.formattedDataSize(backup.size), backup.path.name]
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                if 2 <= column <= 5:  # counts and size line up on the right
                    item.setTextAlignment(0x0002 | 0x0080)  # AlignRight | AlignVCenter
                item.setToolTip(holds_text(backup) + "\n" + str(backup.path))
                self.table.setItem(row, column, item)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(len(COLUMNS) - 1, QHeaderView.ResizeMode.Stretch)
        self.table.itemSelectionChanged.connect(self._selected)
        self.table.doubleClicked.connect(lambda _i: self._restore())
        self.table.activated.connect(lambda _i: self._restore())  # Enter on a row
        self.detail = QLabel()
        self.detail.setWordWrap(True)
        self.empty = QLabel(tr("No backup in this folder yet. “Other file…” restores a copy "
                               "from somewhere else (a USB stick)."))
        self.empty.setWordWrap(True)
        self.empty.setVisible(not backups)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
        self.restore_button = QPushButton(tr("&Restore"))
        self.restore_button.setDefault(True)
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.AcceptRole)
        other = QPushButton(tr("&Other file…"))
        buttons.addButton(other, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self._restore)
        other.clicked.connect(self._other)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.table, 1)
        layout.addWidget(self.empty)
        layout.addWidget(self.detail)
        layout.addWidget(buttons)
        if backups:
            self.table.selectRow(0)
            self.table.setFocus()  # ↑ ↓ pick, Enter restores (after the question)
        self._selected()

    def _row(self) -> int:
        rows = self.table.selectionModel().selectedRows()
        return rows[0].row() if rows else -1

    def _selected(self) -> None:
        row = self._row()
        ok = row >= 0 and self.backups[row].visits is not None
        self.restore_button.setEnabled(ok)
        self.detail.setText(holds_text(self.backups[row]) if row >= 0 else "")

    def _restore(self) -> None:
        row = self._row()
        if row >= 0 and self.backups[row].visits is not None:
            self.chosen = self.backups[row].path
            self.accept()

    def _other(self) -> None:
        path = self._pick_other(self)
        if path is not None:
            self.chosen = path
            self.accept()
