"""Automatic backups, their rotation, and restoring one (CLI and core)."""

from __future__ import annotations

import sqlite3
from datetime import datetime, timedelta

from sos_desktop.cli import run
from sos_desktop.core.backups.automatic import (
    KEEP_LAST,
    backup_if_due,
    list_backups,
    prune,
    take_backup,
)
from sos_desktop.core.backups.restore import restore_backup
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.visits.store import list_visits, set_closed
from tests.test_cli_failures import damage_pages

SIGNUP = {"first_name": "Ana", "last_name": "Ruiz", "age_13_plus": True,
          "email": "ana.ruiz@example.org", "email_consent": True}


def count(path, table):
    with sqlite3.connect(path) as conn:
        (n,) = conn.execute(f"SELECT count(*) FROM {table}").fetchone()
    conn.close()
    return n


def test_closing_a_visit_takes_a_backup(db, visit_id, data_dir):
    """Ensure closing a visit leaves a verified copy holding its sign-ups in backups/."""
    submit_signup(db, SIGNUP, visit_id=visit_id)
    assert set_closed(db, visit_id, True) == []
    [backup] = list_backups(data_dir / "backups")
    assert backup.reason == "visit-closed" and count(backup.path, "signups") == 1


def test_daily_backup_once_a_day(db, clock, data_dir):
    """Ensure the start-up backup is taken when none is a day old, and not again the same day."""
    assert backup_if_due(db, clock) is not None
    clock.now += timedelta(hours=23)
    assert backup_if_due(db, clock) is None
    clock.now += timedelta(hours=2)
    assert backup_if_due(db, clock) is not None
    assert len(list_backups(data_dir / "backups")) == 2


def test_rotation_keeps_last_ten_and_one_per_month(db, clock, data_dir):
    """Ensure 40 daily backups over 3 months leave the last 10 and the newest of each older
    month, and that a killed backup's temporary file goes too."""
    clock.now = datetime(2026, 8, 1, 12)
    for _ in range(40):
        take_backup(db, "daily", clock)
        clock.now += timedelta(days=3)
    (data_dir / "backups" / ".auto-x.sqlite3.tmp").write_bytes(b"partial")
    prune(data_dir / "backups")
    kept = list_backups(data_dir / "backups")
    newest = kept[:KEEP_LAST]
    older_months = {b.taken_at.strftime("%Y-%m") for b in kept[KEEP_LAST:]}
    assert len(kept) == KEEP_LAST + len(older_months)
    assert newest[0].taken_at == clock.now - timedelta(days=3)
    assert older_months == {"2026-08", "2026-09"}
    assert not list((data_dir / "backups").glob(".*"))


def test_restore_keeps_the_current_state_first(db, visit_id, data_dir, capsys):
    """Ensure `restore FILE` puts the backup back and first backs up what was there."""
    backup = take_backup(db, "daily")
    submit_signup(db, SIGNUP, visit_id=visit_id)
    db.dispose()
    assert run(["--data-dir", str(data_dir), "restore", str(backup)]) == 0
    out = capsys.readouterr().out
    assert count(data_dir / "sos-desktop.sqlite3", "signups") == 0
    [kept] = [b for b in list_backups(data_dir / "backups") if b.reason == "before-restore"]
    assert str(kept.path) in out and count(kept.path, "signups") == 1


def test_damaged_database_names_the_newest_good_backup_and_restores(db, visit_id, data_dir,
                                                                    capsys):
    """Ensure a damaged database is reported with the restore command of the newest good
    backup, and that restoring keeps the damaged bytes aside, never overwritten."""
    good = take_backup(db, "daily")
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    damage_pages(path, "visits")
    damaged = path.read_bytes()
    assert run(["--data-dir", str(data_dir), "visit", "list"]) == 1
    err = capsys.readouterr().err
    assert f"sos-desktop restore {good}" in err
    kept = restore_backup(data_dir, good).kept
    assert kept.name.startswith("damaged-") and kept.read_bytes() == damaged
    assert [v.id for v in list_visits(db)] == [visit_id]


def test_a_damaged_backup_is_refused(db, data_dir, capsys):
    """Ensure restoring a damaged or foreign file says so and changes nothing."""
    bad = data_dir / "backups" / "bad.sqlite3"
    bad.parent.mkdir(exist_ok=True)
    bad.write_bytes(b"not a database" * 100)
    before = (data_dir / "sos-desktop.sqlite3").read_bytes()
    assert run(["--data-dir", str(data_dir), "restore", str(bad)]) == 1
    assert "cannot be restored" in capsys.readouterr().err
    assert (data_dir / "sos-desktop.sqlite3").read_bytes() == before


def test_each_backup_says_when_and_what_it_holds(db, visit_id, clock, data_dir):
    """Ensure the restore list gives every backup's time, reason, size and counts, newest
    first, and a damaged file its problem instead of counts."""
    from sos_desktop.core.backups.contents import describe_backups

    take_backup(db, "daily", clock)
    submit_signup(db, SIGNUP, visit_id=visit_id)
    clock.now += timedelta(minutes=1)
    take_backup(db, "by-hand", clock)
    clock.now += timedelta(minutes=1)
    bad = take_backup(db, "daily", clock)
    bad.write_bytes(b"not a database at all" * 100)
    newest_bad, by_hand, daily = describe_backups(data_dir)
    assert (by_hand.reason, by_hand.visits, by_hand.responses, by_hand.signups) == (
        "by-hand", 1, 0, 1)
    assert (daily.signups, daily.taken_at < by_hand.taken_at) == (0, True)
    assert by_hand.size > 0 and by_hand.problem == ""
    assert newest_bad.visits is None and newest_bad.problem


def test_a_copy_to_another_place_is_verified_and_a_missing_place_is_named(db, visit_id,
                                                                          clock, tmp_path):
    """Ensure "back up to a USB stick" writes a readable copy there, named with its time,
    and a folder that has gone is refused naming it, leaving nothing behind."""
    import pytest

    from sos_desktop.core.backups.contents import copy_backup_to, read_contents, taken_from_name
    from sos_desktop.core.errors import ExportProblem

    stick = tmp_path / "USB"
    stick.mkdir()
    submit_signup(db, SIGNUP, visit_id=visit_id)
    copy = copy_backup_to(db, stick, clock)
    assert taken_from_name(copy) == clock.now.replace(microsecond=0)
    assert read_contents(copy).signups == 1
    gone = tmp_path / "pulled-out"
    with pytest.raises(ExportProblem, match="pulled-out"):
        copy_backup_to(db, gone, clock)
    assert not gone.exists() and [p.name for p in stick.iterdir()] == [copy.name]
