"""Migration 0005: every existing response gets the channel it came in by, as far as the data
tells (paper: a writing-box image or a paper-only visit; kiosk otherwise)."""

from pathlib import Path

from sos_desktop.core.storage import schema
from tests.conftest import database_at_revision

_VISIT = ("INSERT INTO visits (id, device_id, created_at, updated_at, school, group_name,"
          " educator_name, educator_email, visit_date, presenters, survey_key, notes, closed,"
          " answer_mode) VALUES (?, 'd', '2026-01-01', '2026-01-01', 'Cross', 'BSU', '', '',"
          " '2026-01-05', '', 'k', '', 0, ?)")
_RESPONSE = ("INSERT INTO survey_responses (id, device_id, created_at, visit_id,"
             " survey_definition_id, language) VALUES (?, 'd', '2026-01-05', ?, 'def', 'en')")


def test_existing_responses_get_their_channel(data_dir: Path):
    db = database_at_revision(data_dir, "0004_figures")
    with db.raw() as conn:
        conn.execute("INSERT INTO survey_definitions (id, device_id, created_at, key, version,"
                     " title, languages, definition, content_hash) VALUES ('def', 'd',"
                     " '2026-01-01', 'k', 1, 'K', '[\"en\"]', '{}', 'h')")
        conn.execute(_VISIT, ("kv", "both"))
        conn.execute(_VISIT, ("pv", "paper"))
        for rid, visit in (("r-kiosk", "kv"), ("r-sheet", "kv"), ("r-paper-visit", "pv")):
            conn.execute(_RESPONSE, (rid, visit))
        conn.execute("INSERT INTO paper_images (id, response_id, question_key, kind, png)"
                     " VALUES ('i', 'r-sheet', 'q', 'writing', x'00')")
    schema.ensure_schema(db.path, data_dir / "backups")
    with db.raw() as conn:
        channels = dict(conn.execute("SELECT id, channel FROM survey_responses").fetchall())
        visits = conn.execute("SELECT virtual, online_form_url FROM visits").fetchall()
    assert channels == {"r-kiosk": "kiosk", "r-sheet": "paper", "r-paper-visit": "paper"}
    assert visits == [(0, ""), (0, "")]
