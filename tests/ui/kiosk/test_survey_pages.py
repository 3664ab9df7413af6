"""The built-in surveys' pages at 1366x768: nothing hides below the fold unannounced."""

import pytest
from PySide6.QtCore import Qt

from sos_desktop.core.surveys.store import ensure_builtin_surveys
from sos_desktop.core.visits.store import create_visit
from sos_desktop.ui.kiosk.launch import build_kiosk


@pytest.fixture
def open_kiosk(qtbot, db):
    ensure_builtin_surveys(db)
    windows = []

    def make(survey_key, language):
        visit_id = create_visit(db, {"school": "Hillhouse", "group_name": "Civics",
                                     "visit_date": "2026-10-14", "survey_key": survey_key})
        window = build_kiosk(db, visit_id, ask_pin=lambda parent: True)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        window._show(window.flow.begin())
        window._show(window.flow.choose_language(language))
        windows.append(window)
        return window

    yield make
    for window in windows:
        window.request_exit()


def _settle(qtbot, screen):
    bar = screen.scroll.verticalScrollBar()
    qtbot.waitUntil(lambda: screen.inner.height() >= screen.inner.minimumSizeHint().height())
    return bar


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("survey_key", ["hillhouse-cross", "nhps-other"])
def test_every_page_fits_or_says_more_below_and_next_scrolls_first(qtbot, open_kiosk,
                                                                   survey_key, language):
    """Ensure a question below the fold is announced, and Next shows it before moving on."""
    window = open_kiosk(survey_key, language)
    screen = window.survey
    for index in range(window.flow.page_count()):
        window.flow.state.page_index = index
        window._show(window.flow.state)
        bar = _settle(qtbot, screen)
        if bar.maximum() <= 32:  # at most the page's bottom margin is out of view
            assert not screen.more.cue.isVisible()
            continue
        assert screen.more.cue.isVisible() and screen.more.cue.text().startswith("↓")
        steps = 0
        while screen.more.has_more():
            qtbot.mouseClick(screen.next, Qt.MouseButton.LeftButton)
            assert window.flow.state.page_index == index  # scrolled, did not move on
            steps += 1
            assert steps < 10
        assert not screen.more.cue.isVisible() and bar.value() == bar.maximum()


@pytest.mark.parametrize("language,tag", [("en", "* Required"), ("es", "* Obligatoria")])
def test_required_questions_are_marked(qtbot, open_kiosk, language, tag):
    """Ensure a required question says so under its title, and only a required one."""
    window = open_kiosk("hillhouse-cross", language)
    survey = window.flow.runner.survey
    seen = set()
    for index in range(window.flow.page_count()):
        window.flow.state.page_index = index
        window._show(window.flow.state)
        for key, widget in window.survey.widgets.items():
            required = survey.question(key).required
            assert widget.required_tag.isVisibleTo(widget) == required
            assert widget.required_tag.text() == tag
            seen.add(required)
    assert seen == {True, False}
