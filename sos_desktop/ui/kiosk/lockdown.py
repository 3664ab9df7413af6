"""While the kiosk is locked, the rest of the app is out of a student's reach.

Alt+Tab, a click or the window manager can still bring another of the app's windows to the
front; its shortcuts would then work blind behind the kiosk (Ctrl+, opening Settings, Ctrl+L
closing the visit). So, from the kiosk's first showing until the PIN:
- every other window is disabled (their shortcuts and buttons go dead) except the projector's,
  which only draws;
- an application-wide filter drops keys, shortcuts and clicks meant for any widget outside the
  kiosk (and the kiosk's own dialogs and pop-ups), and brings the kiosk back to the front when
  another window of the app is activated.
After the PIN the windows it disabled are enabled again and the filter goes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtGui import QAction, QShortcut, QWindow
from PySide6.QtWidgets import QApplication, QWidget

# Windows that only show (the projector's slides and results): never disabled, so they keep
# their look; the filter still keeps input away from them.
KEEP_ENABLED = "sos_kiosk_keeps_enabled"

_INPUT = {
    QEvent.Type.KeyPress, QEvent.Type.KeyRelease, QEvent.Type.ShortcutOverride,
    QEvent.Type.Shortcut, QEvent.Type.MouseButtonPress, QEvent.Type.MouseButtonRelease,
    QEvent.Type.MouseButtonDblClick, QEvent.Type.Wheel, QEvent.Type.ContextMenu,
    QEvent.Type.TouchBegin, QEvent.Type.TouchUpdate, QEvent.Type.TouchEnd,
    QEvent.Type.TabletPress, QEvent.Type.TabletRelease, QEvent.Type.InputMethod,
    QEvent.Type.DragEnter, QEvent.Type.DragMove, QEvent.Type.Drop,
    QEvent.Type.NonClientAreaMouseButtonPress, QEvent.Type.NonClientAreaMouseButtonDblClick,
}


def within(widget: QWidget | None, kiosk: QWidget) -> bool:
    """True for the kiosk and anything it owns: its widgets, the PIN dialog, a combo's list."""
    while widget is not None:
        if widget is kiosk:
            return True
        widget = widget.parentWidget()
    return False


class Lockdown(QObject):
    def __init__(self, kiosk: QWidget, bring_back) -> None:
        super().__init__(kiosk)  # a child: gone with the kiosk, and Qt drops its filter then
        self.kiosk = kiosk
        self._bring_back = bring_back
        self._disabled: list[QWidget] = []
        self.active = False

    def engage(self) -> None:
        if self.active:
            return
        self.active = True
        for window in QApplication.topLevelWidgets():
            if (window.isVisible() and window.isEnabled() and not within(window, self.kiosk)
                    and not window.property(KEEP_ENABLED)):
                window.setEnabled(False)
                self._disabled.append(window)
        app = QApplication.instance()
        assert app is not None
        app.installEventFilter(self)

    def release(self) -> None:
        if not self.active:
            return
        self.active = False
        app = QApplication.instance()
        assert app is not None
        app.removeEventFilter(self)
        from shiboken6 import isValid

        for window in self._disabled:
            if isValid(window):
                window.setEnabled(True)
        self._disabled.clear()

    def _owner(self, watched: QObject) -> QWidget | None:
        """The widget an event is for: itself, a window's widget, a shortcut's or action's."""
        if isinstance(watched, QWidget):
            return watched
        if isinstance(watched, QWindow):
            for widget in QApplication.topLevelWidgets():
                if widget.windowHandle() is watched:
                    return widget
            return None
        if isinstance(watched, QAction | QShortcut):
            parent = watched.parent()
            return parent if isinstance(parent, QWidget) else None
        return None

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self.active:
            return False
        kind = event.type()
        if kind == QEvent.Type.WindowActivate and isinstance(watched, QWidget) \
                and watched.isWindow() and not within(watched, self.kiosk):
            QTimer.singleShot(0, self._bring_back)  # Alt+Tab or a click reached another window
            return False
        if kind not in _INPUT:
            return False
        owner = self._owner(watched)
        if owner is not None and within(owner, self.kiosk):
            return False
        if kind == QEvent.Type.ShortcutOverride:
            event.accept()  # taken here: no shortcut of another window is even looked for
        return True
