"""Ensure the domain stays free of Qt, as the design requires."""

import ast
from pathlib import Path

CORE = Path(__file__).resolve().parents[1] / "sos_desktop" / "core"


def _imports(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_core_never_imports_qt():
    """No module under sos_desktop/core imports PySide6 (or any other Qt binding)."""
    offenders = []
    for path in sorted(CORE.rglob("*.py")):
        for name in _imports(path):
            if name.split(".")[0] in {"PySide6", "PyQt5", "PyQt6", "shiboken6"}:
                offenders.append(f"{path.relative_to(CORE.parent)} imports {name}")
    assert offenders == []


def test_core_modules_stay_small():
    """No core module grows past ~400 lines (split it instead)."""
    large = [
        f"{p.name}: {n}"
        for p in CORE.rglob("*.py")
        if "migrations" not in p.parts and (n := len(p.read_text().splitlines())) > 450
    ]
    assert large == []
