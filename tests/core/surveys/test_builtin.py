"""The two built-in campaign surveys load, are bilingual and stay anonymous."""

from __future__ import annotations

import re

import pytest

from sos_desktop.core.surveys.answers import check_response, visible_questions
from sos_desktop.core.surveys.build import survey_from_json
from sos_desktop.core.surveys.builtin import builtin_survey, builtin_surveys, surveys_dir
from sos_desktop.core.surveys.model import QuestionType


def test_both_campaign_surveys_are_built_in():
    """Ensure hillhouse-cross and nhps-other load with their titles."""
    surveys = {s.key: s for s in builtin_surveys()}
    assert set(surveys) == {"hillhouse-cross", "nhps-other"}
    assert surveys["hillhouse-cross"].title.get("en") == "Hillhouse/Cross Student Survey"
    assert surveys["nhps-other"].title.get("en") == "All Other NHPS Student Survey"


@pytest.mark.parametrize("key", ["hillhouse-cross", "nhps-other"])
def test_every_text_has_english_and_spanish(key):
    """Ensure every label, hint, choice, scale end and message exists in en and es, distinct."""
    survey = builtin_survey(key)
    assert survey.languages == ("en", "es")
    labels = [survey.title]
    for q in survey.questions:
        labels += [q.label, q.hint, q.scale_low, q.scale_high]
        labels += [c.label for c in q.choices]
        labels.append(q.constraint.message if q.constraint else None)
    for label in filter(None, labels):
        assert label.languages == ("en", "es")
    # Spanish is actually translated, not copied (proper names aside).
    assert survey.question("safe_at_school").label.get("es") != (
        survey.question("safe_at_school").label.get("en"))


@pytest.mark.parametrize("key", ["hillhouse-cross", "nhps-other"])
def test_shape_matches_the_brief(key):
    """Ensure 10-16 questions, a yes/no with a follow-up, scales, one optional free text."""
    survey = builtin_survey(key)
    answerable = [q for q in survey.questions if q.answerable]
    assert 10 <= len(answerable) <= 16
    types = [q.type for q in answerable]
    assert QuestionType.YES_NO in types and QuestionType.SCALE in types
    free = [q for q in answerable if q.type is QuestionType.LONG_TEXT]
    assert len(free) == 1 and not free[0].required
    assert "contact_kind" not in [q.key for q in visible_questions(survey, {"had_contact": "no"})]
    assert "contact_kind" in [q.key for q in visible_questions(survey, {"had_contact": "yes"})]
    assert check_response(survey, {}) != []  # some questions are required


@pytest.mark.parametrize("key", ["hillhouse-cross", "nhps-other"])
def test_nothing_identifying_is_asked(key):
    """Ensure no question asks for a name, email, phone, address or birthday."""
    survey = builtin_survey(key)
    asks = re.compile(r"\b(your name|e-?mail|phone|address|birth|student id)\b", re.I)
    for q in survey.questions:
        if q.answerable and asks.search(q.label.get("en")):
            raise AssertionError(f"{q.key} asks for something identifying")
        assert q.type is not QuestionType.NUMBER  # no exact ages: bands only


def test_definitions_round_trip_with_stable_hashes():
    """Ensure each built-in survey survives to_json/from_json with the same content hash."""
    for survey in builtin_surveys():
        again = survey_from_json(survey.canonical_json())
        assert again == survey and again.content_hash == survey.content_hash


def test_surveys_folder_is_found_and_documented():
    """Ensure the resources folder is located and carries FORMAT.md."""
    assert (surveys_dir() / "FORMAT.md").is_file()
