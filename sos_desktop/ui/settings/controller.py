"""What the Settings dialog does, independent of widgets: the view is any object with the
methods of SettingsView (tests pass a fake one). Checks are core's."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Protocol

from sos_desktop.core import settings
from sos_desktop.core.errors import InvalidInput, Problem
from sos_desktop.core.kiosk.pin import has_pin
from sos_desktop.core.security import keystore
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr


class SettingsView(Protocol):
    def show_settings(self, values: settings.Settings) -> None: ...
    def show_protection(self, pin_set: bool, keys_set: bool) -> None: ...
    def show_problems(self, problems: list[Problem]) -> None: ...
    def ask_new_pin(self) -> bool: ...
    def ask_pin_change(self) -> bool: ...
    def ask_passphrase(self) -> bool: ...
    def open_folder(self, folder: Path) -> bool: ...
    def show_error(self, message: str) -> None: ...


class SettingsController:
    def __init__(self, db: Database, view: SettingsView,
                 survey_choices: Callable[[], list[tuple[str, str]]]) -> None:
        self.db = db
        self.view = view
        self.surveys = survey_choices()

    @property
    def data_folder(self) -> Path:
        return self.db.path.parent

    def load(self) -> None:
        self.view.show_settings(settings.load(self.db))
        self._show_protection()

    def _show_protection(self) -> None:
        self.view.show_protection(has_pin(self.db), keystore.read_keys(self.db) is not None)

    def save(self, values: settings.Settings) -> bool:
        """True once stored; else the problems are shown and nothing is stored."""
        try:
            settings.save(self.db, values, {key for key, _title in self.surveys})
        except InvalidInput as exc:
            self.view.show_problems(list(exc.problems))
            return False
        return True

    def pin(self) -> None:
        """Set the PIN, or change it (the current PIN first) when one exists."""
        if has_pin(self.db):
            self.view.ask_pin_change()
        else:
            self.view.ask_new_pin()
        self._show_protection()

    def passphrase(self) -> None:
        if keystore.read_keys(self.db) is None:
            self.view.ask_passphrase()
        self._show_protection()

    def open_data_folder(self) -> None:
        if not self.view.open_folder(self.data_folder):
            self.view.show_error(tr("Could not open the data folder {folder}. Open it from the "
                                    "file manager.").format(folder=self.data_folder))
