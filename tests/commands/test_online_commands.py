"""`survey export` and `import responses` with an online export, from the command line."""

import json

from sos_desktop.cli import run
from tests.core.imports.online.test_online_import import kobo_csv


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


def _visit(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "Hillhouse", "--group", "Zoom",
               "--date", "2026-10-14", "--survey", "hillhouse-cross", "--virtual",
               "--form-url", "https://ee.kobotoolbox.org/x/abc123") == 0
    return capsys.readouterr().out.strip()


def test_survey_export_writes_xlsform_and_yaml(data_dir, tmp_path, capsys):
    for name in ("hc.xlsx", "hc.yaml"):
        assert cli(data_dir, "survey", "export", "hillhouse-cross", "--out",
                   str(tmp_path / name)) == 0
        assert cli(data_dir, "survey", "check", str(tmp_path / name)) == 0
    assert cli(data_dir, "survey", "export", "nope", "--out", str(tmp_path / "x.xlsx")) == 1
    assert "nope" in capsys.readouterr().err


def test_dry_run_shows_the_mapping_then_import_and_again(data_dir, tmp_path, capsys):
    visit = _visit(data_dir, capsys)
    path = kobo_csv(tmp_path / "kobo.csv", 9)
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "about_you/school" in out and "answers school" in out and "_submitted_by" in out
    assert cli(data_dir, "visit", "list", "--json") == 0
    [row] = json.loads(capsys.readouterr().out)
    assert row["responses"] == 0 and row["virtual"] is True
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit) == 0
    assert "imported 9 online responses; already in: 0" in capsys.readouterr().out
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit) == 0
    assert "imported 0 online responses; already in: 9" in capsys.readouterr().out


def test_unmapped_column_exits_1_naming_it(data_dir, tmp_path, capsys):
    visit = _visit(data_dir, capsys)
    path = tmp_path / "k.csv"
    path.write_text("_uuid,about_you/school,favourite_colour\nu1,hillhouse,blue\n")
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit) == 1
    err = capsys.readouterr().err
    assert "favourite_colour" in err


def test_dry_run_and_counts_speak_spanish(data_dir, tmp_path, capsys, monkeypatch):
    visit = _visit(data_dir, capsys)
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    path = kobo_csv(tmp_path / "kobo.csv", 3)
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit, "--dry-run") == 0
    out = capsys.readouterr().out
    assert "responde school" in out and "se importarían 3 respuestas en línea" in out
    assert cli(data_dir, "import", "responses", str(path), "--visit", visit) == 0
    assert "se importaron 3 respuestas en línea; ya estaban: 0" in capsys.readouterr().out
