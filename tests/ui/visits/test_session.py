"""A visit in the room: the survey slide opens the kiosk, the results slide the live results."""

import pytest

from sos_desktop.core.kiosk.pin import set_pin
from sos_desktop.core.visits import create_visit, get_visit
from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog
from sos_desktop.ui.visits.session import VisitSession


@pytest.fixture
def session(qtbot, db, stored_survey, monkeypatch):
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    set_pin(db, "2468")
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "survey_key": "tiny"})
    ended = []
    running = VisitSession(db, get_visit(db, visit_id), on_end=lambda: ended.append(True))
    assert running.start()
    running.ended = ended
    yield running
    if running.kiosk is not None:
        monkeypatch.setattr(CheckPinDialog, "exec",
                            lambda self: CheckPinDialog.DialogCode.Accepted)
        running.kiosk.request_exit()
    if running.controller.running:
        running.controller.end()


def test_survey_slide_opens_the_kiosk_once(session):
    deck = session.controller.deck
    [survey_slide] = deck.action_slides("survey")
    session.controller.state.go(survey_slide)
    kiosk = session.kiosk
    assert kiosk is not None and kiosk.isVisible()
    session.controller.state.go(survey_slide - 1)
    session.controller.state.go(survey_slide)
    assert session.kiosk is kiosk  # not a second kiosk


def test_results_slide_shows_live_results_and_leaving_removes_them(session, qtbot):
    """Ensure the results replace the slide on the audience window, mirrored on the console."""
    c = session.controller
    c.do("audience")  # one screen: the rehearsal audience window
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    assert session.results is not None and session.results.isVisible()
    assert not c.audience.view.isVisible()
    assert c.console.current_stack.currentWidget() is c.console.live
    assert c.console.live.child.pager is session.results.pager
    c.state.go(results_slide - 1)
    assert session.results is None
    assert c.audience.view.isVisible()
    assert c.console.current_stack.currentWidget() is c.console.current


def test_presenter_keys_turn_results_pages_then_the_slide(session, qtbot):
    """Ensure Right turns the results a page at a time, then goes on to the next slide; Left
    goes back through the pages before leaving the results slide."""
    from PySide6.QtCore import Qt

    c = session.controller
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    pages = len(session.pager.pages)
    assert pages > 1  # the tiny survey takes more than one page
    for page in range(1, pages):
        qtbot.keyClick(c.console, Qt.Key.Key_Right)
        assert (c.state.index, session.pager.page) == (results_slide, page)
        assert c.console.live.child.page_label.text() == session.results.page_label.text()
    assert c.console.next_caption.text() == "Next"  # last page: the next key leaves results
    qtbot.keyClick(c.console, Qt.Key.Key_Left)
    assert session.pager.page == pages - 2
    assert c.console.next_caption.text() == "Next, after 1 more results page"
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.state.index == results_slide + 1


def test_free_text_choice_stays_on_the_console(session):
    """Ensure the free-text check box is on the console during results, never projected."""
    from PySide6.QtWidgets import QAbstractButton

    c = session.controller
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    assert c.console.free_text.isVisibleTo(c.console)
    assert c.audience.findChildren(QAbstractButton) == []
    c.console.free_text.setChecked(True)
    assert session.pager.include_text


def test_black_screen_hides_the_results_too(session, qtbot):
    """Ensure B blanks the projector during results as during any slide."""
    c = session.controller
    c.do("audience")
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    c.do("black")
    assert not session.results.isVisible()
    assert c.audience.view.isVisible() and c.audience.view.blank == "black"
    c.do("black")
    assert session.results.isVisible()


def test_ending_the_talk_returns(session):
    session.controller.end()
    assert session.ended == [True]


def _unlock_kiosk(session, monkeypatch):
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Accepted)
    session.kiosk.request_exit()


def test_talk_ignores_keys_and_clicks_while_the_kiosk_runs(session, qtbot, monkeypatch):
    """Ensure that with the kiosk open (Alt+Tab to the console), no key or button changes the
    projector, and the console says the kiosk is running; unlocking gives the talk back."""
    from PySide6.QtCore import Qt

    c = session.controller
    c.do("audience")
    [survey_slide] = c.deck.action_slides("survey")
    c.state.go(survey_slide)
    assert session.kiosk is not None
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Left, Qt.Key.Key_B, Qt.Key.Key_W, Qt.Key.Key_End,
                Qt.Key.Key_Tab, Qt.Key.Key_Escape, Qt.Key.Key_S):
        qtbot.keyClick(c.console, key)
        qtbot.keyClick(c.audience, key)
    qtbot.mouseClick(c.console.audience_button, Qt.MouseButton.LeftButton)
    assert (c.state.index, c.state.blank, c.state.overview) == (survey_slide, None, False)
    assert c.running and c.audience.isVisible()
    assert c.console.kiosk_banner.isVisibleTo(c.console)
    assert "kiosk" in c.console.kiosk_banner.text().lower()
    _unlock_kiosk(session, monkeypatch)
    assert not c.console.kiosk_banner.isVisibleTo(c.console)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.state.index == survey_slide + 1


def test_closing_the_console_while_the_kiosk_runs_does_not_end_the_talk(session, monkeypatch):
    """Ensure the console's close button cannot end the talk behind a running kiosk."""
    c = session.controller
    [survey_slide] = c.deck.action_slides("survey")
    c.state.go(survey_slide)
    c.console.close()
    assert c.running
    _unlock_kiosk(session, monkeypatch)
