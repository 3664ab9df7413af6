"""An unmistakable "more below" cue on a scroll area, and a Next that scrolls before it moves on.

Students answered nothing below the fold when nothing said there was more: the cue sits at
the bottom of the page while anything is left unseen, and `page_down` shows the rest first.
The cue gets a strip of its own under the viewport (viewport margins), so it never hides the
last choice in view.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, Qt
from PySide6.QtGui import QMouseEvent
from PySide6.QtWidgets import QLabel, QScrollArea

OVERLAP = 96  # px of the last screen kept in view after a page down, so the eye can follow
SLACK = 32  # px left below that are only the page's bottom margin, not content
GAP = 8  # px above and below the cue in its strip


class _Cue(QLabel):
    def __init__(self, owner: MoreBelow, parent: QScrollArea) -> None:
        super().__init__(parent)
        self._owner = owner
        self.setObjectName("moreBelow")
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setAlignment(Qt.AlignmentFlag.AlignCenter)

    def mousePressEvent(self, event: QMouseEvent) -> None:
        self._owner.page_down()
        event.accept()


class MoreBelow(QObject):
    def __init__(self, scroll: QScrollArea) -> None:
        super().__init__(scroll)
        self.scroll = scroll
        self.cue = _Cue(self, scroll)
        self.cue.hide()
        self._updating = False
        bar = scroll.verticalScrollBar()
        bar.valueChanged.connect(self.update)
        bar.rangeChanged.connect(self.update)
        scroll.installEventFilter(self)

    def set_text(self, text: str) -> None:
        self.cue.setText(text)
        self.cue.setAccessibleName(text)
        self.update()

    def has_more(self) -> bool:
        bar = self.scroll.verticalScrollBar()
        return bar.maximum() - bar.value() > SLACK

    def page_down(self) -> None:
        bar = self.scroll.verticalScrollBar()
        step = max(self.scroll.viewport().height() - OVERLAP, OVERLAP)
        bar.setValue(bar.maximum() if bar.maximum() - bar.value() <= step + SLACK
                     else bar.value() + step)

    def update(self, *_args: object) -> None:
        if self._updating:  # margins below change the range, which calls back here
            return
        self._updating = True
        try:
            more = self.has_more()
            self.cue.adjustSize()
            strip = self.cue.height() + 2 * GAP if more else 0
            if self.scroll.viewportMargins().bottom() != strip:
                self.scroll.setViewportMargins(0, 0, 0, strip)
                more = self.has_more()  # a shorter view may leave more below
            if more:
                view = self.scroll.viewport().geometry()
                x = view.left() + (view.width() - self.cue.width()) // 2
                self.cue.move(x, view.bottom() + 1 + GAP)
                self.cue.raise_()
            self.cue.setVisible(more)
        finally:
            self._updating = False

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() in (QEvent.Type.Resize, QEvent.Type.Show):
            self.update()
        return False
