"""The kiosk sign-up form. Validation is core's (signup_rules); this lays out and reports."""

from __future__ import annotations

from PySide6.QtCore import Qt, QTimer, Signal
from PySide6.QtWidgets import (
    QButtonGroup,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListView,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from sos_desktop.core.errors import Problem
from sos_desktop.core.people.signup_rules import EMAIL_MAX, GRADES, ROLES, TEAMS
from sos_desktop.i18n import kiosk
from sos_desktop.ui.kiosk.consent import consent_wordings
from sos_desktop.ui.kiosk.more_below import MoreBelow
from sos_desktop.ui.kiosk.signup_messages import signup_message
from sos_desktop.ui.kiosk.widgets import Dropdown, WrapCheck, button, label
from sos_desktop.ui.wheel_guard import install_wheel_guard


def _mark(widget: QWidget, invalid: bool) -> None:
    """The red frame on a field at fault (style sheet: [invalid="true"])."""
    if bool(widget.property("invalid")) != invalid:
        widget.setProperty("invalid", invalid)
        widget.style().unpolish(widget)
        widget.style().polish(widget)
        widget.update()


TEXT_FIELDS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school")


def _words(language: str) -> dict[str, str]:
    """The form's labels in the student's language, by field, role, team and grade."""
    return {
        "first_name": kiosk.tr("First name", language=language),
        "last_name": kiosk.tr("Last name", language=language),
        "preferred_name": kiosk.tr("Name you go by (optional)", language=language),
        "email": kiosk.tr("Email", language=language),
        "phone": kiosk.tr("Mobile phone", language=language),
        "zip_code": kiosk.tr("ZIP code (optional)", language=language),
        "school": kiosk.tr("School", language=language),
        "grade": kiosk.tr("Grade", language=language),
        "role": kiosk.tr("I am a…", language=language),
        "role_student": kiosk.tr("Student", language=language),
        "role_educator": kiosk.tr("Educator", language=language),
        "role_ally": kiosk.tr("Other adult ally", language=language),
        "team_research": kiosk.tr("Research: surveys, data and history", language=language),
        "team_outreach": kiosk.tr("Outreach: classroom visits and one-on-ones",
                                  language=language),
        "team_tactics": kiosk.tr("Tactics: rallies, actions, Board of Education",
                                 language=language),
        "grade_college": kiosk.tr("College", language=language),
        "grade_other": kiosk.tr("Other / not in school", language=language),
    }


class SignupForm(QWidget):
    submitted = Signal(dict)
    skipped = Signal()
    # A name that hides QWidget.scroll(dx, dy), which nothing here calls.
    scroll: QScrollArea  # type: ignore[assignment]

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        install_wheel_guard()  # a wheel over Grade must scroll the form, not change the grade
        self.language = "en"
        self.title = label("", "title")
        # Two answers, neither picked at first: the refusal shows only to a student who says
        # they are under 13, the contact fields only to one who says 13 or older.
        self.age_label = label("", "section")
        self.age = WrapCheck(radio=True)
        self.age_under = WrapCheck(radio=True)
        self.age_group = QButtonGroup(self)
        for choice in (self.age, self.age_under):
            self.age_group.addButton(choice.box)
            choice.toggled.connect(self._age_changed)
        self.under_13 = label("", "body")

        self.edits: dict[str, QLineEdit] = {}
        self.labels: dict[str, QLabel] = {}
        form = QFormLayout()
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setLabelAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        form.setHorizontalSpacing(24)
        form.setVerticalSpacing(14)
        for name in TEXT_FIELDS:
            edit = QLineEdit()
            edit.setMaxLength(EMAIL_MAX if name == "email" else 120)
            self.edits[name] = edit
            edit.textEdited.connect(lambda _t, edit=edit: _mark(edit, False))
            self.labels[name] = self._field_label(edit)
            form.addRow(self.labels[name], edit)
        self.edits["email"].setInputMethodHints(Qt.InputMethodHint.ImhEmailCharactersOnly)
        self.edits["phone"].setInputMethodHints(Qt.InputMethodHint.ImhDialableCharactersOnly)
        self.edits["zip_code"].setMaxLength(10)

        self.grade = Dropdown()
        # A list view makes the pop-up follow the style sheet: large rows, big enough to tap.
        self.grade.setView(QListView())
        self.grade.setMaxVisibleItems(len(GRADES) + 1)
        self.grade.setCursor(Qt.CursorShape.PointingHandCursor)
        self.labels["grade"] = self._field_label(self.grade)
        form.addRow(self.labels["grade"], self.grade)

        self.role_buttons: dict[str, WrapCheck] = {}
        self.role_group = QButtonGroup(self)
        role_row = QHBoxLayout()
        role_row.setSpacing(16)
        for role in ROLES:
            choice = WrapCheck(radio=True)
            choice.text_label.setWordWrap(False)  # three short words: one line each
            self.role_group.addButton(choice.box)
            self.role_buttons[role] = choice
            choice.toggled.connect(self._role_changed)
            role_row.addWidget(choice)
        role_row.addStretch(1)
        self.labels["role"] = self._field_label(None)
        form.addRow(self.labels["role"], role_row)

        self.interests_label = label("", "section")
        self.teams = {team: WrapCheck() for team in TEAMS}
        self.visit_requested = WrapCheck()
        self.email_consent = WrapCheck()
        self.sms_consent = WrapCheck()
        def unmark_consents(_on: bool) -> None:
            for row in (self.email_consent, self.sms_consent):
                _mark(row, False)

        for row in (self.email_consent, self.sms_consent):
            row.toggled.connect(unmark_consents)
        self.problems = label("", "errorBox")
        self.problems.hide()
        self.consent_problem = label("", "error")  # the consent boxes sit far below the top
        self.consent_problem.hide()
        self.submit = button("", primary=True)
        self.submit.clicked.connect(self._submit)
        self.skip = button("")
        self.skip.clicked.connect(self.skipped)
        # A student 12 or younger is done here: nothing to sign, so "Done" ends like "Skip".
        self.done = button("", primary=True)
        self.done.clicked.connect(self.skipped)

        self.details = QWidget()
        details = QVBoxLayout(self.details)
        details.setContentsMargins(0, 8, 0, 0)
        details.setSpacing(6)
        details.addLayout(form)
        details.addSpacing(20)
        details.addWidget(self.interests_label)
        for check in self.teams.values():
            details.addWidget(check)
        details.addWidget(self.visit_requested)
        details.addSpacing(16)
        details.addWidget(self.consent_problem)
        details.addWidget(self.email_consent)
        details.addWidget(self.sms_consent)

        inner = QWidget()
        column = QVBoxLayout(inner)
        column.setContentsMargins(64, 16, 48, 24)
        column.setSpacing(14)
        column.addWidget(self.title)
        column.addWidget(self.problems)
        column.addWidget(self.age_label)
        column.addWidget(self.age)
        column.addWidget(self.age_under)
        column.addWidget(self.under_13)
        column.addWidget(self.details)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidget(inner)
        scroll.setWidgetResizable(True)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.scroll = scroll
        self.more = MoreBelow(scroll)
        self._seen_all = False  # the consent boxes sit at the bottom: show them before sending
        scroll.verticalScrollBar().valueChanged.connect(self._scrolled)

        bar = QFrame()
        bar.setObjectName("bottomBar")
        buttons = QHBoxLayout(bar)
        buttons.setContentsMargins(64, 14, 64, 20)
        buttons.addWidget(self.skip)
        buttons.addStretch(1)
        buttons.addWidget(self.submit)
        buttons.addWidget(self.done)
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        outer.setSpacing(0)
        outer.addWidget(scroll, 1)
        outer.addWidget(bar)
        self.set_language("en")
        self.clear()

    @staticmethod
    def _field_label(buddy: QWidget | None) -> QLabel:
        widget = QLabel()
        widget.setObjectName("field")
        widget.setWordWrap(True)
        widget.setMinimumWidth(240)
        # As tall as the field beside it, text centred: label and field read as one row.
        widget.setMinimumHeight(50)
        widget.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        if buddy is not None:
            widget.setBuddy(buddy)
        return widget

    def set_language(self, language: str) -> None:
        self.language = language
        t = _words(language)
        self.title.setText(kiosk.tr("Sign up", language=language))
        self.age_label.setText(kiosk.tr("How old are you?", language=language))
        self.age.setText(kiosk.tr("I am 13 years old or older", language=language))
        self.age_under.setText(kiosk.tr("I am 12 or younger", language=language))
        self.under_13.setText(kiosk.tr(
            "Thanks for your interest! We can only take contact details from people 13 or "
            "older. Ask a trusted adult to contact SEJ with you.", language=language))
        for name in TEXT_FIELDS:
            self.labels[name].setText(t[name])
            self.edits[name].setAccessibleName(t[name])
        self.labels["grade"].setText(t["grade"])
        self.grade.setAccessibleName(t["grade"])
        current = self.grade.currentData()
        self.grade.clear()
        self.grade.addItem(kiosk.tr("Choose…", language=language), "")
        for grade in GRADES:
            self.grade.addItem(t[f"grade_{grade}"] if not grade.isdigit() else grade, grade)
        self.grade.setCurrentIndex(max(0, self.grade.findData(current)))
        self.labels["role"].setText(t["role"])
        for role, choice in self.role_buttons.items():
            choice.setText(t[f"role_{role}"])
        self.interests_label.setText(
            kiosk.tr("Teams I'm interested in (optional)", language=language))
        for team, check in self.teams.items():
            check.setText(t[f"team_{team}"])
        self.visit_requested.setText(
            kiosk.tr("Please contact me to schedule a classroom visit", language=language))
        # Stored with each sign-up exactly as shown here (the saver asks consent_wordings too).
        email, sms = consent_wordings(language)
        self.email_consent.setText(email.text)
        self.sms_consent.setText(sms.text)
        submit, skip = (kiosk.tr("Sign me up", language=language),
                        kiosk.tr("Skip", language=language))
        self.submit.setText(submit)
        self.submit.setAccessibleName(submit)
        self.skip.setText(skip)
        self.skip.setAccessibleName(skip)
        done = kiosk.tr("Done", language=language)
        self.done.setText(done)
        self.done.setAccessibleName(done)
        self.more.set_text(kiosk.tr("↓  More below: scroll down", language=language))

    def clear(self) -> None:
        """Empty every field: the next student must never see the last one's entry."""
        for edit in self.edits.values():
            edit.clear()
            _mark(edit, False)
        _mark(self.email_consent, False)
        _mark(self.sms_consent, False)
        self.grade.setCurrentIndex(0)
        self.role_buttons["student"].setChecked(True)
        for check in (*self.teams.values(), self.visit_requested, self.email_consent,
                      self.sms_consent):
            check.setChecked(False)
        self.age_group.setExclusive(False)  # an exclusive group never lets all go
        self.age.setChecked(False)
        self.age_under.setChecked(False)
        self.age_group.setExclusive(True)
        self.problems.clear()
        self.problems.hide()
        self.consent_problem.hide()
        self._age_changed()
        self._role_changed()
        self.scroll.verticalScrollBar().setValue(0)
        self._seen_all = False

    def values(self) -> dict:
        role = next((r for r, c in self.role_buttons.items() if c.isChecked()), "student")
        return {
            **{name: edit.text() for name, edit in self.edits.items()},
            "grade": self.grade.currentData() or "",
            "role": role,
            "interests": [team for team, check in self.teams.items() if check.isChecked()],
            "visit_requested": self.visit_requested.isChecked() and role != "student",
            "age_13_plus": self.age.isChecked(),
            "email_consent": self.email_consent.isChecked(),
            "sms_consent": self.sms_consent.isChecked(),
        }

    def show_problems(self, problems: list[Problem]) -> None:
        """Each problem as a sentence in the student's language; the fields at fault marked."""
        lines: list[str] = []
        first_widget = None
        consent = {"email_consent": self.email_consent, "sms_consent": self.sms_consent}
        consent_lines = []
        for problem in problems:
            line = signup_message(self.language, problem)
            if line not in lines:
                lines.append(line)
            widget = self.edits.get(problem.field)
            if problem.field in consent and line not in consent_lines:
                consent_lines.append(line)
            if problem.code == "no_consented_channel":
                # Only the box of a detail the student gave: an email alone asks for the
                # email consent, never for texts to a phone number not given.
                given = [row for field, row in (("email", self.email_consent),
                                                ("phone", self.sms_consent))
                         if self.edits[field].text().strip()]
                for row in given or consent.values():
                    _mark(row, True)
            elif problem.field in consent:
                _mark(consent[problem.field], True)
            if widget is not None:
                _mark(widget, True)
                first_widget = first_widget or widget
        self.problems.setText("\n".join(lines))
        self.problems.show()
        self.consent_problem.setText("\n".join(consent_lines))
        self.consent_problem.setVisible(bool(consent_lines))
        if first_widget is None and consent_lines:
            # Only the consent is wrong: take the student to the boxes, not to the top.
            self.email_consent.box.setFocus()
            self._to_bottom()
            QTimer.singleShot(0, self._to_bottom)  # again once the message is laid out
            return
        self.scroll.verticalScrollBar().setValue(0)  # the list of problems sits at the top
        if first_widget is not None:
            first_widget.setFocus()

    def _to_bottom(self) -> None:
        bar = self.scroll.verticalScrollBar()
        bar.setValue(bar.maximum())

    def _scrolled(self, *_args: object) -> None:
        self._seen_all = self._seen_all or not self.more.has_more()

    def _submit(self) -> None:
        if not self._seen_all and self.more.has_more():
            self.more.page_down()
            return
        self.consent_problem.hide()
        for widget in (*self.edits.values(), self.email_consent, self.sms_consent):
            _mark(widget, False)
        self.submitted.emit(self.values())

    def _age_changed(self, *_args: object) -> None:
        # Under-13s never see, let alone fill, the contact fields.
        old_enough = self.age.isChecked()
        self.details.setVisible(old_enough)
        too_young = self.age_under.isChecked()
        self.under_13.setVisible(too_young)
        self.submit.setEnabled(old_enough)
        self.submit.setVisible(not too_young)
        self.skip.setVisible(not too_young)
        self.done.setVisible(too_young)

    def _role_changed(self, *_args: object) -> None:
        self.visit_requested.setVisible(not self.role_buttons["student"].isChecked())
