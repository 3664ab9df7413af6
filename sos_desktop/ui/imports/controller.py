"""Typed-up paper forms into the selected visit, from the window (same services as the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.core.plural import plural
from sos_desktop.ui.exports.controller import SyncView

T = TypeVar("T")
SHOWN_ERRORS = 15  # a long list of row errors is cut, with a count of the rest


def _problems(errors: list) -> str:
    return plural(len(errors), "problem", "problems")


def describe_errors(errors: list) -> str:
    lines = [str(e) for e in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"… and {len(errors) - SHOWN_ERRORS} more")
    return "\n".join(lines)


class _Again:
    """Asks once per file whether to import a file whose content went in before."""

    def __init__(self, view: SyncView) -> None:
        self.view, self.yes = view, False

    def run(self, task: Callable[[bool], T]) -> T | None:
        """`task(again)`, repeated with again=True if the organizer agrees (None if not)."""
        from sos_desktop.core.imports.signups import AlreadyImported

        try:
            return task(self.yes)
        except AlreadyImported as exc:
            if not self.view.confirm_again(f"{exc}.\n\nImport it again anyway?"):
                return None
            self.yes = True
            return task(True)


class ImportController:
    def __init__(self, db: Database, view: SyncView) -> None:
        self.db, self.view = db, view

    def _visit(self) -> str | None:
        visit_id = self.view.selected_visit_id()
        if visit_id is None:
            self.view.show_error("Select the visit the paper forms come from first.")
        return visit_id

    def signin_sheet(self) -> None:
        from sos_desktop.core.imports.csv_reader import ImportRejected
        from sos_desktop.core.imports.signups import import_signups, rejects_path

        visit_id = self._visit()
        if visit_id is None:
            return
        path = self.view.ask_open_path("Typed-up sign-in sheet", "CSV (*.csv)")
        if path is None:
            return
        asking = _Again(self.view)
        try:
            result = asking.run(lambda again: import_signups(
                self.db, path, visit_id=visit_id, again=again))
        except ImportRejected as exc:
            question = (f"{path.name}: {_problems(exc.errors)}, nothing imported yet.\n\n"
                        f"{describe_errors(exc.errors)}\n\nImport the good rows and write the "
                        f"others to {rejects_path(path).name} to fix and import later?")
            if not self.view.confirm(question):
                return
            try:
                result = asking.run(lambda again: import_signups(
                    self.db, path, visit_id=visit_id, skip_invalid=True, again=again))
            except SosError as second:
                self.view.show_error(str(second))
                return
        except SosError as exc:
            self.view.show_error(str(exc))
            return
        if result is None:
            return
        text = f"Imported {plural(result.imported, 'sign-up', 'sign-ups')}."
        if result.rejects_path:
            text += (f"\n{plural(result.rejected, 'row', 'rows')} set aside in "
                     f"{result.rejects_path}.")
        self.view.show_message(text)
        self.view.refresh()

    def paper_surveys(self) -> None:
        from sos_desktop.core.imports.csv_reader import ImportRejected
        from sos_desktop.core.imports.responses import import_responses

        visit_id = self._visit()
        if visit_id is None:
            return
        path = self.view.ask_open_path("Typed-up paper surveys", "CSV (*.csv)")
        if path is None:
            return
        try:
            result = _Again(self.view).run(lambda again: import_responses(
                self.db, path, visit_id=visit_id, again=again))
        except ImportRejected as exc:
            self.view.show_error(f"{path.name}: {_problems(exc.errors)}, nothing imported."
                                 f"\n\n{describe_errors(exc.errors)}")
            return
        except SosError as exc:
            self.view.show_error(str(exc))
            return
        if result is None:
            return
        self.view.show_message(f"Imported {plural(result.imported, 'response', 'responses')} "
                               f"to {result.survey_key}.")
        self.view.refresh()
