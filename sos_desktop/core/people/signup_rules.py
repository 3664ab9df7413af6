"""Sign-up validation, shared by the kiosk, typed-up imports and any later front end.

Takes loosely typed input (strings from a CSV, values from a form) and returns a normalised
SignupInput, or raises InvalidInput listing every problem as field + value + reason.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from dataclasses import dataclass
from functools import lru_cache

from sos_desktop.core.errors import InvalidInput, Problem

NAME_MAX = 60
SCHOOL_MAX = 120
EMAIL_MAX = 254

GRADES = ("6", "7", "8", "9", "10", "11", "12", "college", "other")
ROLES = ("student", "educator", "ally")
TEAMS = ("research", "outreach", "tactics")

_ROLE_SYNONYMS = {
    "student": "student",
    "educator": "educator",
    "teacher": "educator",
    "ally": "ally",
    "adult ally": "ally",
    "other adult ally": "ally",
    "other": "ally",
}
_GRADE_RE = re.compile(r"^(?:grade\s*)?(\d{1,2})(?:st|nd|rd|th)?(?:\s*grade)?$")
_ZIP_RE = re.compile(r"^\d{5}(?:-\d{4})?$")
_CONTROL_RE = re.compile(r"[\x00-\x1f\x7f]")
_SPACES_RE = re.compile(r"\s+")

# Every Problem.code validate_signup can give; front ends translate each (core/kiosk).
PROBLEM_CODES = (
    "required", "too_long", "not_a_name", "bad_email", "bad_phone", "bad_zip", "bad_role",
    "bad_grade", "not_a_team", "students_no_visit", "yes_no", "under_13", "contact_needed",
    "needs_email", "needs_phone", "no_consented_channel",
)

_TRUE = {"yes", "y", "true", "1", "x", "sí", "si"}
_FALSE = {"no", "n", "false", "0", ""}


@dataclass(frozen=True)
class SignupInput:
    first_name: str
    last_name: str
    preferred_name: str
    email: str
    phone: str
    zip_code: str
    school: str
    grade: str
    interests: tuple[str, ...]
    role: str
    visit_requested: bool
    age_13_plus: bool
    email_consent: bool
    sms_consent: bool


def clean_text(value: object) -> str:
    """NFC-normalise, trim and fold runs of white space (names typed on phones and sheets)."""
    text = unicodedata.normalize("NFC", "" if value is None else str(value))
    return _SPACES_RE.sub(" ", text).strip()


def parse_bool(value: object) -> bool | None:
    """yes/no, y/n, true/false, 1/0 (and a ticked 'x'); None when it is none of these."""
    if isinstance(value, bool):
        return value
    text = clean_text(value).lower()
    if text in _TRUE:
        return True
    if text in _FALSE:
        return False
    return None


def _too_long(field: str, value: str, limit: int) -> Problem:
    return Problem(field, value, f"is longer than {limit} characters", "too_long",
                   {"limit": limit})


# The email checker's sentences (English, its own) by what they are about, most specific
# first: a Problem carries the detail as a code ("bad_email" with params["detail"]), so the
# window, the command line and the kiosk word it in their language. Others: no detail.
EMAIL_DETAILS = (
    ("no_at_sign", ("must have an @-sign", "instead of a regular at-sign")),
    ("too_long", ("too long", "so many characters")),
    ("nothing_before_at", ("something before the @-sign",)),
    ("nothing_after_at", ("something after the @-sign",)),
    ("bad_dots", ("An email address cannot",)),  # start, end or run of dots and hyphens
    ("bad_characters", ("invalid character", "unsafe character", "not supported",
                        "not valid ASCII")),
    ("bad_domain", ("after the @-sign",)),
)


def email_detail(message: str) -> str:
    """The code of the email checker's `message` ("" for one it is not known to give)."""
    for detail, parts in EMAIL_DETAILS:
        if any(part in message for part in parts):
            return detail
    return ""


def email_problem(field: str, value: str, message: str) -> Problem:
    """A "bad_email" problem from the email checker's `message` (kept as the English reason)."""
    return Problem(field, value, message, "bad_email", {"detail": email_detail(message)})


def _name(field: str, value: object, problems: list[Problem], required: bool) -> str:
    text = clean_text(value)
    if not text:
        if required:
            problems.append(Problem(field, "", "is required", "required"))
        return ""
    if len(text) > NAME_MAX:
        problems.append(_too_long(field, text, NAME_MAX))
    elif _CONTROL_RE.search(text) or not any(ch.isalpha() for ch in text):
        problems.append(Problem(field, text, "does not look like a name", "not_a_name"))
    return text


@lru_cache(maxsize=4096)
def normalise_email(text: str) -> str:
    from email_validator import EmailNotValidError, validate_email

    try:
        # Offline: never look the domain up.
        return validate_email(text, check_deliverability=False).normalized
    except EmailNotValidError as exc:
        raise ValueError(str(exc)) from None


@lru_cache(maxsize=4096)
def normalise_phone(text: str) -> str:
    import phonenumbers

    try:
        number = phonenumbers.parse(text, "US")
    except phonenumbers.NumberParseException:
        raise ValueError("is not a phone number") from None
    if not phonenumbers.is_valid_number(number):
        raise ValueError("is not a valid phone number")
    return phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)


def _email(value: object, problems: list[Problem]) -> str:
    """The address in its normal form ("" when none is given; as typed when it is wrong)."""
    email = clean_text(value)
    if not email:
        return ""
    if len(email) > EMAIL_MAX:
        problems.append(_too_long("email", email, EMAIL_MAX))
        return email
    try:
        return normalise_email(email)
    except ValueError as exc:
        problems.append(email_problem("email", email, str(exc)))
        return email


def _phone(value: object, problems: list[Problem]) -> str:
    """The number in its normal form ("" when none is given; as typed when it is wrong)."""
    phone = clean_text(value)
    if not phone:
        return ""
    try:
        return normalise_phone(phone)
    except ValueError as exc:
        problems.append(Problem("phone", phone, str(exc), "bad_phone"))
        return phone


def _flag(field: str, value: object, problems: list[Problem]) -> bool:
    parsed = parse_bool(value)
    if parsed is None:
        problems.append(Problem(field, clean_text(value), "must be yes or no", "yes_no"))
        return False
    return parsed


def _interests(value: object, problems: list[Problem]) -> tuple[str, ...]:
    if isinstance(value, list | tuple | set | frozenset):
        items = [clean_text(v).lower() for v in value]
    else:
        items = [clean_text(v).lower() for v in clean_text(value).split(";")]
    chosen: list[str] = []
    for item in filter(None, items):
        if item not in TEAMS:
            reason = f"must be among {', '.join(TEAMS)}"
            problems.append(Problem("interests", item, reason, "not_a_team",
                                    {"teams": ", ".join(TEAMS)}))
        elif item not in chosen:
            chosen.append(item)
    return tuple(t for t in TEAMS if t in chosen)


def consent_problem(
    email: str, phone: str, email_consent: bool, sms_consent: bool
) -> Problem | None:
    """Exports carry only consented channels, so a sign-up with no consented channel for a
    detail it gives could never be contacted: "an organizer will be in touch" would be untrue."""
    if (email and email_consent) or (phone and sms_consent):
        return None
    return Problem("email_consent", "no",
                   "needs consent to be contacted by email or by text at a detail it gives",
                   "no_consented_channel")


def validate_signup(data: Mapping[str, object]) -> SignupInput:
    """Check one sign-up. Missing keys count as empty."""
    problems: list[Problem] = []
    get = data.get

    first = _name("first_name", get("first_name"), problems, required=True)
    last = _name("last_name", get("last_name"), problems, required=True)
    preferred = _name("preferred_name", get("preferred_name"), problems, required=False)

    email = _email(get("email"), problems)
    phone = _phone(get("phone"), problems)

    zip_code = clean_text(get("zip_code"))
    if zip_code and not _ZIP_RE.match(zip_code):
        problems.append(Problem("zip_code", zip_code, "must be a 5-digit US ZIP code", "bad_zip"))

    school = clean_text(get("school"))
    if len(school) > SCHOOL_MAX:
        problems.append(_too_long("school", school, SCHOOL_MAX))

    role_text = clean_text(get("role")).lower() or "student"
    role = _ROLE_SYNONYMS.get(role_text, "")
    if not role:
        problems.append(Problem("role", role_text, "must be student, educator or ally", "bad_role"))

    grade = clean_text(get("grade")).lower()
    match = _GRADE_RE.match(grade)
    if match:
        grade = str(int(match.group(1)))
    if grade and grade not in GRADES:
        problems.append(Problem("grade", grade, "must be 6 to 12, college or other", "bad_grade"))

    interests = _interests(get("interests"), problems)
    visit_requested = _flag("visit_requested", get("visit_requested"), problems)
    if visit_requested and role == "student":
        problems.append(
            Problem("visit_requested", "yes", "only educators and adult allies request visits",
                    "students_no_visit")
        )
    age_ok = _flag("age_13_plus", get("age_13_plus"), problems)
    email_consent = _flag("email_consent", get("email_consent"), problems)
    sms_consent = _flag("sms_consent", get("sms_consent"), problems)

    if not age_ok:
        problems.append(
            Problem("age_13_plus", "", "contact details are only collected from people 13 or older",
                    "under_13")
        )
    if not email and not phone:
        problems.append(
            Problem("email", "", "an email or a phone number is required", "contact_needed")
        )
    if email_consent and not email:
        problems.append(Problem("email_consent", "yes", "needs an email address", "needs_email"))
    if sms_consent and not phone:
        problems.append(Problem("sms_consent", "yes", "needs a phone number", "needs_phone"))
    contact_ok = not any(p.field in ("email", "phone") for p in problems)
    if contact_ok and (email or phone) and (
        problem := consent_problem(email, phone, email_consent, sms_consent)
    ):
        problems.append(problem)

    if problems:
        raise InvalidInput(problems)
    return SignupInput(
        first_name=first,
        last_name=last,
        preferred_name=preferred,
        email=email,
        phone=phone,
        zip_code=zip_code,
        school=school,
        grade=grade,
        interests=interests,
        role=role,
        visit_requested=visit_requested,
        age_13_plus=age_ok,
        email_consent=email_consent,
        sms_consent=sms_consent,
    )
