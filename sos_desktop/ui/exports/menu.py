"""The main window's Export and Import menus. Kept light: the dialogs and services load on
first use, so the visit list still opens fast."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import tr
from sos_desktop.ui.exports.entries import ENTRIES, IMPORT_ENTRIES
from sos_desktop.ui.host import Host


def install_export_menu(bar: QMenuBar, host: Host) -> tuple[QMenu, QMenu]:
    """Add "Export" and "Import" to the menu bar; `host.selected_visit()` gives the visit."""
    menu = bar.addMenu(tr("E&xport"))
    holder: dict = {}

    def controller():  # created on first use
        if "c" not in holder:
            from sos_desktop.ui.exports.controller import SyncController
            from sos_desktop.ui.exports.view import WindowSyncView

            holder["c"] = SyncController(host.db, WindowSyncView(host))
        return holder["c"]

    for text, method in ENTRIES:
        action = QAction(tr(text), host.window)
        action.triggered.connect(lambda _c=False, m=method: getattr(controller(), m)())
        menu.addAction(action)

    imports = bar.addMenu(tr("&Import"))

    def importer():  # created on first use
        if "i" not in holder:
            from sos_desktop.ui.imports.controller import ImportController

            holder["i"] = ImportController(host.db, controller().view)
        return holder["i"]

    for text, method in IMPORT_ENTRIES:
        action = QAction(tr(text), host.window)
        action.triggered.connect(lambda _c=False, m=method: getattr(importer(), m)())
        imports.addAction(action)
    return menu, imports
