"""Every sign-up problem a student can meet reads as a sentence in their language: the
English source and its Spanish translation (resources/translations/sos_es.qm)."""

import re

import pytest

from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.people.signup_rules import PROBLEM_CODES, validate_signup
from sos_desktop.i18n import translate
from sos_desktop.ui.kiosk import signup_messages
from sos_desktop.ui.kiosk.signup_messages import signup_message

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
FIELDS = ("first_name", "last_name", "preferred_name", "email", "phone", "zip_code", "school",
          "grade", "role", "interests", "sms_consent", "email_consent", "age_13_plus")


def is_sentence(message: str) -> bool:
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
    """Ensure no field name, rule-like 'Label: must be …' or core's English reason reaches a
    student, whichever field the problem is about."""
    for field in FIELDS:
        message = signup_message(language, Problem(field, "", "english reason", code))
        assert message != "english reason" and is_sentence(message), message


def test_every_sentence_has_its_spanish():
    """Ensure each sentence (for every code and field) comes back translated from the .qm:
    a Spanish-speaking student never reads an English problem."""
    english = signup_messages._messages("en")
    assert {key.split(".")[0] for key in english} == set(PROBLEM_CODES)
    untranslated = [text for text in english.values()
                    if translate("es", "kiosk", text) in ("", text)]
    assert untranslated == []
    assert signup_messages._messages("es") == {
        key: translate("es", "kiosk", text) for key, text in english.items()}


def test_spanish_says_what_to_do():
    problem = Problem("zip_code", "", "ZIP: must be 5 digits", "bad_zip")
    assert signup_message("es", problem).startswith("Un código postal tiene 5 dígitos")
    assert signup_message("en", problem).startswith("A ZIP code has 5 digits")


def test_an_unknown_code_falls_back_to_core_reason():
    assert signup_message("es", Problem("x", "", "Something new.", "new_code")) == \
        "Something new."
