"""Ensure the command line in the pseudo-locale (LANG=qps_XA) leaves no plain English in its
help, its outputs and its usage errors: what a person types (commands, --options, metavars,
choices) and data (ids, names, paths) stay as they are (issue 19)."""

from __future__ import annotations

import re

import pytest

from sos_desktop.cli import run
from tests.pseudo import english_words
from tests.strip_data import without

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
    text = without(text, data)
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


def test_backup_and_restore(terminal, data_dir, tmp_path):
    """A backup, the list of backups, a restore, and the refusals of a missing and a broken
    file: SQLite's own detail ("file is not a database") is data."""
    terminal("visit", "add", *VISIT)
    copy = tmp_path / "copy.sqlite3"
    code, out = terminal("backup", "--out", str(copy))
    assert code == 0 and plain(out) == [], out
    code, out = terminal("restore", "--list")
    assert code == 0 and plain(out, str(data_dir)) == [], out
    code, out = terminal("restore", str(copy))
    assert code == 0 and plain(out) == [], out
    gone, garbage = tmp_path / "gone.sqlite3", tmp_path / "garbage.sqlite3"
    garbage.write_text("not a database", encoding="utf-8")
    for path in (gone, garbage):
        code, out = terminal("restore", str(path))
        assert code == 1 and plain(out, "(file is not a database)") == [], out


def test_keys_laptops_and_bundles(terminal, tmp_path, data_dir):
    """The organization key from status to a revoked laptop, and a bundle carried from a team
    laptop: exported, imported, imported again, cut short, conflicts and history."""
    code, out = terminal("keys", "status")
    assert code == 0 and plain(out) == [], out
    code, out = terminal("keys", "init", "--org", "SEJ")
    assert code == 0 and plain(out, "SEJ") == [], out
    code, out = terminal("keys", "status")
    assert code == 0 and plain(out, "SEJ") == [], out
    key_file, card = tmp_path / "org.key", tmp_path / "t.soslaptop"
    bundle = tmp_path / "a.sosbundle"
    other = ["--data-dir", str(tmp_path / "other")]
    for args in (["keys", "export-public", str(key_file)],
                 [*other, "keys", "join", str(key_file)],
                 [*other, "keys", "signing-key", str(card), "--name", "Laptop 7"],
                 ["keys", "register", str(card)],
                 ["keys", "list"],
                 [*other, "bundle", "export", "--out", str(bundle)],
                 ["bundle", "import", str(bundle)],
                 ["bundle", "import", str(bundle)],  # again: nothing changes
                 ["bundle", "conflicts"],
                 ["bundle", "history"],
                 ["keys", "revoke", "Laptop 7"],
                 ["keys", "list"]):
        code, out = terminal(*args)
        assert code == 0 and plain(out, "SEJ", "Laptop 7") == [], (args, out)
    bundle.write_bytes(bundle.read_bytes()[:100])
    code, out = terminal("bundle", "import", str(bundle))
    assert code == 1 and plain(out) == [], out


def test_paper_forms_typed_responses_exports_and_reports(terminal, tmp_path):
    """print, import responses (a row refused, then all good), export responses, mark-imported,
    the visit and season reports, and scan's summary with unreadable files."""
    _code, visit_id = terminal("visit", "add", *VISIT)
    visit_id = visit_id.strip()
    data = [visit_id, "Hillhouse", "BSU", "hillhouse-cross"]
    typed = tmp_path / "typed.csv"
    typed.write_text("school,safe_at_school\nnarnia,3\n", encoding="utf-8")
    code, out = terminal("import", "responses", str(typed), "--visit", visit_id)
    choices = ["school", "narnia", "wilbur_cross", "hillhouse"]  # the survey's codes: data
    assert code == 1 and plain(out, *data, *choices) == [], out
    typed.write_text("school,safe_at_school,had_contact,support_wanted\n"
                     "hillhouse,5,no,nurses\nwilbur_cross,2,yes,mentors;counselors\n")
    csv_out = tmp_path / "r.csv"
    for args in (["print", "survey", "hillhouse-cross", "--out", str(tmp_path / "s.pdf")],
                 ["print", "signin-sheet", "--visit", visit_id, "--out", str(tmp_path / "i.pdf")],
                 ["import", "responses", str(typed), "--visit", visit_id],
                 ["export", "responses", "--survey", "hillhouse-cross", "--out", str(csv_out)],
                 ["export", "signups", "--out", str(tmp_path / "c.csv")],
                 ["export", "mark-imported"],
                 ["export", "mark-imported"],  # again: already marked
                 ["report", "visit", visit_id, "--out", str(tmp_path / "v.pdf")],
                 ["report", "season", "--from", "2026-09-01", "--to", "2026-12-31",
                  "--out", str(tmp_path / "season.pdf")]):
        code, out = terminal(*args)
        assert code == 0 and plain(out, *data) == [], (args, out)
    text, gone = tmp_path / "notes.png", tmp_path / "gone.png"
    text.write_text("not an image", encoding="utf-8")
    code, out = terminal("scan", str(gone), str(text), "--visit", visit_id, "--dry-run")
    assert code == 1 and plain(out, *data) == [], out


def test_window_commands_refuse_an_unknown_visit(terminal):
    """kiosk, results and present open windows (their pseudo-locale tests are in tests/ui);
    what they say in the terminal is the refusal of a visit that is not there."""
    for args in (["kiosk", "--visit", "nope"], ["results", "--visit", "nope"],
                 ["present", "--visit", "nope"]):
        code, out = terminal(*args)
        assert code != 0 and plain(out, "nope") == [], (args, out)


def test_passphrase_change_and_recovery(terminal, monkeypatch):
    code, out = terminal("keys", "init")
    assert code == 0
    [recovery] = re.findall(r"(?m)^\s+([A-Z0-9]{4}(?:-[A-Z0-9]{4})+)$", out)
    monkeypatch.setenv("SOS_DESKTOP_NEW_PASSPHRASE", "second passphrase here")
    code, out = terminal("keys", "change-passphrase")
    assert code == 0 and plain(out) == [], out
    code, out = terminal("keys", "status")  # the old passphrase no longer opens the contacts
    assert plain(out) == [], out
    monkeypatch.setenv("SOS_DESKTOP_RECOVERY_KEY", recovery)
    code, out = terminal("keys", "recover")
    assert code == 0 and plain(out) == [], out


def test_survey_export_and_import(terminal, tmp_path):
    titles = ["hillhouse-cross", "Hillhouse/Cross Student Survey"]
    for suffix in ("xlsx", "yaml"):
        path = tmp_path / f"survey.{suffix}"
        code, out = terminal("survey", "export", "hillhouse-cross", "--out", str(path))
        assert code == 0 and plain(out, *titles) == [], out
        code, out = terminal("survey", "import", str(path))
        assert code == 0 and plain(out, *titles) == [], out
    code, out = terminal("survey", "export", "nope", "--out", str(tmp_path / "x.yaml"))
    assert code != 0 and plain(out, "nope") == [], out
