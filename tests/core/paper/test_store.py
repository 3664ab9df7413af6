"""Storing read sheets: once all pages are in, through the kiosk's validation and insert;
anonymous like kiosk answers; each sheet once; review and transcription queues."""

import json
import random
import zipfile

import pytest

from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.review import (
    pending_reviews,
    pending_transcriptions,
    resolve_review,
    save_transcription,
)
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from tests.core.paper.conftest import filled


def _stored(db):
    with db.raw() as conn:
        rows = conn.execute("SELECT r.id, r.created_at, a.question_key, a.value FROM "
                            "survey_responses r JOIN survey_answers a ON a.response_id = r.id"
                            ).fetchall()
    out: dict = {}
    for rid, created, key, value in rows:
        out.setdefault(rid, {"created_at": created})[key] = json.loads(value)
    return out


ANSWERS = {"school": "hillhouse", "grade": "grade_11", "safe_at_school": 3,
           "had_contact": "yes", "contact_kind": ["searched"], "support_wanted": ["nurses"]}


def test_a_two_page_sheet_is_stored_once_both_sides_are_read(db, paper_visit, blank_pages,
                                                             layout, hillhouse):
    scanner = PaperScanner(db, paper_visit)
    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(1))
    assert scanner.read_image(back).outcome is Outcome.WAITING_PAGE
    assert _stored(db) == {}
    out = scanner.read_image(front)
    assert out.outcome is Outcome.STORED
    [(rid, stored)] = _stored(db).items()
    assert rid == out.response_id
    assert stored.pop("created_at").startswith("2026-10-14 00:00:00")  # the visit's date only
    assert stored == ANSWERS
    again = PaperScanner(db, paper_visit)
    assert again.read_image(front).outcome is Outcome.ALREADY_READ
    assert again.read_image(back).outcome is Outcome.ALREADY_READ
    assert len(_stored(db)) == 1
    with db.raw() as conn:  # the sheet id is kept bare, linked to nothing
        assert conn.execute("SELECT * FROM paper_sheets_read").fetchall() == [
            (out.identity.sheet_id,)]
        assert conn.execute("SELECT count(*) FROM paper_pending").fetchone() == (0,)


def test_answers_the_skip_rule_excludes_are_dropped_and_counted(db, paper_visit, blank_pages,
                                                                layout, hillhouse):
    marked = {**ANSWERS, "had_contact": "no", "contact_respect": 2}
    scanner = PaperScanner(db, paper_visit)
    for page in filled(blank_pages, layout, hillhouse, marked, random.Random(2)):
        out = scanner.read_image(page)
    assert out.outcome is Outcome.STORED and out.dropped == 2
    assert scanner.counts.dropped_by_skip_rules == 2
    [stored] = _stored(db).values()
    assert "contact_kind" not in stored and "contact_respect" not in stored


def test_an_uncertain_sheet_waits_for_review_then_stores_the_organizers_answer(
        db, paper_visit, blank_pages, layout, hillhouse):
    from benchmarks.paper_synth import draw_mark

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(3))
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("grade", "grade_9"))
    draw_mark(front, box, "full", 150, random.Random(3))  # grade 9 and 11: two marks
    scanner = PaperScanner(db, paper_visit)
    scanner.read_image(front)
    out = scanner.read_image(back)
    assert out.outcome is Outcome.REVIEW and out.review_questions == ("grade",)
    assert _stored(db) == {}
    [sheet] = pending_reviews(db, paper_visit)
    [q] = sheet.questions
    assert (q.key, q.number, q.multiple) == ("grade", 2, False)
    assert set(q.marked) == {"grade_9", "grade_11"} and q.crop_png.startswith(b"\x89PNG")
    assert ("grade_9", "9th grade") in q.choices
    with pytest.raises(InvalidInput):
        resolve_review(db, sheet.pending_id, {"grade": "grade_13"})
    with pytest.raises(SosError) as missing:
        resolve_review(db, sheet.pending_id, {})
    assert missing.value.message == Code.REVIEW_WRONG_QUESTIONS(missing="grade", extra="-")
    result = resolve_review(db, sheet.pending_id, {"grade": "grade_11"})
    assert result.response_id
    assert [s for s in _stored(db).values()][0]["grade"] == "grade_11"
    assert pending_reviews(db, paper_visit) == []
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM paper_images").fetchone() == (0,)


def test_leave_blank_stores_the_sheet_without_that_answer(db, paper_visit, blank_pages,
                                                          layout, hillhouse):
    from benchmarks.paper_synth import draw_mark

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(4))
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("school", "hillhouse"))
    draw_mark(front, box, "crossed", 150, random.Random(4))
    scanner = PaperScanner(db, paper_visit)
    scanner.read_image(front)
    assert scanner.read_image(back).outcome is Outcome.REVIEW
    [sheet] = pending_reviews(db)
    resolve_review(db, sheet.pending_id, {"school": None})
    [stored] = _stored(db).values()
    assert "school" not in stored and stored["grade"] == "grade_11"


def test_writing_box_waits_for_transcription_then_its_image_is_deleted(
        db, paper_visit, blank_pages, layout, hillhouse, tmp_path):
    pages = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(5),
                   writing={"anything_else": "more counselors"})
    scanner = PaperScanner(db, paper_visit)
    for page in pages:
        out = scanner.read_image(page)
    assert out.outcome is Outcome.STORED
    [item] = pending_transcriptions(db, paper_visit)
    assert item.question_key == "anything_else" and item.max_length == 1000

    from sos_desktop.core.bundles.export import export_bundle
    from sos_desktop.core.exports.responses import export_responses

    bundle = export_bundle(db, tmp_path / "b.sosbundle")
    with zipfile.ZipFile(bundle.path) as z:
        assert not any("paper" in name for name in z.namelist())
        assert all(b"PNG" not in z.read(name) for name in z.namelist())
    export_responses(db, "hillhouse-cross", tmp_path / "r.csv")
    assert "PNG" not in (tmp_path / "r.csv").read_text(encoding="utf-8-sig")

    with pytest.raises(InvalidInput):
        save_transcription(db, item.image_id, "x" * 1001)
    save_transcription(db, item.image_id, "More counselors please")
    assert pending_transcriptions(db) == []
    [stored] = _stored(db).values()
    assert stored["anything_else"] == "More counselors please"
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM paper_images").fetchone() == (0,)


def test_a_sheet_of_another_survey_is_refused(db, blank_pages):
    from sos_desktop.core.surveys.store import current_definition
    from sos_desktop.core.visits.store import create_visit

    current_definition(db, "nhps-other")
    other = create_visit(db, {"school": "Co-op", "group_name": "Art",
                              "visit_date": "2026-10-15", "survey_key": "nhps-other"})
    scanner = PaperScanner(db, other)
    out = scanner.read_image(blank_pages[0])
    assert out.outcome is Outcome.FOREIGN and out.message.code is Code.PAGE_OTHER_SURVEY
    assert out.message.params["key"] == "hillhouse-cross"
    assert scanner.counts.foreign == 1 and _stored(db) == {}


def test_dry_run_reads_but_stores_nothing(db, paper_visit, blank_pages, layout, hillhouse):
    scanner = PaperScanner(db, paper_visit, dry_run=True)
    for page in filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(6)):
        assert scanner.read_image(page).outcome is Outcome.READ
    assert _stored(db) == {}
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM paper_pending").fetchone() == (0,)


def test_a_missing_side_of_a_duplex_pair_stores_nothing_until_it_comes(
        db, paper_visit, blank_pages, layout, hillhouse, tmp_path, capsys):
    import cv2

    from sos_desktop.cli import run

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(8))
    cv2.imwrite(str(tmp_path / "front.png"), front)
    cv2.imwrite(str(tmp_path / "back.png"), back)
    data_dir = str(db.path.parent)
    assert run(["--data-dir", data_dir, "scan", str(tmp_path / "front.png"), "--visit",
                paper_visit]) == 0
    out = capsys.readouterr().out
    assert "pages waiting for their other side: 1" in out and "responses stored: 0" in out
    assert _stored(db) == {}
    assert run(["--data-dir", data_dir, "scan", str(tmp_path / "back.png"), "--visit",
                paper_visit]) == 0
    assert "responses stored: 1" in capsys.readouterr().out
    [stored] = _stored(db).values()
    assert stored["grade"] == "grade_11"


def test_a_blank_sheet_stores_no_empty_response(db, paper_visit, blank_pages):
    """A spare sheet scanned with the class would only add an empty response to the counts."""
    scanner = PaperScanner(db, paper_visit)
    scanner.read_image(blank_pages[0])
    assert scanner.read_image(blank_pages[1]).outcome is Outcome.BLANK
    assert scanner.counts.blank == 1 and _stored(db) == {}
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_responses").fetchone() == (0,)
    assert PaperScanner(db, paper_visit).read_image(blank_pages[0]).outcome is \
        Outcome.ALREADY_READ


def test_a_sheet_with_a_scribbled_code_is_counted_apart_and_stores_nothing(
        db, paper_visit, blank_pages):
    import numpy as np

    from sos_desktop.core.paper.layout import QR_SIZE, QR_X, QR_Y

    page = blank_pages[0].copy()
    s = 150 / 72
    y0, x0, n = round(QR_Y * s), round(QR_X * s), round(QR_SIZE * s)
    band = page[y0 + n // 4:y0 + 3 * n // 4, x0:x0 + n]
    band[:] = np.random.default_rng(9).choice([0, 255], band.shape).astype(np.uint8)
    scanner = PaperScanner(db, paper_visit)
    out = scanner.read_image(page)
    assert out.outcome is Outcome.NO_CODE and out.corners is not None
    assert (scanner.counts.no_code, scanner.counts.not_ours) == (1, 0) and _stored(db) == {}
