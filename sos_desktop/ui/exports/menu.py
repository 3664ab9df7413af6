"""The main window's Export menu. Kept light: the dialogs and services load on
first use, so the visit list still opens fast."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import QT_TR_NOOP
from sos_desktop.ui.exports.entries import ENTRIES
from sos_desktop.ui.host import Host
from sos_desktop.ui.lazy_menu import install_lazy_menu


def _controller(host: Host) -> object:
    from sos_desktop.ui.exports.controller import SyncController
    from sos_desktop.ui.exports.view import WindowSyncView

    return SyncController(host.db, WindowSyncView(host))


def install_export_menu(bar: QMenuBar, host: Host) -> QMenu:
    """Add "Export" to the menu bar; `host.selected_visit()` gives the visit."""
    return install_lazy_menu(bar, host, QT_TR_NOOP("E&xport"), ENTRIES, _controller)
