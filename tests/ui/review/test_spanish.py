"""Ensure the Review and writing-box windows speak Spanish, on a Spanish sheet read by the real
core that needs review (two marks on a one-answer question, a crossed-out bubble) and has a
writing box. SOS_SHOTS=1 saves them as PNGs in /tmp."""

import os
import random

import pytest

from benchmarks.paper_synth import draw_mark, render_pdf
from sos_desktop.core.paper.compose import sheet_layout
from sos_desktop.core.paper.review import pending_reviews
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from sos_desktop.core.paper.sheet_pdf import render_sheets
from sos_desktop.ui.review.transcribe import TranscriptionWindow
from sos_desktop.ui.review.window import ReviewWindow
from tests.ui.paper_sheets import ANSWERS, DPI, filled
from tests.ui.spanish import english_left, spanish

VISIT = "Hillhouse — Civics"


def shot(widget, name: str) -> None:
    if os.environ.get("SOS_SHOTS"):
        widget.grab().save(f"/tmp/i18n-paper-{name}.png")


@pytest.fixture(scope="module")
def spanish_sheet(surveys):
    layout = sheet_layout(surveys["hillhouse-cross"], 1, "es")
    return layout, render_pdf(render_sheets(layout, 1).pdf, DPI)


@pytest.fixture
def uncertain(db, paper_visit, spanish_sheet, hillhouse):
    layout, pages = spanish_sheet
    rng = random.Random(21)
    front, back = filled(pages, layout, hillhouse, ANSWERS, rng)
    box = {(b.question, b.choice): b for b in layout.boxes}
    draw_mark(front, box["grade", "grade_9"], "full", DPI, rng)
    draw_mark(back, box["support_wanted", "counselors"], "crossed", DPI, rng)
    scanner = PaperScanner(db, paper_visit)
    assert [scanner.read_image(p).outcome for p in (front, back)][-1] is Outcome.REVIEW
    [sheet] = pending_reviews(db)
    assert sheet.language == "es"
    return sheet


def test_review_window_is_spanish(qtbot, db, uncertain):
    with spanish():
        window = ReviewWindow(db, lambda _visit: VISIT)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        qtbot.waitExposed(window)
        panel = window.panel
        assert panel.reason.text() == ("Por qué te necesita: dos marcas en una pregunta de una "
                                       "sola respuesta")
        assert panel.position.text().startswith("Hoja 1 de 1 · Hillhouse — Civics · pregunta "
                                                "dudosa 1 de 2")
        assert window.sheet_list.item(0).text().startswith("Hoja 1: 2 preguntas por decidir (ES)")
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "review")
        panel.confirmed.emit()  # the clear mark is not a valid single answer: nothing picked
        assert window.status.text() == "Elige una respuesta, o 0 para dejarla en blanco."
        panel._pick(0)
        panel.confirmed.emit()
        assert any(w in panel.reason.text() for w in ("burbuja tachada", "marca tenue"))
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "review-second")
        panel.confirmed.emit()
        assert window.status.text() == "✓ Guardada. Quedan 0 hojas. Ctrl+Z la cambia."
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "review-empty")
        window._reopen(0)  # the sheet done this session, reopened to change it
        assert window.session.reopened == 0
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "review-reopened")


def test_writing_box_window_is_spanish(qtbot, db, paper_visit, spanish_sheet, hillhouse):
    layout, pages = spanish_sheet
    sheet = filled(pages, layout, hillhouse, ANSWERS, random.Random(5),
                   writing={"anything_else": "mas consejeros"})
    scanner = PaperScanner(db, paper_visit)
    assert [scanner.read_image(p).outcome for p in sheet][-1] is Outcome.STORED
    with spanish():
        window = TranscriptionWindow(db, lambda _visit: VISIT)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        assert window.heading.text() == "Recuadros por transcribir: 1"
        assert window.position.text() == "Recuadro 1 de 1 · Hillhouse — Civics"
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "transcribe")
        window.save()
        assert window.status.text() == ("Escribe lo que dice el recuadro, o elige «Nada escrito "
                                        "o ilegible».")
        window.nothing_written()
        assert window.status.text() == "✓ Anotado como nada escrito. Ctrl+Z recupera el recuadro."
        assert english_left(window) == []
        shot(window, "transcribe-empty")
        window.reopen(0)
        assert window.stack.currentWidget() is window.page
        assert english_left(window, allowed=[VISIT]) == []
        shot(window, "transcribe-reopened")
