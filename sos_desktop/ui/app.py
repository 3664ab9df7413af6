"""Start the window: open (and if needed migrate) the database, then show the visit list."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import TYPE_CHECKING

# First: the imports below are then not read for PySide's feature scan (see the module).
from sos_desktop.ui import feature_scan  # noqa: F401

# isort: split
from PySide6.QtCore import QLocale, QTimer
from PySide6.QtWidgets import QApplication, QWidget

from sos_desktop import __version__
from sos_desktop.core.errors import SosError
from sos_desktop.core.paths import resources_dir
from sos_desktop.i18n import system_language, tr
from sos_desktop.ui.after_paint import after_first_paint
from sos_desktop.ui.language import apply_language, language_for
from sos_desktop.ui.refguard import protect_singletons
from sos_desktop.words.errors import in_our_words

if TYPE_CHECKING:
    from PySide6.QtGui import QIcon

# Set by the installer test (and usable by hand): show the window, then quit once the event
# loop is idle; a value ending in .png also saves the window there first.
SMOKE_TEST_ENV = "SOS_DESKTOP_SMOKE_TEST"


def app_icon() -> QIcon:
    """The window and taskbar icon, every size rendered from resources/icons/sos-desktop.svg."""
    from PySide6.QtCore import QSize
    from PySide6.QtGui import QIcon  # the type costs ~3 ms: the main window's start sets the
    # icon once it has painted (an installed app's exe, bundle or .desktop shows it till then)

    icon = QIcon()
    folder = resources_dir() / "icons"
    # Names listed, not globbed: Path.glob compiles its pattern, ~0.3 ms of the start-up.
    for name in sorted(os.listdir(folder)):
        size = name.removeprefix("sos-desktop-").removesuffix(".png")
        if name.startswith("sos-desktop-") and name.endswith(".png") and size.isdigit():
            icon.addFile(str(folder / name), QSize(int(size), int(size)))  # no file read yet
    return icon


def make_app(wheel_guard: bool = True) -> QApplication:
    """The application; `wheel_guard=False` leaves the wheel guard, the reference guard and the
    window icon to the caller (run_app sets all three once the main window has painted)."""
    if wheel_guard:
        protect_singletons()  # before any Qt call: see refguard.py
    app = QApplication.instance() or QApplication(sys.argv[:1])
    assert isinstance(app, QApplication)
    app.setApplicationName("SOS Desktop")
    app.setApplicationVersion(__version__)
    app.setOrganizationName("Students for Educational Justice")
    if wheel_guard:
        from sos_desktop.ui.wheel_guard import install_wheel_guard

        install_wheel_guard()
    app.setDesktopFileName("sos-desktop")  # Wayland finds the icon through sos-desktop.desktop
    if wheel_guard:
        app.setWindowIcon(app_icon())
    from sos_desktop import i18n

    apply_language(i18n.language())  # the command line's choice, until Settings are read
    return app


def run_app(data_dir: str | None = None) -> int:
    app = make_app(wheel_guard=False)
    from sos_desktop.core.paths import database_path, resolve_data_dir
    from sos_desktop.core.storage.store import open_database

    def seal_keys(count: int):
        from sos_desktop.ui.security.passphrase_dialog import seal_keys_from_dialog

        return seal_keys_from_dialog(count)

    path = database_path(resolve_data_dir(data_dir))
    # The computer's language until the database says the organizer's: a damaged database or
    # the passphrase for older sign-ups is asked about before Settings can be read.
    apply_language(system_language(QLocale.system().name()))
    try:
        db = open_database(data_dir, seal_keys=seal_keys)
    except (SosError, OSError) as exc:
        import gc

        gc.enable()  # no window to wait for (cli._window turned it off)
        app.setWindowIcon(app_icon())
        if not _restored_at_start(path, exc):
            from PySide6.QtWidgets import QMessageBox  # type and enums made on first use

            QMessageBox.critical(None, tr("SOS Desktop cannot start"), in_our_words(exc))
            print(f"sos-desktop: {exc}", file=sys.stderr)
            return 1
        db = open_database(data_dir)
    sys.excepthook = error_hook(path, _show_error)
    try:
        from sos_desktop.ui.main_window import MainWindow

        app.aboutToQuit.connect(db.lock)  # the organizer's unlocked key ends with the session
        with db.one_connection():  # the reads that build the window: one connection
            apply_language(language_for(db))
            window = show_main_window(
                db, MainWindow, before_show=lambda w: after_first_paint(w, _after_first_paint))
        if os.environ.get(SMOKE_TEST_ENV):
            QTimer.singleShot(0, lambda: _smoke_test_done(app, window, os.environ[SMOKE_TEST_ENV]))
        return app.exec()
    except Exception as exc:  # the guard around the window: a message, never a traceback
        _show_error(explain(exc, path))
        return 1


def _after_first_paint() -> None:
    """The wheel guard once the main window has painted, not before: an application-wide
    Python event filter makes PySide wrap every object and event of the window as it is built
    (~15 ms of the start-up). Nobody can wheel a value before the window is on screen, and the
    dialogs with values install the guard themselves. The reference guard too (refguard.py,
    Python 3.11 only, ~3 ms with ctypes): building the window adds references to None, True
    and False (None's ~5,400 rise to ~6,000), so the few it drops cannot run them out first.
    The window icon too (app_icon), and garbage collection back on (cli._window)."""
    import gc

    from sos_desktop.ui.wheel_guard import install_wheel_guard

    QApplication.setWindowIcon(app_icon())
    protect_singletons()
    install_wheel_guard()
    gc.enable()  # off since the start (cli._window); its first collection falls here


def show_main_window(db, window_class, old: QWidget | None = None,
                     before_show: Callable[[QWidget], object] | None = None) -> QWidget:
    """The visit list; `old` is the window it replaces after the language changed in
    Settings: the new one takes its place and size, and the day's backup is not made twice.
    `before_show` gets the new window before it is shown (ui/after_paint.py)."""
    def rebuild() -> None:
        show_main_window(db, window_class, window)

    window = window_class(db, daily_backup=old is None, rebuild=rebuild)
    if before_show is not None:
        before_show(window)
    if old is None:
        window.resize(1200, 700)
    else:
        window.setGeometry(old.geometry())
        resume = getattr(window, "resume_from", None)
        if resume is not None:
            resume(old)  # e.g. the first-run guide's step
    window.show()
    if old is not None:
        old.close()
        old.deleteLater()
    return window


def _restored_at_start(path: Path, exc: BaseException) -> bool:
    """A damaged database at start-up: report it (never overwrite it) and offer the newest
    good backup. True when the organizer restored it."""
    from sos_desktop.core.storage.failures import DAMAGED, cause

    if cause(exc.__cause__ or exc) != DAMAGED:
        return False
    from sos_desktop.core.storage.db import Database
    from sos_desktop.ui.backups.controller import BackupController, damaged_text

    class StartView:
        def confirm(self, question: str) -> bool:
            from PySide6.QtWidgets import QMessageBox

            answer = QMessageBox.question(None, tr("SOS Desktop: damaged database"),
                                          question)
            return answer == QMessageBox.StandardButton.Yes

        def choose_backup(self, backups: list, folder: Path) -> Path | None:
            return None  # at start only the newest good backup is offered (offer_newest)

        def choose_folder(self) -> Path | None:
            return None

        def show_error(self, message: str) -> None:
            print(f"sos-desktop: {message}", file=sys.stderr)  # run_app shows the problem

        def show_status(self, message: str) -> None:
            print(f"sos-desktop: {message}", file=sys.stderr)

    controller = BackupController(Database(path), StartView(), lambda: None)
    return controller.offer_newest(damaged_text(path, exc))


def explain(exc: BaseException, path: Path) -> str:
    """The message for an error the window did not plan for (logged with its traceback)."""
    if isinstance(exc, SosError):
        return in_our_words(exc)
    from sos_desktop.words.failures import unexpected_window_message

    return unexpected_window_message(exc, path)


def error_hook(path: Path, show: Callable[[str], None]):  # -> a sys.excepthook
    """Errors escaping a slot reach sys.excepthook: show them as a message, log the rest."""
    default = sys.excepthook

    def hook(exc_type, exc, tb) -> None:
        if issubclass(exc_type, KeyboardInterrupt):
            default(exc_type, exc, tb)
            return
        show(explain(exc.with_traceback(tb), path))

    return hook


def _show_error(message: str) -> None:
    print(f"sos-desktop: {message}", file=sys.stderr)
    from PySide6.QtWidgets import QMessageBox

    QMessageBox.critical(QApplication.activeWindow(), "SOS Desktop", message)


def _smoke_test_done(app: QApplication, window: QWidget, target: str) -> None:
    """Save the window and say which translations loaded: the installer test checks that
    the built app found both its own Spanish and Qt's."""
    from PySide6.QtWidgets import QDialogButtonBox

    from sos_desktop import i18n

    if target.endswith(".png"):
        window.grab().save(target)
    cancel = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    ours = i18n.language() == "en" or i18n.translator_loaded(i18n.language())
    qt_cancel = cancel.button(QDialogButtonBox.StandardButton.Cancel).text()
    print(f"smoke: language={i18n.language()} app-translation={'yes' if ours else 'no'}"
          f" qt-cancel={qt_cancel}")  # for programs
    app.quit()
