"""Ensure no message counts with "(s)": every count a person reads has its real plural form."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sos_desktop"


def _docstrings(tree: ast.AST) -> set[int]:
    found = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Module | ast.ClassDef | ast.FunctionDef | ast.AsyncFunctionDef):
            doc = node.body[0] if node.body else None
            if isinstance(doc, ast.Expr) and isinstance(doc.value, ast.Constant):
                found.add(id(doc.value))
    return found


def _counted_texts(tree: ast.AST) -> set[int]:
    """The sources of `tr("%n sign-up(s)", None, n)`: English output drops the brackets
    (sos_desktop/i18n.py; tests/test_translations.py checks every such text)."""
    found = set()
    for node in ast.walk(tree):
        name = getattr(node, "func", None)
        name = getattr(name, "id", None) or getattr(name, "attr", None)
        if (isinstance(node, ast.Call) and name == "tr" and len(node.args) >= 3
                and isinstance(node.args[0], ast.Constant)):
            found.add(id(node.args[0]))
    return found


def test_no_message_says_s_in_brackets():
    """No string in the app (CLI, window, PDFs) writes "answer(s)" or "sign-up(s)"."""
    offenders = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        skip = _docstrings(tree) | _counted_texts(tree)
        for node in ast.walk(tree):
            if (isinstance(node, ast.Constant) and isinstance(node.value, str)
                    and id(node) not in skip and "(s)" in node.value):
                offenders.append(f"{path.relative_to(PACKAGE)}:{node.lineno}: {node.value!r}")
    assert offenders == []
