"""Ensure the kiosk, chosen in the pseudo-locale, reads wholly in it (its own words; the survey's
texts are data, in the survey's languages) and cuts no text at 1366×768."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from installer.pseudo import CODE
from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.kiosk.idle import IdleWatch
from sos_desktop.core.visits.store import create_visit
from sos_desktop.i18n import kiosk as kiosk_words
from sos_desktop.ui.kiosk import launch
from sos_desktop.ui.kiosk.pages import LanguageScreen, WelcomeScreen
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.kiosk.conftest import Mono
from tests.ui.kiosk.test_spanish import NAMES, SURVEY, answer_page

BILINGUAL = (WelcomeScreen.title_words, LanguageScreen.title_words,
             lambda lang: kiosk_words.tr("Start", language=lang),
             lambda lang: kiosk_words.tr("Organizer: leave the kiosk (PIN)", language=lang),
             lambda lang: kiosk_words.tr("SOS survey", language=lang))


@pytest.fixture
def window(qtbot, db, pseudo):
    visit_id = create_visit(db, {"school": "Wilbur Cross", "group_name": "Civics 3",
                                 "visit_date": "2026-10-14", "survey_key": SURVEY})
    pins: list[bool] = []
    kiosk = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, Mono()),
                               ask_pin=lambda parent: pins.pop(0) if pins else False)
    qtbot.addWidget(kiosk)
    show_on_laptop(kiosk)
    yield kiosk
    pins.append(True)
    kiosk.request_exit()


def survey_texts(kiosk) -> list[str]:
    """The survey's own texts, in each of its languages: data, not the app's words."""
    survey = kiosk.flow.runner.survey
    labels = [survey.title, *(text for q in survey.questions
                              for text in (q.label, q.hint, *(c.label for c in q.options),
                                           q.scale_low, q.scale_high) if text)]
    return [value for label in labels for _lang, value in label.texts if value]


def every_language(kiosk) -> list[str]:
    """The texts shown in every language at once, for a student yet to choose: their English
    and Spanish halves are there on purpose."""
    return ["Organizer / ", "Organizador/a / ", *(
        words(lang) for words in (*BILINGUAL, kiosk.welcome.body_words) for lang in ("en", "es"))]


def test_welcome_and_language_screens(qtbot, window):
    allowed = [*NAMES, *survey_texts(window), *every_language(window)]
    assert plain_english(window, allowed) == []
    assert cut_texts(window) == []
    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    assert plain_english(window, allowed) == []
    assert cut_texts(window) == []


def test_survey_join_signup_and_thanks_pages(qtbot, window):
    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.language.buttons[CODE], Qt.MouseButton.LeftButton)
    data = [*NAMES, *survey_texts(window)]
    while window.flow.state.step is Step.SURVEY:
        qtbot.wait(50)  # the page lays itself out from the event loop
        shot(window, f"kiosk-page-{window.flow.state.page_index}")
        assert plain_english(window, data) == [], window.flow.state.page_index
        assert cut_texts(window) == [], window.flow.state.page_index
        if window.survey.next.text() == kiosk_words.tr("Send my answers", language=CODE):
            break  # the survey has no text in the pseudo-locale to store the answers under
        answer_page(window)
        window.survey.next_requested.emit()
    window._show(window.flow.join(True))
    window.signup.age.setChecked(True)
    shot(window, "kiosk-signup")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []
    window._show(window.flow.skip_signup())  # thanks, and Start for the next student
    assert plain_english(window, [*data, *every_language(window)]) == []
    assert cut_texts(window) == []


def test_pin_dialogs(qtbot, db, pseudo):
    """Setting the PIN (also before a talk), leaving the kiosk after wrong tries (the pause),
    and changing the PIN."""
    from sos_desktop.core.kiosk import pin
    from sos_desktop.ui.kiosk.pin_dialog import ChangePinDialog, CheckPinDialog, SetPinDialog
    from tests.ui.kiosk.test_pin_dialog import Clocks

    dialogs = [SetPinDialog(db), SetPinDialog(db, before_talk=True)]
    pin.set_pin(db, "2468")
    check = CheckPinDialog(db, clock=Clocks())
    change = ChangePinDialog(db, clock=Clocks())
    for dialog in (*dialogs, check, change):
        qtbot.addWidget(dialog)
        show_on_laptop(dialog)
    qtbot.keyClicks(dialogs[0].first, "2468")
    qtbot.keyClicks(dialogs[0].second, "2469")
    dialogs[0]._ok()  # the two differ
    for _ in range(3):
        check.entry.setText("1111")
        check._ok()  # wrong, then a pause
    change.old.setText("1111")
    change.first.setText("1357")
    change.second.setText("1357")
    change._ok()  # the current PIN is wrong (the pause after the check's tries)
    for index, dialog in enumerate((*dialogs, check, change)):
        shot(dialog, f"pin-{index}")
        assert plain_english(dialog) == [], index
        assert cut_texts(dialog) == [], index


def test_signup_problems_and_the_under_13_answer(qtbot, window):
    """The sign-up form sent with a bad email and no consent (the problems said at the top and
    above the consent boxes), then the answer for a student 12 or younger."""
    from tests.ui.kiosk.conftest import send_signup

    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.language.buttons[CODE], Qt.MouseButton.LeftButton)
    window._show(window.flow.join(True))
    form = window.signup
    form.age.setChecked(True)
    form.edits["first_name"].setText("Ana")
    form.edits["email"].setText("ana@")
    send_signup(qtbot, form)
    assert window.flow.state.step is Step.SIGNUP and form.problems.isVisibleTo(form)
    data = [*NAMES, *survey_texts(window), "Ana", "ana@"]
    shot(window, "kiosk-signup-problems")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []
    form.age_under.setChecked(True)
    shot(window, "kiosk-signup-under-13")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []


def test_still_there_overlay(qtbot, window):
    """The idle countdown, once the student has chosen the pseudo-locale (before a choice it
    speaks every language, as the welcome does)."""
    qtbot.mouseClick(window.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(window.language.buttons[CODE], Qt.MouseButton.LeftButton)
    window.overlay.show_countdown(CODE, 15)
    shot(window, "kiosk-still-there")
    assert plain_english(window.overlay) == []
    assert cut_texts(window.overlay) == []


def test_sign_up_only_kiosk_of_a_paper_visit(qtbot, db, pseudo):
    """A paper visit's kiosk (sign-ups only): its welcome and its thanks after a sign-up."""
    visit_id = create_visit(db, {"school": "Wilbur Cross", "group_name": "Civics 3",
                                 "visit_date": "2026-10-14", "survey_key": SURVEY,
                                 "answer_mode": "paper"})
    kiosk = launch.build_kiosk(db, visit_id, idle=IdleWatch(90, 15, Mono()),
                               ask_pin=lambda parent: True)
    qtbot.addWidget(kiosk)
    show_on_laptop(kiosk)
    allowed = [*NAMES, *every_language(kiosk)]
    assert plain_english(kiosk, allowed) == []
    assert cut_texts(kiosk) == []
    kiosk.thanks.show_for(CODE, signed_up=True)
    assert plain_english(kiosk.thanks, allowed) == []
    kiosk.request_exit()
