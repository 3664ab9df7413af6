"""YAML survey files: a good one loads; each broken one names file, question and reason."""

from __future__ import annotations

import yaml

from sos_desktop.core.surveys.build import build_survey, survey_from_json
from sos_desktop.core.surveys.check import check_survey_file
from sos_desktop.core.surveys.model import QuestionType

from .helpers import survey_dict


def _write(tmp_path, data, name="demo.yaml"):
    path = tmp_path / name
    path.write_text(yaml.safe_dump(data, allow_unicode=True), encoding="utf-8")
    return path


def _problems(data):
    return [str(p) for p in build_survey(data, "demo.yaml")[1]]


def test_good_yaml_loads_with_all_parts(tmp_path):
    """Ensure a valid file gives a SurveyDef with types, pages, constraints and scale labels."""
    survey, problems = check_survey_file(_write(tmp_path, survey_dict()))
    assert problems == []
    assert survey.question("kinds").type is QuestionType.MULTIPLE_CHOICE
    assert survey.question("age").constraint.message.get("es") == "13 to 19 (es)"
    assert survey.question("searched_feel").scale_low.get("en") == "Bad"
    assert [len(p) for p in survey.pages()] == [2, 1, 1, 1, 1, 1, 1]


def test_json_round_trip_and_hash_is_stable(tmp_path):
    """Ensure to_json/from_json round-trips and the hash only changes when content changes."""
    survey, _ = build_survey(survey_dict(), "x")
    again = survey_from_json(survey.canonical_json())
    assert again == survey and again.content_hash == survey.content_hash
    assert len(survey.content_hash) == 64
    changed = survey_dict()
    changed["questions"][2]["label"]["es"] = "¿Edad?"
    assert build_survey(changed, "x")[0].content_hash != survey.content_hash


def test_every_problem_is_collected_with_question_key():
    """Ensure several mistakes are all reported, each naming the question and field."""
    data = survey_dict()
    data["version"] = "one"
    data["questions"][1]["choices"][1]["label"].pop("es")
    data["questions"][2]["constraint"]["max_length"] = 5
    data["questions"][4]["relevant"] = "${nope} = 'yes'"
    data["questions"][5]["relevant"] = "selected(${kinds}, 'dance')"
    data["questions"][6]["type"] = "essay"
    data["questions"][7]["colour"] = "red"
    assert _problems(data) == [
        "demo.yaml: version: version must be a whole number, 1 or more",
        "demo.yaml: question school, choices[1].label.es: label has no es text",
        "demo.yaml: question age, constraint.max_length: max_length does not apply to a number "
        "question",
        "demo.yaml: question kinds, relevant: unknown question ${nope} (it must come earlier in "
        "the survey)",
        "demo.yaml: question searched_feel, relevant: 'dance' is not a choice of ${kinds}",
        "demo.yaml: question more, type: unknown type 'essay' (use one of: single_choice, "
        "multiple_choice, scale, yes_no, short_text, long_text, number, note)",
        "demo.yaml: question nick, colour: unknown field 'colour'",
    ]


def test_relevant_must_point_backwards_and_be_sensible():
    """Ensure relevant refuses later questions, notes, `.`, and = on multiple choice."""
    data = survey_dict()
    data["questions"][3]["relevant"] = "${kinds} = 'talk'"
    data["questions"][5]["relevant"] = "${kinds} = 'talk' or ${intro} = 'x' or . > 3"
    data["questions"][6]["relevant"] = "${school} = 'elsewhere' or ${school} > 2"
    reasons = [p.split(": ", 2)[2] for p in _problems(data)]
    assert reasons == [
        "unknown question ${kinds} (it must come earlier in the survey)",
        "`.` only makes sense in a constraint; name the question with ${key}",
        "use selected(${kinds}, '...') for a multiple choice question",
        "${intro} is a note and has no answer",
        "'elsewhere' is not a choice of ${school}",
        "> compares numbers, ${school} is single_choice",
    ]


def test_structure_problems():
    """Ensure duplicate keys, split pages, bad languages and required notes are refused."""
    data = survey_dict()
    data["languages"] = ["en", "es", "english"]
    data["questions"][7]["key"] = "more"
    data["questions"][6]["page"] = "start"
    data["questions"][0]["required"] = True
    data["questions"][2]["choices"] = [{"key": "a", "label": {"en": "A", "es": "A"}}]
    reasons = _problems(data)
    assert any("languages must be distinct" in r for r in reasons)
    assert any("question more, key: question key 'more' is used twice" in r for r in reasons)
    assert any("page 'start' must be one run" in r for r in reasons)
    assert any("question intro, required: a note cannot be required" in r for r in reasons)
    assert any("question age, choices: a number question takes no choices" in r for r in reasons)


def test_broken_yaml_names_line(tmp_path):
    """Ensure a YAML syntax error reports file, line and column."""
    path = tmp_path / "broken.yaml"
    path.write_text("key: demo\nquestions: [\n  {key: a\n", encoding="utf-8")
    survey, problems = check_survey_file(path)
    assert survey is None and len(problems) == 1
    assert str(problems[0]).startswith("broken.yaml: line ")


def test_duplicate_yaml_key_is_refused(tmp_path):
    """Ensure a mapping key written twice is an error, not silently the last value."""
    path = tmp_path / "dup.yaml"
    path.write_text("key: demo\nkey: other\n", encoding="utf-8")
    _, problems = check_survey_file(path)
    assert "appears twice" in problems[0].reason


def test_not_a_mapping_and_wrong_suffix(tmp_path):
    """Ensure a list-shaped file and an unknown file type each give one clear problem."""
    path = tmp_path / "list.yaml"
    path.write_text("- a\n- b\n")
    assert "must hold a mapping" in check_survey_file(path)[1][0].reason
    other = tmp_path / "survey.csv"
    other.write_text("x")
    assert ".yaml, .yml or .xlsx" in check_survey_file(other)[1][0].reason
    assert "does not exist" in check_survey_file(tmp_path / "gone.yml")[1][0].reason


def test_a_refused_question_hides_no_other_problem():
    """Ensure an unknown type, a duplicate key and a reference to the refused question give
    exactly the first two problems, in one look."""
    data = survey_dict()
    data["questions"][3]["type"] = "essay"  # contact
    data["questions"][7]["key"] = "contact"  # nick: a second contact
    problems = _problems(data)
    assert len(problems) == 2
    assert "question contact, type: unknown type 'essay'" in problems[0]
    assert "key 'contact' is used twice" in problems[1]  # kinds' ${contact}: not "unknown"
