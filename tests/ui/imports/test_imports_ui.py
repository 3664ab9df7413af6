"""The Import menu and its controller on a real database."""

from sos_desktop.ui.main_window import MainWindow
from tests.ui.exports.fakes import FakeView


def test_import_signin_sheet_all_good_then_with_rejects(db, visit_id, tmp_path):
    """Good sheets go straight in; a sheet with bad rows lists them and, if confirmed,
    imports the good rows and sets the rest aside."""
    from sos_desktop.core.visits.store import get_visit
    from sos_desktop.ui.imports.controller import ImportController

    view = FakeView(tmp_path, visit_id)
    importer = ImportController(db, view)
    good = tmp_path / "good.csv"
    good.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                    "Ana,Ruiz,ana@example.org,yes,yes\n", encoding="utf-8")
    view.open_path = good
    importer.signin_sheet()
    assert view.messages[-1] == "Imported 1 sign-up."
    mixed = tmp_path / "mixed.csv"
    mixed.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Luis,Diaz,luis@example.org,yes,yes\nBad,Row,nope@,yes,yes\n",
                     encoding="utf-8")
    view.open_path = mixed
    importer.signin_sheet()
    assert "line 3, column email:" in view.questions[-1]
    assert "1 row set aside" in view.messages[-1]
    assert (tmp_path / "mixed.rejected.csv").exists()
    assert get_visit(db, visit_id).signups == 2


def test_import_needs_a_selected_visit(db, tmp_path):
    from sos_desktop.ui.imports.controller import ImportController

    view = FakeView(tmp_path, None)
    ImportController(db, view).paper_surveys()
    assert view.errors == ["Select the visit the paper forms come from first."]


def test_import_paper_surveys_reports_row_errors(db, stored_survey, tmp_path):
    from sos_desktop.core.visits.store import create_visit
    from sos_desktop.ui.imports.controller import ImportController

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
        "Typed-up &sign-in sheet (CSV)…", "Typed-up &paper surveys (CSV)…",
        "&Online answers: KoboToolbox, ODK, Google Forms (CSV)…"]


def test_importing_a_file_twice_asks_before_doubling(db, stored_survey, tmp_path):
    """The same sign-in sheet or paper-answers file again: the organizer is asked; No changes
    nothing, Yes imports it again."""
    from sos_desktop.core.visits.store import create_visit, get_visit
    from sos_desktop.ui.imports.controller import ImportController

    visit_id = create_visit(db, {"school": "S", "group_name": "G", "visit_date": "2026-10-14",
                                 "survey_key": "tiny"})
    view = FakeView(tmp_path, visit_id)
    importer = ImportController(db, view)
    view.open_path = tmp_path / "good.csv"
    view.open_path.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                              "Ana,Ruiz,ana@example.org,yes,yes\n", encoding="utf-8")
    importer.signin_sheet()
    importer.signin_sheet()
    assert "already imported" in view.again_questions[-1]
    assert "Import it again" in view.again_questions[-1]
    assert get_visit(db, visit_id).signups == 1 and len(view.messages) == 1
    view.again = True
    importer.signin_sheet()
    assert get_visit(db, visit_id).signups == 2

    mixed = tmp_path / "mixed.csv"  # bad rows too: asked once, then about the bad rows
    mixed.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Luis,Diaz,luis@example.org,yes,yes\nBad,Row,nope@,yes,yes\n",
                     encoding="utf-8")
    view.open_path = mixed
    importer.signin_sheet()
    asked = len(view.again_questions)
    importer.signin_sheet()
    assert len(view.again_questions) == asked + 1
    assert get_visit(db, visit_id).signups == 4

    view.again = False
    view.open_path = tmp_path / "paper.csv"
    view.open_path.write_text("safe,stopped\n3,no\n", encoding="utf-8")
    importer.paper_surveys()
    importer.paper_surveys()
    assert "already imported" in view.again_questions[-1]
    assert get_visit(db, visit_id).responses == 1


def test_window_asks_import_again_with_no_as_default(qtbot, db, monkeypatch):
    """The window's question is a Yes/No box whose default (Enter) is No."""
    from PySide6.QtWidgets import QMessageBox

    from sos_desktop.ui.exports.view import WindowSyncView

    asked = []

    def question(parent, title, text, buttons, default):
        asked.append((text, default))
        return QMessageBox.StandardButton.No

    monkeypatch.setattr(QMessageBox, "question", question)
    win = MainWindow(db)
    qtbot.addWidget(win)
    assert WindowSyncView(win.host).confirm_again("sheet.csv was already imported") is False
    assert asked == [("sheet.csv was already imported", QMessageBox.StandardButton.No)]
