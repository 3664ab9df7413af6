"""Ensure damage is found before it swallows a write, and that restoring a backup over a
damaged database loses no record SQLite can still read (the probe of issue 18)."""

from __future__ import annotations

import random
import sqlite3
from pathlib import Path

from benchmarks.common import seed_signups
from sos_desktop.cli import run
from sos_desktop.core.backups.automatic import take_backup
from sos_desktop.core.backups.restore import restore_backup
from sos_desktop.core.surveys.responses import submit_response
from sos_desktop.core.surveys.store import ensure_builtin_surveys, latest_definition

FEW = ("first_name,last_name,email,age_13_plus,email_consent\n"
       "Ana,Ruiz,ana.ruiz@example.org,yes,yes\n"
       "Ben,Ode,ben.ode@example.org,yes,yes\n"
       "Cy,Park,cy.park@example.org,yes,yes\n")


def add_signups(db, visit_id, count) -> set[str]:
    """`count` sign-ups stored at once (one transaction, as an import stores them)."""
    before = ids(db.path)
    seed_signups(db, visit_id, count)
    return ids(db.path) - before


def leaf_pages(path: Path, table: str) -> list[int]:
    with sqlite3.connect(path) as conn:
        conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        pages = [p for (p,) in conn.execute(
            "SELECT pageno FROM dbstat WHERE name = ? AND pagetype = 'leaf' ORDER BY pageno",
            (table,))]
    conn.close()
    return pages


def overwrite(path: Path, page: int) -> None:
    """One page of random bytes, as a failing disk or a stray program might leave it."""
    with sqlite3.connect(path) as conn:
        (size,) = conn.execute("PRAGMA page_size").fetchone()
    conn.close()
    with open(path, "r+b") as f:
        f.seek((page - 1) * size)
        f.write(random.Random(page).randbytes(size))


def ids(path: Path, table: str = "signups") -> set[str]:
    with sqlite3.connect(path) as conn:
        found = {i for (i,) in conn.execute(f"SELECT id FROM {table}")}
    conn.close()
    return found


def test_import_into_a_damaged_file_is_refused_and_restore_keeps_every_record(
        db, visit_id, data_dir, tmp_path, capsys):
    """The probe: 300 sign-ups, the daily backup, one page of sign-ups overwritten. The import
    is refused with the way out (not "imported 3"); after the restore all 300 are there, and
    the same import then stores its 3."""
    first = add_signups(db, visit_id, 300)
    backup = take_backup(db, "daily")
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    pages = leaf_pages(path, "signups")
    overwrite(path, pages[len(pages) // 2])
    sheet = tmp_path / "few.csv"
    sheet.write_text(FEW, encoding="utf-8")
    capsys.readouterr()
    command = ["--data-dir", str(data_dir), "import", "signups", str(sheet), "--visit", visit_id]
    assert run(command) == 1
    out = capsys.readouterr()
    assert "imported" not in out.out and "damaged" in out.err
    assert f"sos-desktop restore {backup}" in out.err  # the way out
    answers = tmp_path / "answers.csv"  # an export's receipt is a write too: refused
    assert run(["--data-dir", str(data_dir), "export", "responses", "--survey",
                "hillhouse-cross", "--out", str(answers)]) == 1
    assert "damaged" in capsys.readouterr().err and not answers.exists()
    assert run(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
    out = capsys.readouterr()
    assert "could not be saved" not in out.err
    assert ids(path) == first
    assert run(command) == 0
    assert len(ids(path)) == 303
    assert run(["--data-dir", str(data_dir), "check"]) == 0


def test_records_on_a_destroyed_page_are_listed_by_id(db, visit_id, data_dir, capsys):
    """Ensure sign-ups taken after the backup whose page is destroyed are named as not saved,
    and every other one is back."""
    first = add_signups(db, visit_id, 10)
    backup = take_backup(db, "daily")
    later = add_signups(db, visit_id, 300)
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    pages = leaf_pages(path, "signups")
    victim = pages[len(pages) // 2]
    overwrite(path, victim)
    restored = restore_backup(data_dir, backup)
    salvage = restored.salvage
    assert salvage is not None and not salvage.unreadable
    lost = set(salvage.lost["signups"])
    assert lost and lost < later
    assert ids(path) == (first | later) - lost
    with sqlite3.connect(path) as conn:  # the visit's figures follow the merged records
        counted = conn.execute("SELECT signups FROM visit_counts WHERE visit_id = ?",
                               (visit_id,)).fetchone()
    conn.close()
    assert counted == (len(ids(path)),)
    assert run(["--data-dir", str(data_dir), "check"]) == 0
    capsys.readouterr()


def test_answers_without_rowid_are_salvaged_from_both_ends(db, visit_id, data_dir):
    """Ensure a table keyed by its primary key alone (answers) is read past a damaged page."""
    ensure_builtin_surveys(db)
    definition_id, survey = latest_definition(db, "hillhouse-cross")
    backup = take_backup(db, "daily")
    answers = {"school": "hillhouse", "grade": "grade_9", "safe_at_school": 2,
               "sro_effect": "less_safe", "had_contact": "no",
               "support_wanted": ["counselors", "mentors"]}
    responses = [submit_response(db, visit_id, definition_id, "en", answers, survey=survey)
                 for _ in range(80)]
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    pages = leaf_pages(path, "survey_answers")
    overwrite(path, pages[len(pages) // 2])
    salvage = restore_backup(data_dir, backup).salvage
    assert salvage is not None
    saved = ids(path, "survey_responses")
    assert saved == set(responses)  # the responses' own pages are whole
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute("SELECT count(*) FROM survey_answers").fetchone()
    conn.close()
    assert n > 0 and salvage.saved["survey_answers"] == n


def test_a_long_session_checks_again_before_a_later_write(db, visit_id, data_dir):
    """Ensure a window open for long notices damage done since its first write: once the
    last check is RECHECK_AFTER old, the next write is checked and refused."""
    import pytest

    from sos_desktop.core.errors import DatabaseProblem
    from sos_desktop.core.people.signups import submit_signup
    from sos_desktop.core.storage import db as db_module

    kid = {"first_name": "Kid", "last_name": "Lopez", "age_13_plus": True,
           "email": "kid@example.org", "email_consent": True}
    add_signups(db, visit_id, 100)
    submit_signup(db, kid, visit_id=visit_id)  # the session's write: checked then
    path = data_dir / "sos-desktop.sqlite3"
    pages = leaf_pages(path, "signups")
    overwrite(path, pages[len(pages) // 2])
    key = str(db.path)
    db_module._SOUND[key] -= db_module.RECHECK_AFTER  # the last check is that old
    with pytest.raises(DatabaseProblem, match="damaged"):
        submit_signup(db, kid, visit_id=visit_id)
