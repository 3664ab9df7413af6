"""The window's imports are not read for PySide's `__feature__` scan (ui/feature_scan.py)."""

import sys

import pytest

from sos_desktop.ui import feature_scan  # noqa: F401


def test_a_module_imported_later_is_marked_without_reading_its_source(tmp_path, monkeypatch):
    """Ensure a module whose source names PySide6 is still marked -1: its file was not read."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide lays out its feature support differently")
    (tmp_path / "uses_qt_by_name.py").write_text("import PySide6.QtCore  # PySide6\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("uses_qt_by_name")  # as an import statement does: through PySide's hook
    try:
        assert feature.pyside_feature_dict.get("uses_qt_by_name") == -1
    finally:
        sys.modules.pop("uses_qt_by_name", None)
