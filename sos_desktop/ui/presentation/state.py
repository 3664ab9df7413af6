"""What the talk is showing: current slide, what the audience sees, go-to buffer, timer.

No widgets here: the windows draw from this state and send it actions, so both windows can
never disagree about the slide (they read the same object).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

from PySide6.QtCore import QObject, Signal

from sos_desktop.core.decks import Pace, pace

BLACK, WHITE = "black", "white"


class TalkState(QObject):
    changed = Signal()
    slide_entered = Signal(int)  # a new current slide (for kiosk hooks)

    def __init__(self, count: int, planned_seconds: float, monotonic: Callable[[], float],
                 wall: Callable[[], datetime], parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.count = count
        self.planned_seconds = planned_seconds
        self.index = 0
        self.blank: str | None = None  # BLACK | WHITE | None
        self.frozen: int | None = None  # slide the audience keeps seeing while we move on
        self.goto_buffer: str | None = None  # None: not typing a slide number
        self.overview = False
        self.overview_index = 0
        self._monotonic = monotonic
        self.wall = wall
        self._started = monotonic()
        self._paused_at: float | None = None

    # -- slides
    @property
    def audience_index(self) -> int:
        return self.frozen if self.frozen is not None else self.index

    def go(self, index: int) -> None:
        index = min(max(index, 0), self.count - 1)
        if index != self.index:
            self.index = index
            self.slide_entered.emit(index)
        self.changed.emit()

    def next(self) -> None:
        self.go(self.index + 1)

    def previous(self) -> None:
        self.go(self.index - 1)

    # -- what the audience sees
    def toggle_blank(self, colour: str) -> None:
        self.blank = None if self.blank == colour else colour
        self.changed.emit()

    def toggle_freeze(self) -> None:
        self.frozen = None if self.frozen is not None else self.index
        self.changed.emit()

    def show_audience(self) -> None:
        """The audience sees the current slide again: no black/white screen, no freeze."""
        self.blank = self.frozen = None
        self.changed.emit()

    def cancel_overlays(self) -> bool:
        """Esc: drop black/white/freeze, typing and the overview. True if anything was on."""
        active = (self.blank is not None or self.frozen is not None
                  or self.goto_buffer is not None or self.overview)
        self.blank = self.frozen = self.goto_buffer = None
        self.overview = False
        if active:
            self.changed.emit()
        return active

    # -- go to a slide by number
    def type_digit(self, digit: str) -> None:
        self.goto_buffer = ((self.goto_buffer or "") + digit)[-4:]
        self.changed.emit()

    def start_goto(self) -> None:
        self.goto_buffer = self.goto_buffer or ""
        self.changed.emit()

    def backspace(self) -> None:
        self.goto_buffer = (self.goto_buffer or "")[:-1]
        self.changed.emit()

    def commit_goto(self) -> bool:
        text, self.goto_buffer = self.goto_buffer, None
        if text:
            self.go(int(text) - 1)  # people count slides from 1
            return True
        self.changed.emit()
        return False

    # -- overview grid
    def toggle_overview(self) -> None:
        self.overview = not self.overview
        self.overview_index = self.index
        self.changed.emit()

    def move_overview(self, delta: int) -> None:
        self.overview_index = min(max(self.overview_index + delta, 0), self.count - 1)
        self.changed.emit()

    def choose_overview(self, index: int | None = None) -> None:
        self.overview = False
        self.go(self.overview_index if index is None else index)

    # -- clock
    def elapsed(self) -> float:
        now = self._paused_at if self._paused_at is not None else self._monotonic()
        return max(0.0, now - self._started)

    @property
    def timer_paused(self) -> bool:
        return self._paused_at is not None

    def toggle_timer(self) -> None:
        if self._paused_at is None:
            self._paused_at = self._monotonic()
        else:
            self._started += self._monotonic() - self._paused_at
            self._paused_at = None
        self.changed.emit()

    def resume(self, index: int, elapsed: float) -> None:
        """Back where an ended talk stopped: its slide, its clock (the time between does not
        count). No slide_entered: the slide is not newly reached."""
        self.index = min(max(index, 0), self.count - 1)
        self._started = self._monotonic() - max(elapsed, 0.0)
        self._paused_at = None
        self.changed.emit()

    def pace(self) -> Pace:
        return pace(self.elapsed(), self.planned_seconds, self.index, self.count)
