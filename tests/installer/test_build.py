"""Ensure the installer builds and the built app runs on a machine that is not the build machine.

Marked `installer` (minutes, not seconds): the default run leaves it out; `.ci/run` runs
`uv run pytest -m installer` after the suite. The built folder is copied out of the source tree
and run with an empty environment (no uv, no source checkout, PATH=/usr/bin:/bin) and, when the
tests run as root, as the unprivileged user `nobody` with an empty home folder.
"""

from __future__ import annotations

import json
import os
import shutil
import subprocess
import sys
import tempfile
import tomllib
from pathlib import Path

import pytest

from sos_desktop.core.storage.schema import HEAD

pytestmark = pytest.mark.installer

ROOT = Path(__file__).resolve().parents[2]
VERSION = tomllib.loads((ROOT / "pyproject.toml").read_text())["project"]["version"]
ARCHIVE_LIMIT = 150_000_000  # issue 12: what a user downloads on Linux


@pytest.fixture(scope="module")
def built():
    """Build into a temporary dist folder; the figures build.py measured."""
    dist = Path(tempfile.mkdtemp(prefix="sos-installer-dist-"))
    result = subprocess.run([sys.executable, str(ROOT / "installer" / "build.py"),
                             "--dist", str(dist)], capture_output=True, text=True, timeout=3600)
    assert result.returncode == 0, result.stderr[-4000:]
    figures = json.loads(result.stdout.strip().splitlines()[-1])
    print(result.stdout[-1500:])  # the "left out" table and the figures, with -s or -rP
    yield figures
    shutil.rmtree(dist, ignore_errors=True)


@pytest.fixture(scope="module")
def elsewhere(built):
    """The folder copied to a fresh place outside the source tree, readable by anyone, and a
    way to run it with nothing from this machine's set-up: (run(args, **env), home)."""
    place = Path(tempfile.mkdtemp(prefix="sos-installer-run-"))
    place.chmod(0o755)
    app = place / "sos-desktop"
    shutil.copytree(built["folder"], app, symlinks=True)
    home = place / "home"
    home.mkdir()
    as_other_user = os.geteuid() == 0 and shutil.which("setpriv") is not None
    if as_other_user:
        shutil.chown(home, "nobody", "nogroup")
    prefix = (["setpriv", "--reuid=nobody", "--regid=nogroup", "--clear-groups"]
              if as_other_user else [])

    def run(*args: str, **extra: str) -> subprocess.CompletedProcess:
        env = {"HOME": str(home), "PATH": "/usr/bin:/bin", "QT_QPA_PLATFORM": "offscreen",
               **extra}
        return subprocess.run([*prefix, str(app / "sos-desktop"), *args], env=env, cwd=home,
                              capture_output=True, text=True, timeout=300)

    yield run, home
    shutil.rmtree(place, ignore_errors=True)


def test_archive_a_user_downloads_is_at_most_150_mb(built):
    assert built["archive_bytes"] <= ARCHIVE_LIMIT, built


def test_version(elsewhere):
    run, _ = elsewhere
    result = run("--version")
    assert (result.returncode, result.stdout) == (0, f"sos-desktop {VERSION}\n"), result.stderr


def test_check_creates_and_migrates_a_fresh_data_folder(elsewhere):
    """The Alembic migrations travel with the app: a fresh folder in the (empty) home ends at
    the newest schema."""
    run, home = elsewhere
    result = run("check")
    assert result.returncode == 0, result.stderr
    assert f"schema:   {HEAD}" in result.stdout
    assert result.stdout.rstrip().endswith("ok")
    assert (home / ".local" / "share" / "sos-desktop" / "sos-desktop.sqlite3").is_file()


def test_built_in_surveys_and_fonts_travel_with_the_app(elsewhere):
    run, home = elsewhere
    listed = run("survey", "list")
    assert listed.returncode == 0, listed.stderr
    assert "hillhouse-cross" in listed.stdout and "nhps-other" in listed.stdout
    printed = run("print", "survey", "hillhouse-cross", "--lang", "es", "--out", "survey.pdf")
    assert printed.returncode == 0, printed.stderr
    assert (home / "survey.pdf").read_bytes().startswith(b"%PDF")


def test_main_window_opens_offscreen_and_closes(elsewhere):
    run, home = elsewhere
    result = run(SOS_DESKTOP_SMOKE_TEST=str(home / "window.png"))
    assert result.returncode == 0, result.stderr
    from PySide6.QtGui import QImage

    shot = QImage(str(home / "window.png"))
    assert (shot.width(), shot.height()) == (1200, 700)
    assert len({shot.pixel(x, y) for x in range(0, 1200, 40) for y in range(0, 700, 40)}) > 2


def test_main_window_speaks_spanish_on_a_spanish_computer(elsewhere):
    """Both translations travel with the app: its own (sos_es.qm) and Qt's (qtbase_es.qm)."""
    run, home = elsewhere
    result = run(SOS_DESKTOP_SMOKE_TEST=str(home / "window-es.png"), LANG="es_US.UTF-8")
    assert result.returncode == 0, result.stderr
    assert "smoke: language=es app-translation=yes qt-cancel=" in result.stdout
    assert "Cancelar" in result.stdout.replace("&", "")


def test_nothing_in_the_folder_points_back_at_the_build_machine(built):
    folder = Path(built["folder"])
    for link in (p for p in folder.rglob("*") if p.is_symlink()):
        assert link.resolve().is_relative_to(folder.resolve()), link


def test_a_printed_sheet_filled_in_is_scanned_and_stored(elsewhere, tmp_path):
    """numpy and OpenCV load in the built app (a stripped vendored OpenBLAS once broke them):
    the app prints an answer sheet, a student's marks go on it, the app reads it back."""
    import datetime
    import random

    import cv2

    from benchmarks.paper_synth import fill_page, marks_for, render_pdf
    from sos_desktop.core.paper.compose import sheet_layout
    from sos_desktop.core.surveys.builtin import builtin_surveys

    run, home = elsewhere
    added = run("visit", "add", "--school", "Hillhouse", "--group", "Civics", "--date",
                datetime.date.today().isoformat(), "--survey", "hillhouse-cross",
                "--answers", "paper")
    assert added.returncode == 0, added.stderr
    visit = added.stdout.strip()
    printed = run("print", "survey", "hillhouse-cross", "--visit", visit, "--out", "sheet.pdf")
    assert printed.returncode == 0, printed.stderr

    survey = next(s for s in builtin_surveys() if s.key == "hillhouse-cross")
    layout = sheet_layout(survey, 1, "en")
    answers = {"school": "hillhouse", "safe_at_school": 3, "had_contact": "no"}
    pages = render_pdf((home / "sheet.pdf").read_bytes(), 150)
    photos = []
    for index, page in enumerate(pages):
        photo = tmp_path / f"page-{index + 1}.png"
        cv2.imwrite(str(photo), fill_page(page, layout, index, marks_for(survey, answers), 150,
                                          random.Random(index)))
        shutil.copy(photo, home / photo.name)
        photos.append(photo.name)
    scanned = run("scan", "--visit", visit, "--json", *photos)
    assert scanned.returncode == 0, scanned.stderr
    records = json.loads(scanned.stdout)
    assert [r["outcome"] for r in records] == ["waiting_page", "stored"], records
    assert {k: v for r in records for k, v in r["answers"].items()} == answers, records
