"""Export → sign-ups for the CRM (and marking the last one loaded), survey answers as CSV."""

from __future__ import annotations

from sos_desktop.core.errors import SosError
from sos_desktop.i18n import language, tr
from sos_desktop.ui.exports.base import SyncBase
from sos_desktop.ui.exports.choices import responses_file_name, survey_options
from sos_desktop.ui.exports.entries import menu_path
from sos_desktop.words.errors import in_our_words


def _csv() -> str:
    return tr("CSV ({pattern})").format(pattern="*.csv")


class CsvExports(SyncBase):
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
            return in_our_words(exc)
        text = tr("It will write %n row(s).", None, p.rows)
        notes = []
        if p.merged:
            notes.append(tr("%n repeat sign-up(s) merged", None, p.merged))
        if p.skipped_no_consent:
            notes.append(tr("%n without consent left out", None, p.skipped_no_consent))
        if p.skipped_no_email:
            notes.append(tr("%n without an email left out", None, p.skipped_no_email))
        return text + (f" ({'; '.join(notes)})" if notes else "")

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
            self.view.show_error(in_our_words(exc))
            return
        self.view.show_message(tr("Marked as imported.") if new
                               else tr("It was already marked."))
        self.view.refresh()

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
