"""Answer rules the kiosk relies on: visibility, required, types, constraints, pruning."""

from __future__ import annotations

import re

import pytest

from sos_desktop.core.surveys.answers import (
    AnswerCode,
    check_answer,
    check_page,
    check_response,
    clean_response,
    prune_answers,
    visible_pages,
    visible_questions,
)
from sos_desktop.core.surveys.build import build_survey

from .helpers import survey_dict


@pytest.fixture
def survey():
    return build_survey(survey_dict(), "demo")[0]


def _keys(questions):
    return [q.key for q in questions]


def test_follow_ups_show_only_when_relevant(survey):
    """Ensure a follow-up appears only after the answer it depends on, and chains through."""
    assert "kinds" not in _keys(visible_questions(survey, {}))
    assert "kinds" in _keys(visible_questions(survey, {"contact": "yes"}))
    shown = _keys(visible_questions(survey, {"contact": "yes", "kinds": ["search"]}))
    assert "searched_feel" in shown


def test_hidden_answer_never_unlocks_a_later_question(survey):
    """Ensure a stale answer to a now-hidden question does not keep its follow-up visible."""
    stale = {"contact": "no", "kinds": ["search"]}
    assert "searched_feel" not in _keys(visible_questions(survey, stale))


def test_prune_drops_answers_that_became_irrelevant(survey):
    """Ensure changing 'yes' to 'no' drops the follow-up answers, notes and unknown keys."""
    answers = {"contact": "no", "kinds": ["talk"], "searched_feel": 3, "intro": "x",
               "school": "cross", "age": " 15 ", "zzz": 1, "nick": "  "}
    assert prune_answers(survey, answers) == {"school": "cross", "contact": "no", "age": 15}


def test_required_answers_are_missing_on_visible_questions_only(survey):
    """Ensure missing required answers are reported for visible questions only."""
    problems = check_response(survey, {"contact": "yes"})
    assert [(p.question_key, p.reason.code) for p in problems] == [
        ("school", AnswerCode.REQUIRED), ("kinds", AnswerCode.REQUIRED)]


@pytest.mark.parametrize(
    ("key", "value", "code", "n"),
    [
        ("school", "elsewhere", AnswerCode.CHOICE, None),
        ("school", ["cross"], AnswerCode.CHOICE, None),
        ("contact", "maybe", AnswerCode.CHOICE, None),
        ("kinds", ["talk", "talk"], AnswerCode.CHOICES, None),
        ("kinds", ["talk", "dance"], AnswerCode.CHOICES, None),
        ("kinds", ["talk", "search", "yell"], AnswerCode.MAX_COUNT, 2),
        ("searched_feel", 6, AnswerCode.SCALE, None),
        ("searched_feel", True, AnswerCode.SCALE, None),
        ("age", "twelve", AnswerCode.NUMBER, None),
        ("age", 12, AnswerCode.AUTHORED, 13),  # the definition's own message wins
        ("more", "x" * 11, AnswerCode.MAX_LENGTH, 10),
        ("nick", "x" * 201, AnswerCode.MAX_LENGTH, 200),
        ("nick", 5, AnswerCode.TEXT, None),
    ],
)
def test_bad_values_get_a_reason(survey, key, value, code, n):
    """Ensure each type and constraint check rejects a bad value with its code and limit."""
    reason = check_answer(survey.question(key), value)
    assert reason is not None and (reason.code, reason.n) == (code, n)


def test_a_reason_is_english_for_logs_and_worded_for_the_student(survey):
    """Core's text is English; the kiosk words the code in the student's language, and a
    survey's own message in that language."""
    from sos_desktop.words.answers import answer_text

    too_many = check_answer(survey.question("kinds"), ["talk", "search", "yell"])
    assert str(too_many) == "Please pick at most 2."
    assert answer_text(too_many, "es") == "Por favor, elige 2 como máximo."
    assert answer_text(check_answer(survey.question("searched_feel"), 6), "es") == (
        "Por favor, elige un número del 1 al 5.")
    authored = check_answer(survey.question("age"), 40)
    assert (str(authored), answer_text(authored, "es")) == ("13 to 19", "13 to 19 (es)")


@pytest.mark.parametrize(
    ("key", "value"),
    [("school", "cross"), ("kinds", ["talk", "yell"]), ("searched_feel", 5), ("age", "19"),
     ("age", 13), ("more", "short"), ("contact", "no"), ("nick", None), ("intro", None)],
)
def test_good_values_pass(survey, key, value):
    """Ensure valid answers (and optional blanks) are accepted."""
    assert check_answer(survey.question(key), value) is None


def test_pages_and_page_check(survey):
    """Ensure screens skip hidden questions and a page check only reports its own questions."""
    pages = visible_pages(survey, {"contact": "no"})
    assert [_keys(p) for p in pages] == [["intro", "school"], ["age"], ["contact"], ["more"],
                                         ["nick"]]
    assert [p.question_key for p in check_page(survey, pages[0], {})] == ["school"]
    assert check_page(survey, pages[1], {}) == []


def test_clean_response_is_what_gets_stored(survey):
    """Ensure clean_response returns pruned values plus every problem, unknown keys included."""
    answers, problems = clean_response(
        survey, {"school": "cross", "contact": "yes", "kinds": ["talk"], "bogus": 1})
    assert answers == {"school": "cross", "contact": "yes", "kinds": ["talk"]}
    assert [str(p) for p in problems] == ["bogus: not a question in this survey"]
    ok, none = clean_response(survey, {"school": "hillhouse", "contact": "no"})
    assert none == [] and ok == {"school": "hillhouse", "contact": "no"}


@pytest.mark.parametrize("language", ["en", "es"])
def test_survey_answer_problems_are_sentences(language):
    """Ensure the survey's own page checks read as sentences to a student, never as a rule."""
    from sos_desktop.core.surveys.answers import AnswerReason
    from sos_desktop.words.answers import answer_text

    for code in set(AnswerCode) - {AnswerCode.AUTHORED, AnswerCode.UNKNOWN}:  # UNKNOWN: files'
        message = answer_text(AnswerReason(code, 5), language)
        assert (message[:1].isupper() or message[:1] in "¿¡") and message.endswith(".")
        assert "_" not in message and not re.match(r"^[\w ()]+: ", message), message
