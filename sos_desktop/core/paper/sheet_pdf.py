"""Draw answer sheets: the layout's text and boxes, four ArUco markers and a QR code a page.

Every copy gets its own random sheet id (in its QR codes), so one sheet is read only once
however often the camera sees it; the id is linked to nobody.
"""

from __future__ import annotations

import io
from collections.abc import Callable
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from sos_desktop.core.paper.layout import (
    MARKER_SIZE,
    MARKERS,
    PAGE_H,
    PAGE_W,
    QR_SIZE,
    QR_X,
    QR_Y,
    PageLayout,
    SheetLayout,
)
from sos_desktop.core.paper.payload import SheetIdentity, encode, new_sheet_id
from sos_desktop.core.reports.fonts import register_fonts

ARUCO_DICT = "DICT_4X4_50"
INK = (0.1, 0.1, 0.1)
GREY = (0.38, 0.38, 0.38)
BUBBLE_LINE = 0.9


@cache
def marker_cells(marker_id: int) -> tuple[tuple[int, ...], ...]:
    """The marker's 6x6 cells (1 = black), border included."""
    import cv2

    dictionary = cv2.aruco.getPredefinedDictionary(getattr(cv2.aruco, ARUCO_DICT))
    img = cv2.aruco.generateImageMarker(dictionary, marker_id, 6)
    return tuple(tuple(int(v < 128) for v in row) for row in img)


def _runs(row) -> list[tuple[int, int]]:
    """(start, length) of each run of black cells: one rectangle each keeps the PDF small."""
    runs, start = [], None
    for k, black in enumerate([*row, 0]):
        if black and start is None:
            start = k
        elif not black and start is not None:
            runs.append((start, k - start))
            start = None
    return runs


def _cells(c, rows, x: float, top: float, cell: float) -> None:
    path = c.beginPath()
    for r, row in enumerate(rows):
        for k, n in _runs(row):
            path.rect(x + k * cell, PAGE_H - top - (r + 1) * cell, n * cell, cell)
    c.setFillColorRGB(0, 0, 0)
    c.drawPath(path, stroke=0, fill=1)


def _marker(c, marker_id: int, x: float, y: float) -> None:
    _cells(c, marker_cells(marker_id), x, y, MARKER_SIZE / 6)


def _qr(c, text: str) -> None:
    import segno

    matrix = segno.make(text, error="l", micro=False).matrix
    n = len(matrix) + 4  # a 2-module quiet zone: the paper around it is blank
    module = QR_SIZE / n
    _cells(c, matrix, QR_X + 2 * module, QR_Y + 2 * module, module)


def draw_page(c, page: PageLayout, identity: SheetIdentity, visit_line: str = "") -> None:
    for marker_id, (x, y) in MARKERS.items():
        _marker(c, marker_id, x, y)
    _qr(c, encode(identity))
    for t in page.texts:
        c.setFillColorRGB(*(GREY if t.grey else INK))
        c.setFont(t.font, t.size)
        draw = {"left": c.drawString, "right": c.drawRightString,
                "centre": c.drawCentredString}[t.align]
        draw(t.x, PAGE_H - t.y, t.text)
    c.setStrokeColorRGB(*INK)
    c.setLineWidth(BUBBLE_LINE)
    for b in page.boxes:
        if b.choice is None:
            c.rect(b.x, PAGE_H - b.y - b.h, b.w, b.h, stroke=1, fill=0)
        else:
            c.circle(b.x + b.w / 2, PAGE_H - b.y - b.h / 2, b.w / 2 - BUBBLE_LINE / 2,
                     stroke=1, fill=0)
    if visit_line:
        c.setFillColorRGB(*GREY)
        c.setFont(page.texts[0].font if page.texts else "Helvetica", 7)
        c.drawCentredString(PAGE_W / 2, 8, visit_line)


@dataclass(frozen=True)
class PrintedSheets:
    pdf: bytes
    pages: int
    sheet_ids: tuple[str, ...]


def render_sheets(layout: SheetLayout, copies: int, *, visit_line: str = "",
                  sheet_id: Callable[[], str] = new_sheet_id) -> PrintedSheets:
    """`copies` answer sheets as one PDF (each copy's pages in order, ready for duplex)."""
    from reportlab.pdfgen.canvas import Canvas

    register_fonts()
    buffer = io.BytesIO()
    c = Canvas(buffer, pagesize=(PAGE_W, PAGE_H), pageCompression=1)
    c.setTitle(f"{layout.survey_key} answer sheet")
    c.setAuthor("SOS Desktop")
    ids = []
    for _ in range(copies):
        sid = sheet_id()
        ids.append(sid)
        for page in layout.pages:
            identity = SheetIdentity(layout.survey_key, layout.version, layout.language,
                                     page.index + 1, len(layout.pages), sid)
            draw_page(c, page, identity, visit_line)
            c.showPage()
    c.save()
    return PrintedSheets(buffer.getvalue(), copies * len(layout.pages), tuple(ids))


def write_sheets(out: Path, printed: PrintedSheets) -> str:
    """Write atomically; returns the SHA-256."""
    from sos_desktop.core.storage.atomic import atomic_output

    with atomic_output(Path(out)) as writer:
        writer.write(printed.pdf)
    return writer.sha256.hexdigest()
