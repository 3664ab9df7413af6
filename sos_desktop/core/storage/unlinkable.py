"""Keep the files from telling which sign-up followed which survey response.

Keys are random and tables have no rowid, but SQLite's storage still remembers order in two
places: the write-ahead log (-wal) holds each commit's pages in commit order, and a new cell is
placed below the older ones in its page (the visit's index page holds all of a class's
responses, in the order they came). So:

- each kiosk response is written with `write_shuffled`: it lands in a random place among the
  visit's responses, and the newest place goes to a random one of them (an inside-out
  Fisher-Yates shuffle on the index page, its key neighbours mixed in the table and answers
  pages). Read off the pages, the responses are in a random order once each student has
  moved on (the kiosk writes a response plainly and moves it, `reshuffle`, once the join
  screen shows, before any sign-up can follow it); sign-ups are stored to the hour, so their
  times order no one either.
- after each sign-up's commit the WAL is checkpointed and truncated to zero bytes
  (`forget_commit_order`), so it never holds a response followed by its sign-up. A response
  alone is not checkpointed: without the sign-up after it, its place in the WAL pairs no one,
  and a student costs one checkpoint instead of two. Other front ends do it before the save
  returns (`durable_then_forget`: the checkpoint syncs the sign-up's commit). The kiosk does
  it once the student has been thanked (`KioskSaver.settle`, 50 ms later), and
  then writes one page that holds no record (`prime`): the next response finds the WAL begun
  and pays one sync, not two for a new WAL's header. A student then waits for two syncs, the
  floor's count; the checkpoint's two happen behind the thanks screen.
  A reader holding a snapshot (a long export, another program) keeps SQLite from truncating;
  the next sign-up after it lets go, closing the visit, or the next start does it instead.
- when a visit is closed the file is rewritten in key order (`rewrite_in_key_order`, VACUUM),
  which also puts every cell of a page in key order; backups are written the same way
  (`VACUUM INTO`), never as page copies. If another program holds the file the closing says
  so (HELD) and the next start does it.

Two database files (answers, sign-ups) were considered: each would keep its own commit order
and cell order, so a class where everyone signs up pairs k-th with k-th; the WAL and page order
have to be dealt with anyway, and one file keeps merges and exports in one transaction.
"""

from __future__ import annotations

import os
import secrets
import sqlite3
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path

from sos_desktop.core.errors import DatabaseProblem
from sos_desktop.core.messages import Code
from sos_desktop.core.storage.db import Database

NEIGHBOURS = 2  # key neighbours looked at on each side of a new response
INDEX_PAGE = 50  # entries of the visit index (visit id, response id) in a 4 KiB page
_ROW = "id, device_id, created_at, visit_id, survey_definition_id, language, channel"


def forget_commit_order(conn: sqlite3.Connection) -> bool:
    """Checkpoint and truncate the WAL without waiting for readers. True when it is empty.

    Runs after a durable commit: a failure here must never fail the save, so it only reports.
    """
    try:
        with _not_waiting(conn):  # a reader must not stall the kiosk
            busy, _log, _done = conn.execute("PRAGMA wal_checkpoint(TRUNCATE)").fetchone()
    except sqlite3.Error:
        return False
    return busy == 0


@contextmanager
def _not_waiting(conn: sqlite3.Connection) -> Iterator[None]:
    """For the block, a busy database fails at once instead of after the busy timeout."""
    (timeout,) = conn.execute("PRAGMA busy_timeout").fetchone()
    conn.execute("PRAGMA busy_timeout=0")
    try:
        yield
    finally:
        conn.execute(f"PRAGMA busy_timeout={int(timeout)}")


def durable_then_forget(conn: sqlite3.Connection, path: Path) -> None:
    """After a commit made with synchronous=NORMAL (not yet synced): empty the WAL, which
    syncs it first, so the commit is on disk either way; when a reader keeps the checkpoint
    from finishing, the WAL file is synced here instead. Either way it is durable on return.
    """
    if forget_commit_order(conn):
        return
    wal = path.with_name(path.name + "-wal")
    try:
        handle = os.open(wal, os.O_RDONLY if os.name != "nt" else os.O_RDWR)
    except FileNotFoundError:
        return  # emptied and removed after all: the commit is in the database file
    try:
        os.fsync(handle)
    except OSError as exc:  # the disk failed: say so rather than acknowledge
        raise DatabaseProblem(Code.COULD_NOT_SAVE(path=path, detail=str(exc))) from exc
    finally:
        os.close(handle)


def prime(conn: sqlite3.Connection) -> None:
    """When the WAL is empty, begin it with a page that holds no record (the database header,
    rewritten unchanged), unsynced: the next durable commit then syncs once, where a new
    WAL's header costs a sync of its own. Its failure costs only that sync, so it is ignored.
    """
    path = conn.execute("PRAGMA database_list").fetchone()[2]
    if not path:
        return  # in memory: no WAL
    try:
        if os.path.getsize(path + "-wal") > 0:
            return
    except OSError:
        pass  # no WAL file yet: SQLite makes one
    try:
        (level,) = conn.execute("PRAGMA synchronous").fetchone()
        (version,) = conn.execute("PRAGMA user_version").fetchone()
        conn.execute("PRAGMA synchronous=OFF")
        try:
            with _not_waiting(conn):  # another program writing: the next save pays the sync
                conn.execute(f"PRAGMA user_version={int(version)}")
        finally:
            conn.execute(f"PRAGMA synchronous={int(level)}")
    except sqlite3.Error:
        pass


REWRITE_PENDING = "rewrite_pending"  # settings key: a visit closed, the file not yet rewritten
HELD = Code.REWRITE_HELD()  # the warning when another program holds the file


def rewrite_in_key_order(db: Database) -> bool:
    """VACUUM (pages and cells in key order, no free pages left with old cells), then empty
    the WAL. True when both happened; when another program holds the file, False and the
    rewrite is noted for the next start (`rewrite_if_pending`)."""
    with db.raw() as conn:
        return _rewrite(conn)


def rewrite_if_pending(conn: sqlite3.Connection) -> None:
    """At start: the rewrite a visit's closing could not do (see HELD), done now."""
    try:
        pending = conn.execute("SELECT 1 FROM settings WHERE key = ?",
                               (REWRITE_PENDING,)).fetchone()
    except sqlite3.Error:
        return
    if pending:
        _rewrite(conn)


def _rewrite(conn: sqlite3.Connection) -> bool:
    try:
        conn.execute("VACUUM")
        done = forget_commit_order(conn)
    except sqlite3.Error:
        done = False
    try:
        if not done:
            conn.execute("INSERT OR REPLACE INTO settings (key, value) VALUES (?, '1')",
                         (REWRITE_PENDING,))
        elif conn.execute("SELECT 1 FROM settings WHERE key = ?", (REWRITE_PENDING,)).fetchone():
            conn.execute("DELETE FROM settings WHERE key = ?", (REWRITE_PENDING,))
            forget_commit_order(conn)  # that small commit, too, leaves the WAL
    except sqlite3.Error:
        pass  # the file is busy or failing: the warning has been given all the same
    return done


@contextmanager
def moving_responses(conn: sqlite3.Connection) -> Iterator[None]:
    """Foreign keys off for the block: moving a visit's stored responses (write_shuffled,
    reshuffle) deletes and re-inserts them, which must not cascade to their answers. The
    caller checks what the keys would (the visit, the survey)."""
    conn.execute("PRAGMA foreign_keys=OFF")
    try:
        yield
    finally:
        conn.execute("PRAGMA foreign_keys=ON")


def write_plainly(conn: sqlite3.Connection, rows: Sequence[tuple],
                  answers: Sequence[tuple]) -> None:
    """Insert responses (as write_shuffled takes them) where SQLite puts them: the newest last
    in its pages. For records that pair with no one (paper, imports), or moved at once after
    (`reshuffle`)."""
    conn.executemany(f"INSERT INTO survey_responses ({_ROW}) VALUES (?, ?, ?, ?, ?, ?, ?)", rows)
    conn.executemany(
        "INSERT INTO survey_answers (response_id, question_key, value) VALUES (?, ?, ?)",
        answers)


def reshuffle(conn: sqlite3.Connection, visit_id: str, response_ids: Sequence[str]) -> None:
    """Move responses written plainly to a random place among the visit's (write_shuffled),
    in the caller's transaction, foreign keys off (as write_shuffled)."""
    marks = ", ".join("?" for _ in response_ids)
    ids = list(response_ids)
    rows = conn.execute(f"DELETE FROM survey_responses WHERE id IN ({marks}) RETURNING {_ROW}",
                        ids).fetchall()
    answers = conn.execute(f"DELETE FROM survey_answers WHERE response_id IN ({marks})"
                           " RETURNING response_id, question_key, value", ids).fetchall()
    if rows:
        write_shuffled(conn, visit_id, sorted(rows), answers)


def write_shuffled(conn: sqlite3.Connection, visit_id: str, rows: Sequence[tuple],
                   answers: Sequence[tuple]) -> None:
    """Insert new responses (`rows` as _ROW, `answers` as (response_id, question_key, value))
    so that no page shows which of the visit's responses came last.

    SQLite fills a page's free slots first and then puts a new cell below all the others,
    so cell order is write order. Here some of the visit's stored responses are taken out and
    written again with the new one, which takes the freed places in a random order; the last
    written gets the newest place. That one is the new response with probability 1/(k+1), k
    the visit's responses on its index page (a class's all fit in one), else one drawn at
    random from them: an inside-out Fisher-Yates shuffle, so the visit's index page (equal
    cells) holds the responses in a uniformly random order at every moment. The others taken
    out are the new one's key neighbours (random, as keys are), which share its table and
    answers pages and mix those.

    Runs inside the caller's transaction on a connection with foreign keys off (a response
    taken out must not take its answers or paper images with it; all come back unchanged; the
    drawn one's answers are not even moved, they share no page that needs it).
    """
    new = [row[0] for row in rows]
    group: set[str] = set()
    for response_id in new:
        for sql in ("SELECT id, visit_id FROM survey_responses WHERE id < ? ORDER BY id DESC"
                    " LIMIT ?", "SELECT id, visit_id FROM survey_responses WHERE id > ?"
                    " ORDER BY id LIMIT ?"):
            group.update(rid for rid, visit in conn.execute(sql, (response_id, NEIGHBOURS))
                         if visit == visit_id)
    # The visit's responses sharing the new one's index page: the whole visit for a class,
    # the nearest ones in key order for a bigger visit (read from the visit index alone).
    page = [rid for sql in (
        "SELECT id FROM survey_responses WHERE visit_id = ? AND id < ? ORDER BY id DESC LIMIT ?",
        "SELECT id FROM survey_responses WHERE visit_id = ? AND id > ? ORDER BY id LIMIT ?")
        for (rid,) in conn.execute(sql, (visit_id, new[-1], INDEX_PAGE // 2))]
    last = new[-1]  # the one written last, into the newest place
    moved = set(group)  # those whose answers are written again too (the drawn one's stay)
    if page and (pick := secrets.randbelow(len(page) + 1)) < len(page):
        last = page[pick]
        group.add(last)
    order = _shuffled([rid for rid in group if rid != last] + [rid for rid in new if rid != last])
    order.append(last)
    by_id = {row[0]: row for row in rows}
    cells: dict[str, list[tuple]] = {rid: [] for rid in order}
    for answer in answers:
        cells[answer[0]].append(answer)
    if group:
        marks = ", ".join("?" for _ in group)
        ids = list(group)
        by_id.update((row[0], row) for row in conn.execute(
            f"SELECT {_ROW} FROM survey_responses WHERE id IN ({marks})", ids))
        conn.execute(f"DELETE FROM survey_responses WHERE id IN ({marks})", ids)
    if moved:
        marks = ", ".join("?" for _ in moved)
        ids = list(moved)
        for answer in conn.execute("SELECT response_id, question_key, value FROM survey_answers"
                                   f" WHERE response_id IN ({marks})", ids):
            cells[answer[0]].append(answer)
        conn.execute(f"DELETE FROM survey_answers WHERE response_id IN ({marks})", ids)
    conn.executemany(f"INSERT INTO survey_responses ({_ROW}) VALUES (?, ?, ?, ?, ?, ?, ?)",
                     [by_id[rid] for rid in order])
    # the answers' cells mixed too, the last one's kept last
    written = _shuffled([a for rid in order[:-1] for a in cells[rid]])
    conn.executemany(
        "INSERT INTO survey_answers (response_id, question_key, value) VALUES (?, ?, ?)",
        written + cells[last])


def _shuffled(items: list) -> list:
    """`items` in a random order from the system's randomness, drawn at once (a SystemRandom
    shuffle costs one system call per item: half a millisecond for a response's answers)."""
    noise = os.urandom(8 * len(items))
    return [items[i] for i in sorted(range(len(items)), key=lambda i: noise[8 * i:8 * i + 8])]
