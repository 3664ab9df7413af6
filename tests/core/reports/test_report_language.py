"""`--lang es` reports are Spanish throughout: headings, labels, counts, dates, footers, hints."""

import re

import pytest

from sos_desktop.core.errors import SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.reports.season_report import season_report
from sos_desktop.core.reports.visit_report import visit_report
from tests.pdf_text import pdf_text

# English words the report's own wording used; none may be left in a Spanish report.
ENGLISH = ["Visit report", "Season report", "School", "Class or club", "Date", "Educator",
           "Presenters", "Survey responses", "Sign-ups", "answered", "response", "written",
           "page", "October", "Wednesday", "anonymous", "Only channels", "Name", "Phone",
           "Grade", "Role", "Teams", "By school", "Visits", "average", "English", "Student",
           "free text", "Figures", "consent", " to "]


NAMES = ["Wilbur Cross High School", "Hillhouse High School", "Students Over SROs"]  # data


def _words(text: str) -> str:
    return " ".join(text.replace("\u00a0", " ").split())


def _english_left(text: str) -> list[str]:
    for name in NAMES:
        text = text.replace(name, "")
    return [w for w in ENGLISH if re.search(rf"\b{w}(s|\b)", text, re.IGNORECASE)]


@pytest.fixture
def visit_with_answers(db, visit_id, answered):
    answered(6, free_text="más consejeros", language="es")
    submit_signup(db, {"first_name": "Zoë", "last_name": "Nguyễn", "email": "z@example.org",
                       "age_13_plus": True, "email_consent": True, "interests": "research"},
                  visit_id=visit_id)
    return visit_id


def test_spanish_visit_report_has_no_english(db, visit_with_answers, tmp_path):
    for free_text in (False, True):
        result = visit_report(db, visit_with_answers, tmp_path / "v.pdf", language="es",
                              with_signups=True, with_free_text=free_text)
        text = _words(pdf_text(result.path))
        assert _english_left(text) == [], text
    assert "miércoles, 14 de octubre de 2026" in text
    assert "6 de 6 contestaron" in text and "página 1" in text
    assert "Informe de visita" in text and "Investigación" in text


def test_spanish_season_report_has_no_english(db, visit_with_answers, tmp_path):
    result = season_report(db, "2026-09-01", "2026-12-31", tmp_path / "s.pdf", language="es")
    text = _words(pdf_text(result.path))
    assert _english_left(text) == [], text
    assert "1 sept – 31 dic 2026" in text and "14 oct 2026" in text
    assert "6 respuestas" in text


def test_english_report_dates_and_plurals(db, visit_id, answered, tmp_path):
    """English dates by Babel (en_US), and one response is "1 response"."""
    answered(1)
    text = _words(pdf_text(visit_report(db, visit_id, tmp_path / "v.pdf").path))
    assert "Wednesday, October 14, 2026" in text
    assert "1 response" in text and "response(s)" not in text


def test_report_language_must_be_english_or_spanish(db, visit_id, tmp_path):
    with pytest.raises(SosError) as refused:
        visit_report(db, visit_id, tmp_path / "v.pdf", language="fr")
    assert refused.value.message == Code.REPORT_LANGUAGE(language="'fr'", languages="en, es")
    assert not (tmp_path / "v.pdf").exists()
