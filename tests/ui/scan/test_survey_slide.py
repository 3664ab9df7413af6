"""On the survey slide of a visit answering on paper: "Scan paper sheets" beside the kiosk."""

import pytest
from PySide6.QtCore import Qt

from sos_desktop.core.kiosk.pin import set_pin
from sos_desktop.core.visits.store import create_visit, get_visit
from sos_desktop.ui.kiosk.pin_dialog import CheckPinDialog
from sos_desktop.ui.scan.window import ScanWindow
from sos_desktop.ui.visits.session import VisitSession


@pytest.fixture
def start(qtbot, db, stored_survey, monkeypatch):
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    monkeypatch.setattr("sos_desktop.ui.scan.window.list_cameras", lambda: [])
    monkeypatch.setattr(CheckPinDialog, "exec", lambda self: CheckPinDialog.DialogCode.Accepted)
    set_pin(db, "2468")
    sessions = []

    def begin(answers):
        visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                     "visit_date": "2026-10-14", "survey_key": "tiny",
                                     "answer_mode": answers})
        session = VisitSession(db, get_visit(db, visit_id))
        assert session.start()
        sessions.append(session)
        [slide] = session.controller.deck.action_slides("survey")
        return session, slide

    yield begin
    for session in sessions:
        if session.scan is not None:
            session.scan.close()
        if session.kiosk is not None and session.kiosk.isVisible():
            session.kiosk.request_exit()
        if session.controller.running:
            session.controller.end()


def test_paper_visit_offers_scan_and_kiosk_and_opens_neither_by_itself(qtbot, start):
    session, slide = start("paper")
    assert session.paper is not None and session.paper.isHidden()
    session.controller.state.go(slide)
    assert session.paper.isVisible() and session.kiosk is None
    assert session.paper.kiosk.text() == "Kiosk for sign-ups"
    qtbot.mouseClick(session.paper.scan, Qt.MouseButton.LeftButton)
    assert isinstance(session.scan, ScanWindow) and session.scan.isVisible()
    session.scan.close()
    qtbot.mouseClick(session.paper.kiosk, Qt.MouseButton.LeftButton)
    assert session.kiosk is not None and session.kiosk.isVisible()
    session.kiosk.request_exit()
    session.controller.state.go(slide + 1)
    assert session.paper.isHidden()


def test_both_still_opens_the_kiosk_and_kiosk_only_has_no_bar(qtbot, start):
    both, slide = start("both")
    both.controller.state.go(slide)
    assert both.kiosk is not None and both.paper.isVisible()
    both.kiosk.request_exit()
    both.controller.end()
    kiosk_only, slide = start("kiosk")
    kiosk_only.controller.state.go(slide)
    assert kiosk_only.paper is None and kiosk_only.kiosk is not None
