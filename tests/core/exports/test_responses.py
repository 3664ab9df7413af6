"""Survey answers as CSV: one row per response, 0/1 columns per choice, codebook, versions."""

import csv
import json

import pytest

from sos_desktop.core.errors import NotFound
from sos_desktop.core.exports.responses import export_responses
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.visits.store import create_visit


def _read(path):
    with open(path, encoding="utf-8-sig", newline="") as handle:
        return list(csv.DictReader(handle))


def test_one_row_per_response_and_split_multiple_choice(db, visit_id, survey, tmp_path):
    """Multiple choice becomes question/choice 0/1 columns; skipped questions stay empty."""
    submit_response(db, visit_id, survey[0], "es", {
        "school": "hillhouse", "safe_at_school": 4, "had_contact": "no",
        "support_wanted": ["counselors", "nurses"], "anything_else": "=cmd|' /C calc'!A0"})
    result = export_responses(db, "hillhouse-cross", tmp_path / "r.csv")
    [row] = _read(tmp_path / "r.csv")
    assert result.rows == 1
    assert row["school"] == "hillhouse" and row["safe_at_school"] == "4"
    assert row["support_wanted/counselors"] == "1" and row["support_wanted/mentors"] == "0"
    assert row["where_noticed/entrance"] == "" and row["grade"] == ""
    assert row["language"] == "es" and row["definition_version"] == "1"
    assert row["anything_else"].startswith("'=")
    assert "welcome" not in row  # notes have no column
    assert row["visit_school"] == "Wilbur Cross High School"


def test_labels_on_request_in_the_chosen_language(db, visit_id, survey, tmp_path):
    submit_response(db, visit_id, survey[0], "en", {
        "school": "wilbur_cross", "safe_at_school": 2, "had_contact": "yes",
        "support_wanted": ["mentors"]})
    export_responses(db, "hillhouse-cross", tmp_path / "r.csv", labels=True, language="es")
    [row] = _read(tmp_path / "r.csv")
    assert row["school"] == "Wilbur Cross High School" and row["had_contact"] == "Sí"


def test_codebook_lists_every_column_in_both_languages(db, visit_id, answered, tmp_path):
    """Every data column has a codebook row with its question in en and es and its choices."""
    answered(3)
    result = export_responses(db, "hillhouse-cross", tmp_path / "r.csv")
    header = list(_read(result.path)[0])
    book = _read(result.codebook)
    assert [r["column"] for r in book] == header
    split = next(r for r in book if r["column"] == "support_wanted/counselors")
    assert split["question_es"] and split["choice_en"] and split["choice_es"]
    school = next(r for r in book if r["column"] == "school")
    assert "hillhouse = Hillhouse High School" in school["values"]
    assert school["versions"] == "v1"


def test_filter_by_visit_and_unknown_visit(db, visit_id, answered, tmp_path):
    other = create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                              "visit_date": "2026-10-20"})
    answered(2)
    answered(3, visit=other)
    assert export_responses(db, "hillhouse-cross", tmp_path / "a.csv").rows == 5
    assert export_responses(db, "hillhouse-cross", tmp_path / "b.csv", visit_id=other).rows == 3
    with pytest.raises(NotFound, match="no visit"):
        export_responses(db, "hillhouse-cross", tmp_path / "c.csv", visit_id="nope")


def test_rows_from_two_versions_share_one_table(db, visit_id, survey, tmp_path):
    """A v2 that drops a question and adds one: both appear, each row says its version."""
    definition = survey[1].to_json()
    definition["version"] = 2
    definition["questions"] = [q for q in definition["questions"] if q["key"] != "grade"]
    definition["questions"].append({"key": "club", "type": "short_text",
                                    "label": {"en": "Your club?", "es": "¿Tu club?"}})
    from sos_desktop.core.surveys.build import survey_from_json
    from sos_desktop.core.surveys.store import store_definition

    v2, _ = store_definition(db, survey_from_json(json.dumps(definition)))
    base = {"school": "hillhouse", "safe_at_school": 3, "had_contact": "no",
            "support_wanted": ["nurses"]}
    submit_response(db, visit_id, survey[0], "en", {**base, "grade": "grade_9"})
    submit_response(db, visit_id, v2, "en", {**base, "club": "BSU"})
    rows = _read(export_responses(db, "hillhouse-cross", tmp_path / "r.csv").path)
    by_version = {r["definition_version"]: r for r in rows}
    assert by_version["1"]["grade"] == "grade_9" and by_version["1"]["club"] == ""
    assert by_version["2"]["club"] == "BSU"


def test_receipt_and_unknown_survey(db, answered, tmp_path):
    answered(1)
    result = export_responses(db, "hillhouse-cross", tmp_path / "r.csv")
    with db.raw() as conn:
        kind, rows = conn.execute("SELECT kind, row_count FROM export_receipts").fetchone()
    assert (kind, rows) == ("responses", 1) and result.receipt_id
    with pytest.raises(NotFound, match="no survey"):
        export_responses(db, "nope", tmp_path / "x.csv")
