"""The window's language: the app's own texts (sos_desktop/i18n.py) and Qt's (standard
buttons, the calendar, file dialogs), from Settings or else the computer's locale."""

from __future__ import annotations

from functools import cache
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QLocale

from sos_desktop import i18n, languages
from sos_desktop.core import settings
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import QT_TR_NOOP

if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

_qt_translators: list[QTranslator] = []
# Texts of Qt's own file dialog (shown where the system has no native one, as on a bare Linux
# desktop) that Qt 6.12 renamed or added and its qtbase_es.qm does not have: without these the
# Spanish dialog read "Look in:", "Files of type:" and "Folder".
_QT_GAPS = {
    ("QFileDialog", "&Look in:"): QT_TR_NOOP("&Look in:"),
    ("QFileDialog", "Files of &type:"): QT_TR_NOOP("Files of &type:"),
    ("QAbstractFileIconProvider", "Folder"): QT_TR_NOOP("Folder"),
}


@cache
def _qt_gaps() -> type[QTranslator]:
    """The translator of _QT_GAPS, made when a language other than English is first applied:
    PySide's QTranslator and QLibraryInfo types cost an English start ~1 ms."""
    from PySide6.QtCore import QTranslator

    class _QtGaps(QTranslator):
        """Qt's texts missing from its own translation, in the app's (asked after Qt's)."""

        def translate(self, context: str, source: str, disambiguation: str | None = None,
                      n: int = -1) -> str | None:
            text = _QT_GAPS.get((context, source))
            return None if text is None else i18n.tr(text)

        def isEmpty(self) -> bool:
            return False

    return _QtGaps


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
        from PySide6.QtCore import QLibraryInfo, QTranslator

        gaps = _qt_gaps()()  # installed first, so asked last
        app.installTranslator(gaps)
        _qt_translators.append(gaps)
        folder = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
        translator = QTranslator()
        if translator.load(f"qtbase_{code}", folder):  # Qt's "Cancel", "Yes", month names
            app.installTranslator(translator)
            _qt_translators.append(translator)
    # Dates, numbers and the calendar's day names; the country keeps US formats.
    qt_language = getattr(QLocale.Language, languages.get(code).qt)
    QLocale.setDefault(QLocale(qt_language, QLocale.Country.UnitedStates))
    return code
