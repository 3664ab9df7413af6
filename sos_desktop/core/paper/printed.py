"""Where the sheet's own words are printed, as a mask of the straightened page: ink there is
the printer's, never a student's mark round a bubble."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

import numpy as np

from sos_desktop.core.paper.compose import width
from sos_desktop.core.paper.layout import PAGE_H, PAGE_W, SheetLayout

MARGIN = 1.2  # points round each line of text: the scan's blur and the fit's last pixel


T = TypeVar("T")
Page = Callable[[SheetLayout, int, float], T]


def per_page(make: Page[T]) -> Page[T]:
    """`make(layout, page index, scale)` made once per page: a layout is the same for the same
    survey, version and language (compose says so), and a camera reads many frames of it."""
    cache: dict[tuple[str, int, str, int, float], T] = {}

    def cached(layout: SheetLayout, index: int, scale: float) -> T:
        key = (layout.survey_key, layout.version, layout.language, index, scale)
        if key not in cache:
            if len(cache) > 32:
                cache.clear()
            cache[key] = make(layout, index, scale)
        return cache[key]
    return cached


@per_page
def printed_mask(layout: SheetLayout, index: int, scale: float) -> np.ndarray:
    mask = np.zeros((round(PAGE_H * scale), round(PAGE_W * scale)), bool)
    for t in layout.pages[index].texts:
        w = width(t.text, t.font, t.size)
        x = {"left": t.x, "right": t.x - w, "centre": t.x - w / 2}[t.align]
        x0, x1 = (x - MARGIN) * scale, (x + w + MARGIN) * scale
        y0, y1 = (t.y - t.size * 0.8 - MARGIN) * scale, (t.y + t.size * 0.25 + MARGIN) * scale
        mask[max(0, round(y0)):max(0, round(y1)), max(0, round(x0)):max(0, round(x1))] = True
    mask.setflags(write=False)
    return mask
