"""Keys move both windows together, clicker keys included."""

import pytest
from PySide6.QtCore import Qt


def _with_audience(controller, qtbot):
    if not controller.audience.isVisible():
        controller.do("audience")  # one screen: show the rehearsal audience window
    qtbot.waitUntil(controller.audience.isVisible)
    return controller


@pytest.mark.parametrize("key", [Qt.Key.Key_Right, Qt.Key.Key_Down, Qt.Key.Key_PageDown,
                                 Qt.Key.Key_Space])
def test_next_keys_advance_from_either_window(present, md_deck, qtbot, key):
    """Ensure every 'next' key advances, pressed in the console or the audience window."""
    c = _with_audience(present(md_deck), qtbot)
    qtbot.keyClick(c.console, key)
    assert c.state.index == 1
    qtbot.keyClick(c.audience, key)
    assert c.state.index == 2
    assert c.audience.view.index == c.console.current.index == 2


@pytest.mark.parametrize("key", [Qt.Key.Key_Left, Qt.Key.Key_Up, Qt.Key.Key_PageUp])
def test_previous_keys_go_back(present, md_deck, qtbot, key):
    """Ensure every 'previous' key goes back one slide and stops at the first."""
    c = present(md_deck)
    c.state.go(2)
    qtbot.keyClick(c.console, key)
    assert c.state.index == 1
    qtbot.keyClick(c.console, key)
    qtbot.keyClick(c.console, key)
    assert c.state.index == 0


def test_home_end_and_bounds(present, md_deck, qtbot):
    """Ensure Home/End jump to the ends and 'next' on the last slide stays there."""
    c = present(md_deck)
    qtbot.keyClick(c.console, Qt.Key.Key_End)
    assert c.state.index == 4
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.state.index == 4
    assert c.console.next_caption.text().startswith("Next: end")
    qtbot.keyClick(c.console, Qt.Key.Key_Home)
    assert c.state.index == 0


def test_console_shows_current_next_and_notes(present, md_deck, qtbot):
    """Ensure the console shows slide N, slide N+1 as 'next' and slide N's notes."""
    c = present(md_deck)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.console.current.index == 1 and c.console.next.index == 2
    assert "Second notes" in c.console.notes.toPlainText()
    assert c.console.position.text() == "Slide 2 / 5"


def test_notes_zoom_keys(present, md_deck, qtbot):
    """Ensure + and - change the notes text size within limits."""
    c = present(md_deck)
    size = c.console.notes_px
    qtbot.keyClick(c.console, Qt.Key.Key_Plus)
    assert c.console.notes_px == size + 2
    for _ in range(40):
        qtbot.keyClick(c.console, Qt.Key.Key_Minus)
    assert c.console.notes_px == 12


def test_clicker_f5_resumes_without_restarting(present, md_deck, qtbot):
    """Ensure a clicker's F5 clears black/freeze but never jumps back to slide 1."""
    c = present(md_deck)
    c.state.go(3)
    qtbot.keyClick(c.console, Qt.Key.Key_Period)
    assert c.state.blank == "black"
    qtbot.keyClick(c.console, Qt.Key.Key_F5)
    assert c.state.blank is None and c.state.index == 3


def test_esc_ends_only_from_console(present, md_deck, qtbot):
    """Ensure Esc in the audience window never ends the talk, Esc in the console does."""
    exits = []
    c = _with_audience(present(md_deck, on_exit=lambda: exits.append(1)), qtbot)
    qtbot.keyClick(c.audience, Qt.Key.Key_Escape)
    assert c.running and exits == []
    qtbot.keyClick(c.console, Qt.Key.Key_Escape)
    assert not c.running and exits == [1]
    assert not c.console.isVisible() and not c.audience.isVisible()


def test_survey_and_results_hooks_fire_on_entering_marked_slides(present, md_deck, qtbot):
    """Ensure the kiosk hooks get the slide index of `sos:survey` / `sos:results` slides."""
    survey, results = [], []
    c = present(md_deck, on_survey_slide=survey.append, on_results_slide=results.append)
    with qtbot.waitSignal(c.action_slide) as blocker:
        c.state.go(2)
    assert blocker.args == ["survey", 2]
    c.state.go(3)
    c.state.go(4)
    assert survey == [2] and results == [3]


def test_closing_console_ends_talk_and_lets_app_quit(present, md_deck, qtbot):
    """Ensure closing the console (or quitting the app) ends the talk instead of blocking."""
    exits = []
    c = present(md_deck, on_exit=lambda: exits.append(1))
    assert c.console.close()
    assert not c.running and exits == [1]


def test_f5_brings_back_a_closed_audience_window(present, md_deck, qtbot):
    """Ensure a clicker's F5 re-shows the audience window after it was closed by accident."""
    c = present(md_deck)
    c.do("audience")
    c.audience.close()
    assert not c.audience.isVisible()
    qtbot.keyClick(c.console, Qt.Key.Key_F5)
    assert c.audience.isVisible()
