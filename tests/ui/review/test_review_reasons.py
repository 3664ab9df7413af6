"""Questions the reader leaves to the organizer reach the Review window with their own reason:
a scale number ringed while its circles stay empty, a sheet photographed too blurred to trust a
blank. SOS_SHOTS=1 saves each window in /tmp (review-beside.png: its picture reaches above the
circles, to the ring; review-unclear.png)."""

import os
import random

import cv2

from benchmarks.paper_hand import pen
from benchmarks.paper_synth import render_pdf
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.read import Reason
from sos_desktop.core.paper.review import pending_reviews
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.i18n import tr
from sos_desktop.ui.review.question import REASONS
from sos_desktop.ui.review.window import ReviewWindow
from tests.core.paper.test_read import shaken
from tests.core.paper.test_read_hand import HAND
from tests.ui.paper_sheets import ANSWERS, DPI, filled


def _shown_with(qtbot, db, reason: str, shot: str) -> None:
    """The Review window at laptop size shows the first question's reason."""
    window = ReviewWindow(db, lambda _visit: "Hillhouse — Civics")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert tr(REASONS[reason]) in window.panel.reason.text()
    if os.environ.get("SOS_SHOTS"):
        window.grab().save(f"/tmp/{shot}")


def test_a_ringed_number_waits_for_review_with_its_reason(qtbot, db, paper_visit, surveys,
                                                         hillhouse):
    layout = sheet_layout(surveys["hillhouse-cross"], 1, "en")
    pages = render_pdf(render_sheets(layout, 1).pdf, DPI)
    answers = {k: v for k, v in ANSWERS.items() if k != "safe_at_school"}
    front, back = filled(pages, layout, hillhouse, answers, random.Random(2))
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("safe_at_school", "4"))
    s, rng = DPI / 72, random.Random(3)
    picture = cv2.cvtColor(front, cv2.COLOR_GRAY2BGR)
    HAND["number_ringed"](picture, (box.x + box.w / 2) * s, (box.y + box.h / 2) * s,
                          box.w / 2 * s, pen(rng, "blue_pen"), DPI, rng)
    scanner = PaperScanner(db, paper_visit)
    outcomes = [scanner.read_image(p).outcome
                for p in (cv2.cvtColor(picture, cv2.COLOR_BGR2GRAY), back)]
    assert outcomes[-1] is Outcome.REVIEW
    [sheet] = pending_reviews(db)
    [question] = sheet.questions
    assert (question.key, question.reason) == ("safe_at_school", Reason.BESIDE.value)

    _shown_with(qtbot, db, Reason.BESIDE.value, "review-beside.png")


def test_a_blurred_sheet_waits_for_review_with_its_reason(qtbot, db, paper_visit, surveys,
                                                          hillhouse):
    layout = sheet_layout(surveys["hillhouse-cross"], 1, "en")
    pages = render_pdf(render_sheets(layout, 1).pdf, DPI)
    front, back = filled(pages, layout, hillhouse, ANSWERS, random.Random(2))
    scanner = PaperScanner(db, paper_visit)
    outcomes = [scanner.read_image(p).outcome for p in (shaken(front), back)]
    assert outcomes[-1] is Outcome.REVIEW
    [sheet] = pending_reviews(db)
    front_keys = {b.question for b in layout.boxes if b.page == 0 and b.choice is not None}
    assert {q.key for q in sheet.questions} == front_keys
    assert {q.reason for q in sheet.questions} == {Reason.UNCLEAR.value}

    _shown_with(qtbot, db, Reason.UNCLEAR.value, "review-unclear.png")
