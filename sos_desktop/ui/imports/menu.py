"""The main window's Import menu: typed-up paper forms and online answers into the selected
visit. Kept light: the controller, its dialogs and the services load on first use."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import QT_TR_NOOP, tr
from sos_desktop.ui.host import Host

IMPORT_ENTRIES = (
    (QT_TR_NOOP("Typed-up &sign-in sheet (CSV)…"), "signin_sheet"),
    (QT_TR_NOOP("Typed-up &paper surveys (CSV)…"), "paper_surveys"),
    (QT_TR_NOOP("&Online answers: KoboToolbox, ODK, Google Forms (CSV)…"), "online_answers"),
)


def install_import_menu(bar: QMenuBar, host: Host) -> QMenu:
    """Add "Import" to the menu bar; `host.selected_visit()` gives the visit."""
    menu = bar.addMenu(tr("&Import"))
    holder: dict = {}

    def importer():  # created on first use
        if "i" not in holder:
            from sos_desktop.ui.exports.view import WindowSyncView
            from sos_desktop.ui.imports.controller import ImportController

            holder["i"] = ImportController(host.db, WindowSyncView(host))
        return holder["i"]

    for text, method in IMPORT_ENTRIES:
        action = QAction(tr(text), host.window)
        action.triggered.connect(lambda _c=False, m=method: getattr(importer(), m)())
        menu.addAction(action)
    return menu
