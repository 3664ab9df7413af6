"""Start the window: open (and if needed migrate) the database, then show the visit list."""

from __future__ import annotations

import os
import sys

from PySide6.QtCore import QSize, QTimer
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox, QWidget

from sos_desktop import __version__
from sos_desktop.core.errors import SosError
from sos_desktop.core.paths import resources_dir
from sos_desktop.ui.refguard import protect_singletons

# Set by the installer test (and usable by hand): show the window, then quit once the event
# loop is idle; a value ending in .png also saves the window there first.
SMOKE_TEST_ENV = "SOS_DESKTOP_SMOKE_TEST"


def app_icon() -> QIcon:
    """The window and taskbar icon, every size rendered from resources/icons/sos-desktop.svg."""
    icon = QIcon()
    for path in sorted((resources_dir() / "icons").glob("sos-desktop-*.png")):
        size = int(path.stem.rpartition("-")[2])
        icon.addFile(str(path), QSize(size, size))  # the size given: no file is read yet
    return icon


def make_app() -> QApplication:
    protect_singletons()  # before any Qt call: see refguard.py
    app = QApplication.instance() or QApplication(sys.argv[:1])
    app.setApplicationName("SOS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Students for Educational Justice")
    app.setDesktopFileName("sos-desktop")  # Wayland finds the icon through sos-desktop.desktop
    app.setWindowIcon(app_icon())
    return app


def run_app(data_dir: str | None = None) -> int:
    app = make_app()
    from sos_desktop.core.store import open_database

    try:
        db = open_database(data_dir)
    except (SosError, OSError) as exc:
        QMessageBox.critical(None, "SOS Desktop cannot start", str(exc))
        print(f"sos-desktop: {exc}", file=sys.stderr)
        return 1
    from sos_desktop.ui.main_window import MainWindow

    window = MainWindow(db)
    window.resize(1200, 700)
    window.show()
    if os.environ.get(SMOKE_TEST_ENV):
        QTimer.singleShot(0, lambda: _smoke_test_done(app, window, os.environ[SMOKE_TEST_ENV]))
    return app.exec()


def _smoke_test_done(app: QApplication, window: QWidget, target: str) -> None:
    if target.endswith(".png"):
        window.grab().save(target)
    app.quit()
