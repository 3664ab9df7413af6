"""Where the sheet's own words are printed, as a mask of the straightened page: ink there is
the printer's, never a student's mark round a bubble."""

from __future__ import annotations

import numpy as np

from sos_desktop.core.paper.compose import width
from sos_desktop.core.paper.layout import PAGE_H, PAGE_W, SheetLayout

MARGIN = 1.2  # points round each line of text: the scan's blur and the fit's last pixel


_CACHE: dict[tuple[str, int, str, int, float], np.ndarray] = {}


def printed_mask(layout: SheetLayout, index: int, scale: float) -> np.ndarray:
    """A layout is the same for the same survey, version and language (compose says so)."""
    key = (layout.survey_key, layout.version, layout.language, index, scale)
    if key not in _CACHE:
        if len(_CACHE) > 32:
            _CACHE.clear()
        _CACHE[key] = _mask(layout, index, scale)
    return _CACHE[key]


def _mask(layout: SheetLayout, index: int, scale: float) -> np.ndarray:
    mask = np.zeros((round(PAGE_H * scale), round(PAGE_W * scale)), bool)
    for t in layout.pages[index].texts:
        w = width(t.text, t.font, t.size)
        x = {"left": t.x, "right": t.x - w, "centre": t.x - w / 2}[t.align]
        x0, x1 = (x - MARGIN) * scale, (x + w + MARGIN) * scale
        y0, y1 = (t.y - t.size * 0.8 - MARGIN) * scale, (t.y + t.size * 0.25 + MARGIN) * scale
        mask[max(0, round(y0)):max(0, round(y1)), max(0, round(x0)):max(0, round(x1))] = True
    mask.setflags(write=False)
    return mask
