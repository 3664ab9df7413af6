"""Sign-up problems as whole sentences in the student's language, by Problem.code.

A student never reads a field name ("sms consent: …") or a rule ("ZIP: must be …"): each
message says what to do. "code.field" wins over "code" where the field changes the sentence.
The texts are the kiosk's (`kiosk.tr`), so the one Spanish serves the kiosk and the organizer's
sign-up form alike.
"""

from __future__ import annotations

from sos_desktop.core.errors import Problem
from sos_desktop.i18n import kiosk


def _messages(language: str) -> dict[str, str]:
    return {
        "required.first_name": kiosk.tr("Please type your first name.", language=language),
        "required.last_name": kiosk.tr("Please type your last name.", language=language),
        "required": kiosk.tr("Please fill in every field that is not marked optional.",
                             language=language),
        "too_long.first_name": kiosk.tr("Your first name is too long. Please shorten it.",
                                        language=language),
        "too_long.last_name": kiosk.tr("Your last name is too long. Please shorten it.",
                                       language=language),
        "too_long.preferred_name": kiosk.tr(
            "The name you go by is too long. Please shorten it.", language=language),
        "too_long.email": kiosk.tr("Your email address is too long. Please check it.",
                                   language=language),
        "too_long.school": kiosk.tr("The school name is too long. Please shorten it.",
                                    language=language),
        "too_long": kiosk.tr("One of your answers is too long. Please shorten it.",
                             language=language),
        "not_a_name.first_name": kiosk.tr("Your first name should be written with letters.",
                                          language=language),
        "not_a_name.last_name": kiosk.tr("Your last name should be written with letters.",
                                         language=language),
        "not_a_name.preferred_name": kiosk.tr(
            "The name you go by should be written with letters.", language=language),
        "not_a_name": kiosk.tr("Please write names with letters.", language=language),
        "bad_email": kiosk.tr("That email address does not look right. Please check it "
                              "(for example name@example.com).", language=language),
        "bad_phone": kiosk.tr("That phone number does not look right. Please type a US mobile "
                              "number with its area code (for example 203 555 0142).",
                              language=language),
        "bad_zip": kiosk.tr("A ZIP code has 5 digits (for example 06511). Please check it, or "
                            "leave it empty.", language=language),
        "bad_grade": kiosk.tr("Please choose your grade from the list.", language=language),
        "bad_role": kiosk.tr("Please choose whether you are a student, an educator or another "
                             "adult ally.", language=language),
        "not_a_team": kiosk.tr("Please choose teams from the list.", language=language),
        "students_no_visit": kiosk.tr(
            "Only educators and adult allies can ask for a classroom visit.", language=language),
        "yes_no": kiosk.tr("Please answer each question with yes or no.", language=language),
        "under_13": kiosk.tr("We can only take contact details from people 13 or older.",
                             language=language),
        "contact_needed": kiosk.tr("Please give an email or a phone number so we can reach you.",
                                   language=language),
        "needs_email": kiosk.tr("You said we may email you. Please type your email address too.",
                                language=language),
        "needs_phone": kiosk.tr(
            "You said we may text you. Please type your mobile phone number too.",
            language=language),
        "no_consented_channel": kiosk.tr(
            "Please check at least one way we may contact you. Check the email box if you gave "
            "your email address, or the text message box if you gave your phone number. "
            "Otherwise nobody can get in touch with you.", language=language),
    }


def signup_message(language: str, problem: Problem) -> str:
    """Core's sign-up problem as a sentence in `language` ("en" or "es")."""
    messages = _messages(language)
    return messages.get(f"{problem.code}.{problem.field}") or messages.get(problem.code) or \
        problem.reason
