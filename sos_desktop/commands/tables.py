"""The database's tables as `check` and `bundle` name them to a person: the table's own name in
English (what scripts and the log know them by), words in Spanish."""

from __future__ import annotations

from sos_desktop.i18n import tr


def table_label(table: str) -> str:
    """`table` in the organizer's language; a table not listed keeps its name."""
    labels = {
        "visits": tr("visits", "database table"),
        "survey_definitions": tr("survey_definitions", "database table"),
        "survey_responses": tr("survey_responses", "database table"),
        "survey_answers": tr("survey_answers", "database table"),
        "signups": tr("signups", "database table"),
        "export_receipts": tr("export_receipts", "database table"),
    }
    return labels.get(table, table)
