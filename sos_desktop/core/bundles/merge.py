"""`bundle import`: merge another laptop's bundle by UUID, in one transaction.

A new id goes in; the same record again changes nothing; a different record under a known id is
a conflict: the local copy stays, the incoming copy is kept in merge_conflicts for the organizer.
Survey definitions merge by key and version: the same content under another id is the same
survey (its responses are re-pointed), different content under a taken version gets the next
free version number (and a conflict entry), so every response keeps the wording it answered.
"""

from __future__ import annotations

import json
import sqlite3
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from itertools import chain
from pathlib import Path

from sos_desktop.core.bundles import format as bf
from sos_desktop.core.bundles.checks import check_bundle
from sos_desktop.core.bundles.laptops import registry
from sos_desktop.core.clock import UtcClock, db_stamp, utc_now
from sos_desktop.core.ids import new_id
from sos_desktop.core.messages import Code
from sos_desktop.core.people import contacts
from sos_desktop.core.security.keystore import contact_key, read_keys
from sos_desktop.core.storage.db import Database, write_transaction
from sos_desktop.core.surveys.build import survey_from_json
from sos_desktop.core.surveys.model import SurveyDef


@dataclass
class MergeReport:
    bundle_id: str
    source_device_id: str
    laptop_name: str = ""  # the registered laptop that signed it
    laptop_fingerprint: str = ""
    added: Counter = field(default_factory=Counter)
    unchanged: Counter = field(default_factory=Counter)
    conflicts: Counter = field(default_factory=Counter)  # new conflicts only
    known_conflicts: int = 0  # conflicts an earlier import already recorded
    renumbered: list[str] = field(default_factory=list)  # "key v2 -> v3"
    already_imported: bool = False

    @property
    def changed(self) -> bool:
        return bool(sum(self.added.values()) or sum(self.conflicts.values()))


# Rows a statement. A row into a table with triggers (sign-ups, responses, visits) is a statement
# SQLite can undo alone: before it changes a page it copies the page to the statement journal,
# a temporary file; a 200-byte response changes some 3 pages (12 kB of copies), and a bundle of
# 10,000 records wrote 220 MB there. A statement of many rows copies each page once.
ROWS_A_STATEMENT = 128


def _insert_rows(conn: sqlite3.Connection, table: str, columns: Sequence[str],
                 rows: list[tuple]) -> None:
    most = conn.getlimit(sqlite3.SQLITE_LIMIT_VARIABLE_NUMBER) // len(columns)
    per = max(1, min(ROWS_A_STATEMENT, most))
    head = f"INSERT INTO {table} ({', '.join(columns)}) VALUES "
    row = f"({', '.join('?' for _ in columns)})"
    whole = len(rows) - len(rows) % per
    conn.executemany(head + ", ".join([row] * per),
                     ([*chain.from_iterable(rows[start:start + per])]
                      for start in range(0, whole, per)))
    if whole < len(rows):
        conn.execute(head + ", ".join([row] * (len(rows) - whole)),
                     [*chain.from_iterable(rows[whole:])])


def _insert(conn: sqlite3.Connection, table: str, records: list[dict]) -> None:
    if not records:
        return
    if table == "signups":
        _insert_rows(conn, table, contacts.SIGNUP_COLUMNS,
                     [contacts.signup_from_portable(r) for r in records])
        return
    columns = [c for c in bf.FIELDS[table] if c != "answers"]
    _insert_rows(conn, table, columns, [tuple(r[c] for c in columns) for r in records])
    if table == "survey_responses":  # no trigger here: a row needs no copies to undo alone
        conn.executemany(
            "INSERT INTO survey_answers (response_id, question_key, value) VALUES (?, ?, ?)",
            ((r["id"], k, v) for r in records for k, v in r["answers"].items()),
        )


def _local(conn: sqlite3.Connection, table: str, ids: list[str]) -> dict[str, dict]:
    found: dict[str, dict] = {}
    for start in range(0, len(ids), 500):
        for record in bf.local_records(conn, table, ids=ids[start:start + 500]):
            found[record["id"]] = record
    return found


def _same(table: str, local: dict, incoming: dict) -> bool:
    if table == "survey_definitions":  # a renumbered copy is still the same definition
        return local["content_hash"] == incoming["content_hash"] and local["key"] == incoming["key"]
    return bf.canonical(local) == bf.canonical(incoming)


class _Merger:
    def __init__(self, conn: sqlite3.Connection, bundle: bf.Bundle, device_id: str,
                 stamp: str, ours: dict[str, dict] | None = None) -> None:
        self.conn, self.bundle, self.device_id, self.stamp = conn, bundle, device_id, stamp
        self.ours = ours or {}  # table -> our records by id, looked up once (by id only)
        self.report = MergeReport(bundle.bundle_id, bundle.manifest.get("device_id", ""),
                                  bundle.laptop.name, bundle.laptop.fingerprint)
        self.definition_alias: dict[str, str] = {}

    def conflict(self, table: str, record: dict) -> None:
        text = bf.canonical(record)  # a sign-up's contact is still sealed in it
        cur = self.conn.execute(
            "INSERT OR IGNORE INTO merge_conflicts (id, device_id, created_at, bundle_id,"
            " table_name, record_id, incoming_sha256, incoming, resolved)"
            " VALUES (?, ?, ?, ?, ?, ?, ?, ?, 0)",
            (new_id(), self.device_id, self.stamp, self.bundle.bundle_id, table, record["id"],
             bf.sha256(text.encode("utf-8")), text),
        )
        if cur.rowcount:
            self.report.conflicts[table] += 1
        else:
            self.report.known_conflicts += 1

    def definitions(self, records: list[dict]) -> list[dict]:
        """Resolve key/version clashes; returns the definitions still to compare by id."""
        rest = []
        for record in records:
            if self.conn.execute("SELECT 1 FROM survey_definitions WHERE id = ?",
                                 (record["id"],)).fetchone():
                rest.append(record)
                continue
            row = self.conn.execute(
                "SELECT id, content_hash FROM survey_definitions WHERE key = ? AND version = ?",
                (record["key"], record["version"]),
            ).fetchone()
            if row is None:
                rest.append(record)
            elif row[1] == record["content_hash"]:
                self.definition_alias[record["id"]] = row[0]
                self.report.unchanged["survey_definitions"] += 1
            else:
                top = self.conn.execute("SELECT max(version) FROM survey_definitions WHERE"
                                        " key = ?", (record["key"],)).fetchone()[0]
                self.report.renumbered.append(f"{record['key']} v{record['version']} -> "
                                              f"v{top + 1}")
                self.conflict("survey_definitions", record)
                rest.append({**record, "version": top + 1})
        return rest

    def table(self, table: str, records: list[dict]) -> None:
        if table == "survey_definitions":
            records = self.definitions(records)
        elif table == "survey_responses" and self.definition_alias:
            alias = self.definition_alias
            records = [{**r, "survey_definition_id": alias.get(r["survey_definition_id"],
                                                               r["survey_definition_id"])}
                       for r in records]
        local = self.ours.get(table)
        if local is None:
            local = _local(self.conn, table, [r["id"] for r in records])
        new = []
        for record in records:
            mine = local.get(record["id"])
            if mine is None:
                new.append(record)
            elif _same(table, mine, record):
                self.report.unchanged[table] += 1
            else:
                self.conflict(table, record)
        _insert(self.conn, table, new)
        self.report.added[table] += len(new)


def _not_ours(conn: sqlite3.Connection, bundle: bf.Bundle, locals_: dict[str, dict]
              ) -> dict[str, list[dict]]:
    """The records that differ from (or are missing in) this database: the ones to check.
    Fills `locals_` (table -> our records by id) for the merge to reuse."""
    out = {}
    for table, records in bundle.records.items():
        if table == "survey_definitions":  # few, and their builds serve the response checks
            out[table] = records
            continue
        local = locals_[table] = _local(conn, table, [r["id"] for r in records])
        out[table] = [r for r in records
                      if r["id"] not in local or not _same(table, local[r["id"]], r)]
    return out


def _local_survey(conn: sqlite3.Connection, definition_id: str) -> SurveyDef | None:
    row = conn.execute("SELECT definition FROM survey_definitions WHERE id = ?",
                       (definition_id,)).fetchone()
    return survey_from_json(row[0]) if row else None


def _check_references(path: Path, conn: sqlite3.Connection, bundle: bf.Bundle) -> None:
    """Every response and sign-up points at a visit (and definition) we have or receive."""
    def known(table: str) -> set[str]:
        ids = {r["id"] for r in bundle.records[table]}
        return ids | {r[0] for r in conn.execute(f"SELECT id FROM {table}")}

    visits, definitions = known("visits"), known("survey_definitions")
    for table, column, targets in (("survey_responses", "visit_id", visits),
                                   ("survey_responses", "survey_definition_id", definitions),
                                   ("signups", "visit_id", visits)):
        for record in bundle.records[table]:
            target = record[column]
            if target is not None and target not in targets:
                raise bf.BrokenBundle(path, Code.BUNDLE_DANGLING(
                    table=table, id=record["id"], column=column, target=target))


def import_bundle(db: Database, path: Path, *, clock: UtcClock = utc_now) -> MergeReport:
    """Merge a bundle of this organization signed by a registered, unrevoked laptop. Needs the
    unlocked key: sign-ups are validated like a kiosk's, which means opening their contacts."""
    path = Path(path)
    key = contact_key(db)
    keys = read_keys(db)
    if keys is None:
        raise bf.BrokenBundle(path, Code.BUNDLE_NO_ORG_KEY())
    with db.raw() as conn:
        laptops = registry(conn)
    bundle = bf.read_bundle(path, keys, laptops)  # everything verified before any write
    stamp = db_stamp(clock())
    with db.raw() as conn, write_transaction(conn, db.path):
        if registry(conn).get(bundle.laptop.public_key) != bundle.laptop:
            raise bf.BrokenBundle(path, Code.BUNDLE_LAPTOP_CHANGED(
                name=repr(bundle.laptop.name)))
        _check_references(path, conn, bundle)
        ours: dict[str, dict] = {}
        check_bundle(path, _not_ours(conn, bundle, ours), key,
                     lambda definition_id: _local_survey(conn, definition_id))
        merger = _Merger(conn, bundle, db.device_id, stamp, ours)
        for table in bf.TABLES:
            merger.table(table, bundle.records[table])
        report = merger.report
        details = {"added": report.added, "unchanged": report.unchanged,
                   "conflicts": report.conflicts, "renumbered": report.renumbered}
        cur = conn.execute(
            "INSERT OR IGNORE INTO bundle_receipts (id, device_id, created_at, direction,"
            " bundle_id, source_device_id, sha256, path, details, laptop_id)"
            " VALUES (?, ?, ?, 'import', ?, ?, ?, ?, ?, ?)",
            (new_id(), db.device_id, stamp, bundle.bundle_id, report.source_device_id,
             bundle.sha256, str(path.resolve()), json.dumps(details, sort_keys=True),
             bundle.laptop.id),
        )
        report.already_imported = cur.rowcount == 0
    return report


def unresolved_conflicts(db: Database) -> list[tuple[str, str, str, str]]:
    """(created_at, table, record id, bundle id) of incoming records that differed from ours."""
    with db.raw() as conn:
        return conn.execute(
            "SELECT created_at, table_name, record_id, bundle_id FROM merge_conflicts"
            " WHERE NOT resolved ORDER BY created_at, table_name").fetchall()


@dataclass(frozen=True)
class MergedBundle:
    merged_at: str
    bundle_id: str
    laptop_name: str  # "" for a bundle merged before per-laptop keys
    laptop_fingerprint: str
    added: dict[str, int]


def merged_bundles(db: Database) -> list[MergedBundle]:
    """Every bundle merged here, oldest first, with the registered laptop that signed it and
    what it added: which laptop sent what."""
    from sos_desktop.core.security.laptop_key import fingerprint

    with db.raw() as conn:
        rows = conn.execute(
            "SELECT b.created_at, b.bundle_id, k.name, k.public_key, b.details"
            " FROM bundle_receipts b LEFT JOIN laptop_keys k ON k.id = b.laptop_id"
            " WHERE b.direction = 'import' ORDER BY b.created_at").fetchall()
    out = []
    for created, bundle_id, name, public, details in rows:
        added = json.loads(details).get("added", {})
        out.append(MergedBundle(str(created), bundle_id, name or "",
                                fingerprint(bytes(public)) if public else "",
                                {t: int(n) for t, n in added.items() if n}))
    return out
