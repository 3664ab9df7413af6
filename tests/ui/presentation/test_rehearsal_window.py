"""Rehearsal on one screen: the audience window hides nothing the presenter needs."""

from PySide6.QtCore import QRect


def _global(widget) -> QRect:
    return QRect(widget.mapToGlobal(widget.rect().topLeft()), widget.size())


def test_rehearsal_audience_window_leaves_clock_pace_and_notes_visible(present, md_deck,
                                                                       qtbot):
    """Ensure A on one screen puts the audience window where it covers no clock, pace chip,
    notes, next slide, controls or help line."""
    c = present(md_deck)
    c.do("audience")
    qtbot.waitUntil(c.audience.isVisible)
    qtbot.waitUntil(lambda: c.audience.width() > 100)
    shown = c.audience.frameGeometry()
    con = c.console
    for needed in (con.wall, con.elapsed, con.remaining, con.pace, con.position, con.notes,
                   con.next, con.audience_button, con.hints):
        assert not shown.intersects(_global(needed)), needed
    assert shown.width() >= 320  # still big enough to check what the class sees
