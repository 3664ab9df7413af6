"""The languages the app speaks: the one list every part reads (window, kiosk, command line,
reports, answer sheets, the translation tool). No Qt here, so core can read it too.

Adding a language is one line in LANGUAGES plus its catalog,
resources/translations/sos_<code>.ts (`python -m installer.translations update` creates it).
Core's own en/es tables (reports, answer sheets, the printed sign-in sheet's consent) still
need their entries until core speaks in message codes (issue 19).

The list is read through the functions below at the moment of use, never copied at import,
so tests can add the pseudo-locale (tests/pseudo.py) for a while.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class Language:
    code: str  # ISO 639 code; names the catalog sos_<code>.ts and the --lang value
    name: str  # its own name, as the person choosing it reads it ("Español")
    english: str  # its name in English, as survey spreadsheets' label::Spanish columns say
    babel: str  # the CLDR locale for Babel: plural forms, numbers and dates in reports
    qt: str  # the QLocale.Language member for the window's dates, numbers and calendar


SOURCE = "en"  # the language of the texts in the source code
LANGUAGES: tuple[Language, ...] = (
    Language("en", "English", "English", "en_US", "English"),
    Language("es", "Español", "Spanish", "es", "Spanish"),
)


def all_languages() -> tuple[Language, ...]:
    return LANGUAGES


def codes() -> tuple[str, ...]:
    """("en", "es"): the source language first."""
    return tuple(language.code for language in LANGUAGES)


def translated() -> tuple[str, ...]:
    """The languages with a catalog: every one but the source's."""
    return tuple(code for code in codes() if code != SOURCE)


def names() -> dict[str, str]:
    """Each language's own name by code: {"en": "English", "es": "Español"}."""
    return {language.code: language.name for language in LANGUAGES}


def known(code: str) -> bool:
    return any(language.code == code for language in LANGUAGES)


def get(code: str) -> Language:
    """The language `code`; the source language when the app does not speak it."""
    return next((language for language in LANGUAGES if language.code == code),
                next(language for language in LANGUAGES if language.code == SOURCE))


def name(code: str) -> str:
    """`code`'s own name, or the code itself when the app does not speak it."""
    return names().get(code, code)
