"""Presentation mode: projector window, presenter console, PDF and Markdown decks.

`start_presentation` is the one entry point for the CLI (`sos-desktop present DECK`) and for
the main window's "Present" button.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from sos_desktop.core.visits.length import DEFAULT_MINUTES

__all__ = ["DeckError", "builtin_deck_path", "load_pages", "start_presentation"]


def __getattr__(name: str):
    """The deck code loads on first use: the main window imports `placement` from this package
    for its Paper menu, and must not pay for Markdown and PDF decks before its first paint."""
    if name in ("DeckError", "builtin_deck_path"):
        from sos_desktop.core import decks

        return getattr(decks, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def load_pages(deck_path: Path | None):  # (Deck, pages renderer)
    """Open a deck (None = built-in) and its renderer, or raise DeckError."""
    from sos_desktop.core.decks import builtin_deck_path, deck_kind, load_markdown_deck, pdf_deck
    from sos_desktop.ui.presentation.markdown_slides import MarkdownPages
    from sos_desktop.ui.presentation.pdf_source import PdfPages

    path = Path(deck_path).expanduser() if deck_path else builtin_deck_path()
    if deck_kind(path) == "pdf":
        pages = PdfPages(path)
        return pdf_deck(path, pages.count), pages
    deck = load_markdown_deck(path)
    return deck, MarkdownPages(deck)


def start_presentation(deck_path: Path | None, planned_minutes: int = DEFAULT_MINUTES, parent=None,
                       on_exit: Callable[[], None] | None = None, **options):
    """Load the deck, show console and audience windows, return the PresentationController.

    A deck that cannot be shown raises DeckError (a SosError with a message naming the file);
    with a `parent` window the message is shown in a dialog instead and None is returned.
    Options go to PresentationController: `on_survey_slide`, `on_results_slide` (called with
    the slide index when a slide marked `<!-- sos:survey -->` / `<!-- sos:results -->` is
    entered), `monotonic` and `wall` clocks.
    """
    from sos_desktop.core.decks import DeckError
    from sos_desktop.ui.presentation.controller import PresentationController
    from sos_desktop.ui.refguard import protect_singletons

    protect_singletons()
    try:
        deck, pages = load_pages(deck_path)
    except DeckError as exc:
        if parent is None:
            raise
        from PySide6.QtWidgets import QMessageBox

        from sos_desktop.i18n import tr
        from sos_desktop.words.errors import in_our_words

        QMessageBox.warning(parent, tr("This deck cannot be shown"),
                            tr("The deck {path} cannot be shown: {problem}").format(
                                path=exc.path, problem=in_our_words(exc.reason)))
        return None
    controller = PresentationController(deck, pages, planned_minutes, on_exit=on_exit,
                                        parent=parent, **options)
    return controller.start()
