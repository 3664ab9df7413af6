"""Kiosk wording in English and Spanish, kept in core so any front end can reuse it."""

from __future__ import annotations

TEXTS: dict[str, dict[str, str]] = {
    "en": {
        "welcome_title": "Your voice, your school",
        "welcome_body": "Students Over SROs wants to know how police and security guards in "
        "New Haven schools affect you. The survey is anonymous: no names, and nobody in this "
        "room will see your answers.",
        # A visit answering on paper: the kiosk only takes sign-ups, so no survey promise.
        "welcome_signup_body": "Students Over SROs is a youth-led campaign about police and "
        "security guards in New Haven schools. Here you can sign up to join us. This is "
        "separate from the paper survey, which stays anonymous.",
        "start": "Start",
        "organizer": "Organizer",
        "organizer_tip": "Organizer: leave the kiosk (PIN)",
        "language_title": "Choose your language",
        "next": "Next",
        "back": "Back",
        "finish_survey": "Send my answers",
        "required": "* Required",
        "more_below": "↓  More below: scroll down or press Next",
        "more_below_form": "↓  More below: scroll down",
        "join_title": "Want to join SOS?",
        "join_body": "Students for Educational Justice is youth-led. Members meet Thursdays at "
        "4 pm. Leave your contact details and an organizer will reach out. This is separate "
        "from your survey answers.",
        "join_yes": "Yes, sign me up",
        "join_no": "No thanks",
        "signup_title": "Sign up",
        "first_name": "First name",
        "last_name": "Last name",
        "preferred_name": "Name you go by (optional)",
        "email": "Email",
        "phone": "Mobile phone",
        "zip_code": "ZIP code (optional)",
        "school": "School",
        "grade": "Grade",
        "role": "I am a…",
        "role_student": "Student",
        "role_educator": "Educator",
        "role_ally": "Other adult ally",
        "interests": "Teams I'm interested in (optional)",
        "team_research": "Research: surveys, data and history",
        "team_outreach": "Outreach: classroom visits and one-on-ones",
        "team_tactics": "Tactics: rallies, actions, Board of Education",
        "visit_requested": "Please contact me to schedule a classroom visit",
        "age_question": "How old are you?",
        "age_13_plus": "I am 13 years old or older",
        "age_under_13": "I am 12 or younger",
        "under_13": "Thanks for your interest! We can only take contact details from people "
        "13 or older. Ask a trusted adult to contact SEJ with you.",
        "submit_signup": "Sign me up",
        "skip": "Skip",
        "thanks_title": "Thank you!",
        "thanks_body": "Your answers are saved. Please pass the laptop to the next person.",
        "thanks_signup": "You're signed up. An organizer will be in touch.",
        "thanks_signup_only_body": "Please pass the laptop to the next person.",
        "idle_title": "Still there?",
        "idle_body": "This form will clear in {seconds} seconds to protect your privacy.",
        "idle_continue": "I'm still here",
        "grade_college": "College",
        "grade_other": "Other / not in school",
        "choose": "Choose…",
        "saving_failed": "Your answers could not be saved. Please tell the presenter. "
        "(For the presenter: {reason})",
    },
    "es": {
        "welcome_title": "Tu voz, tu escuela",
        "welcome_body": "Students Over SROs quiere saber cómo te afectan la policía y los "
        "guardias de seguridad en las escuelas de New Haven. La encuesta es anónima: sin "
        "nombres, y nadie en este salón verá tus respuestas.",
        "welcome_signup_body": "Students Over SROs es una campaña dirigida por jóvenes sobre "
        "la policía y los guardias de seguridad en las escuelas de New Haven. Aquí puedes "
        "inscribirte para unirte. Esto va aparte de la encuesta en papel, que sigue siendo "
        "anónima.",
        "start": "Empezar",
        "organizer": "Organizador/a",
        "organizer_tip": "Organizador/a: salir del quiosco (PIN)",
        "language_title": "Elige tu idioma",
        "next": "Siguiente",
        "back": "Atrás",
        "finish_survey": "Enviar mis respuestas",
        "required": "* Obligatoria",
        "more_below": "↓  Hay más abajo: desplázate o pulsa Siguiente",
        "more_below_form": "↓  Hay más abajo: desplázate",
        "join_title": "¿Quieres unirte a SOS?",
        "join_body": "Students for Educational Justice está dirigido por jóvenes. Nos reunimos "
        "los jueves a las 4 pm. Deja tus datos y alguien del equipo te contactará. Esto va "
        "aparte de tus respuestas de la encuesta.",
        "join_yes": "Sí, quiero unirme",
        "join_no": "No, gracias",
        "signup_title": "Inscríbete",
        "first_name": "Nombre",
        "last_name": "Apellido",
        "preferred_name": "Cómo te gusta que te llamen (opcional)",
        "email": "Correo electrónico",
        "phone": "Teléfono celular",
        "zip_code": "Código postal (opcional)",
        "school": "Escuela",
        "grade": "Grado",
        "role": "Soy…",
        "role_student": "Estudiante",
        "role_educator": "Educador/a",
        "role_ally": "Otra persona adulta aliada",
        "interests": "Equipos que me interesan (opcional)",
        "team_research": "Investigación: encuestas, datos e historia",
        "team_outreach": "Alcance: visitas a clases y conversaciones uno a uno",
        "team_tactics": "Tácticas: marchas, acciones, Junta de Educación",
        "visit_requested": "Contáctenme para programar una visita a mi clase",
        "age_question": "¿Cuántos años tienes?",
        "age_13_plus": "Tengo 13 años o más",
        "age_under_13": "Tengo 12 años o menos",
        "under_13": "¡Gracias por tu interés! Solo podemos guardar datos de contacto de personas "
        "de 13 años o más. Pide a una persona adulta de confianza que contacte a SEJ contigo.",
        "submit_signup": "Inscribirme",
        "skip": "Omitir",
        "thanks_title": "¡Gracias!",
        "thanks_body": "Tus respuestas están guardadas. Pasa la computadora a la siguiente "
        "persona.",
        "thanks_signup": "Ya estás inscrito/a. Alguien del equipo te contactará.",
        "thanks_signup_only_body": "Pasa la computadora a la siguiente persona.",
        "idle_title": "¿Sigues ahí?",
        "idle_body": "Este formulario se borrará en {seconds} segundos para proteger tu "
        "privacidad.",
        "idle_continue": "Sigo aquí",
        "grade_college": "Universidad",
        "grade_other": "Otro / no estudio",
        "choose": "Elige…",
        "saving_failed": "No se pudieron guardar tus respuestas. Avisa a quien presenta. "
        "(Para quien presenta: {reason})",
    },
}

LANGUAGES = (("en", "English"), ("es", "Español"))


def text(language: str, key: str, **values: object) -> str:
    table = TEXTS.get(language, TEXTS["en"])
    return table.get(key, TEXTS["en"][key]).format(**values)
