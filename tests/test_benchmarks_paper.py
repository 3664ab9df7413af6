"""The realistic answer-sheet set (benchmarks/paper_realistic.py), small: it is deterministic,
its truth matches what was drawn, the harness reads pages as `scan --dry-run --json` does, and
issue 16's bars hold on a few pages per channel (copier: no silent error)."""

import json
import random

import cv2
import numpy as np
import pytest

from benchmarks.paper_realistic import run_all
from benchmarks.paper_score import done_when, figures, judge, score
from benchmarks.paper_shapes import drawn_as_shapes
from benchmarks.paper_sheets import CHANNELS, Page, fit_matrix, students
from benchmarks.paper_student import ANSWER, ANSWER_OR_REVIEW, BLANK, REVIEW

SEED = 7  # fixed: the same pages every run


@pytest.fixture(scope="module")
def pdfs(tmp_path_factory):
    return tmp_path_factory.mktemp("scans")


@pytest.fixture(scope="module")
def small_run(pdfs) -> list[Page]:
    """One student (2 pages) through each copier mode, two through the webcam and the phone
    (pictures kept, copier PDFs left in `pdfs`)."""
    copiers = tuple(c for c in CHANNELS if c.startswith("copier_"))
    cameras = tuple(c for c in CHANNELS if c not in copiers)
    return (run_all(1, SEED, copiers, keep=True, pdfs=pdfs)
            + run_all(2, SEED, cameras, keep=True))


@pytest.fixture(scope="module")
def verdicts(small_run):
    return done_when(figures(score(small_run)))


def test_the_same_seed_draws_the_same_sheet():
    a = next(students("copier_grey", 1, SEED))
    b = next(students("copier_grey", 1, SEED))
    assert all(np.array_equal(x, y) for x, y in zip(a.pages, b.pages, strict=True))
    assert [q.scenario for t in a.truths for q in t.questions] == \
        [q.scenario for t in b.truths for q in t.questions]


def test_every_marked_question_has_truth_and_marks_change_the_page():
    """Each question with bubbles on a page gets a truth; a page with marks differs from the
    blank it was drawn on."""
    sheet = next(students("phone", 1, SEED))
    for page, blank, truth in zip(sheet.pages, sheet.blanks, sheet.truths, strict=True):
        keys = {b.question for b in sheet.layout.page_boxes(truth.page)
                if b.choice is not None}
        assert {q.question for q in truth.questions} == keys
        assert np.abs(page.astype(int) - blank).sum() > 0


def test_the_shapes_model_draws_other_marks_and_leaves_the_hand_as_it_was():
    """The second mark model (paper_shapes.py) draws the same sheet's marks differently, only
    while it is in use."""
    hand = next(students("copier_grey", 1, SEED))
    with drawn_as_shapes():
        shapes = next(students("copier_grey", 1, SEED))
    again = next(students("copier_grey", 1, SEED))
    assert any(not np.array_equal(x, y) for x, y in zip(hand.pages, shapes.pages, strict=True))
    assert all(np.array_equal(x, y) for x, y in zip(hand.pages, again.pages, strict=True))
    for page, blank in zip(shapes.pages, shapes.blanks, strict=True):
        assert np.abs(page.astype(int) - blank).sum() > 0


def test_scoring_rules():
    assert judge(ANSWER, "yes", False, "yes") == ("correct", "")
    assert judge(ANSWER, "yes", True, None)[0] == "needless"
    assert judge(ANSWER, "yes", False, None)[0] == "silent"
    assert judge(REVIEW, None, False, None)[0] == "silent"
    assert judge(REVIEW, None, True, None)[0] == "correct"
    assert judge(ANSWER_OR_REVIEW, "a", True, None)[0] == "review_ok"
    assert judge(ANSWER_OR_REVIEW, "a", False, "b")[0] == "silent"
    assert judge(BLANK, None, False, "a")[0] == "silent"
    assert judge(ANSWER, ["b", "a"], False, ["a", "b"])[0] == "correct"


def test_no_page_crashes_the_reader(small_run):
    assert {p.channel for p in small_run} == set(CHANNELS)
    assert [p.error for p in small_run if p.error] == []


def test_copier_reads_every_page(verdicts):
    """Skewed up to 3°, one corner marker cut off by the scan's edge: every page is read."""
    assert verdicts["copier grey+colour: pages not read"][2]


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: 0.2-0.4% of copier questions "
                   "(a scribble kept inside a circle, a faint circle drawn round one) read wrong")
def test_copier_grey_and_colour_make_no_silent_error(verdicts):
    assert verdicts["copier grey+colour: silent errors"][2]


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: grey haze and faint strokes "
                   "on photos send clear marks to review")
def test_clear_marks_rarely_go_to_review(verdicts):
    assert verdicts["one clear answer mark sent to review (all channels)"][2]


def test_phone_photos_are_read(verdicts):
    assert verdicts["phone: pages read, sheet ≥ 60% of frame height"][2]


def test_webcam_pictures_are_read(verdicts):
    assert verdicts["webcam: pages read, sheet ≥ 60% of frame height"][2]


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: photos' dots and smudges "
                   "(read as blank)")
def test_photos_are_never_misread(verdicts):
    assert verdicts["webcam+phone: silent errors over all photos"][2]


def test_the_harness_reads_as_scan_dry_run_json_does(small_run, pdfs, tmp_path, capsys):
    """A copier PDF and a phone photo through the real command line give the same readings
    as the harness's direct calls."""
    from sos_desktop.cli import run
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.surveys.store import current_definition
    from sos_desktop.core.visits.store import create_visit

    copied = [p for p in small_run if p.channel == "copier_grey"]
    photo_page = next(p for p in small_run if p.channel == "phone"
                      and p.survey.key == copied[0].survey.key)
    photo = tmp_path / "photo.png"
    # the grey the harness read (a colour PNG decodes to grey with other rounding)
    cv2.imwrite(str(photo), cv2.cvtColor(photo_page.image, cv2.COLOR_BGR2GRAY))
    db = open_database(tmp_path / "data")
    key = copied[0].survey.key
    current_definition(db, key)
    visit = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14",
                              "survey_key": key})
    code = run(["--data-dir", str(tmp_path / "data"), "scan", str(pdfs / f"copier_grey-{SEED}.pdf"),
                str(photo), "--visit", visit, "--dry-run", "--json"])
    assert code == 0
    records = json.loads(capsys.readouterr().out)
    assert len(records) == 3
    for page, record in zip([*copied, photo_page], records, strict=True):
        reading = page.reading
        assert reading is not None and record["outcome"] in ("read", reading.status.value)
        if record["outcome"] != "read":
            continue
        assert record["answers"] == json.loads(json.dumps(reading.answers))
        assert sorted(r["question"] for r in record["review"]) == \
            sorted(r.question for r in reading.review)


def test_copier_cut_corner_cuts_one_marker_and_keeps_the_qr_code():
    """A cut-off corner takes part of one marker, never the QR code (the truth stays fair)."""
    from benchmarks.paper_capture import copier
    from sos_desktop.core.paper.layout import MARKER_SIZE, MARKERS, QR_SIZE, QR_X, QR_Y

    sheet = next(students("copier_grey", 1, SEED))
    layout, blank = sheet.layout, sheet.blanks[0]
    h, w = blank.shape[:2]
    s = 200 / 72

    def on_scan(m, x, y, size):
        pts = np.array([(x, y), (x + size, y), (x + size, y + size), (x, y + size)]) * s
        p = pts @ m[:, :2].T + m[:, 2]
        return bool(((p >= 0) & (p < (w, h))).all())

    rng = random.Random(3)
    cuts = 0
    for _ in range(6):
        scan, params = copier(blank, 200, layout, 0, rng, "grey", cut_corner=True,
                              placed=fit_matrix(blank.shape, 200, sheet.printing))
        m = params["matrix"]
        assert scan.shape == blank.shape[:2] and on_scan(m, QR_X, QR_Y, QR_SIZE)
        if params["cut_marker"] is not None:
            cuts += 1
            whole = [k for k, (x, y) in MARKERS.items() if on_scan(m, x, y, MARKER_SIZE)]
            assert sorted(whole + [params["cut_marker"]["id"]]) == [0, 1, 2, 3]
    assert cuts >= 4  # a skew too small to cut one corner alone cuts none


def test_marks_a_1bit_scan_erases_are_judged_as_blank():
    """On a 1-bit scan a mark that left no black pixel is what a person sees: nothing."""
    from benchmarks.paper_capture import copier, vanished

    sheet = next(students("copier_1bit", 1, SEED, forced="fill"))
    marked = [q for q in sheet.truths[0].questions if q.styles]
    scan, params = copier(sheet.pages[0], 200, sheet.layout, 0, random.Random(1), "1bit",
                          cut_corner=False)
    bare, _ = copier(sheet.blanks[0], 200, sheet.layout, 0, random.Random(1), "1bit",
                     cut_corner=False)
    m = params["matrix"]
    assert any(not vanished(scan, bare, m, sheet.layout, 0, q.question, 200) for q in marked)
    assert all(vanished(bare, bare, m, sheet.layout, 0, q.question, 200) for q in marked)


def test_a_burst_is_one_view_with_its_own_noise_and_goes_through_read_frame():
    """Frames of a sheet held still differ by noise and a pixel of tremor, not by view; the
    burst channel reads them through PaperScanner.read_frame without a crash."""
    from benchmarks.paper_burst import burst_run
    from benchmarks.paper_camera import camera

    sheet = next(students("webcam", 1, SEED))
    rng = random.Random(5)
    state = rng.getstate()
    first, p0 = camera(sheet.pages[0], rng, "webcam", 0.8)
    rng.setstate(state)
    second, p1 = camera(sheet.pages[0], rng, "webcam", 0.8, frame=1)
    assert p0["tilt"] == p1["tilt"] and not np.array_equal(first, second)
    assert np.abs(first.astype(int) - second).mean() < 12
    pages = burst_run(1, SEED)
    assert len(pages) == 2 and [p.error for p in pages] == ["", ""]
    assert all(p.reading is not None for p in pages)


def test_a_burst_lasts_long_enough_for_the_scanner_to_decide():
    """A burst shorter than the scanner's wait for frames to agree measures the wait, not the
    reading: 4 frames left three pages in four unread."""
    from benchmarks.paper_burst import FRAMES
    from sos_desktop.core.camera.steady import MOST

    assert FRAMES > MOST
