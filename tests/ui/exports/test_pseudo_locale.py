"""Ensure the export dialogs and the Export, Import and Paper menus read wholly in the
pseudo-locale and cut no text (issue 19)."""

from __future__ import annotations

from sos_desktop.core.exports.profiles import PROFILES
from sos_desktop.ui.exports.dialogs import ResponsesExportDialog, VisitReportDialog
from sos_desktop.ui.exports.view import PeriodDialog, SignupExportDialog
from sos_desktop.ui.main_window import MainWindow
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop
from tests.ui.exports.test_export_dialogs import SURVEYS
from tests.ui.exports.test_spanish import CRM_FIELDS

VISIT = "Wilbur Cross High School — Civics 3"


def test_export_import_and_paper_menus(qtbot, db, pseudo):
    window = MainWindow(db)
    qtbot.addWidget(window)
    for menu in (window.sync_menu, window.import_menu, window.paper_menu, window.file_menu):
        assert plain_english(menu) == [], menu.title()


def test_signup_export_dialog(qtbot, tmp_path, pseudo):
    dialog = SignupExportDialog(list(PROFILES), pick_path=lambda name: tmp_path / name)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    for name in PROFILES:
        dialog.profile.setCurrentText(name)
        assert plain_english(dialog, [*PROFILES, *CRM_FIELDS]) == [], name
        assert cut_texts(dialog) == [], name
    shot(dialog, "signup-export")


def test_answers_report_and_period_dialogs(qtbot, pseudo):
    data = [option.title for option in SURVEYS] + [
        label for option in SURVEYS for _id, label in option.visits]
    for dialog in (ResponsesExportDialog(SURVEYS), VisitReportDialog(VISIT), PeriodDialog()):
        qtbot.addWidget(dialog)
        show_on_laptop(dialog)
        shot(dialog, type(dialog).__name__)
        assert plain_english(dialog, [*data, VISIT]) == [], type(dialog).__name__
        assert cut_texts(dialog) == [], type(dialog).__name__


def test_export_and_import_summaries(db, visit_id, tmp_path, pseudo):
    """What the organizer reads after an export, an import, an import of the same file again
    and a sheet with bad rows."""
    from sos_desktop.core.people.signups import submit_signup
    from sos_desktop.ui.exports.controller import SyncController
    from sos_desktop.ui.imports.controller import ImportController
    from tests.pseudo import english_words
    from tests.ui.exports.fakes import FakeView

    for email in ("a@example.org", "A@example.org"):
        submit_signup(db, {"first_name": "Ana", "last_name": "Ruiz", "email": email,
                           "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    view = FakeView(tmp_path, visit_id)
    SyncController(db, view).export_signups()
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Luis,Paz,luis@example.org,yes,yes\n", encoding="utf-8")
    view.open_path = sheet
    ImportController(db, view).signin_sheet()
    ImportController(db, view).signin_sheet()  # the same file again: asked first (No)
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                   "Eva,Luz,not-an-email,maybe,yes\n", encoding="utf-8")
    view.open_path = bad
    ImportController(db, view).signin_sheet()
    data = [VISIT, "Wilbur Cross High School · Civics 3", str(tmp_path)]
    assert len(view.messages) >= 3 and view.again_questions
    said = [*view.messages, *view.again_questions, *view.errors]
    assert [text for text in said if english_words(text, data)] == []


def test_one_survey_dialog(qtbot, pseudo):
    from sos_desktop.i18n import tr
    from sos_desktop.ui.exports.dialogs import SurveyDialog

    surveys = [("hillhouse-cross", "Hillhouse/Cross Student Survey")]
    dialog = SurveyDialog(tr("Typed-up form"), surveys)  # as Import asks
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    assert plain_english(dialog, [text for pair in surveys for text in pair]) == []
    assert cut_texts(dialog) == []


def test_team_laptops_messages_and_dialogs(qtbot, db, tmp_path, pseudo):
    """A team laptop saves its card, the organizer registers it, merges a bundle, revokes it
    (asked first) and is refused the same card again: every message, then both laptops'
    dialogs, the organizer's listing one laptop merged and revoked."""
    from sos_desktop.core.bundles.export import export_bundle
    from sos_desktop.core.bundles.merge import import_bundle
    from sos_desktop.core.security import keys as k
    from sos_desktop.core.security import keystore
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.ui.exports.controller import SyncController
    from sos_desktop.ui.exports.laptops_view import LaptopsDialog
    from tests.pseudo import english_words
    from tests.ui.exports.fakes import FakeView

    team = open_database(tmp_path / "team")
    keystore.join(team, k.public_part(keystore.read_keys(db)))
    team_view, view = FakeView(tmp_path), FakeView(tmp_path)
    SyncController(team, team_view).team_laptops()
    assert team_view.team.save_card()
    [card] = tmp_path.glob("*.soslaptop")
    SyncController(db, view).team_laptops()
    view.open_path = card
    assert view.team.register()
    import_bundle(db, export_bundle(team, tmp_path / "a.sosbundle").path)
    view.again = True
    assert view.team.revoke(view.team.laptops()[0])
    view.open_path = card
    assert not view.team.register()
    keys = [team_view.team.my_fingerprint() or "", card.name, str(tmp_path)]
    laptop_name = view.team.laptops()[0].name
    said = [*team_view.messages, *view.messages, *view.again_questions, *view.errors]
    assert len(said) >= 4
    assert [text for text in said if english_words(text, [*keys, laptop_name])] == []
    for name, laptops in (("organizer", view.team), ("team", team_view.team)):
        dialog = LaptopsDialog(laptops)
        qtbot.addWidget(dialog)
        show_on_laptop(dialog)
        shot(dialog, f"laptops-{name}")
        assert plain_english(dialog, [*keys, laptop_name]) == [], name
        assert cut_texts(dialog) == [], name


def test_passphrase_question(qtbot, db, pseudo):
    """The box asking the organizer's passphrase before contacts are opened, as shown."""
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QInputDialog, QWidget

    from sos_desktop.ui.exports.view import WindowSyncView
    from sos_desktop.ui.host import Host

    window = QWidget()
    qtbot.addWidget(window)
    view = WindowSyncView(Host(window, db, lambda: None, lambda: None, lambda _m: None,
                               lambda: None))
    seen = []

    def look() -> None:
        box = QApplication.activeModalWidget()
        assert isinstance(box, QInputDialog)
        seen.append((plain_english(box), cut_texts(box)))
        box.reject()

    QTimer.singleShot(100, look)
    assert view.ask_passphrase() is None
    assert seen == [([], [])]


def test_exports_reports_and_bundles_messages(db, visit_id, tmp_path, pseudo):
    """What the window says after every Export and Paper menu item: sign-ups marked imported,
    survey answers, the visit and season reports, the sign-in sheet and paper surveys, a
    bundle written, and the conflicts."""
    from sos_desktop.core.people.signups import submit_signup
    from sos_desktop.ui.exports.controller import SyncController
    from tests.pseudo import english_words
    from tests.ui.exports.fakes import FakeView

    submit_signup(db, {"first_name": "Ana", "last_name": "Ruiz", "email": "a@example.org",
                       "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    view = FakeView(tmp_path, visit_id)
    sync = SyncController(db, view)
    for action in (sync.export_signups, sync.mark_last_imported, sync.export_responses,
                   sync.visit_report, sync.season_report, sync.signin_sheet,
                   sync.paper_survey_en, sync.paper_survey_es, sync.export_bundle,
                   sync.show_conflicts):
        action()
    said = [*view.messages, *view.errors, *getattr(view, "questions", [])]
    assert len(said) >= 9
    data = [VISIT, "Wilbur Cross High School · Civics 3", "Wilbur Cross High School", "Civics 3",
            str(tmp_path), *PROFILES]  # the CRM profiles' names: data
    assert [(text, e) for text in said if (e := english_words(text, data))] == []
