"""Each question's printed rings found where the paper put them. A row of rings matches its
print a whole bubble along nearly as well as where it is, the more so when a mark hides one
ring and a word beside the row looks like another: the question is then read where its
neighbours' rings say, and a person checks it."""

import cv2
import numpy as np

from sos_desktop.core.paper.align import shifts
from sos_desktop.core.paper.layout import Box

SCALE = 2.0
R = 8.0  # a bubble's radius, points
PITCH = 23.6  # a scale's bubbles apart, points


def _row(question: str, x: float, y: float, n: int = 5) -> list[Box]:
    return [Box(0, question, str(k + 1), x + k * PITCH, y, 2 * R, 2 * R) for k in range(n)]


def _column(question: str, x: float, y: float) -> list[Box]:
    return [Box(0, question, str(k + 1), x, y + k * 22.0, 2 * R, 2 * R) for k in range(4)]


def _page(boxes: list[Box], moved: dict[str, tuple[float, float]], *, filled: str = "",
          word_after: str = "", blur: float = 1.6, unprinted: tuple[str, ...] = ()
          ) -> np.ndarray:
    """Darkness (0 paper, 1 black) of a photographed page: each question's rings printed
    `moved` points from where the layout says, blurred; the first bubble of `filled` inked
    solid, and a ring-like word a bubble after the last one of `word_after`."""
    dark = np.zeros((900, 700), np.float32)
    for b in boxes:
        if b.question in unprinted:
            continue
        dx, dy = moved.get(b.question, (0.0, 0.0))
        c = (round((b.x + R + dx) * SCALE), round((b.y + R + dy) * SCALE))
        cv2.circle(dark, c, round(0.93 * R * SCALE), 0.5, 2, cv2.LINE_AA)
        if b.question == filled and b.choice == "1":
            cv2.circle(dark, c, round(1.05 * R * SCALE), 0.9, -1, cv2.LINE_AA)
    for q in {word_after} - {""}:
        last = [b for b in boxes if b.question == q][-1]
        dx, dy = moved.get(q, (0.0, 0.0))
        c = (round((last.x + R + PITCH + dx) * SCALE), round((last.y + R + dy) * SCALE))
        cv2.ellipse(dark, c, (round(0.8 * R * SCALE), round(0.9 * R * SCALE)), 0, 0, 360,
                    0.5, 3, cv2.LINE_AA)
    rng = np.random.default_rng(3)
    grain = cv2.GaussianBlur(rng.normal(0, 0.05, dark.shape).astype(np.float32), (0, 0), 2)
    return cv2.GaussianBlur(dark, (0, 0), blur) + grain


BOXES = (_column("above", 40, 40) + _row("scale", 100, 200) + _column("below", 40, 280)
         + _column("beside", 300, 120))


def test_a_row_with_a_hidden_ring_and_a_ring_like_word_is_read_where_its_neighbours_say():
    moved = {"scale": (-1.2 * R, 0.0), "above": (-0.2 * R, 0), "below": (-0.3 * R, 0),
             "beside": (-0.5 * R, 0)}
    found, doubtful = shifts(_page(BOXES, moved, filled="scale", word_after="scale"), BOXES,
                             SCALE)
    dx, _dy = found[("scale", False)]
    assert abs(dx / SCALE - moved["scale"][0]) < 0.3 * R  # not a bubble along
    assert doubtful == {"scale"}


MOVED = {"scale": (-1.2 * R, 0.4 * R), "above": (-0.2 * R, 0), "below": (-0.3 * R, 0),
         "beside": (-0.5 * R, 0)}


def _found_as_moved(found) -> bool:
    return all(abs(found[(q, False)][0] / SCALE - mx) < 0.2 * R
               and abs(found[(q, False)][1] / SCALE - my) < 0.2 * R
               for q, (mx, my) in MOVED.items())


def test_questions_found_where_they_are_are_not_in_doubt():
    found, doubtful = shifts(_page(BOXES, MOVED), BOXES, SCALE)
    assert _found_as_moved(found) and not doubtful


def test_a_fill_hiding_a_rows_first_ring_does_not_move_the_row_a_bubble_along():
    """Curl moved the row 1.2 radii: its other four rings match a bubble along as well."""
    found, _doubtful = shifts(_page(BOXES, MOVED, filled="scale"), BOXES, SCALE)
    assert _found_as_moved(found)


def test_a_page_blurred_past_finding_its_print_is_all_in_doubt():
    """A shaken photo: no ring-like print round most questions, so a faint mark anywhere may
    be lost in the blur. One question's print not found on a sharp page is not."""
    found, doubtful = shifts(_page(BOXES, MOVED, blur=14.0), BOXES, SCALE)  # a radius
    assert doubtful == {"above", "scale", "below", "beside"}
    _found, doubtful = shifts(_page(BOXES, MOVED, unprinted=("beside",)), BOXES, SCALE)
    assert not doubtful
