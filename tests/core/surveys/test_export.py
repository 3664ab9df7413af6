"""Surveys written out as XLSForm (checked by pyxform, read back by our importer) and YAML."""

import pytest
from openpyxl import load_workbook
from pyxform.xls2xform import convert

from sos_desktop.core.errors import SosError
from sos_desktop.core.surveys.builtin import builtin_surveys
from sos_desktop.core.surveys.check import check_survey_file
from sos_desktop.core.surveys.export import export_survey
from sos_desktop.core.surveys.model import Label, Question, QuestionType, SurveyDef


@pytest.mark.parametrize("survey", builtin_surveys(), ids=lambda s: s.key)
def test_builtin_survey_as_xlsform_passes_pyxform_and_reads_back_the_same(survey, tmp_path):
    """Ensure pyxform converts the workbook without warnings and our importer gives back the
    same definition: questions, choices, rules, labels, title and intro (same content hash)."""
    out = export_survey(survey, tmp_path / f"{survey.key}.xlsx")
    converted = convert(xlsform=str(out))
    assert converted.warnings == []
    assert "<h:html" in converted.xform
    back, problems = check_survey_file(out)
    assert problems == []
    assert back.to_json() == survey.to_json()
    assert back.content_hash == survey.content_hash


def test_workbook_has_both_languages_rules_and_messages(tmp_path):
    """Ensure the sheets say what an XLSForm tool needs: label::English (en) / label::Español
    (es), required, relevance, constraints with their messages, yes/no and scale lists."""
    survey = next(s for s in builtin_surveys() if s.key == "hillhouse-cross")
    book = load_workbook(export_survey(survey, tmp_path / "hc.xlsx"), read_only=True)
    rows = list(book["survey"].iter_rows(values_only=True))
    header = rows[0]
    assert "label::English (en)" in header and "label::Español (es)" in header
    by_name = {r[header.index("name")]: dict(zip(header, r, strict=True)) for r in rows[1:]}
    assert by_name["school"]["required"] == "yes"
    assert by_name["contact_kind"]["relevant"] == "${had_contact} = 'yes'"
    assert by_name["support_wanted"]["constraint"] == "count-selected(.) <= 3"
    assert by_name["support_wanted"]["constraint_message::Español (es)"].startswith("Por favor")
    assert by_name["had_contact"]["type"] == "select_one yes_no"
    assert by_name["safe_at_school"]["type"] == "range"
    assert set(book.sheetnames) == {"survey", "choices", "settings"}


def test_yaml_export_reads_back_the_same(tmp_path):
    for survey in builtin_surveys():
        back, problems = check_survey_file(export_survey(survey, tmp_path / f"{survey.key}.yaml"))
        assert problems == [] and back.content_hash == survey.content_hash


def test_a_text_that_looks_like_a_formula_stays_text(tmp_path):
    """Ensure a label starting with = is written as text, never as a spreadsheet formula."""
    texts = Label.of({"en": "=HYPERLINK(\"http://x\")", "es": "=1+1"})
    survey = SurveyDef("odd", 1, Label.of({"en": "Odd", "es": "Raro"}), ("en", "es"),
                       (Question("q", QuestionType.SHORT_TEXT, texts),))
    out = export_survey(survey, tmp_path / "odd.xlsx")
    cell = load_workbook(out)["survey"]["C2"]
    assert cell.data_type == "s" and cell.value.startswith("=HYPERLINK")
    back, _problems = check_survey_file(out)
    assert back.content_hash == survey.content_hash


def test_other_suffix_is_refused_and_nothing_written(tmp_path):
    with pytest.raises(SosError):
        export_survey(builtin_surveys()[0], tmp_path / "survey.csv")
    assert list(tmp_path.iterdir()) == []
