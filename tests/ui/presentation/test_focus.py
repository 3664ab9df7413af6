"""Every key reaches the talk: no console control takes the keyboard, whatever was clicked."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QWidget


def _key_target(window: QWidget) -> QWidget:
    """Where Qt delivers a key press for this window: its focus widget, else the window."""
    return window.focusWidget() or window


def _activate(window: QWidget, qtbot) -> None:
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)


def test_no_console_widget_takes_keyboard_focus(present, md_deck):
    """Ensure every widget inside the console refuses focus, the notes and buttons included.

    A focusable notes browser swallowed the first arrow keys of a talk (it scrolls with them).
    """
    c = present(md_deck)
    takers = [type(w).__name__ for w in c.console.findChildren(QWidget)
              if w.focusPolicy() != Qt.FocusPolicy.NoFocus]
    assert takers == []


def test_first_key_after_start_reaches_the_talk(present, md_deck, qtbot):
    """Ensure the first Right after the talk opens advances, with no click on the console."""
    c = present(md_deck)
    _activate(c.console, qtbot)
    for _ in range(3):
        qtbot.keyClick(_key_target(c.console), Qt.Key.Key_Right)
    assert c.state.index == 3


def test_space_after_clicking_audience_button_advances(present, md_deck, qtbot):
    """Ensure a click on 'Show audience window' leaves Space to the talk (next slide)."""
    c = present(md_deck)
    _activate(c.console, qtbot)
    qtbot.mouseClick(c.console.audience_button, Qt.MouseButton.LeftButton)
    qtbot.waitUntil(c.audience.isVisible)
    _activate(c.console, qtbot)
    qtbot.keyClick(_key_target(c.console), Qt.Key.Key_Space)
    assert c.state.index == 1
    assert c.audience.isVisible()


def test_tab_opens_the_overview_after_a_click(present, md_deck, qtbot):
    """Ensure Tab opens the overview even after a console button was clicked."""
    c = present(md_deck)
    _activate(c.console, qtbot)
    qtbot.mouseClick(c.console.audience_button, Qt.MouseButton.LeftButton)
    _activate(c.console, qtbot)
    qtbot.keyClick(_key_target(c.console), Qt.Key.Key_Tab)
    assert c.state.overview


def test_audience_toggle_label_follows_its_state(present, md_deck, qtbot):
    """Ensure the rehearsal button says Show when the audience window is hidden, Hide when shown."""
    c = present(md_deck)
    assert c.console.audience_button.text().startswith("Show audience window")
    c.do("audience")
    qtbot.waitUntil(c.audience.isVisible)
    assert c.console.audience_button.text().startswith("Hide audience window")
    c.do("audience")
    assert c.console.audience_button.text().startswith("Show audience window")
