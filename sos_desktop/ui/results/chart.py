"""One question's bars, painted directly: crisp at any size, no chart library needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from sos_desktop.core.results import QuestionResult

BAR = QColor("#5b1a7a")
TRACK = QColor("#ece6f0")
INK = QColor("#1b1b1b")
MUTED = QColor("#555555")


class QuestionChart(QWidget):
    def __init__(self, result: QuestionResult, scale: float = 1.0, parent=None) -> None:  # noqa: ANN001
        super().__init__(parent)
        self.result = result
        self.scale = scale
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(result.label)
        self.setAccessibleDescription(self._describe())

    def set_result(self, result: QuestionResult) -> None:
        self.result = result
        self.setAccessibleDescription(self._describe())
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        r = self.result
        if r.hidden_reason:
            return r.hidden_reason
        return "; ".join(f"{b.label}: {b.count} ({b.percent:.0f}%)" for b in r.bars)

    # --- geometry ----------------------------------------------------------------------------
    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setPixelSize(round(26 * self.scale))
        title.setBold(True)
        body = QFont(self.font())
        body.setPixelSize(round(20 * self.scale))
        return title, body

    def _title_height(self, width: int) -> int:
        title, _ = self._fonts()
        rect = QFontMetrics(title).boundingRect(0, 0, max(width, 100), 10_000,
                                                int(Qt.TextFlag.TextWordWrap), self.result.label)
        return rect.height() + round(10 * self.scale)

    def _row_height(self) -> int:
        return round(40 * self.scale)

    def _rows(self) -> int:
        r = self.result
        return len(r.bars) or len(r.texts) or 1

    def heightForWidth(self, width: int) -> int:  # noqa: N802
        padding = round(24 * self.scale)
        return self._title_height(width) + self._rows() * self._row_height() + padding

    def hasHeightForWidth(self) -> bool:  # noqa: N802
        return True

    def sizeHint(self) -> QSize:  # noqa: N802
        width = max(self.width(), 600)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:  # noqa: ANN001, N802
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(self.width()))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, body_font = self._fonts()
        width = self.width()
        top = self._title_height(width)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, top), int(Qt.TextFlag.TextWordWrap), self.result.label)
        painter.setFont(body_font)
        row = self._row_height()
        r = self.result
        if r.hidden_reason:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, top, width, row), int(Qt.AlignmentFlag.AlignVCenter),
                             f"{r.answered} answer(s) so far — {r.hidden_reason}")
            return
        if r.texts:
            for i, line in enumerate(r.texts):
                painter.drawText(QRectF(0, top + i * row, width, row),
                                 int(Qt.AlignmentFlag.AlignVCenter), f"“{line}”")
            return
        label_w = min(width * 0.34, 420 * self.scale)
        figure_w = 150 * self.scale
        bar_w = max(10.0, width - label_w - figure_w - 24 * self.scale)
        metrics = QFontMetrics(body_font)
        for i, bar in enumerate(r.bars):
            y = top + i * row
            painter.setPen(INK)
            text = metrics.elidedText(bar.label, Qt.TextElideMode.ElideRight, int(label_w - 8))
            painter.drawText(QRectF(0, y, label_w - 8, row),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight), text)
            track = QRectF(label_w + 8 * self.scale, y + row * 0.18, bar_w, row * 0.64)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, 6, 6)
            if bar.count:
                filled = QRectF(track.x(), track.y(), max(6.0, bar_w * bar.percent / 100),
                                track.height())
                painter.setBrush(BAR)
                painter.drawRoundedRect(filled, 6, 6)
            painter.setPen(INK)
            painter.drawText(QRectF(track.right() + 10 * self.scale, y, figure_w, row),
                             int(Qt.AlignmentFlag.AlignVCenter),
                             f"{bar.count}  ({bar.percent:.0f}%)")
