"""The overview grid: every slide as a thumbnail; arrows move, Enter or a click jumps."""

from __future__ import annotations

import math
from collections.abc import Callable

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent, QPen, QWheelEvent
from PySide6.QtWidgets import QWidget

from sos_desktop.ui.presentation.cache import RenderCache

GAP = 14
LABEL = 22


class OverviewGrid(QWidget):
    def __init__(self, cache: RenderCache, on_choose: Callable[[int], None],
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.selected = 0
        self.current = 0
        self.first_row = 0
        self.aspect = 16 / 9
        self._on_choose = on_choose
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        cache.ready.connect(lambda _i: self.update() if self.isVisible() else None)

    @property
    def columns(self) -> int:
        count = self.cache.count
        return max(3, min(8, math.ceil(math.sqrt(count * 1.4))))

    def thumb_size(self) -> QSize:
        width = (self.width() - GAP * (self.columns + 1)) // self.columns
        return QSize(max(40, width), max(22, round(width / self.aspect)))

    def rows_visible(self) -> int:
        return max(1, (self.height() - GAP) // (self.thumb_size().height() + LABEL + GAP))

    def visible_range(self) -> range:
        start = self.first_row * self.columns
        return range(start, min(self.cache.count, start + self.rows_visible() * self.columns))

    def set_selection(self, selected: int, current: int) -> None:
        self.selected, self.current = selected, current
        row = selected // self.columns
        if row < self.first_row:
            self.first_row = row
        elif row >= self.first_row + self.rows_visible():
            self.first_row = row - self.rows_visible() + 1
        self.update()

    def cell(self, index: int) -> QRectF:
        thumb = self.thumb_size()
        row, col = divmod(index, self.columns)
        row -= self.first_row
        x = GAP + col * (thumb.width() + GAP)
        y = GAP + row * (thumb.height() + LABEL + GAP)
        return QRectF(x, y, thumb.width(), thumb.height())

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.fillRect(self.rect(), QColor("#1E1E24"))
        painter.setFont(QFont("DejaVu Sans", 11))
        thumb = self.thumb_size()
        for index in self.visible_range():
            box = self.cell(index)
            painter.fillRect(box, QColor("#33333C"))
            image = self.cache.get(index, thumb)
            if image is not None:
                target = QRectF(0, 0, image.width(), image.height())
                target.moveCenter(box.center())
                painter.drawImage(target, image)
            if index in (self.selected, self.current):
                colour = "#F2B705" if index == self.selected else "#5AA9E6"
                painter.setPen(QPen(QColor(colour), 4))
                painter.drawRect(box.adjusted(-3, -3, 3, 3))
            painter.setPen(QColor("#E6E6E6"))
            painter.drawText(QRectF(box.left(), box.bottom() + 2, box.width(), LABEL),
                             Qt.AlignmentFlag.AlignCenter, str(index + 1))
        painter.end()

    def index_at(self, x: float, y: float) -> int | None:
        for index in self.visible_range():
            if self.cell(index).adjusted(-4, -4, 4, LABEL).contains(x, y):
                return index
        return None

    def mousePressEvent(self, event: QMouseEvent) -> None:
        index = self.index_at(event.position().x(), event.position().y())
        if index is not None:
            self._on_choose(index)

    def wheelEvent(self, event: QWheelEvent) -> None:
        rows = math.ceil(self.cache.count / self.columns)
        step = -1 if event.angleDelta().y() > 0 else 1
        self.first_row = min(max(0, self.first_row + step), max(0, rows - self.rows_visible()))
        self.update()
