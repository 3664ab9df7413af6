"""Visit and season reports name each response's channel and compare answers by channel where
each channel has at least 5 responses."""

from sos_desktop.core.imports.online.importer import import_online_responses
from sos_desktop.core.reports.season_report import season_report
from sos_desktop.core.reports.visit_report import visit_report
from tests.core.imports.online.test_online_import import kobo_csv
from tests.pdf_text import pdf_text


def _paper(db, visit_id, survey, n):
    from sos_desktop.core.surveys.responses import insert_responses

    with db.raw() as conn:
        conn.execute("BEGIN")
        insert_responses(conn, db.device_id, visit_id, "2026-10-14", survey[0],
                         [(f"p{i}", "en", {"school": "hillhouse", "had_contact": "no"})
                          for i in range(n)], channel="paper")
        conn.execute("COMMIT")


def test_channels_with_five_responses_are_compared(db, survey, answered, tmp_path):
    from sos_desktop.core.visits.store import create_visit

    visit_id = create_visit(db, {"school": "Hillhouse", "group_name": "Civics",
                                 "visit_date": "2026-10-14", "survey_key": "hillhouse-cross"})
    answered(7, visit=visit_id)
    import_online_responses(db, kobo_csv(tmp_path / "k.csv", 6), visit_id=visit_id)
    _paper(db, visit_id, survey, 3)  # too few to show as a column
    text = pdf_text(visit_report(db, visit_id, tmp_path / "v.pdf").path)
    assert "Kiosk 7, Paper 3, Online 6" in text
    assert "Answers by channel" in text
    assert "Kiosk (7)" in text and "Online (6)" in text and "Paper (3)" not in text
    season = pdf_text(season_report(db, "2026-09-01", "2026-12-31", tmp_path / "s.pdf",
                                    language="es").path)
    assert "Quiosco 7, Papel 3, En línea 6" in season and "Respuestas por canal" in season


def test_one_channel_big_enough_means_no_comparison(db, visit_id, answered, tmp_path):
    answered(8)
    text = pdf_text(visit_report(db, visit_id, tmp_path / "v.pdf").path)
    assert "Kiosk 8" in text and "Answers by channel" not in text
