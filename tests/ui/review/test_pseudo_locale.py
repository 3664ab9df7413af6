"""Ensure the review window reads wholly in the pseudo-locale and cuts no text (issue 19)."""

from __future__ import annotations

from sos_desktop.ui.review.window import ReviewWindow
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.review.test_spanish import VISIT, spanish_sheet, uncertain  # noqa: F401 - fixtures


def survey_texts(survey) -> list[str]:
    labels = [survey.title, *(x for q in survey.questions for x in (
        q.label, q.hint, q.scale_low, q.scale_high, *(c.label for c in q.options)) if x)]
    return [text for label in labels for _lang, text in label.texts]


def test_review_window(qtbot, db, uncertain, surveys, pseudo):  # noqa: F811 - the fixture
    data = [VISIT, "(ES)", *survey_texts(surveys["hillhouse-cross"])]  # the sheet's language
    window = ReviewWindow(db, lambda _visit: VISIT)
    qtbot.addWidget(window)
    show_on_laptop(window)
    qtbot.waitExposed(window)
    shot(window, "review")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []
    window.panel._pick(0)
    window.panel.confirmed.emit()  # on to the second unclear question
    shot(window, "review-second")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []
    window.panel.confirmed.emit()  # the last: the list is empty
    shot(window, "review-empty")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []


def test_writing_box_window(qtbot, db, paper_visit, blank_pages, layout, hillhouse,
                            pseudo):
    """A box to type up, a problem said under it, then the empty list with the box done; and
    the window moved onto the projector (the handwriting hidden)."""
    import random

    from PySide6.QtCore import Qt

    from sos_desktop.ui.review.transcribe import TranscriptionWindow
    from tests.ui.paper_sheets import ANSWERS, filled
    from tests.ui.review.test_review_window import scan

    pages = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(22),
                   writing={"anything_else": "more counselors"})
    scan(db, paper_visit, pages)
    window = TranscriptionWindow(db, lambda _visit: VISIT)
    qtbot.addWidget(window)
    show_on_laptop(window)
    data = [VISIT, *survey_texts(hillhouse)]
    qtbot.keyClick(window.text, Qt.Key.Key_Return)  # nothing typed: told what to do
    shot(window, "transcribe")
    assert plain_english(window, data) == []
    assert cut_texts(window) == []
    qtbot.keyClicks(window.text, "More counselors")
    qtbot.keyClick(window.text, Qt.Key.Key_Return)
    shot(window, "transcribe-done")
    assert plain_english(window, [*data, "More counselors"]) == []
    assert cut_texts(window) == []
    projected = TranscriptionWindow(db, on_projector=lambda _window: True)
    qtbot.addWidget(projected)
    show_on_laptop(projected)
    assert plain_english(projected, data) == []
