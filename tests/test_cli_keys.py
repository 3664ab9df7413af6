"""`sos-desktop keys …` and the passphrase for commands that read contacts."""

from sos_desktop.cli import run
from tests.conftest import PASSPHRASE


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


def test_init_prints_recovery_key_and_warning(data_dir, capsys):
    assert cli(data_dir, "keys", "init", "--org", "SEJ New Haven") == 0
    out = capsys.readouterr().out
    assert "RECOVERY KEY" in out and "gone for good" in out
    recovery = out.split("RECOVERY KEY")[1].splitlines()[1].strip()
    assert recovery.count("-") == 12
    assert cli(data_dir, "keys", "init") == 1
    assert "already has the key of 'SEJ New Haven'" in capsys.readouterr().err


def test_reading_contacts_without_passphrase_stops_clearly(data_dir, monkeypatch, capsys,
                                                           tmp_path):
    """Ensure no passphrase in the environment and no terminal: a message, no file."""
    assert cli(data_dir, "keys", "init") == 0
    monkeypatch.delenv("SOS_DESKTOP_PASSPHRASE")
    monkeypatch.setattr("sys.stdin", open("/dev/null"))  # noqa: SIM115 - not a terminal
    out = tmp_path / "out.csv"
    assert cli(data_dir, "export", "signups", "--out", str(out)) == 1
    assert "set SOS_DESKTOP_PASSPHRASE or run the command on a terminal" in (
        capsys.readouterr().err)
    assert not out.exists()


def test_change_passphrase_and_recover(data_dir, monkeypatch, capsys, tmp_path):
    assert cli(data_dir, "keys", "init") == 0
    recovery = capsys.readouterr().out.split("RECOVERY KEY")[1].splitlines()[1].strip()
    monkeypatch.setenv("SOS_DESKTOP_NEW_PASSPHRASE", "second passphrase here")
    assert cli(data_dir, "keys", "change-passphrase") == 0
    out = tmp_path / "out.csv"
    assert cli(data_dir, "export", "signups", "--out", str(out)) == 1
    assert "wrong passphrase" in capsys.readouterr().err
    monkeypatch.setenv("SOS_DESKTOP_RECOVERY_KEY", recovery)
    monkeypatch.setenv("SOS_DESKTOP_NEW_PASSPHRASE", PASSPHRASE)
    assert cli(data_dir, "keys", "recover") == 0
    assert cli(data_dir, "export", "signups", "--out", str(out)) == 0


def test_team_laptop_joins_and_its_bundle_merges(data_dir, tmp_path, capsys):
    """Ensure export-public / join give a team laptop the organization: its sign-ups, sealed,
    merge on the organizer's laptop and open there."""
    team = tmp_path / "team"
    key_file = tmp_path / "org.key"
    assert cli(data_dir, "keys", "init", "--org", "SEJ") == 0
    assert cli(data_dir, "keys", "export-public", str(key_file)) == 0
    assert key_file.stat().st_mode & 0o077 == 0
    assert cli(team, "keys", "join", str(key_file)) == 0
    assert cli(team, "visit", "add", "--school", "Cross", "--group", "BSU",
               "--date", "2026-10-14") == 0
    visit = capsys.readouterr().out.strip().splitlines()[-1]
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "Zoë,Nguyễn,zoe@example.org,yes,yes\n", encoding="utf-8")
    assert cli(team, "import", "signups", str(sheet), "--visit", visit) == 0
    assert cli(team, "export", "signups", "--out", str(tmp_path / "x.csv")) == 1
    assert "public key only" in capsys.readouterr().err
    bundle = tmp_path / "team.sosbundle"
    assert cli(team, "bundle", "export", "--out", str(bundle)) == 0
    assert cli(data_dir, "bundle", "import", str(bundle)) == 1  # not registered yet
    card = tmp_path / "team.soslaptop"
    capsys.readouterr()
    assert cli(team, "keys", "signing-key", str(card), "--name", "Team 1") == 0
    assert cli(team, "keys", "status") == 0
    shown = capsys.readouterr().out
    assert "team laptop" in shown
    assert cli(data_dir, "keys", "register", str(card)) == 0
    fingerprint = capsys.readouterr().out.split("key ")[1][:19]
    assert shown.count(fingerprint) == 2  # the same key on both screens
    assert cli(data_dir, "bundle", "import", str(bundle)) == 0
    assert "'Team 1'" in capsys.readouterr().out
    out = tmp_path / "crm.csv"
    assert cli(data_dir, "export", "signups", "--out", str(out)) == 0
    assert "Nguyễn" in out.read_text(encoding="utf-8")
    capsys.readouterr()
    assert cli(data_dir, "keys", "list") == 0
    assert "1 bundle merged" in capsys.readouterr().out
    assert cli(data_dir, "bundle", "history") == 0
    history = capsys.readouterr().out
    assert fingerprint in history and "'Team 1'" in history and "signups 1" in history
    assert cli(data_dir, "keys", "revoke", "Team 1") == 0
    later = tmp_path / "later.sosbundle"
    assert cli(team, "bundle", "export", "--out", str(later)) == 0
    assert cli(data_dir, "bundle", "import", str(later)) == 1
    assert "revoked" in capsys.readouterr().err


def test_refused_bundles_are_explained_in_spanish(data_dir, tmp_path, capsys, monkeypatch):
    """Ensure an unregistered or revoked sender is explained in the organizer's language."""
    from tests.commands.test_spanish import english_words

    team, org_file, card = tmp_path / "team", tmp_path / "org.key", tmp_path / "team.card"
    bundle = tmp_path / "team.sosbundle"
    assert cli(data_dir, "keys", "init") == 0
    assert cli(data_dir, "keys", "export-public", str(org_file)) == 0
    assert cli(team, "keys", "join", str(org_file)) == 0
    assert cli(team, "bundle", "export", "--out", str(bundle)) == 0
    assert cli(team, "keys", "signing-key", str(card), "--name", "Equipo 2") == 0
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    capsys.readouterr()
    assert cli(data_dir, "bundle", "import", str(bundle)) == 1
    unknown = capsys.readouterr().err
    assert "no está registrada" in unknown and english_words(unknown, bundle, "importó") == []
    assert cli(data_dir, "keys", "register", str(card)) == 0
    assert cli(data_dir, "keys", "revoke", "Equipo 2") == 0
    capsys.readouterr()
    assert cli(data_dir, "bundle", "import", str(bundle)) == 1
    revoked = capsys.readouterr().err
    assert "revocada" in revoked and english_words(revoked, bundle, "importó") == []


def test_guessable_passphrases_are_refused(data_dir, monkeypatch, capsys):
    """Ensure `keys init` refuses `1234567890` and `password12`, saying why and what would do,
    and creates no key."""
    for weak in ("1234567890", "password12"):
        monkeypatch.setenv("SOS_DESKTOP_PASSPHRASE", weak)
        assert cli(data_dir, "keys", "init") == 1
        err = capsys.readouterr().err
        assert "too easy to guess" in err and "common password" in err and "word" in err
    monkeypatch.setenv("SOS_DESKTOP_PASSPHRASE", PASSPHRASE)
    assert cli(data_dir, "keys", "init") == 0
