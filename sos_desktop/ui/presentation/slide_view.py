"""A widget that shows one slide image from the cache, centred, with letterboxing."""

from __future__ import annotations

from PySide6.QtCore import QRectF, QSize, Qt, Signal
from PySide6.QtGui import QColor, QImage, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QWidget

from sos_desktop.ui.presentation.cache import RenderCache


class SlideView(QWidget):
    painted = Signal(int)  # slide index drawn (-1: blank); benchmarks time key -> this
    resized = Signal()

    def __init__(self, cache: RenderCache, background: str = "#000000",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.cache = cache
        self.index: int | None = 0
        self.blank: str | None = None
        self.background = QColor(background)
        self.shown_index: int | None = None  # what the last paint really drew
        self._last: QImage | None = None  # the last slide drawn exactly: never a blank screen
        self.aspect: float | None = None  # console views: the audience's shape, not their own
        self.setAttribute(Qt.WidgetAttribute.WA_OpaquePaintEvent)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(64, 36)
        cache.ready.connect(self._ready)

    def pixel_size(self) -> QSize:
        ratio = self.devicePixelRatioF()
        w, h = self.width() * ratio, self.height() * ratio
        if self.aspect:
            w, h = min(w, h * self.aspect), min(h, w / self.aspect)
        return QSize(max(1, round(w)), max(1, round(h)))

    def set_aspect(self, aspect: float | None) -> None:
        if aspect != self.aspect:
            self.aspect = aspect
            self.update()
            self.resized.emit()

    def show_slide(self, index: int | None, blank: str | None = None) -> None:
        if (index, blank) != (self.index, self.blank):
            self.index, self.blank = index, blank
            self.update()

    def _ready(self, index: int) -> None:
        if index == self.index and self.shown_index != index and self.isVisible():
            self.update()

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.resized.emit()

    def paintEvent(self, event: QPaintEvent) -> None:
        painter = QPainter(self)
        if self.blank is not None:
            painter.fillRect(self.rect(), QColor(self.blank))
            self.shown_index = -1
            painter.end()
            self.painted.emit(-1)
            return
        if self.index is None:
            painter.fillRect(self.rect(), self.background)
            painter.end()
            return
        image = self.cache.get(self.index, self.pixel_size())
        exact = image is not None
        if image is None or image.size() != self.size() * self.devicePixelRatioF():
            painter.fillRect(self.rect(), self.background)  # letterboxing (not under a slide)
        if image is None:
            image = self.cache.any_size(self.index)
        if image is None:
            image = self._last  # until this slide is drawn (or if it cannot be)
        elif exact:
            self._last = image
        if image is not None:
            ratio = self.devicePixelRatioF()
            w, h = image.width() / ratio, image.height() / ratio
            if not exact:  # scale the stand-in to fit until the right size arrives
                scale = min(self.width() / w, self.height() / h)
                w, h = w * scale, h * scale
                painter.setRenderHint(QPainter.RenderHint.SmoothPixmapTransform)
            target = QRectF((self.width() - w) / 2, (self.height() - h) / 2, w, h)
            painter.drawImage(target, image)
        painter.end()
        self.shown_index = self.index if exact else None
        if exact:
            self.painted.emit(self.index)
