"""The Export menu, the sign-up export dialog and the sync controller on a real database."""

from pathlib import Path

import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from sos_desktop.core.signups import submit_signup
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.sync.controller import SignupChoice, SyncController
from sos_desktop.ui.sync.menu import ENTRIES
from sos_desktop.ui.sync.view import SignupExportDialog, run_with_progress


class FakeView:
    """Answers the controller's questions without any dialog."""

    def __init__(self, tmp_path: Path, visit_id: str | None = None) -> None:
        self.tmp_path, self.visit_id = tmp_path, visit_id
        self.messages: list[str] = []
        self.errors: list[str] = []
        self.progress: list[tuple[int, int]] = []
        self.refreshed = 0
        self.open_path: Path | None = None

    def selected_visit_id(self):
        return self.visit_id

    def ask_signup_export(self, profiles):
        assert "action-network" in profiles
        return SignupChoice("action-network", True, False, self.tmp_path / "an.csv")

    def ask_save_path(self, title, suggested, pattern):
        return self.tmp_path / suggested

    def ask_open_path(self, title, pattern):
        return self.open_path

    def ask_survey(self, keys):
        # The tests' own survey when stored (the built-in ones are always there too).
        return "tiny" if "tiny" in keys else (keys[0] if keys else None)

    def ask_period(self):
        from datetime import date

        return date(2026, 8, 1), date(2026, 12, 31)

    def confirm(self, question):
        self.questions = [*getattr(self, "questions", []), question]
        return True

    def run_with_progress(self, label, task):
        return task(lambda done, total: self.progress.append((done, total)))

    def show_message(self, text):
        self.messages.append(text)

    def show_error(self, text):
        self.errors.append(text)

    def refresh(self):
        self.refreshed += 1


def _signup(db, visit_id, email):
    submit_signup(db, {"first_name": "Ana", "last_name": "Ruiz", "email": email,
                       "age_13_plus": True, "email_consent": True}, visit_id=visit_id)


def test_controller_exports_signups_with_progress_and_refreshes(db, visit_id, tmp_path):
    """The CRM export runs through the view's progress hook and reports the merge."""
    _signup(db, visit_id, "a@example.org")
    _signup(db, visit_id, "A@example.org")
    view = FakeView(tmp_path)
    SyncController(db, view).export_signups()
    # Progress counts sign-ups read (two), not people written (one).
    assert (tmp_path / "an.csv").exists() and view.progress[-1] == (2, 2)
    assert "1 repeat sign-up(s) merged" in view.messages[0] and view.refreshed == 1


def test_controller_reports_errors_without_crashing(db, tmp_path):
    """A broken bundle gives one message and changes nothing."""
    view = FakeView(tmp_path)
    view.open_path = tmp_path / "broken.sosbundle"
    view.open_path.write_bytes(b"not a zip")
    SyncController(db, view).import_bundle()
    assert "nothing was imported" in view.errors[0] and view.messages == []


def test_controller_visit_report_needs_a_visit(db, tmp_path):
    view = FakeView(tmp_path)
    SyncController(db, view).visit_report()
    assert view.errors == ["Select a visit first."]


def test_controller_bundle_round_trip_and_pdfs(db, visit_id, tmp_path):
    view = FakeView(tmp_path, visit_id)
    controller = SyncController(db, view)
    controller.export_bundle()
    controller.visit_report()
    controller.signin_sheet()
    view.open_path = next(tmp_path.glob("*.sosbundle"))
    controller.import_bundle()
    assert view.errors == []
    assert view.messages[-1] == "This bundle was already merged; nothing changed." or \
        "Merged" in view.messages[-1]
    assert (tmp_path / "visit-report.pdf").exists() and (tmp_path / "sign-in-sheet.pdf").exists()


def test_export_dialog_offers_every_profile_and_explains_it(qtbot, tmp_path):
    """The dialog lists the registry's profiles, says what each holds, and returns the choice."""
    from sos_desktop.core.sync.profiles import PROFILES

    dialog = SignupExportDialog(list(PROFILES), pick_path=lambda name: tmp_path / name)
    qtbot.addWidget(dialog)
    assert [dialog.profile.itemText(i) for i in range(dialog.profile.count())] == list(PROFILES)
    dialog.profile.setCurrentText("mailchimp")
    assert "Email Address" in dialog.help.text()
    dialog.all.setChecked(True)
    choice = dialog.choice()
    assert choice == SignupChoice("mailchimp", False, False, tmp_path / "signups-mailchimp.csv")


def test_progress_dialog_runs_the_task_and_closes(qtbot):
    parent = QWidget()
    qtbot.addWidget(parent)
    seen = []

    def task(progress):
        for i in range(3):
            progress(i + 1, 3)
        seen.append(len(parent.findChildren(QProgressDialog)))
        return "done"

    assert run_with_progress(parent, "Working…", task) == "done"
    assert seen == [1]


@pytest.fixture
def window(qtbot, db):
    win = MainWindow(db)
    qtbot.addWidget(win)
    return win


def test_main_window_has_the_export_menu(window):
    """The Export menu lists every sync action."""
    texts = [a.text() for a in window.sync_menu.actions()]
    assert texts == [text for text, _m in ENTRIES]


def test_season_report_and_paper_surveys_from_the_window(db, visit_id, stored_survey, tmp_path):
    """The Export menu offers the season report and the paper survey in both languages."""
    view = FakeView(tmp_path, visit_id)
    controller = SyncController(db, view)
    controller.season_report()
    controller.paper_survey_en()
    controller.paper_survey_es()
    assert view.errors == []
    assert (tmp_path / "season-2026-08-01-2026-12-31.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "tiny-en.pdf").exists() and (tmp_path / "tiny-es.pdf").exists()


def test_mark_last_crm_export_as_imported(db, visit_id, tmp_path):
    """After confirming, the last sign-up export counts as loaded into the CRM."""
    from sos_desktop.core.sync.crm_marks import export_history

    view = FakeView(tmp_path, visit_id)
    controller = SyncController(db, view)
    controller.mark_last_imported()
    assert view.errors == ["No sign-up export yet."]
    _signup(db, visit_id, "ana@example.org")
    controller.export_signups()
    controller.mark_last_imported()
    assert "as loaded into the CRM" in view.questions[-1]
    assert view.messages[-1] == "Marked as imported."
    assert export_history(db)[0].imported_at is not None


def test_import_signin_sheet_all_good_then_with_rejects(db, visit_id, tmp_path):
    """Good sheets go straight in; a sheet with bad rows lists them and, if confirmed,
    imports the good rows and sets the rest aside."""
    from sos_desktop.core.visits import get_visit
    from sos_desktop.ui.sync.imports import ImportController

    view = FakeView(tmp_path, visit_id)
    importer = ImportController(db, view)
    good = tmp_path / "good.csv"
    good.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                    "Ana,Ruiz,ana@example.org,yes,yes\n", encoding="utf-8")
    view.open_path = good
    importer.signin_sheet()
    assert view.messages[-1] == "Imported 1 sign-up(s)."
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("first_name,last_name,email,age_13_plus\n"
                     "Luis,Diaz,luis@example.org,yes\nBad,Row,nope@,yes\n", encoding="utf-8")
    view.open_path = mixed
    importer.signin_sheet()
    assert "line 3, column email:" in view.questions[-1]
    assert "1 row(s) set aside" in view.messages[-1]
    assert (tmp_path / "mixed.rejected.csv").exists()
    assert get_visit(db, visit_id).signups == 2


def test_import_needs_a_selected_visit(db, tmp_path):
    from sos_desktop.ui.sync.imports import ImportController

    view = FakeView(tmp_path, None)
    ImportController(db, view).paper_surveys()
    assert view.errors == ["Select the visit the paper forms come from first."]


def test_import_paper_surveys_reports_row_errors(db, stored_survey, tmp_path):
    from sos_desktop.core.visits import create_visit
    from sos_desktop.ui.sync.imports import ImportController

    visit_id = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14",
                                 "survey_key": "tiny"})
    view = FakeView(tmp_path, visit_id)
    sheet = tmp_path / "paper.csv"
    sheet.write_text("safe,stopped\n9,yes\n", encoding="utf-8")
    view.open_path = sheet
    ImportController(db, view).paper_surveys()
    assert "nothing imported" in view.errors[-1] and "line 2" in view.errors[-1]


def test_window_has_import_menu(qtbot, db):
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert [a.text() for a in window.import_menu.actions()] == [
        "Typed-up &sign-in sheet (CSV)…", "Typed-up paper &surveys (CSV)…"]
