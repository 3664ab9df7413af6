"""The Alt-key letters of one window, to find two that share a letter: Qt then only moves the
focus between them (a menu does not open, a button is not pressed).

    assert mnemonic_clashes(window) == {}

A window's letters are its menu bar's titles and its visible buttons and labels (a label's
letter focuses its field); each menu's items are a group of their own."""

from __future__ import annotations

import re
from collections import defaultdict

from PySide6.QtWidgets import QAbstractButton, QLabel, QMainWindow, QMenu, QWidget

_LETTER = re.compile(r"&([^&\s])")


def letter(text: str) -> str | None:
    found = _LETTER.search(text.replace("&&", ""))
    return found.group(1).lower() if found else None


def clashes(texts: list[str]) -> dict[str, list[str]]:
    """The letters used by more than one of `texts`, with the texts using each."""
    users = defaultdict(list)
    for text in texts:
        if (key := letter(text)) is not None:
            users[key].append(text)
    return {key: found for key, found in users.items() if len(found) > 1}


def window_letters(window: QWidget) -> list[str]:
    texts = []
    if isinstance(window, QMainWindow):
        texts += [action.text() for action in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or widget.window() is not window:
            continue
        if isinstance(widget, QAbstractButton | QLabel):
            texts.append(widget.text())
    return texts


def mnemonic_clashes(window: QWidget) -> dict[str, list[str]]:
    """Clashes among the window's own letters, and within each of its menus."""
    found = clashes(window_letters(window))
    for menu in window.findChildren(QMenu):
        for key, texts in clashes([a.text() for a in menu.actions()]).items():
            found[f"{menu.title()} {key}"] = texts
    return found
