"""Black/white screens, freeze, go-to by number and the overview grid."""

from PySide6.QtCore import Qt


def test_black_and_white_toggle_and_esc_cancels(present, md_deck, qtbot):
    """Ensure B and . black the audience, W whitens it, and Esc cancels without ending."""
    c = present(md_deck)
    qtbot.keyClick(c.console, Qt.Key.Key_B)
    assert c.audience.view.blank == "black"
    assert "BLACK" in c.console.audience_status.text()
    qtbot.keyClick(c.console, Qt.Key.Key_B)
    assert c.audience.view.blank is None
    qtbot.keyClick(c.console, Qt.Key.Key_W)
    assert c.audience.view.blank == "white"
    qtbot.keyClick(c.console, Qt.Key.Key_Escape)
    assert c.audience.view.blank is None and c.running


def test_freeze_keeps_audience_on_slide_while_presenter_moves(present, md_deck, qtbot):
    """Ensure F freezes the audience on the current slide while the console moves on."""
    c = present(md_deck)
    c.state.go(1)
    qtbot.keyClick(c.console, Qt.Key.Key_F)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.console.current.index == 3
    assert c.audience.view.index == 1
    assert "FROZEN on slide 2" in c.console.audience_status.text()
    qtbot.keyClick(c.console, Qt.Key.Key_Escape)
    assert c.audience.view.index == 3 and c.running


def test_number_then_enter_jumps(present, md_deck, qtbot):
    """Ensure typing a slide number and Enter jumps there (slides count from 1)."""
    c = present(md_deck)
    qtbot.keyClicks(c.console, "4")
    assert "4" in c.console.goto.text()
    qtbot.keyClick(c.console, Qt.Key.Key_Return)
    assert c.state.index == 3
    assert c.state.goto_buffer is None


def test_g_opens_goto_and_backspace_edits(present, md_deck, qtbot):
    """Ensure G starts go-to, Backspace edits the number, and out-of-range numbers clamp."""
    c = present(md_deck)
    qtbot.keyClick(c.audience, Qt.Key.Key_G)
    assert c.console.goto.isVisibleTo(c.console)
    qtbot.keyClicks(c.console, "29")
    qtbot.keyClick(c.console, Qt.Key.Key_Backspace)
    qtbot.keyClick(c.console, Qt.Key.Key_Enter)
    assert c.state.index == 1
    qtbot.keyClicks(c.console, "99")
    qtbot.keyClick(c.console, Qt.Key.Key_Enter)
    assert c.state.index == 4


def test_escape_cancels_goto_without_moving(present, md_deck, qtbot):
    """Ensure Esc while typing a number cancels the jump and keeps the talk running."""
    c = present(md_deck)
    qtbot.keyClicks(c.console, "3")
    qtbot.keyClick(c.console, Qt.Key.Key_Escape)
    qtbot.keyClick(c.console, Qt.Key.Key_Return)
    assert c.state.index == 0 and c.running


def test_overview_grid_navigates_and_jumps(present, md_deck, qtbot):
    """Ensure Tab opens the grid, arrows move the selection, Enter jumps and closes it."""
    c = present(md_deck)
    qtbot.keyClick(c.console, Qt.Key.Key_Tab)
    assert c.state.overview and c.console.stack.currentWidget() is c.console.overview
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    qtbot.keyClick(c.console, Qt.Key.Key_Right)
    assert c.state.index == 0 and c.console.overview.selected == 2
    qtbot.keyClick(c.console, Qt.Key.Key_Return)
    assert c.state.index == 2 and not c.state.overview
    qtbot.keyClick(c.console, Qt.Key.Key_Tab)
    qtbot.keyClick(c.console, Qt.Key.Key_Tab)
    assert not c.state.overview and c.state.index == 2


def test_overview_thumbnails_render_and_click_jumps(present, pdf_path, qtbot):
    """Ensure overview thumbnails arrive from the background renderer and a click jumps."""
    c = present(pdf_path)
    c.do("overview")
    thumb = c.console.overview.thumb_size()
    qtbot.waitUntil(lambda: all(c.cache.has(i, thumb) for i in range(6)), timeout=10000)
    box = c.console.overview.cell(4).center()
    qtbot.mouseClick(c.console.overview, Qt.MouseButton.LeftButton, pos=box.toPoint())
    assert c.state.index == 4 and not c.state.overview


def test_a_jump_is_drawn_ahead_while_the_presenter_chooses(present, tmp_path, qtbot):
    """Ensure the slide a typed number or the overview's selection points at is rendered for
    the projector before Enter, as Home and End are: the key that jumps waits on nothing."""
    from tests.ui.presentation.conftest import make_pdf

    c = present(make_pdf(tmp_path / "long.pdf", 30))
    if not c.audience.isVisible():
        c.do("audience")  # one screen: show the rehearsal audience window
    qtbot.waitUntil(c.audience.isVisible)
    size = c.audience.view.pixel_size()

    def ready(index: int) -> bool:
        return c.cache.has(index, size)

    qtbot.waitUntil(lambda: ready(0) and ready(29) and c.cache.idle)
    qtbot.keyClicks(c.console, "17")
    qtbot.waitUntil(lambda: ready(16))
    qtbot.keyClick(c.console, Qt.Key.Key_Escape)
    qtbot.keyClick(c.console, Qt.Key.Key_Tab)  # the overview
    assert c.state.overview
    for _ in range(2):
        qtbot.keyClick(c.console, Qt.Key.Key_Down)
    qtbot.waitUntil(lambda: ready(c.state.overview_index))
    assert c.state.overview_index > 4
