"""Ensure words/failures.py words core's failed operations by their cause."""

from __future__ import annotations


def test_core_failure_lines_are_recognised_and_english_is_core_s_own(tmp_path):
    """words/failures.py rewrites core's `describe` lines; its English advice is core's
    ADVICE word for word, and every verb core passes to `describe` is known."""
    import sqlite3

    from sos_desktop import i18n
    from sos_desktop.core import failures
    from sos_desktop.words.failures import advice, described

    assert {cause: advice(cause) for cause in failures.ADVICE} == failures.ADVICE
    full = sqlite3.OperationalError("database or disk is full")
    vague = RuntimeError("boom")
    i18n.set_language("es")
    for doing in ("open", "read", "write", "set up", "restore", "use", "write the backup",
                  "create the data folder for", "run `visit list` on"):
        line = described(failures.describe(full, tmp_path / "x.sqlite3", doing))
        assert line is not None and line.startswith("no se pudo "), doing
        assert line.endswith(": el disco está lleno: libera espacio (vacía la papelera, borra "
                             "archivos grandes) y vuelve a intentarlo (database or disk is "
                             "full)"), line
    assert described(failures.describe(vague, tmp_path / "x.sqlite3", "open")) == (
        f"no se pudo abrir {tmp_path / 'x.sqlite3'}: boom")
