"""The reports' own words in English and Spanish, with plural forms, dates and numbers by Babel
(CLDR), so a Spanish report is Spanish throughout."""

from __future__ import annotations

from sos_desktop.core.errors import SosError

LANGUAGES = ("en", "es")
_LOCALES = {"en": "en_US", "es": "es"}

# A plural entry is a dict by CLDR plural category ("one", "other", ...).
TEXTS: dict[str, dict[str, str | dict[str, str]]] = {
    "en": {
        "threshold": "Figures are shown only for questions at least {n} students answered, as "
                     "in the live results, so that no student's answer can be picked out.",
        "hidden": "{answered} of {total} answered: too few to show figures (shown from {n}).",
    },
    "es": {
        "threshold": "Las cifras aparecen solo en las preguntas que contestaron al menos {n} "
                     "estudiantes, como en los resultados en vivo, para que no se pueda "
                     "reconocer la respuesta de nadie.",
        "hidden": "{answered} de {total} contestaron: muy pocas respuestas para mostrar cifras "
                  "(se muestran desde {n}).",
    },
}


class Words:
    """Wording, plurals, dates and numbers in one report language."""

    def __init__(self, language: str) -> None:
        if language not in LANGUAGES:
            raise SosError(f"reports are written in {' or '.join(LANGUAGES)}, not {language!r}")
        self.language = language
        self.locale = _LOCALES[language]

    def __call__(self, key: str, **values: object) -> str:
        text = TEXTS[self.language][key]
        assert isinstance(text, str), key
        return text.format(**values)
