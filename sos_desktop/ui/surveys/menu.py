"""The main window's Surveys menu; its dialog loads on first use."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QAction

from sos_desktop.core.db import Database
from sos_desktop.i18n import tr

if TYPE_CHECKING:
    from sos_desktop.ui.main_window import MainWindow


def install_surveys_menu(window: MainWindow, db: Database) -> None:
    menu = window.menuBar().addMenu(tr("Sur&veys"))
    export = QAction(tr("&Export a survey (XLSForm for KoboToolbox, or YAML)…"), window)

    def run() -> None:
        from sos_desktop.ui.surveys.export_dialog import export_survey_from_window

        export_survey_from_window(db, window)

    export.triggered.connect(lambda _checked=False: run())
    menu.addAction(export)
    window.surveys_menu = menu  # type: ignore[attr-defined]  # for tests
