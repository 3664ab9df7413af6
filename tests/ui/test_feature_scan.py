"""The window's imports skip PySide's `__feature__` hook and scan (ui/feature_scan.py)."""

import builtins
import sys

import pytest

from sos_desktop.ui import feature_scan  # noqa: F401


def test_a_module_imported_later_is_neither_read_nor_marked_as_using_pyside(tmp_path,
                                                                            monkeypatch):
    """Ensure a module whose source names PySide6 is not marked as using it (0): its file was
    not read, and it follows the feature selection that stays "none"."""
    feature = sys.modules.get("PySide6.support.feature")
    if feature is None or not hasattr(feature, "pyside_feature_dict"):
        pytest.skip("this PySide lays out its feature support differently")
    (tmp_path / "uses_qt_by_name.py").write_text("import PySide6.QtCore  # PySide6\n")
    monkeypatch.syspath_prepend(str(tmp_path))
    __import__("uses_qt_by_name")  # as an import statement does
    try:
        assert feature.pyside_feature_dict.get("uses_qt_by_name", -1) == -1
    finally:
        sys.modules.pop("uses_qt_by_name", None)


def test_import_statements_skip_the_feature_hook_and_qt_still_loads_lazily():
    """Ensure import statements no longer pass PySide's `__feature__` hook, while the import
    it wrapped (PySide's lazy loading of Qt types) still makes the types asked for."""
    if not hasattr(builtins, "__orig_import__"):
        pytest.skip("this PySide has no __feature__ import hook")
    assert getattr(builtins.__import__, "__name__", "") != "__feature_import__"
    from PySide6.QtGui import QStandardItemModel

    model = QStandardItemModel(2, 3)
    assert (model.rowCount(), model.columnCount()) == (2, 3)  # camelCase: no feature selected
