"""The main window's Surveys menu; its dialog loads on first use."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import tr
from sos_desktop.ui.host import Host
from sos_desktop.ui.lazy_menu import menu_action


def install_surveys_menu(bar: QMenuBar, host: Host) -> QMenu:
    menu = bar.addMenu(tr("Sur&veys"))
    export = menu_action(tr("&Export a survey (XLSForm for KoboToolbox, or YAML)…"), host.window)

    def run() -> None:
        from sos_desktop.ui.surveys.export_dialog import export_survey_from_window

        export_survey_from_window(host.db, host.window)

    export.triggered.connect(lambda _checked=False: run())
    menu.addAction(export)
    return menu
