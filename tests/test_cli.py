"""The command line: stable names, one-line errors, non-zero exits, nothing changed on error."""

import json
import subprocess
import sys

import pytest

from sos_desktop import __version__
from sos_desktop.cli import run
from sos_desktop.core.storage.schema import HEAD


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


@pytest.fixture
def visit(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "Hillhouse", "--group", "BSU",
               "--date", "2026-10-14", "--educator", "Mr. Okafor") == 0
    return capsys.readouterr().out.strip()


def test_version_via_python_m():
    """`python -m sos_desktop --version` works without a display or database."""
    out = subprocess.run([sys.executable, "-m", "sos_desktop", "--version"],
                         capture_output=True, text=True, check=True).stdout
    assert out.strip() == f"sos-desktop {__version__}"


def test_visit_add_and_list_json(data_dir, visit, capsys):
    assert len(visit) == 36
    assert cli(data_dir, "visit", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["id"] == visit and row["school"] == "Hillhouse" and row["signups"] == 0


def test_bad_visit_is_one_line_error(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "X", "--group", "Y", "--date", "tomorrow") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--date" in err


def test_env_var_selects_data_dir(tmp_path, monkeypatch, capsys):
    """SOS_DESKTOP_DATA_DIR is used when --data-dir is not given."""
    monkeypatch.setenv("SOS_DESKTOP_DATA_DIR", str(tmp_path / "env-data"))
    assert run(["check"]) == 0
    assert (tmp_path / "env-data" / "sos-desktop.sqlite3").exists()


def test_import_then_export(data_dir, visit, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Zoë,Nguyễn,zoe@example.org,yes,yes\n", encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 0
    out = tmp_path / "crm.csv"
    assert cli(data_dir, "export", "signups", "--out", str(out), "--profile", "generic") == 0
    assert "Nguyễn" in out.read_text(encoding="utf-8")
    assert cli(data_dir, "export", "signups", "--out", str(out), "--all", "--bom") == 0
    assert "wrote 1 sign-up" in capsys.readouterr().out


def test_import_errors_are_listed_and_exit_non_zero(data_dir, visit, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email\nA,B,bad@\n", encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 1
    err = capsys.readouterr().err
    assert f"{sheet}: line 2, column email:" in err
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit,
               "--skip-invalid") == 0
    assert (tmp_path / "sheet.rejected.csv").exists()


def test_importing_a_sheet_twice_needs_again(data_dir, visit, tmp_path, capsys):
    """The second import of one file is refused with a hint; --again imports it anyway."""
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Zoë,Nguyễn,zoe@example.org,yes,yes\n", encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 0
    assert "imported 1 sign-up\n" in capsys.readouterr().out
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 1
    err = capsys.readouterr().err
    assert "already imported" in err and "--again" in err
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit, "--again") == 0


def test_export_to_missing_folder(data_dir, tmp_path, capsys):
    assert cli(data_dir, "export", "signups", "--out", str(tmp_path / "no" / "x.csv")) == 1
    assert "does not exist" in capsys.readouterr().err


def test_check_and_backup(data_dir, visit, tmp_path, capsys):
    """check prints the schema and counts; backup writes a consistent, openable copy."""
    assert cli(data_dir, "check") == 0
    out = capsys.readouterr().out
    assert f"schema:   {HEAD}" in out and "visits:" in out
    copy = tmp_path / "copy.sqlite3"
    assert cli(data_dir, "backup", "--out", str(copy)) == 0
    assert cli(tmp_path / "restored", "check") == 0  # fresh folder still fine
    copy.rename(tmp_path / "restored" / "sos-desktop.sqlite3")
    assert cli(tmp_path / "restored", "visit", "list", "--json") == 0
    assert visit in capsys.readouterr().out


def test_check_fails_on_damaged_database(data_dir, visit, capsys):
    (data_dir / "sos-desktop.sqlite3").write_bytes(b"\0" * 4096)
    for suffix in ("-wal", "-shm"):
        (data_dir / f"sos-desktop.sqlite3{suffix}").unlink(missing_ok=True)
    assert cli(data_dir, "check") == 1
    assert "sos-desktop.sqlite3" in capsys.readouterr().err


def test_unknown_command_is_usage_error(data_dir):
    with pytest.raises(SystemExit) as info:
        cli(data_dir, "frobnicate")
    assert info.value.code == 2


def test_survey_list_check_import(data_dir, tmp_path, capsys):
    """Built-in surveys are listed; a broken file names its problems; a good one imports once."""
    assert cli(data_dir, "survey", "list") == 0
    out = capsys.readouterr().out
    assert "hillhouse-cross" in out and "nhps-other" in out
    bad = tmp_path / "bad.yaml"
    bad.write_text("key: Bad Key\nversion: 0\n")
    assert cli(data_dir, "survey", "check", str(bad)) == 1
    assert "bad.yaml: key:" in capsys.readouterr().err
    import yaml

    from tests.conftest import TINY_SURVEY

    good = tmp_path / "tiny.yaml"
    good.write_text(yaml.safe_dump(TINY_SURVEY, allow_unicode=True), encoding="utf-8")
    assert cli(data_dir, "survey", "check", str(good)) == 0
    assert cli(data_dir, "survey", "import", str(good)) == 0
    assert cli(data_dir, "survey", "import", str(good)) == 0
    assert "already stored" in capsys.readouterr().out


def test_visit_add_checks_the_survey_key(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
               "2026-10-14", "--survey", "nhps-othr") == 1
    assert "unknown survey 'nhps-othr'; known: hillhouse-cross, nhps-other" in \
        capsys.readouterr().err
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
               "2026-10-14", "--survey", "nhps-other") == 0


def _modules_after(code: str) -> set[str]:
    out = subprocess.run([sys.executable, "-c", code + "\nimport sys\nprint(*sorted(sys.modules))"],
                         capture_output=True, text=True, check=True).stdout
    return set(out.split())


def test_version_answers_before_any_parser_or_command_loads():
    loaded = _modules_after("from sos_desktop.cli import run\nrun(['--version'])")
    assert "argparse" not in loaded and "sos_desktop.commands" not in loaded


def test_visit_list_loads_only_its_own_command_module(tmp_path):
    """The start-up cost of one command does not grow with the others (issue 9, CLI start)."""
    loaded = _modules_after(
        f"from sos_desktop.cli import run\nrun(['--data-dir', {str(tmp_path)!r}, 'visit', 'list'])")
    assert "sos_desktop.commands.visits" in loaded
    others = {m for m in loaded if m.startswith("sos_desktop.commands.")} - {
        "sos_desktop.commands.visits"}
    assert not others
    assert "sos_desktop.core.exports.profiles" not in loaded


def test_visit_list_on_an_existing_database_loads_no_validation_hashing_or_typing(tmp_path):
    """Listing visits reads; the sign-up rules, the export machinery, hashing of the built-in
    surveys (unchanged files), json, uuid, typing, shutil and argparse are start-up cost it
    does not need."""
    run = (f"from sos_desktop.cli import run\n"
           f"run(['--data-dir', {str(tmp_path)!r}, 'visit', 'list'])")
    _modules_after(run)  # creates the database and stores the built-in surveys
    loaded = _modules_after(run)
    assert not loaded & {"sos_desktop.core.people.signup_rules", "sos_desktop.core.storage.outputs",
                         "hashlib", "json", "uuid", "typing", "sos_desktop.core.security",
                         "argparse", "shutil"}


def test_visit_list_on_a_current_database_loads_no_orm_migrations_or_opening_code(tmp_path):
    """Import budget of `visit list` (issue 21): a database that opening would not change is
    read straight (core/storage/quick_read.py), without SQLAlchemy, Alembic, the opening code, nor
    the pathlib, dataclasses and re it loads. An import-set check, never a timing."""
    run = (f"from sos_desktop.cli import run\n"
           f"run(['--data-dir', {str(tmp_path)!r}, 'visit', 'list'])")
    _modules_after(run)  # creates the database
    loaded = _modules_after(run)
    assert "sos_desktop.core.storage.quick_read" in loaded
    assert not loaded & {"sqlalchemy", "sqlalchemy.orm", "alembic", "platformdirs",
                         "sos_desktop.core.storage.store", "sos_desktop.core.storage.schema",
                         "sos_desktop.core.storage.db", "sos_desktop.core.visits.store", "pathlib",
                         "dataclasses", "re", "PySide6"}


def test_version_loads_no_database_code():
    loaded = _modules_after("from sos_desktop.cli import run\nrun(['--version'])")
    assert not loaded & {"sqlite3", "sqlalchemy", "alembic", "pathlib", "dataclasses", "re",
                         "PySide6", "sos_desktop.core"}


def test_visit_list_read_straight_prints_what_opening_the_database_prints(
        data_dir, visit, capsys, monkeypatch):
    from sos_desktop.core.storage import quick_read

    assert cli(data_dir, "visit", "add", "--school", "Career", "--group", "Club",
               "--date", "2026-11-02") == 0
    capsys.readouterr()
    straight_lane = quick_read.current_connection(str(data_dir))
    assert straight_lane is not None  # the database is read straight
    straight_lane.close()
    assert cli(data_dir, "visit", "list") == 0
    straight = capsys.readouterr()
    monkeypatch.setattr(quick_read, "current_connection", lambda data_dir: None)
    assert cli(data_dir, "visit", "list") == 0
    assert capsys.readouterr() == straight and straight.out.count("\n") == 2


@pytest.mark.parametrize("json", [[], ["--json"]])
def test_visit_list_without_a_parser_prints_what_the_parsed_command_prints(
        data_dir, visit, capsys, json):
    """`visit list` skips argparse: the same output as the same words parsed by it."""
    import sos_desktop.cli as cli_module

    assert cli(data_dir, "visit", "list", *json) == 0
    quick = capsys.readouterr()
    argv = ["--data-dir", str(data_dir), "visit", "list", *json]
    assert cli_module._dispatch(cli_module._build_parser("visit").parse_args(argv)) == 0
    assert capsys.readouterr() == quick and visit in quick.out


@pytest.mark.parametrize("args", [[], ["--data-dir", "somewhere"], ["--data-dir=somewhere"]])
def test_window_start_builds_no_parser(args, monkeypatch):
    import sos_desktop.cli as cli_module

    opened = []
    monkeypatch.setattr(cli_module, "_window", lambda data_dir: opened.append(data_dir) or 0)
    monkeypatch.setattr(cli_module, "_build_parser", lambda chosen: pytest.fail("parser built"))
    assert run(args) == 0
    assert opened == [None if not args else "somewhere"]


def test_every_command_loads_and_builds():
    """Each command's module is imported explicitly and adds its arguments: a module that
    fails to import fails here rather than its commands silently disappearing."""
    import argparse

    from sos_desktop.commands import COMMANDS, load

    for name in COMMANDS:
        parser = argparse.ArgumentParser(prog=name)
        load(name).build(name, parser)
        runs = parser.get_default("handler") or any(
            isinstance(a, argparse._SubParsersAction) for a in parser._actions)
        assert runs, f"{name} has no handler and no sub-commands"


def test_visit_add_says_how_the_class_answers(data_dir, capsys):
    """--answers paper|kiosk|both is stored; paper without a survey is a one-line error."""
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
               "2026-10-14", "--survey", "nhps-other", "--answers", "paper") == 0
    capsys.readouterr()
    assert cli(data_dir, "visit", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["answer_mode"] == "paper"
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
               "2026-10-14", "--survey", "none", "--answers", "paper") == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "--answers" in err
    with pytest.raises(SystemExit):
        cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
            "2026-10-14", "--answers", "phones")


def test_visit_add_picks_the_school_s_survey_like_the_window(data_dir, capsys):
    """Ensure `visit add` without --survey takes the survey the visit window would (Hillhouse →
    hillhouse-cross, others → Settings' default or nhps-other), so a paper visit is accepted;
    `--survey none` still makes a visit without one."""
    import json

    from sos_desktop.core import settings
    from sos_desktop.core.storage.store import open_database

    assert cli(data_dir, "visit", "add", "--school", "Hillhouse High School", "--group", "BSU",
               "--date", "2026-10-14", "--answers", "paper") == 0
    assert cli(data_dir, "visit", "add", "--school", "Co-op High", "--group", "Civics",
               "--date", "2026-10-15") == 0
    db = open_database(data_dir)
    settings.save(db, settings.load(db)._replace(default_survey="hillhouse-cross"),
                  {"hillhouse-cross", "nhps-other"})
    assert cli(data_dir, "visit", "add", "--school", "Metropolitan", "--group", "Civics",
               "--date", "2026-10-16") == 0
    assert cli(data_dir, "visit", "add", "--school", "Hill Central", "--group", "Civics",
               "--date", "2026-10-17", "--survey", "none") == 0
    capsys.readouterr()
    assert cli(data_dir, "visit", "list", "--json") == 0
    surveys = {v["school"]: v["survey_key"] for v in json.loads(capsys.readouterr().out)}
    assert surveys == {"Hillhouse High School": "hillhouse-cross", "Co-op High": "nhps-other",
                       "Metropolitan": "hillhouse-cross", "Hill Central": ""}


def test_visit_add_errors_name_the_options(data_dir, capsys):
    """Ensure a refused `visit add` names --date, --minutes, --answers, not internal fields."""
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date", "tomorrow",
               "--minutes", "0") == 1
    err = capsys.readouterr().err
    assert "--date" in err and "--minutes" in err
    assert "visit_date" not in err and "planned_minutes" not in err
    assert cli(data_dir, "visit", "add", "--school", "S", "--group", "G", "--date",
               "2026-10-14", "--survey", "none", "--answers", "paper") == 1
    err = capsys.readouterr().err
    assert "--answers" in err and "answer_mode" not in err
