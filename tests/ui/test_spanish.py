"""Ensure the main window, the passphrase dialog and the backup messages read in Spanish, with
data in them (visits, sign-up totals, a recovery key), and nothing English is left."""

from __future__ import annotations

import sqlite3

import pytest

from sos_desktop.core.errors import ExportProblem, SealingNeedsKeys
from sos_desktop.ui.backups.controller import BackupController, damaged_text
from sos_desktop.ui.main_window import MainWindow
from sos_desktop.ui.security.passphrase_dialog import SetPassphraseDialog, seal_keys_from_dialog
from tests.conftest import store_legacy_signup
from tests.ui.spanish import english_left, spanish

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]
DATA = ["Wilbur Cross High School", "Civics 3", "Ms. Alvarez", "All Other NHPS Student Survey"]


def test_main_window_with_visits_and_signup_totals_reads_in_spanish(qtbot, db, visit_id):
    from sos_desktop.core.visits.store import create_visit

    create_visit(db, {"school": "Hillhouse", "group_name": "Black Student Union",
                      "visit_date": "2026-10-21", "answer_mode": "both",
                      "survey_key": "nhps-other", "notes": "Room 114"})
    store_legacy_signup(db, None)
    store_legacy_signup(db, visit_id, email_consent=False)
    with spanish():
        window = MainWindow(db, lambda: SURVEYS)
        qtbot.addWidget(window)
        window.resize(1366, 768)
        window.show()
        allowed = [*DATA, "Hillhouse", "Black Student Union", "Room 114", "nhps-other"]
        assert english_left(window, allowed) == []
        assert window.totals.text() == (
            "2 inscripciones guardadas en total · 1 sin visita asociada · 1 sin un canal de "
            "contacto autorizado, así que ninguna exportación al CRM puede incluirla")
        assert {b.text().replace("&", "") for b in window.findChildren(type(window.new_button))
                } >= {"Nueva visita…", "Cerrar visita", "Presentar", "Iniciar quiosco"}
        assert "Presentan:" in window.details.text() or "Educador/a:" in window.details.text()
        headers = [window.model.horizontalHeaderItem(c).text()
                   for c in range(window.model.columnCount())]
        assert headers[:3] == ["Fecha", "Escuela", "Clase o club"]
        assert window.model.item(0, 8).text() in {"Abierta", "Cerrada"}
        # The button bar fits at 1366 wide: every button shows its whole text.
        for button in (window.new_button, *window.visit_buttons):
            assert button.width() >= button.sizeHint().width(), button.text()


def test_main_window_menus_read_in_spanish(qtbot, db):
    with spanish():
        window = MainWindow(db, lambda: SURVEYS)
        qtbot.addWidget(window)
        titles = [a.text() for a in window.menuBar().actions()]
        assert "&Archivo" in titles
        assert [a.text() for a in window.file_menu.actions()] == [
            "&Hacer copia de seguridad ahora", "Copia de seguridad en &otro lugar…",
            "&Restaurar una copia de seguridad…"]


def test_passphrase_dialog_reads_in_spanish_at_each_stage(qtbot):
    with spanish():
        dialog = SetPassphraseDialog(lambda _p: "ABCD-EFGH-IJKL-MNOP")
        qtbot.addWidget(dialog)
        dialog.show()
        qtbot.keyClicks(dialog.first, "short")
        dialog._ok()
        assert dialog.message.text().startswith("La frase de contraseña necesita al menos 10")
        assert english_left(dialog) == []
        dialog.first.setText("correct horse battery")
        dialog.second.setText("correct horse battery staple")
        dialog._ok()
        assert dialog.message.text() == "Las dos frases de contraseña no coinciden."
        dialog.second.setText("correct horse battery")
        dialog._ok()
        assert "Solo se muestra ahora" in dialog.intro.text()
        assert english_left(dialog, ["ABCD-EFGH-IJKL-MNOP"]) == []


def test_sealing_at_start_explains_in_spanish(monkeypatch):
    seen = []

    def capture(dialog):
        seen.append(dialog.intro.text())
        return 0

    monkeypatch.setattr(SetPassphraseDialog, "exec", capture)
    with spanish(), pytest.raises(SealingNeedsKeys):  # cancelled
        seal_keys_from_dialog(3)
    assert seen[0].startswith("Esta base de datos tiene 3 inscripciones sin cifrar")


class _View:
    def __init__(self) -> None:
        self.errors: list[str] = []
        self.statuses: list[str] = []
        self.questions: list[str] = []

    def confirm(self, question: str) -> bool:
        self.questions.append(question)
        return False

    def choose_backup(self, backups, folder):
        return None

    def choose_folder(self):
        return None

    def show_error(self, message: str) -> None:
        self.errors.append(message)

    def show_status(self, message: str) -> None:
        self.statuses.append(message)


def test_backup_messages_read_in_spanish(db, data_dir):
    view = _View()
    controller = BackupController(db, view, lambda: None)
    with spanish():
        controller.back_up_now()
        assert view.statuses[0].startswith("Copia de seguridad guardada en ")
        full = ExportProblem("could not write the backup")
        full.__cause__ = sqlite3.OperationalError("database or disk is full")
        controller.daily_done(full)
        assert view.errors[0] == (
            "Falló la copia de seguridad diaria: el disco está lleno: libera espacio (vacía la "
            "papelera, borra archivos grandes) y vuelve a intentarlo (database or disk is full)")
        damaged = ExportProblem("x")
        damaged.__cause__ = sqlite3.DatabaseError("database disk image is malformed")
        controller.daily_done(damaged)
        assert view.questions[0].startswith(f"La base de datos {db.path} está dañada")
        assert "¿Restaurar la copia de seguridad en buen estado más reciente" in view.questions[0]
    assert damaged_text(db.path, damaged).startswith("The database")  # English again



def test_survey_titles_show_in_spanish_when_the_survey_has_them(qtbot, db):
    from sos_desktop.core.surveys.store import current_definition, ensure_builtin_surveys
    from sos_desktop.core.visits.store import create_visit

    ensure_builtin_surveys(db)
    create_visit(db, {"school": "Hillhouse", "group_name": "BSU", "visit_date": "2026-10-21",
                      "survey_key": "nhps-other"})
    spanish_title = current_definition(db, "nhps-other")[1].title.get("es")
    with spanish():
        window = MainWindow(db)
        qtbot.addWidget(window)
        assert window.model.item(0, 4).text() == spanish_title != "All Other NHPS Student Survey"
        assert (("nhps-other", spanish_title) in window.controller.survey_choices())


def test_core_refusals_reach_the_window_in_spanish(tmp_path):
    """A SosError the window shows (here through app.explain) is worded by words/errors.py
    from its code."""
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.messages import Code
    from sos_desktop.ui.app import explain

    with spanish():
        shown = explain(SosError(Code.VISIT_CLOSED()), tmp_path / "sos-desktop.sqlite3")
    assert shown == "esta visita está cerrada; vuelve a abrirla para recibir más respuestas"
