"""The live results view: counts update as responses arrive; small groups stay hidden."""

from sos_desktop.core.responses import submit_response
from sos_desktop.ui.results.view import ResultsView


def test_view_updates_when_answers_arrive(qtbot, db, visit_id, stored_survey):
    definition_id, survey = stored_survey
    view = ResultsView(db, visit_id, survey)
    qtbot.addWidget(view)
    view.resize(1366, 768)
    view.show()
    assert view.count.text() == "0 responses"
    assert view.charts["safe"].result.hidden_reason
    for _ in range(5):
        submit_response(db, visit_id, definition_id, "en", {"safe": 4, "stopped": "no"})
    with qtbot.waitSignal(view.refreshed, timeout=5000):
        view.timer.setInterval(10)
    assert view.count.text() == "5 responses"
    bars = view.charts["safe"].result.bars
    assert [b.count for b in bars] == [0, 0, 0, 5, 0]
    assert "5 (100%)" in view.charts["safe"].accessibleDescription()


def test_free_text_only_when_ticked(qtbot, db, visit_id, stored_survey):
    definition_id, survey = stored_survey
    for word in "abcde":
        submit_response(db, visit_id, definition_id, "en",
                        {"safe": 1, "stopped": "no", "comment": word})
    view = ResultsView(db, visit_id, survey)
    qtbot.addWidget(view)
    assert "comment" not in view.charts
    view.free_text.setChecked(True)
    assert view.charts["comment"].result.texts == list("abcde")
