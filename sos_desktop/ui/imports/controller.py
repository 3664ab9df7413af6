"""Typed-up paper forms into the selected visit, from the window (same services as the CLI)."""

from __future__ import annotations

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.ui.exports.controller import SyncView

SHOWN_ERRORS = 15  # a long list of row errors is cut, with a count of the rest


def describe_errors(errors: list) -> str:  # csv_reader.RowError list
    lines = [str(e) for e in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(f"… and {len(errors) - SHOWN_ERRORS} more")
    return "\n".join(lines)


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
        try:
            result = import_signups(self.db, path, visit_id=visit_id)
        except ImportRejected as exc:
            question = (f"{path.name}: {len(exc.errors)} problem(s), nothing imported yet.\n\n"
                        f"{describe_errors(exc.errors)}\n\nImport the good rows and write the "
                        f"others to {rejects_path(path).name} to fix and import later?")
            if not self.view.confirm(question):
                return
            try:
                result = import_signups(self.db, path, visit_id=visit_id, skip_invalid=True)
            except SosError as again:
                self.view.show_error(str(again))
                return
        except SosError as exc:
            self.view.show_error(str(exc))
            return
        text = f"Imported {result.imported} sign-up(s)."
        if result.rejects_path:
            text += f"\n{result.rejected} row(s) set aside in {result.rejects_path}."
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
            result = import_responses(self.db, path, visit_id=visit_id)
        except ImportRejected as exc:
            self.view.show_error(f"{path.name}: {len(exc.errors)} problem(s), nothing imported."
                                 f"\n\n{describe_errors(exc.errors)}")
            return
        except SosError as exc:
            self.view.show_error(str(exc))
            return
        self.view.show_message(f"Imported {result.imported} response(s) to {result.survey_key}.")
        self.view.refresh()
