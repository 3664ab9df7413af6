"""Starting the window: a damaged database gets a clear message and no window."""

from PySide6.QtWidgets import QMessageBox

from sos_desktop.ui.app import run_app


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
