"""Export/sync logic for the window, behind a small view interface (file pickers, messages,
progress), so tests drive it with a fake view and never open a dialog."""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from pathlib import Path
from typing import TypeVar

from sos_desktop.core.db import Database
from sos_desktop.core.errors import SosError
from sos_desktop.i18n import QT_TR_NOOP, language, tr
from sos_desktop.ui.exports.choices import (
    report_file_name,
    responses_file_name,
    survey_options,
)
from sos_desktop.ui.exports.entries import menu_path
from sos_desktop.ui.exports.types import Progress, SyncView
from sos_desktop.words.errors import in_our_words

SHOWN_CONFLICTS = 15  # a long list is cut, with a count of the rest
T = TypeVar("T")


# What a bundle carries, by table (core/bundles/format.py TABLES), for the conflicts list.
TABLE_NAMES = {
    "survey_definitions": QT_TR_NOOP("surveys"),
    "visits": QT_TR_NOOP("visits"),
    "survey_responses": QT_TR_NOOP("survey answers"),
    "signups": QT_TR_NOOP("sign-ups"),
}


def _pages(result) -> str:
    return tr("%n page(s)", None, result.pages)


def _table(name: str) -> str:
    return tr(TABLE_NAMES[name]) if name in TABLE_NAMES else name


def _pdf() -> str:
    return tr("PDF ({pattern})").format(pattern="*.pdf")


def _csv() -> str:
    return tr("CSV ({pattern})").format(pattern="*.csv")


def _bundle() -> str:
    return tr("SOS bundle ({pattern})").format(pattern="*.sosbundle")


class SyncController:
    def __init__(self, db: Database, view: SyncView) -> None:
        self.db, self.view = db, view

    def _run(self, label: str, task: Callable[[Progress], T],
             done: Callable[[T], str]) -> T | None:
        try:
            result = self.view.run_with_progress(label, task)
        except SosError as exc:
            self.view.show_error(in_our_words(str(exc)))
            return None
        self.view.show_message(done(result))
        self.view.refresh()
        return result

    def unlocked(self) -> bool:
        """The private key, asked for once per session (forgotten when the kiosk starts or the
        app quits): sign-up exports and bundle merges open sealed contacts."""
        from sos_desktop.core.security import keystore
        from sos_desktop.core.security.keys import WRONG_PASSPHRASE, KeyProblem

        if self.db.contact_key is not None:
            return True
        keys = keystore.read_keys(self.db)
        if keys is None:
            return self.view.set_up_keys(self.db)
        if not keys.has_private_key:
            self.view.show_error(tr("This laptop joined {organization} with the public key "
                                    "only: sign-ups are opened on the organizer's "
                                    "laptop.").format(organization=keys.org_name))
            return False
        while (passphrase := self.view.ask_passphrase()) is not None:
            try:
                keystore.unlock(self.db, passphrase)
                return True
            except KeyProblem as exc:
                problem = (tr("Wrong passphrase") if str(exc) == WRONG_PASSPHRASE
                           else str(exc).capitalize())
                self.view.show_error(tr("{problem}. Try again, or cancel.").format(
                    problem=problem))
        return False

    def export_signups(self) -> None:
        from sos_desktop.core.exports.profiles import PROFILES
        from sos_desktop.core.exports.signups import export_signups

        if not self.unlocked():
            return
        choice = self.view.ask_signup_export(list(PROFILES), self.signup_preview)
        if choice is None:
            return

        def done(r) -> str:
            text = (tr("Wrote %n sign-up(s) to {path}.", None, r.rows).format(path=r.path)
                    + "\n" + tr("{count} left out without consent; %n repeat sign-up(s) "
                                "merged.", None, r.merged).format(count=r.skipped_no_consent))
            if r.likely_duplicates:
                names = ", ".join(d.name for d in r.likely_duplicates[:10])
                text += "\n" + tr("Check by hand (same name, different contacts): "
                                  "{names}").format(names=names)
            return text + "\n" + tr("After loading it into the CRM, choose {menu_item}").format(
                menu_item=menu_path("mark_last_imported"))

        self._run(tr("Exporting sign-ups…"), lambda progress: export_signups(
            self.db, choice.path, profile=choice.profile, new_only=choice.new_only,
            bom=choice.bom, progress=progress), done)

    def signup_preview(self, profile: str, new_only: bool) -> str:
        """Before writing: how many rows the CRM file will hold, and who is left out."""
        from sos_desktop.core.exports.signups import preview_signups

        try:
            p = preview_signups(self.db, profile=profile, new_only=new_only)
        except SosError as exc:
            return in_our_words(str(exc))
        text = tr("It will write %n row(s).", None, p.rows)
        notes = []
        if p.merged:
            notes.append(tr("%n repeat sign-up(s) merged", None, p.merged))
        if p.skipped_no_consent:
            notes.append(tr("%n without consent left out", None, p.skipped_no_consent))
        if p.skipped_no_email:
            notes.append(tr("%n without an email left out", None, p.skipped_no_email))
        return text + (f" ({'; '.join(notes)})" if notes else "")

    def export_responses(self) -> None:
        from sos_desktop.core.exports.responses import export_responses

        options = survey_options(self.db, language())
        if not options:
            self.view.show_error(tr("No survey is stored yet."))
            return
        choice = self.view.ask_responses_export(options)
        if choice is None:
            return
        option = next(o for o in options if o.key == choice.survey_key)
        path = self.view.ask_save_path(tr("Survey answers"),
                                       responses_file_name(option, choice), _csv())
        if path is None:
            return
        self._run(tr("Exporting survey answers…"),
                  lambda progress: export_responses(
                      self.db, choice.survey_key, path, visit_id=choice.visit_id,
                      labels=choice.labels, language=choice.language, bom=choice.bom,
                      progress=progress),
                  lambda r: tr("Wrote %n response(s) to {path}\nCodebook: {codebook}", None,
                               r.rows).format(path=r.path, codebook=r.codebook))

    def visit_report(self) -> None:
        from sos_desktop.core.reports.visit_report import visit_report
        from sos_desktop.core.visits import get_visit

        visit_id = self.view.selected_visit_id()
        if visit_id is None:
            self.view.show_error(tr("Select a visit first."))
            return
        visit = get_visit(self.db, visit_id)
        choice = self.view.ask_visit_report(f"{visit.school} — {visit.group_name}")
        if choice is None or (choice.with_signups and not self.unlocked()):
            return
        path = self.view.ask_save_path(tr("Visit report"), report_file_name(visit), _pdf())
        if path is not None:
            self._run(tr("Writing the visit report…"),
                      lambda _p: visit_report(self.db, visit_id, path,
                                              with_signups=choice.with_signups,
                                              with_free_text=choice.with_free_text,
                                              language=choice.language),
                      lambda r: tr("Wrote the visit report to {path} ({pages}).").format(
                          path=r.path, pages=_pages(r)))

    def signin_sheet(self) -> None:
        from sos_desktop.core.reports.paper import signin_sheet

        path = self.view.ask_save_path(tr("Sign-in sheet"), tr("sign-in-sheet.pdf"), _pdf())
        if path is not None:
            visit_id = self.view.selected_visit_id()
            self._run(tr("Writing the sign-in sheet…"),
                      lambda _p: signin_sheet(self.db, path, visit_id=visit_id),
                      lambda r: tr("Wrote the sign-in sheet to {path} ({pages}).").format(
                          path=r.path, pages=_pages(r)))

    def export_bundle(self) -> None:
        from sos_desktop.core.bundles.export import export_bundle

        suggested = f"sos-{date.today().isoformat()}.sosbundle"
        path = self.view.ask_save_path(tr("Bundle"), suggested, _bundle())
        if path is not None:
            self._run(tr("Writing the bundle…"), lambda _p: export_bundle(self.db, path),
                      lambda r: tr("Wrote %n record(s) to {path}.", None,
                                   sum(r.counts.values())).format(path=r.path))

    def import_bundle(self) -> None:
        path = self.view.ask_open_path(tr("Merge a bundle"), _bundle())
        if path is None or not self.unlocked():
            return

        def done(r) -> str:
            if r.already_imported and not r.changed:
                return tr("This bundle was already merged; nothing changed.")
            conflicts = sum(r.conflicts.values())
            text = tr("From laptop {name} (key {fingerprint}).").format(
                name=r.laptop_name, fingerprint=r.laptop_fingerprint) + " "
            text += tr("Merged: %n new record(s), {unchanged} already here, {conflicts}", None,
                       sum(r.added.values())).format(
                unchanged=sum(r.unchanged.values()),
                conflicts=tr("%n conflict(s)", None, conflicts))
            if conflicts:
                return text + " " + tr("(both versions kept; see {menu_item}).").format(
                    menu_item=menu_path("show_conflicts"))
            return text + "."

        self._run(tr("Merging the bundle…"), lambda _p: self._merge(path), done)

    def _merge(self, path: Path):
        """import_bundle, its signer refusals said with the menu item instead of commands."""
        from sos_desktop.core.bundles import format as bf
        from sos_desktop.core.bundles.merge import import_bundle

        item = menu_path("team_laptops")
        try:
            return import_bundle(self.db, path)
        except bf.UnknownLaptop as exc:
            raise SosError(tr("Nothing was merged: this bundle is signed by laptop {name} with "
                              "key {fingerprint}, which is not registered here. If it is one "
                              "of your team laptops, save its key card there and register it "
                              "here ({menu_item}).").format(
                name=exc.name, fingerprint=exc.fingerprint, menu_item=item)) from exc
        except bf.RevokedLaptop as exc:
            raise SosError(tr("Nothing was merged: this bundle is signed by laptop {name} (key "
                              "{fingerprint}), which was revoked ({menu_item}).").format(
                name=exc.name, fingerprint=exc.fingerprint, menu_item=item)) from exc
        except bf.OldBundle as exc:
            raise SosError(tr("Nothing was merged: this bundle was made by an older SOS Desktop "
                              "with the shared key that is no longer accepted. Update SOS "
                              "Desktop on that laptop, register it ({menu_item}) and make the "
                              "bundle again.").format(menu_item=item)) from exc

    def team_laptops(self) -> None:
        """Which laptops may send bundles here, and this laptop's own key card."""
        from sos_desktop.ui.exports.laptops import TeamLaptops

        self.view.show_laptops(TeamLaptops(self))

    def show_conflicts(self) -> None:
        """The records bundles brought in different from ours (ours stay in use)."""
        from sos_desktop.core.bundles.merge import unresolved_conflicts

        rows = unresolved_conflicts(self.db)
        if not rows:
            self.view.show_message(tr("No conflicts: every merged record matched ours."))
            return
        tables: dict[str, int] = {}
        for _created, table, _record, _bundle in rows:
            tables[table] = tables.get(table, 0) + 1
        lines = [tr("{table}: %n record(s)", None, n).format(table=_table(table))
                 for table, n in sorted(tables.items())]
        lines += [tr("{created}  {table}  {record}  from bundle {bundle}").format(
                      created=created[:16], table=_table(table), record=record[:8],
                      bundle=bundle[:8])
                  for created, table, record, bundle in rows[:SHOWN_CONFLICTS]]
        if len(rows) > SHOWN_CONFLICTS:
            lines.append(tr("… and {count} more").format(count=len(rows) - SHOWN_CONFLICTS))
        self.view.show_message(tr("Records that came in from another laptop different from "
                                  "ours. Ours stay in use; theirs are kept beside them.")
                               + "\n\n" + "\n".join(lines))

    def season_report(self) -> None:
        from sos_desktop.core.reports.season_report import season_report

        period = self.view.ask_period()
        if period is None:
            return
        start, end = period
        suggested = f"season-{start.isoformat()}-{end.isoformat()}.pdf"
        path = self.view.ask_save_path(tr("Season report"), suggested, _pdf())
        if path is not None:
            self._run(tr("Writing the season report…"),
                      lambda _p: season_report(self.db, start.isoformat(), end.isoformat(), path),
                      lambda r: tr("Wrote the season report to {path} ({pages}).").format(
                          path=r.path, pages=_pages(r)))

    def paper_survey(self, language: str) -> None:
        from sos_desktop.core.reports.paper import print_survey

        key = self.view.ask_survey([(o.key, o.title) for o in survey_options(
            self.db, language)])
        if not key:
            return
        path = self.view.ask_save_path(tr("Typed-up form"),
                                       tr("{survey}-{language}-typed-up-form.pdf").format(
                                           survey=key, language=language), _pdf())
        if path is not None:
            self._run(tr("Writing the typed-up form…"),
                      lambda _p: print_survey(self.db, key, path, language=language),
                      lambda r: tr("Wrote the typed-up form to {path} ({pages}). It cannot be "
                                   "scanned: type the answers up and bring them in with Import "
                                   "→ Typed-up paper surveys (CSV)…. Answer sheets to scan come "
                                   "from Paper → Print answer sheets….").format(
                          path=r.path, pages=_pages(r)))

    def paper_survey_en(self) -> None:
        self.paper_survey("en")

    def paper_survey_es(self) -> None:
        self.paper_survey("es")

    def mark_last_imported(self) -> None:
        """The organizer confirms the last CRM export reached the CRM."""
        from sos_desktop.core.exports.crm_marks import export_history, mark_imported

        history = export_history(self.db, kind="signups", limit=1)
        if not history:
            self.view.show_error(tr("No sign-up export yet."))
            return
        last = history[0]
        when = last.created_at[:16].replace("T", " ")  # local time
        if not self.view.confirm(
            tr("Mark the export of {when} (%n row(s), profile {profile}) as loaded into the "
               "CRM?", None, last.rows).format(when=when, profile=last.profile)
        ):
            return
        try:
            _receipt_id, new = mark_imported(self.db, last.receipt_id)
        except SosError as exc:
            self.view.show_error(in_our_words(str(exc)))
            return
        self.view.show_message(tr("Marked as imported.") if new
                               else tr("It was already marked."))
        self.view.refresh()
