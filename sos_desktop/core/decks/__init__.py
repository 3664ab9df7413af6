"""Slide decks without Qt: Markdown parsing, PDF notes side files, pacing, deck errors.

Rendering (QtPdf, QTextDocument) lives in `sos_desktop.ui.presentation`.
"""

from sos_desktop.core.decks.builtin import builtin_deck_path
from sos_desktop.core.decks.deck import (
    Deck,
    check_deck,
    deck_kind,
    load_markdown_deck,
    pdf_deck,
)
from sos_desktop.core.decks.markdown import Slide, parse_markdown_deck
from sos_desktop.core.decks.notes import parse_notes_md, parse_pdfpc
from sos_desktop.core.decks.pace import AHEAD, BEHIND, ON_TIME, Pace, pace
from sos_desktop.core.errors import DeckError

__all__ = [
    "AHEAD", "BEHIND", "ON_TIME", "Deck", "DeckError", "Pace", "Slide", "builtin_deck_path",
    "check_deck",
    "deck_kind", "load_markdown_deck", "pace", "parse_markdown_deck", "parse_notes_md",
    "parse_pdfpc", "pdf_deck",
]
