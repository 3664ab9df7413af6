"""Can this deck be shown? Core's checks, plus opening a PDF with the renderer the talk uses
(only QtPdf can tell a damaged or password-protected PDF)."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.decks import DeckError, deck_kind
from sos_desktop.core.visits import deck_problem


def deck_problem_shown(deck: str) -> str | None:
    """Why the deck cannot be shown, naming the file; None when it can."""
    problem = deck_problem(deck)
    if problem is not None:
        return problem
    path = Path(deck).expanduser()
    if deck_kind(path) != "pdf":
        return None
    from sos_desktop.ui.presentation.pdf_source import open_pdf

    try:
        document, _buffer = open_pdf(path)
        document.close()
    except DeckError as exc:
        return f"{exc.path} cannot be shown: {exc.problem}"
    return None
