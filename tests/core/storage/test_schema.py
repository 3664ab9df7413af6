"""The store: migrations from an empty file, pragmas, refusal of newer/damaged/foreign files."""

import sqlite3
from pathlib import Path

import pytest

from sos_desktop.core.errors import DatabaseProblem
from sos_desktop.core.paths import database_path
from sos_desktop.core.storage import schema
from sos_desktop.core.storage.db import connect
from sos_desktop.core.storage.store import open_database
from tests.conftest import database_at_revision


def test_migrates_an_empty_file_to_head(data_dir: Path):
    """An empty (zero-byte) file becomes a full database at the head revision."""
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.touch()
    db = open_database(data_dir)
    with db.raw() as conn:
        assert schema.read_revision(conn) == schema.HEAD
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    assert {"visits", "signups", "survey_responses", "survey_answers", "export_receipts"} <= tables
    assert len(db.device_id) == 36


def test_second_open_is_current_and_keeps_device_id(data_dir: Path):
    """Opening again changes nothing: same device id, revision current."""
    first = open_database(data_dir).device_id
    assert schema.ensure_schema(database_path(data_dir), data_dir / "backups") == "current"
    assert open_database(data_dir).device_id == first


def test_every_connection_gets_durability_pragmas(db):
    """WAL, synchronous=FULL and foreign keys are on for raw and ORM connections."""
    with db.raw() as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
        assert conn.execute("PRAGMA synchronous").fetchone()[0] == 2
        assert conn.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    with db.engine.connect() as conn:
        assert conn.exec_driver_sql("PRAGMA synchronous").scalar() == 2
        assert conn.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1


def test_anonymous_tables_have_no_rowid(db):
    """Responses, answers and sign-ups keep no hidden insertion order (WITHOUT ROWID)."""
    with db.raw() as conn:
        for table in ("survey_responses", "survey_answers", "signups"):
            sql = conn.execute(
                "SELECT sql FROM sqlite_master WHERE name = ?", (table,)
            ).fetchone()[0]
            assert "WITHOUT ROWID" in sql.upper()


def test_newer_schema_is_refused_untouched(data_dir: Path):
    """A database written by a newer app version is refused and not modified."""
    db = open_database(data_dir)
    with db.raw() as conn:
        conn.execute("UPDATE alembic_version SET version_num = '9999_future'")
    before = db.path.read_bytes()
    with pytest.raises(DatabaseProblem, match="newer SOS Desktop"):
        open_database(data_dir)
    assert db.path.read_bytes() == before


def test_damaged_file_is_refused_with_its_path(data_dir: Path):
    """Garbage in the database file gives a message naming the file."""
    data_dir.mkdir(parents=True)
    path = database_path(data_dir)
    path.write_bytes(b"this is not sqlite" * 100)
    with pytest.raises(DatabaseProblem, match=str(path)):
        open_database(data_dir)
    assert path.read_bytes() == b"this is not sqlite" * 100


def test_foreign_sqlite_file_is_refused(data_dir: Path):
    """Another program's SQLite file is not taken over."""
    data_dir.mkdir(parents=True)
    conn = sqlite3.connect(database_path(data_dir))
    conn.execute("CREATE TABLE recipes (name TEXT)")
    conn.commit()
    conn.close()
    with pytest.raises(DatabaseProblem, match="not an SOS Desktop database"):
        open_database(data_dir)


def test_backup_is_taken_before_migrating(data_dir: Path, monkeypatch):
    """Upgrading an older revision first copies the file into backups/."""
    db = open_database(data_dir)
    with db.raw() as conn:
        conn.execute("UPDATE alembic_version SET version_num = 'older'")
    # An older revision after contacts were sealed: nothing to seal on the way up.
    monkeypatch.setattr(schema, "REVISIONS", (schema.SEALED_FROM, "older", schema.HEAD))
    upgraded = []
    monkeypatch.setattr(schema, "_upgrade", lambda path, _keys=None: upgraded.append(path))
    result = schema.ensure_schema(db.path, data_dir / "backups")
    assert result == "migrated from older"
    copies = list((data_dir / "backups").glob("*.sqlite3"))
    assert len(copies) == 1
    with connect(copies[0]) as copy:
        assert copy.execute("SELECT version_num FROM alembic_version").fetchone()[0] == "older"
    assert upgraded == [db.path]


def test_revisions_list_matches_migration_scripts():
    """schema.REVISIONS (used without Alembic at start-up) lists every script in order."""
    from alembic.config import Config
    from alembic.script import ScriptDirectory

    config = Config()
    config.set_main_option("script_location", str(schema.MIGRATIONS_DIR))
    scripts = ScriptDirectory.from_config(config)
    ordered = [s.revision for s in reversed(list(scripts.walk_revisions()))]
    assert tuple(ordered) == schema.REVISIONS


def test_models_match_migrations(db):
    """The ORM models and the migrated schema agree (no missing autogenerate diff)."""
    from alembic.autogenerate import compare_metadata
    from alembic.migration import MigrationContext

    from sos_desktop.core.storage.models import Base

    with db.engine.connect() as conn:
        diff = compare_metadata(MigrationContext.configure(conn), Base.metadata)
    assert diff == []


def test_real_upgrade_keeps_data_from_first_revision(data_dir: Path):
    """A database left at 0001 upgrades to head with its visits intact and a backup taken."""
    db = database_at_revision(data_dir, "0001_initial")
    with db.raw() as conn:
        conn.execute(
            "INSERT INTO visits (id, device_id, created_at, updated_at, school, group_name,"
            " educator_name, educator_email, visit_date, presenters, survey_key, notes, closed)"
            " VALUES ('v1', 'd', '2026-01-01', '2026-01-01', 'Cross', 'BSU', '', '',"
            " '2026-01-05', '', '', '', 0)"
        )
    assert schema.ensure_schema(db.path, data_dir / "backups") == "migrated from 0001_initial"
    from sos_desktop.core.visits.store import get_visit

    visit = get_visit(db, "v1")
    assert (visit.school, visit.deck, visit.planned_minutes) == ("Cross", "", 45)
    assert visit.answer_mode == "kiosk"  # 0004_scan: an old visit answered at the kiosk
    assert len(list((data_dir / "backups").glob("*before-0001_initial*"))) == 1


def test_a_failed_first_migration_leaves_no_half_made_database(data_dir: Path, monkeypatch):
    """Ensure a new database whose migration fails midway (a module missing from a build, a
    full disk) is removed, so the next start creates it afresh instead of refusing a file with
    some tables as "not an SOS Desktop database"."""
    real_upgrade = schema._upgrade

    def half_then_fail(path, seal_keys=None):
        conn = sqlite3.connect(path)
        conn.execute("CREATE TABLE alembic_version (version_num TEXT)")
        conn.execute("CREATE TABLE settings (key TEXT)")
        conn.commit()
        conn.close()
        raise ModuleNotFoundError("No module named '_cffi_backend'")

    monkeypatch.setattr(schema, "_upgrade", half_then_fail)
    with pytest.raises(ModuleNotFoundError):
        open_database(data_dir)
    assert not database_path(data_dir).exists()
    monkeypatch.setattr(schema, "_upgrade", real_upgrade)
    assert open_database(data_dir).path.exists()
