"""Ensure Surveys → Export's dialog reads wholly in the pseudo-locale and cuts no text
(issue 19). Survey titles are data."""

from __future__ import annotations

from sos_desktop.ui.surveys.export_dialog import SurveyExportDialog
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop

SURVEYS = [("hillhouse-cross", "Hillhouse/Cross Student Survey"),
           ("nhps-other", "All Other NHPS Student Survey")]


def test_survey_export_dialog(qtbot, pseudo):
    dialog = SurveyExportDialog(SURVEYS)
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, "survey-export")
    assert plain_english(dialog, [text for pair in SURVEYS for text in pair]) == []
    assert cut_texts(dialog) == []
