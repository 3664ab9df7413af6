"""Starting the window: a damaged database gets a clear message and no window."""

from PySide6.QtWidgets import QMessageBox

from sos_desktop.ui.app import run_app


def test_damaged_database_is_reported_not_opened(tmp_path, monkeypatch, qapp):
    (tmp_path / "sos-desktop.sqlite3").write_bytes(b"garbage" * 1000)
    shown = []
    monkeypatch.setattr(QMessageBox, "critical", lambda *args: shown.append(args[2]))
    assert run_app(str(tmp_path)) == 1
    assert "damaged or not a database" in shown[0]
    assert (tmp_path / "sos-desktop.sqlite3").read_bytes() == b"garbage" * 1000
