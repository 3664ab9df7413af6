"""The command line in Spanish when the terminal's locale is Spanish (LANG=es_US.UTF-8): its
output lines, summaries with counts, errors, argparse's usage errors and help. Data (school
names, survey titles, paths, ids, options and commands to type) stays as it is; the English
start-up path never loads Qt."""

import os
import re
import subprocess
import sys

import pytest

from sos_desktop.cli import run
from tests.strip_data import without
from tests.ui.spanish import ENGLISH

SIGN_IN = ("first_name,last_name,email,phone,age_13_plus,email_consent,sms_consent\n"
           "Zoë,Nguyễn,zoe@example.org,,yes,yes,no\n"
           "Zoe,Nguyen,ZOE@example.org,2035550142,yes,yes,yes\n")


def cli(data_dir, *args):
    return run(["--data-dir", str(data_dir), *args])


def english_words(text: str, *data: str) -> list[str]:
    """The English words left in `text`, once data and what a person types are taken out: the
    `data` strings, `commands`, --options, 'quoted values', paths and ids."""
    text = without(text, data)
    # ...and key fingerprints ("be12 07cd ..."), whose hex can spell a word by chance.
    text = re.sub(r"\b[0-9a-f]{4}(?: [0-9a-f]{4}){3}\b", " ", text)
    # ...and a recovery key ("AB2C-OF3D-..."), whose letters can too.
    text = re.sub(r"\b[A-Z2-7]{1,4}(?:-[A-Z2-7]{1,4}){4,}\b", " ", text)
    text = re.sub(r"`[^`]*`|--[\w-]+|'[^']*'|\S*/\S*|[0-9a-f]{8}(?:-[0-9a-f-]+)?", " ", text)
    return [word for word in re.findall(r"[A-Za-z][A-Za-z'-]*", text)
            if word.lower() in ENGLISH]


@pytest.fixture
def spanish_terminal(monkeypatch):
    monkeypatch.setenv("LANG", "es_US.UTF-8")


@pytest.fixture
def visit(data_dir, spanish_terminal, capsys):
    assert cli(data_dir, "visit", "add", "--school", "Hillhouse", "--group", "BSU",
               "--date", "2026-10-14", "--survey", "hillhouse-cross") == 0
    return capsys.readouterr().out.strip()


def test_visit_list_speaks_spanish(data_dir, visit, capsys):
    assert cli(data_dir, "visit", "list") == 0
    out = capsys.readouterr().out
    assert "[abierta]" in out and "inscripciones=0" in out
    assert english_words(out, visit, "Hillhouse", "BSU") == []


def test_visit_list_json_stays_as_scripts_read_it(data_dir, visit, capsys):
    assert cli(data_dir, "visit", "list", "--json") == 0
    out = capsys.readouterr().out
    assert '"school": "Hillhouse"' in out and '"signups": 0' in out


def test_import_and_export_summaries_count_in_spanish(data_dir, visit, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SIGN_IN, encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 0
    out = capsys.readouterr().out
    assert "se importaron 2 inscripciones" in out
    assert english_words(out) == []

    csv = tmp_path / "crm.csv"
    assert cli(data_dir, "export", "signups", "--profile", "mailchimp", "--out", str(csv)) == 0
    captured = capsys.readouterr()
    assert "1 inscripción escrita en" in captured.out
    assert "se fusionó 1 inscripción repetida" in captured.out
    assert english_words(captured.out + captured.err, "Zoe Nguyen", "mailchimp") == []
    assert csv.read_text(encoding="utf-8").startswith("Email Address,")  # the CRM's columns

    assert cli(data_dir, "export", "history") == 0
    out = capsys.readouterr().out
    assert "1 fila" in out and "sin marcar como importada" in out
    assert english_words(out, "mailchimp") == []


def test_check_speaks_spanish(data_dir, visit, capsys):
    assert cli(data_dir, "check") == 0
    out = capsys.readouterr().out
    assert "base de datos:" in out and "visitas:" in out and out.rstrip().endswith("correcto")
    from sos_desktop.core.storage.schema import HEAD

    assert english_words(out, HEAD) == []  # the schema's revision is an id, not a sentence


def test_survey_list_and_check(data_dir, spanish_terminal, tmp_path, capsys):
    assert cli(data_dir, "survey", "list") == 0
    out = capsys.readouterr().out
    assert "hillhouse-cross" in out  # keys are data; a title in its Spanish version
    assert "Encuesta estudiantil de Hillhouse/Cross" in out

    broken = tmp_path / "broken.yaml"
    broken.write_text("key: x\n", encoding="utf-8")
    assert cli(data_dir, "survey", "check", str(broken)) == 1
    last = capsys.readouterr().err.splitlines()[-1]
    assert re.search(r"\d+ problemas?$", last)
    assert english_words(last) == []


def test_keys_status_and_first_key_speak_spanish(data_dir, spanish_terminal, capsys):
    assert cli(data_dir, "keys", "status") == 0
    out = capsys.readouterr().out
    assert out.startswith("todavía no hay clave de la organización")
    assert english_words(out) == []
    assert cli(data_dir, "keys", "init", "--org", "SEJ") == 0
    out = capsys.readouterr().out
    assert "CLAVE DE RECUPERACIÓN" in out and "frase de contraseña" in out
    assert english_words(out) == []
    assert cli(data_dir, "keys", "status") == 0
    out = capsys.readouterr().out
    assert "computadora del organizador/a" in out
    assert english_words(out) == []


def test_usage_errors_are_spanish_argparse_words_too(data_dir, spanish_terminal, capsys):
    with pytest.raises(SystemExit) as exit_:
        cli(data_dir, "visit", "add", "--group", "BSU")
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err == ("sos-desktop: faltan estos argumentos obligatorios: --school, --date "
                   "(consulta --help)\n")
    with pytest.raises(SystemExit):
        cli(data_dir, "visit", "add", "--school", "X", "--group", "Y", "--date", "2026-10-14",
            "--answers", "nope")
    err = capsys.readouterr().err
    assert "opción no válida: 'nope'" in err
    assert english_words(err) == []


def test_a_missing_or_mistyped_command_is_named_in_words(data_dir, spanish_terminal, capsys):
    """`sos-desktop visit` alone said "faltan estos argumentos obligatorios: visit_command":
    the program's internal name, in both languages."""
    with pytest.raises(SystemExit):
        cli(data_dir, "visit")
    assert capsys.readouterr().err == (
        "sos-desktop: faltan estos argumentos obligatorios: COMANDO (consulta --help)\n")
    with pytest.raises(SystemExit):
        cli(data_dir, "visit", "create")
    assert capsys.readouterr().err == (
        "sos-desktop: argumento COMANDO: opción no válida: 'create' (elige entre 'add', "
        "'list') (consulta --help)\n")
    with pytest.raises(SystemExit):
        cli(data_dir, "frob")
    assert "argumento COMANDO: opción no válida: 'frob'" in capsys.readouterr().err


def test_a_missing_command_is_named_in_english_words_too(data_dir, capsys):
    with pytest.raises(SystemExit):
        cli(data_dir, "export")
    assert capsys.readouterr().err == (
        "sos-desktop: the following arguments are required: COMMAND (see --help)\n")


def test_help_is_spanish(data_dir, spanish_terminal, capsys):
    with pytest.raises(SystemExit):
        cli(data_dir, "visit", "add", "--help")
    out = capsys.readouterr().out
    assert out.startswith("uso: sos-desktop visit add")
    assert "muestra esta ayuda y sale" in out and "clase o club" in out
    # Metavars (SCHOOL) are the options' names, and the survey keys' help names schools.
    assert english_words(out, "sos-desktop visit add", "Hillhouse", "Wilbur Cross", "SCHOOL",
                         "DATE", "SURVEY", "DECK", "MINUTES", "PRESENTERS", "EDUCATOR") == []


def test_errors_name_the_problem_in_spanish(data_dir, spanish_terminal, capsys):
    """The command layer's own SosErrors and a refused visit's reasons."""
    assert cli(data_dir, "visit", "add", "--school", "X", "--group", "Y", "--date",
               "2026-10-14", "--survey", "nosuch") == 1
    err = capsys.readouterr().err
    assert err.startswith("sos-desktop: encuesta desconocida 'nosuch'; conocidas:")
    assert english_words(err) == []
    assert cli(data_dir, "visit", "add", "--school", " ", "--group", "Y",
               "--date", "14/10") == 1
    err = capsys.readouterr().err
    assert err == ("sos-desktop: --school: es obligatorio; --date: debe ser una fecha como "
                   "2026-10-14 (se recibió '14/10')\n")


def test_english_stays_as_it_was(data_dir, capsys):
    """The English output scripts and tests read is unchanged by going through tr."""
    assert cli(data_dir, "visit", "add", "--school", "X", "--group", "Y",
               "--date", "14/10") == 1
    assert capsys.readouterr().err == (
        "sos-desktop: --date: must be a date like 2026-10-14 (got '14/10')\n")
    assert cli(data_dir, "check") == 0
    out = capsys.readouterr().out
    assert "\nsurvey_definitions: 2\n" in out and out.endswith("\nok\n")


def _loaded_after(argv: list[str], lang: str) -> set[str]:
    code = (f"import sys\nfrom sos_desktop.cli import run\nrun({argv!r})\n"
            "print(*sorted(sys.modules), file=sys.stderr)")
    env = {**os.environ, "LANG": lang}  # conftest took LC_ALL and LC_MESSAGES out
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True,
                          check=True, env=env)
    return set(done.stderr.split())


@pytest.mark.parametrize("argv", [["--version"], ["visit", "list"], ["visit", "list", "--json"]])
def test_english_start_up_loads_no_qt(data_dir, capsys, argv):
    """Issue 9's start-up: in English, tr() looks nothing up and Qt stays unloaded, even with
    a visit to print."""
    assert cli(data_dir, "visit", "add", "--school", "X", "--group", "Y",
               "--date", "2026-10-14") == 0
    loaded = _loaded_after(["--data-dir", str(data_dir), *argv], "C.UTF-8")
    assert not {m for m in loaded if m.startswith("PySide6")}


def test_spanish_visit_list_loads_only_qtcore(data_dir, capsys):
    """In Spanish the translation is read with Qt's QTranslator: QtCore only, no widgets."""
    assert cli(data_dir, "visit", "add", "--school", "X", "--group", "Y",
               "--date", "2026-10-14") == 0
    loaded = _loaded_after(["--data-dir", str(data_dir), "visit", "list"], "es_US.UTF-8")
    assert {m for m in loaded if m.startswith("PySide6.Qt")} == {"PySide6.QtCore"}


def test_a_core_refusal_reaches_the_terminal_in_spanish(data_dir, visit, tmp_path, capsys):
    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SIGN_IN, encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", "nosuch") == 1
    assert capsys.readouterr().err == "sos-desktop: no hay ninguna visita con id nosuch\n"


def test_a_rejected_sheet_and_a_sheet_imported_twice_are_explained_in_spanish(
        data_dir, visit, tmp_path, capsys):
    """Core's ImportRejected and AlreadyImported, as the organizer meets them: the frame in
    Spanish; a row's reason (here the email checker's) stays as core wrote it."""
    bad = tmp_path / "bad.csv"
    bad.write_text("first_name,last_name,email,age_13_plus,email_consent\nA,B,bad@,yes,yes\n",
                   encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(bad), "--visit", visit) == 1
    first, summary = capsys.readouterr().err.splitlines()
    assert first.startswith(f"sos-desktop: {bad}: línea 2, columna email: ")
    assert summary == f"sos-desktop: {bad}: 1 problema, no se importó nada"

    sheet = tmp_path / "sheet.csv"
    sheet.write_text(SIGN_IN, encoding="utf-8")
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 0
    capsys.readouterr()
    assert cli(data_dir, "import", "signups", str(sheet), "--visit", visit) == 1
    err = capsys.readouterr().err  # core's code ALREADY_IMPORTED_SIGNUPS (tests/words)
    assert "(2 inscripciones en Hillhouse · BSU)" in err and err.endswith("--again\n")
    assert "already imported" not in err and err.startswith("sos-desktop: sheet.csv: ")


def test_a_damaged_database_is_explained_in_spanish(data_dir, visit, capsys):
    """The failure line core would write in English (what failed, why, what to do, where the
    log is, the restore command), written from core's cause code in Spanish."""
    from tests.test_cli_failures import damage_pages

    damage_pages(data_dir / "sos-desktop.sqlite3", "visits")
    assert cli(data_dir, "visit", "list") == 1
    [line] = capsys.readouterr().err.splitlines()
    assert line.startswith(f"sos-desktop: no se pudo ejecutar `visit list` en {data_dir}")
    assert "la base de datos está dañada: restaura una copia de seguridad" in line
    assert "los detalles están en " in line
    assert line.endswith(f"no se encontró ninguna copia de seguridad buena en "
                         f"{data_dir / 'backups'}")


def test_scan_report_and_unreadable_files_in_spanish_json_stays_english(
        data_dir, visit, tmp_path, capsys):
    text = tmp_path / "notes.png"
    text.write_text("not an image", encoding="utf-8")
    gone = tmp_path / "gone.png"
    assert cli(data_dir, "scan", str(gone), str(text), "--visit", visit, "--dry-run") == 1
    captured = capsys.readouterr()
    assert captured.out.startswith("páginas revisadas: 0 (prueba: no se guardó nada)\n")
    assert english_words(captured.out) == []
    assert captured.err.splitlines() == [
        f"sos-desktop: {gone} no se puede leer: no existe el archivo",
        f"sos-desktop: {text} no se puede leer: no es una imagen PNG ni JPEG",
        "sos-desktop: 2 archivos no se pudieron leer hasta el final (arriba se indica cuáles); "
        "no se guardó nada después del problema",
    ]
    assert cli(data_dir, "scan", str(gone), "--visit", visit, "--dry-run", "--json") == 1
    assert '"error": "no such file"' in capsys.readouterr().out


def test_restore_refusals_in_spanish(data_dir, visit, tmp_path, capsys):
    gone, garbage = tmp_path / "gone.sqlite3", tmp_path / "garbage.sqlite3"
    garbage.write_text("not a database", encoding="utf-8")
    """Worded from core's codes (NO_BACKUP_FILE; BACKUP_UNREADABLE holding a FAILED_BECAUSE):
    no English left but SQLite's own detail."""
    assert cli(data_dir, "restore", str(gone)) == 1
    assert english_words(capsys.readouterr().err, gone) == []
    assert cli(data_dir, "restore", str(garbage)) == 1
    err = capsys.readouterr().err
    assert english_words(err, garbage, "(file is not a database)") == []
    assert err.startswith(f"sos-desktop: {garbage} no se puede restaurar: ")
