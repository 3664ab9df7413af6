"""A visit whose class answers on paper: the kiosk is only the sign-up queue."""

from PySide6.QtCore import Qt

from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.visits.store import create_visit, get_visit
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


def test_paper_visit_kiosk_words_are_about_signing_up(qtbot, db, stored_survey, monkeypatch):
    """Ensure the sign-up-only kiosk neither promises an anonymous survey on its welcome nor
    says "Your answers are saved" after a sign-up, in English and Spanish."""
    from PySide6.QtWidgets import QApplication

    from sos_desktop.i18n import kiosk

    monkeypatch.setattr("sos_desktop.core.surveys.store.ensure_builtin_surveys", lambda db: None)
    visit_id = create_visit(db, {"school": "Cross", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "survey_key": "tiny",
                                 "answer_mode": "paper"})
    window = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, lambda: 1000.0),
                                ask_pin=lambda parent: True)
    qtbot.addWidget(window)
    window.show()
    welcome = window.welcome.body.text()
    survey_promise = "La encuesta es anónima", "The survey is anonymous"
    assert not any(words in welcome for words in survey_promise)
    for lang in ("en", "es"):
        assert window.welcome.body_words(lang) in welcome
        assert "campaign" in welcome if lang == "en" else "campaña" in welcome
    for lang in ("en", "es"):
        window.thanks.show_for(lang, signed_up=True)
        QApplication.processEvents()
        said = window.thanks.body.text()
        assert said == kiosk.tr("Please pass the laptop to the next person.", language=lang)
    assert "saved" not in window.thanks.body.text() and "guardadas" not in said
    window.request_exit()
