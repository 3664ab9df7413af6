"""Bar charts as tables: one row per choice with its label (wrapping), a bar, count and percent.

A table rather than a ReportLab chart: long Spanish labels wrap, and a long chart splits across
pages like any table instead of overflowing.
"""

from __future__ import annotations

from collections.abc import Sequence

from reportlab.graphics.shapes import Drawing, Rect
from reportlab.lib import colors
from reportlab.platypus import KeepTogether, Spacer, Table, TableStyle

from sos_desktop.core.reports.layout import ACCENT, LIGHT, Styles, p
from sos_desktop.core.reports.words import Words

BAR_HEIGHT = 10


def _bar(fraction: float, width: float) -> Drawing:
    drawing = Drawing(width, BAR_HEIGHT)
    drawing.add(Rect(0, 0, width, BAR_HEIGHT, fillColor=LIGHT, strokeColor=None))
    if fraction > 0:
        drawing.add(Rect(0, 0, max(1.5, width * fraction), BAR_HEIGHT, fillColor=ACCENT,
                         strokeColor=None))
    return drawing


def bar_chart(title: str, subtitle: str, items: Sequence[tuple[str, int]], base: int,
              width: float, st: Styles, words: Words) -> list:
    """Flowables for one chart; `items` (label, count), percentages of `base` (who answered),
    numbers as `words`' language writes them."""
    label_w, number_w = width * 0.38, 74
    bar_w = width - label_w - number_w - 16
    rows = [[p(label, st.cell), _bar(count / base if base else 0, bar_w),
             p(f"{words.number(count)} ({words.percent(count, base)})", st.cell)]
            for label, count in items]
    chart = Table(rows, colWidths=[label_w, bar_w + 8, number_w + 8])
    chart.setStyle(TableStyle([
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("TOPPADDING", (0, 0), (-1, -1), 2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2),
        ("LINEBELOW", (0, 0), (-1, -1), 0.25, colors.HexColor("#dddddd")),
    ]))
    head = [p(title, st.h2), p(subtitle, st.small), Spacer(1, 3)]
    if len(rows) <= 14:  # a usual chart stays on one page with its title
        return [KeepTogether([*head, chart]), Spacer(1, 6)]
    return [*head, chart, Spacer(1, 6)]  # a very long one splits like any table
