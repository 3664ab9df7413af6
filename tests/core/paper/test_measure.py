"""A page's bubbles measured at once: each keeps its own ink, whatever its neighbours hold."""

import cv2
import numpy as np

from sos_desktop.core.paper.layout import Box
from sos_desktop.core.paper.measure import measure_bubbles

R = 12.0  # a bubble's radius in pixels


def _page(marks: dict[int, str], small: int | None = None
          ) -> tuple[np.ndarray, list[Box], np.ndarray, list[float]]:
    """Five bubbles in a row, 4 radii apart, as darkness; `marks` by bubble: "fill",
    "circle" (a ring drawn round it), "none". `small` gives one bubble half the radius."""
    dark = np.zeros((120, 300), np.float32)
    boxes, centres, radii = [], [], []
    for i in range(5):
        cx, cy = 40.0 + i * 4 * R, 60.0
        r = R / 2 if i == small else R
        cv2.circle(dark, (int(cx), int(cy)), int(r * 0.93), 1.0, 1)  # the printed ring
        if marks.get(i) == "fill":
            cv2.circle(dark, (int(cx), int(cy)), int(r * 0.9), 1.0, -1)
        elif marks.get(i) == "circle":
            cv2.circle(dark, (int(cx), int(cy)), int(r * 1.7), 1.0, 2)
        boxes.append(Box(0, "q", f"c{i}", cx - r, cy - r, 2 * r, 2 * r))
        centres.append((cx, cy))
        radii.append(r)
    return dark, boxes, np.array(centres, np.float32), radii


def _others(dark: np.ndarray, centres: np.ndarray, radii: list[float]) -> np.ndarray:
    mask = np.zeros(dark.shape, np.float32)
    for (x, y), r in zip(centres, radii, strict=True):
        cv2.circle(mask, (round(float(x)), round(float(y))), round(r * 1.12), 1.0, -1)
    return mask


def test_a_fill_and_a_drawn_circle_are_their_own_bubbles_marks():
    dark, boxes, centres, radii = _page({1: "fill", 3: "circle"})
    got = measure_bubbles(dark, boxes, centres, radii, _others(dark, centres, radii))
    assert [m.box.choice for m in got] == [b.choice for b in boxes]
    fills = [m.fill for m in got]
    assert fills[1] > 0.9 and max(fills[:1] + fills[2:]) < 0.05
    covers = [m.cover for m in got]
    assert covers[3] > 0.8  # the ring drawn round it
    assert covers[2] < 0.5 and covers[4] < 0.5  # a neighbour's circle is not round them


def test_bubbles_of_another_size_keep_their_place_and_measures():
    dark, boxes, centres, radii = _page({2: "fill"}, small=2)
    got = measure_bubbles(dark, boxes, centres, radii, _others(dark, centres, radii))
    assert [m.box.choice for m in got] == [b.choice for b in boxes]
    assert got[2].fill > 0.9 and got[2].patch.shape[0] < got[0].patch.shape[0]
    alone = measure_bubbles(dark, boxes[2:3], centres[2:3], radii[2:3],
                            _others(dark, centres, radii))
    assert alone[0].fill == got[2].fill
