"""Every sign-up problem a student can meet reads as a sentence in their language."""

import re

import pytest

from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.kiosk.signup_messages import MESSAGES, signup_message
from sos_desktop.core.people.signup_rules import PROBLEM_CODES, validate_signup
from sos_desktop.core.surveys.answers import MESSAGES as ANSWER_MESSAGES

BAD_INPUTS = [
    {},
    {"first_name": "x" * 80, "last_name": "123", "email": "bad@", "phone": "12",
     "zip_code": "6511", "grade": "14", "role": "boss", "interests": "cooking",
     "visit_requested": "maybe", "age_13_plus": "no", "email_consent": "yes",
     "sms_consent": "yes"},
    {"first_name": "A", "last_name": "B", "email": "a@example.org", "age_13_plus": "yes",
     "visit_requested": "yes"},
    {"first_name": "A", "last_name": "B", "sms_consent": "yes", "email_consent": "yes",
     "age_13_plus": "yes"},
]


def _is_sentence(message: str) -> bool:
    return (message[:1].isupper() or message[:1] in "¿¡") and message.endswith((".", "?", "!")) \
        and "_" not in message and not re.match(r"^[\w ()]+: ", message)


def test_every_code_core_gives_is_listed():
    """Ensure PROBLEM_CODES (which the kiosk translates) covers what validation reports."""
    seen = set()
    for data in BAD_INPUTS:
        with pytest.raises(InvalidInput) as info:
            validate_signup(data)
        seen |= {p.code for p in info.value.problems}
    assert seen <= set(PROBLEM_CODES) and {"no_consented_channel", "bad_zip"} <= seen


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("code", PROBLEM_CODES)
def test_each_problem_is_a_sentence_in_the_language(language, code):
    """Ensure no field name or rule-like 'Label: must be …' reaches a student."""
    for field in ("first_name", "email", "sms_consent", "zip_code"):
        message = signup_message(language, Problem(field, "", "english reason", code))
        assert message != "english reason" and _is_sentence(message), message


def test_both_languages_say_the_same_things():
    assert set(MESSAGES["en"]) == set(MESSAGES["es"])


@pytest.mark.parametrize("language", ["en", "es"])
def test_survey_answer_problems_are_sentences(language):
    """Ensure the survey's own page checks are sentences too."""
    for message in ANSWER_MESSAGES[language].values():
        assert _is_sentence(message.format(n=5)), message
