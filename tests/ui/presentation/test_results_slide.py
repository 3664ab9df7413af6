"""Ensure the talk's results slide is passed in one press per page of figures, plus one for
all the questions still under 5 answers."""

from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.ui.results.pages import FOLDED, ResultsPager


def _presses_to_leave(controller, results_index: int) -> int:
    controller.state.go(results_index)
    presses = 0
    while controller.state.index == results_index:
        controller.do("next")
        presses += 1
        assert presses < 50
    return presses


def test_results_slide_passes_in_figure_pages_plus_one(present, md_deck, db, visit_id,
                                                       stored_survey):
    definition_id, survey = stored_survey
    for n in range(5):  # the follow-ups answered by 2: under the threshold
        extra = {"stopped": "yes", "where": "hall", "support": ["rj"]} if n < 2 else {}
        submit_response(db, visit_id, definition_id, "en", {"safe": 1, "stopped": "no"} | extra)
    controller = present(md_deck)
    results_index = next(i for i, s in enumerate(controller.deck.slides)
                         if s.action == "results")
    pager = ResultsPager(db, visit_id, survey)
    controller.results_pager = pager
    figure_pages = [p for p in pager.pages if p[0].key != FOLDED]
    assert len(pager.pages) == len(figure_pages) + 1
    assert _presses_to_leave(controller, results_index) == len(figure_pages) + 1
    pager.stop()


def test_too_few_answers_for_any_figure_take_one_press(present, md_deck, db, visit_id,
                                                       stored_survey):
    """Two answers in: one press passes the results (it took eleven before)."""
    definition_id, survey = stored_survey
    for _ in range(2):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 1, "stopped": "yes", "where": "hall", "support": ["rj"]})
    controller = present(md_deck)
    results_index = next(i for i, s in enumerate(controller.deck.slides)
                         if s.action == "results")
    pager = ResultsPager(db, visit_id, survey)
    controller.results_pager = pager
    assert _presses_to_leave(controller, results_index) == 1
    pager.stop()


def test_the_organizers_r_reads_the_results_but_keeps_the_steps_of_five(present, md_deck, db,
                                                                        visit_id,
                                                                        stored_survey, qtbot):
    """R on the results slide reads new answers at once; fewer than 5 new change nothing."""
    from PySide6.QtCore import Qt

    definition_id, survey = stored_survey
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en", {"safe": 1, "stopped": "no"})
    controller = present(md_deck)
    pager = ResultsPager(db, visit_id, survey)
    pager.timer.stop()
    controller.results_pager = pager
    submit_response(db, visit_id, definition_id, "en", {"safe": 2, "stopped": "no"})
    qtbot.keyClick(controller.console, Qt.Key.Key_R)
    assert pager.results.responses == 5 and pager.waiting
    for _ in range(4):
        submit_response(db, visit_id, definition_id, "en", {"safe": 2, "stopped": "no"})
    qtbot.keyClick(controller.console, Qt.Key.Key_R)
    assert pager.results.responses == 10
    pager.stop()
