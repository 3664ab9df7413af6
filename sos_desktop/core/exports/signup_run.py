"""The reading side of one sign-up export (core/exports/signups.py), inside its read snapshot.

Opening a sealed contact (~50 µs) is most of an export's cost, so each is opened once, in the
first pass, which also does all that a sign-up needs when it turns out to be a person of its own
(most are): its CSV line is formatted there and then. Whether it is on its own is known only
once every sign-up has been seen, so the first pass keeps each sign-up's line (2,000 to a
block) and fields (for merging, 16 to a box), encrypted in unnamed temporary files under keys
made for this export and never stored (`VeiledFile`); and in `export_batch` one narrow row per
sign-up: keyed hashes of its email, phone and name (`Hasher`) to group on, and its id to mark.
All may reach the disk and reveal nothing once the keys are gone, so memory stays flat at any
size. The second pass reads the blocks in order: the lines of people of one sign-up go on as a
slice of the block; a person of several is merged from their sign-ups' fields
(core.exports.dedupe) and formatted then.
"""

from __future__ import annotations

import csv
import marshal
import re
import sqlite3
from array import array
from collections import OrderedDict
from collections.abc import Callable, Iterator, Sequence
from types import SimpleNamespace

from sos_desktop.core.clock import LocalTime
from sos_desktop.core.exports import dedupe as dd
from sos_desktop.core.exports.profiles import Profile
from sos_desktop.core.exports.veil import HASH_BYTES as _HASH_BYTES
from sos_desktop.core.exports.veil import Hasher, VeiledFile
from sos_desktop.core.people.contacts import open_contact
from sos_desktop.core.security.sealing import ContactKey

Progress = Callable[[int, int], None]  # (rows done, rows in all; 0 while unknown)

_COLUMNS = """
       s.id, s.created_at, s.visit_id, v.school, v.group_name, v.visit_date,
       s.contact,
       s.school, s.grade, s.role, s.interests, s.visit_requested,
       s.email_consent, s.email_consent_at, s.email_consent_version,
       s.sms_consent, s.sms_consent_at, s.sms_consent_version, s.source"""
SELECT = f"SELECT {_COLUMNS}\nFROM signups s LEFT JOIN visits v ON v.id = s.visit_id\n"
ORDER = "ORDER BY s.created_at, s.id"
_CONTACT_AT = 6  # s.contact in SELECT; opened into first_name .. zip_code (dedupe.FIELDS)
_EMAIL_AT, _PHONE_AT = dd.F.email - _CONTACT_AT, dd.F.phone - _CONTACT_AT
_EMAIL, _FIRST, _LAST = dd.F.email, dd.F.first_name, dd.F.last_name
_EMAIL_OK = dd.F.email_consent
CHUNK = 2000  # rows per block of lines, per progress report and per batch of table writes
_PER_BOX = 16  # sign-ups' fields per box (a person's later sign-up costs reading its box)
_NONE = bytes(_HASH_BYTES)  # in `keyed`: no email (or phone)
_BLANK = 3 * _NONE  # `keyed` of a sign-up not grouped: its id alone
_NAME_AT = 2 * _HASH_BYTES  # in `keyed`
_KEEP_BOXES = 32  # opened boxes kept for merging (a person's later sign-ups come later)
_MERGED = re.compile(b"[\x01\x02]")  # in roles: a sign-up of a person of several

# export_batch: the sign-ups this export carries, numbered in file order. `keyed`: keyed hashes
# of the email, the phone and the name, 16 bytes each (zeros: none), then the sign-up's id
# (UTF-8): one column, as one is the cheapest to write. `kept`: 1 carried, 2 carried as a
# person's later sign-up (not on the likely-duplicates list), 0 for a person the profile
# cannot carry (Mailchimp without an email), who is not marked as exported. Block b of
# `Run.lines` holds the lines of sign-ups n = 2000b + 1 .. 2000b + 2000 (a marshalled list; None
# for a sign-up the profile cannot carry on its own); box c of `Run.rows`, only when merging,
# their fields, n = 16c + 1 .. 16c + 16 (a marshalled list of marshalled dedupe.FIELDS tuples,
# so a merge loads only the tuples it needs). `keyed` is made as a bytearray: sqlite3 binds one
# as a blob at once, but first asks a bytes value for an adapter (two failed attribute lookups,
# each raising and clearing an AttributeError: ~0.7 µs a row, far more than the copy).
_LATER_KEPT = "UPDATE temp.export_batch SET kept = 2 * kept WHERE n = ?"  # a later sign-up
_ROWS_PER_INSERT = 100
# Rows go in in file order into the export's own new table, so each n is its rowid as given.
_INSERT_MANY = ("INSERT INTO temp.export_batch (keyed) VALUES "
                + ", ".join(["(?)"] * _ROWS_PER_INSERT))
BATCH_TABLE = ("CREATE TEMP TABLE export_batch (n INTEGER PRIMARY KEY, keyed BLOB NOT NULL,"
               " kept INTEGER NOT NULL DEFAULT 1)")
SIGNUP_ID = f"CAST(substr(keyed, {3 * _HASH_BYTES + 1}) AS TEXT)"  # of an export_batch row


def _line_writer() -> tuple[Callable[[Sequence[object]], object], list[str | None]]:
    """csv.writer's writerow giving each line to a list: write_lines' dialect, row by row."""
    lines: list[str | None] = []
    return csv.writer(SimpleNamespace(write=lines.append), lineterminator="\r\n").writerow, lines


def _raw_row(shape: Profile) -> Callable[[tuple, LocalTime], Sequence[str]]:
    """The CSV row of a sign-up as a person of its own, from a SELECT row (contact opened)."""
    if shape.raw_row is not None:
        return shape.raw_row
    single, build = dd.single, shape.row
    return lambda r, local: build(single(r), local)


class Run:
    """One export's reading side, on a connection inside a read transaction."""

    def __init__(self, conn: sqlite3.Connection, shape: Profile, where: str, params: list,
                 progress: Progress | None, local: LocalTime, key: ContactKey) -> None:
        self.conn, self.shape, self.where, self.params = conn, shape, where, params
        self.progress, self.local, self.key = progress, local, key
        self.hashed = Hasher()
        self._lines: VeiledFile | None = None  # made when first needed (by person)
        self._rows: VeiledFile | None = None  # made when first needed (merging)
        self.no_email = 0
        self.read = 0  # sign-ups read, once read
        self.carried = 0  # sign-ups the file carries (kept != 0 in export_batch), once written
        self._roles: bytearray | None = None  # by n: 1 first of several sign-ups, 2 a later one
        self._next = array("q")  # by n: the same person's sign-ups chained (People.chains)
        self._opened: OrderedDict[int, list] = OrderedDict()

    @property
    def lines(self) -> VeiledFile:
        if self._lines is None:
            self._lines = VeiledFile()
        return self._lines

    @property
    def rows(self) -> VeiledFile:
        if self._rows is None:
            self._rows = VeiledFile()
        return self._rows

    def close(self) -> None:
        """Forget what this run kept (the temporary files go; the tables go with the
        connection)."""
        for kept in (self._lines, self._rows):
            if kept is not None:
                kept.close()

    def _report(self, done: int, total: int) -> None:
        if self.progress is not None:
            self.progress(done, total)

    # --- one row per sign-up: a single pass, ids recorded as they go by --------------------
    def sign_ups(self) -> Iterator[Sequence[str]]:
        raw, local, key, at = _raw_row(self.shape), self.local, self.key, _CONTACT_AT
        ids: list[tuple] = []
        done = 0
        cursor = self.conn.execute(f"{SELECT} WHERE {self.where} {ORDER}", self.params)
        for r in cursor:
            ids.append((bytearray(_BLANK + r[0].encode()),))  # a bytearray: see export_batch
            yield raw(r[:at] + open_contact(key, r[at]) + r[at + 1:], local)
            done += 1
            if len(ids) >= CHUNK:
                self.conn.executemany("INSERT INTO temp.export_batch (keyed) VALUES (?)", ids)
                ids.clear()
                self._report(done, 0)  # total unknown while streaming: a busy indicator
        self.conn.executemany("INSERT INTO temp.export_batch (keyed) VALUES (?)", ids)
        self.read = self.carried = done
        self._report(done, done)

    # --- one row per person ----------------------------------------------------------------
    def _first_pass(self, merge: bool) -> int:
        """Opens every contact, the only time it is; returns the number of sign-ups."""
        conn, key, local, at = self.conn, self.key, self.local, _CONTACT_AT
        needs_email, name_key, dumps, hash_of = (self.shape.needs_email, dd.name_key,
                                                 marshal.dumps, self.hashed.new)
        raw = _raw_row(self.shape)
        keep_lines = self.lines.append
        keep_rows = self.rows.append if merge else None
        writerow, lines = _line_writer()  # the block's lines, None for one left out
        batch: list[bytearray] = []  # `keyed` values (see export_batch)
        left: list[tuple] = []  # sign-ups the profile cannot carry on their own
        box: list[bytes] = []
        n = 0
        # Not enumerate(): its reused tuple would hold `r` (see `del` below) a row too long.
        for r in conn.execute(f"{SELECT} WHERE {self.where} {ORDER}", self.params):
            n += 1
            contact = open_contact(key, r[at])
            row = r[:at] + contact + r[at + 1:]
            if keep_rows is not None:  # Hasher's calls inline: three for every sign-up
                email, phone = contact[_EMAIL_AT], contact[_PHONE_AT]
                if email:
                    h = hash_of()
                    h.update(email.casefold().encode())
                    keyed = bytearray(h.digest())
                else:
                    keyed = bytearray(_NONE)
                if phone:
                    h = hash_of()
                    h.update(phone.encode())
                    keyed += h.digest()
                else:
                    keyed += _NONE
                h = hash_of()
                h.update(name_key(contact[0], contact[1]).encode())
                keyed += h.digest()
                keyed += r[0].encode()
                # Now only `row` holds its values: marshal tracks values held elsewhere too
                # (to write each once), which nearly doubled its cost here.
                del r, contact, email, phone
                box.append(dumps(row))
                if len(box) == _PER_BOX:  # box (n - 1) // _PER_BOX
                    keep_rows(dumps(box))
                    box.clear()
            else:
                keyed = bytearray(_BLANK)
                keyed += r[0].encode()
            batch.append(keyed)  # its n is its rowid
            if needs_email and not (row[_EMAIL_OK] and row[_EMAIL]):
                left.append((n,))  # no consented email: nothing the profile can carry
                lines.append(None)
            else:
                writerow(raw(row, local))
            if len(batch) == CHUNK:  # block (n - 1) // CHUNK
                keep_lines(dumps(lines))
                lines.clear()
                self._store(batch, left)
                self._report(n, 0)  # the sign-ups in all are known once all are read
        if box and keep_rows is not None:
            keep_rows(dumps(box))
        if lines:
            keep_lines(dumps(lines))
        self._store(batch, left)
        self.read = n
        return n

    def _store(self, batch: list[bytearray], left: list[tuple]) -> None:
        """The next sign-ups' `keyed`, in file order; `left` (their n) not carried."""
        self.carried += len(batch) - len(left)
        whole = len(batch) - len(batch) % _ROWS_PER_INSERT  # many rows a statement: cheaper
        self.conn.executemany(_INSERT_MANY, [tuple(batch[i:i + _ROWS_PER_INSERT])
                                             for i in range(0, whole, _ROWS_PER_INSERT)])
        self.conn.executemany("INSERT INTO temp.export_batch (keyed) VALUES (?)",
                              [(keyed,) for keyed in batch[whole:]])
        self.conn.executemany("UPDATE temp.export_batch SET kept = 0 WHERE n = ?", left)
        batch.clear()
        left.clear()

    def _group_people(self, count: int) -> bytearray:
        """Roles by n (0 a person of one sign-up, 1 the first of several, 2 a later one) and
        `_next`, each person's sign-ups chained in file order. Only keys shared by several
        sign-ups reach Python: SQLite sorts the rest away."""
        people = dd.People(count)
        for at in (1, 1 + _HASH_BYTES):  # email, phone
            key = f"substr(keyed, {at}, {_HASH_BYTES})"
            people.link(list(map(int, group.split(","))) for (group,) in self.conn.execute(
                f"SELECT group_concat(n) FROM temp.export_batch WHERE {key} != ?"
                f" GROUP BY {key} HAVING count(*) > 1", (_NONE,)))
        roles, self._next = people.chains()
        later: list[tuple] = []
        n = roles.find(2)
        while n != -1:
            later.append((n,))
            if len(later) >= CHUNK:
                self.conn.executemany(_LATER_KEPT, later)
                later.clear()
            n = roles.find(2, n + 1)
        self.conn.executemany(_LATER_KEPT, later)
        return roles

    def _box(self, c: int) -> list[bytes]:
        """Box c opened: its sign-ups' fields. Kept a while: a person's later sign-ups come
        later, and the likely-duplicates list reads some again."""
        found = self._opened.get(c)
        if found is None:
            found = self._opened[c] = marshal.loads(self.rows[c])
            if len(self._opened) > _KEEP_BOXES:
                self._opened.popitem(last=False)
        return found

    def _fields(self, n: int) -> tuple:
        c, i = divmod(n - 1, _PER_BOX)
        return marshal.loads(self._box(c)[i])

    def _later(self, first: int) -> list[int]:
        """The n of the later sign-ups, in file order, of the person whose first sign-up is
        `first` (none for a person of one sign-up)."""
        roles = self._roles
        if roles is None or roles[first] != 1:
            return []
        chain, found = self._next, []
        n = chain[first]
        while n:
            found.append(n)
            n = chain[n]
        found.reverse()  # the chain runs from the last back
        return found

    def _rename(self, n: int, own: tuple, person: tuple) -> tuple[bytes, int] | None:
        """The `keyed` update of first sign-up n (`own`: its fields) when the name of the
        person merged from theirs folds to another key than its own (the likely-duplicates
        list goes by it)."""
        if person[_FIRST] == own[_FIRST] and person[_LAST] == own[_LAST]:
            return None  # most merged people: the first sign-up's name, as hashed then
        name = dd.name_key(person[_FIRST], person[_LAST])
        if name == dd.name_key(own[_FIRST], own[_LAST]):
            return None
        (keyed,) = self.conn.execute("SELECT keyed FROM temp.export_batch WHERE n = ?",
                                     (n,)).fetchone()
        return (keyed[:_NAME_AT] + self.hashed(name) + keyed[_NAME_AT + _HASH_BYTES:], n)

    def people(self, merge: bool) -> Iterator[list[str]]:
        """CSV lines for people in file order (first sign-up first), a list per block of
        sign-ups; without `merge` each sign-up is a person of its own."""
        total = self._first_pass(merge)
        roles = self._roles = self._group_people(total) if merge else bytearray(total + 1)
        writerow, merged = _line_writer()
        build, local, needs_email = self.shape.row, self.local, self.shape.needs_email
        renamed: list[tuple] = []
        kept: list[tuple] = []
        for b in range(len(self.lines)):
            block: list[str | None] = marshal.loads(self.lines[b])
            out: list[str] = []
            base = b * CHUNK + 1  # the n of block[0]
            done = 0  # block[:done] dealt with
            # Only a merged person's sign-ups need Python: the lines between them go as a slice.
            for found in _MERGED.finditer(roles, base, base + len(block)):
                n = found.start()
                self._run(block[done:n - base], out)
                done = n - base + 1
                if roles[n] == 2:
                    continue  # in its person's row
                later = self._later(n)
                rows = [self._fields(m) for m in (n, *later)]
                person = dd.merge(rows)
                keep = not (needs_email and not person[_EMAIL])
                if needs_email:  # the person's sign-ups go (or stay out) together
                    kept += ((keep, n), *((2 * keep, m) for m in later))
                    self.carried += keep * len(rows) - sum(
                        1 for f in rows if f[_EMAIL_OK] and f[_EMAIL])  # as the first pass
                if keep:
                    renamed += filter(None, [self._rename(n, rows[0], person)])
                    writerow(build(person, local))
                    out.append(merged.pop())  # type: ignore[arg-type]  # a line
                else:
                    self.no_email += 1
            self._run(block[done:], out)
            yield out
            self._flush(renamed, kept)
            self._report(base - 1 + len(block), total)
        self._report(total, total)

    def _run(self, lines: list[str | None], out: list[str]) -> None:
        """Lines of people of one sign-up each to `out`; None is one the profile cannot carry."""
        if self.shape.needs_email:
            carried = [line for line in lines if line is not None]
            self.no_email += len(lines) - len(carried)
            out += carried
        else:
            out += lines  # type: ignore[arg-type]  # no None without needs_email

    def _flush(self, renamed: list[tuple], kept: list[tuple]) -> None:
        self.conn.executemany("UPDATE temp.export_batch SET keyed = ? WHERE n = ?", renamed)
        self.conn.executemany("UPDATE temp.export_batch SET kept = ? WHERE n = ?", kept)
        renamed.clear()
        kept.clear()

    def likely_duplicates(self) -> tuple[dd.LikelyDuplicate, ...]:
        """People written whose names fold to the same key, grouped by name in file order;
        only their sign-ups are read back, for the names and ids the list shows."""
        roles = self._roles
        assert roles is not None, "people() first"
        doubtful: list[int] = []
        name = f"substr(keyed, {_NAME_AT + 1}, {_HASH_BYTES})"
        for (group,) in self.conn.execute(f"SELECT group_concat(n) FROM temp.export_batch"
                                          f" WHERE kept = 1 GROUP BY {name}"
                                          f" HAVING count(*) > 1"):
            doubtful += map(int, group.split(","))
        by_name: dict[str, list[tuple]] = {}
        for n in sorted(doubtful):
            person = dd.merge([self._fields(m) for m in (n, *self._later(n))])
            first_name, last_name = person[_FIRST], person[_LAST]
            by_name.setdefault(dd.name_key(first_name, last_name), []).append(
                (first_name, last_name, person[dd.F.signup_ids]))
        return tuple(dd.LikelyDuplicate(f"{g[0][0]} {g[0][1]}", tuple(p[2] for p in g))
                     for g in by_name.values())
