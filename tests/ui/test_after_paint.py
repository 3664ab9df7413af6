"""Work started after the first window's first frame (ui/after_paint.py): the day's backup
and the wheel guard wait for it, and still happen when the window never paints."""

from PySide6.QtWidgets import QLabel

from sos_desktop.core.backups.automatic import backups_folder, list_backups
from sos_desktop.ui import after_paint
from sos_desktop.ui.after_paint import after_first_paint
from sos_desktop.ui.main_window import MainWindow


def test_called_once_after_the_first_paint_not_before(qtbot):
    calls = []
    label = QLabel("hello")
    qtbot.addWidget(label)
    after_first_paint(label, lambda: calls.append("painted"))
    qtbot.wait(50)
    assert calls == []  # not shown: nothing painted yet
    label.show()
    qtbot.waitUntil(lambda: calls == ["painted"])
    label.update()
    qtbot.wait(50)
    assert calls == ["painted"]


def test_a_window_that_never_paints_gets_it_at_the_latest_after_a_while(qtbot, monkeypatch):
    monkeypatch.setattr(after_paint, "AT_LATEST_MS", 30)
    calls = []
    label = QLabel("never shown")
    qtbot.addWidget(label)
    after_first_paint(label, lambda: calls.append("late"))
    qtbot.waitUntil(lambda: calls == ["late"])


def test_the_days_backup_is_taken_once_the_window_has_painted(qtbot, db):
    window = MainWindow(db, daily_backup=True)
    qtbot.addWidget(window)
    assert list_backups(backups_folder(db)) == []
    window.show()
    qtbot.waitUntil(lambda: [b.reason for b in list_backups(backups_folder(db))] == ["daily"],
                    timeout=10_000)
