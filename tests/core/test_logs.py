"""The error log: rotating, user-only, and scrubbed."""

from __future__ import annotations

import stat
import sys

import pytest

from sos_desktop.core import logs


def test_log_rotates_and_keeps_a_bounded_number_of_files(monkeypatch):
    """Ensure many errors leave at most the log and KEEP older files, each near MAX_BYTES."""
    monkeypatch.setattr(logs, "MAX_BYTES", 4000)
    for n in range(200):
        try:
            raise RuntimeError(f"failure number {n}")
        except RuntimeError as exc:
            logs.log_error("a test", exc)
    files = sorted(logs.log_dir().iterdir())
    assert len(files) == logs.KEEP + 1
    assert all(f.stat().st_size <= 4000 + 2000 for f in files)


@pytest.mark.skipif(sys.platform == "win32", reason="POSIX permissions")
def test_log_folder_and_file_are_user_only():
    try:
        raise RuntimeError("x")
    except RuntimeError as exc:
        path = logs.log_error("a test", exc)
    assert stat.S_IMODE(path.stat().st_mode) == 0o600
    assert stat.S_IMODE(path.parent.stat().st_mode) == 0o700


def test_scrub_keeps_traceback_places_and_hides_values():
    """Ensure source places (`File "…", line 1234`) survive and values do not."""
    text = ('  File "/app/sos_desktop/core/x.py", line 1234, in f\n'
            "ValueError: bad 'Ana' ana@example.org 2035550142 pin 4829 line 77")
    out = logs.scrub(text)
    assert 'File "/app/sos_desktop/core/x.py", line 1234, in f' in out
    for secret in ("Ana", "ana@example.org", "2035550142", "4829"):
        assert secret not in out
    assert "line 77" in out
