"""The standalone results window (`sos-desktop results`, Ctrl+R) is what the projector shows:
paged results in large type turned by the clicker, no organizer control, no scroll bar."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractButton, QAbstractScrollArea, QCheckBox

from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits.store import create_visit
from sos_desktop.ui.results.window import ResultsWindow, open_results


def _visit(db) -> str:
    return create_visit(db, {"school": "Wilbur Cross High School", "group_name": "Civics 3",
                             "visit_date": "2026-10-14", "survey_key": "tiny"})


def test_results_window_pages_by_keys_without_controls_or_scroll_bar(qtbot, db,
                                                                      stored_survey):
    """Ensure →/Space/PageDown turn pages forward, ←/PageUp back, and nothing on screen is a
    control (check box, button) or a scroll area."""
    definition_id, _survey = stored_survey
    visit_id = _visit(db)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 1, "stopped": "yes", "where": "hall", "support": ["rj"],
                         "comment": "more counselors"})
    window = open_results(db, visit_id)
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert not window.findChildren(QCheckBox) and not window.findChildren(QAbstractButton)
    assert not window.findChildren(QAbstractScrollArea)
    pager = window.pager
    assert len(pager.pages) >= 2 and pager.page == 0
    for key in (Qt.Key.Key_Right, Qt.Key.Key_Space, Qt.Key.Key_PageDown):
        pager.page = 0
        qtbot.keyClick(window, key)
        assert pager.page == 1, key
    for key in (Qt.Key.Key_Left, Qt.Key.Key_PageUp):
        pager.page = 1
        qtbot.keyClick(window, key)
        assert pager.page == 0, key
    window.close()


def test_free_text_is_off_until_the_organizer_presses_t(qtbot, db, stored_survey):
    """Ensure free-text answers are hidden by default and T toggles them with a status line."""
    definition_id, _survey = stored_survey
    visit_id = _visit(db)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 2, "stopped": "no", "comment": "more counselors"})
    window = open_results(db, visit_id)
    qtbot.addWidget(window)
    window.show()
    texts = lambda: [t for page in window.pager.pages for q in page for t in q.texts]  # noqa: E731
    assert texts() == []
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert "more counselors" in texts()
    assert window.status.isVisible() and "shown" in window.status.text()
    qtbot.keyClick(window, Qt.Key.Key_T)
    assert texts() == [] and "hidden" in window.status.text()
    window.close()


def test_counts_update_as_answers_arrive(qtbot, db, stored_survey):
    """Ensure the window's count and bars follow new answers on the pager's refresh."""
    definition_id, _survey = stored_survey
    visit_id = _visit(db)
    window = open_results(db, visit_id)
    qtbot.addWidget(window)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en", {"safe": 4, "stopped": "no"})
    window.pager.timer.setInterval(10)
    qtbot.waitUntil(lambda: window.results.count.text() == "5 responses", timeout=5000)
    safe = next(q for q in window.pager.results.questions if q.key == "safe")
    assert [b.count for b in safe.bars] == [0, 0, 0, 5, 0]
    window.close()


def test_status_line_scales_with_the_window_to_be_read_from_the_back(qtbot, db,
                                                                     stored_survey):
    """Ensure the free-text status line grows with the window: on a 1080p projector its type
    is about as large as the results' own notes, not a 10 px strip."""
    definition_id, _survey = stored_survey
    visit_id = _visit(db)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 2, "stopped": "no", "comment": "more counselors"})
    window = open_results(db, visit_id)
    qtbot.addWidget(window)
    heights = {}
    for size in ((1366, 768), (1920, 1080)):
        window.resize(*size)
        window.show()
        qtbot.keyClick(window, Qt.Key.Key_T)
        qtbot.waitUntil(lambda: window.status.isVisible())
        window.layout().activate()
        heights[size] = window.status.height()
        assert window.status.fontInfo().pixelSize() >= 0.03 * size[1]
    assert heights[(1920, 1080)] > heights[(1366, 768)] >= 40
    window.close()


def test_the_laptop_says_which_results_page_the_class_sees(qtbot, db, stored_survey,
                                                           monkeypatch):
    """Ensure the main window tells the organizer the projector's results page as it turns,
    and stops once the results window closes."""
    from sos_desktop.ui.main_window import MainWindow

    definition_id, _survey = stored_survey
    visit_id = _visit(db)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 1, "stopped": "yes", "where": "hall", "support": ["rj"]})
    main = MainWindow(db, lambda: [("tiny", "Tiny")])
    qtbot.addWidget(main)
    main.resize(1366, 768)
    main.show()
    main.controller.refresh(visit_id)
    main._show_results()
    [view] = main.findChildren(ResultsWindow)
    pages = len(view.pager.pages)
    assert pages >= 2 and main.results_seen.isVisible()
    assert f"1 of {pages}" in main.results_seen.text()
    qtbot.keyClick(view, Qt.Key.Key_Right)
    assert f"2 of {pages}" in main.results_seen.text()
    view.close()
    assert not main.results_seen.isVisible()
