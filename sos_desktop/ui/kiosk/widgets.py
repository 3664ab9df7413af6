"""Small building blocks: wrapped labels, check boxes with wrapping text, big buttons."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QPointF, QRectF, QSize, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QFocusEvent,
    QKeyEvent,
    QMouseEvent,
    QPainter,
    QPainterPath,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

# KeyboardRing always comes before a button class: tell the type checker so.
if TYPE_CHECKING:
    _Button = QAbstractButton
else:
    _Button = object

PURPLE = QColor("#5b1a7a")
OUTLINE = QColor("#5e5e5e")  # unchecked box edge: ≥ 4.5:1 on white and on cream
FOCUS = QColor("#f2a900")
DISABLED = QColor("#a9a9a9")
INDICATOR = 30  # drawn size of the box / circle next to 21 px text
BOX_SIZE = 38  # the indicator widget, focus ring included


def label(text: str = "", name: str = "body") -> QLabel:
    widget = QLabel(text)
    widget.setObjectName(name)
    widget.setWordWrap(True)
    widget.setTextFormat(Qt.TextFormat.PlainText)
    return widget


def button(text: str, primary: bool = False) -> QPushButton:
    widget = QPushButton(text)
    widget.setAccessibleName(text)
    if primary:
        widget.setObjectName("primary")
    widget.setCursor(Qt.CursorShape.PointingHandCursor)
    widget.setAutoDefault(True)  # Enter presses a focused button, not only Space
    return widget


class KeyboardRing(_Button):
    """Mixin for a button: its focus ring shows only once the keyboard is in use. A page puts
    its first focus on its first answer; a ring there must not look like a choice made."""

    _KEYBOARD = (Qt.FocusReason.TabFocusReason, Qt.FocusReason.BacktabFocusReason,
                 Qt.FocusReason.ShortcutFocusReason)

    def ring_shown(self) -> bool:
        return bool(self.property("ring")) and self.hasFocus()

    def _ring(self, on: bool) -> None:
        if self.property("ring") != on:
            self.setProperty("ring", on)
            self.style().unpolish(self)
            self.style().polish(self)
            self.update()

    def focusInEvent(self, event: QFocusEvent) -> None:
        self._ring(event.reason() in self._KEYBOARD)
        super().focusInEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._ring(False)
        super().focusOutEvent(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:
        self._ring(True)
        super().keyPressEvent(event)


def _paint_indicator(widget: _BigCheckBox | _BigRadio, round_: bool) -> None:
    """A large, high-contrast box or circle, painted the same on every platform style."""
    painter = QPainter(widget)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    side = INDICATOR
    rect = QRectF((widget.width() - side) / 2, (widget.height() - side) / 2, side, side)
    enabled = widget.isEnabled()
    colour = PURPLE if enabled else DISABLED
    if widget.ring_shown():
        painter.setPen(QPen(FOCUS, 3))
        painter.setBrush(Qt.BrushStyle.NoBrush)
        ring = rect.adjusted(-3.5, -3.5, 3.5, 3.5)
        if round_:
            painter.drawEllipse(ring)
        else:
            painter.drawRoundedRect(ring, 8, 8)
    checked = widget.isChecked()
    inner = rect.adjusted(1.25, 1.25, -1.25, -1.25)
    painter.setPen(QPen(colour if checked else (OUTLINE if enabled else DISABLED), 2.5))
    if round_:
        painter.setBrush(QColor("#ffffff"))
        painter.drawEllipse(inner)
        if checked:
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(colour)
            painter.drawEllipse(rect.center(), side * 0.26, side * 0.26)
    else:
        painter.setBrush(colour if checked else QColor("#ffffff"))
        painter.drawRoundedRect(inner, 6, 6)
        if checked:
            tick = QPainterPath(QPointF(rect.left() + side * 0.24, rect.top() + side * 0.52))
            tick.lineTo(rect.left() + side * 0.42, rect.top() + side * 0.70)
            tick.lineTo(rect.left() + side * 0.77, rect.top() + side * 0.31)
            pen = QPen(QColor("#ffffff"), 3.5)
            pen.setCapStyle(Qt.PenCapStyle.RoundCap)
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawPath(tick)
    painter.end()


class Dropdown(QComboBox):
    """A combo box with a large chevron: style sheets cannot draw one without image files."""

    ARROW_WIDTH = 48  # matches QComboBox::drop-down in the kiosk style sheet

    def paintEvent(self, event: QPaintEvent) -> None:
        super().paintEvent(event)
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        pen = QPen(PURPLE if self.isEnabled() else DISABLED, 3.5)
        pen.setCapStyle(Qt.PenCapStyle.RoundCap)
        pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
        painter.setPen(pen)
        centre = QPointF(self.width() - self.ARROW_WIDTH / 2 - 2, self.height() / 2)
        half, rise = 8.0, 4.5
        up = self.view().isVisible()
        sign = -1 if up else 1
        chevron = QPainterPath(QPointF(centre.x() - half, centre.y() - sign * rise))
        chevron.lineTo(centre.x(), centre.y() + sign * rise)
        chevron.lineTo(centre.x() + half, centre.y() - sign * rise)
        painter.drawPath(chevron)
        painter.end()


class _BigCheckBox(KeyboardRing, QCheckBox):
    def sizeHint(self) -> QSize:
        return QSize(BOX_SIZE, BOX_SIZE)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_indicator(self, round_=False)


class _BigRadio(KeyboardRing, QRadioButton):
    def sizeHint(self) -> QSize:
        return QSize(BOX_SIZE, BOX_SIZE)

    def hitButton(self, pos) -> bool:
        return self.rect().contains(pos)

    def paintEvent(self, event: QPaintEvent) -> None:
        _paint_indicator(self, round_=True)


class _ClickLabel(QLabel):
    clicked = Signal()

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self.clicked.emit()
        event.accept()

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            # Centre the first line of text on the indicator, whatever the font size.
            top = max(0, (BOX_SIZE - self.fontMetrics().height()) // 2)
            self.setContentsMargins(0, top, 0, 0)


class WrapCheck(QWidget):
    """A check box (or radio) whose label wraps: QCheckBox cuts long text off.

    The whole row (indicator, text and the gaps between) is one touch target, and a
    chosen row is tinted so the choice reads from across the table.
    """

    toggled = Signal(bool)

    def __init__(self, text: str = "", radio: bool = False, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("choiceRow")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.box = _BigRadio() if radio else _BigCheckBox()
        self.box.setFixedSize(BOX_SIZE, BOX_SIZE)
        self.text_label = _ClickLabel()
        self.text_label.setObjectName("choice")
        self.text_label.setWordWrap(True)
        self.text_label.setTextFormat(Qt.TextFormat.PlainText)
        self.text_label.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text_label.clicked.connect(self._click)
        self.text_label.setBuddy(self.box)
        row = QHBoxLayout(self)
        row.setContentsMargins(8, 4, 12, 4)
        row.setSpacing(12)
        row.addWidget(self.box, 0, Qt.AlignmentFlag.AlignTop)
        row.addWidget(self.text_label, 1)
        self.box.toggled.connect(self._restyle)
        self.box.toggled.connect(self.toggled)
        self.setFocusProxy(self.box)
        self.setText(text)
        self._restyle(False)

    def _click(self) -> None:
        if self.box.isEnabled():
            self.box.click()
            self.box.setFocus(Qt.FocusReason.MouseFocusReason)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        if event.button() == Qt.MouseButton.LeftButton:
            self._click()
        event.accept()

    def _restyle(self, checked: bool) -> None:
        self.setProperty("checked", bool(checked))
        self.style().unpolish(self)
        self.style().polish(self)
        self.update()

    def setText(self, text: str) -> None:
        # The label has a buddy, so Qt reads "&" as a shortcut marker ("Msg & data" would
        # show as "Msg _data"): doubled, it shows as the one "&" of the stored wording.
        self._text = text
        self.text_label.setText(text.replace("&", "&&"))
        self.box.setAccessibleName(text)

    def text(self) -> str:
        return self._text

    def isChecked(self) -> bool:
        return self.box.isChecked()

    def setChecked(self, checked: bool) -> None:
        self.box.setChecked(checked)
        self._restyle(self.box.isChecked())  # also when the box's signals are blocked
