"""Ensure no English text reaches a person without passing through `tr`: a word written
straight into a label, a button, a message box or a command's output would stay English in
the Spanish interface. The check reads the source (ast), so it also covers screens no test
renders; the Spanish screenshots tests (tests/ui/spanish.py) cover what this cannot see."""

from __future__ import annotations

import ast
import re
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[1] / "sos_desktop"
CHECKED = [PACKAGE / "cli.py", *sorted((PACKAGE / "ui").rglob("*.py")),
           *sorted((PACKAGE / "commands").rglob("*.py"))]

# Qt's and the views' methods and classes whose text arguments a person reads.
SINKS = {
    "setText", "setWindowTitle", "setToolTip", "setStatusTip", "setWhatsThis",
    "setPlaceholderText", "setAccessibleName", "setAccessibleDescription", "addAction",
    "addMenu", "setTitle", "addTab", "insertTab", "setTabText", "showMessage", "setLabelText",
    "setHorizontalHeaderLabels", "setVerticalHeaderLabels", "addItem", "addItems",
    "insertItem", "setItemText", "setSpecialValueText", "setSuffix", "setPrefix",
    "setInformativeText", "setDetailedText", "setButtonText", "addRow", "setHtml",
    "setMarkdown", "setPlainText", "addButton", "setCancelButtonText", "setOkButtonText",
    "setFormat", "QLabel", "QPushButton", "QCheckBox", "QRadioButton", "QGroupBox", "QAction",
    "QToolButton", "QMessageBox", "information", "warning", "critical", "question", "about",
    "getText", "getItem", "getInt", "getOpenFileName", "getOpenFileNames", "getSaveFileName",
    "getExistingDirectory", "QProgressDialog", "QTableWidgetItem", "QListWidgetItem",
    "show_error", "show_status", "show_message", "confirm", "confirm_again", "ask_save_path",
    "ask_open_path", "ask_open_paths", "print", "error", "exit", "SystemExit",
    "add_parser", "add_argument", "add_argument_group", "ArgumentParser",
}
TEXT_KEYWORDS = {"help", "description", "epilog", "title", "text", "message", "prog"}
# argparse's: their positional arguments are the names typed (`export`, `--out`), not words shown.
NAMED = {"add_parser", "add_argument"}
# Calls whose result is still the literal's text (so the literal is what is shown).
# A line read by programs, not people (a test's probe): `print(...)  # for programs`.
MACHINE = "# for programs"
PASS_THROUGH = {"format", "join", "replace", "strip", "upper", "lower", "capitalize"}
# Markup, entities and the app's own name are the same in every language.
TAGS = re.compile(r"<[^>]*>|&[a-z]+;|SOS Desktop|sos-desktop")
WORD = re.compile(r"[A-Za-z]{2,}")
# Not words: key names, file patterns, units, and the app's own names and formats.
NOT_WORDS = re.compile(
    r"^(?:Ctrl\+\S+|F\d+|Esc|PDF|CSV|JSON|YAML|XLSForm|"
    r"[A-Z]+\d*|\*\.[a-z]+|YYYY-MM-DD|%[-\w]+|\w+\.(?:py|csv|pdf|yaml|json|xlsx))$")


def _translated_literals(tree: ast.AST) -> set[int]:
    """Every literal inside tr(...), kiosk.tr(...) or QT_TR_NOOP(...)."""
    found: set[int] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Call) and _name(node.func) in {"tr", "QT_TR_NOOP"}:
            found |= {id(sub) for arg in node.args for sub in ast.walk(arg)}
    return found


def _name(func: ast.expr) -> str | None:
    return getattr(func, "id", None) or getattr(func, "attr", None)


def _shown_literals(expr: ast.expr):
    """The string literals `expr` shows as they are: through f-strings, +, if-else, and
    .format/.join on a literal, never into another function's arguments."""
    if isinstance(expr, ast.Constant) and isinstance(expr.value, str):
        yield expr
    elif isinstance(expr, ast.JoinedStr):
        yield from (v for v in expr.values if isinstance(v, ast.Constant))
        for value in expr.values:
            if isinstance(value, ast.FormattedValue):
                yield from _shown_literals(value.value)
    elif isinstance(expr, ast.BinOp):
        yield from _shown_literals(expr.left)
        yield from _shown_literals(expr.right)
    elif isinstance(expr, ast.IfExp):
        yield from _shown_literals(expr.body)
        yield from _shown_literals(expr.orelse)
    elif isinstance(expr, ast.BoolOp):
        for value in expr.values:
            yield from _shown_literals(value)
    elif isinstance(expr, ast.Call) and _name(expr.func) in PASS_THROUGH:
        if isinstance(expr.func, ast.Attribute):
            yield from _shown_literals(expr.func.value)
        for arg in expr.args:
            yield from _shown_literals(arg)


def _is_words(text: str) -> bool:
    bare = TAGS.sub(" ", text)
    return any(not NOT_WORDS.match(chunk) for chunk in re.split(r"[\s:;,()\[\]/|·—–-]+", bare)
               if WORD.search(chunk))


def untranslated(path: Path, root: Path = PACKAGE) -> list[str]:
    source = path.read_text(encoding="utf-8")
    tree = ast.parse(source)
    lines = source.splitlines()
    translated = _translated_literals(tree)
    found = []
    for node in ast.walk(tree):
        if not (isinstance(node, ast.Call) and _name(node.func) in SINKS):
            continue
        positional = [] if _name(node.func) in NAMED else node.args
        arguments = [*positional, *(k.value for k in node.keywords if k.arg in TEXT_KEYWORDS)]
        for arg in arguments:
            for literal in _shown_literals(arg):
                if (id(literal) not in translated and _is_words(literal.value)
                        and not any(MACHINE in line
                                    for line in lines[node.lineno - 1:node.end_lineno])):
                    found.append(f"{path.relative_to(root)}:{literal.lineno}: "
                                 f"{literal.value!r}")
    return found


def test_every_shown_text_goes_through_tr():
    offenders = [line for path in CHECKED for line in untranslated(path)]
    assert offenders == [], "wrap these in tr() (sos_desktop/i18n.py):\n" + "\n".join(offenders)


def test_the_check_sees_an_untranslated_label(tmp_path):
    sample = tmp_path / "sample.py"
    sample.write_text('label.setText(f"Saved {n} answers")\n'
                      'QLabel(tr("Fine"))\n'
                      'button.setText(tr("Saved {path}").format(path=p))\n'
                      'QMessageBox.warning(self, "SOS Desktop", tr("Bad"))\n'
                      'QLabel("<b>" + name + "</b>")\n'
                      'print(f"sos-desktop: {exc}")\n'
                      'print("Nothing to do")\n', encoding="utf-8")
    found = [line.partition(": ")[2] for line in untranslated(sample, tmp_path)]
    assert found == ["'Saved '", "' answers'", "'Nothing to do'"]

