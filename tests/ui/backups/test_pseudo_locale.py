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
