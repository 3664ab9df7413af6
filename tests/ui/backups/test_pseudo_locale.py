"""Ensure the restore dialog reads wholly in the pseudo-locale and cuts no text (issue 19)."""

from __future__ import annotations

from datetime import timedelta

from sos_desktop.core.backups.automatic import take_backup
from sos_desktop.core.backups.contents import describe_backups
from sos_desktop.ui.backups.restore_dialog import RestoreDialog
from tests.pseudo import cut_texts, plain_english, shot, show_on_laptop


def test_restore_dialog(qtbot, db, visit_id, clock, data_dir, tmp_path, pseudo):
    take_backup(db, "visit-closed", clock)
    clock.now += timedelta(seconds=1)
    take_backup(db, "by-hand", clock)
    backups = describe_backups(data_dir)
    dialog = RestoreDialog(backups, data_dir / "backups", lambda parent: tmp_path / "x")
    qtbot.addWidget(dialog)
    show_on_laptop(dialog)
    shot(dialog, "restore")
    data = [str(data_dir / "backups"), *(backup.path.name for backup in backups)]
    assert plain_english(dialog, data) == []
    assert cut_texts(dialog) == []


def test_backup_messages(db, visit_id, data_dir, tmp_path, pseudo):
    """What the organizer reads on backing up (here and to a stick), on a stick pulled out,
    and the question before a restore, with what the backup holds."""
    from sos_desktop.ui.backups.controller import BackupController
    from tests.pseudo import english_words
    from tests.ui.backups.test_backups import FakeView

    said = []
    view = FakeView()
    BackupController(db, view, lambda: None).back_up_now()
    said += view.statuses
    stick = tmp_path / "USB"
    stick.mkdir()
    for folder in (stick, tmp_path / "gone"):
        view = FakeView(folder=folder)
        BackupController(db, view, lambda: None).back_up_elsewhere()
        said += [*view.statuses, *view.errors]
    backup = take_backup(db, "daily")
    view = FakeView(choose=backup, answer=False)
    BackupController(db, view, lambda: None).restore()
    said += [*view.questions, *view.errors]
    assert len(said) >= 4
    data = [str(tmp_path), "USB", backup.name]
    assert [text for text in said if english_words(text, data)] == []


def test_damaged_database_at_start(db, visit_id, data_dir, monkeypatch, pseudo):
    """The question at start-up when the database is damaged, and the daily backup's when it
    finds damage: SQLite's own detail in parentheses is data."""
    import sqlite3

    import pytest
    from PySide6.QtWidgets import QMessageBox

    from sos_desktop.core.errors import ExportProblem, SosError
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.ui.app import _restored_at_start
    from sos_desktop.ui.backups.controller import BackupController
    from tests.pseudo import english_words
    from tests.ui.backups.test_backups import FakeView

    take_backup(db, "daily")
    view = FakeView(answer=False)
    problem = ExportProblem("could not write the backup")
    problem.__cause__ = sqlite3.DatabaseError("database disk image is malformed")
    BackupController(db, view, lambda: None).daily_done(problem)
    db.dispose()
    path = data_dir / "sos-desktop.sqlite3"
    path.write_bytes(b"\0" * 100 + path.read_bytes()[100:])
    asked = [*view.questions]
    monkeypatch.setattr(QMessageBox, "question", lambda *a: asked.extend(a[1:3])
                        or QMessageBox.StandardButton.No)
    with pytest.raises(SosError) as raised:
        open_database(data_dir)
    _restored_at_start(path, raised.value)
    assert len(asked) == 3
    data = [str(data_dir), "(database disk image is malformed)", "(file is not a database)"]
    assert [(text, e) for text in asked if (e := english_words(text, data))] == []
