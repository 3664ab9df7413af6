"""Live results on the projector: readable, no organizer control, scale ends, turned by keys."""

from PySide6.QtWidgets import QAbstractButton

from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.ui.results.pages import FOLDED, MAX_QUESTIONS, ResultsPager, paginate
from sos_desktop.ui.results.projector import ProjectorResults


def _answers(db, visit_id, definition_id, n=5):
    for _ in range(n):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 1, "stopped": "yes", "where": "hall", "support": ["rj"],
                         "comment": "more counselors"})


def _light_share(image, rect) -> float:
    """The share of a rectangle's pixels (one in 16 sampled) that are light."""
    points = [(x, y) for x in range(rect.left(), rect.right(), 4)
              for y in range(rect.top(), rect.bottom(), 4)]
    return sum(image.pixelColor(x, y).lightness() > 200 for x, y in points) / len(points)


def test_scale_bars_name_their_ends_from_the_survey(qtbot, db, visit_id, stored_survey):
    """Ensure a scale's 1 and 5 carry the survey's end labels, in the results' language."""
    definition_id, survey = stored_survey
    _answers(db, visit_id, definition_id)
    pager = ResultsPager(db, visit_id, survey)
    safe = next(q for q in pager.results.questions if q.key == "safe")
    assert [b.label for b in safe.bars] == ["1 · Not at all", "2", "3", "4", "5 · Very"]
    spanish = ResultsPager(db, visit_id, survey, language="es")
    safe = next(q for q in spanish.results.questions if q.key == "safe")
    assert safe.bars[0].label == "1 · Nada" and safe.bars[-1].label == "5 · Mucho"
    pager.stop()
    spanish.stop()


def test_questions_under_five_answers_fold_into_one_last_page(db, visit_id, stored_survey):
    """Ensure questions with figures take pages of at most MAX_QUESTIONS, and every question
    under 5 answers shares one last page, a line each saying how many answered."""
    definition_id, survey = stored_survey
    for n in range(5):  # 2 of 5 answer the follow-ups
        extra = {"stopped": "yes", "where": "hall", "support": ["rj"]} if n < 2 else {}
        submit_response(db, visit_id, definition_id, "en", {"safe": 1, "stopped": "no"} | extra)
    pager = ResultsPager(db, visit_id, survey)
    figures, last = pager.pages[:-1], pager.pages[-1]
    assert [[q.key for q in page] for page in figures] == [["safe", "stopped"]]
    assert all(1 <= len(page) <= MAX_QUESTIONS for page in pager.pages)
    assert [q.key for q in last] == [FOLDED]
    lines = last[0].hidden_reason.splitlines()
    assert len(lines) == 2 and all("2" in line for line in lines)
    assert last[0].bars == []
    pager.stop()


def test_the_class_stays_on_its_question_when_figures_appear(db, visit_id, stored_survey):
    """Ensure a new step of answers that gives a question figures keeps the page the class
    sees on the question it was showing."""
    definition_id, survey = stored_survey
    _answers(db, visit_id, definition_id, n=5)
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en", {"safe": 2, "stopped": "no"})
    pager = ResultsPager(db, visit_id, survey)
    assert pager.step(1)
    seen = pager.questions[0].key
    _answers(db, visit_id, definition_id, n=5)
    pager.refresh()
    assert pager.questions[0].key == seen
    pager.stop()


def test_long_free_text_is_split_across_pages(db, visit_id, stored_survey):
    """Ensure many free-text answers go onto several pages rather than off the screen."""
    definition_id, survey = stored_survey
    for i in range(12):
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 2, "stopped": "no", "comment": f"answer {i:02d}"})
    pager = ResultsPager(db, visit_id, survey)
    pager.set_include_text(True)
    text_pages = [p for p in pager.pages if p[0].key == "comment"]
    assert len(text_pages) == 2
    assert sum(len(p[0].texts) for p in text_pages) == 12
    assert paginate([], survey) == []
    pager.stop()


def test_pager_steps_within_its_pages_only(db, visit_id, stored_survey):
    """Ensure step() turns pages and says False at either end (the talk then changes slide)."""
    definition_id, survey = stored_survey
    _answers(db, visit_id, definition_id, n=5)
    pager = ResultsPager(db, visit_id, survey)
    assert len(pager.pages) > 1 and not pager.step(-1)
    for _ in range(len(pager.pages) - 1):
        assert pager.step(1)
    assert not pager.step(1)
    assert pager.page == len(pager.pages) - 1
    pager.stop()


def test_projected_results_show_no_control_and_dark_ink_on_white(qtbot, db, visit_id,
                                                                   stored_survey):
    """Ensure the projected page has no button or check box and is dark on white, even inside a
    dark window (the talk's style sheets are inherited)."""
    from PySide6.QtWidgets import QVBoxLayout, QWidget

    definition_id, survey = stored_survey
    _answers(db, visit_id, definition_id)
    dark = QWidget()
    dark.setStyleSheet("background: black; color: #888888;")  # as the talk's windows
    qtbot.addWidget(dark)
    pager = ResultsPager(db, visit_id, survey)
    view = ProjectorResults(pager)
    QVBoxLayout(dark).addWidget(view)
    dark.resize(1920, 1080)
    dark.show()
    qtbot.waitExposed(dark)
    assert view.findChildren(QAbstractButton) == []
    image = view.grab().toImage()
    for label in (view.title, view.count, view.note):
        assert _light_share(image, label.geometry()) > 0.6, label.text()
        assert label.palette().color(label.foregroundRole()).lightness() < 90, label
    assert view.count.text() == "5 responses"
    pager.stop()


def test_every_page_fits_the_screen_and_grows_into_spare_room(qtbot, db, visit_id,
                                                               stored_survey):
    """Ensure no page's charts run into the footer at projector or laptop size, and a page with
    room to spare draws its charts bigger than the page's base size."""
    definition_id, survey = stored_survey
    _answers(db, visit_id, definition_id)
    pager = ResultsPager(db, visit_id, survey)
    pager.set_include_text(True)
    view = ProjectorResults(pager)
    qtbot.addWidget(view)
    for size in ((1920, 1080), (1366, 768)):
        view.resize(*size)
        view.show()
        grew = []
        for page in range(len(pager.pages)):
            pager.step(page - pager.page)
            view.layout_.activate()
            bottom = max(chart.geometry().bottom() for chart in view.charts)
            assert bottom < view.note.geometry().top(), (size, page)
            grew.append(view.charts[0].scale > view.scale)
        assert any(grew)
    pager.stop()


def test_questions_nobody_answered_get_no_page(db, visit_id, stored_survey):
    """Ensure only answered questions take pages, and no figures at all makes no page: under
    5 responses the view waits for the first step instead of showing one student's answers."""
    definition_id, survey = stored_survey
    pager = ResultsPager(db, visit_id, survey)
    assert pager.pages == [] and not pager.waiting
    submit_response(db, visit_id, definition_id, "en", {"safe": 3, "stopped": "no"})
    pager.refresh()
    assert pager.pages == [] and pager.waiting
    for _ in range(4):
        submit_response(db, visit_id, definition_id, "en", {"safe": 3, "stopped": "no"})
    pager.refresh()
    shown = [q.key for page in pager.pages for q in page]
    assert shown == ["safe", "stopped"] and not pager.waiting
    pager.stop()
