"""Pacing: is the presenter ahead, on time or behind, from slide position against the clock?"""

from __future__ import annotations

from dataclasses import dataclass

AHEAD, ON_TIME, BEHIND = "ahead", "on_time", "behind"


@dataclass(frozen=True)
class Pace:
    state: str  # AHEAD | ON_TIME | BEHIND
    lead_seconds: float  # > 0: the slide position is that far ahead of the clock
    remaining_seconds: float  # planned minus elapsed; negative once over time

    @property
    def label(self) -> str:
        minutes = round(abs(self.lead_seconds) / 60)
        if self.remaining_seconds < 0:
            return "over time"
        if self.state == ON_TIME:
            return "on time"
        word = "ahead" if self.state == AHEAD else "behind"
        return f"{max(minutes, 1)} min {word}"


def pace(elapsed: float, planned: float, index: int, count: int, tolerance: float = 0.1) -> Pace:
    """Compare where the talk is (slide index of count) with where the clock says it should be.

    Each slide gets an equal share of the planned time, so slide i is on time anywhere between
    its start (i shares) and its end (i + 1 shares). A lead or lag within `tolerance` of the
    planned length (at least 90 s) still counts as on time, so one quick title slide or one long
    discussion does not flip the colour. Past the planned length the talk is behind.
    """
    planned = max(planned, 1.0)
    remaining = planned - elapsed
    if remaining < 0:
        return Pace(BEHIND, remaining, remaining)
    index = min(max(index, 0), max(count, 1) - 1)
    share = planned / max(count, 1)
    start, end = index * share, (index + 1) * share
    lead = start - elapsed if elapsed < start else end - elapsed if elapsed > end else 0.0
    margin = max(90.0, tolerance * planned)
    state = AHEAD if lead > margin else BEHIND if lead < -margin else ON_TIME
    return Pace(state, lead, remaining)
