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


RUN_APP_A_WHILE = """
import os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
from PySide6.QtCore import QTimer
from sos_desktop.ui import app as appmod, refguard
make = appmod.make_app
def make_and_quit_later(*args, **kwargs):
    application = make(*args, **kwargs)
    QTimer.singleShot(1000, application.quit)
    return application
appmod.make_app = make_and_quit_later
code = appmod.run_app(sys.argv[1])
print(code, refguard._done, "sos_desktop.ui.wheel_guard" in sys.modules)
"""


def test_the_window_start_installs_the_reference_and_wheel_guards_after_painting(tmp_path):
    import subprocess
    import sys

    from sos_desktop.core.storage.store import open_database

    open_database(tmp_path)
    out = subprocess.run([sys.executable, "-c", RUN_APP_A_WHILE, str(tmp_path)],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    code, protected, guarded = out.split()[-3:]
    assert code == "0" and guarded == "True"
    assert protected == str(sys.version_info < (3, 12))  # a no-op where None is immortal


GC_AROUND_THE_START = """
import gc, os, sys
os.environ["QT_QPA_PLATFORM"] = "offscreen"
import PySide6.QtGui
from PySide6.QtCore import QTimer
from sos_desktop import cli
from sos_desktop.ui import app as appmod
make, show, seen = appmod.make_app, appmod.show_main_window, []
def make_and_quit_later(*args, **kwargs):
    seen.append(gc.isenabled())  # while the window is being built
    application = make(*args, **kwargs)
    QTimer.singleShot(1000, application.quit)
    return application
def show_and_look(*args, **kwargs):
    window = show(*args, **kwargs)
    seen.append("QIcon" in vars(PySide6.QtGui))  # PySide makes a type when it is first used
    return window
appmod.make_app, appmod.show_main_window = make_and_quit_later, show_and_look
code = cli.run(["--data-dir", sys.argv[1]])
icon = appmod.QApplication.instance().windowIcon()
print(code, seen, gc.isenabled(), len(icon.availableSizes()))
"""


def test_the_window_start_collects_no_garbage_and_sets_no_icon_until_it_has_painted(tmp_path):
    """Cyclic garbage collection is off while the first window is built (cli._window), and
    the window icon (PySide's QIcon type) waits: both once the window has painted."""
    import subprocess
    import sys

    from sos_desktop.core.storage.store import open_database

    open_database(tmp_path)
    out = subprocess.run([sys.executable, "-c", GC_AROUND_THE_START, str(tmp_path)],
                         capture_output=True, text=True, timeout=60, check=True).stdout
    assert out.split("\n")[-2] == "0 [False, False] True 8"
