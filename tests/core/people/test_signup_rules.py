"""Sign-up validation: normalisation, and every problem as field + value + reason."""

import pytest
from hypothesis import given
from hypothesis import strategies as st

from sos_desktop.core.errors import InvalidInput
from sos_desktop.core.people.signup_rules import parse_bool, validate_signup

GOOD = {
    "first_name": "  Zoë ",
    "last_name": "Nguyễn",
    "email": "Zoe@Example.ORG",
    "phone": "(203) 555-0142",
    "age_13_plus": "yes",
    "email_consent": "y",
    "sms_consent": "1",
}


def _fields(data) -> set[str]:
    with pytest.raises(InvalidInput) as info:
        validate_signup(data)
    return {p.field for p in info.value.problems}


def test_normalises_names_email_and_phone():
    """Names trimmed and NFC, email domain lower-cased, phone in E.164."""
    signup = validate_signup({**GOOD, "first_name": "Zoe\u0308"})
    assert signup.first_name == "Zoë" and len(signup.first_name) == 3
    assert signup.email == "Zoe@example.org"
    assert signup.phone == "+12035550142"


def test_no_contact_without_13_plus():
    """Without the 13+ confirmation no contact is accepted."""
    assert "age_13_plus" in _fields({**GOOD, "age_13_plus": "no"})
    assert "age_13_plus" in _fields({k: v for k, v in GOOD.items() if k != "age_13_plus"})


def test_email_or_phone_required_and_consent_needs_its_channel():
    """A sign-up needs a channel; consent to a channel needs that channel."""
    assert "email" in _fields({**GOOD, "email": "", "phone": ""})
    assert "sms_consent" in _fields({**GOOD, "phone": ""})
    assert "email_consent" in _fields({**GOOD, "email": ""})


@pytest.mark.parametrize(
    ("field", "value"),
    [
        ("email", "not-an-email"),
        ("phone", "555"),
        ("zip_code", "0651"),
        ("grade", "14"),
        ("role", "principal"),
        ("interests", "research;cooking"),
        ("first_name", "x" * 61),
        ("last_name", ""),
        ("first_name", "12345"),
        ("sms_consent", "maybe"),
    ],
)
def test_each_bad_field_is_named(field, value):
    """Each bad value is reported against its own field."""
    with pytest.raises(InvalidInput) as info:
        validate_signup({**GOOD, field: value})
    problem = next(p for p in info.value.problems if p.field == field)
    assert problem.reason


def test_grade_role_and_interests_from_fixed_lists():
    """Loose spellings map onto the fixed lists."""
    signup = validate_signup(
        {**GOOD, "grade": "10th", "role": "Student", "interests": "Tactics; research"}
    )
    assert signup.grade == "10" and signup.role == "student"
    assert signup.interests == ("research", "tactics")


def test_only_educators_and_allies_request_visits():
    """A student cannot request a classroom visit; an educator can."""
    assert "visit_requested" in _fields({**GOOD, "visit_requested": "yes"})
    assert validate_signup({**GOOD, "role": "teacher", "visit_requested": "yes"}).visit_requested


def test_all_problems_reported_at_once():
    """Several bad fields give several problems, not just the first."""
    assert {"email", "zip_code", "grade"} <= _fields(
        {**GOOD, "email": "a@", "zip_code": "x", "grade": "99"}
    )


@pytest.mark.parametrize("text", ["yes", "Y", "true", "1", "TRUE"])
def test_yes_cells(text):
    assert parse_bool(text) is True


@pytest.mark.parametrize("text", ["no", "n", "false", "0", ""])
def test_no_cells(text):
    assert parse_bool(text) is False


@given(st.dictionaries(st.sampled_from(sorted(GOOD) + ["zip_code", "grade", "role"]), st.text()))
def test_never_crashes_on_arbitrary_text(data):
    """Any text either validates or raises InvalidInput; nothing else escapes."""
    try:
        validate_signup(data)
    except InvalidInput as exc:
        assert all(p.reason for p in exc.problems)


@pytest.mark.parametrize("fields", [
    {"email_consent": "no", "sms_consent": "no"},
    {"phone": "", "email_consent": "no", "sms_consent": "yes"},  # consent, but no phone
    {"email": "", "email_consent": "no", "sms_consent": "no"},
])
def test_a_detail_without_a_consented_channel_is_refused(fields):
    """Ensure a sign-up consents to a channel it gives a detail for: exports carry only
    consented channels, so otherwise nobody could ever be in touch."""
    with pytest.raises(InvalidInput) as info:
        validate_signup({**GOOD, **fields})
    assert "no_consented_channel" in {p.code for p in info.value.problems}


def test_one_consented_channel_is_enough():
    """Ensure an email with consent is enough, even with a phone given without SMS consent."""
    signup = validate_signup({**GOOD, "sms_consent": "no"})
    assert signup.email_consent and not signup.sms_consent


@pytest.mark.parametrize(("email", "detail"), [
    ("not-an-email", "no_at_sign"),
    ("@example.org", "nothing_before_at"),
    ("zoe@", "nothing_after_at"),
    ("zoe@example", "bad_domain"),
    ("zoe..n@example.org", "bad_dots"),
    ("zo e@example.org", "bad_characters"),
    ("zoe@" + "a" * 70 + ".org", "too_long"),
])
def test_a_bad_email_carries_its_detail_as_a_code(email, detail):
    """The email checker's own English is kept as the reason (logs); front ends word it from
    the code and its `detail`."""
    with pytest.raises(InvalidInput) as info:
        validate_signup({**GOOD, "email": email})
    (problem,) = [p for p in info.value.problems if p.field == "email"]
    assert (problem.code, problem.params) == ("bad_email", {"detail": detail})


def test_an_unknown_email_sentence_has_no_detail():
    from sos_desktop.core.people.signup_rules import email_detail

    assert email_detail("Something the checker says one day.") == ""


def test_limits_and_lists_are_parameters():
    with pytest.raises(InvalidInput) as info:
        validate_signup({**GOOD, "school": "x" * 200, "interests": "cooking"})
    params = {p.code: p.params for p in info.value.problems}
    assert params["too_long"] == {"limit": 120}
    assert params["not_a_team"] == {"teams": "research, outreach, tactics"}
