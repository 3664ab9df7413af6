"""XLSForm import: a good workbook converts; a broken one reports every bad cell exactly."""

from __future__ import annotations

from openpyxl import Workbook

from sos_desktop.core.surveys.answers import visible_questions
from sos_desktop.core.surveys.check import check_survey_file
from sos_desktop.core.surveys.model import QuestionType

SURVEY_HEADER = ["type", "name", "label::English (en)", "label::Español (es)",
                 "hint::English (en)", "hint::Español (es)", "required", "relevant",
                 "constraint", "constraint_message::English (en)",
                 "constraint_message::Español (es)", "appearance", "parameters"]
GOOD_ROWS = [
    ["begin_group", "about", "", "", "", "", "", "", "", "", "", "field-list", ""],
    ["select_one school", "school", "School?", "¿Escuela?", "", "", "yes", "", "", "", "", "", ""],
    ["integer", "age", "Age?", "¿Edad?", "", "", "", "", ". >= 13 and . <= 19",
     "13 to 19", "De 13 a 19", "", ""],
    ["end_group", "", "", "", "", "", "", "", "", "", "", "", ""],
    ["select_one yn", "contact", "Contact?", "¿Contacto?", "", "", "TRUE()", "", "", "", "", "",
     ""],
    ["select_multiple kinds", "kinds", "What?", "¿Qué?", "Pick", "Elige", "",
     "${contact} = 'yes'", "count-selected(.) <= 2", "", "", "", ""],
    ["range", "safe", "Safe?", "¿Seguro?", "", "", "", "selected(${kinds}, 'search') or "
     "(${contact} != 'no' and ${age} > 15)", "", "", "", "", "start=1 end=5 step=1"],
    ["text", "more", "More?", "¿Más?", "", "", "no", "", "string-length(.) < 501", "", "",
     "multiline", ""],
    ["note", "bye", "Thanks", "Gracias", "", "", "", "", "", "", "", "", ""],
]
CHOICES = [
    ["list_name", "name", "label::English (en)", "label::Español (es)"],
    ["school", "hillhouse", "Hillhouse", "Hillhouse"],
    ["school", "cross", "Wilbur Cross", "Wilbur Cross"],
    ["yn", "yes", "Yes", "Sí"],
    ["yn", "no", "No", "No"],
    ["kinds", "search", "Searched", "Revisado"],
    ["kinds", "talk", "Talked", "Conversación"],
]
SETTINGS = [["form_title", "form_id", "version", "default_language"],
            ["Test form", "test-form", "2024090101", "English (en)"]]


def _workbook(path, survey_rows, choices=CHOICES, settings=SETTINGS, header=SURVEY_HEADER):
    wb = Workbook()
    ws = wb.active
    ws.title = "survey"
    for row in [header, *survey_rows]:
        ws.append(row)
    for title, rows in (("choices", choices), ("settings", settings)):
        if rows is not None:
            sheet = wb.create_sheet(title)
            for row in rows:
                sheet.append(row)
    wb.save(path)
    return path


def _cells(problems):
    return {(p.sheet, p.row, p.column) for p in problems}


def test_good_workbook_converts_every_supported_form(tmp_path):
    """Ensure each supported XLSForm type, relevant form and constraint form converts."""
    survey, problems = check_survey_file(_workbook(tmp_path / "good.xlsx", GOOD_ROWS))
    assert problems == []
    assert (survey.key, survey.version, survey.languages) == ("test-form", 2024090101, ("en", "es"))
    types = {q.key: q.type for q in survey.questions}
    assert types == {"school": QuestionType.SINGLE_CHOICE, "age": QuestionType.NUMBER,
                     "contact": QuestionType.SINGLE_CHOICE, "kinds": QuestionType.MULTIPLE_CHOICE,
                     "safe": QuestionType.SCALE, "more": QuestionType.LONG_TEXT,
                     "bye": QuestionType.NOTE}
    age = survey.question("age")
    assert (age.constraint.min, age.constraint.max, age.page) == (13, 19, "about")
    assert age.constraint.message.get("es") == "De 13 a 19"
    assert survey.question("kinds").constraint.max_count == 2
    assert survey.question("more").constraint.max_length == 500
    assert survey.question("contact").required and survey.question("school").required
    assert survey.question("kinds").hint.get("es") == "Elige"
    assert [len(p) for p in survey.pages()] == [2, 1, 1, 1, 1, 1]
    shown = [q.key for q in visible_questions(survey, {"contact": "no", "age": 14})]
    assert "kinds" not in shown and "safe" not in shown


def test_broken_workbook_reports_every_bad_cell(tmp_path):
    """Ensure all problems are collected, each at its exact sheet, row and column."""
    rows = [
        ["select_one school", "school", "School?", "¿Escuela?", "", "", "maybe", "", "", "", "",
         "", ""],                                                                   # row 2
        ["integer", "age", "Age?", "", "", "", "", "${nope} = 'x'", ". >= 13 or . <= 19", "", "",
         "", ""],                                                                   # row 3
        ["geopoint", "where", "Where?", "¿Dónde?", "", "", "", "", "", "", "", "", ""],  # row 4
        ["deviceid", "dev", "", "", "", "", "", "", "", "", "", "", ""],            # row 5
        ["select_one missing", "q5", "Q?", "¿Q?", "", "", "", "", "", "", "", "", ""],  # row 6
        ["text", "q6", "T?", "¿T?", "", "", "", "${school} = 'nowhere'", "", "", "", "minimal",
         ""],                                                                       # row 7
        ["text", "q7", "T?", "¿T?", "", "", "", "eval(${q6})", "", "", "", "", ""],  # row 8
        ["range", "q8", "R?", "¿R?", "", "", "", "", "", "", "", "", "start=0 end=10"],  # row 9
        ["text", "school", "Dup", "Dup", "", "", "", "", "", "", "", "", ""],       # row 10
    ]
    choices = [*CHOICES, ["school", "bad name", "Bad", ""]]                         # row 8
    survey, problems = check_survey_file(_workbook(tmp_path / "bad.xlsx", rows, choices))
    assert survey is None
    es = "label::Español (es)"
    expected = {
        ("survey", 2, "required"), ("survey", 3, es), ("survey", 3, "relevant"),
        ("survey", 3, "constraint"), ("survey", 4, "type"), ("survey", 5, "type"),
        ("survey", 6, "type"), ("survey", 7, "relevant"), ("survey", 7, "appearance"),
        ("survey", 8, "relevant"), ("survey", 9, "parameters"), ("survey", 10, "name"),
        ("choices", 8, "name"), ("choices", 8, es),
    }
    assert _cells(problems) == expected
    text = {str(p) for p in problems}
    assert "bad.xlsx: sheet survey, row 3, column relevant: unknown question ${nope} (it must " \
           "come earlier in the survey)" in text
    assert any("anonymous" in str(p) and p.row == 5 for p in problems)


def test_unknown_column_with_data_is_reported_per_cell(tmp_path):
    """Ensure a column outside the subset is reported on each row that uses it."""
    header = [*SURVEY_HEADER, "calculation"]
    rows = [[*r, ""] for r in GOOD_ROWS]
    rows[1][-1] = "1 + 1"
    rows[2][-1] = "2"
    _, problems = check_survey_file(_workbook(tmp_path / "calc.xlsx", rows, header=header))
    assert _cells(problems) == {("survey", 3, "calculation"), ("survey", 4, "calculation")}


def test_header_language_must_be_recognisable(tmp_path):
    """Ensure a label column whose language cannot be told is reported at row 1."""
    header = [h.replace("label::Español (es)", "label::Klingon") for h in SURVEY_HEADER]
    _, problems = check_survey_file(_workbook(tmp_path / "lang.xlsx", GOOD_ROWS, header=header))
    assert ("survey", 1, "label::Klingon") in _cells(problems)


def test_without_settings_key_comes_from_file_name(tmp_path):
    """Ensure a workbook with no settings sheet gets its key from the file name, version 1."""
    survey, problems = check_survey_file(
        _workbook(tmp_path / "My Survey.xlsx", GOOD_ROWS, settings=None))
    assert problems == []
    assert (survey.key, survey.version, survey.title.get("es")) == ("my-survey", 1, "My Survey")


def test_not_a_workbook_is_one_clear_problem(tmp_path):
    """Ensure a file that is not a real .xlsx gives one problem, not a traceback."""
    path = tmp_path / "fake.xlsx"
    path.write_text("hello")
    survey, problems = check_survey_file(path)
    assert survey is None and len(problems) == 1
    assert str(problems[0]).startswith("fake.xlsx: not a readable .xlsx workbook")


def test_missing_survey_sheet(tmp_path):
    """Ensure a workbook without a survey sheet says so."""
    wb = Workbook()
    wb.active.title = "other"
    wb.save(tmp_path / "x.xlsx")
    _, problems = check_survey_file(tmp_path / "x.xlsx")
    assert [p.reason for p in problems] == ["the workbook has no sheet named survey"]


def test_missing_translation_falls_back_to_the_default_language_with_a_warning(tmp_path):
    """Ensure a form with constraint_message::English (en) but no Spanish column (common in
    KoboToolbox exports), and a choice with no Spanish label, converts like pyxform/ODK would:
    the default language's text stands in, and each gap is a warning naming its cell."""
    header = [h for h in SURVEY_HEADER if h != "constraint_message::Español (es)"]
    rows = [[c for i, c in enumerate(r) if SURVEY_HEADER[i] != "constraint_message::Español (es)"]
            for r in GOOD_ROWS]
    choices = [row[:] for row in CHOICES]
    choices[5][3] = ""  # kinds/search has no Spanish label
    survey, problems = check_survey_file(_workbook(tmp_path / "kobo.xlsx", rows, choices,
                                                   header=header))
    assert survey is not None and problems and all(p.warning for p in problems)
    age = next(q for q in survey.questions if q.key == "age")
    assert age.constraint.message.get("es") == "13 to 19"
    kinds = next(q for q in survey.questions if q.key == "kinds")
    assert kinds.options[0].label.get("es") == "Searched"
    assert ("survey", 4, "constraint_message::English (en)") in _cells(problems)
    assert ("choices", 6, "label::Español (es)") in _cells(problems)
    assert all("warning: " in str(p) and "no es text" in str(p) for p in problems)


def test_missing_label_in_every_language_is_still_refused(tmp_path):
    """Ensure only what cannot work is refused: a question with no label at all."""
    rows = [row[:] for row in GOOD_ROWS]
    rows[1][2] = rows[1][3] = ""
    survey, problems = check_survey_file(_workbook(tmp_path / "nolabel.xlsx", rows))
    assert survey is None and any(not p.warning for p in problems)


def test_every_problem_is_named_at_once_even_on_refused_rows(tmp_path):
    """Ensure an unknown choice list, an unsupported type and a duplicate name are all named in
    one check; a refused row's other cells are still checked and nothing refers to it as
    unknown."""
    blank = ["", "", "", "", "", "", "", "", "", ""]
    rows = [
        ["select_one nolist", "a", "A?", "¿A?", *blank],                              # row 2
        ["geopoint", "b", "", "¿B?", "", "", "maybe", "", "", "", "", "", ""],         # row 3
        ["text", "a", "T?", "¿T?", "", "", "", "${a} = 'x'", "", "", "", "", ""],      # row 4
        ["range", "b", "R?", "¿R?", "", "", "", "${b} = 'x'", "", "", "", "",
         "start=0 end=10"],                                                            # row 5
    ]
    survey, problems = check_survey_file(_workbook(tmp_path / "many.xlsx", rows))
    assert survey is None
    assert _cells(problems) == {
        ("survey", 2, "type"),                     # unknown choice list
        ("survey", 3, "type"), ("survey", 3, "required"),  # unsupported type, its bad cells
        ("survey", 3, "label::English (en)"),      # a warning: the Spanish is shown
        ("survey", 4, "name"),                     # a used twice (row 2 was refused)
        ("survey", 5, "name"), ("survey", 5, "parameters"),
    }
    assert any(p.row == 3 and p.warning for p in problems)  # no English label
    assert sum("used twice" in p.reason for p in problems) == 2
    assert not any("unknown question" in p.reason for p in problems)


def test_the_same_form_with_one_problem_fixed_finds_nothing_new(tmp_path):
    """Ensure fixing the named problems is enough: nothing was hiding behind them."""
    blank = ["", "", "", "", "", "", "", "", "", ""]
    rows = [
        ["select_one yn", "a", "A?", "¿A?", *blank],
        ["text", "b", "B?", "¿B?", *blank],
        ["text", "c", "T?", "¿T?", "", "", "", "${a} = 'yes'", "", "", "", "", ""],
    ]
    survey, problems = check_survey_file(_workbook(tmp_path / "fixed.xlsx", rows))
    assert problems == [] and survey is not None
