"""The kiosk loop through pytest-qt: real database, injected clocks, no sleeps."""

import json

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.visits.store import get_visit
from sos_desktop.ui.kiosk.window import THANKS_SECONDS
from tests.ui.kiosk.conftest import send_signup


def type_text(qtbot, widget, value):
    """keyClicks for ASCII; QTest cannot synthesise keys for letters like ë or ễ."""
    if value.isascii():
        qtbot.keyClicks(widget, value)
    elif hasattr(widget, "insertPlainText"):
        widget.insertPlainText(value)
    else:
        widget.insert(value)


def answer_survey(qtbot, w, language="en", stopped="no", comment="", sign_up=None):
    qtbot.mouseClick(w.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.language.buttons[language], Qt.MouseButton.LeftButton)
    w.survey.widgets["safe"].buttons[2].click()
    qtbot.mouseClick(w.survey.next, Qt.MouseButton.LeftButton)
    w.survey.widgets["stopped"].checks[stopped].box.click()
    qtbot.mouseClick(w.survey.next, Qt.MouseButton.LeftButton)
    if stopped == "yes":
        w.survey.widgets["where"].checks["door"].box.click()
        qtbot.mouseClick(w.survey.next, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(w.survey.next, Qt.MouseButton.LeftButton)  # support: optional
    if comment:
        type_text(qtbot, w.survey.widgets["comment"].edit, comment)
    qtbot.mouseClick(w.survey.next, Qt.MouseButton.LeftButton)
    assert w.flow.state.step is Step.JOIN
    if sign_up is None:
        qtbot.mouseClick(w.join.no, Qt.MouseButton.LeftButton)
        return
    qtbot.mouseClick(w.join.yes, Qt.MouseButton.LeftButton)
    w.signup.age.setChecked(True)
    for field, value in sign_up.items():
        type_text(qtbot, w.signup.edits[field], value)
    w.signup.email_consent.setChecked(True)
    send_signup(qtbot, w.signup)


def test_whole_loop_stores_response_and_signup(qtbot, kiosk, db):
    """welcome → language → survey → join → sign-up → thanks; both records committed."""
    answer_survey(qtbot, kiosk, "es", stopped="yes", comment="más consejeros",
                  sign_up={"first_name": "Zoë", "last_name": "Nguyễn",
                           "email": "zoe@example.org"})
    assert kiosk.flow.state.step is Step.THANKS
    visit = get_visit(db, kiosk.visit_id)
    assert (visit.responses, visit.signups) == (1, 1)
    with db.raw() as conn:
        answers = dict(conn.execute("SELECT question_key, value FROM survey_answers"))
        language, consent = conn.execute(
            "SELECT r.language, s.email_consent_text FROM survey_responses r, signups s"
        ).fetchone()
    assert json.loads(answers["where"]) == "door" and json.loads(answers["safe"]) == 2
    assert language == "es" and consent.startswith("Sí, Students for Educational Justice")


def test_required_blocks_and_relevant_shows_follow_up(qtbot, kiosk):
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    assert kiosk.survey.widgets["safe"].problem.text() == "Please answer this question."
    kiosk.survey.widgets["safe"].buttons[5].click()
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    assert kiosk.survey.position.text() == "2 / 4"
    kiosk.survey.widgets["stopped"].checks["yes"].box.click()
    assert kiosk.survey.position.text() == "2 / 4"  # shown on the next render
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    assert list(kiosk.survey.widgets) == ["where"] and kiosk.survey.position.text() == "3 / 5"


def test_spanish_labels(qtbot, kiosk):
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["es"], Qt.MouseButton.LeftButton)
    assert kiosk.survey.widgets["safe"].title.text() == "¿Qué tan seguro/a te sientes?"
    assert kiosk.survey.next.text() == "Siguiente"


def test_next_student_sees_nothing_of_the_last(qtbot, kiosk):
    """Two respondents in a row: every widget starts blank for the second."""
    answer_survey(qtbot, kiosk, "en", stopped="yes", comment="first student's secret",
                  sign_up={"first_name": "Ana", "last_name": "Ruiz",
                           "email": "ana@example.org"})
    qtbot.mouseClick(kiosk.thanks.next, Qt.MouseButton.LeftButton)
    assert kiosk.flow.state.step is Step.WELCOME
    assert all(not e.text() for e in kiosk.signup.edits.values())
    assert not kiosk.signup.age.isChecked() and not kiosk.signup.email_consent.isChecked()
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    assert kiosk.survey.widgets["safe"].value() is None
    kiosk.survey.widgets["safe"].buttons[1].click()
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    assert kiosk.survey.widgets["stopped"].value() is None
    for _ in range(3):  # back through the whole survey: nothing of the first student
        qtbot.mouseClick(kiosk.survey.back, Qt.MouseButton.LeftButton)
    assert kiosk.flow.state.step is Step.LANGUAGE
    grabbed = [w.text() for w in kiosk.findChildren(type(kiosk.signup.edits["first_name"]))]
    assert "Ana" not in grabbed and "ana@example.org" not in grabbed


def test_under_13_cannot_enter_contact_details(qtbot, kiosk):
    answer_survey(qtbot, kiosk)  # says no to joining; go again and say yes
    qtbot.mouseClick(kiosk.thanks.next, Qt.MouseButton.LeftButton)
    kiosk.flow.state.step = Step.JOIN
    kiosk._show(kiosk.flow.join(True))
    kiosk.signup.age_under.setChecked(True)
    assert not kiosk.signup.details.isVisible() and kiosk.signup.under_13.isVisible()
    assert not kiosk.signup.submit.isEnabled()


def test_idle_countdown_then_reset(qtbot, kiosk, clock):
    """After 90 s idle a countdown shows; 15 s later the partial entry is gone."""
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    kiosk.survey.widgets["safe"].buttons[4].click()
    clock.t += 91
    kiosk._tick()
    assert kiosk.overlay.isVisible() and "14 seconds" in kiosk.overlay.body.text()
    clock.t += 15
    kiosk._tick()
    assert kiosk.flow.state.step is Step.WELCOME and kiosk.flow.state.answers == {}
    assert not kiosk.overlay.isVisible()


def test_still_here_keeps_the_entry(qtbot, kiosk, clock):
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    clock.t += 100
    kiosk._tick()
    qtbot.mouseClick(kiosk.overlay.stay, Qt.MouseButton.LeftButton)
    kiosk._tick()
    assert not kiosk.overlay.isVisible() and kiosk.flow.state.step is Step.LANGUAGE


def test_thanks_hands_over_by_itself(qtbot, kiosk, clock):
    answer_survey(qtbot, kiosk)
    clock.t += THANKS_SECONDS + 1
    kiosk._tick()
    assert kiosk.flow.state.step is Step.WELCOME


@pytest.mark.parametrize(
    ("key", "mods"),
    [
        (Qt.Key.Key_Escape, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_F4, Qt.KeyboardModifier.AltModifier),
        (Qt.Key.Key_Q, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_W, Qt.KeyboardModifier.ControlModifier),
        (Qt.Key.Key_F11, Qt.KeyboardModifier.NoModifier),
        (Qt.Key.Key_Tab, Qt.KeyboardModifier.AltModifier),
    ],
)
def test_escape_keys_do_not_leave(qtbot, kiosk, key, mods):
    qtbot.keyClick(kiosk.welcome.go, key, mods)
    kiosk.close()
    QApplication.processEvents()
    assert kiosk.isVisible()


def test_closing_is_refused_and_pin_unlocks(qtbot, kiosk):
    assert not kiosk.close()
    kiosk.pins.append(False)
    assert not kiosk.request_exit() and kiosk.isVisible()
    kiosk.pins.append(True)
    with qtbot.waitSignal(kiosk.left):
        qtbot.keyClick(kiosk.welcome.go, Qt.Key.Key_L,
                       Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert not kiosk.isVisible()


def test_controls_have_accessible_names(kiosk):
    from PySide6.QtWidgets import QAbstractButton, QLineEdit

    unnamed = [w for w in kiosk.findChildren(QAbstractButton) + kiosk.findChildren(QLineEdit)
               if w.isVisibleTo(kiosk) and not w.accessibleName()]
    assert unnamed == []


def test_language_can_be_switched_by_going_back(qtbot, kiosk):
    """Back from the first page returns to the language choice; the survey follows the switch."""
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    kiosk.survey.widgets["safe"].buttons[3].click()
    qtbot.mouseClick(kiosk.survey.back, Qt.MouseButton.LeftButton)
    assert kiosk.flow.state.step is Step.LANGUAGE
    qtbot.mouseClick(kiosk.language.buttons["es"], Qt.MouseButton.LeftButton)
    assert kiosk.survey.widgets["safe"].title.text() == "¿Qué tan seguro/a te sientes?"
    assert kiosk.survey.widgets["safe"].value() == 3  # this student's own answer is kept
    assert kiosk.survey.back.text() == "Atrás"


def test_whole_survey_by_keyboard_alone(qtbot, kiosk, db):
    """Enter and Space on focused controls, Tab between them: no mouse needed."""
    key = Qt.Key
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)  # Start (focused)
    assert kiosk.flow.state.step is Step.LANGUAGE
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)  # English (focused)
    assert kiosk.flow.state.step is Step.SURVEY
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Space)  # scale: 1 has focus
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)  # next
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Space)  # yes/no: "yes" has focus
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)
    assert list(kiosk.survey.widgets) == ["where"]
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Space)
    for _ in range(3):  # where, support (optional), comment (optional)
        qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)
    if kiosk.flow.state.step is Step.SURVEY:  # Enter in the long answer adds a line: use Next
        qtbot.keyClick(kiosk.survey.next, key.Key_Return)
    assert kiosk.flow.state.step is Step.JOIN
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Tab)  # from "Yes" to "No thanks"
    qtbot.keyClick(kiosk.focusWidget(), key.Key_Return)
    assert kiosk.flow.state.step is Step.THANKS
    assert get_visit(db, kiosk.visit_id).responses == 1


def test_failed_save_keeps_the_student_on_the_page_with_a_message(qtbot, kiosk, monkeypatch):
    """A full disk at the last page: the student is told, nothing is lost from the form."""
    import sqlite3

    from sos_desktop.core.surveys import responses

    def disk_full(*_args, **_kwargs):
        raise sqlite3.OperationalError("database or disk is full")

    for write in ("write_shuffled", "write_plainly"):  # the kiosk writes plainly, then moves
        monkeypatch.setattr(responses, write, disk_full)
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    kiosk.survey.widgets["safe"].buttons[2].click()
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    kiosk.survey.widgets["stopped"].checks["no"].box.click()
    for _ in range(3):
        qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    assert kiosk.flow.state.step is Step.SURVEY
    assert "could not be saved" in kiosk.survey.error.text()
    assert kiosk.flow.state.answers["safe"] == 2


def test_first_scale_number_does_not_look_chosen_when_the_page_opens(qtbot, kiosk):
    """Ensure the "1" holding the page's first focus is painted like any other number; the
    focus ring shows once the student uses the keyboard."""
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    buttons = kiosk.survey.widgets["safe"].buttons
    assert buttons[1].hasFocus()

    def frame(button):  # the colours along the left and top edges: where a ring would be
        image = button.grab().toImage()
        return [image.pixelColor(x, y).name() for x, y in
                [(1, image.height() // 2), (3, image.height() // 2), (image.width() // 2, 2)]]

    assert frame(buttons[1]) == frame(buttons[3])
    qtbot.keyClick(buttons[1], Qt.Key.Key_Right)  # keyboard use: the ring shows where focus is
    focused = QApplication.focusWidget()
    assert focused in buttons.values(), focused
    assert frame(focused) != frame(buttons[3] if focused is not buttons[3] else buttons[4])


def test_first_choice_does_not_look_chosen_when_the_page_opens(qtbot, kiosk):
    """Ensure the focused first radio is painted like its neighbours until the keyboard is
    used; then the ring shows."""
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["en"], Qt.MouseButton.LeftButton)
    kiosk.survey.widgets["safe"].buttons[3].click()
    qtbot.mouseClick(kiosk.survey.next, Qt.MouseButton.LeftButton)
    checks = kiosk.survey.widgets["stopped"].checks
    assert checks["yes"].box.hasFocus()
    assert checks["yes"].box.grab().toImage() == checks["no"].box.grab().toImage()
    qtbot.keyClick(checks["yes"].box, Qt.Key.Key_Down)
    focused = QApplication.focusWidget()
    assert focused is checks["no"].box and checks["no"].box.ring_shown()


def test_organizer_button_follows_the_language(qtbot, kiosk):
    """Ensure the Organizer button is Spanish once Español is chosen, bilingual before any
    choice, and back after a reset."""
    assert kiosk.organizer.text() == "Organizer / Organizador/a"
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons["es"], Qt.MouseButton.LeftButton)
    assert kiosk.organizer.text() == "Organizador/a"
    assert "PIN" in kiosk.organizer.toolTip() and "quiosco" in kiosk.organizer.toolTip()
    kiosk.reset()
    assert kiosk.organizer.text() == "Organizer / Organizador/a"


def test_the_wal_pairs_no_one_once_the_thanks_is_up(qtbot, kiosk, db):
    """Ensure the sign-up's commit order, left in the WAL while the student is thanked, is
    gone a moment later without anyone pressing anything."""
    from tests.core.privacy import attacker

    answer_survey(qtbot, kiosk, sign_up={"first_name": "Ana", "last_name": "Ruiz",
                                         "email": "ana@example.org"})
    assert kiosk.flow.state.step is Step.THANKS
    wal = db.path.with_name(db.path.name + "-wal")
    qtbot.waitUntil(lambda: attacker.wal_first_seen(wal) == {}, timeout=2000)
    assert get_visit(db, kiosk.visit_id).signups == 1
