"""Reading one page: marks judged against the sheet's own empty bubbles; uncertain marks go
to review and are never guessed; any orientation; a photo or a blank page is no sheet."""

import random
from dataclasses import replace

import cv2
import numpy as np
import pytest

from benchmarks.paper_synth import copier, draw_mark, webcam
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.judge import Mark, Shape
from sos_desktop.core.paper.layout import MARKERS, SQUARES
from sos_desktop.core.paper.locate import locate
from sos_desktop.core.paper.marks import BubbleScore, arcs_of_circles
from sos_desktop.core.paper.read import PageStatus, Reason, _judge, read_page
from tests.core.paper.conftest import DPI, filled


@pytest.fixture
def resolve(hillhouse, layout):
    return lambda identity: (hillhouse, layout)


def _box(layout, question, choice):
    return next(b for b in layout.boxes if (b.question, b.choice) == (question, choice))


def test_clear_marks_are_read_on_both_pages(blank_pages, layout, hillhouse, resolve):
    answers = {"school": "hillhouse", "safe_at_school": 4, "where_noticed": ["hallways",
               "cafeteria"], "had_contact": "no", "support_wanted": ["nurses"],
               "police_free": "agree", "trusted_adult": 2}
    pages = filled(blank_pages, layout, hillhouse, answers, random.Random(1))
    read = {}
    for img in pages:
        r = read_page(img, resolve)
        assert r.status is PageStatus.READ and r.review == ()
        read.update(r.answers)
    assert read == answers


@pytest.mark.parametrize("style", ["full", "half", "x"])
def test_student_marks_count_as_answers(blank_pages, layout, hillhouse, resolve, style):
    img = blank_pages[0].copy()
    draw_mark(img, _box(layout, "grade", "grade_10"), style, DPI, random.Random(2))
    r = read_page(img, resolve)
    assert r.answers.get("grade") == "grade_10" and r.review == ()


def test_two_marks_on_a_single_choice_wait_for_review(blank_pages, layout, resolve):
    img = blank_pages[0].copy()
    rng = random.Random(3)
    for choice in ("grade_9", "grade_11"):
        draw_mark(img, _box(layout, "grade", choice), "full", DPI, rng)
    r = read_page(img, resolve)
    assert "grade" not in r.answers
    [item] = r.review
    assert (item.question, item.reason) == ("grade", Reason.TWO_MARKS)
    assert set(item.marked) == {"grade_9", "grade_11"}
    assert cv2.imdecode(np.frombuffer(item.crop_png, np.uint8), 0).size > 0


def test_a_crossed_out_fill_beside_a_new_fill_is_the_new_answer(blank_pages, layout, resolve):
    """The sheet's instructions: cross out the wrong circle with an X, fill the right one."""
    img = blank_pages[0].copy()
    rng = random.Random(4)
    draw_mark(img, _box(layout, "sro_effect", "safer"), "crossed", DPI, rng)
    draw_mark(img, _box(layout, "sro_effect", "less_safe"), "full", DPI, rng)
    r = read_page(img, resolve)
    assert r.answers["sro_effect"] == "less_safe" and r.review == ()


def test_a_cross_out_with_no_new_answer_waits_for_review(blank_pages, layout, resolve):
    img = blank_pages[0].copy()
    draw_mark(img, _box(layout, "sro_effect", "safer"), "crossed", DPI, random.Random(4))
    r = read_page(img, resolve)
    assert "sro_effect" not in r.answers
    [item] = r.review
    assert item.question == "sro_effect" and item.reason in (Reason.CROSSED, Reason.LIGHT)


def test_a_light_pencil_touch_is_never_guessed(blank_pages, layout, resolve):
    img = blank_pages[0].copy()
    box = _box(layout, "school", "wilbur_cross")
    s = DPI / 72
    centre = (round((box.x + box.w / 2) * s), round((box.y + box.h / 2) * s))
    cv2.circle(img, centre, round(box.w * s * 0.2), 170, -1)  # a faint smudge
    r = read_page(img, resolve)
    assert "school" not in r.answers
    assert [(i.question, i.reason) for i in r.review] == [("school", Reason.LIGHT)]


def test_more_choices_than_allowed_wait_for_review(blank_pages, layout, hillhouse, resolve):
    answers = {"support_wanted": ["nurses", "mentors", "counselors", "social_workers"]}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(5))[1]
    r = read_page(page, resolve)
    assert [(i.question, i.reason) for i in r.review] == [("support_wanted", Reason.TOO_MANY)]


def test_upside_down_skewed_copier_scan_reads(blank_pages, layout, hillhouse, resolve):
    answers = {"school": "wilbur_cross", "grade": "grade_12", "safe_at_school": 1}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(6))[0]
    r = read_page(copier(page, random.Random(6), upside_down=True), resolve)
    assert r.answers == answers and r.identity.page == 1


def test_webcam_frame_reads_and_gives_the_sheet_outline(blank_pages, layout, hillhouse,
                                                        resolve):
    answers = {"school": "hillhouse", "grade": "grade_9", "sro_effect": "less_safe"}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(7))[0]
    frame = webcam(page, DPI, random.Random(7))
    r = read_page(frame, resolve)
    assert r.answers == answers
    xs = [x for x, _y in r.corners]
    assert len(r.corners) == 4 and 0 <= min(xs) < max(xs) <= 1280


def shaken(page: np.ndarray, sigma: float = 8.0) -> np.ndarray:
    """The page blurred past finding its printed circles, its markers and code still sharp (a
    shaken photo whose code the camera decoded in a steadier frame)."""
    out, s = cv2.GaussianBlur(page, (0, 0), sigma), DPI / 72
    for x, y, w in SQUARES:
        part = (slice(int(y * s), int((y + w) * s)), slice(int(x * s), int((x + w) * s)))
        out[part] = page[part]
    return out


def test_a_page_blurred_past_reading_waits_for_a_person(blank_pages, layout, hillhouse,
                                                        resolve):
    """Its fills still show, but a tick or a dot would not: nothing is read from it alone."""
    answers = {"school": "hillhouse", "grade": "grade_9", "sro_effect": "less_safe"}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(7))[0]
    r = read_page(shaken(page), resolve)
    assert r.status is PageStatus.READ and r.answers == {}
    assert {i.reason for i in r.review} == {Reason.UNCLEAR.value}
    assert {i.question for i in r.review} >= set(answers)


def test_a_page_of_something_else_is_no_sheet(resolve):
    rng = np.random.default_rng(8)
    photo = cv2.GaussianBlur(rng.integers(0, 255, (720, 1280), dtype=np.uint8), (9, 9), 3)
    assert read_page(photo, resolve).status is PageStatus.NO_SHEET
    assert read_page(np.full((2200, 1700), 255, np.uint8), resolve).status is \
        PageStatus.NO_SHEET


def test_writing_box_with_ink_gives_an_image_and_an_empty_one_none(blank_pages, layout,
                                                                   hillhouse, resolve):
    blank = read_page(blank_pages[1], resolve)
    assert blank.writing == ()
    page = filled(blank_pages, layout, hillhouse, {}, random.Random(9),
                  writing={"anything_else": "more counselors"})[1]
    [item] = read_page(page, resolve).writing
    assert item.question == "anything_else" and item.png.startswith(b"\x89PNG")


def test_a_corner_cut_off_by_the_scan_edge_still_reads(blank_pages, layout, hillhouse, resolve):
    """A copier that clips one corner marker: three markers and the code find the page."""
    page = filled(blank_pages, layout, hillhouse, {"school": "hillhouse"}, random.Random(10))[0]
    page = cv2.copyMakeBorder(page, 60, 60, 60, 60, cv2.BORDER_CONSTANT, value=255)
    h, w = page.shape
    turned = cv2.warpAffine(page, cv2.getRotationMatrix2D((w / 2, h / 2), 3, 1), (w, h),
                            borderValue=255)
    located = locate(turned)
    x, y = MARKERS[2]  # the bottom-right marker: the scan's edge runs through it
    centre = cv2.perspectiveTransform(np.array([[[x + 22, y + 22]]], np.float32),
                                      located.homography)[0, 0]
    cut = turned[:, : int(centre[0])]
    r = read_page(cut, resolve)
    assert r.status is PageStatus.READ and r.answers == {"school": "hillhouse"}


def test_a_sheet_partly_out_of_the_picture_is_not_read(blank_pages, layout, hillhouse, resolve):
    """Three corner markers are enough to find a sheet, but bubbles cut off by the picture's
    edge must never be read as marks or blanks."""
    page = filled(blank_pages, layout, hillhouse, {"school": "hillhouse"}, random.Random(10))[0]
    page = cv2.copyMakeBorder(page, 400, 400, 400, 400, cv2.BORDER_CONSTANT, value=255)
    h, w = page.shape
    turned = cv2.warpAffine(page, cv2.getRotationMatrix2D((w / 2, h / 2), 40, 1), (w, h),
                            borderValue=255)
    located = locate(turned)

    def at(points):
        return cv2.perspectiveTransform(np.array(points, np.float32).reshape(-1, 1, 2),
                                        located.homography).reshape(-1, 2)

    markers = at([(x + 22, y + 22) for x, y in MARKERS.values()])
    corner = int(np.argmax(markers[:, 1]))  # the lowest marker: the picture's edge cuts it
    others = np.delete(markers, corner, axis=0)
    bubbles = at([(b.x + b.w / 2, b.y + b.h / 2) for b in layout.page_boxes(0)])
    edge = int(max(others[:, 1].max(), np.sort(bubbles[:, 1])[-3]) + 40)
    cut = turned[:edge]
    assert (bubbles[:, 1] > edge).any()  # some bubbles are off the picture
    assert locate(cut) is not None  # still found from three markers...
    r = read_page(cut, resolve)  # ...but not read
    assert r.status is PageStatus.NO_SHEET and r.message.code is Code.PAGE_OUTSIDE
    assert r.answers == {}


def test_a_phone_photo_reads(blank_pages, layout, hillhouse, resolve):
    """An 8-megapixel phone photo: perspective, uneven light, JPEG."""
    answers = {"school": "wilbur_cross", "grade": "grade_10", "guard_effect": "safer"}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(11))[0]
    photo = webcam(page, DPI, random.Random(11), frame=(2448, 3264), fill=(0.5, 0.7), jpeg=85)
    r = read_page(photo, resolve)
    assert r.answers == answers and r.review == ()


def test_a_thumb_over_one_corner_marker_still_reads(blank_pages, layout, hillhouse, resolve):
    """Three markers place the page exactly; the fourth may be under the holder's thumb."""
    answers = {"school": "hillhouse", "grade": "grade_12", "safe_at_school": 5}
    page = filled(blank_pages, layout, hillhouse, answers, random.Random(12))[0]
    s = DPI / 72
    x, y = MARKERS[3]
    cv2.ellipse(page, (round((x + 30) * s), round((y + 30) * s)), (round(40 * s),
                round(28 * s)), 30, 0, 360, 120, -1)
    r = read_page(page, resolve)
    assert r.status is PageStatus.READ and r.answers == answers


def test_a_circle_beside_a_scribbled_bubble_is_for_a_person(hillhouse, layout):
    """A big circle drawn round one bubble runs over its neighbour: on a blurred photo one of
    them looks circled, the other scribbled over, and which is which depends on the blur. A
    cross-out beside a fill is the sheet's rule; beside a circle it may be one mark: review."""
    q = hillhouse.question("grade")
    box = {b.choice: b for b in layout.boxes if b.question == "grade"}
    crossed = BubbleScore(box["grade_12"], 0.26, 0.06, Mark.CROSSED, Shape.SCRIBBLE,
                          struck=True, plain=True)
    circle = BubbleScore(box["grade_10"], 0.06, 0.04, Mark.MARKED, Shape.CIRCLE)
    fill = BubbleScore(box["grade_10"], 0.95, 0.0, Mark.MARKED, Shape.FILL)
    assert _judge(q, [replace(crossed, struck=False), circle]) == (None, Reason.CROSSED.value)
    assert _judge(q, [crossed, circle]) == ("grade_10", None)  # an X through a fill, on a copy
    assert _judge(q, [crossed, fill]) == ("grade_10", None)  # the sheet's own rule


def test_a_rings_arc_over_a_neighbour_is_no_choice_added(hillhouse, layout):
    """A big ring round one choice of a choose-all question runs over the next one's edge: that
    arc reads as a stroke clear of its middle, and the question goes to a person rather than
    gaining a choice nobody made. A tick across a middle stays a choice."""
    q = hillhouse.question("contact_kind")
    box = {b.choice: b for b in layout.boxes if b.question == "contact_kind"}
    ring = BubbleScore(box["asked_pass"], 0.0, 0.32, Mark.MARKED, Shape.CIRCLE)
    arc = BubbleScore(box["searched"], 0.14, 0.09, Mark.MARKED, Shape.STROKE, core=0.04)
    tick = replace(arc, core=0.5)
    assert _judge(q, arcs_of_circles([ring, arc])) == (None, Reason.LIGHT.value)
    assert _judge(q, arcs_of_circles([ring, tick])) == (["asked_pass", "searched"], None)
    assert _judge(q, arcs_of_circles([arc])) == (["searched"], None)  # no ring: a stroke
