"""Presenting, the kiosk or scanning for a visit not dated today asks first."""

from datetime import date, timedelta

import pytest

from sos_desktop.core.visits.store import get_visit
from sos_desktop.ui.visits.today import CANCEL, KEEP, MOVE, ask_about_date, dated_today

TODAY = date(2026, 12, 7)


@pytest.mark.parametrize(("answer", "date_after", "goes_on"), [
    (MOVE, TODAY, True), (KEEP, date(2026, 10, 14), True), (CANCEL, date(2026, 10, 14), False)])
def test_not_todays_visit_is_asked_about(db, visit_id, answer, date_after, goes_on):
    asked = []

    def ask(parent, visit, today):
        asked.append((visit.id, today))
        return answer

    result = dated_today(db, get_visit(db, visit_id), None, TODAY, ask=ask)
    assert asked == [(visit_id, TODAY)]
    assert (result is not None) is goes_on
    assert get_visit(db, visit_id).visit_date == date_after
    if result is not None:
        assert result.visit_date == date_after


def test_todays_visit_is_not_asked_about(db, visit_id):
    def ask(*_args):
        raise AssertionError("asked")

    visit = get_visit(db, visit_id)
    assert dated_today(db, visit, None, visit.visit_date, ask=ask) == visit


def test_the_question_offers_move_keep_and_cancel(qtbot, db, visit_id, monkeypatch):
    """Ensure the box's buttons map to the three answers (Move is the default)."""
    from PySide6.QtWidgets import QMessageBox

    def click(box):
        box.defaultButton().click()
        return 0

    monkeypatch.setattr(QMessageBox, "exec", click)
    assert ask_about_date(None, get_visit(db, visit_id), TODAY) == MOVE


def test_f5_on_tomorrows_visit_asks_and_moves_it(qtbot, db, monkeypatch):
    """Ensure the main window's Present goes through the question and presents the moved
    visit."""
    from sos_desktop.core.visits.store import create_visit
    from sos_desktop.ui.main_window import MainWindow
    from sos_desktop.ui.visits.session import VisitSession

    today = date.today()
    tomorrow = create_visit(db, {"school": "S", "group_name": "G",
                                 "visit_date": today + timedelta(days=1)})
    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date", lambda *a: MOVE)
    presented = []
    monkeypatch.setattr(VisitSession, "start",
                        lambda self, from_beginning=False: presented.append(self.visit) or False)
    window = MainWindow(db, lambda: [])
    qtbot.addWidget(window)
    window.controller.refresh(tomorrow)
    window._present()
    assert [v.visit_date for v in presented] == [today]
    assert get_visit(db, tomorrow).visit_date == today


@pytest.mark.parametrize("command", ["kiosk", "present"])
def test_command_line_asks_too_and_cancel_starts_nothing(data_dir, db, visit_id, qapp,
                                                         monkeypatch, command):
    """Ensure `kiosk --visit` and `present --visit` ask about a visit not dated today; cancel
    opens no window and changes nothing."""
    from sos_desktop.cli import run

    asked = []
    monkeypatch.setattr("sos_desktop.ui.visits.today.ask_about_date",
                        lambda parent, visit, today: asked.append(visit.id) or CANCEL)
    before = {id(w) for w in qapp.topLevelWidgets() if w.isVisible()}
    assert run(["--data-dir", str(data_dir), command, "--visit", visit_id]) == 1
    assert asked == [visit_id]
    assert get_visit(db, visit_id).visit_date == date(2026, 10, 14)
    assert not [w for w in qapp.topLevelWidgets() if w.isVisible() and id(w) not in before]
