"""Pace: ahead / on time / behind from slide position against elapsed time."""

from sos_desktop.core.decks import AHEAD, BEHIND, ON_TIME, pace

PLANNED = 45 * 60


def test_start_and_end_are_on_time():
    """Ensure the first slide at 0 s and the last slide near the end count as on time."""
    assert pace(0, PLANNED, 0, 20).state == ON_TIME
    assert pace(PLANNED - 30, PLANNED, 19, 20).state == ON_TIME


def test_far_ahead_and_far_behind():
    """Ensure rushing through slides is ahead and lingering is behind, with minutes shown."""
    rushed = pace(5 * 60, PLANNED, 12, 20)
    assert rushed.state == AHEAD and rushed.label.endswith("ahead")
    slow = pace(30 * 60, PLANNED, 3, 20)
    assert slow.state == BEHIND and slow.label.endswith("behind")


def test_small_drift_stays_on_time():
    """Ensure being one slide early does not flip the colour."""
    assert pace(60, PLANNED, 1, 13).state == ON_TIME


def test_over_time_is_behind():
    """Ensure passing the planned length is behind, even on the last slide."""
    over = pace(PLANNED + 120, PLANNED, 19, 20)
    assert over.state == BEHIND
    assert over.remaining_seconds == -120
    assert over.label == "over time"


def test_one_slide_deck():
    """Ensure a one-slide deck never divides by zero."""
    assert pace(10, PLANNED, 0, 1).state == ON_TIME
