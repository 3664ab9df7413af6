"""The kiosk window on a real database with the tiny survey and an injected clock."""

import pytest

from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.visits.store import create_visit
from sos_desktop.ui.kiosk import launch


class Mono:
    def __init__(self):
        self.t = 1000.0

    def __call__(self):
        return self.t


def send_signup(qtbot, form):
    """Press "Sign me up" until the form is sent: the first presses may only scroll the
    consent boxes into view (see SignupForm._submit)."""
    from PySide6.QtCore import Qt

    sent = []

    def note(data):
        sent.append(data)

    form.submitted.connect(note)
    for _ in range(10):
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
        if sent:
            break
    form.submitted.disconnect(note)
    assert sent


@pytest.fixture
def clock():
    return Mono()


@pytest.fixture
def kiosk(qtbot, db, stored_survey, clock, monkeypatch):
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "survey_key": "tiny"})
    pins = []
    window = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, clock),
                                ask_pin=lambda parent: pins.pop(0) if pins else False)
    window.pins = pins
    window.visit_id = visit_id
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    yield window
    pins.append(True)
    window.request_exit()  # the organizer leaves: the app-wide key filter goes with it
