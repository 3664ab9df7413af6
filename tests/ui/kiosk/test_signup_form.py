"""The sign-up page: what students read must be true, whole sentences in their language."""


import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QAccessible

from sos_desktop.core.kiosk.flow import Step
from sos_desktop.core.visits.store import get_visit
from sos_desktop.ui.kiosk.consent import consent_wordings
from sos_desktop.ui.kiosk.signup_form import SignupForm
from tests.ui.kiosk.conftest import send_signup


def shown(widget) -> str:
    """The text as displayed: what a screen reader gets (mnemonics processed)."""
    return QAccessible.queryAccessibleInterface(widget).text(QAccessible.Text.Name)


@pytest.mark.parametrize("language", ["en", "es"])
def test_consent_wording_reads_exactly_as_stored(qtbot, language):
    """Ensure no '&' is eaten as a shortcut marker: the student reads the stored wording."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.set_language(language)
    email, sms = consent_wordings(language)
    assert shown(form.sms_consent.text_label) == sms.text
    assert shown(form.email_consent.text_label) == email.text
    assert form.sms_consent.text() == sms.text


def _to_signup(qtbot, kiosk, language):
    qtbot.mouseClick(kiosk.welcome.go, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(kiosk.language.buttons[language], Qt.MouseButton.LeftButton)
    kiosk.flow.state.step = Step.JOIN
    kiosk._show(kiosk.flow.join(True))
    assert kiosk.flow.state.step is Step.SIGNUP


@pytest.mark.parametrize("language,why", [
    ("en", "Please check at least one way we may contact you"),
    ("es", "Marca al menos una forma en que podamos contactarte"),
])
def test_contact_without_a_consented_channel_is_not_sent(qtbot, kiosk, db, language, why):
    """Ensure an email without consent to email is refused, saying why in the student's
    language: otherwise "an organizer will be in touch" would be untrue."""
    _to_signup(qtbot, kiosk, language)
    kiosk.signup.age.setChecked(True)
    kiosk.signup.edits["first_name"].setText("Ana")
    kiosk.signup.edits["last_name"].setText("Ruiz")
    kiosk.signup.edits["email"].setText("ana@example.org")
    send_signup(qtbot, kiosk.signup)
    assert kiosk.flow.state.step is Step.SIGNUP
    assert why in kiosk.signup.problems.text()
    # said again right above the consent boxes, which are scrolled into view
    assert why in kiosk.signup.consent_problem.text()
    assert kiosk.signup.consent_problem.isVisibleTo(kiosk.signup)
    assert kiosk.signup.email_consent.box.hasFocus()
    assert get_visit(db, kiosk.visit_id).signups == 0
    # only an email given: only the email box is asked for, not texts to a missing phone
    assert kiosk.signup.email_consent.property("invalid")
    assert not kiosk.signup.sms_consent.property("invalid")


def test_under_13_refusal_only_after_the_student_says_so(qtbot):
    """Ensure nobody is told "we cannot take your details" before answering the age question;
    the contact fields open only for 13 or older."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, 700)
    form.show()
    assert not form.under_13.isVisible() and not form.details.isVisible()
    assert not form.submit.isEnabled()
    form.age_under.setChecked(True)
    assert form.under_13.isVisible() and not form.details.isVisible()
    form.age.setChecked(True)
    assert form.details.isVisible() and not form.under_13.isVisible()
    form.clear()
    assert not form.age.isChecked() and not form.age_under.isChecked()
    assert not form.under_13.isVisible()


def test_form_says_more_below_and_shows_the_consent_boxes_before_sending(qtbot):
    """Ensure the consent boxes at the bottom are shown before the form is first sent."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, 720)
    form.show()
    form.age.setChecked(True)
    bar = form.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: bar.maximum() > 0 and form.more.cue.isVisible())
    sent = []
    form.submitted.connect(sent.append)
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert not sent and bar.value() > 0
    while form.more.has_more():
        qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert not sent and not form.more.cue.isVisible()
    qtbot.mouseClick(form.submit, Qt.MouseButton.LeftButton)
    assert len(sent) == 1


def test_a_student_12_or_younger_is_offered_done(qtbot):
    """Ensure "I am 12 or younger" turns the buttons into one "Done" that ends like Skip."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, 700)
    form.show()
    assert form.skip.isVisible() and not form.done.isVisible()
    form.age_under.setChecked(True)
    assert form.done.isVisible() and not form.skip.isVisible() and not form.submit.isVisible()
    with qtbot.waitSignal(form.skipped):
        qtbot.mouseClick(form.done, Qt.MouseButton.LeftButton)
    form.age.setChecked(True)
    assert form.submit.isVisible() and form.skip.isVisible() and not form.done.isVisible()


@pytest.mark.parametrize("height", [600, 720])
def test_more_below_never_covers_a_choice_in_view(qtbot, height):
    """Ensure the cue sits in a strip of its own below the viewport, so no field or box in
    view is under it."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, height)
    form.show()
    form.age.setChecked(True)
    qtbot.waitUntil(lambda: form.more.cue.isVisible())
    view = form.scroll.viewport().geometry()
    cue = form.more.cue.geometry()
    assert cue.top() > view.bottom()  # below everything the student can see
    assert cue.bottom() <= form.scroll.height()
    while form.more.has_more():
        form.more.page_down()
    assert not form.more.cue.isVisible() and form.scroll.viewportMargins().bottom() == 0
