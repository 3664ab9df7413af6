"""Every record SQLite can still read from a damaged database, merged by id into a restored one.

A damaged page stops a scan, not the whole table: each table is read in key order from both
ends (up to the damage), then every key its indexes still name is read alone, so only the
records on unreadable pages are missing. They are merged into the restored database in the
order of the foreign keys (a visit before its sign-ups): a record the backup already holds is
replaced by the damaged file's (newer) version; one whose parent record could not be saved is
listed instead. What could not be saved is listed by table and id; nothing is written unless
the whole merge commits.
"""

from __future__ import annotations

import re
import sqlite3
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.storage.readonly import connect_read_only

SKIPPED = {"alembic_version"}  # the restored file's schema revision stays its own


@dataclass
class Salvage:
    saved: dict[str, int] = field(default_factory=dict)  # table: records merged
    lost: dict[str, list[str]] = field(default_factory=dict)  # table: ids not saved
    # table: records unreadable in the damaged file whose older version the backup had
    from_backup: dict[str, int] = field(default_factory=dict)
    # Tables with pages no scan or index could reach: records no index names may be missing.
    unreadable: list[str] = field(default_factory=list)

    @property
    def lost_count(self) -> int:
        return sum(map(len, self.lost.values()))


@dataclass
class _Table:
    name: str
    columns: list[str]
    key: list[str]  # primary key columns (["rowid"] for a table without one)
    rowid: bool
    parents: list[tuple[str, list[str], list[str]]]  # (table, our columns, their columns)


def is_sound(path: Path) -> bool:
    """Whether SQLite finds the file whole (its own quick_check, read-only)."""
    try:
        conn = connect_read_only(path)
    except sqlite3.Error:
        return False
    try:
        return conn.execute("PRAGMA quick_check(1)").fetchone() == ("ok",)
    except sqlite3.Error:
        return False
    finally:
        conn.close()


def salvage_into(damaged: Path, target: sqlite3.Connection) -> Salvage:
    """Merge what can be read of `damaged` into `target` (a raw connection in autocommit)."""
    result = Salvage()
    try:
        source = connect_read_only(damaged)
    except sqlite3.DatabaseError:  # not even its first page can be read
        result.unreadable.append("sqlite_master")
        return result
    try:
        tables = _tables(source, target, result)
        target.execute("PRAGMA foreign_keys=OFF")  # parents are checked by hand, in order
        target.execute("BEGIN IMMEDIATE")
        try:
            for table in tables:
                rows = _readable_rows(source, table, result)
                _merge(target, table, rows, result)
                _keep_only_lost(target, table, result)
            target.execute("COMMIT")
        except BaseException:
            target.execute("ROLLBACK")
            raise
        finally:
            target.execute("PRAGMA foreign_keys=ON")
    finally:
        source.close()
    return result


def _tables(source: sqlite3.Connection, target: sqlite3.Connection,
            result: Salvage) -> list[_Table]:
    """The tables both files have, parents first."""
    try:
        names = [n for (n,) in source.execute(
            "SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'")]
    except sqlite3.DatabaseError:  # the schema itself is unreadable: nothing can be found
        result.unreadable.append("sqlite_master")
        return []
    ours = {n for (n,) in target.execute("SELECT name FROM sqlite_master WHERE type='table'")}
    derived = _kept_by_triggers(target)
    tables: dict[str, _Table] = {}
    for name in names:
        if name in SKIPPED or name in derived or name not in ours:
            continue
        info = source.execute(f'PRAGMA table_info("{name}")').fetchall()
        theirs = {row[1] for row in target.execute(f'PRAGMA table_info("{name}")')}
        columns = [row[1] for row in info if row[1] in theirs]
        key = [row[1] for row in sorted((r for r in info if r[5]), key=lambda r: r[5])]
        sql = source.execute("SELECT sql FROM sqlite_master WHERE name = ?", (name,)
                             ).fetchone()[0] or ""
        rowid = "WITHOUT ROWID" not in sql.upper()
        parents: dict[int, tuple[str, list[str], list[str]]] = {}
        for fk_id, _seq, parent, ours_col, theirs_col, *_ in source.execute(
                f'PRAGMA foreign_key_list("{name}")'):
            entry = parents.setdefault(fk_id, (parent, [], []))
            entry[1].append(ours_col)
            entry[2].append(theirs_col)
        tables[name] = _Table(name, columns, key or ["rowid"], rowid, list(parents.values()))
    ordered: list[_Table] = []
    while tables:  # parents first; a cycle (none today) is taken as it comes
        ready = [t for t in tables.values()
                 if not any(p in tables and p != t.name for p, _o, _t in t.parents)]
        for table in ready or list(tables.values()):
            ordered.append(tables.pop(table.name))
    return ordered


def _kept_by_triggers(conn: sqlite3.Connection) -> set[str]:
    """Tables the triggers write (visit_counts): they follow the records as these are merged,
    so copying the damaged file's figures would count the merged records twice."""
    written = re.compile(r"\b(?:INTO|UPDATE|DELETE\s+FROM)\s+\"?(\w+)", re.IGNORECASE)
    return {name for (sql,) in conn.execute("SELECT sql FROM sqlite_master WHERE type = "
                                            "'trigger'") for name in written.findall(sql or "")}


def _scan(conn: sqlite3.Connection, sql: str, params: tuple = ()) -> tuple[list[tuple], bool]:
    """The rows a query yields up to the first damaged page, and whether it got to its end."""
    rows: list[tuple] = []
    try:
        for row in conn.execute(sql, params):
            rows.append(row)
    except sqlite3.DatabaseError:
        return rows, False
    return rows, True


def _readable_rows(conn: sqlite3.Connection, table: _Table, result: Salvage
                   ) -> dict[tuple, tuple]:
    """scan key -> row (columns in table.columns order) for every record that can be read.
    A table with rowids is read in rowid order (the order of its pages, so the records of a
    damaged page are all in one stretch); one without, in its primary key's."""
    name = f'"{table.name}"'
    scan = ["rowid"] if table.rowid else [f'"{k}"' for k in table.key]
    width = len(scan)
    select = ", ".join([*scan, *(f'"{c}"' for c in table.columns)])
    found: dict[tuple, tuple] = {}
    for order in ("ASC", "DESC"):
        by = ", ".join(f"{k} {order}" for k in scan)
        rows, complete = _scan(conn, f"SELECT {select} FROM {name} ORDER BY {by}")
        found.update((row[:width], row[width:]) for row in rows)
        if complete:
            return found
    # Past the damage: the keys each index still names (read from the index alone, with the
    # record's id when the index holds it), then each record read by itself.
    named: dict[tuple, str] = {}
    reached = False
    ids = [k for k in table.key if k != "rowid"] if table.rowid else []
    for (index,) in conn.execute("SELECT name FROM sqlite_master WHERE type = 'index' AND "
                                 "tbl_name = ?", (table.name,)).fetchall():
        held = {row[2] for row in conn.execute(f'PRAGMA index_info("{index}")')}
        with_ids = bool(ids) and all(k in held for k in ids)
        columns = ", ".join([*scan, *(f'"{k}"' for k in ids if with_ids)])
        rows, complete = _scan(conn, f'SELECT {columns} FROM {name} INDEXED BY "{index}"')
        for row in rows:
            if with_ids:
                named[row[:width]] = "/".join(map(str, row[width:]))
            else:
                named.setdefault(row[:width], "/".join(map(str, row)) if not ids
                                 else f"rowid {row[0]}")
        reached = reached or complete
    where = " AND ".join(f"{k} = ?" for k in scan)
    for key, label in named.items():
        if key in found:
            continue
        rows, _ = _scan(conn, f"SELECT {select} FROM {name} WHERE {where}", key)
        if rows:
            found[key] = rows[0][width:]
        else:
            result.lost.setdefault(table.name, []).append(label)
    if not reached:
        result.unreadable.append(table.name)
    return found


def _merge(conn: sqlite3.Connection, table: _Table, rows: dict[tuple, tuple],
           result: Salvage) -> None:
    columns = ", ".join(f'"{c}"' for c in table.columns)
    marks = ", ".join("?" * len(table.columns))
    conflict = [k for k in table.key if k != "rowid"]
    others = [c for c in table.columns if c not in conflict]
    if conflict and others:
        update = ", ".join(f'"{c}" = excluded."{c}"' for c in others)
        upsert = f"ON CONFLICT ({', '.join(conflict)}) DO UPDATE SET {update}"
    else:
        upsert = "ON CONFLICT DO NOTHING"
    insert = f'INSERT INTO "{table.name}" ({columns}) VALUES ({marks}) {upsert}'
    saved = 0
    for key, row in _sorted(rows):
        values = dict(zip(table.columns, row, strict=True))
        if not all(_parent_exists(conn, values, parent) for parent in table.parents):
            result.lost.setdefault(table.name, []).append(_id(table, key, values))
            continue
        try:
            conn.execute(insert, row)
        except sqlite3.IntegrityError:  # another unique rule the backup's records hold
            result.lost.setdefault(table.name, []).append(_id(table, key, values))
            continue
        saved += 1
    result.saved[table.name] = saved


def _keep_only_lost(conn: sqlite3.Connection, table: _Table, result: Salvage) -> None:
    """A record unreadable in the damaged file but in the backup is not lost (its version from
    the backup stays): list only the others."""
    ids = result.lost.get(table.name)
    if not ids or len(table.key) != 1 or table.key == ["rowid"]:
        return
    column = table.key[0]
    kept = [i for i in ids if conn.execute(f'SELECT 1 FROM "{table.name}" WHERE "{column}" = ?',
                                          (i,)).fetchone()]
    result.lost[table.name] = [i for i in ids if i not in kept]
    if kept:
        result.from_backup[table.name] = len(kept)
    if not result.lost[table.name]:
        del result.lost[table.name]


def _sorted(rows: dict[tuple, tuple]) -> Iterator[tuple[tuple, tuple]]:
    return iter(sorted(rows.items(), key=lambda item: tuple(map(str, item[0]))))


def _id(table: _Table, key: tuple, values: dict) -> str:
    if table.key == ["rowid"]:
        return f"rowid {key[0]}"
    return "/".join(str(values.get(k)) for k in table.key)


def _parent_exists(conn: sqlite3.Connection, values: dict,
                   parent: tuple[str, list[str], list[str]]) -> bool:
    table, ours, theirs = parent
    wanted = [values.get(column) for column in ours]
    if any(value is None for value in wanted):
        return True  # no parent named (a sign-up without a visit)
    where = " AND ".join(f'"{column}" = ?' for column in theirs)
    return conn.execute(f'SELECT 1 FROM "{table}" WHERE {where}', wanted).fetchone() is not None
