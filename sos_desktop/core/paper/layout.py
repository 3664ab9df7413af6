"""The printed sheet as data: what is drawn where, and where every bubble and writing box is.

Coordinates are PDF points from the page's top-left corner (y grows downwards), on US Letter.
`compose.sheet_layout` builds a SheetLayout from a survey definition; the PDF is drawn from it
and recognition reads its boxes, so the two can never disagree.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

PAGE_W, PAGE_H = 612.0, 792.0  # US Letter
MARKER_SIZE = 44.0  # ArUco marker side, quiet zone included in MARKER_MARGIN
MARKER_MARGIN = 20.0  # from the paper's edge: inside any printer's unprintable border
QR_SIZE = 128.0  # 25 modules + a 2-module quiet zone: 4.4 pt a module
QR_X, QR_Y = PAGE_W - MARKER_MARGIN - QR_SIZE, MARKER_MARGIN + MARKER_SIZE + 4
BUBBLE_D = 16.0  # bubble diameter: 9 px across on a 720p webcam picture the sheet fills 60% of

# Marker id -> its square's top-left corner. Ids 0..3 go clockwise from the top-left, so the
# ids seen tell the page's orientation whatever way up it was scanned.
MARKERS = {
    0: (MARKER_MARGIN, MARKER_MARGIN),
    1: (PAGE_W - MARKER_MARGIN - MARKER_SIZE, MARKER_MARGIN),
    2: (PAGE_W - MARKER_MARGIN - MARKER_SIZE, PAGE_H - MARKER_MARGIN - MARKER_SIZE),
    3: (MARKER_MARGIN, PAGE_H - MARKER_MARGIN - MARKER_SIZE),
}
# The sheet's solid squares, (x, y, side) in points: its code, then its corner markers.
SQUARES = ((QR_X, QR_Y, QR_SIZE), *((x, y, MARKER_SIZE) for x, y in MARKERS.values()))


@dataclass(frozen=True)
class Box:
    """A place a student marks: a bubble (choice key) or a writing box (choice None)."""

    page: int  # 0-based page index
    question: str
    choice: str | None
    x: float
    y: float
    w: float
    h: float

    def to_json(self) -> dict[str, Any]:
        return {"page": self.page, "question": self.question, "choice": self.choice,
                "x": round(self.x, 2), "y": round(self.y, 2), "w": round(self.w, 2),
                "h": round(self.h, 2)}


@dataclass(frozen=True)
class Text:
    x: float
    y: float  # baseline
    text: str
    font: str
    size: float
    grey: bool = False
    align: str = "left"  # left / centre / right


@dataclass(frozen=True)
class PageLayout:
    index: int
    texts: tuple[Text, ...]
    boxes: tuple[Box, ...]


@dataclass(frozen=True)
class SheetLayout:
    survey_key: str
    version: int
    language: str
    pages: tuple[PageLayout, ...]
    numbers: dict[str, int]  # question key -> printed number

    @property
    def boxes(self) -> tuple[Box, ...]:
        return tuple(b for page in self.pages for b in page.boxes)

    def page_boxes(self, index: int) -> tuple[Box, ...]:
        return self.pages[index].boxes

    def to_json(self) -> dict[str, Any]:
        """The `--layout` file: where every bubble and writing box is (docs/answer-sheets.md)."""
        return {
            "survey": self.survey_key, "version": self.version, "language": self.language,
            "units": "pt from the page's top-left corner", "page_size": [PAGE_W, PAGE_H],
            "pages": len(self.pages),
            "markers": {str(i): [x, y, MARKER_SIZE, MARKER_SIZE] for i, (x, y) in
                        MARKERS.items()},
            "qr": [QR_X, QR_Y, QR_SIZE, QR_SIZE],
            "boxes": [b.to_json() for b in self.boxes],
        }
