"""Typed-up paper forms and online answers into the selected visit, from the window (same
services as the CLI)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any, TypeVar

from sos_desktop.core.errors import SosError
from sos_desktop.core.storage.db import Database
from sos_desktop.i18n import tr
from sos_desktop.ui.exports.types import SyncView
from sos_desktop.ui.imports.row_errors import describe_errors
from sos_desktop.words.errors import in_our_words

T = TypeVar("T")


def already_imported(exc) -> str:
    """Core's AlreadyImported in the organizer's language, from its facts."""
    from sos_desktop.core.imports.signups import RECEIPT_KIND as SIGNUPS

    if exc.kind == SIGNUPS:
        rows = tr("%n sign-up(s)", None, exc.rows)
    else:
        rows = tr("%n paper response(s)", None, exc.rows)
    if exc.visit:
        rows = tr("{rows} into {visit}").format(rows=rows, visit=exc.visit)
    return tr("{file}: this file was already imported on {when} ({rows}); importing it again "
              "would add them a second time.").format(file=exc.path.name, when=exc.imported_at,
                                                       rows=rows)


def _csv() -> str:
    return tr("CSV ({pattern})").format(pattern="*.csv")


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
            if not self.view.confirm_again(already_imported(exc) + "\n\n"
                                           + tr("Import it again anyway?")):
                return None
            self.yes = True
            return task(True)


# (file name, plan, column errors, other survey) -> import? ; the mapping table in the window.
AskMapping = Callable[[str, Any, list, str], bool]


class ImportController:
    def __init__(self, db: Database, view: SyncView, ask_mapping: AskMapping | None = None
                 ) -> None:
        self.db, self.view = db, view
        self.ask_mapping = ask_mapping or self._mapping_dialog

    def _mapping_dialog(self, file_name: str, plan, errors: list, other: str) -> bool:
        from sos_desktop.ui.imports.online_dialog import ask_online_import

        return ask_online_import(getattr(self.view, "window", None), file_name, plan, errors,
                                 other)

    def _visit(self) -> str | None:
        visit_id = self.view.selected_visit_id()
        if visit_id is None:
            self.view.show_error(tr("Select the visit the paper forms come from first."))
        return visit_id

    def _visit_and_file(self, title: str) -> tuple[str, Path] | None:
        """The selected visit and the CSV file the organizer picks for it; None if either is
        missing (the reason already shown) or the dialog was cancelled."""
        visit_id = self._visit()
        if visit_id is None:
            return None
        path = self.view.ask_open_path(title, _csv())
        return None if path is None else (visit_id, path)

    def signin_sheet(self) -> None:
        from sos_desktop.core.imports.csv_reader import ImportRejected
        from sos_desktop.core.imports.signups import import_signups, rejects_path

        chosen = self._visit_and_file(tr("Typed-up sign-in sheet"))
        if chosen is None:
            return
        visit_id, path = chosen
        asking = _Again(self.view)
        try:
            result = asking.run(lambda again: import_signups(
                self.db, path, visit_id=visit_id, again=again))
        except ImportRejected as exc:
            question = (tr("{file}: %n problem(s), nothing imported yet.", None,
                           len(exc.errors)).format(file=path.name)
                        + "\n\n" + describe_errors(exc.errors) + "\n\n"
                        + tr("Import the good rows and write the others to {rejects} to fix "
                             "and import later?").format(rejects=rejects_path(path).name))
            if not self.view.confirm(question):
                return
            try:
                result = asking.run(lambda again: import_signups(
                    self.db, path, visit_id=visit_id, skip_invalid=True, again=again))
            except SosError as second:
                self.view.show_error(in_our_words(second))
                return
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        if result is None:
            return
        text = tr("Imported %n sign-up(s).", None, result.imported)
        if result.rejects_path:
            text += "\n" + tr("%n row(s) set aside in {path}.", None, result.rejected).format(
                path=result.rejects_path)
        self.view.show_message(text)
        self.view.refresh()

    def paper_surveys(self) -> None:
        from sos_desktop.core.imports.csv_reader import ImportRejected
        from sos_desktop.core.imports.responses import import_responses

        chosen = self._visit_and_file(tr("Typed-up paper surveys"))
        if chosen is None:
            return
        visit_id, path = chosen
        try:
            result = _Again(self.view).run(lambda again: import_responses(
                self.db, path, visit_id=visit_id, again=again))
        except ImportRejected as exc:
            self.view.show_error(tr("{file}: %n problem(s), nothing imported.", None,
                                    len(exc.errors)).format(file=path.name)
                                 + "\n\n" + describe_errors(exc.errors))
            return
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        if result is None:
            return
        self.view.show_message(tr("Imported %n response(s) to {survey}.", None,
                                  result.imported).format(survey=result.survey_key))
        self.view.refresh()

    def online_answers(self) -> None:
        """A KoboToolbox / ODK / Google Forms export: its mapping first (a dry run), then, if
        the organizer agrees, the import; a second import of the same rows adds nothing."""
        from sos_desktop.core.imports.online.importer import (
            ColumnsRejected,
            import_online_responses,
        )

        chosen = self._visit_and_file(tr("Online answers (KoboToolbox, ODK or Google Forms)"))
        if chosen is None:
            return
        visit_id, path = chosen

        def run(dry_run: bool):
            return self.view.run_with_progress(
                tr("Reading {file}…").format(file=path.name),
                lambda progress: import_online_responses(
                    self.db, path, visit_id=visit_id, dry_run=dry_run,
                    progress=lambda done: progress(0, 0)))

        try:
            plan = run(True)
        except ColumnsRejected as exc:
            self.ask_mapping(path.name, exc.plan, exc.errors, exc.other_survey)
            return
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        if not self.ask_mapping(path.name, plan, [], ""):
            return
        try:
            result = run(False)
        except SosError as exc:
            self.view.show_error(in_our_words(exc))
            return
        text = tr("Imported %n online response(s).", None, result.added) + "\n" + tr(
            "Already in: {already} · empty: {empty} · not imported: {refused}").format(
            already=result.already_in, empty=result.empty, refused=result.refused)
        if result.errors:
            text += "\n\n" + describe_errors(result.errors)
        self.view.show_message(text)
        self.view.refresh()
