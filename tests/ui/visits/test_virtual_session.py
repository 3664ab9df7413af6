"""A virtual visit: the survey slide shows the online form's QR code, never the kiosk; its
results slide shows the answers imported from the online form."""

import pytest

from sos_desktop.core import settings
from sos_desktop.core.visits.store import create_visit, get_visit
from sos_desktop.ui.visits.session import VisitSession


def _session(db, monkeypatch, url=""):
    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Zoom civics",
                                 "visit_date": "2026-10-14", "survey_key": "tiny",
                                 "virtual": True, "online_form_url": url})
    running = VisitSession(db, get_visit(db, visit_id))
    assert running.start()  # no PIN asked: no kiosk over video
    return running


@pytest.fixture
def virtual(qtbot, db, stored_survey, monkeypatch):
    running = _session(db, monkeypatch, "https://ee.kobotoolbox.org/x/AbC123")
    yield running
    if running.controller.running:
        running.controller.end()


def test_survey_slide_shows_the_qr_code_not_the_kiosk(virtual):
    c = virtual.controller
    c.do("audience")
    [survey_slide] = c.deck.action_slides("survey")
    c.state.go(survey_slide)
    assert virtual.kiosk is None
    assert virtual.online is not None and virtual.online.isVisible()
    assert virtual.online.link.text() == "ee.kobotoolbox.org/x/AbC123"
    assert not c.audience.view.isVisible()
    c.state.go(survey_slide - 1)
    assert virtual.online is None and c.audience.view.isVisible()


def test_the_qr_code_reads_back_as_the_form_address(virtual):
    """Ensure the drawn code is the URL: decode the rendered widget with OpenCV."""
    import cv2
    import numpy as np

    c = virtual.controller
    c.do("audience")
    c.state.go(c.deck.action_slides("survey")[0])
    code = virtual.online.code
    code.resize(400, 400)
    image = code.grab().toImage()
    buffer = np.frombuffer(image.constBits(), np.uint8).reshape(
        image.height(), image.bytesPerLine())[:, :image.width() * 4].reshape(
        image.height(), image.width(), 4)
    text, _points, _ = cv2.QRCodeDetector().detectAndDecode(
        cv2.cvtColor(buffer, cv2.COLOR_BGRA2GRAY))
    assert text == "https://ee.kobotoolbox.org/x/AbC123"


def test_without_a_visit_address_settings_form_is_used(qtbot, db, stored_survey, monkeypatch):
    settings.save(db, settings.load(db)._replace(online_form_url="https://forms.gle/xyz"),
                  {"tiny"})
    running = _session(db, monkeypatch)
    try:
        running.controller.state.go(running.controller.deck.action_slides("survey")[0])
        assert running.online is not None
        assert running.online.link.text() == "forms.gle/xyz"
    finally:
        running.controller.end()


def test_results_slide_shows_imported_online_answers(virtual, tmp_path):
    """Ensure answers imported from the online form are what the results slide counts."""
    from sos_desktop.core.imports.online.importer import import_online_responses

    path = tmp_path / "google.csv"
    path.write_text("Timestamp,How safe do you feel at school?,Has an SRO ever stopped you?\n"
                    + "".join(f"10/14/2026 9:00:0{i},{1 + i % 5},No\n" for i in range(6)),
                    encoding="utf-8")
    assert import_online_responses(virtual.db, path, visit_id=virtual.visit.id).added == 6
    c = virtual.controller
    c.state.go(c.deck.action_slides("results")[0])
    assert virtual.results is not None
    assert virtual.results.count.text() == "6 responses"


def test_console_imports_online_answers_into_the_results_slide(virtual, tmp_path,
                                                                monkeypatch):
    """Ensure the console's "Import online answers…" (survey and results slides only) imports
    through the mapping and the results slide counts the answers at once."""
    from PySide6.QtWidgets import QFileDialog, QMessageBox

    from sos_desktop.ui.imports import online_dialog

    path = tmp_path / "google.csv"
    path.write_text("Timestamp,How safe do you feel at school?,Has an SRO ever stopped you?\n"
                    + "".join(f"10/14/2026 9:00:0{i},{1 + i % 5},No\n" for i in range(7)),
                    encoding="utf-8")
    monkeypatch.setattr(QFileDialog, "getOpenFileName", lambda *a: (str(path), ""))
    monkeypatch.setattr(online_dialog, "ask_online_import", lambda *a: True)
    monkeypatch.setattr(QMessageBox, "information", lambda *a: None)
    c = virtual.controller
    bar = virtual.online_actions
    c.state.go(c.deck.action_slides("survey")[0] - 1)
    assert bar is not None and bar.isHidden()
    c.state.go(c.deck.action_slides("results")[0])
    assert not bar.isHidden()
    bar.import_button.click()
    assert virtual.results.count.text() == "7 responses"
