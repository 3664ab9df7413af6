"""Speaker notes for PDF decks: `DECK.notes.md` (`## Slide N` sections) and pdfpc's files."""

from __future__ import annotations

import json
import re
from pathlib import Path

from sos_desktop.core.decks.markdown import read_text
from sos_desktop.core.errors import DeckError
from sos_desktop.core.plural import plural

SLIDE_SECTION = re.compile(r"^##\s+(?:slide|page)\s+(\d+)\s*:?.*$", re.IGNORECASE)
PDFPC_V1_PAGE = re.compile(r"^###\s+(\d+)\s*$")


def parse_notes_md(text: str) -> dict[int, str]:
    """0-based page index -> notes, from `## Slide N` sections (N counts from 1)."""
    notes: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in text.splitlines():
        section = SLIDE_SECTION.match(line)
        if section:
            current = notes.setdefault(int(section.group(1)) - 1, [])
        elif current is not None:
            current.append(line)
    return {page: "\n".join(lines).strip() for page, lines in notes.items() if page >= 0}


def parse_pdfpc(text: str) -> dict[int, str]:
    """0-based page index -> notes from a `.pdfpc` file: the JSON format, or the older text one."""
    try:
        data = json.loads(text)
    except json.JSONDecodeError:
        return _parse_pdfpc_v1(text)
    if not isinstance(data, dict) or not isinstance(data.get("pages", []), list):
        raise ValueError("no list of pages")
    notes: dict[int, str] = {}
    for page in data.get("pages", []):
        if not isinstance(page, dict):
            continue
        note = page.get("note") or page.get("notes")
        idx = page.get("idx")
        if isinstance(note, str) and isinstance(idx, int) and idx >= 0 and note.strip():
            notes[idx] = note.strip()
    return notes


def _parse_pdfpc_v1(text: str) -> dict[int, str]:
    # Old pdfpc: "[notes]" then "### N" headings, N counting from 1.
    if "[notes]" not in text:
        raise ValueError("neither pdfpc JSON nor a [notes] section")
    notes: dict[int, list[str]] = {}
    current: list[str] | None = None
    for line in text.split("[notes]", 1)[1].splitlines():
        if line.startswith("[") and line.rstrip().endswith("]"):
            break
        page = PDFPC_V1_PAGE.match(line)
        if page:
            current = notes.setdefault(int(page.group(1)) - 1, [])
        elif current is not None:
            current.append(line)
    return {i: "\n".join(lines).strip() for i, lines in notes.items() if i >= 0}


def notes_files(pdf: Path) -> tuple[Path, Path]:
    """The side files looked for next to `talk.pdf`: `talk.notes.md` and `talk.pdfpc`."""
    return pdf.with_suffix(".notes.md"), pdf.with_suffix(".pdfpc")


def load_pdf_notes(pdf: Path, page_count: int) -> tuple[dict[int, str], list[str]]:
    """Notes per page and warnings. `.notes.md` wins over `.pdfpc` for a page both cover.

    A damaged notes file is a warning, not an error: the slides can still be shown.
    """
    notes_md, pdfpc = notes_files(pdf)
    notes: dict[int, str] = {}
    warnings: list[str] = []
    for path, parse in ((pdfpc, parse_pdfpc), (notes_md, parse_notes_md)):
        if not path.is_file():
            continue
        try:
            found = parse(read_text(path))
        except (DeckError, ValueError) as exc:
            warnings.append(f"notes file {path.name} was skipped: {exc}")
            continue
        beyond = sorted(i + 1 for i in found if i >= page_count)
        if beyond:
            slides = "slide" if len(beyond) == 1 else "slides"
            numbers = ", ".join(map(str, beyond))
            warnings.append(f"{path.name} has notes for {slides} {numbers} but the PDF has "
                            f"{plural(page_count, 'page', 'pages')}")
        notes.update({i: text for i, text in found.items() if i < page_count})
    return notes, warnings
