"""Start the window: open (and if needed migrate) the database, then show the visit list."""

from __future__ import annotations

import sys

from PySide6.QtWidgets import QApplication, QMessageBox

from sos_desktop import __version__
from sos_desktop.core.errors import SosError
from sos_desktop.ui.refguard import protect_singletons
from sos_desktop.ui.wheel_guard import install_wheel_guard


def make_app() -> QApplication:
    protect_singletons()  # before any Qt call: see refguard.py
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SOS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Students for Educational Justice")
    install_wheel_guard()
    return app


def run_app(data_dir: str | None = None) -> int:
    app = make_app()
    from sos_desktop.core.store import open_database

    def seal_keys(count: int):
        from sos_desktop.ui.passphrase_dialog import seal_keys_from_dialog

        return seal_keys_from_dialog(count)

    try:
        db = open_database(data_dir, seal_keys=seal_keys)
    except (SosError, OSError) as exc:
        QMessageBox.critical(None, "SOS Desktop cannot start", str(exc))
        print(f"sos-desktop: {exc}", file=sys.stderr)
        return 1
    from sos_desktop.ui.main_window import MainWindow

    app.aboutToQuit.connect(db.lock)  # the organizer's unlocked key ends with the session
    window = MainWindow(db)
    window.resize(1200, 700)
    window.show()
    return app.exec()
