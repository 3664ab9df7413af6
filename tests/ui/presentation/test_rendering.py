"""Slides are drawn: PDF pages in the background, Markdown laid out at 16:9 and 4:3."""

import pytest
from PySide6.QtCore import QSize, Qt
from PySide6.QtGui import QColor, QImage

from sos_desktop.core.decks import load_markdown_deck, parse_markdown_deck
from sos_desktop.ui.presentation import load_pages
from sos_desktop.ui.presentation.cache import RenderCache
from sos_desktop.ui.presentation.markdown_slides import BACKGROUND, render_markdown_slide
from tests.ui.presentation.conftest import make_pdf


def _ink_rows(image: QImage) -> list[int]:
    """Rows that contain anything but the slide background."""
    step = max(1, image.width() // 200)
    bg = BACKGROUND.rgb()
    return [y for y in range(image.height())
            if any(image.pixel(x, y) != bg for x in range(0, image.width(), step))]


def test_pdf_pages_render_in_background_and_letterbox(qtbot, tmp_path):
    """Ensure a PDF page renders off the GUI thread, fitted into the box with its aspect."""
    deck, pages = load_pages(make_pdf(tmp_path / "4x3.pdf", 3, size=(800, 600)))
    cache = RenderCache(pages)
    try:
        with qtbot.waitSignal(cache.ready, timeout=10000) as blocker:
            cache.want([(1, QSize(1920, 1080))])
        assert blocker.args == [1]
        image = cache.get(1, QSize(1920, 1080))
        assert (image.width(), image.height()) == (1440, 1080)
        assert len(deck) == 3 and deck.kind == "pdf"
    finally:
        cache.close()


def _no_background_pdf(path):
    """Pages with words and no background of their own, as LaTeX and many exporters write."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path), pagesize=(960, 540))
    for words, x, y in (("First slide", 40, 480), ("Second slide", 600, 40)):
        pdf.setFont("Helvetica-Bold", 40)
        pdf.drawString(x, y, words)
        pdf.showPage()
    pdf.save()
    return path


def test_a_pdf_page_without_a_background_is_shown_on_white_paper(qtbot, tmp_path):
    """Ensure a page that leaves its background empty is drawn on opaque white, whether drawn
    ahead or on demand: pdfium leaves it transparent, and the projector's view paints over
    the slide before, which would show through."""
    _deck, pages = load_pages(_no_background_pdf(tmp_path / "beamer.pdf"))
    cache = RenderCache(pages)
    try:
        with qtbot.waitSignal(cache.ready, timeout=10000):
            cache.want([(1, QSize(1920, 1080))])
        ahead = cache.get(1, QSize(1920, 1080))
        on_demand = cache.render_now(0, QSize(1920, 1080))
        for image in (ahead, on_demand):
            assert not image.hasAlphaChannel()
            assert image.pixelColor(960, 540) == QColor(Qt.GlobalColor.white)
        words = [ahead.pixelColor(x, y).lightness() for x in range(1200, 1900, 3)
                 for y in range(980, 1060, 3)]
        assert min(words) < 100  # its words are drawn, in black
    finally:
        cache.close()


def test_cache_stays_within_budget(qtbot, tmp_path):
    """Ensure the cache evicts old pages past its memory budget but keeps wanted ones."""
    _deck, pages = load_pages(make_pdf(tmp_path / "many.pdf", 12))
    cache = RenderCache(pages, budget_mb=20)  # ~2 full-HD pages
    try:
        for i in range(12):
            cache.render_now(i, QSize(1920, 1080))
        assert cache.used_bytes <= 20 * 1024 * 1024
        assert cache.has(11, QSize(1920, 1080)) and not cache.has(0, QSize(1920, 1080))
    finally:
        cache.close()


@pytest.mark.parametrize("size", [QSize(1920, 1080), QSize(1024, 768)])
def test_markdown_list_fits_inside_margins(tmp_path, size):
    """Ensure a long list slide shrinks to fit inside the margins at 16:9 and 4:3."""
    items = "\n".join(f"- Point number {i} with a few words to wrap on a slide" for i in range(14))
    slide = parse_markdown_deck(f"## A very full slide\n\n{items}\n", tmp_path)[0]
    image = render_markdown_slide(slide, size)
    rows = _ink_rows(image)
    assert rows, "nothing was drawn"
    assert rows[0] >= size.height() * 0.05
    assert rows[-1] <= size.height() * 0.93


def test_title_slide_is_centred_and_large(tmp_path):
    """Ensure a title slide's text sits around the middle and its type is large."""
    slide = parse_markdown_deck("# Students Over SROs\n\nSubtitle\n", tmp_path)[0]
    image = render_markdown_slide(slide, QSize(1920, 1080))
    rows = [y for y in _ink_rows(image) if y < 1000]  # ignore the accent band at the bottom
    middle = (rows[0] + rows[-1]) / 2
    assert 400 < middle < 680
    assert rows[-1] - rows[0] > 150


def test_image_slide_draws_image_relative_to_deck(tmp_path):
    """Ensure an image next to the deck is drawn, scaled to fit the slide."""
    (tmp_path / "pics").mkdir()
    picture = QImage(400, 200, QImage.Format.Format_RGB32)
    picture.fill(QColor("#00AA00"))
    picture.save(str(tmp_path / "pics" / "green.png"))
    path = tmp_path / "deck.md"
    path.write_text("## Our teams\n\n![teams](pics/green.png)\n\nCaption\n", encoding="utf-8")
    slide = load_markdown_deck(path).slides[0]
    image = render_markdown_slide(slide, QSize(1600, 900))
    assert image.pixelColor(800, 450) == QColor("#00AA00")


def test_audience_paints_new_slide_after_key(present, pdf_path, qtbot):
    """Ensure a key press ends with the audience window painting the new slide's image."""
    c = present(pdf_path)
    c.do("audience")
    qtbot.waitUntil(lambda: c.audience.view.shown_index == 0, timeout=10000)
    with qtbot.waitSignal(c.audience.view.painted, timeout=10000,
                          check_params_cb=lambda i: i == 1):
        qtbot.keyClick(c.console, Qt.Key.Key_Right)


def test_jump_to_a_page_not_rendered_ahead_is_drawn_at_once(present, tmp_path, qtbot):
    """Ensure the projector's new slide, when not rendered ahead, is drawn while the key is
    handled (not after a trip through the render thread behind the console's repaint)."""
    c = present(make_pdf(tmp_path / "long.pdf", 40))
    c.do("audience")
    qtbot.waitUntil(lambda: c.audience.view.shown_index == 0, timeout=10000)
    size = c.audience.view.pixel_size()
    assert not c.cache.has(30, size)
    for key in (Qt.Key.Key_3, Qt.Key.Key_1, Qt.Key.Key_Return):
        qtbot.keyClick(c.console, key)
    assert c.state.index == 30 and c.cache.has(30, size)
