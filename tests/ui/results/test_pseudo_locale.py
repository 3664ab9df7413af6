"""Ensure the results window, page by page, reads wholly in the pseudo-locale and cuts no text
(issue 19)."""

from __future__ import annotations

from installer.pseudo import CODE
from sos_desktop.ui.results.window import open_results
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.results.test_spanish import SCHOOL, _visit_with_answers


def test_results_window_pages(qtbot, db, stored_survey, pseudo):
    definition_id, survey = stored_survey
    visit_id = _visit_with_answers(db, definition_id)
    # The survey's questions and choices are data, in the survey's languages.
    labels = [survey.title, *(x for q in survey.questions for x in (
        q.label, q.scale_low, q.scale_high, *(c.label for c in q.options)) if x)]
    data = [SCHOOL, "Cívica 3", *(text for label in labels for _lang, text in label.texts)]
    window = open_results(db, visit_id, language=CODE)
    qtbot.addWidget(window)
    show_on_laptop(window)
    for page in range(len(window.pager.pages)):
        window.pager.step(page - window.pager.page)
        qtbot.waitUntil(lambda: all(c.isVisible() for c in window.results.charts))
        shot(window, f"results-{page + 1}")
        assert plain_english(window, data) == [], page
        assert cut_texts(window) == [], page
    window.close()


def test_projected_results_pages(qtbot, db, stored_survey, pseudo):
    """What the class sees on the projector, page by page, at the laptop's size."""
    from sos_desktop.ui.results.pages import ResultsPager
    from sos_desktop.ui.results.projector import ProjectorResults

    definition_id, survey = stored_survey
    visit_id = _visit_with_answers(db, definition_id)
    labels = [survey.title, *(x for q in survey.questions for x in (
        q.label, q.scale_low, q.scale_high, *(c.label for c in q.options)) if x)]
    data = [SCHOOL, "Cívica 3", *(text for label in labels for _lang, text in label.texts)]
    pager = ResultsPager(db, visit_id, survey, language=CODE)
    view = ProjectorResults(pager)
    qtbot.addWidget(view)
    show_on_laptop(view)
    for page in range(len(pager.pages)):
        pager.step(page - pager.page)
        qtbot.wait(20)
        shot(view, f"projected-results-{page + 1}")
        assert plain_english(view, data) == [], page
        assert cut_texts(view) == [], page
    pager.stop()
