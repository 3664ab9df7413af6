"""On a virtual visit's survey and results slides: "Import online answers…" in the presenter
console, so the answers the class just gave online reach the results slide without leaving
the talk (the main window is hidden while presenting).

A bar like the paper visit's (ui/scan/survey_slide.py); its button never takes the keyboard,
so the talk's keys stay the talk's. The import is Import → Online answers' own controller, its
mapping table included, over the console instead of the main window.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import TypeVar

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QBoxLayout,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QWidget,
)

from sos_desktop.i18n import tr
from sos_desktop.ui.progress import run_with_progress

T = TypeVar("T")

_STYLE = """
QWidget#onlineActions { background: #2b1836; border: 2px solid #8e5aa8; border-radius: 8px; }
QLabel { background: transparent; font-size: 16px; font-weight: 600; color: #f2f2f2; }
QPushButton { font-size: 16px; font-weight: 600; padding: 8px 16px; border-radius: 6px;
    background: #1b873f; color: #ffffff; }
"""


class OnlineActions(QWidget):
    def __init__(self, on_import: Callable[[], None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("onlineActions")
        self.setAttribute(Qt.WidgetAttribute.WA_StyledBackground, True)
        self.setStyleSheet(_STYLE)
        self.import_button = QPushButton(tr("Import online answers…"))
        self.import_button.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.import_button.clicked.connect(lambda _c=False: on_import())
        row = QHBoxLayout(self)
        row.setContentsMargins(12, 6, 12, 6)
        row.addWidget(QLabel(tr("Over video: the class answers the online form.")))
        row.addStretch(1)
        row.addWidget(self.import_button)
        self.hide()


def add_to_console(console: QWidget, actions: OnlineActions) -> None:
    """Above the console's last row (its key hints), as the paper visit's bar."""
    layout = console.layout()
    assert isinstance(layout, QBoxLayout)
    layout.insertWidget(max(0, layout.count() - 1), actions)


class ConsoleImportView:
    """The ImportController's view over the presenter console, for one visit."""

    def __init__(self, window: QWidget, visit_id: str, refreshed: Callable[[], None]) -> None:
        self.window, self.visit_id, self._refreshed = window, visit_id, refreshed

    def selected_visit_id(self) -> str | None:
        return self.visit_id

    def ask_open_path(self, title: str, pattern: str) -> Path | None:
        name, _ = QFileDialog.getOpenFileName(self.window, title, "", pattern)
        return Path(name) if name else None

    def run_with_progress(self, label: str, task: Callable[..., T]) -> T:
        return run_with_progress(self.window, label, task)

    def show_message(self, text: str) -> None:
        QMessageBox.information(self.window, "SOS Desktop", text)

    def show_error(self, text: str) -> None:
        QMessageBox.warning(self.window, "SOS Desktop", text)

    def refresh(self) -> None:
        self._refreshed()
