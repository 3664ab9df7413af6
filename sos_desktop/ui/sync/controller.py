"""Export/sync logic for the window, behind a small view interface (file pickers, messages,
progress), so tests drive it with a fake view and never open a dialog."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from typing import Protocol

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError

Progress = Callable[[int, int], None]


@dataclass(frozen=True)
class SignupChoice:
    profile: str
    new_only: bool
    bom: bool
    path: Path


class SyncView(Protocol):
    def selected_visit_id(self) -> str | None: ...
    def ask_signup_export(self, profiles: list[str]) -> SignupChoice | None: ...
    def ask_save_path(self, title: str, suggested: str, pattern: str) -> Path | None: ...
    def ask_open_path(self, title: str, pattern: str) -> Path | None: ...
    def ask_survey(self, keys: list[str]) -> str | None: ...
    def ask_period(self) -> tuple[date, date] | None: ...
    def confirm(self, question: str) -> bool: ...
    def run_with_progress(self, label: str, task: Callable[[Progress], object]) -> object: ...
    def show_message(self, text: str) -> None: ...
    def show_error(self, text: str) -> None: ...
    def refresh(self) -> None: ...


class SyncController:
    def __init__(self, db: Database, view: SyncView) -> None:
        self.db, self.view = db, view

    def _run(self, label: str, task: Callable[[Progress], object],
             done: Callable[[object], str]) -> object | None:
        try:
            result = self.view.run_with_progress(label, task)
        except SosError as exc:
            self.view.show_error(str(exc))
            return None
        self.view.show_message(done(result))
        self.view.refresh()
        return result

    def export_signups(self) -> None:
        from sos_desktop.core.export_signups import export_signups
        from sos_desktop.core.sync.profiles import PROFILES

        choice = self.view.ask_signup_export(list(PROFILES))
        if choice is None:
            return

        def done(r) -> str:  # noqa: ANN001
            text = (f"Wrote {r.rows} sign-up(s) to {r.path}.\n{r.skipped_no_consent} left out "
                    f"without consent; {r.merged} repeat sign-up(s) merged.")
            if r.likely_duplicates:
                names = ", ".join(d.name for d in r.likely_duplicates[:10])
                text += f"\nCheck by hand (same name, different contacts): {names}"
            return text + ("\nAfter loading it into the CRM, mark it as imported "
                           f"(`sos-desktop export mark-imported {r.receipt_id[:8]}`).")

        self._run("Exporting sign-ups…", lambda progress: export_signups(
            self.db, choice.path, profile=choice.profile, new_only=choice.new_only,
            bom=choice.bom, progress=progress), done)

    def export_responses(self) -> None:
        from sos_desktop.core.survey_store import list_surveys
        from sos_desktop.core.sync.responses_export import export_responses

        key = self.view.ask_survey([s.key for s in list_surveys(self.db)])
        if not key:
            return
        path = self.view.ask_save_path("Survey answers", f"{key}-answers.csv", "CSV (*.csv)")
        if path is None:
            return
        self._run("Exporting survey answers…",
                  lambda progress: export_responses(self.db, key, path, progress=progress),
                  lambda r: f"Wrote {r.rows} response(s) to {r.path}\nCodebook: {r.codebook}")

    def visit_report(self) -> None:
        from sos_desktop.core.sync.pdf.visit_report import visit_report

        visit_id = self.view.selected_visit_id()
        if visit_id is None:
            self.view.show_error("Select a visit first.")
            return
        path = self.view.ask_save_path("Visit report", "visit-report.pdf", "PDF (*.pdf)")
        if path is not None:
            self._run("Writing the visit report…",
                      lambda _p: visit_report(self.db, visit_id, path),
                      lambda r: f"Wrote the visit report to {r.path} ({r.pages} page(s)).")

    def signin_sheet(self) -> None:
        from sos_desktop.core.sync.pdf.paper import signin_sheet

        path = self.view.ask_save_path("Sign-in sheet", "sign-in-sheet.pdf", "PDF (*.pdf)")
        if path is not None:
            visit_id = self.view.selected_visit_id()
            self._run("Writing the sign-in sheet…",
                      lambda _p: signin_sheet(self.db, path, visit_id=visit_id),
                      lambda r: f"Wrote the sign-in sheet to {r.path} ({r.pages} page(s)).")

    def export_bundle(self) -> None:
        from sos_desktop.core.sync.bundle_export import export_bundle

        suggested = f"sos-{date.today().isoformat()}.sosbundle"
        path = self.view.ask_save_path("Bundle", suggested, "SOS bundle (*.sosbundle)")
        if path is not None:
            self._run("Writing the bundle…", lambda _p: export_bundle(self.db, path),
                      lambda r: f"Wrote {sum(r.counts.values())} record(s) to {r.path}.")

    def import_bundle(self) -> None:
        from sos_desktop.core.sync.bundle_import import import_bundle

        path = self.view.ask_open_path("Merge a bundle", "SOS bundle (*.sosbundle)")
        if path is None:
            return

        def done(r) -> str:  # noqa: ANN001
            if r.already_imported and not r.changed:
                return "This bundle was already merged; nothing changed."
            conflicts = sum(r.conflicts.values())
            return (f"Merged: {sum(r.added.values())} new record(s), "
                    f"{sum(r.unchanged.values())} already here, {conflicts} conflict(s)"
                    + (" (both versions kept; see `sos-desktop bundle conflicts`)."
                       if conflicts else "."))

        self._run("Merging the bundle…", lambda _p: import_bundle(self.db, path), done)

    def season_report(self) -> None:
        from sos_desktop.core.sync.pdf.season_report import season_report

        period = self.view.ask_period()
        if period is None:
            return
        start, end = period
        suggested = f"season-{start.isoformat()}-{end.isoformat()}.pdf"
        path = self.view.ask_save_path("Season report", suggested, "PDF (*.pdf)")
        if path is not None:
            self._run("Writing the season report…",
                      lambda _p: season_report(self.db, start.isoformat(), end.isoformat(), path),
                      lambda r: f"Wrote the season report to {r.path} ({r.pages} page(s)).")

    def paper_survey(self, language: str) -> None:
        from sos_desktop.core.survey_store import list_surveys
        from sos_desktop.core.sync.pdf.paper import print_survey

        key = self.view.ask_survey([s.key for s in list_surveys(self.db)])
        if not key:
            return
        path = self.view.ask_save_path("Paper survey", f"{key}-{language}.pdf", "PDF (*.pdf)")
        if path is not None:
            self._run("Writing the paper survey…",
                      lambda _p: print_survey(self.db, key, path, language=language),
                      lambda r: f"Wrote the paper survey to {r.path} ({r.pages} page(s)).")

    def paper_survey_en(self) -> None:
        self.paper_survey("en")

    def paper_survey_es(self) -> None:
        self.paper_survey("es")

    def mark_last_imported(self) -> None:
        """The organizer confirms the last CRM export reached the CRM."""
        from sos_desktop.core.sync.crm_marks import export_history, mark_imported

        history = export_history(self.db, kind="signups", limit=1)
        if not history:
            self.view.show_error("No sign-up export yet.")
            return
        last = history[0]
        when = last.created_at[:16].replace("T", " ")  # local time
        if not self.view.confirm(
            f"Mark the export of {when} ({last.rows} row(s), profile "
            f"{last.profile}) as loaded into the CRM?"
        ):
            return
        try:
            _receipt_id, new = mark_imported(self.db, last.receipt_id)
        except SosError as exc:
            self.view.show_error(str(exc))
            return
        self.view.show_message("Marked as imported." if new else "It was already marked.")
        self.view.refresh()
