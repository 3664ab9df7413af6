"""Opening the database checks the shipped survey files by stat, hashing them only when their
sizes or times changed, and stores them only when their content changed."""

import os
import shutil

import pytest

from sos_desktop.core import paths
from sos_desktop.core.storage.store import open_database
from sos_desktop.core.surveys import store as survey_store
from sos_desktop.core.surveys.store import BUILTIN_FINGERPRINT_KEY, list_surveys


@pytest.fixture
def shipped(tmp_path, monkeypatch):
    """A copy of the shipped resources whose survey files a test may touch."""
    copy = tmp_path / "resources"
    shutil.copytree(paths.resources_dir(), copy)
    monkeypatch.setattr(paths, "resources_dir", lambda: copy)
    return copy / "surveys"


def _setting(db):
    with db.raw() as conn:
        return conn.execute("SELECT value FROM settings WHERE key = ?",
                            (BUILTIN_FINGERPRINT_KEY,)).fetchone()[0]


def test_unchanged_files_are_not_hashed_on_the_next_open(tmp_path, shipped, monkeypatch):
    db = open_database(tmp_path / "data")
    digest, _, stamp = _setting(db).partition("|")
    assert digest == survey_store.builtin_fingerprint() and stamp

    def no_hashing():
        raise AssertionError("unchanged files were hashed")

    monkeypatch.setattr(survey_store, "builtin_fingerprint", no_hashing)
    open_database(tmp_path / "data")


def test_touched_files_with_the_same_content_store_nothing_new(tmp_path, shipped):
    db = open_database(tmp_path / "data")
    before = [s.id for s in list_surveys(db, latest_only=False)]
    old_stamp = _setting(db).partition("|")[2]
    for path in shipped.glob("*.yaml"):
        path.write_bytes(path.read_bytes())
        stat = path.stat()
        os.utime(path, ns=(stat.st_atime_ns, stat.st_mtime_ns + 10**9))
    db = open_database(tmp_path / "data")
    assert [s.id for s in list_surveys(db, latest_only=False)] == before
    assert _setting(db).partition("|")[2] != old_stamp


def test_a_setting_from_before_the_stamp_is_upgraded_without_storing(tmp_path, shipped):
    db = open_database(tmp_path / "data")
    before = [s.id for s in list_surveys(db, latest_only=False)]
    with db.raw() as conn:
        conn.execute("UPDATE settings SET value = ? WHERE key = ?",
                     (survey_store.builtin_fingerprint(), BUILTIN_FINGERPRINT_KEY))
    db = open_database(tmp_path / "data")
    assert [s.id for s in list_surveys(db, latest_only=False)] == before
    assert _setting(db).startswith(survey_store.builtin_fingerprint() + "|")
