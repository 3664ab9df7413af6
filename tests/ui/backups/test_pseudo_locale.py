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
