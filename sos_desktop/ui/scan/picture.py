"""The camera picture, scaled to fit, with the outline of the sheet found in it."""

from __future__ import annotations

from collections.abc import Sequence

from PySide6.QtCore import QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QImage, QPainter, QPen, QPolygonF
from PySide6.QtWidgets import QSizePolicy, QWidget

from sos_desktop.i18n import tr


class CameraPicture(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(320, 180)
        self.setAccessibleName(tr("Camera picture"))
        self.image = QImage()
        self.outline: tuple[tuple[float, float], ...] = ()
        self.outline_colour = QColor("#1b873f")
        self.message = ""

    def show_frame(self, image: QImage, outline: Sequence[tuple[float, float]] | None,
                   colour: str) -> None:
        self.image, self.message = image, ""
        self.outline = tuple(outline or ())
        self.outline_colour = QColor(colour)
        self.update()

    def show_message(self, text: str) -> None:
        """Text in place of the picture (no camera, camera busy, starting…)."""
        self.image, self.outline, self.message = QImage(), (), text
        self.setAccessibleDescription(text)
        self.update()

    def image_rect(self) -> QRectF:
        """Where the picture is drawn: as large as fits, centred, proportions kept."""
        if self.image.isNull():
            return QRectF()
        scale = min(self.width() / self.image.width(), self.height() / self.image.height())
        w, h = self.image.width() * scale, self.image.height() * scale
        return QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)

    def paintEvent(self, _event) -> None:
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
        painter.fillRect(self.rect(), QColor("#1d1d1f"))
        if self.image.isNull():
            painter.setPen(QColor("#f2f2f2"))
            font = painter.font()
            font.setPointSizeF(max(13.0, self.height() / 32))
            painter.setFont(font)
            painter.drawText(self.rect().adjusted(40, 40, -40, -40),
                             Qt.AlignmentFlag.AlignCenter | Qt.TextFlag.TextWordWrap,
                             self.message)
            return
        target = self.image_rect()
        painter.drawImage(target, self.image)
        if len(self.outline) >= 3:
            sx = target.width() / self.image.width()
            sy = target.height() / self.image.height()
            polygon = QPolygonF([QPointF(target.x() + x * sx, target.y() + y * sy)
                                 for x, y in self.outline])
            pen = QPen(self.outline_colour, max(4.0, self.height() / 120))
            pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
            painter.setPen(pen)
            fill = QColor(self.outline_colour)
            fill.setAlpha(40)
            painter.setBrush(fill)
            painter.drawPolygon(polygon)
