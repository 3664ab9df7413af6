"""What SyncController and its views share: the progress callback, the sign-up export's
choice, the SyncView interface the window (view.py) and tests' fakes implement, and what
TeamLaptops uses of the controller. Apart, so controller, views and imports/ import these one
way."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol, TypeVar

from sos_desktop.core.storage.db import Database
from sos_desktop.ui.exports.choices import ReportChoice, ResponsesChoice, SurveyOption

Progress = Callable[[int, int], None]
T = TypeVar("T")


@dataclass(frozen=True)
class SignupChoice:
    profile: str
    new_only: bool
    bom: bool
    path: Path


class SyncView(Protocol):
    def selected_visit_id(self) -> str | None: ...
    def ask_signup_export(self, profiles: list[str],
                          preview: Callable[[str, bool], str]) -> SignupChoice | None: ...
    def ask_responses_export(self, surveys: list[SurveyOption]) -> ResponsesChoice | None: ...
    def ask_visit_report(self, visit: str) -> ReportChoice | None: ...
    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None: ...
    def ask_open_path(self, title: str, pattern: str) -> Path | None: ...
    def ask_survey(self, surveys: list[tuple[str, str]]) -> str | None: ...  # (key, title)
    def ask_period(self) -> tuple[date, date] | None: ...
    def confirm(self, question: str) -> bool: ...
    def confirm_again(self, question: str) -> bool: ...  # No is the default
    def ask_passphrase(self) -> str | None: ...
    def set_up_keys(self, db: Database) -> bool: ...
    def run_with_progress(self, label: str, task: Callable[[Progress], T]) -> T: ...
    def show_message(self, text: str) -> None: ...
    def show_error(self, text: str) -> None: ...
    def refresh(self) -> None: ...
    def show_laptops(self, team) -> None: ...  # the Team laptops dialog (ui/exports/laptops.py)


class Sync(Protocol):
    """What TeamLaptops (laptops.py) uses of SyncController."""

    db: Database
    view: SyncView

    def unlocked(self) -> bool: ...
