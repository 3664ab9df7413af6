"""Shared PDF layout: styles, a page footer, tables that split with repeated headers, and an
atomic write with a receipt-ready SHA-256."""

from __future__ import annotations

import hashlib
import io
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from typing import Any
from xml.sax.saxutils import escape

from reportlab.lib import colors
from reportlab.lib.pagesizes import landscape, letter
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import inch
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from sos_desktop.core.reports.fonts import BOLD, REGULAR, register_fonts

INK = colors.HexColor("#1b1b1b")
ACCENT = colors.HexColor("#6b2fa3")  # SOS purple
LIGHT = colors.HexColor("#efe8f6")
GRID = colors.HexColor("#9a9a9a")
MARGIN = 0.6 * inch


@dataclass(frozen=True)
class Styles:
    title: ParagraphStyle
    h2: ParagraphStyle
    body: ParagraphStyle
    small: ParagraphStyle
    cell: ParagraphStyle
    head: ParagraphStyle


def styles() -> Styles:
    register_fonts()
    body = ParagraphStyle("body", fontName=REGULAR, fontSize=10, leading=13, textColor=INK)
    return Styles(
        title=ParagraphStyle("title", parent=body, fontName=BOLD, fontSize=18, leading=22,
                             textColor=ACCENT, spaceAfter=6),
        h2=ParagraphStyle("h2", parent=body, fontName=BOLD, fontSize=12.5, leading=16,
                          spaceBefore=10, spaceAfter=4),
        body=body,
        small=ParagraphStyle("small", parent=body, fontSize=8, leading=10,
                             textColor=colors.HexColor("#444444")),
        cell=ParagraphStyle("cell", parent=body, fontSize=9, leading=11),
        head=ParagraphStyle("head", parent=body, fontName=BOLD, fontSize=8.5, leading=10,
                            textColor=colors.white),
    )


def p(text: object, style: ParagraphStyle) -> Paragraph:
    """A paragraph of plain text: user text is escaped, never read as markup."""
    return Paragraph(escape("" if text is None else str(text)), style)


def table(header: Sequence[str], rows: Sequence[Sequence[object]], widths: Sequence[float],
          st: Styles, *, row_height: float | None = None, zebra: bool = True) -> Table:
    """A table whose cells wrap and that splits across pages with its header repeated."""
    data = [[p(h, st.head) for h in header]]
    data += [[c if hasattr(c, "wrap") else p(c, st.cell) for c in row] for row in rows]
    heights = None if row_height is None else [None] + [row_height] * len(rows)
    t = Table(data, colWidths=widths, rowHeights=heights, repeatRows=1)
    commands = [
        ("BACKGROUND", (0, 0), (-1, 0), ACCENT),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.5, GRID),
        ("LEFTPADDING", (0, 0), (-1, -1), 4),
        ("RIGHTPADDING", (0, 0), (-1, -1), 4),
    ]
    if zebra:
        commands.append(("ROWBACKGROUNDS", (0, 1), (-1, -1), [colors.white, LIGHT]))
    t.setStyle(TableStyle(commands))
    return t


def facts(rows: Sequence[Sequence[object]], width: float, st: Styles) -> Table:
    """A label/value block (no header row)."""
    data = [[p(k, st.cell), p(v, st.cell)] for k, v in rows]
    t = Table(data, colWidths=[width * 0.25, width * 0.75])
    t.setStyle(TableStyle([
        ("FONTNAME", (0, 0), (0, -1), BOLD),
        ("BACKGROUND", (0, 0), (0, -1), LIGHT),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, GRID),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
    ]))
    return t


def _footer(label: str, page: str) -> Callable[[Any, Any], None]:
    def draw(canvas: Any, doc: Any) -> None:  # ReportLab's Canvas and DocTemplate (untyped)
        canvas.saveState()
        canvas.setFont(REGULAR, 7.5)
        canvas.setFillColor(colors.HexColor("#555555"))
        canvas.drawString(doc.leftMargin, 0.35 * inch, label)
        canvas.drawRightString(doc.pagesize[0] - doc.rightMargin, 0.35 * inch,
                               page.format(n=doc.page))
        canvas.restoreState()
    return draw


def render_pdf(story: list, *, title: str, footer: str, page: str = "page {n}",
               wide: bool = False) -> tuple[str, int, bytes]:
    """Lay out `story`; `page` numbers each page ({n}). Returns (SHA-256, page count, the
    PDF) for receipts.save_receipt, which writes it at its target together with its receipt."""
    register_fonts()
    buffer = io.BytesIO()
    size = landscape(letter) if wide else letter
    doc = SimpleDocTemplate(buffer, pagesize=size, leftMargin=MARGIN, rightMargin=MARGIN,
                            topMargin=MARGIN, bottomMargin=0.7 * inch, title=title,
                            author="SOS Desktop", creator="SOS Desktop")
    draw = _footer(footer, page)
    doc.build(story, onFirstPage=draw, onLaterPages=draw)
    data = buffer.getvalue()
    return hashlib.sha256(data).hexdigest(), doc.page, data


def usable_width(wide: bool = False) -> float:
    size = landscape(letter) if wide else letter
    return size[0] - 2 * MARGIN
