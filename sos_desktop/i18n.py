"""The interface language: every string a person reads goes through `tr` (the organizer's
language), `kiosk.tr` (the language the student chose at the kiosk) or `audience.tr` (the
language of the results projected for the class).

The texts are English in the source; their Spanish is resources/translations/sos_es.ts (edited
by hand or in Qt Linguist), compiled to sos_es.qm by `python -m installer.translations`. Both
files are kept in the repository, so a fresh checkout runs in Spanish without a build step.

Qt's own translation system does the work: `pyside6-lupdate` finds every `tr("...")`,
`kiosk.tr("...")`, `audience.tr("...")` and `QT_TR_NOOP("...")` in the source, and a
QTranslator reads the .qm. In English nothing is looked up, so the command line does not load
Qt (90 ms) to print English.

Placeholders are Python's named fields, filled after translation so a translation can move
them: `tr("Saved {path}").format(path=...)`. A count is Qt's `%n` with the count as the third
argument: `tr("%n sign-up(s)", None, n)`. The English source writes the plural ending in
brackets, "(s)" or "(es)", and English output never shows them: "1 sign-up", "2 sign-ups".
"""

from __future__ import annotations

import os

from sos_desktop import languages

TYPE_CHECKING = False  # as typing's: the command line's start-up does not load typing
if TYPE_CHECKING:
    from PySide6.QtCore import QTranslator

SOURCE_LANGUAGE = languages.SOURCE

_language = SOURCE_LANGUAGE
_translators: dict[str, QTranslator | None] = {}
_ENDINGS = ("es", "s")  # the English source's plural endings, written in brackets


def language() -> str:
    """The organizer's interface language, a code of sos_desktop/languages.py."""
    return _language


def set_language(code: str) -> str:
    """Use `code` for every later `tr`; an unknown code means English. Returns the one used.
    Windows already built keep their texts: the main window rebuilds itself (ui/app.py)."""
    global _language
    _language = code if languages.known(code) else SOURCE_LANGUAGE
    return _language


def tr(text: str, disambiguation: str | None = None, n: int = -1) -> str:
    """`text` in the organizer's language. `disambiguation` tells two uses of one English text
    apart; `n` is the count a `%n` in `text` stands for."""
    return translate(_language, "", text, disambiguation, n)


def QT_TR_NOOP(text: str) -> str:
    """Marks a text for translation where it is defined (a table of labels); `tr(value)`
    translates it where it is shown, in the language of that moment."""
    return text


class _InChosenLanguage:
    """Texts in a language chosen for the people in the room, not the organizer's: the
    kiosk's in the one each student picks, the projected results' in the survey's."""

    def __init__(self, context: str) -> None:
        self.context = context

    def tr(self, text: str, disambiguation: str | None = None, n: int = -1, *,
           language: str) -> str:
        return translate(language, self.context, text, disambiguation, n)


# lupdate files `kiosk.tr("...")` under the context "kiosk", named after the object at the
# call: import these under these names.
kiosk = _InChosenLanguage("kiosk")
audience = _InChosenLanguage("audience")


def translate(code: str, context: str, text: str, disambiguation: str | None = None,
              n: int = -1) -> str:
    """`text` (from `context`) in language `code`; the English source when there is no
    translation."""
    found = ""
    if code != SOURCE_LANGUAGE:
        translator = _translator(code)
        if translator is not None:
            found = translator.translate(context, text, disambiguation, n) or ""
    result = found or text
    if n < 0:
        return result
    if not found:  # str.replace, not re: the command line's start does not load re
        for ending in _ENDINGS:
            result = result.replace(f"({ending})", ending if n != 1 else "")
    return result.replace("%n", str(n))


def _translator(code: str) -> QTranslator | None:
    """The loaded translation for `code`, or None when the file is missing or unreadable (then
    the interface stays English, which is better than no interface)."""
    if code not in _translators:
        from PySide6.QtCore import QTranslator

        from sos_desktop.core.paths import resources_dir

        translator = QTranslator()
        folder = resources_dir() / "translations"
        _translators[code] = translator if translator.load(f"sos_{code}", str(folder)) else None
    return _translators[code]


def translator_loaded(code: str) -> bool:
    """True when `code`'s translation file was found and read."""
    return _translator(code) is not None


def system_language(locale_name: str | None = None) -> str:
    """The computer's language if the app speaks it, else English. `locale_name` is Qt's
    (QLocale.system().name(), e.g. "es_US"); without it, the POSIX variables the command line
    sees (LC_ALL, LC_MESSAGES, LANG), as gettext reads them."""
    if locale_name is None:
        locale_name = next((os.environ[name] for name in ("LC_ALL", "LC_MESSAGES", "LANG")
                            if os.environ.get(name)), "")
    code = locale_name.split("_")[0].split(".")[0].split("-")[0].lower()
    return code if languages.known(code) else SOURCE_LANGUAGE


def chosen_language(stored: str, locale_name: str | None = None) -> str:
    """The organizer's choice in Settings ("" = follow the computer)."""
    return stored if languages.known(stored) else system_language(locale_name)
