"""Ensure the live results move in steps no single student can be read from: whatever the
refreshes, two successive figures shown differ by at least 5 responses."""

from sos_desktop.core.results.live import live_counts, visit_results
from sos_desktop.core.results.steps import STEP
from sos_desktop.core.surveys.responses import insert_responses, submit_response


def _one(db, visit_id, definition_id, n):
    submit_response(db, visit_id, definition_id, "en",
                    {"safe": 1 + n % 5, "stopped": "no", "comment": f"text {n}"})


def _shown(db, visit_id, survey):
    """What a view shows after a refresh: its response count, its figures and its texts."""
    results = visit_results(db, visit_id, survey, include_text=True,
                            live=live_counts(db, visit_id, survey))
    return results.responses, [(q.key, q.answered, q.bars, q.texts) for q in results.questions]


def test_kiosk_responses_one_at_a_time_show_in_steps_of_five(db, visit_id, stored_survey):
    definition_id, survey = stored_survey
    shown = [_shown(db, visit_id, survey)]
    for n in range(23):
        _one(db, visit_id, definition_id, n)
        for _refresh in range(2):  # the timer, then the organizer's key: nothing new either
            current = _shown(db, visit_id, survey)
            if current != shown[-1]:
                shown.append(current)
    counts = [responses for responses, _ in shown]
    assert counts == [0, 5, 10, 15, 20]
    assert all(b - a >= STEP for a, b in zip(counts, counts[1:], strict=False))
    texts = {key: t for key, _n, _b, t in shown[-1][1]}["comment"]
    assert len(texts) == 20  # the free texts too are those of the snapshot, not newer ones


def test_scanned_sheets_one_by_one_show_in_steps_too(db, visit_id, stored_survey):
    """Paper answers reach the results through insert_responses, one sheet at a time."""
    from sos_desktop.core.ids import new_id

    definition_id, survey = stored_survey
    seen = [_shown(db, visit_id, survey)[0]]
    for _ in range(12):
        with db.raw() as conn:
            conn.execute("BEGIN IMMEDIATE")
            insert_responses(conn, db.device_id, visit_id, "2026-10-14", definition_id,
                             [(new_id(), "en", {"safe": 2, "stopped": "yes"})], channel="paper")
            conn.execute("COMMIT")
        if (count := _shown(db, visit_id, survey)[0]) != seen[-1]:
            seen.append(count)
    assert seen == [0, 5, 10]


def test_every_view_of_a_visit_shares_one_snapshot(db, visit_id, stored_survey):
    """A view opened later (the talk's slide after the results window) starts from the same
    snapshot, so switching views never shows a step smaller than five."""
    definition_id, survey = stored_survey
    for n in range(7):
        _one(db, visit_id, definition_id, n)
    assert _shown(db, visit_id, survey)[0] == 7
    _one(db, visit_id, definition_id, 7)
    assert live_counts(db, visit_id, survey) is live_counts(db, visit_id, survey)
    assert _shown(db, visit_id, survey)[0] == 7
