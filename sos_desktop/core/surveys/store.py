"""Survey definitions in the database: stored by key and version, immutable, content-hashed.

Answers point at a stored definition row, so they keep meaning what the student saw even after
the research team publishes a new version.
"""

from __future__ import annotations

from functools import lru_cache

from sos_desktop.core.clock import UtcClock, db_stamp, utc_now
from sos_desktop.core.errors import NotFound, SosError
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.storage.quick_read import BUILTIN_FINGERPRINT_KEY, builtin_stamp

TYPE_CHECKING = False  # as typing's; typing itself costs the command line ~2 ms to load
if TYPE_CHECKING:  # the survey package (YAML, XLSForm) loads only when a definition is read
    from pathlib import Path

    from sos_desktop.core.surveys.model import SurveyDef
    from sos_desktop.core.surveys.stored import StoredSurvey


def store_definition(
    db: Database, survey: SurveyDef, *, clock: UtcClock = utc_now, bump_on_conflict: bool = False
) -> tuple[str, bool]:
    """Store `survey`; returns (definition id, newly stored?).

    The same key, version and content is a no-op. The same key and version with other content
    is refused (a stored version never changes), unless bump_on_conflict stores it as the next
    free version (used for the built-in surveys after an app update).
    """
    import json  # here, not at the top: opening the database need not load it

    with db.raw() as conn, write_transaction(conn, db.path):
        rows = conn.execute(
            "SELECT id, version, content_hash FROM survey_definitions WHERE key = ?",
            (survey.key,),
        ).fetchall()
        same = next((r for r in rows if r[2] == survey.content_hash), None)
        if same is not None:
            return same[0], False
        version = survey.version
        if any(r[1] == version for r in rows):
            if not bump_on_conflict:
                raise SosError(Code.SURVEY_VERSION_CLASH(key=survey.key, version=version))
            version = max(r[1] for r in rows) + 1
        definition_id = new_id()
        conn.execute(
            "INSERT INTO survey_definitions (id, device_id, created_at, key, version, title,"
            " languages, definition, content_hash) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
            (
                definition_id,
                db.device_id,
                db_stamp(clock()),
                survey.key,
                version,
                survey.title.get("en"),
                json.dumps(list(survey.languages)),
                survey.canonical_json(),
                survey.content_hash,
            ),
        )
    return definition_id, True


def ensure_builtin_surveys(db: Database) -> None:
    from sos_desktop.core.surveys.builtin import builtin_surveys

    for survey in builtin_surveys():
        store_definition(db, survey, bump_on_conflict=True)


def _builtin_files() -> list[Path]:
    from sos_desktop.core.paths import resources_dir

    return sorted((resources_dir() / "surveys").glob("*.yaml"))


def _builtin_stamp() -> str:
    """The files' stamp (quick_read.builtin_stamp), stat only: no hashing at every open."""
    from sos_desktop.core.paths import resources_dir

    return builtin_stamp(str(resources_dir() / "surveys"))


def builtin_fingerprint() -> str:
    """SHA-256 of the shipped survey files: no YAML parsed."""
    import hashlib  # only when the files' sizes or times changed (see below)

    digest = hashlib.sha256()
    for path in _builtin_files():
        digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()


def store_builtin_surveys_if_new(db: Database) -> None:
    """Store the built-in surveys when this database has not seen these files yet (a new data
    folder, or an app update that changed them), so every command finds them from the first.
    The setting holds the files' SHA-256 and, after a "|", their stamp: the same stamp means
    the same files without hashing them; a new stamp is hashed, and only new content stores."""
    stamp = _builtin_stamp()
    with db.raw() as conn:
        row = conn.execute("SELECT value FROM settings WHERE key = ?",
                           (BUILTIN_FINGERPRINT_KEY,)).fetchone()
    stored_hash, _, stored_stamp = (row[0] if row is not None else "").partition("|")
    if stored_hash and stored_stamp == stamp:
        return
    fingerprint = builtin_fingerprint()
    if stored_hash != fingerprint:
        ensure_builtin_surveys(db)
    with db.raw() as conn, write_transaction(conn, db.path):
        conn.execute("INSERT INTO settings (key, value) VALUES (?, ?) ON CONFLICT(key)"
                     " DO UPDATE SET value = excluded.value",
                     (BUILTIN_FINGERPRINT_KEY, f"{fingerprint}|{stamp}"))


def current_definition(db: Database, key: str) -> tuple[str, SurveyDef]:
    """The newest version of `key`; the built-in surveys are stored first so they are found."""
    ensure_builtin_surveys(db)
    return latest_definition(db, key)


def list_surveys(db: Database, latest_only: bool = True) -> list[StoredSurvey]:
    import json

    from sos_desktop.core.surveys.stored import StoredSurvey

    with db.raw() as conn:
        rows = conn.execute(
            "SELECT id, key, version, title, languages, content_hash FROM survey_definitions"
            " ORDER BY key, version DESC"
        ).fetchall()
    result, seen = [], set()
    for r in rows:
        if latest_only and r[1] in seen:
            continue
        seen.add(r[1])
        result.append(StoredSurvey(r[0], r[1], r[2], r[3], tuple(json.loads(r[4])), r[5]))
    return result


def stored_titles(db: Database) -> dict[str, str]:
    """Each survey's newest stored (English) title by key, as list_surveys gives them, without
    its json: the window's first paint needs only these."""
    with db.raw() as conn:
        rows = conn.execute("SELECT key, title FROM survey_definitions"
                            " ORDER BY key, version DESC").fetchall()
    titles: dict[str, str] = {}
    for key, title in rows:
        titles.setdefault(key, title)
    return titles


def title_in(db: Database, survey: StoredSurvey, language: str) -> str:
    """The survey's title in `language` when it has that version, else its stored (English)
    title, which is read without parsing the definition."""
    if language == "en" or language not in survey.languages:
        return survey.title
    return load_definition(db, survey.id).title.get(language) or survey.title


def latest_definition(db: Database, key: str) -> tuple[str, SurveyDef]:
    with db.raw() as conn:
        row = conn.execute(
            "SELECT id FROM survey_definitions WHERE key = ? ORDER BY version DESC LIMIT 1",
            (key,),
        ).fetchone()
    if row is None:
        raise NotFound(Code.NO_SURVEY(key=repr(key)))
    return row[0], load_definition(db, row[0])


def load_definition(db: Database, definition_id: str) -> SurveyDef:
    with db.raw() as conn:
        row = conn.execute(
            "SELECT definition FROM survey_definitions WHERE id = ?", (definition_id,)
        ).fetchone()
    if row is None:
        raise NotFound(Code.NO_DEFINITION(id=definition_id))
    return _parse(row[0])


@lru_cache(maxsize=32)
def _parse(definition_json: str) -> SurveyDef:
    # Definitions never change once stored, so parsing once per text is safe.
    from sos_desktop.core.surveys.build import survey_from_json

    return survey_from_json(definition_json)
