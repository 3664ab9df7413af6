"""The Export menu, the sign-up export dialog and the export controller on a real database."""


import pytest
from PySide6.QtWidgets import QProgressDialog, QWidget

from sos_desktop.core.people.signups import submit_signup
from sos_desktop.ui.exports.controller import SyncController
from sos_desktop.ui.exports.entries import ENTRIES
from sos_desktop.ui.exports.types import SignupChoice
from sos_desktop.ui.exports.view import SignupExportDialog
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.progress import run_with_progress
from tests.ui.exports.fakes import FakeView


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
    assert "1 repeat sign-up merged" in view.messages[0] and view.refreshed == 1
    # Before writing, the dialog said how many rows: the number the file then held.
    assert view.preview.startswith("It will write 1 row.")


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
    assert len(view.errors) == 1  # this laptop's own key is not registered here
    from sos_desktop.core.bundles.laptops import my_card, register

    register(db, my_card(db, "this laptop"))
    controller.import_bundle()
    assert len(view.errors) == 1
    assert view.messages[-1] == "This bundle was already merged; nothing changed." or \
        "Merged" in view.messages[-1]
    assert (tmp_path / "sign-in-sheet.pdf").exists()
    # The report's name says whose visit and when.
    assert [p.name for p in tmp_path.glob("*visit-report.pdf")] == [
        "wilbur-cross-high-school-2026-10-14-visit-report.pdf"]


def test_export_dialog_offers_every_profile_and_explains_it(qtbot, tmp_path):
    """The dialog lists the registry's profiles, says what each holds, and returns the choice."""
    from sos_desktop.core.exports.profiles import PROFILES

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
    """The Export menu offers the season report and the typed-up form in both languages, and
    says that form is typed up, not scanned."""
    view = FakeView(tmp_path, visit_id)
    controller = SyncController(db, view)
    controller.season_report()
    controller.paper_survey_en()
    controller.paper_survey_es()
    assert view.errors == []
    assert (tmp_path / "season-2026-08-01-2026-12-31.pdf").read_bytes().startswith(b"%PDF")
    assert (tmp_path / "tiny-en-typed-up-form.pdf").exists()
    assert (tmp_path / "tiny-es-typed-up-form.pdf").exists()
    assert "cannot be scanned" in view.messages[-1]
    assert "Paper → Print answer sheets…" in view.messages[-1]


def test_mark_last_crm_export_as_imported(db, visit_id, tmp_path):
    """After confirming, the last sign-up export counts as loaded into the CRM."""
    from sos_desktop.core.exports.crm_marks import export_history

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


def _commands_in(messages):
    return [m for m in messages if "sos-desktop" in m or "`" in m]


def test_window_messages_point_to_menu_items_not_commands(db, visit_id, tmp_path):
    """After a CRM export the window names the menu item that marks it imported; a merge with
    conflicts names the menu item that lists them; no message asks for a command line."""
    from sos_desktop.core.bundles.export import export_bundle
    from sos_desktop.ui.exports.entries import ENTRIES

    items = {method: text.replace("&", "") for text, method in ENTRIES}
    _signup(db, visit_id, "ana@example.org")
    view = FakeView(tmp_path, visit_id)
    controller = SyncController(db, view)
    controller.export_signups()
    assert f"Export → {items['mark_last_imported']}" in view.messages[-1]

    from tests.conftest import same_org

    other = same_org(db, tmp_path / "other")
    first = export_bundle(db, tmp_path / "a.sosbundle").path
    with db.raw() as conn:
        conn.execute("UPDATE visits SET notes = 'projector broke' WHERE id = ?", (visit_id,))
        conn.commit()
    changed = export_bundle(db, tmp_path / "b.sosbundle").path
    other_view = FakeView(tmp_path, None)
    other_controller = SyncController(other, other_view)
    for path in (first, changed):
        other_view.open_path = path
        other_controller.import_bundle()
    assert "1 conflict" in other_view.messages[-1]
    assert f"Export → {items['show_conflicts']}" in other_view.messages[-1]
    other_controller.show_conflicts()
    assert "visits" in other_view.messages[-1] and "1 record" in other_view.messages[-1]
    assert _commands_in(view.messages + view.errors + other_view.messages) == []


class LockedView(FakeView):
    """A FakeView that types passphrases from a list (None = Cancel)."""

    def __init__(self, tmp_path, passphrases, visit_id=None):
        super().__init__(tmp_path, visit_id)
        self.passphrases = list(passphrases)
        self.asked = 0

    def ask_passphrase(self):
        self.asked += 1
        return self.passphrases.pop(0)

    def set_up_keys(self, db):
        raise AssertionError("keys exist: no first-run dialog")


def test_export_asks_the_passphrase_once_per_session(db, visit_id, tmp_path):
    """Ensure a locked session asks once (again after a wrong try), then remembers until the
    kiosk starts (lock)."""
    from tests.conftest import PASSPHRASE

    _signup(db, visit_id, "a@example.org")
    db.lock()
    view = LockedView(tmp_path, ["wrong passphrase", PASSPHRASE])
    controller = SyncController(db, view)
    controller.export_signups()
    assert view.asked == 2 and "Wrong passphrase" in view.errors[0]
    assert (tmp_path / "an.csv").exists()
    controller.export_signups()
    assert view.asked == 2
    db.lock()
    view.passphrases = [None]
    (tmp_path / "an.csv").unlink()
    controller.export_signups()
    assert view.asked == 3 and not (tmp_path / "an.csv").exists()


def test_survey_answers_export_offers_titles_visits_labels_and_language(db, visit_id,
                                                                       stored_survey, tmp_path):
    """Ensure the surveys come by title (not key), each with the visits that use it, and the
    choice of labels, language and visit reaches the file."""
    import csv

    from sos_desktop.core.surveys.responses import submit_response
    from sos_desktop.core.visits.store import create_visit
    from sos_desktop.ui.exports.choices import ResponsesChoice

    definition_id, _survey = stored_survey
    tiny_visit = create_visit(db, {"school": "Co-op", "group_name": "Art",
                                   "visit_date": "2026-10-20", "survey_key": "tiny"})
    for _ in range(2):
        submit_response(db, tiny_visit, definition_id, "en", {"safe": 2, "stopped": "yes"})
    view = FakeView(tmp_path)
    view.responses_choice = ResponsesChoice("tiny", True, "es", tiny_visit, False)
    SyncController(db, view).export_responses()
    titles = {o.key: o.title for o in view.surveys}
    assert titles["hillhouse-cross"] == "Hillhouse/Cross Student Survey"
    [tiny] = [o for o in view.surveys if o.key == "tiny"]
    assert [v for v, _label in tiny.visits] == [tiny_visit] and "es" in tiny.languages
    [out] = [p for p in tmp_path.glob("tiny-*.csv") if "codebook" not in p.name]
    assert out.name == "tiny-co-op-art-2026-10-20-labels-es.csv"
    with open(out, encoding="utf-8-sig", newline="") as handle:
        rows = list(csv.DictReader(handle))
    assert len(rows) == 2 and rows[0]["stopped"] == "Sí"


def test_visit_report_options_reach_the_report(db, visit_id, tmp_path):
    """Ensure asking for sign-ups' names asks for the passphrase first, and the language
    chosen is the report's."""
    from sos_desktop.ui.exports.choices import ReportChoice
    from tests.pdf_text import pdf_text

    _signup(db, visit_id, "a@example.org")
    view = FakeView(tmp_path, visit_id)
    view.report_choice = ReportChoice(True, True, "es")
    SyncController(db, view).visit_report()
    assert view.errors == [] and "Wilbur Cross" in view.report_visit
    [pdf] = tmp_path.glob("*.pdf")
    text = pdf_text(pdf)
    assert "Ana Ruiz" in text and "Informe" in text
