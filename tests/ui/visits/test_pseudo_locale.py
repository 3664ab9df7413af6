"""Ensure what a running visit adds to the talk reads wholly in the pseudo-locale (issue 19):
the question when the visit's deck has gone, and the results slide before any answer and
for a visit without a survey. The talk's own windows have their tests in ui/presentation."""

from __future__ import annotations

from PySide6.QtWidgets import QMessageBox

from sos_desktop.core.visits.store import create_visit, get_visit
from sos_desktop.ui.visits.session import VisitSession
from tests.pseudo import english_words, plain_english
from tests.ui.visits.test_session import session  # noqa: F401 - the fixture

DATA = ["Wilbur Cross High School", "Civics 3"]


def test_missing_deck_question(qtbot, db, tmp_path, monkeypatch, pseudo):
    deck = tmp_path / "talk.md"
    deck.write_text("# Our talk\n", encoding="utf-8")
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "deck": str(deck)})
    deck.unlink()  # moved since the visit was saved
    asked = []

    def question(parent, title, text, *args, **kwargs):
        asked.extend([title, text])
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    assert not VisitSession(db, get_visit(db, visit_id)).start()
    assert asked and [text for text in asked if english_words(text, [str(deck)])] == []


def test_results_slide_before_any_answer(session, pseudo):  # noqa: F811 - the fixture
    c = session.controller
    c.do("audience")
    [results_slide] = c.deck.action_slides("results")
    c.state.go(results_slide)
    assert session.results is not None
    assert plain_english(session.results, ["Tiny survey"]) == []  # its title: data


def test_not_todays_visit_question(qtbot, db, visit_id, monkeypatch, pseudo):
    """The box asking to move a visit not dated today: its text, buttons and title, shown."""
    from datetime import date

    from sos_desktop.ui.visits.today import ask_about_date
    from tests.pseudo import cut_texts

    shown = []

    def look(box):
        box.show()
        shown.append((plain_english(box, DATA), cut_texts(box)))
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", look)
    ask_about_date(None, get_visit(db, visit_id), date(2026, 12, 7))
    assert shown == [([], [])]


def test_visit_messages(db, visit_id, pseudo):
    """What the main window says on creating, saving, closing and reopening a visit, and the
    question before closing it."""
    from sos_desktop.ui.visits.controller import VisitsController
    from tests.ui.visits.test_controller import FakeView

    class Told(FakeView):
        def __init__(self, answer=None):
            super().__init__(answer)
            self.said: list[str] = []

        def confirm(self, question):
            self.said.append(question)
            return True

        def show_status(self, message):
            self.said.append(message)

    view = Told({"school": "Wilbur Cross High School", "group_name": "Civics 3",
                 "visit_date": "2026-10-15"})
    controller = VisitsController(db, view)
    controller.new_visit({})
    controller.edit_selected()
    controller.toggle_closed_selected()
    controller.toggle_closed_selected()
    said = [*view.said, *view.errors]
    assert len(said) >= 5
    assert [text for text in said if english_words(text, DATA)] == []
