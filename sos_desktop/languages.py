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


class Language:
    """One language (a plain class, not a dataclass: every start, `--version` included, reads
    this module, and dataclasses with inspect cost the command line a third of its start)."""

    __slots__ = ("code", "name", "english", "babel", "qt")

    def __init__(self, code: str, name: str, english: str, babel: str, qt: str) -> None:
        self.code = code  # ISO 639 code; names the catalog sos_<code>.ts and the --lang value
        self.name = name  # its own name, as the person choosing it reads it ("Español")
        self.english = english  # its name in English, as survey spreadsheets' label::Spanish
        self.babel = babel  # the CLDR locale for Babel: plural forms, numbers, dates in reports
        self.qt = qt  # the QLocale.Language member for the window's dates, numbers, calendar

    def _fields(self) -> tuple[str, str, str, str, str]:
        return (self.code, self.name, self.english, self.babel, self.qt)

    def __eq__(self, other: object) -> bool:
        return isinstance(other, Language) and self._fields() == other._fields()

    def __hash__(self) -> int:
        return hash(self._fields())

    def __repr__(self) -> str:
        return f"Language{self._fields()!r}"


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
