"""A PDF deck deleted or replaced after the talk started: the talk goes on from what it loaded."""

import pytest
from PySide6.QtCore import QSize

from sos_desktop.ui.presentation.cache import RenderCache
from sos_desktop.ui.presentation.pdf_source import PdfPages
from tests.ui.presentation.conftest import make_pdf


def _reach(c, qtbot, index: int) -> None:
    c.state.go(index)
    qtbot.waitUntil(lambda: c.audience.view.shown_index == index, timeout=10000)


@pytest.mark.parametrize("change", ["delete", "overwrite"])
@pytest.mark.parametrize("when", ["at once", "after the first slide"])
def test_projector_keeps_following_the_talk_when_the_deck_file_changes(present, tmp_path, qtbot,
                                                                      change, when):
    """Ensure every slide still reaches the projector after the PDF is deleted or overwritten
    in place mid-talk (the worker renders from the bytes loaded at start)."""
    pdf_path = make_pdf(tmp_path / "long.pdf", 30)  # more pages than are rendered ahead
    c = present(pdf_path)
    c.do("audience")
    if when != "at once":
        qtbot.waitUntil(lambda: c.audience.view.shown_index == 0, timeout=10000)
    if change == "delete":
        pdf_path.unlink()
    else:
        pdf_path.write_bytes(b"%PDF-1.4 this is not the deck any more")
    for index in (25, 12, 29):
        _reach(c, qtbot, index)
    assert c.console.render_problem.isHidden()


def test_worker_draws_from_the_bytes_loaded_even_if_the_file_is_gone(qtbot, pdf_path):
    """Ensure the render thread opens the deck loaded at start, not the path (deleted here
    before the thread opened its copy), and keeps drawing."""
    pages = PdfPages(pdf_path)
    pdf_path.unlink()
    cache = RenderCache(pages)
    try:
        with qtbot.waitSignal(cache.ready, timeout=10000):
            cache.want([(2, QSize(640, 360))])
        assert cache.get(2, QSize(640, 360)) is not None
    finally:
        cache.close()


def test_worker_that_cannot_start_falls_back_to_the_gui_thread(qtbot, pdf_path, monkeypatch):
    """Ensure a worker that fails to open its own copy reports it and the cache still draws."""
    pages = PdfPages(pdf_path)

    def broken_clone(self):
        raise OSError("no second copy")

    monkeypatch.setattr(PdfPages, "clone", broken_clone)
    cache = RenderCache(pages)
    problems = []
    cache.failed.connect(problems.append)
    try:
        with qtbot.waitSignal(cache.ready, timeout=10000):
            cache.want([(2, QSize(640, 360))])
        assert cache.get(2, QSize(640, 360)) is not None
        assert problems and "no second copy" in problems[0]
    finally:
        cache.close()
    assert cache.worker_stopped


def test_a_page_that_cannot_be_drawn_is_reported_and_the_projector_is_not_blank(
        present, pdf_path, qtbot, monkeypatch):
    """Ensure a render failure shows on the console and the audience keeps the last slide."""
    c = present(pdf_path)
    c.do("audience")
    qtbot.waitUntil(lambda: c.audience.view.shown_index == 0, timeout=10000)
    real = PdfPages.render

    def render(self, index, box):
        if index == 4:
            raise RuntimeError("pdfium gave up")
        return real(self, index, box)

    monkeypatch.setattr(PdfPages, "render", render)
    c.state.go(4)
    qtbot.waitUntil(lambda: not c.console.render_problem.isHidden(), timeout=10000)
    assert "5" in c.console.render_problem.text()  # slide numbers as people count them
    image = c.audience.view.grab().toImage()
    centre = image.pixelColor(image.width() // 2, image.height() // 2)
    assert centre.lightness() > 10  # the last good slide (dark blue), not a black screen
    c.state.go(2)
    qtbot.waitUntil(lambda: c.audience.view.shown_index == 2, timeout=10000)


def test_stopping_mid_render_keeps_the_thread_until_it_finishes(qtbot, pdf_path):
    """Ensure ending a talk while a page is still being drawn ahead never drops a running
    render thread: it is kept until that page lands, then released."""
    from sos_desktop.ui.presentation import render_ahead

    cache = RenderCache(PdfPages(pdf_path))
    cache.want([(1, QSize(1920, 1080))])
    # Handed to the render thread now rather than after the hold (waiting for it raced the
    # page landing within one wait); what it draws lands through the event loop, not run here.
    cache._worker._hold.stop()
    cache._worker._hand_over()
    assert cache._worker.drawing((1, 1920, 1080))
    cache.close()
    [renderer] = render_ahead._FINISHING
    assert not cache.worker_stopped
    qtbot.waitUntil(lambda: not render_ahead._FINISHING, timeout=10000)
    assert cache.worker_stopped and renderer.stopped
    assert not cache.has(1, QSize(1920, 1080))  # the talk is over: nothing stored
