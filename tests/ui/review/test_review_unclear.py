"""A sheet photographed too blurred to trust a blank: every question reaches the Review window
with its own reason. SOS_SHOTS=1 saves the window as /tmp/review-unclear.png."""

import os
import random

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
from tests.ui.paper_sheets import ANSWERS, DPI, filled


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

    window = ReviewWindow(db, lambda _visit: "Hillhouse — Civics")
    qtbot.addWidget(window)
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    assert tr(REASONS[Reason.UNCLEAR.value]) in window.panel.reason.text()
    if os.environ.get("SOS_SHOTS"):
        window.grab().save("/tmp/review-unclear.png")
