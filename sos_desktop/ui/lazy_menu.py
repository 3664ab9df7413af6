"""A main-window menu whose controller is made on first use: the visit list opens without
loading the dialogs and services behind the menu (issue 21). Also the menus' actions and
shortcuts, made so PySide builds none of its costly types before the first paint."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from PySide6.QtCore import QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu, QMenuBar

from sos_desktop.i18n import tr
from sos_desktop.ui.host import Host


def menu_action(text: str, parent: QObject) -> QAction:
    """A menu entry's action, its text set after it is made: `QAction(text, parent)` makes
    PySide try QAction's icon overloads and so build the QIcon type (~3 ms) before the first
    paint, which shows no icon (the window's is set once it has painted: ui/app.py)."""
    action = QAction(parent)
    action.setText(text)
    return action


def set_shortcut(action: QAction, keys: str) -> None:
    """By property, not setShortcut(): resolving setShortcut's overloads makes PySide build its
    whole `Qt` namespace of enums, tens of milliseconds before the first paint. The text as
    is: Qt reads it as QKeySequence.fromString would, and PySide need not make the QKeySequence
    type and its enums before the first paint."""
    action.setProperty("shortcut", keys)


def install_lazy_menu(bar: QMenuBar, host: Host, title: str,
                      entries: Iterable[tuple[str, str]],
                      make: Callable[[Host], object]) -> QMenu:
    """Add the menu `title` (translated) with `entries` (text to translate, controller method);
    `make(host)` builds the controller the first time an entry is chosen."""
    menu = bar.addMenu(tr(title))
    made: list[object] = []

    def controller() -> object:
        if not made:
            made.append(make(host))
        return made[0]

    for text, method in entries:
        action = menu_action(tr(text), host.window)
        action.triggered.connect(lambda _c=False, m=method: getattr(controller(), m)())
        menu.addAction(action)
    return menu
