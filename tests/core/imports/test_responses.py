"""Typed-up paper surveys: codes or labels, row-level errors, all rows or none."""

import pytest

from sos_desktop.core.exports.responses import export_responses
from sos_desktop.core.imports.csv_reader import ImportRejected
from sos_desktop.core.imports.responses import import_responses


def _count(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM survey_responses").fetchone()[0]


def _sheet(tmp_path, text):
    path = tmp_path / "paper.csv"
    path.write_text(text, encoding="utf-8")
    return path


def test_codes_and_labels_in_either_language_go_in(db, visit_id, survey, tmp_path):
    """Choice codes, English or Spanish labels and `;`-separated multiple choice are read."""
    path = _sheet(tmp_path, "language,school,safe_at_school,had_contact,support_wanted\n"
                            "en,hillhouse,4,no,counselors;nurses\n"
                            "es,Wilbur Cross High School,2,Sí,Enfermeros/as escolares\n")
    result = import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross")
    assert result.imported == 2
    rows = export_responses(db, "hillhouse-cross", tmp_path / "out.csv")
    assert rows.rows == 2


def test_every_bad_cell_is_reported_and_nothing_goes_in(db, visit_id, survey, tmp_path):
    """line N, column C: reason for each problem; no row is stored."""
    path = _sheet(tmp_path, "school,safe_at_school,had_contact,support_wanted\n"
                            "hillhouse,4,no,counselors\n"
                            "narnia,9,no,counselors\n"
                            "hillhouse,3,no,\n")
    with pytest.raises(ImportRejected) as caught:
        import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross")
    errors = caught.value.errors
    assert (errors[0].line, errors[0].column, errors[0].code) == (3, "school", "not_a_choice")
    assert errors[0].params["value"] == "'narnia'"
    assert any((e.line, e.column) == (4, "support_wanted") for e in errors)
    assert _count(db) == 0


def test_unknown_header_column_is_line_1(db, visit_id, survey, tmp_path):
    path = _sheet(tmp_path, "school,favourite_colour\nhillhouse,blue\n")
    with pytest.raises(ImportRejected) as caught:
        import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross")
    error = caught.value.errors[0]
    assert (error.line, error.column, error.code) == (1, "favourite_colour", "not_a_question")


def test_an_export_reads_back(db, visit_id, answered, tmp_path):
    """The responses export (split 0/1 columns, meta columns) imports as the same answers."""
    answered(4)
    first = export_responses(db, "hillhouse-cross", tmp_path / "a.csv")
    import_responses(db, first.path, visit_id=visit_id, survey_key="hillhouse-cross")
    assert _count(db) == 8


def test_survey_defaults_to_the_visits_survey(db, survey, tmp_path):
    from sos_desktop.core.visits.store import create_visit

    visit = create_visit(db, {"school": "Cross", "group_name": "G", "visit_date": "2026-10-01",
                              "survey_key": "hillhouse-cross"})
    path = _sheet(tmp_path, "school,safe_at_school,had_contact,support_wanted\n"
                            "hillhouse,4,no,mentors\n")
    assert import_responses(db, path, visit_id=visit).survey_key == "hillhouse-cross"


def test_the_same_paper_answers_twice_are_refused_unless_again(db, visit_id, survey, tmp_path):
    from sos_desktop.core.imports.signups import AlreadyImported

    path = _sheet(tmp_path, "school,safe_at_school,had_contact,support_wanted\n"
                            "hillhouse,4,no,mentors\nwilbur_cross,2,yes,nurses\n")
    import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross")
    with pytest.raises(AlreadyImported, match="2 paper responses"):
        import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross")
    assert _count(db) == 2
    import_responses(db, path, visit_id=visit_id, survey_key="hillhouse-cross", again=True)
    assert _count(db) == 4
