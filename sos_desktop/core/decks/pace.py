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


def pace(elapsed: float, planned: float, index: int, count: int, tolerance: float = 0.08) -> Pace:
    """Compare where the talk is (slide index of count) with where the clock says it should be.

    Slide 0 at time 0 and the last slide at the planned end are both on time; in between the
    expected slide moves linearly. Within `tolerance` of the planned length (at least a minute)
    counts as on time, so one long slide does not flip the colour. Past the planned length the
    talk is behind whatever slide is showing.
    """
    planned = max(planned, 1.0)
    remaining = planned - elapsed
    if count <= 1:
        return Pace(BEHIND if remaining < 0 else ON_TIME, 0.0, remaining)
    index = min(max(index, 0), count - 1)
    seconds_per_slide = planned / (count - 1)
    lead = index * seconds_per_slide - min(elapsed, planned)
    if remaining < 0:
        return Pace(BEHIND, lead + remaining, remaining)
    margin = max(60.0, tolerance * planned)
    state = AHEAD if lead > margin else BEHIND if lead < -margin else ON_TIME
    return Pace(state, lead, remaining)
