"""Ensure every problem code core gives (a sign-up's, a visit's, an imported row's) is worded
in the interface's language from its code and parameters, never core's English reason."""

from __future__ import annotations

from sos_desktop.core.errors import Problem
from sos_desktop.core.imports.csv_reader import ANSWER_CODES, ROW_CODES, RowError
from sos_desktop.core.people.signup_rules import EMAIL_DETAILS, PROBLEM_CODES
from sos_desktop.core.surveys.answers import AnswerCode, AnswerReason
from sos_desktop.words import problems
from sos_desktop.words.problems import row_problem

CORE = "core's english reason"
PARAMS: dict[str, dict[str, object]] = {
          "too_long": {"limit": 60}, "not_a_team": {"teams": "research"},
          "too_many_cells": {"cells": 3, "header": 2},
          "not_a_choice_of": {"choice": "'x'", "key": "q"},
          "not_a_choice": {"value": "'x'", "choices": "a, b"},
          "not_a_survey_language": {"languages": "en, es"},
          "matches_several": {"questions": "a, b"}, "second_column": {"key": "q"},
          "no_answer_column": {"survey": "s"}, "not_a_whole_number": {"value": "'x'"},
          "one_or_zero": {"value": "'x'"}, "answer": {"reason": AnswerReason(AnswerCode.MAX, 5)},
          "answers": {"reasons": (("q", AnswerReason(AnswerCode.REQUIRED)),)}}
EMAILS = [d for d, _ in EMAIL_DETAILS] + [""]


def _all() -> list[Problem]:
    found = [Problem("f", "", CORE, code, PARAMS.get(code, {}))
             for code in (*PROBLEM_CODES, *ROW_CODES, *ANSWER_CODES) if code != "bad_email"]
    return found + [Problem("f", "", CORE, "bad_email", {"detail": d}) for d in EMAILS]


def test_every_code_is_worded_in_english_and_in_spanish():
    """Ensure no code falls back to core's reason, and each reads differently in Spanish."""
    from sos_desktop.ui.language import apply_language

    english = [problems.reason(p) for p in _all()]
    apply_language("es")
    spanish = [problems.reason(p) for p in _all()]
    assert CORE not in english and CORE not in spanish
    assert [en for en, es in zip(english, spanish, strict=True) if en == es] == []


def test_email_details_are_told_apart():
    texts = {problems.reason(Problem("email", "", CORE, "bad_email", {"detail": d}))
             for d in EMAILS}
    assert len(texts) == len(EMAILS)


def test_an_unknown_code_keeps_core_s_reason():
    assert problems.reason(Problem("f", "", CORE, "new_code")) == CORE


def test_a_row_error_is_worded_from_its_code():
    from sos_desktop.ui.language import apply_language

    apply_language("es")
    text = row_problem(RowError(3, "age_13_plus", CORE, "yes_no"))
    assert text.startswith("línea 3, columna age_13_plus: ") and CORE not in text
    assert row_problem(RowError(3, "x", "no code")).endswith(": no code")
