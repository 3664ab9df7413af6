"""Export → the PDFs: visit and season reports, the paper sign-in sheet, the typed-up forms."""

from __future__ import annotations

from sos_desktop.i18n import tr
from sos_desktop.ui.exports.base import SyncBase
from sos_desktop.ui.exports.choices import report_file_name, survey_options


def _pages(result) -> str:
    return tr("%n page(s)", None, result.pages)


def _pdf() -> str:
    return tr("PDF ({pattern})").format(pattern="*.pdf")


class Reports(SyncBase):
    def visit_report(self) -> None:
        from sos_desktop.core.reports.visit_report import visit_report
        from sos_desktop.core.visits.store import get_visit

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

    def signin_sheet(self) -> None:
        from sos_desktop.core.reports.paper import signin_sheet

        path = self.view.ask_save_path(tr("Sign-in sheet"), tr("sign-in-sheet.pdf"), _pdf())
        if path is not None:
            visit_id = self.view.selected_visit_id()
            self._run(tr("Writing the sign-in sheet…"),
                      lambda _p: signin_sheet(self.db, path, visit_id=visit_id),
                      lambda r: tr("Wrote the sign-in sheet to {path} ({pages}).").format(
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
