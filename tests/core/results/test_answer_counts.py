"""One tally: the class's live results and the PDF reports count the same answers the same way."""

import json

from sos_desktop.core.reports.visit_report import visit_report
from sos_desktop.core.results.live import visit_results
from sos_desktop.core.surveys.responses import submit_response
from tests.pdf_text import pdf_text


def _merged_answers(db, visit_id, definition_id, stopped: list[bool]):
    """Responses as a bundle from another laptop can bring them: yes/no stored as JSON
    true/false (bundle rows go in as they were written)."""
    from sos_desktop.core.ids import new_id
    from sos_desktop.core.surveys.responses import insert_responses

    with db.raw() as conn:
        insert_responses(conn, db.device_id, visit_id, "2026-10-14", definition_id,
                         [(new_id(), "en", {"safe": 4}) for _ in stopped], channel="kiosk")
        ids = [r[0] for r in conn.execute(
            "SELECT r.id FROM survey_responses r WHERE NOT EXISTS (SELECT 1 FROM"
            " survey_answers a WHERE a.response_id = r.id AND a.question_key = 'stopped')")]
        conn.executemany("INSERT INTO survey_answers VALUES (?, 'stopped', ?)",
                         [(i, json.dumps(v)) for i, v in zip(ids, stopped, strict=True)])
        conn.commit()


def test_live_results_and_visit_report_show_the_same_figures(db, visit_id, stored_survey,
                                                             tmp_path):
    """The same responses give the same counts and percentages on the projector and on paper,
    yes/no answers from a merged bundle included; free text in the same (alphabetical) order."""
    definition_id, survey = stored_survey
    for text, stopped in [("Zebra", "no"), ("apple", "yes"), ("Mango", "no"),
                          ("kiwi", "no"), ("banana", "yes")]:
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 2, "stopped": stopped, "support": ["rj"], "comment": text})
    _merged_answers(db, visit_id, definition_id, [True, True, False])

    live = visit_results(db, visit_id, survey, include_text=True)
    report = visit_report(db, visit_id, tmp_path / "v.pdf", with_free_text=True)
    text = pdf_text(report.path)

    stopped = next(q for q in live.questions if q.key == "stopped")
    assert [(b.label, b.count) for b in stopped.bars] == [("Yes", 4), ("No", 4)]
    lines = text.splitlines()
    for question in live.questions:
        for bar in question.bars:  # the chart row: "label count (percent%)"
            row = f" {bar.count} ({bar.percent:.0f}%)"
            assert any(line.startswith(bar.label) and line.endswith(row) for line in lines), (
                question.key, bar)
    comment = next(q for q in live.questions if q.key == "comment")
    assert comment.texts == ["apple", "banana", "kiwi", "Mango", "Zebra"]
    positions = [text.index(f"• {t}") for t in comment.texts]
    assert positions == sorted(positions)
