"""The projector window: the slide and nothing else."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QVBoxLayout, QWidget

from sos_desktop.i18n import tr
from sos_desktop.ui.kiosk.lockdown import KEEP_ENABLED
from sos_desktop.ui.presentation.cache import RenderCache
from sos_desktop.ui.presentation.keys import TalkKeys
from sos_desktop.ui.presentation.slide_view import SlideView


class AudienceWindow(TalkKeys, QWidget):
    def __init__(self, cache: RenderCache, on_key: Callable[[QKeyEvent, bool], bool],
                 title: str = "") -> None:
        super().__init__(None, Qt.WindowType.Window)
        self.setWindowTitle(tr("{title} — audience").format(title=title) if title
                            else tr("Audience"))
        self.setStyleSheet("background: black;")
        self.setProperty(KEEP_ENABLED, True)  # the kiosk leaves the projector's look alone
        self.setCursor(Qt.CursorShape.BlankCursor)
        self.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        self.view = SlideView(cache, "#000000", self)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.view)
        self._on_key = on_key
