"""Can this deck be shown? Core's checks, plus opening a PDF with the renderer the talk uses
(only QtPdf can tell a damaged or password-protected PDF)."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.decks import DeckError, check_deck, deck_kind
from sos_desktop.i18n import tr
from sos_desktop.words.errors import in_our_words


def deck_problem_shown(deck: str) -> str | None:
    """Why the deck cannot be shown, naming the file; None when it can."""
    path = Path(deck).expanduser()
    try:
        check_deck(path)  # what core's visits.deck_problem checks
        if deck_kind(path) == "pdf":
            from sos_desktop.ui.presentation.pdf_source import open_pdf

            document, _buffer = open_pdf(path)
            document.close()
    except DeckError as exc:
        return tr("{path} cannot be shown: {problem}").format(
            path=exc.path, problem=in_our_words(exc.reason))
    return None
