"""One uncertain question: the crop of the sheet beside the choices; the organizer decides.

Keyboard: ↑/↓ move, a number picks that choice, 0 picks "Leave blank", Space ticks the choice
under the cursor, Enter confirms. A single-choice question keeps one pick; a multiple-choice
question keeps several.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtGui import QKeyEvent, QPixmap
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.camera.steady import FRAMES_DISAGREE
from sos_desktop.core.paper.read import Reason
from sos_desktop.core.paper.review import ReviewQuestion
from sos_desktop.i18n import QT_TR_NOOP, tr

BLANK = QT_TR_NOOP("Leave blank")
SEEN = {"marked": QT_TR_NOOP("read as marked"), "unclear": QT_TR_NOOP("light or crossed out")}
# Why the reader left a question to the organizer, by core's reason (its value is English).
REASONS = {
    Reason.LIGHT.value: QT_TR_NOOP("light or partial mark"),
    Reason.CROSSED.value: QT_TR_NOOP("crossed-out bubble"),
    Reason.TWO_MARKS.value: QT_TR_NOOP("two marks on a single-choice question"),
    Reason.TOO_MANY.value: QT_TR_NOOP("more choices marked than allowed"),
    Reason.BESIDE.value: QT_TR_NOOP("a mark beside the circles, none in them"),
    Reason.UNCLEAR.value: QT_TR_NOOP("the picture is blurred or bent here: check each circle"),
    FRAMES_DISAGREE: QT_TR_NOOP("the camera's frames read it differently"),
}


def suggestion(question: ReviewQuestion) -> tuple[str, ...] | None:
    """The clear marks, when they form a valid answer: the organizer still confirms."""
    if question.multiple:
        return tuple(question.marked) or None
    return tuple(question.marked) if len(question.marked) == 1 else None


class QuestionPanel(QWidget):
    confirmed = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.setAccessibleName(tr("Question to review"))
        self.position = QLabel()
        self.position.setObjectName("position")
        self.position.setWordWrap(True)  # a school's long name, a longer language
        self.title = QLabel()
        self.title.setObjectName("question")
        self.title.setWordWrap(True)
        self.reason = QLabel()
        self.reason.setObjectName("reason")
        self.reason.setWordWrap(True)
        self.crop = QLabel()
        self.crop.setObjectName("crop")
        self.crop.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.crop.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Ignored)
        self.crop.setMinimumSize(300, 160)
        self.crop.setAccessibleName(tr("This question on the sheet"))
        self.choices_box = QVBoxLayout()
        self.choices_box.setSpacing(8)
        self.confirm = QPushButton(tr("Confirm (Enter)"))
        self.confirm.setObjectName("primary")
        self.confirm.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.confirm.clicked.connect(self.confirmed)
        self.keys_hint = QLabel()
        self.keys_hint.setObjectName("hint")
        self.keys_hint.setWordWrap(True)

        right = QVBoxLayout()
        right.addLayout(self.choices_box)
        right.addStretch(1)
        right.addWidget(self.keys_hint)
        right.addWidget(self.confirm)
        side_by_side = QHBoxLayout()
        side_by_side.setSpacing(24)
        side_by_side.addWidget(self.crop, 3)
        side_by_side.addLayout(right, 2)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.position)
        layout.addWidget(self.title)
        layout.addWidget(self.reason)
        layout.addLayout(side_by_side, 1)

        self.keys: list[str] = []  # choice keys by row; the last row is "Leave blank" ("")
        self.buttons: list[QPushButton] = []
        self.multiple = False
        self.picked: set[int] = set()
        self.row_at = 0
        self._pixmap = QPixmap()

    def show_question(self, question: ReviewQuestion, position: str,
                      picked: tuple[str, ...] | None) -> None:
        """Show `question`; `picked` pre-selects choice keys (() = leave blank)."""
        self.position.setText(position)
        self.title.setText(f"{question.number}. {question.label}")
        reason = tr(REASONS[question.reason]) if question.reason in REASONS else question.reason
        self.reason.setText(tr("Why it needs you: {reason}").format(reason=reason))
        self._pixmap = QPixmap()
        self._pixmap.loadFromData(question.crop_png, "PNG")
        self._fit_crop()
        self.multiple = question.multiple
        for button in self.buttons:  # out of the layout now: the window never holds both sets
            self.choices_box.removeWidget(button)
            button.hide()
            button.deleteLater()
        self.buttons, self.keys = [], []
        for row, (key, text) in enumerate([*question.choices, ("", tr(BLANK))]):
            number = row + 1
            shortcut = "0" if not key else str(number) if number <= 9 else ""
            seen = ("marked" if key and key in question.marked
                    else "unclear" if key and key in question.unclear else "")
            if seen:
                text = f"{text}   ({tr(SEEN[seen])})"
            button = QPushButton(f"{shortcut}   {text}" if shortcut else f"    {text}")
            button.setObjectName("choice")
            button.setCheckable(True)
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
            button.setAccessibleName(text)
            button.clicked.connect(lambda _c=False, r=row: self._pick(r))
            self.choices_box.addWidget(button)
            self.buttons.append(button)
            self.keys.append(key)
        blank = len(self.keys) - 1
        picks = (set() if picked is None else {blank} if not picked
                 else {self.keys.index(k) for k in picked if k in self.keys})
        self.picked = picks
        self.row_at = min(picks) if picks else 0
        self.keys_hint.setText(
            tr("Number keys or ↑ ↓ and Space to tick, 0 leaves it blank, Enter confirms.")
            if self.multiple
            else tr("A number key or ↑ ↓ picks, 0 leaves it blank, Enter confirms."))
        self._paint()
        self.setFocus(Qt.FocusReason.OtherFocusReason)

    def chosen(self) -> tuple[str, ...] | None:
        """The choice keys picked; () = leave blank; None = nothing picked yet."""
        if not self.picked:
            return None
        return tuple(self.keys[r] for r in sorted(self.picked) if self.keys[r])

    # --- keys ---------------------------------------------------------------------------------
    def keyPressEvent(self, event: QKeyEvent) -> None:
        key, text = event.key(), event.text()
        last = len(self.buttons) - 1
        if key in (Qt.Key.Key_Up, Qt.Key.Key_Down) and self.buttons:
            self.row_at = max(0, min(last, self.row_at + (1 if key == Qt.Key.Key_Down else -1)))
            if not self.multiple:
                self.picked = {self.row_at}
            self._paint()
        elif key == Qt.Key.Key_Space and self.buttons:
            self._pick(self.row_at)
        elif text.isdigit() and len(text) == 1 and self.buttons:
            row = last if text == "0" else int(text) - 1
            if 0 <= row < last or text == "0":
                self.row_at = row
                self._pick(row)
        elif key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
            self.confirmed.emit()
        else:
            super().keyPressEvent(event)

    def _pick(self, row: int) -> None:
        blank = len(self.buttons) - 1
        self.row_at = row
        if not self.multiple or row == blank:
            self.picked = {row}
        elif row in self.picked:
            self.picked.discard(row)
        else:
            self.picked = (self.picked - {blank}) | {row}
        self._paint()

    def _paint(self) -> None:
        for row, button in enumerate(self.buttons):
            button.setChecked(row in self.picked)
            button.setProperty("current", row == self.row_at)
            button.style().unpolish(button)
            button.style().polish(button)

    # --- crop ---------------------------------------------------------------------------------
    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self._fit_crop()

    def _fit_crop(self) -> None:
        if self._pixmap.isNull():
            self.crop.setText(tr("(no picture of this question)"))
            return
        size = self.crop.size()
        self.crop.setPixmap(self._pixmap.scaled(
            size.width(), size.height(), Qt.AspectRatioMode.KeepAspectRatio,
            Qt.TransformationMode.SmoothTransformation))
