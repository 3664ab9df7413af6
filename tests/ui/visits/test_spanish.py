"""Ensure the visit dialog reads in Spanish, its inline problems (core's, by code) included:
a student's typo in a visit must not be reported in English."""

from __future__ import annotations

from sos_desktop.core.visits.store import validate_visit
from sos_desktop.ui.visits.dialog import VisitDialog
from tests.ui.spanish import english_left, spanish

SURVEYS = [("nhps-other", "All Other NHPS Student Survey")]


def test_visit_dialog_with_problems_reads_in_spanish(qtbot):
    with spanish():
        dialog = VisitDialog("Nueva visita", {"visit_date": "2026-13-45"}, validate_visit,
                             SURVEYS, check_deck=lambda _deck: None)
        qtbot.addWidget(dialog)
        dialog.resize(1366, 768)
        dialog.show()
        dialog.educator_email.setText("alvarez@nhps")
        dialog.answer_mode.setCurrentIndex(dialog.answer_mode.findData("paper"))
        dialog.survey_key.setCurrentIndex(0)
        dialog._try_accept()
        assert dialog.errors.text().splitlines() == [
            "• Escuela: es obligatorio",
            "• Clase o club: es obligatorio",
            "• Fecha: debe ser una fecha como 2026-10-14",
            "• Correo del educador/a: no es un correo electrónico válido: la parte después de "
            "la @ debería ser como example.org",
            "• Respuestas: para responder en papel hace falta una encuesta; elige una",
        ]
        assert english_left(dialog, ["alvarez@nhps", "All Other NHPS Student Survey",
                                     "Wilbur Cross High School"]) == []


def test_a_missing_deck_is_reported_in_spanish(qtbot, tmp_path):
    gone = tmp_path / "charla.pdf"
    with spanish():
        dialog = VisitDialog("Editar visita", {"school": "Hillhouse", "group_name": "BSU",
                                               "deck": str(gone)}, validate_visit, SURVEYS)
        qtbot.addWidget(dialog)
        dialog._try_accept()
        assert dialog.errors.text() == (
            f"• Presentación: {gone} no se puede mostrar: el archivo no existe")


def test_long_notes_are_reported_with_their_limit(qtbot):
    with spanish():
        dialog = VisitDialog("Nueva visita", {"school": "Hillhouse", "group_name": "BSU",
                                              "notes": "x" * 4001}, validate_visit, SURVEYS)
        qtbot.addWidget(dialog)
        dialog._try_accept()
        assert dialog.errors.text() == "• Notas: tiene más de 4000 caracteres"


def test_the_built_in_decks_name_is_read_whole_in_spanish(qtbot):
    """Ensure "Charla SOS incluida para el salón de clases" fits its field as the dialog opens
    (it was cut to "…para el salón de cla")."""
    with spanish():
        dialog = VisitDialog("Nueva visita", {}, validate_visit, SURVEYS,
                             check_deck=lambda _deck: None)
        qtbot.addWidget(dialog)
        dialog.show()
        field = dialog.deck_label
        assert field.text() == "Charla SOS incluida para el salón de clases"
        # A line edit's frame and margins take about 8 pixels of its width.
        assert field.width() - 8 >= field.fontMetrics().horizontalAdvance(field.text())
