"""The window's language: the app's own texts (sos_desktop/i18n.py) and Qt's (standard
buttons, the calendar, file dialogs), from Settings or else the computer's locale."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from sos_desktop import i18n
from sos_desktop.core import settings
from sos_desktop.core.db import Database

_qt_translators: list[QTranslator] = []
_LOCALES = {"en": QLocale.Language.English, "es": QLocale.Language.Spanish}


def language_for(db: Database) -> str:
    """The language the organizer chose in Settings, or the computer's."""
    return i18n.chosen_language(settings.load(db).language, QLocale.system().name())


def apply_language(code: str) -> str:
    """Speak `code` from now on (windows built before keep their texts). Returns the code
    used: English when `code` is not one the app speaks."""
    code = i18n.set_language(code)
    app = QCoreApplication.instance()
    for translator in _qt_translators:
        if app is not None:
            app.removeTranslator(translator)
    _qt_translators.clear()
    if code != i18n.SOURCE_LANGUAGE and app is not None:
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", folder):  # Qt's "Cancel", "Yes", month names
            app.installTranslator(translator)
            _qt_translators.append(translator)
    # Dates, numbers and the calendar's day names; the country keeps US formats.
    QLocale.setDefault(QLocale(_LOCALES[code], QLocale.Country.UnitedStates))
    return code
