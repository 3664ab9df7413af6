"""The sync commands end to end through cli.run: output, exit codes, one-line errors."""

import pytest

from sos_desktop.cli import run


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


@pytest.fixture
def visit(data_dir, capsys):
    assert cli(data_dir, "visit", "add", "--school", "Hillhouse", "--group", "BSU",
               "--date", "2026-10-14", "--survey", "hillhouse-cross") == 0
    return capsys.readouterr().out.strip()


@pytest.fixture
def with_signups(data_dir, visit, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,phone,age_13_plus,email_consent,sms_consent\n"
                     "Zoë,Nguyễn,zoe@example.org,,yes,yes,no\n"
                     "Zoe,Nguyen,ZOE@example.org,2035550142,yes,yes,yes\n"
                     "Zoë,Nguyễn,other@example.org,,yes,yes,no\n", encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 0
    capsys.readouterr()
    return visit


def test_crm_export_merges_lists_and_marks_imported(data_dir, with_signups, tmp_path, capsys):
    """export signups --profile mailchimp merges, lists the likely duplicate, then
    mark-imported and history show it reached the CRM."""
    out = tmp_path / "mc.csv"
    assert cli(data_dir, "export", "signups", "--profile", "mailchimp", "--out", str(out)) == 0
    captured = capsys.readouterr()
    assert "wrote 2 sign-ups" in captured.out and "merged 1" in captured.out
    assert "check by hand: 'Zo" in captured.err
    assert cli(data_dir, "export", "mark-imported") == 0
    assert "marked as imported" in capsys.readouterr().out
    assert cli(data_dir, "export", "history") == 0
    assert "in CRM since" in capsys.readouterr().out


def test_unknown_profile_is_a_usage_error(data_dir, capsys):
    with pytest.raises(SystemExit) as caught:
        cli(data_dir, "export", "signups", "--profile", "salesforce", "--out", "x.csv")
    assert caught.value.code == 2
    assert "everyaction" in capsys.readouterr().err


def test_paper_round_trip_and_reports(data_dir, visit, tmp_path, capsys):
    """print survey -> typed-up import responses -> export responses -> report visit."""
    assert cli(data_dir, "print", "survey", "hillhouse-cross", "--lang", "es", "--typed",
               "--out", str(tmp_path / "s.pdf")) == 0
    assert cli(data_dir, "print", "signin-sheet", "--visit", visit,
               "--out", str(tmp_path / "i.pdf")) == 0
    typed = tmp_path / "typed.csv"
    typed.write_text("school,safe_at_school,had_contact,support_wanted\n"
                     "hillhouse,5,no,nurses\nwilbur_cross,2,yes,mentors;counselors\n")
    assert cli(data_dir, "import", "responses", str(typed), "--visit", visit) == 0
    assert cli(data_dir, "export", "responses", "--survey", "hillhouse-cross",
               "--out", str(tmp_path / "r.csv")) == 0
    assert (tmp_path / "r.codebook.csv").exists()
    assert cli(data_dir, "report", "visit", visit, "--out", str(tmp_path / "v.pdf")) == 0
    assert cli(data_dir, "report", "season", "--from", "2026-09-01", "--to", "2026-12-31",
               "--out", str(tmp_path / "season.pdf")) == 0
    out = capsys.readouterr().out
    assert "imported 2 paper responses" in out and "wrote 2 responses" in out


def test_import_responses_errors_are_row_level(data_dir, visit, tmp_path, capsys):
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.surveys.store import ensure_builtin_surveys

    ensure_builtin_surveys(open_database(data_dir))
    typed = tmp_path / "typed.csv"
    typed.write_text("school,safe_at_school\nnarnia,3\n")
    assert cli(data_dir, "import", "responses", str(typed), "--visit", visit) == 1
    err = capsys.readouterr().err
    assert "line 2, column school: 'narnia' is not a choice" in err


def test_bundle_commands(data_dir, with_signups, tmp_path, capsys):
    """A team laptop's bundle export, import on the organizer's laptop, import again: nothing
    changes."""
    other = tmp_path / "other"
    key_file = tmp_path / "org.key"
    assert cli(data_dir, "keys", "export-public", str(key_file)) == 0
    assert cli(other, "keys", "join", str(key_file)) == 0
    assert cli(other, "visit", "add", "--school", "Cross", "--group", "GSA",
               "--date", "2026-10-15") == 0
    visit = capsys.readouterr().out.strip().splitlines()[-1]
    sheet = tmp_path / "team.csv"
    sheet.write_text("first_name,last_name,phone,age_13_plus,sms_consent\n"
                     "Malik,Okafor,2035550199,yes,yes\n", encoding="utf-8")
    assert cli(other, "import", "signups", str(sheet), "--visit", visit) == 0
    path = tmp_path / "a.sosbundle"
    assert cli(other, "bundle", "export", "--out", str(path)) == 0
    card = tmp_path / "other.soslaptop"
    assert cli(other, "keys", "signing-key", str(card)) == 0
    assert cli(data_dir, "keys", "register", str(card)) == 0
    capsys.readouterr()
    assert cli(data_dir, "bundle", "import", str(path)) == 0
    assert "signups" in capsys.readouterr().out
    assert cli(data_dir, "bundle", "import", str(path)) == 0
    assert "already imported; nothing changed" in capsys.readouterr().out
    path.write_bytes(path.read_bytes()[:100])
    assert cli(data_dir, "bundle", "import", str(path)) == 1
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "nothing was imported" in err
    assert cli(data_dir, "bundle", "conflicts") == 0


def test_a_fresh_data_folder_knows_the_built_in_surveys(data_dir, tmp_path, capsys):
    """The very first command on a new laptop finds the built-in surveys by key."""
    assert cli(data_dir, "print", "survey", "hillhouse-cross", "--lang", "en",
               "--out", str(tmp_path / "s.pdf")) == 0
    assert (tmp_path / "s.pdf").exists()
    assert cli(tmp_path / "other", "export", "responses", "--survey", "nhps-other",
               "--out", str(tmp_path / "r.csv")) == 0
