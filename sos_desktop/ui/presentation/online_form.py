"""The survey slide of a virtual visit: a large QR code and the short link to the team's online
form, in place of the slide, for students watching the shared screen in a video call.

The code is drawn from segno's module matrix with QPainter, so it stays sharp at any projector
or screen-share size; the words are in English and Spanish (the form is bilingual).
"""

from __future__ import annotations

import re

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPaintEvent, QResizeEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from sos_desktop import languages
from sos_desktop.i18n import audience

QUIET = 4  # modules of white border a reader needs around the code


def short_link(url: str) -> str:
    """What to read out or type: the address without its scheme or a trailing slash."""
    return re.sub(r"^https?://(www\.)?", "", url, flags=re.IGNORECASE).rstrip("/")


class QrCode(QWidget):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        import segno  # only a virtual visit's slide needs it

        super().__init__(parent)
        self.matrix = [list(row) for row in segno.make(url, error="m", micro=False).matrix]
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Expanding)
        self.setMinimumSize(120, 120)
        self.setAccessibleName(url)

    def paintEvent(self, _event: QPaintEvent) -> None:
        count = len(self.matrix) + 2 * QUIET
        side = min(self.width(), self.height())
        module = side / count
        left = (self.width() - side) / 2
        top = (self.height() - side) / 2
        painter = QPainter(self)
        painter.fillRect(QRectF(left, top, side, side), QColor("#ffffff"))
        painter.setPen(Qt.PenStyle.NoPen)
        painter.setBrush(QColor("#000000"))
        for y, row in enumerate(self.matrix):
            for x, dark in enumerate(row):
                if dark:  # a hair wider, so no seam shows between modules
                    painter.drawRect(QRectF(left + (x + QUIET) * module,
                                            top + (y + QUIET) * module,
                                            module + 0.6, module + 0.6))
        painter.end()


class OnlineFormSlide(QWidget):
    def __init__(self, url: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setObjectName("onlineForm")
        self.title = QLabel("\n".join(
            audience.tr("Scan to answer the survey", language=lang) for lang in languages.codes()))
        self.title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.title.setWordWrap(True)
        self.code = QrCode(url)
        self.link = QLabel(short_link(url))
        self.link.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.link.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.note = QLabel("   ·   ".join(
            audience.tr("Anonymous: do not write your name", language=lang)
            for lang in languages.codes()))
        self.note.setAlignment(Qt.AlignmentFlag.AlignCenter)
        self.note.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.code, 1)
        layout.addWidget(self.link)
        layout.addWidget(self.note)
        self._restyle(1.0)

    def _restyle(self, scale: float) -> None:
        px = lambda value: max(8, round(value * scale))  # noqa: E731
        self.setStyleSheet(f"""
QWidget#onlineForm {{ background: #ffffff; }}
QLabel {{ background: transparent; color: #1b1b1b; font-size: {px(34)}px; font-weight: 700; }}
""")
        self.link.setStyleSheet(f"color: #5b1a7a; font-size: {px(40)}px; font-weight: 700;")
        self.note.setStyleSheet(f"color: #333333; font-size: {px(20)}px; font-weight: 400;")

    def resizeEvent(self, event: QResizeEvent) -> None:
        self._restyle(min(self.width() / 1366, self.height() / 768))
        super().resizeEvent(event)
