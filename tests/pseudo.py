"""The pseudo-locale in tests (installer/pseudo.py makes its catalog): a window built in it
shows every translated text accented and ~30% longer ("[Šàṽé ~~]"), so

- `plain_english(widget, allowed)` lists the texts that still have a plain ASCII word: a text
  not passed through `tr`, or a finished English sentence from core (core reports problems as
  codes that words/ and ui/ word through `tr`, issue 19);
- `cut_texts(widget)` lists the one-line labels and buttons narrower than their text, and a
  window larger than the 1366×768 laptop screen.

Use the `pseudo` fixture (tests/conftest.py): the app speaks the pseudo-locale for the test.
"""

from __future__ import annotations

import calendar
import os
import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QSize, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QCheckBox,
    QDialog,
    QLabel,
    QPushButton,
    QRadioButton,
    QWidget,
)

from installer.pseudo import CODE, pseudo_text
from sos_desktop import i18n, languages
from tests.strip_data import without
from tests.ui.spanish import _texts

PSEUDO = languages.Language(CODE, "[Ƥšéûđö ~]", "Pseudo", "en_US", "English")
SCREEN = (1366, 768)
_LETTER_RUN = re.compile(r"[^\W\d_]+")
# Not words: paths, file names, web and mail addresses, ids, hashes and key fingerprints
# ("ad85 9061 e331 1024"), markup, key names in shortcuts, `commands` to type.
_NOT_WORDS = re.compile(
    r"<[^>]*>|&[a-zA-Z]+;|https?://\S+|\S+@\S+|\S*[/\\]\S*|\b[\w-]+\.(?:pdf|csv|xlsx|zip|"
    r"png|jpg|sos|db|json|yaml|ts|qm)\b|\b[0-9a-f]{8}(?:-[0-9a-f-]+)?\b|\b[0-9a-f]{16,}\b"
    r"|\b[0-9a-f]{4}(?: [0-9a-f]{4}){2,}\b"
    r"|\bCtrl\+\S+|`[^`]*`")


class _QtPseudo(QTranslator):
    """Qt's own texts (standard buttons, file dialogs) in the pseudo-locale too, so what is
    left in plain English is the app's."""

    def translate(self, context: str, source: str, disambiguation: str | None = None,
                  n: int = -1) -> str | None:
        if not context.startswith("Q") or not source:
            return None
        return pseudo_text(source)

    def isEmpty(self) -> bool:
        return False


@contextmanager
def speaking_pseudo(qm: Path, monkeypatch) -> Iterator[None]:
    """The app in the pseudo-locale: a language of sos_desktop/languages.py for the while,
    its catalog `qm` loaded, Qt's texts pseudo-translated."""
    from sos_desktop.ui.language import apply_language

    monkeypatch.setattr(languages, "LANGUAGES", (*languages.LANGUAGES, PSEUDO))
    translator = QTranslator()
    assert translator.load(str(qm)), qm
    monkeypatch.setitem(i18n._translators, CODE, translator)
    qt = _QtPseudo()
    app = QCoreApplication.instance()
    assert apply_language(CODE) == CODE
    if app is not None:  # the command line runs without one
        app.installTranslator(qt)
    try:
        yield
    finally:
        if app is not None:
            app.removeTranslator(qt)
        apply_language(languages.SOURCE)


# Dates, numbers and sizes follow the pseudo-locale's QLocale, English: "Wed 14 Oct 2026" and
# "200.00 KiB" (QLocale.formatDataSize) are data, as is "UTC" (the same in every language).
_DATE_WORDS = {name[:n].lower() for name in (*calendar.month_name, *calendar.day_name)
               for n in (3, 4, len(name)) if name} | {"kib", "mib", "gib", "utc"}


def shot(widget: QWidget, name: str) -> None:
    """Saves what `widget` shows to $SOS_PSEUDO_SHOTS/pseudo-<name>.png, when that is set."""
    if folder := os.environ.get("SOS_PSEUDO_SHOTS"):
        QCoreApplication.processEvents()
        widget.grab().save(os.path.join(folder, f"pseudo-{name}.png"))


def show_on_laptop(window: QWidget) -> None:
    """Shows `window` as on the 1366×768 laptop: a window filling it, a dialog at its own
    size bounded to two thirds of the screen as Qt does (the offscreen test screen is smaller,
    so this is done by hand)."""
    if not isinstance(window, QDialog):
        window.resize(*SCREEN)
    else:
        limit = QSize(SCREEN[0] * 2 // 3, SCREEN[1] * 2 // 3)
        window.resize(window.sizeHint().boundedTo(limit).expandedTo(window.minimumSizeHint()))
    window.show()
    QCoreApplication.processEvents()


def english_words(text: str, allowed: Iterable[str] = ()) -> list[str]:
    """The plain ASCII words of `text` once `allowed` data, the languages' own names, dates,
    paths, ids and markup are out."""
    allowed = [*allowed, *languages.names().values()]
    allowed += [data.replace("&", "&&") for data in allowed if "&" in data]  # a button's text
    text = without(text, allowed)
    text = _NOT_WORDS.sub(" ", text.replace("&&", " "))
    return [run for run in _LETTER_RUN.findall(text.replace("&", ""))
            if len(run) > 1 and run.isascii() and run.lower() not in _DATE_WORDS]


def plain_english(root: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """The texts `root` and its visible children show with a plain English word in them."""
    allowed = list(allowed)
    return sorted({text for text in _texts(root) if text and english_words(text, allowed)})


def cut_texts(root: QWidget) -> list[str]:
    """The labels and buttons that show less than their whole text (one-line ones too narrow,
    wrapping labels too low), and `root` itself when it does not fit the laptop screen.
    Call after `root.show()`."""
    # Widgets a screen replaced go as the event loop would let them (deleteLater).
    QCoreApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    QCoreApplication.processEvents()
    found = []
    if root.isWindow() and (root.width() > SCREEN[0] or root.height() > SCREEN[1]):
        found.append(f"window {root.width()}×{root.height()} > screen")
    for widget in root.findChildren(QWidget):
        if (not widget.isVisibleTo(root) or widget.width() <= 0
                or type(widget).__name__.startswith("Elided")):  # shortens with "…" by design
            continue
        if isinstance(widget, QLabel):
            one_line = not widget.wordWrap() and widget.pixmap().isNull() and widget.text()
        else:
            one_line = (isinstance(widget, QPushButton | QCheckBox | QRadioButton)
                        and bool(widget.text()))
        if one_line and widget.width() < widget.sizeHint().width():
            text = widget.text() if isinstance(widget, QLabel | QAbstractButton) else ""
            found.append(f"{type(widget).__name__} {widget.width()} < "
                         f"{widget.sizeHint().width()}: {text[:60]}")
        elif (isinstance(widget, QLabel) and widget.wordWrap() and widget.text()
              and widget.height() < (need := widget.heightForWidth(widget.width()))):
            found.append(f"{type(widget).__name__} {widget.height()} high < {need}: "
                         f"{widget.text()[:60]}")
    return found
