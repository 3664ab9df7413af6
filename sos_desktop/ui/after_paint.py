"""Work the first window does not need before it is on screen, started once it has painted.

An application-wide wheel guard, the day's backup in its thread: each competes with building
and painting the window (a thread holding the GIL on a busy machine holds up the main thread
too), and none of it shows in the first frame. `after_first_paint` runs a callable from a zero
timer once the window's first frame is painted, or after a few seconds if it never paints (a
window started minimised). Install it before the window is shown: Qt asks the filters installed
last first, so anyone else waiting for the first paint (a benchmark's watcher) is told first.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QWidget

AT_LATEST_MS = 3000


class _AfterFirstPaint(QObject):
    def __init__(self, window: QWidget, then: Callable[[], object]) -> None:
        super().__init__(window)
        self._then: Callable[[], object] | None = then
        window.installEventFilter(self)
        QTimer.singleShot(AT_LATEST_MS, self._run)  # (the 3-argument form costs ~1 ms)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint:
            watched.removeEventFilter(self)
            QTimer.singleShot(0, self._run)
        return False

    def _run(self) -> None:
        then, self._then = self._then, None
        if then is not None:
            then()


def after_first_paint(window: QWidget, then: Callable[[], object]) -> QObject:
    """Call `then` once, after `window`'s first frame (or AT_LATEST_MS if it never paints)."""
    return _AfterFirstPaint(window, then)
