"""Sign-up problems as whole sentences in the student's language, by Problem.code.

A student never reads a field name ("sms consent: …") or a rule ("ZIP: must be …"): each
message says what to do. "code.field" wins over "code" where the field changes the sentence.
"""

from __future__ import annotations

from sos_desktop.core.errors import Problem

MESSAGES: dict[str, dict[str, str]] = {
    "en": {
        "required.first_name": "Please type your first name.",
        "required.last_name": "Please type your last name.",
        "required": "Please fill in every field that is not marked optional.",
        "too_long.first_name": "Your first name is too long. Please shorten it.",
        "too_long.last_name": "Your last name is too long. Please shorten it.",
        "too_long.preferred_name": "The name you go by is too long. Please shorten it.",
        "too_long.email": "Your email address is too long. Please check it.",
        "too_long.school": "The school name is too long. Please shorten it.",
        "too_long": "One of your answers is too long. Please shorten it.",
        "not_a_name.first_name": "Your first name should be written with letters.",
        "not_a_name.last_name": "Your last name should be written with letters.",
        "not_a_name.preferred_name": "The name you go by should be written with letters.",
        "not_a_name": "Please write names with letters.",
        "bad_email": "That email address does not look right. Please check it "
        "(for example name@example.com).",
        "bad_phone": "That phone number does not look right. Please type a US mobile number "
        "with its area code (for example 203 555 0142).",
        "bad_zip": "A ZIP code has 5 digits (for example 06511). Please check it, or leave it "
        "empty.",
        "bad_grade": "Please choose your grade from the list.",
        "bad_role": "Please choose whether you are a student, an educator or another adult ally.",
        "not_a_team": "Please choose teams from the list.",
        "students_no_visit": "Only educators and adult allies can ask for a classroom visit.",
        "yes_no": "Please answer each question with yes or no.",
        "under_13": "We can only take contact details from people 13 or older.",
        "contact_needed": "Please give an email or a phone number so we can reach you.",
        "needs_email": "You said we may email you. Please type your email address too.",
        "needs_phone": "You said we may text you. Please type your mobile phone number too.",
        "no_consented_channel": "Please check at least one way we may contact you. Check the "
        "email box if you gave your email address, or the text message box if you gave your "
        "phone number. Otherwise nobody can get in touch with you.",
    },
    "es": {
        "required.first_name": "Por favor, escribe tu nombre.",
        "required.last_name": "Por favor, escribe tu apellido.",
        "required": "Por favor, llena todos los campos que no dicen opcional.",
        "too_long.first_name": "Tu nombre es demasiado largo. Por favor, acórtalo.",
        "too_long.last_name": "Tu apellido es demasiado largo. Por favor, acórtalo.",
        "too_long.preferred_name": "El nombre que usas es demasiado largo. Por favor, acórtalo.",
        "too_long.email": "Tu correo electrónico es demasiado largo. Por favor, revísalo.",
        "too_long.school": "El nombre de la escuela es demasiado largo. Por favor, acórtalo.",
        "too_long": "Una de tus respuestas es demasiado larga. Por favor, acórtala.",
        "not_a_name.first_name": "Tu nombre debe escribirse con letras.",
        "not_a_name.last_name": "Tu apellido debe escribirse con letras.",
        "not_a_name.preferred_name": "El nombre que usas debe escribirse con letras.",
        "not_a_name": "Por favor, escribe los nombres con letras.",
        "bad_email": "Ese correo electrónico no parece correcto. Por favor, revísalo "
        "(por ejemplo nombre@ejemplo.com).",
        "bad_phone": "Ese número de teléfono no parece correcto. Escribe un celular de EE. UU. "
        "con su código de área (por ejemplo 203 555 0142).",
        "bad_zip": "Un código postal tiene 5 dígitos (por ejemplo 06511). Por favor, revísalo "
        "o déjalo vacío.",
        "bad_grade": "Por favor, elige tu grado de la lista.",
        "bad_role": "Por favor, elige si eres estudiante, educador/a u otra persona adulta "
        "aliada.",
        "not_a_team": "Por favor, elige los equipos de la lista.",
        "students_no_visit": "Solo educadores y personas adultas aliadas pueden pedir una "
        "visita a su clase.",
        "yes_no": "Por favor, responde cada pregunta con sí o no.",
        "under_13": "Solo podemos guardar datos de contacto de personas de 13 años o más.",
        "contact_needed": "Por favor, escribe un correo o un teléfono para poder contactarte.",
        "needs_email": "Dijiste que podemos enviarte correos. Por favor, escribe también tu "
        "correo electrónico.",
        "needs_phone": "Dijiste que podemos enviarte mensajes de texto. Por favor, escribe "
        "también tu número de celular.",
        "no_consented_channel": "Marca al menos una forma en que podamos contactarte. Marca la "
        "casilla de correos si diste tu correo electrónico, o la de mensajes de texto si diste "
        "tu teléfono. Si no, nadie podrá ponerse en contacto contigo.",
    },
}


def signup_message(language: str, problem: Problem) -> str:
    """Core's sign-up problem as a sentence in the student's language."""
    table = MESSAGES.get(language, MESSAGES["en"])
    return table.get(f"{problem.code}.{problem.field}") or table.get(problem.code) or \
        MESSAGES["en"].get(problem.code, problem.reason)
