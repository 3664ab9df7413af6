"""The camera path: a side is stored only from still frames that agree; the organizer is guided
(closer, still, whole sheet); a blank sheet has its own outcome; no frame stops the reading."""

import json
import random
from dataclasses import replace

import cv2
import numpy as np
import pytest

from sos_desktop.core.camera.steady import (
    FRAMES_DISAGREE,
    MOST,
    STEADY,
    TURN_FRAMES,
    FrameScanner,
    Guide,
    bubble_px,
    movement,
)
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.layout import BUBBLE_D
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from sos_desktop.core.paper.sheet_pdf import render_sheets
from tests.core.camera.frames import DPI, empty, moving, still
from tests.core.paper.conftest import filled

ANSWERS = {"school": "hillhouse", "grade": "grade_11", "safe_at_school": 3,
           "had_contact": "yes", "contact_kind": ["searched"], "support_wanted": ["nurses"]}


def stored(db):
    """The responses stored: {question: answer} each."""
    with db.raw() as conn:
        rows = conn.execute("SELECT response_id, question_key, value FROM survey_answers"
                            ).fetchall()
    out: dict = {}
    for rid, key, value in rows:
        out.setdefault(rid, {})[key] = json.loads(value)
    return list(out.values())


def run(frames, reader):
    return [reader.read_frame(f) for f in frames]


def decisions(views):
    return [(v.outcome.outcome, v.outcome.repeat) for v in views
            if v.outcome is not None and v.outcome.outcome is not Outcome.NO_SHEET]


@pytest.fixture
def reader(db, paper_visit):
    return FrameScanner(PaperScanner(db, paper_visit))


@pytest.fixture
def sheet(blank_pages, layout, hillhouse):
    return filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(3))


def test_a_sheet_held_still_is_stored_from_frames_that_agree(reader, db, sheet):
    """Nothing is decided before STEADY still frames; then the back waits for the front, the
    front stores the response; later frames of it are already read (repeats)."""
    front, back = sheet
    rng = random.Random(1)
    views = run([empty(rng), *still(back, rng, STEADY + 3)], reader)
    assert [v.guide for v in views[1:STEADY + 1]] == [Guide.HOLD] * STEADY
    assert all(v.outcome is None for v in views[:STEADY + 1])
    assert decisions(views) == [(Outcome.WAITING_PAGE, False), (Outcome.ALREADY_READ, True),
                                (Outcome.ALREADY_READ, True)]
    views = run(still(front, rng, STEADY + 1), reader)
    assert decisions(views) == [(Outcome.STORED, False)]
    [answers] = stored(db)
    assert answers["grade"] == "grade_11" and answers["contact_kind"] == ["searched"]
    assert reader.scanner.counts.responses_stored == 1
    assert reader.scanner.counts.already_read == 0  # its own later frames are not counted


def test_a_moving_sheet_is_never_stored(reader, db, sheet):
    """A sheet carried across the picture says "hold still" and nothing is read from it."""
    views = run(moving(sheet[1], random.Random(2), frames=8), reader)
    assert {v.guide for v in views[1:]} == {Guide.STILL}
    assert decisions(views) == [] and stored(db) == []
    assert not reader.scanner.pending(views[1].sheet.split("/")[0])


def test_a_sheet_too_small_in_the_picture_says_hold_closer(reader, db, sheet):
    """A sheet whose bubbles are too few pixels across is not read: "hold closer"."""
    views = run(still(sheet[1], random.Random(4), 6, fill=(0.2, 0.2), size=(1280, 720)),
                FrameScanner(reader.scanner, min_bubble_px=12))
    assert {v.guide for v in views} == {Guide.CLOSER}
    assert all(0 < v.bubble_px < 12 for v in views) and decisions(views) == []


def test_part_of_the_sheet_outside_the_picture_says_show_it_whole(reader, sheet):
    frame = still(sheet[1], random.Random(5), 1, fill=(0.7, 0.7))[0]
    h, w = frame.shape
    cut = np.full_like(frame, 100)
    cut[:, : w - w // 3] = frame[:, w // 3:]  # the sheet slid off the left edge
    views = run([frame, cut], reader)
    assert views[-1].guide in (Guide.WHOLE, Guide.NONE)
    assert decisions(views) == []


def test_a_blank_sheet_has_its_own_outcome_and_can_be_read_once_filled(
        reader, db, layout, hillhouse):
    """A spare sheet held up: "blank" once while it stays, nothing stored, not remembered as
    read; the same sheet filled in later (put away meanwhile) is read whole and stored."""
    from benchmarks.paper_synth import render_pdf

    spare = render_pdf(render_sheets(layout, 1).pdf, DPI)  # a sheet with its own id
    rng = random.Random(6)
    views = run([*still(spare[0], rng, STEADY + 3), *still(spare[1], rng, STEADY + 1)], reader)
    assert decisions(views) == [(Outcome.BLANK, False), (Outcome.BLANK, True),
                                (Outcome.BLANK, True), (Outcome.BLANK, False)]
    assert stored(db) == [] and reader.scanner.counts.blank == 2
    front, back = filled(spare, layout, hillhouse, ANSWERS, rng)
    views = run([*[empty(rng) for _ in range(TURN_FRAMES + 1)], *still(back, rng, STEADY + 1),
                 *still(front, rng, STEADY + 1)], reader)
    assert decisions(views) == [(Outcome.WAITING_PAGE, False), (Outcome.STORED, False)]
    assert len(stored(db)) == 1


def test_a_blank_side_is_stored_with_its_other_side(reader, db, layout, hillhouse):
    """Back blank (remembered), then a front with answers: the sheet is complete and stored."""
    from benchmarks.paper_synth import render_pdf

    spare = render_pdf(render_sheets(layout, 1).pdf, DPI)
    answers = {"school": "hillhouse", "grade": "grade_9"}  # all on the front
    front, _back = filled(spare, layout, hillhouse, answers, random.Random(7))
    rng = random.Random(8)
    views = run([*still(spare[1], rng, STEADY + 1), *still(front, rng, STEADY + 1)], reader)
    assert decisions(views) == [(Outcome.BLANK, False), (Outcome.STORED, False)]
    [answers_stored] = stored(db)
    assert answers_stored["grade"] == "grade_9"
    assert len(stored(db)[0]) == 2


def test_frames_that_keep_disagreeing_send_that_question_to_review(
        reader, db, sheet, monkeypatch):
    """A question read two ways by alternating frames goes to review (with its picture); the
    questions every frame agrees on are kept."""
    front, back = sheet
    rng = random.Random(9)
    frames = still(front, rng, MOST + 1)
    first = reader.scanner.look(frames[0])
    flips = iter(range(100))

    def look(grey):
        n = next(flips)
        answers = dict(first.answers, grade="grade_11" if n % 2 else "grade_9")
        return replace(first, answers=answers)

    run(still(back, rng, STEADY + 1), reader)
    monkeypatch.setattr(reader.scanner, "look", look)
    views = run(frames, reader)
    assert decisions(views) == [(Outcome.REVIEW, False)]
    out = views[-1].outcome
    assert out.review_questions == ("grade",)
    [item] = out.reading.review
    assert item.reason == FRAMES_DISAGREE and set(item.unclear) == {"grade_9", "grade_11"}
    assert cv2.imdecode(np.frombuffer(item.crop_png, np.uint8), cv2.IMREAD_GRAYSCALE).size
    assert reader.scanner.waiting_review() == 1


def test_an_error_on_one_frame_makes_it_failed_and_the_reading_goes_on(
        reader, db, sheet, monkeypatch):
    """OpenCV raising on a frame (as its QR decoder did on a webcam frame): that frame is
    "failed" with a reason; the frames after it are read and the sheet stored."""
    import sos_desktop.core.paper.scanner as scanner_module

    real = scanner_module.read_page
    calls = iter(range(100))

    def flaky(grey, *args, **kwargs):
        if next(calls) == 1:
            raise cv2.error("OpenCV(4.10.0) error: (-215:Assertion failed) in "
                            "function 'decode'\n")
        return real(grey, *args, **kwargs)

    monkeypatch.setattr(scanner_module, "read_page", flaky)
    front, back = sheet
    rng = random.Random(10)
    views = run([*still(back, rng, STEADY + 3), *still(front, rng, STEADY + 1)], reader)
    assert views[1].guide is Guide.FAILED and views[1].reason is not None
    assert views[1].reason.code is Code.PAGE_FAILED
    assert decisions(views) == [(Outcome.WAITING_PAGE, False), (Outcome.STORED, False)]
    assert reader.failed_frames == 1


@pytest.mark.parametrize("shape", [(0, 0), (1, 1), (3, 5000), (720, 1280, 4), (16, 16, 3)])
def test_odd_frames_never_raise(reader, shape):
    """Empty, tiny, odd-shaped, four-channel and noise frames: read, never raise."""
    rng = np.random.default_rng(1)
    frame = rng.integers(0, 256, shape, dtype=np.uint8)
    view = reader.read_frame(frame)
    assert view.guide in (Guide.NONE, Guide.FAILED)


def test_bubble_size_from_the_outline():
    """A sheet one pixel a point, square on: a bubble is as many pixels as points; half as
    large, half as many."""
    corners = ((0.0, 0.0), (612.0, 0.0), (612.0, 792.0), (0.0, 792.0))
    assert bubble_px(corners) == pytest.approx(BUBBLE_D)
    half = tuple((x / 2, y / 2) for x, y in corners)
    assert bubble_px(half) == pytest.approx(bubble_px(corners) / 2)


def test_one_corner_placed_elsewhere_is_not_the_sheet_moving():
    """Three markers found instead of four can put one far corner 10 px elsewhere on a curled
    sheet: not a move. A sheet slid or turned moves its corners."""
    corners = ((100.0, 50.0), (600.0, 60.0), (610.0, 700.0), (90.0, 690.0))
    one_off = (*corners[:2], (620.0, 706.0), corners[3])
    assert movement(corners, one_off) < 1
    slid = tuple((x + 12, y) for x, y in corners)
    assert movement(corners, slid) == 12
    c, s = np.cos(np.radians(2)), np.sin(np.radians(2))  # turned 2° about its top-left corner
    turned = tuple((100 + c * (x - 100) - s * (y - 50), 50 + s * (x - 100) + c * (y - 50))
                   for x, y in corners)
    assert movement(corners, turned) > 15


def test_a_frame_whose_code_is_missed_does_not_restart_the_count(reader, sheet, monkeypatch):
    """Glare hiding the code in one frame: that frame says so and is skipped; the still frames
    before and after it still count together."""
    from sos_desktop.core.paper.read import PageStatus

    front, back = sheet
    frames = still(back, random.Random(11), STEADY + 1)
    real = reader.scanner.look
    calls = iter(range(100))

    def glare(grey):
        reading = real(grey)
        if next(calls) == 2:
            return replace(reading, status=PageStatus.NO_CODE, identity=None, survey=None)
        return reading

    monkeypatch.setattr(reader.scanner, "look", glare)
    views = run([frames[0], frames[1], frames[1], *frames[2:]], reader)
    assert views[2].guide is Guide.CODE
    assert decisions(views) == [(Outcome.WAITING_PAGE, False)]
