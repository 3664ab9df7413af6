"""Live results that move in steps no single student can be read from.

Between two looks at the projector the class knows who just left the kiosk (or whose sheet was
just scanned): if the figures then moved by one response, they would show that student's
answers. So what a view shows is a snapshot of the counts that is replaced only once at least
STEP responses differ from it (new ones, or ones taken away by an undone merge); a refresh in
between, on the timer or on the organizer's key, shows the same figures again.

Every view of one visit in this process (the results window, the talk's results slide and its
mirror on the console, the command line's `results`) shares one snapshot (`shown_counts`), so
reopening a view or switching between them never shows a smaller step either. A new run of the
app starts from nothing: its first snapshot waits for STEP responses like any other.
"""

from __future__ import annotations

import sqlite3
import threading

from sos_desktop.core.results.answer_counts import AnswerCounts, LiveCounts

STEP = 5  # the same as the 5-answer threshold of every question (live.MIN_ANSWERS)


class SteppedCounts(LiveCounts):
    """A LiveCounts whose `update` returns the last snapshot shown, replaced only in steps of
    at least `step` responses."""

    def __init__(self, visit_id: str, survey_key: str | None = None, step: int = STEP) -> None:
        super().__init__(visit_id, survey_key)
        self.step = step
        self.shown = AnswerCounts()
        self._shown_ids: frozenset[str] = frozenset()
        self._lock = threading.Lock()  # two views may refresh it from different threads

    def update(self, conn: sqlite3.Connection) -> AnswerCounts:
        with self._lock:
            counts = super().update(conn)
            if len(self.counted.symmetric_difference(self._shown_ids)) >= self.step:
                self.shown, self._shown_ids = counts.copy(), frozenset(self.counted)
            return self.shown

    @property
    def pending(self) -> int:
        """Responses in the scope not yet in the figures shown (as of the last update)."""
        return len(self.counted - self._shown_ids)


_SHARED: dict[tuple[str, str, str | None], SteppedCounts] = {}
_SHARED_LOCK = threading.Lock()


def shown_counts(database: str, visit_id: str, survey_key: str | None) -> SteppedCounts:
    """The one stepped counter every view of this visit's results in this process draws from
    (`database` is the file's path, so two data folders never share one)."""
    key = (database, visit_id, survey_key)
    with _SHARED_LOCK:
        counter = _SHARED.get(key)
        if counter is None:
            counter = _SHARED[key] = SteppedCounts(visit_id, survey_key)
        return counter
