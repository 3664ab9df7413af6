"""No mouse wheel changes a value in the kiosk or any dialog."""

from datetime import date

import pytest
from PySide6.QtCore import QPoint, QPointF, Qt
from PySide6.QtGui import QWheelEvent
from PySide6.QtWidgets import QApplication

from sos_desktop.core.visits.store import validate_visit
from sos_desktop.ui.kiosk.signup_form import SignupForm
from sos_desktop.ui.visits.dialog import VisitDialog


def wheel(widget, steps=-3):
    centre = QPointF(widget.rect().center())
    event = QWheelEvent(centre, QPointF(widget.mapToGlobal(widget.rect().center())), QPoint(),
                        QPoint(0, 120 * steps), Qt.MouseButton.NoButton,
                        Qt.KeyboardModifier.NoModifier, Qt.ScrollPhase.NoScrollPhase, False)
    QApplication.sendEvent(widget, event)


@pytest.mark.parametrize("focused", [False, True])
def test_wheel_over_grade_scrolls_the_form_not_the_grade(qtbot, focused):
    """Ensure the wheel over the kiosk's Grade list leaves the grade as it was."""
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, 600)
    form.show()
    form.age.setChecked(True)
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0)
    if focused:
        form.grade.setFocus()
    form.grade.setCurrentIndex(3)
    bar = form.scroll.verticalScrollBar()
    for steps in (-1, 1):  # each way: one step either way would show
        wheel(form.grade, steps)
        assert form.grade.currentIndex() == 3
        if steps < 0:
            assert bar.value() > 0  # the wheel scrolled the page instead


def test_wheel_changes_nothing_in_the_visit_dialog(qtbot):
    """Ensure survey, length and date keep their values under the wheel."""
    dialog = VisitDialog("New visit", {"visit_date": date(2026, 10, 14)}, validate_visit,
                         [("nhps-other", "All Other NHPS Student Survey")])
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.values()
    for widget in (dialog.survey_key, dialog.planned_minutes, dialog.visit_date):
        widget.setFocus()
        for steps in (-1, 1):
            wheel(widget, steps)
            assert dialog.values() == before, widget


def test_the_app_installs_the_guard_once(qapp):
    """Ensure every window of the app (sync dialogs, console) gets the guard, exactly once."""
    from sos_desktop.ui.app import make_app
    from sos_desktop.ui.wheel_guard import WheelGuard, install_wheel_guard

    make_app()
    install_wheel_guard()
    assert len(qapp.findChildren(WheelGuard)) == 1
