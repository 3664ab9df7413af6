"""PDF reports and paper forms: built, atomic, receipted, in a font that covers every name.

Pages were also looked at as PNG (pdftoppm) while building; these tests check text content via
the PDF's own text layer where it is cheap, and page counts/structure otherwise.
"""

import pytest
from reportlab.pdfbase import pdfmetrics

from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.messages import Code
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.reports.fonts import REGULAR, register_fonts
from sos_desktop.core.reports.paper import SIGNIN_COLUMNS, print_survey, signin_sheet
from sos_desktop.core.reports.season_report import season_report
from sos_desktop.core.reports.visit_report import visit_report
from sos_desktop.core.visits.store import create_visit


def _receipt_kinds(db):
    with db.raw() as conn:
        return [r[0] for r in conn.execute("SELECT kind FROM export_receipts")]


def test_font_covers_vietnamese_irish_and_spanish():
    """The bundled font has glyphs for ễ, í, ë, ñ (Helvetica would show boxes)."""
    register_fonts()
    face = pdfmetrics.getFont(REGULAR).face
    for ch in "ễíëñ¿áú☐○":
        assert ord(ch) in face.charToGlyph, ch


def test_visit_report_without_contacts_by_default(db, visit_id, answered, tmp_path):
    """Counts and charts, but neither names nor free text unless asked."""
    answered(40, free_text="más consejeros")
    submit_signup(db, {"first_name": "Zoë", "last_name": "Nguyễn", "email": "z@example.org",
                       "age_13_plus": True, "email_consent": True}, visit_id=visit_id)
    plain = visit_report(db, visit_id, tmp_path / "v.pdf")
    data = plain.path.read_bytes()
    assert data.startswith(b"%PDF") and plain.pages >= 2
    full = visit_report(db, visit_id, tmp_path / "full.pdf", with_signups=True,
                        with_free_text=True)
    assert full.pages > plain.pages
    assert _receipt_kinds(db) == ["report-visit", "report-visit"]


def test_visit_report_unknown_visit(db, tmp_path):
    with pytest.raises(NotFound):
        visit_report(db, "nope", tmp_path / "v.pdf")
    assert not (tmp_path / "v.pdf").exists()


def test_season_report_covers_the_period_only(db, visit_id, answered, tmp_path):
    later = create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                              "visit_date": "2027-02-01"})
    answered(5)
    answered(5, visit=later)
    result = season_report(db, "2026-09-01", "2026-12-31", tmp_path / "s.pdf")
    assert result.pages >= 2
    with db.raw() as conn:
        rows = conn.execute("SELECT row_count FROM export_receipts").fetchone()[0]
    assert rows == 5


@pytest.mark.parametrize("start,end,code", [("2026-13-01", "2026-12-01", Code.NOT_A_DATE),
                                            ("2026-12-01", "2026-01-01", Code.FROM_AFTER_TO)])
def test_season_report_bad_dates(db, tmp_path, start, end, code):
    with pytest.raises(SosError) as refused:
        season_report(db, start, end, tmp_path / "s.pdf")
    assert refused.value.message.code is code


def test_signin_sheet_columns_are_what_import_reads(db, visit_id, tmp_path):
    """Every printed column name is a column `import signups` accepts; names are required."""
    from sos_desktop.core.imports.signups import COLUMNS, REQUIRED_COLUMNS

    printed = [name for name, _l, _w in SIGNIN_COLUMNS]
    assert set(printed) <= set(COLUMNS) and set(REQUIRED_COLUMNS) <= set(printed)
    result = signin_sheet(db, tmp_path / "sheet.pdf", visit_id=visit_id, rows=40)
    assert result.pages == 3  # 13 rows on a page under the repeated consent block and header
    sheet = tmp_path / "typed.csv"
    sheet.write_text(",".join(printed) + "\nZoë,Nguyễn,z@example.org,203-555-0142,06511,10,"
                     "student,research;tactics,no,yes,yes,no\n", encoding="utf-8")
    from sos_desktop.core.imports.signups import import_signups

    assert import_signups(db, sheet, visit_id=visit_id).imported == 1


def test_printed_survey_in_spanish(db, survey, tmp_path):
    result = print_survey(db, "hillhouse-cross", tmp_path / "es.pdf", language="es")
    assert result.pages >= 2
    with pytest.raises(SosError) as lacking:
        print_survey(db, "hillhouse-cross", tmp_path / "fr.pdf", language="fr")
    assert lacking.value.message.code is Code.PRINT_NO_LANGUAGE
    with pytest.raises(SosError) as rows:
        signin_sheet(db, tmp_path / "sheet.pdf", rows=0)
    assert rows.value.message == Code.ROWS_RANGE(most=500)


def test_pdf_to_a_missing_folder_is_clear(db, visit_id, tmp_path):
    from sos_desktop.core.errors import ExportProblem

    with pytest.raises(ExportProblem, match="does not exist"):
        signin_sheet(db, tmp_path / "usb" / "sheet.pdf")
    assert _receipt_kinds(db) == []


def test_every_signin_page_shows_the_consent_wording_and_key(db, visit_id, tmp_path):
    """Someone signing on page 2 ticks consent next to the same words the import records as
    shown, the under-13 rule and the role/team key (not only page 1)."""
    from sos_desktop.core.people.consent import PAPER_EMAIL_CONSENT, SHEET_SPANISH
    from tests.pdf_text import pdf_pages

    out = tmp_path / "sheet.pdf"
    assert signin_sheet(db, out, visit_id=visit_id, rows=26).pages >= 2
    for n, text in enumerate(pdf_pages(out), start=1):
        flat = " ".join(text.split())
        for words in (PAPER_EMAIL_CONSENT.text, SHEET_SPANISH["sms"],
                      "13 or older", "S = student", "R = research"):
            assert " ".join(words.split()) in flat, (n, words)


def test_visit_report_prints_no_command_line(db, visit_id, answered, tmp_path):
    """Ensure a report handed to a Board meeting never tells its reader to run a command (the
    left-out free text is only counted), in English and Spanish."""
    from tests.pdf_text import pdf_pages

    answered(14, free_text="más consejeros")
    for language in ("en", "es"):
        result = visit_report(db, visit_id, tmp_path / f"{language}.pdf", language=language)
        pages = pdf_pages(result.path)
        text = "\n".join(pages)
        assert "sos-desktop" not in text and "--with-free-text" not in text
        assert ("left out" if language == "en" else "no se incluye") in text
        assert len(pages[-1].split()) > 40, "the last page holds more than a stray line"
