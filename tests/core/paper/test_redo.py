"""Changing a review decision or a typed box after it was stored: the same response is
replaced in place (never a second one), checked like the first time, writing boxes follow."""

import json
import random

import pytest

from sos_desktop.core.errors import InvalidInput, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.paper.redo import decide_review, redecide_review, retype_transcription
from sos_desktop.core.paper.review import (
    pending_reviews,
    pending_transcriptions,
    save_transcription,
)
from sos_desktop.core.paper.scanner import Outcome, PaperScanner
from sos_desktop.core.visits.store import set_closed
from tests.core.paper.conftest import filled

ANSWERS = {"school": "hillhouse", "grade": "grade_11", "safe_at_school": 3,
           "had_contact": "yes", "contact_kind": ["searched"], "support_wanted": ["nurses"]}


def _responses(db):
    with db.raw() as conn:
        rows = conn.execute("SELECT r.id, a.question_key, a.value FROM survey_responses r"
                            " LEFT JOIN survey_answers a ON a.response_id = r.id").fetchall()
    out: dict = {}
    for rid, key, value in rows:
        out.setdefault(rid, {})
        if key is not None:
            out[rid][key] = json.loads(value)
    return out


@pytest.fixture
def contact_sheet(db, paper_visit, blank_pages, layout, hillhouse):
    """A sheet whose "had contact" question has both bubbles marked (waits for review),
    with a writing box."""
    from benchmarks.paper_synth import draw_mark

    front, back = filled(blank_pages, layout, hillhouse, ANSWERS, random.Random(11),
                         writing={"anything_else": "more counselors"})
    box = next(b for b in layout.boxes if (b.question, b.choice) == ("had_contact", "no"))
    page = front if box.page == 0 else back
    draw_mark(page, box, "full", 150, random.Random(11))
    scanner = PaperScanner(db, paper_visit)
    scanner.read_image(front)
    assert scanner.read_image(back).outcome is Outcome.REVIEW
    [sheet] = pending_reviews(db, paper_visit)
    assert [q.key for q in sheet.questions] == ["had_contact"]
    return sheet


def test_a_redecided_sheet_replaces_its_answers_exactly_once(db, contact_sheet):
    done = decide_review(db, contact_sheet.pending_id, {"had_contact": "no"})
    [(rid, first)] = _responses(db).items()
    assert rid == done.response_id and first["had_contact"] == "no"
    assert "contact_kind" not in first  # its skip rule hides it after "no"
    again = redecide_review(db, done, {"had_contact": "yes"})
    [(rid2, second)] = _responses(db).items()
    assert rid2 == rid == again.response_id  # the same response, not a second one
    # The certain answer the first decision hid comes back from the sheet as read.
    assert second["had_contact"] == "yes" and second["contact_kind"] == ["searched"]
    assert {k: v for k, v in second.items() if k not in ("had_contact", "contact_kind")} == \
        {k: v for k, v in first.items() if k != "had_contact"}
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM survey_answers WHERE question_key ="
                            " 'had_contact'").fetchone() == (1,)
    redecide_review(db, again, {"had_contact": None})  # leave blank
    [third] = _responses(db).values()
    assert "had_contact" not in third and len(_responses(db)) == 1


def test_a_redecision_the_kiosk_would_refuse_changes_nothing(db, contact_sheet):
    done = decide_review(db, contact_sheet.pending_id, {"had_contact": "no"})
    before = _responses(db)
    with pytest.raises(InvalidInput):
        redecide_review(db, done, {"had_contact": "maybe"})
    with pytest.raises(SosError) as missing:
        redecide_review(db, done, {})
    assert missing.value.message == Code.REVIEW_WRONG_QUESTIONS(missing="had_contact", extra="-")
    assert _responses(db) == before


def test_a_closed_visit_refuses_a_redecision(db, contact_sheet, paper_visit):
    done = decide_review(db, contact_sheet.pending_id, {"had_contact": "no"})
    before = _responses(db)
    set_closed(db, paper_visit, True)
    with pytest.raises(SosError) as closed:
        redecide_review(db, done, {"had_contact": "yes"})
    assert closed.value.message == Code.VISIT_CLOSED()
    assert _responses(db) == before


def test_typed_text_survives_a_redecision_and_can_be_typed_again(db, contact_sheet):
    done = decide_review(db, contact_sheet.pending_id, {"had_contact": "yes"})
    [box] = pending_transcriptions(db)
    assert box.response_id == done.response_id
    save_transcription(db, box.image_id, "More counselors")
    redecide_review(db, done, {"had_contact": "no"})
    [answers] = _responses(db).values()
    assert answers["anything_else"] == "More counselors" and pending_transcriptions(db) == []
    retype_transcription(db, box.response_id, "anything_else", "More counselors, fewer SROs")
    [answers] = _responses(db).values()
    assert answers["anything_else"] == "More counselors, fewer SROs"
    with pytest.raises(InvalidInput):
        retype_transcription(db, box.response_id, "anything_else", "x" * 1001)
    retype_transcription(db, box.response_id, "anything_else", "")  # nothing written after all
    [answers] = _responses(db).values()
    assert "anything_else" not in answers and len(_responses(db)) == 1


def test_a_waiting_writing_box_stays_waiting_through_a_redecision(db, contact_sheet):
    done = decide_review(db, contact_sheet.pending_id, {"had_contact": "no"})
    [box] = pending_transcriptions(db)
    redecide_review(db, done, {"had_contact": "yes"})
    assert [b.image_id for b in pending_transcriptions(db)] == [box.image_id]
