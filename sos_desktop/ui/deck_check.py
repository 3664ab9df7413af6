"""Can this deck be shown? Core's checks, plus opening a PDF with the renderer the talk uses
(only QtPdf can tell a damaged or password-protected PDF)."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.decks import DeckError, check_deck, deck_kind
from sos_desktop.i18n import QT_TR_NOOP, tr

# Core's reasons (core/decks) a person meets most, in the organizer's language; a rarer one
# (an unreadable file's system error) stays as core words it.
REASONS = frozenset((
    QT_TR_NOOP("the file does not exist"),
    QT_TR_NOOP("it is a folder, not a file"),
    QT_TR_NOOP("the file is empty"),
    QT_TR_NOOP("it is named .pdf but is not a PDF file (damaged or renamed?)"),
    QT_TR_NOOP("the PDF has no pages"),
    QT_TR_NOOP("it has no slides (the file is empty or only separators)"),
))


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
        why = tr(exc.problem) if exc.problem in REASONS else exc.problem
        return tr("{path} cannot be shown: {problem}").format(path=exc.path, problem=why)
    return None
