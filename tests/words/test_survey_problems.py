"""Ensure a survey file's problems are worded from their codes in the organizer's language,
never core's English reason (words/survey_problems.py)."""

from __future__ import annotations

import re

from sos_desktop.core.surveys.build import build_survey
from sos_desktop.words.survey_problems import TEXTS, survey_problem, survey_reason

EN_ES = {"en": "Q", "es": "P"}
BROKEN = [
    "not a mapping",
    {"format": 2, "key": "Bad Key", "version": 0, "languages": "en", "extra": 1,
     "questions": []},
    {"key": "k", "version": 1, "languages": ["en", "en"], "title": "T", "questions": [1]},
    {"key": "k", "version": 1, "languages": ["en", "es"], "title": {"en": "", "fr": "x"},
     "intro": {"en": "I"},
     "questions": [
         {"key": "a", "type": "note", "label": EN_ES, "required": True, "page": "p"},
         {"key": "a", "type": "nope", "label": EN_ES},
         {"key": "1b", "type": "scale", "label": EN_ES, "required": "yes", "page": "bad page",
          "choices": [], "scale": {"low": EN_ES}, "zzz": 1},
         {"key": "c", "type": "single_choice", "label": EN_ES, "choices": [{"key": "x"}]},
         {"key": "d", "type": "single_choice", "label": EN_ES, "page": "p",
          "choices": [{"key": "x y", "label": EN_ES}, {"key": "z", "label": EN_ES},
                      {"key": "z", "label": EN_ES}, "no"]},
         {"key": "e", "type": "short_text", "label": EN_ES, "scale": {},
          "relevant": "${a} = 'x' and ${zz} = 'y' and ${d} = 'q' and . = 1",
          "constraint": {"min": "x", "max_length": 0, "nope": 1, "max_count": 2}},
         {"key": "f", "type": "multiple_choice", "label": EN_ES,
          "choices": [{"key": "x", "label": EN_ES}, {"key": "y", "label": EN_ES}],
          "relevant": "selected(${e}, 'x') or ${d} > 1 or selected(${d}, 'q')"},
         {"key": "g", "type": "number", "label": EN_ES, "relevant": "${f} = 'x' and ((",
          "constraint": {"min": 5, "max": 1}},
         {"key": "h", "type": "number", "label": EN_ES, "constraint": 3},
         {"key": "i", "label": {"en": "x", "es": "y"}, "type": "short_text",
          "hint": "plain"},
     ]},
]


def _problems():
    return [p for raw in BROKEN for p in build_survey(raw, "s.yaml")[1]]


def test_every_problem_core_gives_has_a_code_worded_here():
    problems = _problems()
    assert problems and [p.reason for p in problems
                         if p.code not in (*TEXTS, "bad_expression")] == []
    assert len({p.code for p in problems}) >= 30


def test_the_english_wording_is_core_s_reason():
    """Worded from code and params, the English reads as core's own reason (which logs keep)."""
    for problem in _problems():
        if problem.code == "bad_expression":  # framed: "this condition cannot be read: …"
            assert survey_reason(problem.code, problem.params, "").endswith(problem.reason)
            continue
        assert survey_reason(problem.code, problem.params, "") == problem.reason, problem.code


def test_spanish_leaves_no_english_reason():
    from sos_desktop.ui.language import apply_language

    apply_language("es")
    problems = _problems()
    for problem in problems:
        line = survey_problem(problem)
        assert problem.reason not in line and line.startswith("s.yaml")


def test_every_expression_problem_is_worded():
    """Ensure each code the condition reader gives is worded, in English as core says it."""
    from sos_desktop.core.surveys import expressions as ex

    texts = ["", "(", "${a} = 1 )", "${a} = 1.5", "foo(.) = 1", "${a b} = 1", "${a} = ",
             "${a} = 1 and", "#", "selected(${a} 'x')", "(" * 40, "x" * 3000, 5]
    seen = set()
    for text in texts:
        try:
            ex.parse(text)  # type: ignore[arg-type]
        except ex.ExpressionError as error:
            seen.add(error.code)
            params = {"expression": error.code, **error.params}
            worded = survey_reason("bad_expression", params, "")
            assert worded == f"this condition cannot be read: {error}", error.code
    assert len(seen) >= 10


def test_an_xlsform_cell_and_an_uncoded_problem():
    from sos_desktop.core.surveys.problems import SurveyProblem
    from sos_desktop.ui.language import apply_language

    apply_language("es")
    cell = SurveyProblem("f.xlsx", "sheet survey, row 7, column relevant", "min is larger than "
                         "max", "survey", 7, "relevant", code="min_over_max")
    assert re.fullmatch(r"f\.xlsx: hoja survey, fila 7, columna relevant: min es mayor que max",
                        survey_problem(cell))
    assert survey_problem(SurveyProblem("f.xlsx", "", "the file does not exist")) == \
        "f.xlsx: the file does not exist"


def test_every_xlsform_converter_problem_has_a_code_worded_here(tmp_path):
    """The XLSForm converter's own refusals (a sheet's cells) carry codes too: worded from them,
    the English is core's reason and the Spanish leaves none of it."""
    from openpyxl import Workbook

    from sos_desktop.core.surveys.check import check_survey_file
    from sos_desktop.ui.language import apply_language

    blank = [""] * 6
    rows = [["type", "name", "label::English (en)", "label::Klingon", "required", "constraint",
             "appearance", "parameters", "calculation"],
            ["begin_group", "g", "", "", "yes", "", "", "", ""],
            ["begin_group", "h", "", "", "", "", "", "", ""],
            ["select_one", "a", "A", *blank],
            ["select_one nolist", "b", "B", *blank],
            ["select_one x y", "c", "C", *blank],
            ["geopoint", "d", "D", "", "maybe", "", "minimal", "p=1", "1 + 1"],
            ["range", "e", "E", "", "", ". > 1 or . < 9", "", "start=0 end=10", ""],
            ["deviceid", "f", "", *blank],
            ["", "g2", "G", *blank],
            ["integer", "h2", "H", "", "", "${", "", "", ""]]
    book = Workbook()
    book.active.title = "survey"
    for row in rows:
        book.active.append(row)
    choices = book.create_sheet("choices")
    for row in (["list_name", "name", "label", "image"], ["", "x", "X", "x.png"]):
        choices.append(row)
    settings = book.create_sheet("settings")
    for row in (["form_id", "default_language"], ["k", "Klingon"], ["k2", ""]):
        settings.append(row)
    book.save(tmp_path / "f.xlsx")
    _, problems = check_survey_file(tmp_path / "f.xlsx")
    assert [p.reason for p in problems if p.code not in (*TEXTS, "bad_expression")] == []
    assert len({p.code for p in problems}) >= 15
    for problem in problems:
        if problem.code != "bad_expression":  # framed, as in test_the_english_wording_is_…
            assert survey_reason(problem.code, problem.params, "") == problem.reason
    apply_language("es")
    for problem in problems:
        assert problem.reason not in survey_problem(problem), problem.code
