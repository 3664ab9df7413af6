"""The main window's Export menu. Kept light: the dialogs and services load on
first use, so the visit list still opens fast."""

from __future__ import annotations

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import tr
from sos_desktop.ui.exports.entries import ENTRIES
from sos_desktop.ui.host import Host


def install_export_menu(bar: QMenuBar, host: Host) -> QMenu:
    """Add "Export" to the menu bar; `host.selected_visit()` gives the visit."""
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
    return menu
