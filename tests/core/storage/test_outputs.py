"""Exports and their receipts agree: a file is at its target if and only if its receipt is."""

import errno
import os
import subprocess
import sys
import textwrap

import pytest

from sos_desktop.core.errors import ExportProblem
from sos_desktop.core.exports.signups import export_signups
from sos_desktop.core.paths import PENDING
from sos_desktop.core.people.signups import submit_signup
from sos_desktop.core.storage import atomic
from sos_desktop.core.storage.outputs import staged_output
from sos_desktop.core.storage.store import open_database

ANA = {"first_name": "Ana", "last_name": "Ruiz", "email": "ana@example.org",
       "age_13_plus": True, "email_consent": True}


def _receipts(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM export_receipts").fetchone()[0]


def _marks(db):
    with db.raw() as conn:
        return conn.execute("SELECT count(*) FROM signup_exports").fetchone()[0]


def test_disk_full_leaves_no_file_no_receipt_no_marks(db, visit_id, tmp_path, monkeypatch):
    """Ensure a write error (disk full) ends with a message, nothing at the target, no temp
    file, no receipt, and the rows still count as not exported."""
    submit_signup(db, ANA, visit_id=visit_id)

    def full(self, data):
        raise OSError(errno.ENOSPC, "No space left on device")

    monkeypatch.setattr(atomic.HashingWriter, "write", full)
    out = tmp_path / "crm.csv"
    with pytest.raises(ExportProblem, match="disk is full"):
        export_signups(db, out)
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert (_receipts(db), _marks(db)) == (0, 0)
    assert not (db.path.parent / PENDING).exists()


def test_failure_after_publishing_puts_the_previous_file_back(tmp_path):
    """Ensure a failure between the rename and the COMMIT undoes the rename."""
    out = tmp_path / "report.pdf"
    out.write_bytes(b"the good old report")
    with pytest.raises(RuntimeError, match="commit failed"), staged_output(out, tmp_path) as s:
        s.write(b"new report")
        s.publish()
        assert out.read_bytes() == b"new report"
        raise RuntimeError("commit failed")
    assert out.read_bytes() == b"the good old report"
    assert sorted(p.name for p in tmp_path.iterdir()) == ["report.pdf"]  # no empty folder


KILLED = textwrap.dedent("""
    import os, sys
    from sos_desktop.core.storage import outputs
    from sos_desktop.core.security import keys, keystore
    from sos_desktop.core.storage.store import open_database
    from sos_desktop.core.exports.signups import export_signups
    keys.DEFAULT_COST = keys.FAST_FOR_TESTS
    db = open_database(sys.argv[1])
    keystore.unlock(db, sys.argv[3])
    publish = outputs.StagedOutput.publish
    def publish_then_die(self):
        publish(self)
        if sys.argv[4] == "after-publish":
            os._exit(9)  # killed between the rename and the COMMIT
    outputs.StagedOutput.publish = publish_then_die
    write = outputs.HashingWriter.write
    def write_then_die(self, data):
        write(self, data)
        self._raw.flush()
        if sys.argv[4] == "mid-write":
            os._exit(9)  # killed while the CSV is half written
    outputs.HashingWriter.write = write_then_die
    export_signups(db, sys.argv[2])
""")


@pytest.mark.parametrize("moment", ["mid-write", "after-publish"])
def test_killed_export_is_settled_at_the_next_start(db, data_dir, visit_id, tmp_path, moment):
    """Ensure a process killed during an export leaves, after the next start, no hidden temp
    file of contact data and no file without a receipt; the rows stay not exported."""
    from tests.conftest import PASSPHRASE

    submit_signup(db, ANA, visit_id=visit_id)
    target = tmp_path / "out"
    target.mkdir()
    out = target / "crm.csv"
    done = subprocess.run([sys.executable, "-c", KILLED, str(data_dir), str(out), PASSPHRASE,
                           moment], env={**os.environ}, capture_output=True, text=True)
    assert done.returncode == 9, done.stderr
    assert list(target.iterdir())  # the killed run left something behind
    again = open_database(data_dir)
    assert list(target.iterdir()) == []
    assert (_receipts(again), _marks(again)) == (0, 0)
    assert not (data_dir / PENDING).exists()  # a later start has nothing to settle


class _FullDisk:
    """A temporary file on a disk that fills up: flushing fails, and closing (which flushes
    again) fails too, after closing the descriptor as Python's buffered files do."""

    def __init__(self, fd, *_args, **_kwargs):
        import io

        self._file = io.FileIO(fd, "wb")

    def write(self, data):
        return len(data)

    def fileno(self):
        return self._file.fileno()

    def flush(self):
        raise OSError(errno.ENOSPC, "No space left on device")

    def close(self):
        self._file.close()
        self.flush()


def test_a_full_disk_when_closing_still_removes_the_file_and_its_note(db, visit_id, tmp_path,
                                                                     monkeypatch):
    """Ensure the second full-disk error, raised by closing the temporary file, neither keeps
    the file of contacts nor takes the unexpected path: "disk is full", nothing left."""
    from sos_desktop.core.storage import outputs

    submit_signup(db, ANA, visit_id=visit_id)
    monkeypatch.setattr(outputs.os, "fdopen", _FullDisk)
    out = tmp_path / "crm.csv"
    with pytest.raises(ExportProblem, match="disk is full"):
        export_signups(db, out)
    monkeypatch.undo()
    assert list(tmp_path.iterdir()) == [tmp_path / "data"]
    assert not any((db.path.parent / PENDING).glob("*"))
    assert (_receipts(db), _marks(db)) == (0, 0)


def test_a_finished_export_leaves_no_pending_folder(db, visit_id, tmp_path):
    """Ensure an export leaves no empty pending-outputs/ behind, so a later start does not
    load the export code to settle nothing; one still under way keeps the folder."""
    submit_signup(db, ANA, visit_id=visit_id)
    export_signups(db, tmp_path / "crm.csv")
    assert not (db.path.parent / PENDING).exists()
    with staged_output(tmp_path / "a.pdf", tmp_path) as first:
        with staged_output(tmp_path / "b.pdf", tmp_path) as second:
            second.publish()
        assert (tmp_path / PENDING).is_dir()  # the first is still being written
        first.publish()
    assert not (tmp_path / PENDING).exists()
