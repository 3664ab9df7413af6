"""Ensure words/errors.py recognises core's everyday refusals by their real wording."""

from __future__ import annotations

import errno

import pytest


def test_everyday_core_refusals_are_translated_from_core_s_own_messages(db, tmp_path):
    """words/errors.py recognises core's English by pattern: each pattern is checked
    here against the message core really raises, so a reworded core message fails this test
    instead of quietly showing English."""
    from sos_desktop import i18n
    from sos_desktop.core.atomic import describe_os_error
    from sos_desktop.core.decks.deck import deck_kind
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.security import keys, keystore
    from sos_desktop.core.surveys.store import latest_definition
    from sos_desktop.core.visits import get_visit
    from sos_desktop.words.errors import in_our_words

    def message(raises) -> str:
        with pytest.raises(SosError) as caught:
            raises()
        return str(caught.value)

    found = [
        message(lambda: get_visit(db, "nosuch")),
        message(lambda: latest_definition(db, "nosuch")),
        message(lambda: keystore.unlock(db, "not the passphrase")),
        message(lambda: keys.check_new_passphrase("short")),
        message(lambda: keys.parse_recovery_key("ABCD")),
        message(lambda: deck_kind(tmp_path / "gone.pdf")),
        message(lambda: deck_kind(tmp_path)),
        *(describe_os_error(tmp_path / "x.csv", OSError(code, "")) for code in
          (errno.ENOENT, errno.EACCES, errno.ENOSPC)),
    ]
    i18n.set_language("es")
    spanish = [in_our_words(text) for text in found]
    assert spanish == [
        "no hay ninguna visita con id nosuch",
        "no hay ninguna encuesta con clave 'nosuch'; consulta `sos-desktop survey list`",
        "frase de contraseña incorrecta",
        "la frase de contraseña necesita al menos 10 caracteres (unas cuantas palabras son "
        "fáciles de recordar y difíciles de adivinar)",
        "eso no es una clave de recuperación (tiene 13 grupos de 4 letras y números, como "
        "ABCD-EFGH-…)",
        f"No se puede mostrar la presentación {tmp_path / 'gone.pdf'}: el archivo no existe",
        f"No se puede mostrar la presentación {tmp_path}: es una carpeta, no un archivo",
        f"no se puede escribir {tmp_path / 'x.csv'}: la carpeta {tmp_path} no existe "
        "(¿se desconectó la unidad?)",
        f"no se puede escribir {tmp_path / 'x.csv'}: no hay permiso para escribir en {tmp_path}",
        f"no se puede escribir {tmp_path / 'x.csv'}: el disco está lleno",
    ]
    i18n.set_language("en")
    assert [in_our_words(text) for text in found] == found
