"""One question's bars, painted directly: crisp at any size, no chart library needed."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt
from PySide6.QtGui import QColor, QFont, QFontMetrics, QPainter, QPaintEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from sos_desktop.core.results.live import QuestionResult

BAR = QColor("#5b1a7a")
TRACK = QColor("#ece6f0")
INK = QColor("#1b1b1b")
MUTED = QColor("#555555")
RULE = QColor("#e6e0ea")

_WRAP = int(Qt.TextFlag.TextWordWrap)
_LABEL_LINES = 2  # a long option label wraps onto a second line, then is elided


class QuestionChart(QWidget):
    def __init__(self, result: QuestionResult, scale: float = 1.0, parent=None) -> None:
        super().__init__(parent)
        self.result = result
        self.scale = scale
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setAccessibleName(result.label)
        self.setAccessibleDescription(self._describe())

    def set_result(self, result: QuestionResult) -> None:
        if result == self.result:
            return  # most refreshes change nothing: skip the relayout and repaint
        self.result = result
        self.setAccessibleDescription(self._describe())
        self.setFixedHeight(self.heightForWidth(self.width()))
        self.updateGeometry()
        self.update()

    def _describe(self) -> str:
        r = self.result
        if r.hidden_reason:
            return r.hidden_reason
        return "; ".join(f"{b.label}: {b.count} ({b.percent:.0f}%)" for b in r.bars)

    # --- geometry ----------------------------------------------------------------------------
    def _px(self, value: float) -> int:
        return round(value * self.scale)

    def _fonts(self) -> tuple[QFont, QFont]:
        title = QFont(self.font())
        title.setPixelSize(self._px(26))
        title.setBold(True)
        body = QFont(self.font())
        body.setPixelSize(self._px(20))
        return title, body

    def _title_height(self, width: int) -> int:
        title, _ = self._fonts()
        rect = QFontMetrics(title).boundingRect(0, 0, max(width, 100), 10_000, _WRAP,
                                                self.result.label)
        return rect.height() + self._px(12)

    def _row_height(self) -> int:
        return self._px(40)

    def _columns(self, width: int) -> tuple[float, float, float]:
        """Widths of the option label, the bar and the figures."""
        label_w = min(width * 0.36, 460 * self.scale)
        figure_w = 150 * self.scale
        bar_w = max(10.0, width - label_w - figure_w - 24 * self.scale)
        return label_w, bar_w, figure_w

    def _label_lines(self, text: str, width: float, metrics: QFontMetrics) -> list[str]:
        """The option label in at most two lines, broken at spaces, the rest elided."""
        words, lines, line = text.split(), [], ""
        for word in words:
            candidate = f"{line} {word}".strip()
            if line and metrics.horizontalAdvance(candidate) > width:
                lines.append(line)
                line = word
            else:
                line = candidate
        lines.append(line)
        if len(lines) > _LABEL_LINES:
            lines = [*lines[: _LABEL_LINES - 1], " ".join(lines[_LABEL_LINES - 1:])]
        return [metrics.elidedText(x, Qt.TextElideMode.ElideRight, int(width)) for x in lines]

    def _row_heights(self, width: int) -> list[int]:
        r = self.result
        _, body = self._fonts()
        metrics = QFontMetrics(body)
        row = self._row_height()
        if r.hidden_reason:  # one line, or several on the page of questions under 5 answers
            return [max(row, metrics.boundingRect(0, 0, max(width, 100), 10_000, _WRAP,
                                                  r.hidden_reason).height() + self._px(12))]
        if r.texts:
            return [max(row, metrics.boundingRect(0, 0, max(width - self._px(16), 100), 10_000,
                                                  _WRAP, f"“{t}”").height() + self._px(12))
                    for t in r.texts]
        label_w, _, _ = self._columns(width)
        heights = []
        for bar in r.bars:
            lines = len(self._label_lines(bar.label, label_w - self._px(12), metrics))
            heights.append(max(row, lines * metrics.lineSpacing() + self._px(12)))
        return heights or [row]

    def heightForWidth(self, width: int) -> int:
        padding = self._px(24)
        return self._title_height(width) + sum(self._row_heights(width)) + padding

    def hasHeightForWidth(self) -> bool:
        return True

    def sizeHint(self) -> QSize:
        width = max(self.width(), 600)
        return QSize(width, self.heightForWidth(width))

    def resizeEvent(self, event) -> None:
        super().resizeEvent(event)
        self.setFixedHeight(self.heightForWidth(self.width()))

    # --- painting ----------------------------------------------------------------------------
    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        title_font, body_font = self._fonts()
        width = self.width()
        top = self._title_height(width)
        painter.setFont(title_font)
        painter.setPen(INK)
        painter.drawText(QRectF(0, 0, width, top), _WRAP, self.result.label)
        painter.setFont(body_font)
        heights = self._row_heights(width)
        r = self.result
        if r.hidden_reason:
            painter.setPen(MUTED)
            painter.drawText(QRectF(0, top, width, heights[0]),
                             int(Qt.AlignmentFlag.AlignVCenter) | _WRAP,
                             r.hidden_reason)
            return
        if r.texts:
            y = top
            indent = self._px(16)
            for line, height in zip(r.texts, heights, strict=False):
                painter.setPen(Qt.PenStyle.NoPen)
                painter.setBrush(BAR)
                painter.drawRect(QRectF(0, y + self._px(6), self._px(4), height - self._px(12)))
                painter.setPen(INK)
                painter.drawText(QRectF(indent, y, width - indent, height),
                                 int(Qt.AlignmentFlag.AlignVCenter) | _WRAP, f"“{line}”")
                y += height
            return
        label_w, bar_w, figure_w = self._columns(width)
        metrics = QFontMetrics(body_font)
        figure_font = QFont(body_font)
        figure_font.setBold(True)
        bar_h = self._px(26)
        radius = bar_h / 2
        y = top
        for bar, height in zip(r.bars, heights, strict=False):
            painter.setPen(INK)
            painter.setFont(body_font)
            text = "\n".join(self._label_lines(bar.label, label_w - self._px(12), metrics))
            painter.drawText(QRectF(0, y, label_w - self._px(12), height),
                             int(Qt.AlignmentFlag.AlignVCenter | Qt.AlignmentFlag.AlignRight),
                             text)
            track = QRectF(label_w, y + (height - bar_h) / 2, bar_w, bar_h)
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(TRACK)
            painter.drawRoundedRect(track, radius, radius)
            if bar.count:
                filled = QRectF(track.x(), track.y(), max(bar_h, bar_w * bar.percent / 100),
                                track.height())
                painter.setBrush(BAR)
                painter.drawRoundedRect(filled, radius, radius)
            painter.setPen(INK)
            painter.setFont(figure_font)
            painter.drawText(QRectF(track.right() + self._px(14), y, figure_w, height),
                             int(Qt.AlignmentFlag.AlignVCenter),
                             f"{bar.count}  ({bar.percent:.0f}%)")
            y += height
