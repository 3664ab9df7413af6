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
