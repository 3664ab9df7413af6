"""One picture in, one page reading out: where the sheet is, which sheet it is, what it says.

Nothing here touches the database; `resolve` (from the caller) turns a QR identity into the
survey definition and the layout rebuilt from it, or a reason it cannot.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from enum import StrEnum
from functools import cached_property, partial
from typing import Any

import cv2
import numpy as np

from sos_desktop.core.messages import Code, Message
from sos_desktop.core.paper.align import shifts
from sos_desktop.core.paper.beside import ink_beside, printing, reach_above
from sos_desktop.core.paper.compose import COL_W, column_at
from sos_desktop.core.paper.judge import HINT, Mark, Shape
from sos_desktop.core.paper.layout import QR_SIZE, QR_X, QR_Y, Box, SheetLayout
from sos_desktop.core.paper.locate import SCALE, Located, locate, region, straighten
from sos_desktop.core.paper.marks import (
    BubbleScore,
    arcs_of_circles,
    between_circles,
    darkness,
    has_writing,
    score_bubbles,
)
from sos_desktop.core.paper.payload import SheetIdentity
from sos_desktop.core.paper.printed import printed_mask
from sos_desktop.core.paper.qr import read_qr
from sos_desktop.core.surveys.model import QuestionType, SurveyDef

Resolver = Callable[[SheetIdentity], "tuple[SurveyDef, SheetLayout] | Message"]


class PageStatus(StrEnum):
    READ = "read"
    NO_SHEET = "no_sheet"  # no markers: a blank page, a photo of something else
    NO_CODE = "no_code"  # a sheet, but its QR code could not be read (move closer, steadier)
    FOREIGN = "foreign"  # one of our sheets, of a survey or version this laptop does not know


class Reason(StrEnum):
    LIGHT = "light or partial mark"
    CROSSED = "crossed-out bubble"
    TWO_MARKS = "two marks on a single-choice question"
    TOO_MANY = "more choices marked than allowed"
    BESIDE = "a mark beside the circles"  # its words or a scale's number circled, maybe
    UNCLEAR = "the picture is unclear here"  # blurred, or read a bubble along (align.shifts)


@dataclass(frozen=True)
class ReviewItem:
    """A question the reader will not guess: the organizer picks the answer."""

    question: str
    reason: str
    marked: tuple[str, ...]  # choices read as clear marks
    unclear: tuple[str, ...]  # choices light or crossed out
    # That part of the sheet, straightened: encoded once a reading is kept (a camera reads a
    # side several times first, and encoding was a fifth of a frame's time).
    crop: np.ndarray | bytes = field(repr=False, compare=False)

    @cached_property
    def crop_png(self) -> bytes:
        return self.crop if isinstance(self.crop, bytes) else _png(self.crop)


@dataclass(frozen=True)
class WritingItem:
    question: str
    image: np.ndarray = field(repr=False, compare=False)  # until someone types what it says

    @cached_property
    def png(self) -> bytes:
        return _png(self.image)


@dataclass(frozen=True)
class PageReading:
    status: PageStatus
    message: Message  # what became of it, or why not
    corners: tuple[tuple[float, float], ...] | None = None  # TL, TR, BR, BL in the picture
    identity: SheetIdentity | None = None
    answers: dict[str, Any] = field(default_factory=dict)  # clear answers on this page
    review: tuple[ReviewItem, ...] = ()
    writing: tuple[WritingItem, ...] = ()
    survey: SurveyDef | None = None


def _png(image: np.ndarray) -> bytes:
    ok, data = cv2.imencode(".png", image, [cv2.IMWRITE_PNG_COMPRESSION, 1])
    return data.tobytes() if ok else b""


def _crop(grey: np.ndarray, located: Located, boxes: list[Box], *,
          whole_column: bool = True, above: float = 14) -> np.ndarray:
    """A question's part of the sheet for a person: its column's width (labels included),
    from `above` points over its first bubble row to below its last."""
    x0 = min(b.x for b in boxes)
    found = column_at(x0)
    column = x0 if found is None else found
    if whole_column:
        left, right = column, column + COL_W
    else:
        left, right = x0 - 4, max(b.x + b.w for b in boxes) + 4
    top = min(b.y for b in boxes) - (above if whole_column else 4)
    bottom = max(b.y + b.h for b in boxes) + 4
    return region(grey, located, left, top, right - left, bottom - top)


def _choices(scores: list[BubbleScore], *marks: Mark) -> tuple[str, ...]:
    """The choice keys of the bubbles read as one of `marks` (scores are bubbles only)."""
    return tuple(s.box.choice for s in scores if s.mark in marks and s.box.choice is not None)


def _value(q, choice: str | None) -> Any:
    return int(choice) if q.type is QuestionType.SCALE and choice is not None else choice


WHOLE = 0.85  # of the inside inked: a filled circle (half fills reach 0.6-0.85)


def _judge(q, scores: list[BubbleScore]) -> tuple[Any, str | None]:
    """(answer or None, review reason or None) for one question's bubbles: a clear answer is
    kept, anything a careful person would stop at goes to review, nothing is guessed."""
    clear = [s for s in scores if s.mark is Mark.MARKED]
    crossed = [s for s in scores if s.mark is Mark.CROSSED]
    if any(s.mark is Mark.LIGHT for s in scores):
        return None, Reason.LIGHT.value
    fills = [s for s in clear if s.shape is Shape.FILL]
    xs = [s for s in clear if s.shape is Shape.CROSS]
    if q.type is QuestionType.MULTIPLE_CHOICE:
        # The sheet's rule, bubble by bubble: an X through a filled one takes it back. Only
        # Xs beyond doubt, beside answers with no hint of one and no X marking an answer,
        # leave the rest standing; otherwise which ones are still chosen is the student's call.
        taken_back = (bool(clear) and not xs and all(s.struck for s in crossed)
                      and all(s.arms < HINT for s in clear))
        if (crossed and not taken_back) or (xs and fills):
            return None, Reason.CROSSED.value
        cap = q.constraint.max_count if q.constraint else None
        if cap is not None and len(clear) > cap:
            return None, Reason.TOO_MANY.value
        return (list(_choices(clear, Mark.MARKED)) or None), None
    if crossed or (xs and fills):
        # The sheet's rule: cross out the wrong circle, fill in the right one. One answer
        # left standing beside the cross-outs is the answer; anything else is unclear.
        standing = [s for s in clear if s.shape is not Shape.CROSS]
        # ... and only if nothing hints that it was struck through too.
        # An X beside a fill is a cross-out only beside a whole, neat fill: not half of one,
        # nor a blob a scribble may have made. A cross-out that may be a fill drawn big
        # (marks.py: Shape.FILL) is no cross-out here.
        # A fill drawn big and messy can look crossed out: only a plain cross-out counts.
        struck = crossed and all(s.plain for s in crossed)
        # A circle beside a bubble that looks scribbled over may be one big circle whose ink
        # runs over both: which one it was drawn round, a person decides; beside an X through
        # a fill beyond doubt (on a crisp copy only) it is the new answer.
        if (len(standing) == 1 and standing[0].arms < HINT
                and (standing[0].shape is not Shape.CIRCLE or all(s.struck for s in crossed))
                and (struck or (not crossed and len(fills) == 1 and standing[0].neat
                                and standing[0].fill >= WHOLE))):
            return _value(q, standing[0].box.choice), None
        return None, (Reason.TWO_MARKS if len(standing) > 1 else Reason.CROSSED).value
    if len(clear) > 1:
        return None, Reason.TWO_MARKS.value
    if not clear:
        return None, None
    return _value(q, clear[0].box.choice), None


def _reading(q, scores: list[BubbleScore], doubtful: bool, beside: Callable[[], bool]
             ) -> tuple[Any, str | None]:
    """`_judge`, then what the page round the bubbles says: a blank question with a mark
    beside its circles, or one whose place on the picture is in doubt (align.shifts), goes to
    a person."""
    value, reason = _judge(q, scores)
    if value is None and reason is None and beside():
        return None, Reason.BESIDE.value
    if reason is None and doubtful:
        return None, Reason.UNCLEAR.value
    return value, reason


def _inside(located: Located, boxes: list[Box], shape: tuple[int, ...]) -> bool:
    """Whether every bubble and writing box of the page (and the code) is in the picture: a
    corner marker cut off by the scan's edge does not matter, a cut-off question does."""
    h, w = shape[:2]
    pts = [(b.x + dx, b.y + dy) for b in boxes for dx in (0, b.w) for dy in (0, b.h)]
    pts += [(QR_X, QR_Y), (QR_X + QR_SIZE, QR_Y + QR_SIZE)]
    at = cv2.perspectiveTransform(np.array(pts, np.float32).reshape(-1, 1, 2),
                                  located.homography).reshape(-1, 2)
    return bool(np.all((at >= -1) & (at <= (w, h))))


def read_page(grey: np.ndarray, resolve: Resolver,
              known: Callable[[SheetIdentity], bool] | None = None) -> PageReading:
    """Read one picture of a page (8-bit grey, any size, any way up). When `known` says the
    sheet was handled already, stop after its QR code (no survey in the reading)."""
    if grey.ndim != 2 or grey.size == 0:
        return PageReading(PageStatus.NO_SHEET, Code.PAGE_NOT_PICTURE())
    located = locate(grey)
    if located is None:
        return PageReading(PageStatus.NO_SHEET, Code.PAGE_NO_SHEET())
    identity, raw = read_qr(grey, located)
    if identity is None:
        why = Code.PAGE_CODE_FOREIGN() if raw else Code.PAGE_CODE_UNREADABLE()
        return PageReading(PageStatus.NO_CODE, why, located.corners)
    if known is not None and known(identity):
        return PageReading(PageStatus.READ, Code.PAGE_ALREADY_READ(), located.corners, identity)
    found = resolve(identity)
    if isinstance(found, Message):
        return PageReading(PageStatus.FOREIGN, found, located.corners, identity)
    survey, layout = found
    if identity.page > len(layout.pages) or identity.pages != len(layout.pages):
        return PageReading(PageStatus.FOREIGN, Code.PAGE_LAYOUT_MISMATCH(), located.corners,
                           identity)
    boxes = list(layout.page_boxes(identity.page - 1))
    if not _inside(located, boxes, grey.shape):  # answers off the picture read as nothing
        return PageReading(PageStatus.NO_SHEET, Code.PAGE_OUTSIDE(), located.corners, identity)
    page = straighten(grey, located)
    dark = darkness(page, boxes, SCALE)
    found_at, doubtful = shifts(dark, boxes, SCALE)
    by_question: dict[str, list[BubbleScore]] = {}
    bubble_shifts = {key: at for (key, writing), at in found_at.items() if not writing}
    printed = printed_mask(layout, identity.page - 1, SCALE)
    for s in score_bubbles(dark, boxes, SCALE, bubble_shifts, printed):
        by_question.setdefault(s.box.question, []).append(s)
    answers: dict[str, Any] = {}
    review: list[ReviewItem] = []
    sheet = printing(layout, identity.page - 1, SCALE)
    for key, scores in by_question.items():
        scores = arcs_of_circles(between_circles(scores))
        bubbles = [s.box for s in scores]
        beside = partial(ink_beside, dark, bubbles, sheet, SCALE,
                         bubble_shifts.get(key, (0.0, 0.0)))
        off = key in doubtful or any(s.astray for s in scores)  # not where it is read
        value, reason = _reading(survey.question(key), scores, off, beside)
        if reason is not None:
            review.append(ReviewItem(
                key, reason, _choices(scores, Mark.MARKED),
                _choices(scores, Mark.LIGHT, Mark.CROSSED),
                _crop(grey, located, bubbles,
                      above=reach_above(bubbles) if reason == Reason.BESIDE.value else 14)))
        elif value is not None:
            answers[key] = value
    writing = tuple(
        WritingItem(b.question, _crop(grey, located, [b], whole_column=False))
        for b in boxes
        if b.choice is None and has_writing(page, b, SCALE, found_at.get((b.question, True),
                                                                          (0.0, 0.0))))
    return PageReading(PageStatus.READ, Code.PAGE_READ(), located.corners, identity, answers,
                       tuple(review), writing, survey)
