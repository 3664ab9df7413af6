"""Ensure the Export and Import menus, the sign-up export dialog, the season report's dates
and the summaries after an export or import speak Spanish. SOS_SHOTS=1 saves PNGs in /tmp."""

import os

import pytest
from PySide6.QtWidgets import QApplication

from sos_desktop.core.exports.profiles import PROFILES
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.ui.exports.controller import SyncController
from sos_desktop.ui.exports.entries import menu_path
from sos_desktop.ui.exports.view import SUMMARIES, PeriodDialog, SignupExportDialog
from sos_desktop.ui.imports.controller import ImportController
from sos_desktop.ui.main_window import MainWindow
from tests.ui.exports.fakes import FakeView
from tests.ui.spanish import english_left, spanish

# The CRM's own column names stay as the CRM spells them.
CRM_FIELDS = ["Email Address, First Name, Last Name, Phone Number, Tags",
              "first_name, last_name, email, zip_code, phone",
              "FirstName, LastName, Email, CellPhone, ZipOrPostal"]


def shot(widget, name: str) -> None:
    if os.environ.get("SOS_SHOTS"):
        widget.grab().save(f"/tmp/i18n-paper-{name}.png")


@pytest.fixture
def spanish_ui():
    with spanish():
        yield


def test_profile_summaries_match_the_core_registry():
    """The window's translatable copy of each CRM profile's summary says what core says."""
    assert {name: p.summary for name, p in PROFILES.items()} == SUMMARIES


def test_export_and_import_menus_are_spanish(qtbot, db, spanish_ui):
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert window.sync_menu.title() == "E&xportar"
    assert window.import_menu.title() == "&Importar"
    for menu in (window.sync_menu, window.import_menu, window.paper_menu):
        assert english_left(menu) == []
        letters = [a.text().split("&")[1][0].lower() for a in menu.actions()]
        assert len(set(letters)) == len(letters), letters  # one Alt+key per item
    titles = [m.title().split("&")[1][0].lower() for m in
              (window.sync_menu, window.import_menu, window.paper_menu)]
    assert len(set(titles)) == 3
    assert menu_path("show_conflicts") == ("Exportar → Registros que llegaron distintos a los "
                                           "nuestros…")
    window.resize(1366, 768)
    window.show()
    window.sync_menu.popup(window.mapToGlobal(window.menuBar().geometry().bottomLeft()))
    QApplication.processEvents()
    shot(window.sync_menu, "export-menu")
    window.sync_menu.hide()


def test_signup_export_dialog_is_spanish(qtbot, tmp_path, spanish_ui):
    dialog = SignupExportDialog(list(PROFILES), pick_path=lambda name: tmp_path / name)
    qtbot.addWidget(dialog)
    dialog.show()
    for name in PROFILES:
        dialog.profile.setCurrentText(name)
        assert english_left(dialog, allowed=[*PROFILES, *CRM_FIELDS]) == []
    dialog.profile.setCurrentText("mailchimp")
    shot(dialog, "signup-export")


def test_season_report_dates_are_spanish(qtbot, spanish_ui):
    dialog = PeriodDialog()
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.end.setDate(dialog.start.date().addDays(-1))
    dialog._ok()
    assert dialog.error.text() == "La fecha final es anterior a la fecha inicial."
    assert english_left(dialog) == []
    shot(dialog, "season-period")


def test_summaries_after_export_and_import_are_spanish(db, visit_id, tmp_path, spanish_ui):
    for email in ("a@example.org", "A@example.org"):
        submit_signup(db, {"first_name": "Ana", "last_name": "Ruiz", "email": email,
                           "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    view = FakeView(tmp_path, visit_id)
    SyncController(db, view).export_signups()
    assert view.messages[-1].startswith(
        f"Se escribió 1 inscripción en {tmp_path / 'an.csv'}.\n0 sin consentimiento quedaron "
        "fuera; 1 inscripción repetida combinada.")
    assert "elige Exportar → Marcar la última exportación al CRM como importada…" in \
        view.messages[-1]

    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Luis,Paz,luis@example.org,yes,yes\n", encoding="utf-8")
    view.open_path = sheet
    ImportController(db, view).signin_sheet()
    assert view.messages[-1] == "Se importó 1 inscripción."
    ImportController(db, view).signin_sheet()  # the same file again: asked first (No)
    question = view.again_questions[-1]
    assert question.startswith("sheet.csv: este archivo ya se importó el ")
    assert "(1 inscripción en Wilbur Cross High School · Civics 3)" in question
    assert question.endswith("¿Importarlo otra vez de todos modos?")
