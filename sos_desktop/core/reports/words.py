"""The reports' own words in English and Spanish, with plural forms, dates and numbers by Babel
(CLDR data), so a Spanish report is Spanish throughout."""

from __future__ import annotations

import datetime as dt
from datetime import date

from sos_desktop import languages
from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code

# A plural entry maps CLDR plural categories ("one", "other"; Spanish also has "many") to text;
# a category not given falls back to "other".
Text = str | dict[str, str]
TEXTS: dict[str, dict[str, Text]] = {
    "en": {
        "threshold": "Figures are shown only for questions at least {n} students answered, as "
                     "in the live results, so that no student's answer can be picked out.",
        "hidden": "{answered} of {total} answered: too few to show figures (shown from {n}).",
        "visit_title": "Visit report — Students Over SROs",
        "visit_pdf_title": "Visit report {school}",
        "visit_footer": "SOS Desktop · visit report · {school} · {date}",
        "season_title": "Season report — Students Over SROs",
        "season_pdf_title": "Season report {period}",
        "season_footer": "SOS Desktop · season report · {period}",
        "page": "page {n}",
        "school": "School",
        "group": "Class or club",
        "date": "Date",
        "educator": "Educator",
        "presenters": "Presenters",
        "responses_label": "Survey responses",
        "signups_label": "Sign-ups",
        "visits_label": "Visits",
        "schools_label": "Schools",
        "responses_head": "Responses",
        "signups_value": "{n} (email consent {emails}, SMS consent {texts})",
        "visit_anonymous": "Survey answers are anonymous; counts only. Percentages are of the "
                           "students who answered each question.",
        "season_anonymous": "Survey answers are anonymous; this report holds counts only, no "
                            "contact data.",
        "no_responses": "No survey responses were recorded at this visit.",
        "no_visits": "No visits in this period.",
        "by_school": "By school",
        "responses": {"one": "{n} response", "other": "{n} responses"},
        "season_section": "{responses}, {period}, all visits together",
        "signups_title": "Sign-ups (contact data: keep this page private)",
        "consented_only": "Only channels with consent are shown.",
        "name": "Name",
        "email": "Email",
        "phone": "Phone",
        "grade": "Grade",
        "role": "Role",
        "teams": "Teams",
        "answered": {"one": "{answered} of {total} answered", "other":
                     "{answered} of {total} answered"},
        "several": "; several choices allowed, so percentages add up to more than 100%",
        "average": "; average {value}",
        "texts_left_out": {"one": "{n} written answer; free text is left out of this report.",
                           "other": "{n} written answers; free text is left out of this "
                                    "report."},
        "texts_sorted": {"one": "{n} written answer:",
                         "other": "{n} written answers, sorted alphabetically:"},
        "role_student": "Student",
        "role_educator": "Educator",
        "role_ally": "Adult ally",
        "grade_college": "College",
        "grade_other": "Other",
        "team_research": "Research",
        "team_outreach": "Outreach",
        "team_tactics": "Tactics",
        "channels_label": "By channel",
        "channel_kiosk": "Kiosk",
        "channel_paper": "Paper",
        "channel_online": "Online",
        "by_channel_title": "Answers by channel",
        "by_channel_note": "How the answers came in: at the kiosk, on paper, or online. Only "
                           "channels with at least {n} responses; each cell is the number of "
                           "students who picked it and the share of that channel's students "
                           "who answered the question; — where fewer than {n} did.",
    },
    "es": {
        "threshold": "Las cifras aparecen solo en las preguntas que contestaron al menos {n} "
                     "estudiantes, como en los resultados en vivo, para que no se pueda "
                     "reconocer la respuesta de nadie.",
        "hidden": "{answered} de {total} contestaron: muy pocas respuestas para mostrar cifras "
                  "(se muestran desde {n}).",
        "visit_title": "Informe de visita — Students Over SROs",
        "visit_pdf_title": "Informe de visita {school}",
        "visit_footer": "SOS Desktop · informe de visita · {school} · {date}",
        "season_title": "Informe de temporada — Students Over SROs",
        "season_pdf_title": "Informe de temporada {period}",
        "season_footer": "SOS Desktop · informe de temporada · {period}",
        "page": "página {n}",
        "school": "Escuela",
        "group": "Clase o club",
        "date": "Fecha",
        "educator": "Docente",
        "presenters": "Presentadores",
        "responses_label": "Respuestas a la encuesta",
        "signups_label": "Inscripciones",
        "visits_label": "Visitas",
        "schools_label": "Escuelas",
        "responses_head": "Respuestas",
        "signups_value": "{n} (aceptan correo electrónico {emails}, aceptan SMS {texts})",
        "visit_anonymous": "Las respuestas a la encuesta son anónimas; aquí solo hay recuentos. "
                           "Los porcentajes son sobre quienes contestaron cada pregunta.",
        "season_anonymous": "Las respuestas a la encuesta son anónimas; este informe solo tiene "
                            "recuentos, ningún dato de contacto.",
        "no_responses": "No se registraron respuestas a la encuesta en esta visita.",
        "no_visits": "No hubo visitas en este periodo.",
        "by_school": "Por escuela",
        "responses": {"one": "{n} respuesta", "other": "{n} respuestas"},
        "season_section": "{responses}, {period}, todas las visitas juntas",
        "signups_title": "Inscripciones (datos de contacto: esta página es privada)",
        "consented_only": "Solo se muestran los canales con consentimiento.",
        "name": "Nombre",
        "email": "Correo electrónico",
        "phone": "Teléfono",
        "grade": "Grado",
        "role": "Rol",
        "teams": "Equipos",
        "answered": {"one": "{answered} de {total} contestó",
                     "other": "{answered} de {total} contestaron"},
        "several": "; se podían marcar varias opciones, así que los porcentajes suman más "
                   "de 100 %",
        "average": "; promedio {value}",
        "texts_left_out": {"one": "{n} respuesta escrita; el texto libre no se incluye en "
                                  "este informe.",
                           "other": "{n} respuestas escritas; el texto libre no se incluye en "
                                    "este informe."},
        "texts_sorted": {"one": "{n} respuesta escrita:",
                         "other": "{n} respuestas escritas, en orden alfabético:"},
        "role_student": "Estudiante",
        "role_educator": "Docente",
        "role_ally": "Persona adulta aliada",
        "grade_college": "Universidad",
        "grade_other": "Otro",
        "team_research": "Investigación",
        "team_outreach": "Difusión",
        "team_tactics": "Tácticas",
        "channels_label": "Por canal",
        "channel_kiosk": "Quiosco",
        "channel_paper": "Papel",
        "channel_online": "En línea",
        "by_channel_title": "Respuestas por canal",
        "by_channel_note": "Cómo llegaron las respuestas: en el quiosco, en papel o en línea. "
                           "Solo los canales con al menos {n} respuestas; cada celda es el "
                           "número de estudiantes que la eligieron y su parte entre quienes "
                           "contestaron la pregunta en ese canal; — donde lo hicieron menos "
                           "de {n}.",
    },
}


class Words:
    """Wording, plurals, dates and numbers in one report language."""

    def __init__(self, language: str) -> None:
        from babel import Locale

        if language not in TEXTS or not languages.known(language):
            raise SosError(Code.REPORT_LANGUAGE(language=repr(language),
                                                languages=", ".join(TEXTS)))
        self.language = language
        self.locale = Locale.parse(languages.get(language).babel)

    def __call__(self, key: str, **values: object) -> str:
        text = TEXTS[self.language][key]
        if isinstance(text, dict):
            raise TypeError(f"{key} has plural forms: use Words.plural")
        return text.format(**values)

    def plural(self, key: str, count: int, **values: object) -> str:
        """The form of `key` for `count` (given as {n}, formatted for the language)."""
        forms = TEXTS[self.language][key]
        if isinstance(forms, str):
            raise TypeError(f"{key} has no plural forms")
        form = forms.get(self.locale.plural_form(count), forms["other"])
        return form.format(n=self.number(count), **values)

    def number(self, value: int) -> str:
        from babel.numbers import format_decimal

        return format_decimal(value, locale=self.locale)

    def decimal(self, value: float) -> str:
        """One decimal place: 2.8 / 2,8."""
        from babel.numbers import format_decimal

        return format_decimal(value, format="#,##0.0", locale=self.locale)

    def percent(self, count: int, base: int) -> str:
        from babel.numbers import format_percent

        return format_percent(count / base, locale=self.locale) if base else "–"

    def date(self, day: date | str, form: str = "medium") -> str:
        """A date as Babel spells it: "full" Wednesday, October 14, 2026 / miércoles, 14 de
        octubre de 2026; "medium" Oct 14, 2026 / 14 oct 2026."""
        from babel.dates import format_date

        return format_date(date.fromisoformat(str(day)), format=form, locale=self.locale)

    def period(self, start: dt.date | str, end: dt.date | str) -> str:
        """Sep 1 – Dec 31, 2026 / 1 sept – 31 dic 2026."""
        from babel.dates import format_interval

        return format_interval(date.fromisoformat(str(start)), date.fromisoformat(str(end)),
                               "yMMMd", locale=self.locale)

    def language_name(self, code: str) -> str:
        """A survey language's name in the report's language (inglés, español)."""
        return self.locale.languages.get(code, code)

    def code(self, prefix: str, value: str) -> str:
        """A stored code (role, grade, team) in words; unknown codes as they are."""
        return str(TEXTS[self.language].get(f"{prefix}_{value}", value))
