"""Console clocks and pace colour with an injected clock; bad decks get clear messages."""

import pytest

from sos_desktop.core.decks import AHEAD, BEHIND, ON_TIME, DeckError
from tests.ui.presentation.conftest import make_pdf


def test_pace_colour_follows_clock_and_slide(present, md_deck, clocks):
    """Ensure the pace chip turns ahead/on time/behind as the injected clock moves."""
    c = present(md_deck, planned_minutes=10)
    c.console.tick()
    assert c.console.pace.property("pace") == ON_TIME
    assert c.console.wall.text() == "14:05"
    c.state.go(4)  # last slide after a few seconds: rushing
    assert c.console.pace.property("pace") == AHEAD
    c.state.go(1)
    clocks.seconds += 8 * 60  # eight minutes on slide 2 of 5
    c.console.tick()
    assert c.console.pace.property("pace") == BEHIND
    assert c.console.elapsed.text() == "08:00"
    assert c.console.remaining.text() == "02:00"
    clocks.seconds += 3 * 60
    c.console.tick()
    assert c.console.remaining.text() == "−01:00"


def test_timer_pause_stops_elapsed(present, md_deck, clocks, qtbot):
    """Ensure T pauses the elapsed clock and resumes it without counting the pause."""
    from PySide6.QtCore import Qt

    c = present(md_deck)
    clocks.seconds += 60
    qtbot.keyClick(c.console, Qt.Key.Key_T)
    clocks.seconds += 600
    assert c.state.elapsed() == 60
    qtbot.keyClick(c.console, Qt.Key.Key_T)
    clocks.seconds += 5
    assert c.state.elapsed() == 65


@pytest.mark.parametrize("problem", ["missing", "empty", "broken", "encrypted", "garbage"])
def test_bad_pdf_raises_clear_deck_error(present, tmp_path, problem):
    """Ensure missing, empty, broken and encrypted PDFs raise a DeckError naming the file."""
    path = tmp_path / f"{problem}.pdf"
    if problem == "empty":
        path.write_bytes(b"")
    elif problem == "broken":
        make_pdf(path, 3)
        path.write_bytes(path.read_bytes()[:400])
    elif problem == "encrypted":
        make_pdf(path, 2, encrypt="secret")
    elif problem == "garbage":
        path.write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    with pytest.raises(DeckError) as info:
        present(path)
    assert path.name in str(info.value)


def test_encrypted_pdf_message_says_password(present, tmp_path):
    """Ensure an encrypted PDF's message tells the presenter to export it without a password."""
    path = make_pdf(tmp_path / "locked.pdf", 2, encrypt="secret")
    with pytest.raises(DeckError, match="password"):
        present(path)


def test_with_parent_error_is_shown_and_app_stays_up(qtbot, tmp_path, monkeypatch):
    """Ensure with a parent window a bad deck shows a message box and returns None."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from sos_desktop.ui.presentation import start_presentation

    shown = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a, **k: shown.append(a[2]))
    parent = QWidget()
    qtbot.addWidget(parent)
    assert start_presentation(tmp_path / "nope.pdf", parent=parent) is None
    assert "nope.pdf" in shown[0] and "does not exist" in shown[0]


def test_pdf_notes_side_file_reaches_console(present, pdf_path, qtbot):
    """Ensure `talk.notes.md` next to `talk.pdf` gives the console its notes."""
    pdf_path.with_suffix(".notes.md").write_text("## Slide 2\nAsk a question here\n")
    c = present(pdf_path)
    c.state.go(1)
    assert "Ask a question here" in c.console.notes.toPlainText()


def test_builtin_deck_is_the_default(present):
    """Ensure no deck path means the built-in SOS classroom deck."""
    c = present(None)
    assert c.deck.path.name == "sos-classroom.md"
    assert c.deck.action_slides("survey")
