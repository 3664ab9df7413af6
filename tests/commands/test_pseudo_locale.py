"""Ensure the command line in the pseudo-locale (LANG=qps_XA) leaves no plain English in its
help, its outputs and its usage errors: what a person types (commands, --options, metavars,
choices) and data (ids, names, paths) stay as they are (issue 19)."""

from __future__ import annotations

import re

import pytest

from sos_desktop.cli import run
from tests.pseudo import english_words

COMMANDS = ["visit", "import", "export", "check", "backup", "restore", "survey", "present",
            "kiosk", "results", "report", "print", "bundle", "scan", "keys", "add", "list"]
# Typed, not read: a help's list of subcommands, paths, the program, --options, metavars
# (DATA_DIR), choices ({kiosk,paper}), the date's form, quoted values; and the schema's
# revision (0005_...), data.
_TYPED = re.compile(r"(?m)^    [\w-]+(?=\s)|\S*/\S*|sos-desktop|--[\w-]+|-h\b|\b[A-Z][A-Z_]+\b"
                    r"|\{[\w,-]+\}|YYYY-MM-DD|'[^']*'|\b\d{4}_\w+")
VISIT = ["--school", "Hillhouse", "--group", "BSU", "--date", "2026-10-14",
         "--survey", "hillhouse-cross"]


@pytest.fixture
def terminal(pseudo, monkeypatch, data_dir, capsys):
    """Runs a command as the terminal would in the pseudo-locale; returns what it printed."""
    monkeypatch.setenv("LANG", "qps_XA.UTF-8")

    def command(*args: str) -> tuple[int, str]:
        try:
            code = run(["--data-dir", str(data_dir), *args])
        except SystemExit as exit_:  # argparse's --help and usage errors
            code = int(exit_.code or 0)
        out = capsys.readouterr()
        return code, out.out + out.err
    return command


def plain(text: str, *data: str) -> list[str]:
    for item in sorted(data, key=len, reverse=True):
        text = text.replace(item, " ")
    text = _TYPED.sub(" ", text)
    for word in TYPED_WORDS:
        text = re.sub(rf"(?<![\w-]){re.escape(word)}(?![\w-])", " ", text)
    return english_words(text, COMMANDS)


def every_help() -> tuple[list[list[str]], list[str]]:
    """`--help` of the program, of every command and of every command's sub-commands; and
    the words a person types there: sub-commands ("mark-imported") and choices ("paper")."""
    import argparse

    from sos_desktop.cli import _build_parser
    from sos_desktop.commands import COMMANDS

    def parsers(parser: argparse.ArgumentParser) -> dict[str, argparse.ArgumentParser]:
        return {name: sub for action in parser._actions
                if isinstance(action, argparse._SubParsersAction)
                for name, sub in action.choices.items()}

    helps, typed = [["--help"]], set()
    for command in COMMANDS:
        helps.append([command, "--help"])
        chosen = parsers(_build_parser(command))[command]
        subs = parsers(chosen)
        helps += [[command, name, "--help"] for name in subs]
        typed |= set(subs)
        typed |= {str(choice) for parser in (chosen, *subs.values())
                  for action in parser._actions if action.choices and not isinstance(
                      action, argparse._SubParsersAction) for choice in action.choices}
    return helps, sorted(typed, key=len, reverse=True)


HELPS, TYPED_WORDS = every_help()


@pytest.mark.parametrize("args", HELPS, ids=" ".join)
def test_help(terminal, args):
    code, out = terminal(*args)
    assert code == 0 and plain(out) == [], out


def test_visit_add_list_and_check(terminal, data_dir):
    code, visit_id = terminal("visit", "add", *VISIT)
    assert code == 0
    code, out = terminal("visit", "list")
    assert code == 0 and plain(out, visit_id.strip(), "Hillhouse", "BSU") == []
    code, out = terminal("check")
    assert code == 0 and plain(out, str(data_dir)) == []
    code, out = terminal("survey", "list")
    titles = ["hillhouse-cross", "nhps-other", "Hillhouse/Cross Student Survey",
              "All Other NHPS Student Survey"]
    assert code == 0 and plain(out, *titles) == []


def test_usage_errors(terminal):
    code, out = terminal("visit", "add", "--school", "")
    assert code == 2 and plain(out) == []
    code, out = terminal("nonsense")
    assert code == 2 and plain(out) == []


def test_import_export_and_their_problems(terminal, tmp_path):
    """Summaries with counts, a row set aside, a bad survey file and a bad date."""
    code, visit_id = terminal("visit", "add", *VISIT)
    visit_id = visit_id.strip()
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,phone,age_13_plus,email_consent,sms_consent\n"
                     "Zoë,Nguyễn,zoe@example.org,,yes,yes,no\n"
                     "Eva,Luz,not-an-email,,maybe,yes,no\n", encoding="utf-8")
    code, out = terminal("import", "signups", str(sheet), "--visit", visit_id)
    columns = ["age_13_plus", "email"]  # the sheet's own column names: data
    assert code != 0 and plain(out, visit_id, *columns) == []
    code, out = terminal("export", "signups", "--profile", "mailchimp",
                         "--out", str(tmp_path / "crm.csv"))
    assert code == 0 and plain(out, "mailchimp") == []
    code, out = terminal("export", "history")
    assert code == 0 and plain(out, "mailchimp") == []
    broken = tmp_path / "broken.yaml"
    broken.write_text("key: x\n", encoding="utf-8")
    code, out = terminal("survey", "check", str(broken))
    fields = ["version", "languages", "title", "questions"]  # the file's own field names: data
    assert code == 1 and plain(out, "broken.yaml", *fields) == []
    code, out = terminal("visit", "add", *VISIT[:4], "--date", "2026-13-45")
    assert code != 0 and plain(out) == []
