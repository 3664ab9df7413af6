"""Every file dialog of the app opens in the folder the organizer last used (kept in the
settings table, so a USB stick chosen once is offered again) and remembers the new one.

A folder that has gone (the stick pulled out) is not offered: the dialog opens in the home
folder instead.
"""

from __future__ import annotations

import contextlib
import sqlite3
from pathlib import Path

from PySide6.QtWidgets import QFileDialog, QWidget

from sos_desktop.core import settings
from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database


def start_in(db: Database, name: str = "") -> str:
    folder = Path(settings.last_folder(db) or Path.home())
    return str(folder / name) if name else str(folder)


def _remember(db: Database, path: str) -> None:
    # A busy or read-only database must not lose the file the organizer just chose.
    with contextlib.suppress(SosError, OSError, sqlite3.Error):
        settings.remember_folder(db, path)


def save_path(parent: QWidget | None, db: Database, title: str, suggested: str,
              pattern: str) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, title, start_in(db, suggested), pattern)
    if not name:
        return None
    _remember(db, name)
    return Path(name)


def open_path(parent: QWidget | None, db: Database, title: str, pattern: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, title, start_in(db), pattern)
    if not name:
        return None
    _remember(db, name)
    return Path(name)


def open_paths(parent: QWidget | None, db: Database, title: str, pattern: str) -> list[Path]:
    names, _ = QFileDialog.getOpenFileNames(parent, title, start_in(db), pattern)
    if names:
        _remember(db, names[0])
    return [Path(n) for n in names]


def choose_folder(parent: QWidget | None, db: Database, title: str) -> Path | None:
    name = QFileDialog.getExistingDirectory(parent, title, start_in(db))
    if not name:
        return None
    _remember(db, name)
    return Path(name)
