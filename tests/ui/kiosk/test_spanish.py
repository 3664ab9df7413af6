"""Ensure a student who chooses Español reads no English anywhere in the kiosk: its own words
(buttons, headings, the idle countdown, the "more below" cue, problems, the thank-you) follow
the student's choice, whatever the organizer's language, and switch back for the next one.

The kiosk runs the real Hillhouse/Cross survey (its questions are data, translated in its YAML).
Set KIOSK_SHOTS=/tmp/i18n-kiosk to save each screen at 1366x768 as PNG."""

from __future__ import annotations

import os

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sos_desktop.core.errors import SosError
from sos_desktop.core.kiosk import pin
from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.visits.store import create_visit, set_closed
from sos_desktop.i18n import kiosk as kiosk_words
from sos_desktop.ui.kiosk import launch
from sos_desktop.ui.kiosk.pages import LanguageScreen, WelcomeScreen
from sos_desktop.ui.kiosk.pin_dialog import ChangePinDialog, CheckPinDialog, SetPinDialog
from sos_desktop.ui.kiosk.question_widgets import ChoiceWidget, ScaleWidget
from sos_desktop.ui.kiosk.window import KioskWindow
from tests.ui.kiosk.conftest import Mono, send_signup
from tests.ui.spanish import english_left as english_words
from tests.ui.spanish import spanish

SURVEY = "hillhouse-cross"
TITLE_EN = "Hillhouse/Cross Student Survey"
# Stay as they are in Spanish: the campaign's and the city's names, the carriers' keywords.
NAMES = ["Students for Educational Justice", "New Haven", "STOP", "HELP"]


def english_left(widget, allowed=()) -> list[str]:
    return english_words(widget, [*allowed, *NAMES])


def shot(widget, name: str) -> None:
    folder = os.environ.get("KIOSK_SHOTS")
    QApplication.processEvents()
    if folder:
        widget.grab().save(f"{folder}-{name}.png")


@pytest.fixture
def clock():
    return Mono()


@pytest.fixture
def window(qtbot, db, clock):
    """The kiosk for a visit answering the real survey at the kiosk, at laptop size."""
    visit_id = create_visit(db, {"school": "Wilbur Cross", "group_name": "Civics 3",
                                 "visit_date": "2026-10-14", "survey_key": SURVEY})
    pins: list[bool] = []
    kiosk = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, clock),
                               ask_pin=lambda parent: pins.pop(0) if pins else False)
    qtbot.addWidget(kiosk)
    kiosk.resize(1366, 768)
    kiosk.show()
    qtbot.waitExposed(kiosk)
    yield kiosk
    pins.append(True)
    kiosk.request_exit()


def english_halves(*texts_of) -> list[str]:
    """What a screen shown before any choice says in English on purpose (its first half)."""
    return [words("en") for words in texts_of]


def names(kiosk: KioskWindow) -> list[str]:
    """The survey's texts that are the same in both languages: names (of schools, ...)."""
    survey = kiosk.flow.runner.survey
    texts = [text for q in survey.questions for text in (q.label, *(c.label for c in q.options))]
    return [text.get("en") for text in texts if text.get("en") == text.get("es")]


def choose(qtbot, kiosk: KioskWindow, language: str) -> None:
    if kiosk.flow.state.step is Step.WELCOME:
        qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons[language], Qt.MouseButton.LeftButton)
    assert kiosk.flow.state.step is Step.SURVEY


def answer_page(kiosk: KioskWindow) -> None:
    """Answer what a student must on this page (the first choice, the middle of a scale)."""
    for widget in list(kiosk.survey.widgets.values()):
        if not widget.question.required:
            continue
        if isinstance(widget, ChoiceWidget):
            next(iter(widget.checks.values())).box.click()
        elif isinstance(widget, ScaleWidget):
            widget.buttons[3].click()


def test_screens_before_a_choice_say_both_languages(qtbot, window):
    """Welcome and language choice: the only English is the English half of each text."""
    with spanish():
        allowed = [*english_halves(WelcomeScreen.title_words, window.welcome.body_words,
                                   LanguageScreen.title_words,
                                   lambda lang: kiosk_words.tr("Start", language=lang),
                                   lambda lang: kiosk_words.tr(
                                       "Organizer: leave the kiosk (PIN)", language=lang),
                                   lambda lang: kiosk_words.tr("SOS survey", language=lang)),
                   TITLE_EN, "Organizer / "]  # the button (its tooltip holds "Organizer:")
        assert window.welcome.survey.text() == \
            f"{TITLE_EN} · Encuesta estudiantil de Hillhouse/Cross"
        assert "Tu voz, tu escuela" in window.welcome.title.text()
        assert english_left(window, allowed) == []
        shot(window, "welcome")
        qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
        assert english_left(window, allowed) == []
        assert "Elige tu idioma" in window.language.findChild(type(window.welcome.title)).text()
        shot(window, "language")


def test_every_survey_page_in_spanish(qtbot, window):
    """The real survey, page by page, in Español: the kiosk's words and the survey's."""
    choose(qtbot, window, "es")
    pages = 0
    while window.flow.state.step is Step.SURVEY:
        assert english_left(window, names(window)) == [], window.flow.state.page_index
        assert window.survey.next.text() in ("Siguiente", "Enviar mis respuestas")
        if pages == 0:
            assert window.survey.more.cue.isVisible()
            assert window.survey.more.cue.text() == \
                "↓  Hay más abajo: desplázate o pulsa Siguiente"
            shot(window, "survey-page")
            qtbot.mouseClick(window.survey.next, Qt.MouseButton.LeftButton)  # scrolls first
            while window.survey.more.has_more():
                window.survey.more.page_down()
            qtbot.mouseClick(window.survey.next, Qt.MouseButton.LeftButton)  # required left
            assert window.flow.state.page_problems
            assert "Por favor, responde esta pregunta." in [
                w.problem.text() for w in window.survey.widgets.values()]
            assert english_left(window, names(window)) == []
            shot(window, "survey-required")
        answer_page(window)
        window.survey.next_requested.emit()
        pages += 1
    assert pages > 2 and window.flow.state.step is Step.JOIN
    assert english_left(window, names(window)) == []
    assert window.join.title.text() == "¿Quieres unirte a SOS?"
    shot(window, "join")


def test_sign_up_with_a_problem_then_thanks_in_spanish(qtbot, window):
    """The sign-up form, its problems and the thank-you page, in Español."""
    choose(qtbot, window, "es")
    window._show(window.flow.join(True))
    form = window.signup
    assert english_left(window, names(window)) == []
    form.age_under.setChecked(True)
    assert form.under_13.isVisible() and form.under_13.text().startswith("¡Gracias por tu")
    assert english_left(window, names(window)) == []
    shot(window, "signup-under-13")
    form.age.setChecked(True)
    assert english_left(window, names(window)) == []
    shot(window, "signup")
    for field, value in (("first_name", "Zoë"), ("last_name", "Ruiz"), ("zip_code", "6511"),
                         ("email", "zoe@example.org"), ("school", "Wilbur Cross")):
        form.edits[field].setText(value)
    form.grade.setCurrentIndex(form.grade.findData("10"))
    send_signup(qtbot, form)  # no consent box checked, a four-digit ZIP
    assert window.flow.state.step is Step.SIGNUP and form.problems.isVisible()
    said = form.problems.text()
    assert "Un código postal tiene 5 dígitos" in said and "Marca al menos una forma" in said
    assert english_left(window, ["Zoë", "Ruiz", "zoe@example.org", "Wilbur Cross"]) == []
    form.scroll.verticalScrollBar().setValue(0)
    shot(window, "signup-problems")
    form.role_buttons["educator"].setChecked(True)  # shows the classroom visit request
    bar = form.scroll.verticalScrollBar()
    bar.setValue(bar.maximum())
    assert form.consent_problem.isVisible() and form.visit_requested.isVisible()
    assert english_left(window, ["Zoë", "Ruiz", "zoe@example.org", "Wilbur Cross"]) == []
    shot(window, "signup-bottom")
    form.role_buttons["student"].setChecked(True)
    form.edits["zip_code"].setText("06511")
    form.email_consent.setChecked(True)
    send_signup(qtbot, form)
    assert window.flow.state.step is Step.THANKS
    assert window.thanks.title.text() == "¡Gracias!"
    assert english_left(window, [kiosk_words.tr("Start", language="en")]) == []
    shot(window, "thanks")


def test_idle_countdown_in_spanish(qtbot, window, clock):
    choose(qtbot, window, "es")
    clock.t += 91
    window._tick()
    assert window.overlay.isVisible()
    assert window.overlay.body.text() == \
        "Este formulario se borrará en 14 segundos para proteger tu privacidad."
    assert window.overlay.stay.text() == "Sigo aquí"
    assert english_left(window.overlay) == []
    shot(window, "idle")
    clock.t += 13
    window._tick()
    assert window.overlay.body.text().startswith("Este formulario se borrará en 1 segundo ")


def test_language_switches_mid_kiosk_and_back(qtbot, window):
    """English, then (back to the choice) Español, then English again for the next student:
    every kiosk text follows, while the organizer's interface stays English."""
    choose(qtbot, window, "en")
    assert (window.survey.next.text(), window.organizer.text()) == ("Next", "Organizer")
    assert window.survey.more.cue.text() == "↓  More below: scroll down or press Next"
    qtbot.mouseClick(window.survey.back, Qt.MouseButton.LeftButton)
    choose(qtbot, window, "es")
    assert english_left(window, names(window)) == []
    assert (window.survey.back.text(), window.organizer.text()) == ("Atrás", "Organizador/a")
    window._show(window.flow.join(True))
    assert english_left(window, names(window)) == []
    window._show(window.flow.skip_signup())
    assert english_left(window, [kiosk_words.tr("Start", language="en")]) == []
    qtbot.mouseClick(window.thanks.next, Qt.MouseButton.LeftButton)
    choose(qtbot, window, "en")
    assert window.survey.next.text() == "Next" and window.survey.back.text() == "Back"
    assert window.windowTitle() == "SOS survey"
    window._show(window.flow.join(True))
    assert window.signup.title.text() == "Sign up"
    assert window.signup.grade.itemText(0) == "Choose…"


@pytest.mark.parametrize("make", [
    lambda db: CheckPinDialog(db),
    lambda db: SetPinDialog(db, before_talk=True),
    lambda db: ChangePinDialog(db),
], ids=["leave", "set", "change"])
def test_pin_dialogs_follow_the_organizers_language(qtbot, db, make):
    """The PIN is the organizer's business: its dialogs are in the app's language."""
    pin.set_pin(db, "2468")
    with spanish():
        dialog = make(db)
        qtbot.addWidget(dialog)
        dialog.show()
        for edit in (getattr(dialog, name, None) for name in ("entry", "old", "first")):
            if edit is not None:
                edit.setText("12")
        dialog.buttons.button(dialog.buttons.StandardButton.Ok).click()
        assert dialog.message.isVisible()
        assert english_left(dialog) == []
        shot(dialog, f"pin-{dialog.windowTitle().split()[0].lower()}")


def test_sign_up_only_kiosk_in_spanish(qtbot, db):
    """A class answering on paper: the kiosk goes from the language straight to joining, and
    its welcome and thank-you (which promise no survey) are Spanish too."""
    visit_id = create_visit(db, {"school": "Hillhouse", "group_name": "History 2",
                                 "visit_date": "2026-10-14", "survey_key": SURVEY,
                                 "answer_mode": "paper"})
    pins: list[bool] = []
    window = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, Mono()),
                                ask_pin=lambda parent: pins.pop(0) if pins else False)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    start = kiosk_words.tr("Start", language="en")
    allowed = [window.welcome.body_words("en"), WelcomeScreen.title_words("en"), start,
               "Organizer: leave the kiosk (PIN)", "Organizer / ", "SOS survey"]
    assert english_left(window, allowed) == []
    shot(window, "paper-welcome")
    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.language.buttons["es"], Qt.MouseButton.LeftButton)
    assert window.flow.state.step is Step.JOIN and english_left(window) == []
    window._show(window.flow.join(False))
    assert window.thanks.body.text() == "Pasa la computadora a la siguiente persona."
    assert english_left(window, [start]) == []
    shot(window, "paper-thanks")
    pins.append(True)
    window.request_exit()


def test_closed_visit_is_said_in_the_organizers_language(db):
    visit_id = create_visit(db, {"school": "Wilbur Cross", "group_name": "Civics 3",
                                 "visit_date": "2026-10-14"})
    set_closed(db, visit_id, True)
    with spanish(), pytest.raises(SosError) as info:
        launch.kiosk_visit(db, visit_id)
    assert str(info.value) == ("La visita a Wilbur Cross — Civics 3 está cerrada. Vuelve a "
                               "abrirla para iniciar el quiosco.")
