"""Answer rules the kiosk relies on: visibility, required, types, constraints, pruning."""

from __future__ import annotations

import re

import pytest

from sos_desktop.core.surveys.answers import (
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


def test_required_messages_in_the_students_language(survey):
    """Ensure missing required answers are reported for visible questions only, in Spanish."""
    problems = check_response(survey, {"contact": "yes"}, "es")
    assert [(p.question_key, p.message) for p in problems] == [
        ("school", "Por favor, responde esta pregunta."),
        ("kinds", "Por favor, responde esta pregunta."),
    ]


@pytest.mark.parametrize(
    ("key", "value", "message"),
    [
        ("school", "elsewhere", "Please pick one of the choices shown."),
        ("school", ["cross"], "Please pick one of the choices shown."),
        ("contact", "maybe", "Please pick one of the choices shown."),
        ("kinds", ["talk", "talk"], "Please pick only from the choices shown."),
        ("kinds", ["talk", "dance"], "Please pick only from the choices shown."),
        ("kinds", ["talk", "search", "yell"], "Please pick at most 2."),
        ("searched_feel", 6, "Please pick a number from 1 to 5."),
        ("searched_feel", True, "Please pick a number from 1 to 5."),
        ("age", "twelve", "Please type a whole number."),
        ("age", 12, "13 to 19"),  # the definition's own message wins
        ("more", "x" * 11, "Please keep it to 10 characters or fewer."),
        ("nick", "x" * 201, "Please keep it to 200 characters or fewer."),
        ("nick", 5, "Please type your answer as text."),
    ],
)
def test_bad_values_get_a_message(survey, key, value, message):
    """Ensure each type and constraint check rejects a bad value with the right wording."""
    assert check_answer(survey.question(key), value, "en") == message


@pytest.mark.parametrize(
    ("key", "value"),
    [("school", "cross"), ("kinds", ["talk", "yell"]), ("searched_feel", 5), ("age", "19"),
     ("age", 13), ("more", "short"), ("contact", "no"), ("nick", None), ("intro", None)],
)
def test_good_values_pass(survey, key, value):
    """Ensure valid answers (and optional blanks) are accepted."""
    assert check_answer(survey.question(key), value) is None


def test_constraint_message_follows_language(survey):
    """Ensure a custom constraint message is shown in the student's language."""
    assert check_answer(survey.question("age"), 40, "es") == "13 to 19 (es)"


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
    from sos_desktop.core.surveys.answers import MESSAGES

    for message in MESSAGES[language].values():
        message = message.format(n=5)
        assert (message[:1].isupper() or message[:1] in "¿¡") and message.endswith(".")
        assert "_" not in message and not re.match(r"^[\w ()]+: ", message), message
