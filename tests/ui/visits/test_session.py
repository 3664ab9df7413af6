"""A visit in the room: the survey slide opens the kiosk, the results slide the live results."""

import pytest

from sos_desktop.core.kiosk.pin import set_pin
from sos_desktop.core.visits.store import create_visit, get_visit
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

    from sos_desktop.core.surveys.responses import submit_response
    from sos_desktop.core.surveys.store import current_definition

    definition_id, _survey = current_definition(session.db, "tiny")
    for _ in range(5):  # the first step of figures (live results move 5 answers at a time)
        submit_response(session.db, session.visit.id, definition_id, "en",
                        {"safe": 1, "stopped": "yes", "where": "hall", "support": ["rj"]})
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


def _visit(db, survey_key="tiny"):
    return get_visit(db, create_visit(db, {"school": "Cross", "group_name": "Civics",
                                           "visit_date": "2026-10-14", "survey_key": survey_key}))


def test_pin_is_set_at_f5_before_the_talk_not_at_the_survey_slide(qtbot, db, stored_survey,
                                                                  monkeypatch):
    """Ensure a visit with a survey and no PIN asks for the PIN before the talk opens, so the
    survey slide never stops in front of the class."""
    from sos_desktop.core.kiosk.pin import has_pin
    from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog

    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    asked = []

    def set_it(dialog):
        asked.append(session.controller)  # None: the talk has not started yet
        set_pin(db, "2468")
        return SetPinDialog.DialogCode.Accepted

    monkeypatch.setattr(SetPinDialog, "exec", set_it)
    session = VisitSession(db, _visit(db))
    assert session.start()
    assert asked == [None] and has_pin(db)
    [survey_slide] = session.controller.deck.action_slides("survey")
    session.controller.state.go(survey_slide)
    assert session.kiosk is not None and len(asked) == 1  # not asked again in class
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Accepted)
    session.kiosk.request_exit()
    session.controller.end()


def test_cancelled_pin_does_not_start_the_talk(qtbot, db, stored_survey, monkeypatch):
    """Ensure cancelling the PIN at F5 leaves the talk unstarted (it would be asked in class)."""
    from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog

    monkeypatch.setattr(SetPinDialog, "exec", lambda self: SetPinDialog.DialogCode.Rejected)
    session = VisitSession(db, _visit(db))
    assert not session.start() and session.controller is None


def test_no_pin_asked_for_a_visit_without_survey(qtbot, db, monkeypatch):
    from sos_desktop.ui.kiosk.pin_dialog import SetPinDialog

    monkeypatch.setattr(SetPinDialog, "exec", lambda self: pytest.fail("PIN asked"))
    session = VisitSession(db, _visit(db, ""))
    assert session.start()
    session.controller.end()


@pytest.mark.parametrize("answer", ["yes", "no"])
def test_missing_deck_at_f5_offers_the_built_in_talk(qtbot, db, tmp_path, monkeypatch, answer):
    """Ensure a deck deleted after the visit was saved does not stop the class: F5 names the
    file and offers the built-in deck."""
    from PySide6.QtWidgets import QMessageBox

    from sos_desktop.core.decks import builtin_deck_path

    deck = tmp_path / "talk.md"
    deck.write_text("# Our talk\n", encoding="utf-8")
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "deck": str(deck)})
    deck.unlink()
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.append(text)
        return QMessageBox.StandardButton.Yes if answer == "yes" else \
            QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    session = VisitSession(db, get_visit(db, visit_id))
    started = session.start()
    assert len(asked) == 1 and str(deck) in asked[0] and "built-in" in asked[0]
    if answer == "yes":
        assert started and session.controller.deck.path == builtin_deck_path()
        session.controller.end()
    else:
        assert not started and session.controller is None


def test_results_slide_without_answers_is_one_no_answers_page(session, qtbot):
    """Ensure a class that has not answered yet sees one "No answers yet" page, not a dozen
    "0 answers so far" pages the presenter has to click through."""
    c = session.controller
    c.do("audience")
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    assert session.pager.pages == []
    assert session.results.empty.isVisibleTo(session.results)
    assert session.results.empty.text() == "No answers yet"
    c.do("next")
    assert c.state.index == results_slide + 1  # one press leaves the results


def test_results_slide_of_a_visit_without_survey_says_so(qtbot, db, monkeypatch):
    """Ensure a visit with no survey shows "This visit has no survey", not a bare slide."""
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    set_pin(db, "2468")
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "answer_mode": "kiosk"})
    running = VisitSession(db, get_visit(db, visit_id))
    assert running.start()
    c = running.controller
    c.do("audience")
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    assert running.results is not None and running.results.isVisibleTo(c.audience)
    assert running.results.empty.text() == "This visit has no survey"
    assert not c.audience.view.isVisible()
    c.end()


class Clock:
    def __init__(self):
        self.t = 5000.0

    def __call__(self):
        return self.t


def test_f5_after_esc_resumes_at_the_same_slide_and_time(qtbot, db, visit_id):
    """Ensure Esc on the console then F5 (a clicker's slideshow button) shows the class the
    same slide with the clock where it stopped; from_beginning (Shift+F5) starts at slide 1."""
    from PySide6.QtCore import Qt

    clock = Clock()
    visit = get_visit(db, visit_id)
    first = VisitSession(db, visit, on_end=lambda: None)
    assert first.start(monotonic=clock)
    first.controller.state.go(4)
    clock.t += 600
    qtbot.keyClick(first.controller.console, Qt.Key.Key_Escape)
    assert not first.controller.running
    clock.t += 120  # the minutes between are not the talk's

    again = VisitSession(db, visit, on_end=lambda: None)
    assert again.start(monotonic=clock)
    state = again.controller.state
    assert state.index == 4 and state.audience_index == 4
    assert state.elapsed() == pytest.approx(600)
    assert again.controller.console.resumed.isVisibleTo(again.controller.console)
    again.controller.end()

    over = VisitSession(db, visit, on_end=lambda: None)
    assert over.start(from_beginning=True, monotonic=clock)
    assert over.controller.state.index == 0 and over.controller.state.elapsed() == 0
    assert not over.controller.console.resumed.isVisibleTo(over.controller.console)
    over.controller.end()
