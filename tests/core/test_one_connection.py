"""Database.one_connection: a burst of reads (opening, building the main window) shares one
connection in the thread that asked; other threads and later reads get their own."""

import sqlite3
import threading

import pytest

from sos_desktop.core.storage.db import write_transaction
from sos_desktop.core.storage.store import open_database


def test_raw_hands_out_one_connection_in_the_block_and_closes_it_after(data_dir):
    db = open_database(data_dir)
    with db.one_connection():
        with db.raw() as first, db.raw() as second:
            assert first is second
        with db.one_connection(), db.raw() as nested:  # an inner block uses the outer's
            assert nested is first
    with pytest.raises(sqlite3.ProgrammingError):  # closed with the block
        first.execute("SELECT 1")
    with db.raw() as later:
        assert later is not first


def test_another_thread_gets_its_own_connection(data_dir):
    db = open_database(data_dir)
    seen = []
    with db.one_connection(), db.raw() as mine:
        def read() -> None:
            with db.raw() as theirs:
                seen.append(theirs is mine)
                theirs.execute("SELECT count(*) FROM visits").fetchone()

        thread = threading.Thread(target=read)
        thread.start()
        thread.join()
    assert seen == [False]


def test_a_write_in_the_block_is_committed(data_dir):
    db = open_database(data_dir)
    with db.one_connection(), db.raw() as conn, write_transaction(conn, db.path):
        conn.execute("INSERT INTO settings (key, value) VALUES ('written', '1')")
    with db.raw() as conn:
        assert conn.execute("SELECT value FROM settings WHERE key = 'written'").fetchone() == (
            "1",)
