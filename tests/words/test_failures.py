"""Ensure words/failures.py words core's failed operations by their verb and cause."""

from __future__ import annotations


def test_core_failures_are_coded_and_worded_from_their_cause(tmp_path):
    """`describe` names the verb and the cause as codes; words/failures.py's English advice
    is core's ADVICE word for word, and every verb has its Spanish."""
    import sqlite3

    from sos_desktop import i18n
    from sos_desktop.core.messages import Code
    from sos_desktop.core.storage import failures
    from sos_desktop.words.errors import in_our_words
    from sos_desktop.words.failures import advice

    assert {cause: advice(cause) for cause in failures.ADVICE} == failures.ADVICE
    full = sqlite3.OperationalError("database or disk is full")
    message = failures.describe(full, tmp_path / "x.sqlite3", failures.Doing.OPEN)
    assert message.code is Code.FAILED_BECAUSE and message.params["cause"] == failures.DISK_FULL
    vague = failures.describe(RuntimeError("boom"), tmp_path / "x.sqlite3", failures.Doing.OPEN)
    assert vague.code is Code.FAILED
    i18n.set_language("es")
    for doing in failures.Doing:
        line = in_our_words(failures.describe(full, tmp_path / "x.sqlite3", doing))
        assert line.startswith("no se pudo "), doing
        assert line.endswith(": el disco está lleno: libera espacio (vacía la papelera, borra "
                             "archivos grandes) y vuelve a intentarlo (database or disk is "
                             "full)"), line
    assert in_our_words(vague) == f"no se pudo abrir {tmp_path / 'x.sqlite3'}: boom"
    i18n.set_language("en")
    assert in_our_words(vague) == f"could not open {tmp_path / 'x.sqlite3'}: boom"
