"""Live results: percentages, the 5-answer floor, free text only on request."""

from sos_desktop.core.results.live import visit_results
from sos_desktop.core.surveys.responses import submit_response


def _answer(db, visit_id, definition_id, n, **answers):
    for _ in range(n):
        submit_response(db, visit_id, definition_id, "en", {"safe": 3, "stopped": "no",
                                                            **answers})


def test_bars_with_counts_and_percentages(db, visit_id, stored_survey):
    definition_id, survey = stored_survey
    _answer(db, visit_id, definition_id, 3, safe=1, support=["counselors"])
    _answer(db, visit_id, definition_id, 2, safe=5, support=["counselors", "rj"])
    results = visit_results(db, visit_id, survey)
    assert results.responses == 5
    safe = next(q for q in results.questions if q.key == "safe")
    assert [(b.label, b.count, round(b.percent)) for b in safe.bars] == [
        ("1", 3, 60), ("2", 0, 0), ("3", 0, 0), ("4", 0, 0), ("5", 2, 40)]
    support = next(q for q in results.questions if q.key == "support")
    assert [(b.key, b.count) for b in support.bars] == [
        ("counselors", 5), ("social_workers", 0), ("rj", 2)]


def test_fewer_than_five_answers_show_nothing(db, visit_id, stored_survey):
    """One student answering the follow-up cannot be singled out."""
    definition_id, survey = stored_survey
    _answer(db, visit_id, definition_id, 5)
    _answer(db, visit_id, definition_id, 1, stopped="yes", where="hall")
    results = visit_results(db, visit_id, survey, "es")
    where = next(q for q in results.questions if q.key == "where")
    assert where.bars == [] and where.hidden_reason and where.answered == 1
    stopped = next(q for q in results.questions if q.key == "stopped")
    assert [b.label for b in stopped.bars] == ["Sí", "No"]


def test_free_text_hidden_by_default_and_sorted_on_request(db, visit_id, stored_survey):
    definition_id, survey = stored_survey
    for text in ["zebra", "Apple", "mango", "kiwi", "banana"]:
        _answer(db, visit_id, definition_id, 1, comment=text)
    assert "comment" not in {q.key for q in visit_results(db, visit_id, survey).questions}
    shown = visit_results(db, visit_id, survey, include_text=True)
    comment = next(q for q in shown.questions if q.key == "comment")
    assert comment.texts == ["Apple", "banana", "kiwi", "mango", "zebra"]


def test_live_counts_match_a_full_count(db, visit_id, stored_survey):
    """Incremental refreshes give exactly the totals a fresh count gives."""
    from sos_desktop.core.results.answer_counts import LiveCounts, count_answers

    definition_id, _ = stored_survey
    live = LiveCounts(visit_id)
    for round_ in range(4):
        _answer(db, visit_id, definition_id, 3, safe=1 + round_, support=["rj"])
        with db.raw() as conn:
            assert live.update(conn) == count_answers(conn, visit_id)


def test_hidden_question_says_how_many_in_the_views_language(db, visit_id, stored_survey):
    """The class reads "1 answer so far", in English or Spanish, with real plural forms."""
    definition_id, survey = stored_survey
    _answer(db, visit_id, definition_id, 1, stopped="yes", where="hall")
    _answer(db, visit_id, definition_id, 1, stopped="yes", where="door")
    _answer(db, visit_id, definition_id, 1, stopped="yes")
    reasons = {lang: {q.key: q.hidden_reason for q in visit_results(
        db, visit_id, survey, lang).questions} for lang in ("en", "es")}
    assert reasons["en"]["where"] == "2 answers so far — figures are shown from 5 answers"
    assert reasons["es"]["safe"] == ("3 respuestas por ahora — las cifras se muestran desde "
                                     "5 respuestas")
