"""Reports hide what the live results hide: no figures for a question fewer than 5 answered,
and the page says so in the report's language."""

import re

import pytest

from sos_desktop.core.reports.season_report import season_report
from sos_desktop.core.reports.visit_report import visit_report
from sos_desktop.core.results.live import MIN_ANSWERS
from sos_desktop.core.surveys.responses import submit_response
from tests.pdf_text import pdf_text

NOTES = {"en": f"only for questions at least {MIN_ANSWERS} students answered",
         "es": f"solo en las preguntas que contestaron al menos {MIN_ANSWERS} estudiantes"}


@pytest.fixture
def one_stopped(db, visit_id, stored_survey):
    """Six responses; one student says an SRO stopped them, and where, and writes a comment."""
    definition_id, _ = stored_survey
    for n in range(6):
        answers = {"safe": 3, "stopped": "no"}
        if n == 0:
            answers.update(stopped="yes", where="hall", comment="In the hallway by room 104")
        submit_response(db, visit_id, definition_id, "en", answers)


@pytest.mark.parametrize("language", ["en", "es"])
@pytest.mark.parametrize("report", ["visit", "season"])
def test_one_students_answer_is_never_printed(db, visit_id, one_stopped, tmp_path, language,
                                              report):
    """The follow-up one student answered shows no count, percentage or text."""
    if report == "visit":
        result = visit_report(db, visit_id, tmp_path / "r.pdf", language=language,
                              with_free_text=True)
    else:
        result = season_report(db, "2026-09-01", "2026-12-31", tmp_path / "r.pdf",
                               language=language)
    text = pdf_text(result.path).replace("\u00a0", " ").replace(" %", "%")
    assert not re.search(r"\b1 \(100%\)", text)  # where: Hallway 1 (100%)
    assert "room 104" not in text
    assert "6 (100%)" in text  # how safe: all six said 3
    assert NOTES[language] in " ".join(text.split())
