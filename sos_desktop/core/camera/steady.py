"""Sheets held up to a camera: a side is read from several frames of it held still, never from one.

A sheet in a hand moves, and one frame can blur a mark or catch a glare. Every frame is read
(core/paper/read.py through PaperScanner.look), but a side is stored only when STEADY frames in
a row show the same sheet, its corners moving less than a fraction of a bubble between frames,
and the frames read every question the same. When they keep disagreeing, after MOST frames the
questions they disagree on go to review and the rest is stored. Meanwhile the organizer is told
what to do: hold it closer (bubbles too small in the picture to be judged), hold it still, show
the whole sheet, or keep holding (reading).

A sheet with no marks at all is "blank": nothing is stored and it is not remembered as read, so
a spare sheet held up by mistake can still be filled in and read later. A blank side of a
two-sided sheet is kept in memory and stored with its other side, if that side has answers
and is shown while the sheet is being turned over.

Nothing here raises on a frame: an error makes that frame FAILED with a reason, and the next
frame is read.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from enum import StrEnum
from typing import Any

import cv2
import numpy as np

from sos_desktop.core.messages import Code, Message
from sos_desktop.core.paper.layout import BUBBLE_D, PAGE_H, PAGE_W
from sos_desktop.core.paper.read import PageReading, PageStatus, ReviewItem
from sos_desktop.core.paper.scanner import Outcome, PageOutcome, PaperScanner, failure_reason

STEADY = 3  # frames in a row that must read the same before a side is stored
MOST = 5  # frames of one still side kept; then disagreeing questions go to review
# Below this a bubble is too small in the picture to judge a tick or a dot: "hold closer". A
# sheet filling 60% of a 720p picture's height (the smallest issue 16 asks to read) has 8.7 px
# bubbles held square on, 7.6 px tilted 30° away, 7.1 px if also printed "fit to page". With
# the QR code read through its blur and the marks judged as in issue 16, webcam stills of the
# realistic set (benchmarks/paper_realistic.py, nine seeds) are not judged worse as the sheet
# gets smaller: silent errors per question 8.8-11.1% at 55-90% of the frame's height, 8.8% at
# 50-55%, 4.0% at 45-50% (the reader of issue 11 read 82% of pages at 8 px, 50% at 7).
MIN_BUBBLE_PX = 7.0
# Between two processed frames (a few camera frames apart) a hand holding a sheet still moves it
# a few pixels; within one exposure that is about a pixel of blur. More than half a bubble is a
# sheet being moved: its marks smear.
MOVE_SHARE = 0.5  # of a bubble's diameter
MIN_MOVE_PX = 4.0  # camera noise and sub-pixel corner jitter stay under this
GONE = 6  # frames without a blank side before it counts as taken away (then read again)
# A blank side joins its sheet's other side only while the organizer is turning it over: not
# once the sheet was away this many frames (it may have been filled in since) or another
# sheet came.
TURN_FRAMES = 90
FRAMES_DISAGREE = "the camera's frames read it differently"


class Guide(StrEnum):
    """What the organizer should do with the sheet in view ("" = nothing to say)."""

    NONE = ""
    CLOSER = "closer"  # the sheet is too small in the picture
    STILL = "still"  # it moves between frames
    HOLD = "hold"  # held still: being read, a few frames more
    WHOLE = "whole"  # part of it is outside the picture
    CODE = "code"  # its QR code cannot be read in this frame
    FAILED = "failed"  # this frame could not be read (an error): the next one is tried


@dataclass(frozen=True)
class CameraView:
    """One frame, as the camera path sees it."""

    guide: Guide
    corners: tuple[tuple[float, float], ...] | None = None
    sheet: str = ""  # "sheet_id/page" of the side in view, when its code was read
    outcome: PageOutcome | None = None  # a side decided (or known, foreign, blank) this frame
    bubble_px: float = 0.0  # a bubble's diameter in this frame
    steady: int = 0  # still frames of this side so far (of STEADY)
    reason: Message | None = None  # why a frame failed


def bubble_px(corners: Sequence[tuple[float, float]]) -> float:
    """A bubble's diameter in picture pixels, from the sheet's outline (TL, TR, BR, BL): the
    smaller of the two directions, so a sheet tilted away counts as smaller."""
    p = np.asarray(corners, np.float64)
    across = (np.linalg.norm(p[1] - p[0]) + np.linalg.norm(p[2] - p[3])) / 2 / PAGE_W
    down = (np.linalg.norm(p[3] - p[0]) + np.linalg.norm(p[2] - p[1])) / 2 / PAGE_H
    return float(BUBBLE_D * min(across, down))


def movement(a: Sequence[tuple[float, float]], b: Sequence[tuple[float, float]]) -> float:
    """How far the sheet's corners moved between two frames, in pixels: the median of the four,
    so one corner the markers' fit puts elsewhere (three markers found instead of four on a
    curled sheet: up to 10 px at 80% of a 720p frame) is not a sheet moving; a sheet moved
    or turned moves at least two."""
    return float(np.median(np.linalg.norm(np.asarray(a) - np.asarray(b), axis=1)))


def _grey(frame: np.ndarray) -> np.ndarray:
    if frame.ndim == 3:
        code = cv2.COLOR_BGRA2GRAY if frame.shape[2] == 4 else cv2.COLOR_BGR2GRAY
        return cv2.cvtColor(frame, code)
    return frame


def _value(v: Any) -> str:
    return json.dumps(sorted(v) if isinstance(v, list) else v, sort_keys=True)


def _verdicts(reading: PageReading) -> dict[str, str]:
    """Each question's reading in a comparable form: its answer, or "review"."""
    out = {k: _value(v) for k, v in reading.answers.items()}
    out.update({r.question: "review" for r in reading.review})
    return out


def _signature(reading: PageReading) -> tuple:
    return (sorted(_verdicts(reading).items()), sorted(w.question for w in reading.writing))


def _is_blank(reading: PageReading) -> bool:
    return not reading.answers and not reading.review and not reading.writing


@dataclass
class _Held:
    """Frames of the side in view, each still against the one before."""

    side: tuple[str, int]
    readings: list[PageReading] = field(default_factory=list)
    grey: np.ndarray | None = None  # the latest frame, for a crop a person reviews


class FrameScanner:
    """Camera frames (or recorded ones) in, guidance and stored sides out."""

    def __init__(self, scanner: PaperScanner, min_bubble_px: float = MIN_BUBBLE_PX) -> None:
        self.scanner = scanner
        self.min_bubble_px = min_bubble_px
        self.frames = 0
        self.failed_frames = 0
        self._held: _Held | None = None
        self._previous: tuple[tuple[float, float], ...] | None = None
        self._blank_sides: dict[tuple[str, int], PageReading] = {}
        self._blank_in_view: tuple[str, int] | None = None  # said once while it stays
        self._said: tuple = ()  # the last outcome given, and in which frame
        self._said_at = 0
        self._sheet_seen = ("", 0)  # the last sheet whose code was read, and in which frame
        self._gone = 0

    def read_frame(self, frame: np.ndarray) -> CameraView:
        """One frame (BGR, BGRA or grey). Never raises. An outcome said in the frame before
        (a foreign sheet, a known side) comes again as a repeat."""
        view = self._read(frame)
        out = view.outcome
        if out is None or out.outcome is Outcome.NO_SHEET:
            return view
        said = (out.outcome, view.sheet or (out.identity.sheet_id if out.identity else ""))
        repeat = out.repeat or (said == self._said and self.frames - self._said_at <= GONE)
        self._said, self._said_at = said, self.frames
        if out.outcome is Outcome.FOREIGN and not repeat:
            self.scanner.counts.pages += 1
            self.scanner.counts.foreign += 1
        return view if repeat == out.repeat else replace(view, outcome=replace(out,
                                                                               repeat=repeat))

    def _read(self, frame: np.ndarray) -> CameraView:
        self.frames += 1
        try:
            grey = _grey(frame)
            reading = self.scanner.look(grey)
        except Exception as exc:  # OpenCV can raise on an odd frame: the next one is read
            self.failed_frames += 1
            self._held, self._previous = None, None
            return CameraView(Guide.FAILED, reason=failure_reason(exc))
        corners = reading.corners
        previous, self._previous = self._previous, corners
        self._gone += 1
        if self._gone > GONE:
            self._blank_in_view = None
        if reading.status is not PageStatus.READ or reading.identity is None:
            if reading.status is not PageStatus.NO_CODE or not corners:
                self._held = None  # a code missed in one frame (glare) keeps the count
            return self._miss(reading)
        ident = reading.identity
        side = (ident.sheet_id, ident.page)
        sheet = f"{ident.sheet_id}/{ident.page}"
        last_id, last_frame = self._sheet_seen
        if last_id != ident.sheet_id or self.frames - last_frame > TURN_FRAMES:
            self._blank_sides = {}  # another sheet, or this one back after a while
        self._sheet_seen = (ident.sheet_id, self.frames)
        if side == self._blank_in_view and reading.survey:  # still the blank side: said once
            self._gone = 0
            blank = self._blank_sides.get(side, reading)
            return CameraView(Guide.NONE, corners, sheet, PageOutcome(
                Outcome.BLANK, Code.PAGE_SIDE_BLANK(), corners, ident, blank, repeat=True))
        if not reading.survey:  # handled before: answered from its code alone
            self._held = None
            return CameraView(Guide.NONE, corners, sheet,
                              self.scanner.keep(reading, count_misses=False,
                                                count_repeats=False))
        assert corners is not None  # a page read has its outline
        size = bubble_px(corners)
        if size < self.min_bubble_px:
            self._held = None
            return CameraView(Guide.CLOSER, corners, sheet, bubble_px=size)
        limit = max(MIN_MOVE_PX, MOVE_SHARE * size)
        moved = previous is not None and (len(previous) != 4
                                          or movement(previous, corners) > limit)
        same = self._held is not None and self._held.side == side
        if previous is None or moved or not same:
            # Just came into view, or moving: this frame may be blurred and does not count.
            self._held = _Held(side)
            return CameraView(Guide.STILL if moved and same else Guide.HOLD, corners, sheet,
                              bubble_px=size)
        held = self._held
        assert held is not None  # `same` says it holds this side
        held.readings = [*held.readings, reading][-MOST:]
        held.grey = grey
        decided = self._decide(held)
        if decided is None:
            return CameraView(Guide.HOLD, corners, sheet, bubble_px=size,
                              steady=len(held.readings))
        self._held = None
        return CameraView(Guide.NONE, corners, sheet, self._keep(decided), bubble_px=size,
                          steady=STEADY)

    def _miss(self, reading: PageReading) -> CameraView:
        corners = reading.corners
        if reading.status is PageStatus.NO_SHEET:
            # Markers found but part of the page is off the picture; else nothing of ours.
            return CameraView(Guide.WHOLE if corners else Guide.NONE, corners)
        if reading.status is PageStatus.NO_CODE and corners:
            small = bubble_px(corners) < self.min_bubble_px
            return CameraView(Guide.CLOSER if small else Guide.CODE, corners,
                              bubble_px=bubble_px(corners))
        return CameraView(Guide.NONE, corners, "",
                          self.scanner.keep(reading, count_misses=False))

    def _decide(self, held: _Held) -> PageReading | None:
        """The side's reading once the frames agree; after MOST frames, what they agree on with
        the rest sent to review; None while more frames are needed."""
        last = held.readings[-STEADY:]
        if len(last) == STEADY and len({repr(_signature(r)) for r in last}) == 1:
            return last[-1]
        if len(held.readings) < MOST:
            return None
        return self._combined(held)

    def _combined(self, held: _Held) -> PageReading:
        readings = held.readings
        latest = readings[-1]
        every = [_verdicts(r) for r in readings]
        keys = sorted(set().union(*every))
        answers: dict[str, Any] = {}
        review: list[ReviewItem] = []
        for key in keys:
            seen = {v.get(key, "") for v in every}
            if len(seen) == 1 and key in latest.answers:
                answers[key] = latest.answers[key]
                continue
            item = next((r for reading in reversed(readings) for r in reading.review
                         if r.question == key), None)
            if item is None or len(seen) > 1:
                unclear = sorted({str(c) for reading in readings
                                  for c in _as_list(reading.answers.get(key))})
                crop = item.crop if item else self._crop(held, latest, key)
                item = ReviewItem(question=key, reason=FRAMES_DISAGREE, marked=(),
                                  unclear=tuple(unclear), crop=crop)
            review.append(item)
        writing = {w.question: w for reading in readings for w in reading.writing}
        return replace(latest, answers=answers, review=tuple(review),
                       writing=tuple(writing.values()))

    def _crop(self, held: _Held, reading: PageReading, key: str) -> np.ndarray | bytes:
        """The question's part of the latest frame, straightened, for the organizer."""
        found = self.scanner.resolve(reading.identity) if reading.identity else None
        if not isinstance(found, tuple) or held.grey is None or not reading.corners:
            return b""
        boxes = [b for b in found[1].page_boxes(reading.identity.page - 1)  # type: ignore[union-attr]
                 if b.question == key]
        if not boxes:
            return b""
        scale, margin = 2.5, 14.0
        x0, y0 = min(b.x for b in boxes) - margin, min(b.y for b in boxes) - margin
        x1 = max(b.x + b.w for b in boxes) + margin
        y1 = max(b.y + b.h for b in boxes) + margin
        page = np.array([(0, 0), (PAGE_W, 0), (PAGE_W, PAGE_H), (0, PAGE_H)], np.float32)
        to_picture = cv2.getPerspectiveTransform(page, np.array(reading.corners, np.float32))
        shift = np.array([[1 / scale, 0, x0], [0, 1 / scale, y0], [0, 0, 1]])
        size = (round((x1 - x0) * scale), round((y1 - y0) * scale))
        crop = cv2.warpPerspective(held.grey, to_picture @ shift, size,
                                   flags=cv2.INTER_LINEAR | cv2.WARP_INVERSE_MAP,
                                   borderMode=cv2.BORDER_REPLICATE)
        return crop  # encoded, as the reader's crops are, only if this reading is kept

    def _keep(self, reading: PageReading) -> PageOutcome:
        """Store a decided side; a blank one is kept in memory only (see the module's note)."""
        scanner = self.scanner
        ident = reading.identity
        assert ident is not None
        others = [p for p in range(1, ident.pages + 1) if p != ident.page]
        if _is_blank(reading) and not scanner.dry_run and not scanner.pending(ident.sheet_id):
            self._blank_sides[(ident.sheet_id, ident.page)] = reading
            self._blank_in_view, self._gone = (ident.sheet_id, ident.page), 0
            scanner.counts.blank += 1
            return PageOutcome(Outcome.BLANK, Code.PAGE_SIDE_BLANK(), reading.corners, ident,
                               reading)
        if _is_blank(reading) and scanner.dry_run:
            self._blank_in_view, self._gone = (ident.sheet_id, ident.page), 0
            scanner.counts.blank += 1
            return PageOutcome(Outcome.BLANK, Code.PAGE_SIDE_BLANK_DRY(), reading.corners, ident,
                               reading)
        out = scanner.keep(reading, count_misses=False)
        for page in others:  # a blank side seen before joins the sheet now
            blank = self._blank_sides.pop((ident.sheet_id, page), None)
            if blank is not None and out.outcome is Outcome.WAITING_PAGE:
                later = scanner.keep(blank, count_misses=False)
                out = replace(later, corners=reading.corners, identity=ident, reading=reading,
                              repeat=False)
        return out


def _as_list(value: Any) -> list:
    if value is None:
        return []
    return list(value) if isinstance(value, list) else [value]
