"""Ensure the domain stays free of Qt, modules stay small, and no modules import each other in a
circle, as the design requires (docs/architecture.md)."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sos_desktop"
CORE = PACKAGE / "core"


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


def _module_names() -> dict[str, Path]:
    names = {}
    for path in PACKAGE.rglob("*.py"):
        parts = path.relative_to(PACKAGE.parent).with_suffix("").parts
        names[".".join(parts[:-1] if parts[-1] == "__init__" else parts)] = path
    return names


def _import_graph() -> dict[str, set[str]]:
    """Every import of the package's own modules: at the top, inside functions and under
    TYPE_CHECKING alike (a type-only import still ties two files together). A package's
    __init__ reaching into its own submodules is left out: Python loads the package before any
    of its modules anyway, so that arrow adds no order (commands/__init__.py dispatches so)."""
    names = _module_names()

    def owner(name: str) -> str | None:
        while name and name not in names:
            name = name.rpartition(".")[0]
        return name or None

    graph: dict[str, set[str]] = {name: set() for name in names}
    for name, path in names.items():
        for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
            if isinstance(node, ast.Import):
                found = [alias.name for alias in node.names]
            elif isinstance(node, ast.ImportFrom) and node.module and node.level == 0:
                found = [f"{node.module}.{a.name}" if f"{node.module}.{a.name}" in names
                         else node.module for a in node.names]
            else:
                continue
            for target in filter(None, map(owner, found)):
                own_submodule = path.name == "__init__.py" and target.startswith(name + ".")
                if target != name and not own_submodule:
                    graph[name].add(target)
    return graph


def test_no_import_circles():
    """No module reaches itself through imports (issue 19: a newcomer reads the house one floor
    at a time); a circle found is listed module by module."""
    graph = _import_graph()
    state: dict[str, int] = {}  # 1 = on the current path, 2 = done
    circles: list[str] = []

    def visit(name: str, path: list[str]) -> None:
        state[name] = 1
        for target in sorted(graph[name]):
            if state.get(target) == 1:
                circles.append(" -> ".join(path[path.index(target):] + [name, target]))
            elif target not in state:
                visit(target, path + [name])
        state[name] = 2

    for name in sorted(graph):
        if name not in state:
            visit(name, [])
    assert circles == []
