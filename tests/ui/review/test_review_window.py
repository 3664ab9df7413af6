"""The Review and writing-box windows on sheets read by the real core, by keyboard alone."""

import json
import random

import pytest
from PySide6.QtCore import Qt

from benchmarks.paper_synth import draw_mark
from sos_desktop.core.paper.review import pending_reviews, pending_transcriptions
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from sos_desktop.ui.review.transcribe import HIDDEN_ON_PROJECTOR, TranscriptionWindow
from sos_desktop.ui.review.window import ReviewWindow
from tests.ui.paper_sheets import ANSWERS, DPI, filled


def stored_answers(db):
    with db.raw() as conn:
        rows = conn.execute("SELECT question_key, value FROM survey_answers").fetchall()
    return {k: json.loads(v) for k, v in rows}


def scan(db, visit, pages):
    scanner = PaperScanner(db, visit)
    return [scanner.read_image(page).outcome for page in pages][-1]


@pytest.fixture
def two_uncertain(db, paper_visit, blank_pages, layout, hillhouse):
    """A sheet with two marks on "grade" and a crossed-out bubble among "support_wanted"."""
    rng = random.Random(21)
    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, rng)
    box = {(b.question, b.choice): b for b in layout.boxes}
    draw_mark(front, box["grade", "grade_9"], "full", DPI, rng)
    draw_mark(back, box["support_wanted", "counselors"], "crossed", DPI, rng)
    assert scan(db, paper_visit, [front, back]) is Outcome.REVIEW
    [sheet] = pending_reviews(db)
    assert [q.key for q in sheet.questions] == ["grade", "support_wanted"]
    return sheet


@pytest.fixture
def review(qtbot, db):
    window = ReviewWindow(db, lambda visit_id: "Hillhouse — Civics")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    return window


def test_review_by_keyboard_stores_only_after_the_last_question(qtbot, db, two_uncertain,
                                                                review):
    """2 picks 11th grade, Enter; nothing stored yet; the clear mark is pre-selected, Space
    adds the crossed-out one, Enter stores the response and empties the queue."""
    panel = review.panel
    assert review.sheet_list.count() == 1
    assert panel.title.text() == "2. What grade are you in?"
    assert "two marks" in panel.reason.text()
    assert panel.chosen() is None and not panel._pixmap.isNull()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert "Pick an answer" in review.status.text()
    row = panel.keys.index("grade_11")
    qtbot.keyClick(panel, getattr(Qt.Key, f"Key_{row + 1}"))
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert stored_answers(db) == {}
    assert panel.chosen() == ("nurses",)  # the clear mark, suggested
    panel.row_at = panel.keys.index("counselors")
    qtbot.keyClick(panel, Qt.Key.Key_Space)
    with qtbot.waitSignal(review.stored):
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    answers = stored_answers(db)
    assert answers["grade"] == "grade_11"
    assert sorted(answers["support_wanted"]) == ["counselors", "nurses"]
    assert pending_reviews(db) == [] and review.stack.currentWidget() is review.empty
    assert review.status.text().startswith("✓ Stored. 0 sheets left.")


def test_back_keeps_the_earlier_choice_and_leave_blank_stores_no_answer(qtbot, db,
                                                                        two_uncertain, review):
    panel = review.panel
    qtbot.keyClick(panel, Qt.Key.Key_0)
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(review, Qt.Key.Key_Backspace)
    assert panel.title.text().startswith("2.") and panel.chosen() == ()
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_Return)  # support: the suggested clear mark
    answers = stored_answers(db)
    assert "grade" not in answers and answers["support_wanted"] == ["nurses"]


def test_writing_box_typed_up_then_its_image_is_gone(qtbot, db, paper_visit, blank_pages,
                                                     layout, hillhouse):
    pages = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(22),
                   writing={"anything_else": "more counselors"})
    assert scan(db, paper_visit, pages) is Outcome.STORED
    window = TranscriptionWindow(db, lambda visit_id: "Hillhouse — Civics")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    assert window.heading.text() == "Writing boxes to type up: 1"
    assert window.image.pixmap() is not None and not window.image.pixmap().isNull()
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert "Type what the box says" in window.status.text()
    qtbot.keyClicks(window.text, "More counselors")
    with qtbot.waitSignal(window.saved):
        qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert stored_answers(db)["anything_else"] == "More counselors"
    assert pending_transcriptions(db) == []
    assert window.stack.currentWidget() is window.empty
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM paper_images").fetchone() == (0,)


def test_box_image_is_never_shown_on_the_projector(qtbot, db, paper_visit, blank_pages, layout,
                                                   hillhouse):
    """Moved onto the projector's screen, the window hides the handwriting."""
    pages = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(23),
                   writing={"anything_else": "my name is"})
    scan(db, paper_visit, pages)
    window = TranscriptionWindow(db, on_projector=lambda w: True)
    qtbot.addWidget(window)
    window.show()
    assert window.image.text() == HIDDEN_ON_PROJECTOR
    assert window.image.pixmap() is None or window.image.pixmap().isNull()


def _responses(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0]


def test_a_stored_sheet_is_reopened_and_changed_in_place(qtbot, db, two_uncertain, review):
    """Ctrl+Z after storing reopens the sheet with its decisions picked; a new pick replaces
    the stored answer, one response in all; PageDown then returns to the (empty) queue."""
    panel = review.panel
    qtbot.keyClick(panel, getattr(Qt.Key, f"Key_{panel.keys.index('grade_11') + 1}"))
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    with qtbot.waitSignal(review.stored):
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    assert review.done_list.count() == 1 and review.stack.currentWidget() is review.empty
    qtbot.keyClick(review, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert review.stack.currentWidget() is review.panel
    assert panel.chosen() == ("grade_11",)  # the stored decision, picked
    qtbot.keyClick(panel, getattr(Qt.Key, f"Key_{panel.keys.index('grade_9') + 1}"))
    qtbot.keyClick(panel, Qt.Key.Key_Return)
    qtbot.keyClick(panel, Qt.Key.Key_0)  # support_wanted: now left blank
    with qtbot.waitSignal(review.stored):
        qtbot.keyClick(panel, Qt.Key.Key_Return)
    answers = stored_answers(db)
    assert answers["grade"] == "grade_9" and "support_wanted" not in answers
    assert _responses(db) == 1 and review.done_list.count() == 1
    assert review.stack.currentWidget() is review.empty


def test_a_box_discarded_by_mistake_comes_back_with_its_image(qtbot, db, paper_visit,
                                                              blank_pages, layout, hillhouse):
    """Ctrl+Del records "nothing written"; Ctrl+Z shows the same image again (from memory)
    and what is typed then becomes the answer; a saved box can be retyped the same way."""
    pages = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(24),
                   writing={"anything_else": "more counselors"})
    assert scan(db, paper_visit, pages) is Outcome.STORED
    window = TranscriptionWindow(db, lambda visit_id: "Hillhouse — Civics")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    window.activateWindow()
    qtbot.waitUntil(window.isActiveWindow)  # window shortcuts need the active window
    qtbot.keyClick(window.text, Qt.Key.Key_Delete, Qt.KeyboardModifier.ControlModifier)
    assert pending_transcriptions(db) == [] and "anything_else" not in stored_answers(db)
    assert window.stack.currentWidget() is window.empty and window.done_list.count() == 1
    qtbot.keyClick(window, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.stack.currentWidget() is window.page
    assert not window.image.pixmap().isNull()
    qtbot.keyClicks(window.text, "More counselors")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert stored_answers(db)["anything_else"] == "More counselors"
    window.done_list.itemClicked.emit(window.done_list.item(0))
    assert window.text.toPlainText() == "More counselors"
    qtbot.keyClicks(window.text, ", fewer SROs")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    assert stored_answers(db)["anything_else"] == "More counselors, fewer SROs"
    assert _responses(db) == 1 and window.stack.currentWidget() is window.empty
