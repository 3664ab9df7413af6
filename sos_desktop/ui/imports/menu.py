"""The main window's Import menu: typed-up paper forms and online answers into the selected
visit. Kept light: the controller, its dialogs and the services load on first use."""

from __future__ import annotations

from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import QT_TR_NOOP
from sos_desktop.ui.host import Host
from sos_desktop.ui.lazy_menu import install_lazy_menu

IMPORT_ENTRIES = (
    (QT_TR_NOOP("Typed-up &sign-in sheet (CSV)…"), "signin_sheet"),
    (QT_TR_NOOP("Typed-up &paper surveys (CSV)…"), "paper_surveys"),
    (QT_TR_NOOP("&Online answers: KoboToolbox, ODK, Google Forms (CSV)…"), "online_answers"),
)


def _controller(host: Host) -> object:
    from sos_desktop.ui.exports.view import WindowSyncView
    from sos_desktop.ui.imports.controller import ImportController

    return ImportController(host.db, WindowSyncView(host))


def install_import_menu(bar: QMenuBar, host: Host) -> QMenu:
    """Add "Import" to the menu bar; `host.selected_visit()` gives the visit."""
    return install_lazy_menu(bar, host, QT_TR_NOOP("&Import"), IMPORT_ENTRIES, _controller)
