"""The realistic answer-sheet set (benchmarks/paper_realistic.py), small: it is deterministic,
its truth matches what was drawn, the harness reads pages as `scan --dry-run --json` does, and
issue 16's bars hold on a few pages per channel (copier: no silent error)."""

import json
import random

import cv2
import numpy as np
import pytest

from benchmarks.paper_realistic import (
    CHANNELS,
    Page,
    fit_matrix,
    run_all,
    students,
)
from benchmarks.paper_score import done_when, figures, judge, score
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


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: about 1% of copier questions "
                   "(an X with short arms through a filled circle, some scribbles) read wrong")
def test_copier_grey_and_colour_make_no_silent_error(verdicts):
    assert verdicts["copier grey+colour: silent errors"][2]


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: grey haze and faint strokes "
                   "on photos send clear marks to review")
def test_clear_marks_rarely_go_to_review(verdicts):
    assert verdicts["one clear answer mark sent to review (all channels)"][2]


def test_phone_photos_are_read(verdicts):
    assert verdicts["phone: pages read, sheet ≥ 60% of frame height"][2]


@pytest.mark.xfail(strict=False, reason="issue 16 bar not met yet: a webcam's QR code at 60% of "
                   "720p and photos' dots and smudges (read as blank)")
def test_photos_are_read_and_never_misread(verdicts):
    assert verdicts["webcam+phone: silent errors over all photos"][2]
    assert verdicts["webcam: pages read, sheet ≥ 60% of frame height"][2]
