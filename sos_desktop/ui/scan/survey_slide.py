"""On the survey slide of a visit answering on paper: "Scan paper sheets" beside the kiosk.

A bar in the presenter console (on the laptop), shown only while the talk is on the survey
slide. The kiosk locks the laptop's screen, so on a paper-only visit it waits for the
organizer's click instead of opening by itself: scan the class's sheets first, then open the
kiosk for the students who want to join.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QBoxLayout, QHBoxLayout, QLabel, QPushButton, QWidget

from sos_desktop.i18n import tr

_STYLE = """
QWidget#paperActions { background: #2b1836; border: 2px solid #8e5aa8; border-radius: 8px; }
QLabel { background: transparent; font-size: 16px; font-weight: 600; color: #f2f2f2; }
QPushButton { font-size: 16px; font-weight: 600; padding: 8px 16px; border-radius: 6px;
    background: #f2f2f2; color: #2b1836; }
QPushButton#scan { background: #1b873f; color: #ffffff; }
"""


class PaperActions(QWidget):
    def __init__(self, on_scan: Callable[[], None], on_kiosk: Callable[[], None],
                 paper_only: bool, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("paperActions")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        text = (tr("The class answers on paper.") if paper_only
                else tr("The class answers on paper or at the kiosk."))
        self.scan = QPushButton(tr("Scan paper sheets"))
        self.scan.setObjectName("scan")
        self.scan.clicked.connect(lambda _c=False: on_scan())
        self.kiosk = QPushButton(tr("Kiosk for sign-ups") if paper_only else tr("Kiosk"))
        self.kiosk.clicked.connect(lambda _c=False: on_kiosk())
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(QLabel(text))
        row.addStretch(1)
        for button in (self.scan, self.kiosk):
            button.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # the talk's keys stay the talk's
            row.addWidget(button)
        self.hide()


def add_to_console(console: QWidget, actions: PaperActions) -> None:
    """Above the console's last row (its key hints)."""
    layout = console.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(max(0, layout.count() - 1), actions)
