"""The Review window: sheets waiting for review on the left, the uncertain question on the right.

Keyboard alone: number keys or ↑ ↓ pick, 0 leaves blank, Enter confirms (and after a sheet's
last question stores it), Backspace goes back a question, PageUp/PageDown change sheet.
Sheets stored here are listed under "Done this session"; clicking one (or Ctrl+Z for the last)
reopens it to change a decision, until the window closes.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QListWidget,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.ui.review.question import QuestionPanel, suggestion
from sos_desktop.ui.review.session import ReviewSession

STYLE = """
QWidget#review { background: #fbf9fc; }
QLabel#heading { font-size: 22px; font-weight: 700; color: #5b1a7a; }
QLabel#subheading { font-size: 16px; font-weight: 700; color: #5b1a7a; }
QLabel#position { font-size: 14px; color: #444444; font-weight: 600; }
QLabel#question { font-size: 21px; font-weight: 600; color: #1b1b1b; }
QLabel#reason { font-size: 16px; color: #8a3b00; font-weight: 600; }
QLabel#hint { font-size: 14px; color: #444444; }
QLabel#crop { background: #ffffff; border: 1px solid #cfc6d6; }
QLabel#status { font-size: 15px; font-weight: 600; }
QLabel#empty { font-size: 18px; color: #333333; }
QListWidget { font-size: 14px; }
QListWidget::item { padding: 6px 4px; border-bottom: 1px solid #e6e0ea; color: #1b1b1b; }
QListWidget::item:selected { background: #efe4f4; color: #1b1b1b; border-left: 4px solid #5b1a7a; }
QPushButton { font-size: 15px; padding: 8px 14px; }
QPushButton#choice { text-align: left; font-size: 17px; padding: 9px 14px; border-radius: 8px;
    border: 2px solid #b9aec2; background: #ffffff; color: #1b1b1b; }
QPushButton#choice[current="true"] { border: 3px solid #f2a900; }
QPushButton#choice:checked { background: #5b1a7a; color: #ffffff; border-color: #5b1a7a;
    font-weight: 700; }
QPushButton#choice:checked[current="true"] { border: 3px solid #f2a900; }
QPushButton#primary { font-size: 16px; padding: 9px 18px; background: #5b1a7a;
    color: #ffffff; border-radius: 8px; }
"""


class ReviewWindow(QWidget):
    stored = Signal()  # a response went in

    def __init__(self, db: Database, visit_names: Callable[[str], str] = str,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("review")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(STYLE)
        self.setWindowTitle(tr("Review answer sheets"))
        self.session = ReviewSession(db, visit_names)

        heading = QLabel(tr("Sheets waiting for review"))
        heading.setObjectName("heading")
        heading.setWordWrap(True)  # as the lists, 300 wide
        heading.setMaximumWidth(300)
        self.sheet_list = QListWidget()
        self.sheet_list.setAccessibleName(tr("Sheets waiting for review"))
        self.sheet_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.sheet_list.currentRowChanged.connect(self._sheet_clicked)
        self.sheet_list.setFixedWidth(300)
        self.sheet_list.setWordWrap(True)
        self.sheet_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        done_heading = QLabel(tr("Done this session (click to change)"))
        done_heading.setObjectName("subheading")
        done_heading.setWordWrap(True)  # no wider than the lists (Spanish runs longer)
        done_heading.setMaximumWidth(300)
        self.done_list = QListWidget()
        self.done_list.setAccessibleName(tr("Done this session"))
        self.done_list.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.done_list.setFixedWidth(300)
        self.done_list.setWordWrap(True)
        self.done_list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.done_list.itemClicked.connect(
            lambda item: self._reopen(self.done_list.row(item)))
        left = QVBoxLayout()
        left.addWidget(heading)
        left.addWidget(self.sheet_list, 3)
        left.addWidget(done_heading)
        left.addWidget(self.done_list, 2)
        keys = QLabel(tr("PageUp / PageDown: another sheet\nBackspace: previous question\n"
                         "Ctrl+Z: change the last sheet stored\n"
                         "Esc: close (undecided sheets stay in the queue)"))
        keys.setObjectName("hint")
        keys.setWordWrap(True)  # no wider than the lists: a longer language wraps
        keys.setMaximumWidth(300)
        left.addWidget(keys)

        self.panel = QuestionPanel()
        self.panel.confirmed.connect(self._confirm)
        self.status = QLabel()
        self.status.setObjectName("status")
        self.status.setWordWrap(True)
        self.empty = QLabel(tr("No sheet waits for review.\n\nSheets with a light mark, a "
                               "crossed-out bubble or two marks on a one-answer question come "
                               "here after a scan."))
        self.empty.setObjectName("empty")
        self.empty.setWordWrap(True)
        self.empty.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.stack = QStackedWidget()
        self.stack.addWidget(self.panel)
        self.stack.addWidget(self.empty)
        right = QVBoxLayout()
        right.addWidget(self.stack, 1)
        right.addWidget(self.status)

        layout = QHBoxLayout(self)
        layout.setContentsMargins(16, 14, 16, 14)
        layout.setSpacing(20)
        layout.addLayout(left)
        layout.addLayout(right, 1)

        QShortcut(QKeySequence("Esc"), self, self.close)
        QShortcut(QKeySequence("Backspace"), self, self._back)
        QShortcut(QKeySequence("PgDown"), self, lambda: self._go(+1))
        QShortcut(QKeySequence("PgUp"), self, lambda: self._go(-1))
        QShortcut(QKeySequence("Ctrl+Z"), self, lambda: self._reopen(len(self.session.done) - 1))
        self.reload()

    def reload(self) -> None:
        self.session.load()
        self._fill_list()
        self._show()

    def _fill_list(self) -> None:
        self.sheet_list.blockSignals(True)
        self.sheet_list.clear()
        for number, sheet in enumerate(self.session.sheets, start=1):
            n = len(sheet.questions)
            self.sheet_list.addItem(
                tr("Sheet {number}: %n question(s) to decide ({language})", None, n).format(
                    number=number, language=sheet.language.upper())
                + "\n" + self.session.visit_names(sheet.visit_id))
        current = self.session.sheet_index if self.session.sheets else -1
        self.sheet_list.setCurrentRow(current if self.session.reopened is None else -1)
        self.sheet_list.blockSignals(False)
        self.done_list.clear()
        for index, done in enumerate(self.session.done):
            self.done_list.addItem("✓ " + self.session.visit_names(done.sheet.visit_id) + "\n"
                                   + self.session.done_summary(index))
        if self.session.reopened is not None:
            self.done_list.setCurrentRow(self.session.reopened)

    def _show(self) -> None:
        question = self.session.question
        if question is None:
            self.stack.setCurrentWidget(self.empty)
            return
        self.stack.setCurrentWidget(self.panel)
        picked = self.session.previous_choice()
        self.panel.show_question(question, self.session.position(),
                                 picked if picked is not None else suggestion(question))
        self.panel.setFocus(Qt.FocusReason.OtherFocusReason)

    def _confirm(self) -> None:
        step = self.session.decide(self.panel.chosen())
        if step.message:
            self.status.setStyleSheet("color: #b3261e;")
            self.status.setText(step.message)
            return
        if step.stored:
            self.status.setStyleSheet("color: #1b873f;")
            left = len(self.session.sheets)
            self.status.setText(
                tr("✓ Changed; the sheet's stored answers are replaced.") if step.changed
                else tr("✓ Stored. %n sheet(s) left. Ctrl+Z changes it.", None, left))
            self._fill_list()
            self.stored.emit()
        else:
            self.status.setText("")
        self._show()

    def _back(self) -> None:
        self.session.back()
        self._show()

    def _go(self, delta: int) -> None:
        reopened = self.session.reopened is not None
        self.session.go_to_sheet(self.session.sheet_index + (0 if reopened else delta))
        self._fill_list()
        self.status.setText("")
        self._show()

    def _sheet_clicked(self, row: int) -> None:
        self.session.go_to_sheet(row)
        self.done_list.clearSelection()
        self._show()

    def _reopen(self, index: int) -> None:
        if not 0 <= index < len(self.session.done):
            return
        self.session.reopen(index)
        self._fill_list()
        self.status.setStyleSheet("")
        self.status.setText(tr("Change the answers, then Enter stores them in place of the "
                               "old ones. PageDown goes back to the queue."))
        self._show()
