"""The File menu's backup and restore, and the offer to restore at start-up."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from sos_desktop.core.backups.automatic import list_backups, take_backup
from sos_desktop.core.errors import SosError
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.visits.store import list_visits
from sos_desktop.ui.app import _restored_at_start
from sos_desktop.ui.backups.controller import BackupController
from sos_desktop.ui.main_window import MainWindow

SIGNUP = {"first_name": "Ana", "last_name": "Ruiz", "age_13_plus": True,
          "email": "ana.ruiz@example.org", "email_consent": True}


class FakeView:
    def __init__(self, choose=None, answer=True, folder=None):
        self.choose, self.answer, self.folder = choose, answer, folder
        self.questions, self.errors, self.statuses = [], [], []
        self.offered = []

    def confirm(self, question):
        self.questions.append(question)
        return self.answer

    def choose_backup(self, backups, folder):
        self.offered = backups
        return self.choose

    def choose_folder(self):
        return self.folder

    def show_error(self, message):
        self.errors.append(message)

    def show_status(self, message):
        self.statuses.append(message)


def test_file_menu_has_backup_and_restore(qtbot, db):
    """Ensure the window has a File menu with Back up now and Restore a backup."""
    window = MainWindow(db)
    qtbot.addWidget(window)
    assert "&File" in [a.text() for a in window.menuBar().actions()]
    assert [a.text() for a in window.file_menu.actions()] == [
        "&Back up now", "Back up to &another place…", "&Restore a backup…"]


def test_restore_from_the_window_backs_up_first_and_reloads(db, visit_id, data_dir):
    """Ensure Restore puts the chosen backup back, keeps the current state, and reloads."""
    backup = take_backup(db, "daily")
    submit_signup(db, SIGNUP, visit_id=visit_id)
    reloaded = []
    view = FakeView(choose=backup)
    BackupController(db, view, lambda: reloaded.append(True)).restore()
    assert reloaded and not view.errors
    assert "can be undone" in view.questions[0]
    # The question says when the backup was taken and what it holds.
    assert "visits: 1, responses: 0, sign-ups: 0" in view.questions[0]
    assert [b.path for b in view.offered] == [backup]
    with db.raw() as conn:
        assert conn.execute("SELECT count(*) FROM signups").fetchone() == (0,)
    assert any(b.reason == "before-restore" for b in list_backups(data_dir / "backups"))


def test_back_up_now(db, data_dir):
    view = FakeView()
    BackupController(db, view, lambda: None).back_up_now()
    assert "Backup written to" in view.statuses[0]
    assert list_backups(data_dir / "backups")[0].reason == "by-hand"


def test_damaged_database_at_start_is_reported_and_newest_good_backup_offered(
        db, visit_id, data_dir, monkeypatch):
    """Ensure a database damaged at start-up is not overwritten: the newest good backup is
    offered and, accepted, restored with the damaged file kept aside."""
    take_backup(db, "daily")
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    path.write_bytes(b"\0" * 100 + path.read_bytes()[100:])  # header gone: cannot even open
    asked = []
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.append(a[2])
                        or QMessageBox.StandardButton.Yes)
    from sos_desktop.core.storage.store import open_database

    with pytest.raises(SosError) as raised:
        open_database(data_dir)
    assert _restored_at_start(path, raised.value)
    assert "damaged" in asked[0] and "has not been changed" in asked[0]
    assert [v.id for v in list_visits(open_database(data_dir))] == [visit_id]
    assert any(p.name.startswith("damaged-") for p in (data_dir / "backups").iterdir())


def test_daily_backup_finding_damage_offers_the_newest_good_backup(db, data_dir):
    """Ensure the start-up backup, which reads every page, reports a damaged database and
    offers the newest good backup instead of failing quietly."""
    import sqlite3

    from sos_desktop.core.errors import ExportProblem

    take_backup(db, "daily")
    view = FakeView(answer=False)
    problem = ExportProblem("could not write the backup")
    problem.__cause__ = sqlite3.DatabaseError("database disk image is malformed")
    BackupController(db, view, lambda: None).daily_done(problem)
    assert "is damaged (database disk image is malformed)" in view.questions[0]
    assert "Restore the newest good backup" in view.questions[0]


def test_restore_over_a_damaged_file_lists_what_could_not_be_saved(db, visit_id, data_dir):
    """Ensure restoring over a damaged database in the window merges back what can be read
    and names, by id, the sign-ups whose page was destroyed."""
    from benchmarks.common import seed_signups
    from tests.core.backups.test_salvage import ids, leaf_pages, overwrite

    backup = take_backup(db, "daily")
    seed_signups(db, visit_id, 200)
    db.dispose()
    pages = leaf_pages(db.path, "signups")
    overwrite(db.path, pages[len(pages) // 2])
    view = FakeView(choose=backup)
    BackupController(db, view, lambda: None).restore()
    [error] = view.errors
    assert "could not be" in error
    [lost] = error.splitlines()[1:]  # "N record(s) of signups: id, id, …"
    assert len(ids(db.path)) + int(lost.split()[0]) == 200
def test_back_up_to_another_place_and_a_stick_pulled_out(db, visit_id, tmp_path):
    """Ensure a copy goes to the folder chosen, and a folder that has gone gets a clear
    message and no file."""
    stick = tmp_path / "USB"
    stick.mkdir()
    view = FakeView(folder=stick)
    BackupController(db, view, lambda: None).back_up_elsewhere()
    [copy] = stick.iterdir()
    assert not view.errors and str(copy) in view.statuses[0]
    gone = tmp_path / "gone"
    view = FakeView(folder=gone)
    BackupController(db, view, lambda: None).back_up_elsewhere()
    assert "gone" in view.errors[0] and "USB" in view.errors[0] and not gone.exists()


def test_a_full_stick_says_so(db, visit_id, tmp_path, monkeypatch):
    """Ensure a full place is named as full, with what to do."""
    import errno

    from sos_desktop.core.backups import copy

    stick = tmp_path / "USB"
    stick.mkdir()

    def full(*_args, **_kwargs):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(copy.os, "fsync", full)
    view = FakeView(folder=stick)
    BackupController(db, view, lambda: None).back_up_elsewhere()
    assert "the disk is full" in view.errors[0] and str(stick) in view.errors[0]
    assert list(stick.iterdir()) == []


def test_restore_dialog_lists_every_backup_distinctly(qtbot, db, visit_id, clock, data_dir,
                                                      tmp_path):
    """Ensure each backup is a row with its time, why, counts and whole file name, no two
    rows alike, and Restore returns the one selected."""
    from datetime import timedelta

    from sos_desktop.core.backups.contents import describe_backups
    from sos_desktop.ui.backups.restore_dialog import RestoreDialog

    take_backup(db, "visit-closed", clock)
    clock.now += timedelta(seconds=1)
    submit_signup(db, SIGNUP, visit_id=visit_id)
    take_backup(db, "visit-closed", clock)
    backups = describe_backups(data_dir)
    dialog = RestoreDialog(backups, data_dir / "backups", lambda parent: tmp_path / "x")
    qtbot.addWidget(dialog)
    dialog.show()
    table = dialog.table
    rows = [tuple(table.item(r, c).text() for c in range(table.columnCount()))
            for r in range(table.rowCount())]
    assert len(set(rows)) == len(rows) == 2
    assert rows[0][4] == "1" and rows[1][4] == "0"  # sign-ups: the newest has one
    assert rows[0][-1] == backups[0].path.name  # the whole name, never shortened
    assert table.columnWidth(6) >= table.fontMetrics().horizontalAdvance(rows[0][-1])
    table.selectRow(1)
    dialog.restore_button.click()
    assert dialog.chosen == backups[1].path
