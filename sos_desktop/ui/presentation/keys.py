"""One key map for both windows, clicker keys included (PageUp/PageDown, F5, Esc, `.`)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QWidget

# TalkKeys always comes before a QWidget class: tell the type checker so.
if TYPE_CHECKING:
    _TalkWindow = QWidget
else:
    _TalkWindow = object

K = Qt.Key
NEXT_KEYS = {K.Key_Right, K.Key_Down, K.Key_PageDown, K.Key_Space, K.Key_N}
PREVIOUS_KEYS = {K.Key_Left, K.Key_Up, K.Key_PageUp, K.Key_Backspace, K.Key_P}

ACTIONS: dict[int, str] = {
    K.Key_Home: "first",
    K.Key_End: "last",
    K.Key_B: "black",
    K.Key_Period: "black",
    K.Key_W: "white",
    K.Key_F: "freeze",
    K.Key_Escape: "escape",
    K.Key_G: "goto",
    K.Key_Tab: "overview",
    K.Key_Backtab: "overview",
    K.Key_F5: "resume",  # clickers' "play" button: never restarts a talk already under way
    K.Key_S: "swap",
    K.Key_A: "audience",  # show/hide the audience window in rehearsal (one screen)
    K.Key_T: "timer",  # pause or resume the elapsed clock
    K.Key_R: "refresh_results",  # read the live results now (they still move in steps of 5)
    K.Key_Plus: "notes_bigger",
    K.Key_Equal: "notes_bigger",
    K.Key_Minus: "notes_smaller",
}


def action_for(key: int, text: str = "") -> str | None:
    """The action name for a key press, or None. Digits are handled by the go-to buffer."""
    if key in (K.Key_Return, K.Key_Enter):
        return "enter"
    if key in NEXT_KEYS:
        return "next"
    if key in PREVIOUS_KEYS:
        return "previous"
    if text.isdigit() and len(text) == 1:
        return "digit"
    return ACTIONS.get(key)


def refuse_focus(window: QWidget) -> None:
    """No widget inside a talk window may take the keyboard: every key goes to the talk.

    Call it once the window's widgets are in place (and again for a view embedded later): a
    focusable notes browser or button would otherwise swallow arrows, Space and Tab.
    """
    for widget in window.findChildren(QWidget):
        widget.setFocusPolicy(Qt.FocusPolicy.NoFocus)


class TalkKeys(_TalkWindow):
    """Mixin for both talk windows: every key goes to the controller, Tab included."""

    from_console = False
    _on_key: Callable[[QKeyEvent, bool], bool]

    def event(self, event) -> bool:
        # Tab would otherwise move focus instead of opening the overview.
        if event.type() == event.Type.KeyPress and event.key() in (Qt.Key.Key_Tab,
                                                                    Qt.Key.Key_Backtab):
            self.keyPressEvent(event)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:
        if not self._on_key(event, self.from_console):
            super().keyPressEvent(event)
