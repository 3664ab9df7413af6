"""Ensure the presenter console, while a talk runs, reads wholly in the pseudo-locale and cuts
no text at 1366×768 (issue 19). The deck is the organizer's own words: data."""

from __future__ import annotations

from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.presentation.test_spanish import DECK, _deck

DECK_WORDS = [line.strip("#-<>! ") for line in DECK.splitlines() if line.strip()]


def test_presenter_console(present, tmp_path, clocks, qtbot, pseudo):
    c = present(_deck(tmp_path), planned_minutes=10)
    clocks.seconds += 90
    c.state.go(2)
    c.state.toggle_blank("black")
    c.state.type_digit("4")
    c.console.tick()
    c.console.showNormal()
    show_on_laptop(c.console)
    shot(c.console, "console")
    assert plain_english(c.console, DECK_WORDS) == []
    assert cut_texts(c.console) == []
    c.state.cancel_overlays()
    clocks.seconds += 9 * 60  # past the planned ten minutes, paused
    c.state.toggle_timer()
    c.console.tick()
    assert plain_english(c.console, DECK_WORDS) == []
    assert cut_texts(c.console) == []


def test_console_with_the_paper_and_online_bars(present, tmp_path, qtbot, pseudo):
    """The bars a paper visit's and a video visit's survey slide add to the console."""
    from sos_desktop.ui.imports import online_bar
    from sos_desktop.ui.scan import survey_slide

    c = present(_deck(tmp_path), planned_minutes=10)
    bars = [survey_slide.PaperActions(lambda: None, lambda: None, paper_only=True),
            survey_slide.PaperActions(lambda: None, lambda: None, paper_only=False),
            online_bar.OnlineActions(lambda: None)]
    for bar in bars:
        add = survey_slide.add_to_console if isinstance(bar, survey_slide.PaperActions) \
            else online_bar.add_to_console
        add(c.console, bar)
    c.console.showNormal()
    show_on_laptop(c.console)
    for index, bar in enumerate(bars):
        for other in bars:
            other.setVisible(other is bar)
        shot(c.console, f"console-bar-{index}")
        assert plain_english(c.console, DECK_WORDS) == [], index
        assert cut_texts(c.console) == [], index


def test_online_form_slide(qtbot, pseudo):
    """The video visit's form slide speaks every language at once (the class has not chosen):
    its English and Spanish halves are there on purpose, the pseudo-locale's is checked."""
    from sos_desktop.i18n import audience
    from sos_desktop.ui.presentation.online_form import OnlineFormSlide, short_link

    url = "https://ee.kobotoolbox.org/x/AbCdEf12"
    every_language = [audience.tr(text, language=lang) for lang in ("en", "es")
                      for text in ("Scan to answer the survey",
                                   "Anonymous: do not write your name")]
    slide = OnlineFormSlide(url)
    qtbot.addWidget(slide)
    show_on_laptop(slide)
    shot(slide, "online-form")
    assert plain_english(slide, [*every_language, short_link(url)]) == []
    assert cut_texts(slide) == []


def test_a_deck_that_cannot_be_shown(qtbot, tmp_path, monkeypatch, pseudo):
    """The warning when a chosen deck is missing or is no deck at all."""
    from PySide6.QtWidgets import QMessageBox, QWidget

    from sos_desktop.ui.presentation import start_presentation
    from tests.pseudo import english_words

    parent = QWidget()
    qtbot.addWidget(parent)
    told = []
    monkeypatch.setattr(QMessageBox, "warning", lambda *a: told.extend(a[1:3]))
    broken = tmp_path / "talk.pdf"
    broken.write_bytes(b"%PDF-1.4 not really")
    for deck in (tmp_path / "gone.md", broken):
        assert start_presentation(deck, parent=parent) is None
    assert len(told) == 4
    assert [text for text in told if english_words(text, [str(tmp_path)])] == []
