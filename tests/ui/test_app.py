"""Starting the window: a damaged database gets a clear message and no window."""

from PySide6.QtWidgets import QApplication, QMessageBox

from sos_desktop.ui.app import run_app


def run_smoke_app(data_dir) -> None:
    """run_app as the installer's smoke test runs it, ending in exit code 0.

    app.quit() ends exec() and also posts a Quit event that stays queued once exec() has
    returned. The real process ends there; in this shared test process the next test's
    processEvents() would handle it, and a QApplication that has handled Quit no longer lets
    a scroll area grow its page (test_wheel_guard then timed out). Drop it here."""
    from PySide6.QtCore import QCoreApplication, QEvent

    try:
        assert run_app(str(data_dir)) == 0
    finally:
        QCoreApplication.removePostedEvents(QApplication.instance(), QEvent.Type.Quit)


def test_damaged_database_is_reported_not_opened(tmp_path, monkeypatch, qapp):
    (tmp_path / "sos-desktop.sqlite3").write_bytes(b"garbage" * 1000)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert run_app(str(tmp_path)) == 1
    assert "is damaged" in shown[0]
    assert (tmp_path / "sos-desktop.sqlite3").read_bytes() == b"garbage" * 1000


def test_unexpected_error_in_the_window_is_a_message_and_a_log_entry(tmp_path):
    """Ensure an error escaping a slot (sys.excepthook) is shown as a message naming the
    database and the log, and its traceback goes to the log, not the screen."""
    import sys

    from sos_desktop.core.logs import log_path
    from sos_desktop.ui.app import error_hook

    shown = []
    hook = error_hook(tmp_path / "sos-desktop.sqlite3", shown.append)
    try:
        raise RuntimeError("something broke")
    except RuntimeError:
        hook(*sys.exc_info())
    assert str(tmp_path / "sos-desktop.sqlite3") in shown[0]
    assert str(log_path()) in shown[0] and "Traceback" not in shown[0]
    assert "RuntimeError" in log_path().read_text()


def test_window_icon_has_every_rendered_size(qapp):
    """Ensure the app sets its own icon (title bar, taskbar, Alt+Tab) at 16 to 512 px."""
    from sos_desktop.ui.app import make_app

    sizes = {size.width() for size in make_app().windowIcon().availableSizes()}
    assert sizes == {16, 24, 32, 48, 64, 128, 256, 512}


def test_smoke_test_variable_shows_the_window_saves_it_and_quits(tmp_path, monkeypatch, qapp):
    """Ensure SOS_DESKTOP_SMOKE_TEST (the installer test's hook) opens the visit list, saves
    what it shows and ends the event loop with exit code 0."""
    from PySide6.QtGui import QImage

    from sos_desktop.ui.app import SMOKE_TEST_ENV

    shot = tmp_path / "window.png"
    monkeypatch.setenv(SMOKE_TEST_ENV, str(shot))
    run_smoke_app(tmp_path / "data")
    image = QImage(str(shot))
    assert (image.width(), image.height()) == (1200, 700)


def test_later_tests_lay_out_after_the_smoke_test_quit(qtbot, tmp_path, monkeypatch):
    """Ensure run_app's quit leaves no Quit event behind for a later test to process: handled
    after exec() returned, it made the next scroll area (the kiosk's sign-up form in
    test_wheel_guard) stop growing its page, so the form never scrolled."""
    from sos_desktop.ui.app import SMOKE_TEST_ENV
    from sos_desktop.ui.kiosk.signup_form import SignupForm

    monkeypatch.setenv(SMOKE_TEST_ENV, str(tmp_path / "window.png"))
    run_smoke_app(tmp_path / "data")
    QApplication.processEvents()  # as the next test would, first thing
    form = SignupForm()
    qtbot.addWidget(form)
    form.resize(1366, 600)
    form.show()
    form.age.setChecked(True)
    qtbot.waitUntil(lambda: form.scroll.verticalScrollBar().maximum() > 0, timeout=3000)
