"""A loaded deck: its slides (Markdown) or pages (PDF) with notes, and the checks on the file."""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.decks.markdown import Slide, load_markdown_slides
from sos_desktop.core.decks.notes import load_pdf_notes
from sos_desktop.core.errors import DeckError
from sos_desktop.core.messages import Code

MARKDOWN_SUFFIXES = (".md", ".markdown", ".txt")
PDF_SUFFIXES = (".pdf",)


@dataclass(frozen=True)
class Deck:
    path: Path
    kind: str  # "markdown" | "pdf"
    slides: tuple[Slide, ...]
    warnings: tuple[str, ...] = field(default=())

    def __len__(self) -> int:
        return len(self.slides)

    @property
    def title(self) -> str:
        first = self.slides[0].title if self.slides else ""
        return first or self.path.stem

    def action_slides(self, action: str) -> list[int]:
        """Indexes of the slides carrying a kiosk marker ('survey' or 'results')."""
        return [s.index for s in self.slides if s.action == action]


def deck_kind(path: Path) -> str:
    """'pdf' or 'markdown' from the suffix and, for PDFs, the file's first bytes."""
    suffix = path.suffix.lower()
    if not path.exists():
        raise DeckError(path, Code.DECK_MISSING())
    if path.is_dir():
        raise DeckError(path, Code.DECK_IS_FOLDER())
    if path.stat().st_size == 0:
        raise DeckError(path, Code.DECK_EMPTY())
    if suffix in PDF_SUFFIXES:
        with path.open("rb") as handle:
            head = handle.read(1024)
        if b"%PDF-" not in head:
            raise DeckError(path, Code.DECK_NOT_PDF())
        return "pdf"
    if suffix in MARKDOWN_SUFFIXES:
        return "markdown"
    raise DeckError(path, Code.DECK_SUFFIX(suffix=f"'{suffix or 'no suffix'}'"))


def check_deck(path: Path) -> str:
    """The deck's kind once the checks possible without a renderer pass, else DeckError.
    (A PDF's inside is checked by its renderer: see ui/presentation/deck_check.py.)"""
    kind = deck_kind(path)
    if kind == "markdown":
        load_markdown_slides(path)
    return kind


def load_markdown_deck(path: Path) -> Deck:
    slides = load_markdown_slides(path)
    warnings = tuple(
        f"slide {s.index + 1}: image {ref} not found next to the deck"
        for s in slides for ref in s.missing_images
    )
    return Deck(path, "markdown", tuple(slides), warnings)


def pdf_deck(path: Path, page_count: int) -> Deck:
    """A PDF deck once the renderer has opened it and counted its pages."""
    if page_count <= 0:
        raise DeckError(path, Code.DECK_NO_PAGES())
    notes, warnings = load_pdf_notes(path, page_count)
    slides = tuple(Slide(index=i, kind="pdf", notes=notes.get(i, "")) for i in range(page_count))
    return Deck(path, "pdf", slides, tuple(warnings))
