"""Render a screen in Spanish and find any English left on it.

    with spanish():
        window = MainWindow(db)
        assert english_left(window) == []

`english_left` reads every text a person can see or hear from a widget and its children
(labels, buttons, titles, menus, tabs, table headers, placeholders, tooltips, accessible
names) and returns those with an English word in them. Data typed by people (a school's name)
is the caller's to leave out through `allowed`.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from contextlib import contextmanager

from PySide6.QtCore import QModelIndex, Qt
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QComboBox,
    QGroupBox,
    QLabel,
    QLineEdit,
    QMenu,
    QTabWidget,
    QTextEdit,
    QWidget,
)

from sos_desktop.ui.language import apply_language

# Words that are English and not Spanish; a text with any of them was left untranslated.
ENGLISH = set("""
the and of to your you with for from this that these those is are was were not yet will can
has have here there which what when where who how it its be been by on at or if
open close save cancel new edit delete remove add export import visit visits survey surveys
answer answers sign signup signups sign-up sign-ups results settings help file start stop
next back print scan sheet sheets review present slide slides notes timer organizer
passphrase backup restore quit loading none all show hide choose chosen choice folder
done ready name date educator school class deck minutes seconds language contact
contacts phone consent yes thanks please apply reset skip finish send
""".split())  # noqa: SIM905 (a paragraph reads better than a list)
_WORD = re.compile(r"[A-Za-z][A-Za-z'’-]*")
_TAGS = re.compile(r"<[^>]*>|&[a-z]+;")


@contextmanager
def spanish() -> Iterator[None]:
    apply_language("es")
    try:
        yield
    finally:
        apply_language("en")


def english_left(widget: QWidget, allowed: Iterable[str] = ()) -> list[str]:
    """The texts shown by `widget` (and its children) that still have English words."""
    allowed = set(allowed)
    found = []
    for text in sorted(set(_texts(widget))):
        bare = _TAGS.sub(" ", text.replace("&&", "and").replace("&", ""))
        for data in sorted(allowed, key=len, reverse=True):  # "New Haven" inside a longer one
            bare = bare.replace(data, " ")
        if any(word.lower() in ENGLISH for word in _WORD.findall(bare)):
            found.append(text)
    return found


def _texts(root: QWidget) -> Iterator[str]:
    widgets = [root, *root.findChildren(QWidget)]
    for widget in widgets:
        if not (widget is root or widget.isVisibleTo(root) or isinstance(widget, QMenu)):
            continue
        yield widget.windowTitle() if widget.isWindow() else ""
        yield widget.toolTip()
        yield widget.accessibleName()
        yield widget.accessibleDescription()
        if isinstance(widget, QLabel | QAbstractButton):
            yield widget.text()
        if isinstance(widget, QLineEdit):
            yield widget.placeholderText()
            yield widget.text()
        if isinstance(widget, QTextEdit):
            yield widget.toPlainText()
        if isinstance(widget, QGroupBox):
            yield widget.title()
        if isinstance(widget, QComboBox):
            yield from (widget.itemText(i) for i in range(widget.count()))
        if isinstance(widget, QTabWidget):
            yield from (widget.tabText(i) for i in range(widget.count()))
        if isinstance(widget, QAbstractItemView) and widget.model() is not None:
            yield from _model_texts(widget)
        for action in widget.actions():
            yield action.text()
            yield action.toolTip() if action.toolTip() != action.text().replace("&", "") else ""
            menu = action.menu()
            if menu is not None:
                yield menu.title()


def _model_texts(view: QAbstractItemView) -> Iterator[str]:
    model = view.model()
    top = QModelIndex()
    try:
        columns = model.columnCount(top)
    except TypeError:  # a list model (QListWidget's) hides columnCount: it has one
        columns = 1
    for column in range(columns):
        yield str(model.headerData(column, Qt.Orientation.Horizontal) or "")
    for row in range(min(model.rowCount(top), 20)):
        for column in range(columns):
            yield str(model.index(row, column).data() or "")
