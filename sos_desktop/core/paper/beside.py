"""Ink beside a question's circles: a student who circled, ticked or underlined the words of a
choice (or a scale's number above its circle) instead of the circle.

Such a question reads blank circle by circle, yet a careful person sees an answer there. The
reader does not guess which choice the ink belongs to: a question whose circles are all empty
but which has pen or pencil strokes among its words goes to review.

What counts: strokes on the straightened page, in the band from a little above the question's
first row of circles (a scale's numbers) to just below its last, across its column; not the
sheet's own printing (its words' boxes), not the circles and their rings (judged one by one),
and not the paper's shading (a photo's shadow is broad, a stroke is thin). Inside the words'
boxes only a long level line counts (an underline, a ring's top or bottom): the printed
letters never run level that far, and anything shorter there may be theirs.
"""

from __future__ import annotations

import cv2
import numpy as np

from sos_desktop.core.paper.compose import COL_W, column_at
from sos_desktop.core.paper.layout import SQUARES, Box, SheetLayout
from sos_desktop.core.paper.printed import per_page, printed_mask

ABOVE = 1.6  # circle heights above the first row: a scale's numbers and a ring drawn round them
BELOW = 0.6  # ... below the last row
LEFT = 0.8  # ... left of the leftmost circle
OWN = 1.3  # radii round each circle left to the circle's own judging (its ring, an overrun)
STROKE = 0.3  # darker than the paper round it: a pen or pencil stroke (measure.INK)
WIDE = 4.5  # points: what is wider than this is shading, not a stroke
PAD = 1.0  # points round the sheet's printed words, past printed.MARGIN: the fit's last pixel
LONG = 8.0  # points: a stroke this long (a pen's slip is shorter, a word's ring far longer)
ENOUGH = 10.0  # points of strokes in all, at least (a tick's long arm)
JOIN = 2  # pixels: gaps this wide within a stroke are closed
RUN = 16.0  # points of a level line, unbroken: longer than any printed letter or dash


@per_page
def printing(layout: SheetLayout, index: int, scale: float) -> tuple[np.ndarray, np.ndarray]:
    """Where a straightened page is the sheet's own: its words' boxes, every circle and the
    band just round it, its writing boxes, its code and corner squares; and the same without
    the words."""
    pad = max(1, round(PAD * scale))
    words: np.ndarray = cv2.dilate(printed_mask(layout, index, scale).astype(np.uint8),
                                   np.ones((2 * pad + 1, 2 * pad + 1), np.uint8))
    solid = np.zeros_like(words)
    for x, y, side in SQUARES:
        cv2.rectangle(solid, (round(x * scale), round(y * scale)),
                      (round((x + side) * scale), round((y + side) * scale)), 1, -1)
    for b in layout.page_boxes(index):
        if b.choice is None:  # a writing box: its border, and what is written in it
            cv2.rectangle(solid, (round((b.x - PAD) * scale), round((b.y - PAD) * scale)),
                          (round((b.x + b.w + PAD) * scale), round((b.y + b.h + PAD) * scale)),
                          1, -1)
        else:
            centre = (round((b.x + b.w / 2) * scale), round((b.y + b.h / 2) * scale))
            cv2.circle(solid, centre, round(b.w / 2 * scale * OWN), 1, -1)
    theirs = np.maximum(words, solid)
    theirs.setflags(write=False)
    solid.setflags(write=False)
    return theirs, solid


def reach_above(bubbles: list[Box]) -> float:
    """How far over a question's first row of circles, in points, a mark beside them is
    looked for (and shown for review): its scale's numbers and a ring drawn round them."""
    return ABOVE * max(b.h for b in bubbles)


def ink_beside(dark: np.ndarray, bubbles: list[Box], sheet: tuple[np.ndarray, np.ndarray],
               scale: float, shift: tuple[float, float] = (0.0, 0.0)) -> bool:
    """Whether one question's surroundings (its `bubbles`, found `shift` pixels from their
    printed place on `dark`, the straightened page as darkness) hold pen or pencil strokes
    where the page is not the sheet's own (`sheet`, from `printing`)."""
    theirs, solid = sheet
    if not bubbles:
        return False
    h = max(b.h for b in bubbles)
    left = min(b.x for b in bubbles)
    column = column_at(left)
    right = column + COL_W if column is not None else max(b.x + b.w for b in bubbles) + 4 * h
    x0, x1 = round((left - LEFT * h) * scale), round(right * scale)
    y0 = round((min(b.y for b in bubbles) - reach_above(bubbles)) * scale)
    y1 = round((max(b.y + b.h for b in bubbles) + BELOW * h) * scale)
    dx, dy = round(shift[0]), round(shift[1])
    rows, cols = min(dark.shape[0], theirs.shape[0]), min(dark.shape[1], theirs.shape[1])
    x0, y0 = max(0, x0, -dx), max(0, y0, -dy)
    x1, y1 = min(x1, cols - max(0, dx)), min(y1, rows - max(0, dy))
    if x1 - x0 < 4 or y1 - y0 < 4:
        return False
    region = np.ascontiguousarray(dark[y0 + dy:y1 + dy, x0 + dx:x1 + dx], np.float32)
    # A stroke stands out of the paper round it; a shadow or a grey copy's tone does not.
    size = max(3, round(WIDE * scale)) | 1
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (size, size))
    strokes = cv2.morphologyEx(region, cv2.MORPH_TOPHAT, kernel) >= STROKE
    off_print = strokes & (theirs[y0:y1, x0:x1] == 0)
    off_solid = strokes & (solid[y0:y1, x0:x1] == 0)
    return _strokes_off_print(off_print, scale) or _lines_through_print(off_solid, scale)


def _strokes_off_print(ink: np.ndarray, scale: float) -> bool:
    """Strokes where nothing is printed, long enough together not to be a slip of the pen."""
    # A pencil's line is broken by the paper's grain: its pieces a point apart are one line.
    joined = cv2.dilate(ink.astype(np.uint8), np.ones((2 * JOIN + 1, 2 * JOIN + 1), np.uint8))
    count, _labels, stats, _centres = cv2.connectedComponentsWithStats(joined, connectivity=8)
    if count <= 1:
        return False
    spans = np.maximum(stats[1:, cv2.CC_STAT_WIDTH], stats[1:, cv2.CC_STAT_HEIGHT])
    long = spans >= LONG * scale
    return bool(spans[long].sum() >= ENOUGH * scale)


def _lines_through_print(strokes: np.ndarray, scale: float) -> bool:
    """A line running along the words, through the box they are printed in: an underline, or
    a ring's top or bottom drawn close to them. No letter of the sheet runs level this far."""
    run = max(3, round(RUN * scale))
    level = cv2.morphologyEx(strokes.astype(np.uint8), cv2.MORPH_OPEN,
                             np.ones((1, run), np.uint8))
    return bool(level.any())
