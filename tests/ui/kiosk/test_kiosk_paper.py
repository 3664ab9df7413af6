"""A visit whose class answers on paper: the kiosk is only the sign-up queue."""

from PySide6.QtCore import Qt

from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.visits import create_visit, get_visit
from sos_desktop.ui.kiosk import launch


def test_paper_visit_kiosk_skips_the_survey(qtbot, db, stored_survey, monkeypatch):
    """Language → "Want to join SOS?" directly; no survey title, no response stored."""
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "survey_key": "tiny",
                                 "answer_mode": "paper"})
    pins: list[bool] = []
    window = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, lambda: 1000.0),
                                ask_pin=lambda parent: pins.pop(0) if pins else False)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert window.welcome.survey.isHidden()
    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.language.buttons["en"], Qt.MouseButton.LeftButton)
    assert window.flow.state.step is Step.JOIN and window.join.isVisible()
    qtbot.mouseClick(window.join.no, Qt.MouseButton.LeftButton)
    assert window.flow.state.step is Step.THANKS
    assert get_visit(db, visit_id).responses == 0
    pins.append(True)
    window.request_exit()
