"""Ensure core's messages are raised with their code and words/errors.py words every code."""

from __future__ import annotations

import errno

import pytest

from sos_desktop.core.messages import COUNTED as ENGLISH_COUNTED
from sos_desktop.core.messages import ENGLISH, Code, Message
from sos_desktop.words.errors import BY_FAILURES, COUNTED, TEXTS, in_our_words

# A value for each parameter a catalog text names, to word every code.
PARAMS = {"id": "abc", "key": "'k'", "count": 10, "organization": "'SEJ'", "file": "f.csv",
          "path": "/x/f", "folder": "/x", "detail": "boom", "backup": "/b", "kept": "/k",
          "reason": "why", "verdict": "bad page", "found": "r1", "expected": "r2",
          "name": "'Lab 3'", "fingerprint": "be12 07cd", "time": "2026-10-14 10:00",
          "date": "2026-10-14", "visit": "Hillhouse · BSU", "n": 2, "advice": "advice",
          "doing": "open"}


def test_every_code_has_english_and_a_translated_text():
    """Core's catalog and words/ cover the same codes; each text words/ marks for
    translation is core's English word for word (so a reworded core message fails here, not
    quietly in Spanish), and each has its Spanish."""
    from sos_desktop import i18n

    assert set(ENGLISH) | set(ENGLISH_COUNTED) == set(Code)
    assert set(TEXTS) | set(COUNTED) | BY_FAILURES == set(Code)
    assert {code: TEXTS[code] for code in TEXTS} == {code: ENGLISH[code] for code in TEXTS}
    for code in COUNTED:
        for n in (1, 2):
            message = code(**{**PARAMS, "n": n})
            assert COUNTED[code](n).format(**message.params) == str(message)
    i18n.set_language("es")
    untranslated = [code for code in TEXTS if i18n.tr(TEXTS[code]) == TEXTS[code]]
    untranslated += [code for code in COUNTED
                     if COUNTED[code](2).format(**PARAMS) == str(code(**PARAMS))]
    assert untranslated == []


def test_everyday_core_refusals_carry_their_code(db, tmp_path):
    """Core raises each refusal with its code and parameters; its text stays the English."""
    from sos_desktop.core.decks.deck import deck_kind
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.security import keys, keystore
    from sos_desktop.core.storage.atomic import describe_os_error
    from sos_desktop.core.surveys.store import latest_definition
    from sos_desktop.core.visits.store import get_visit

    def raised(raises) -> Message:
        with pytest.raises(SosError) as caught:
            raises()
        assert caught.value.message is not None
        assert str(caught.value) == str(caught.value.message)
        return caught.value.message

    assert raised(lambda: get_visit(db, "nosuch")) == Code.NO_VISIT(id="nosuch")
    assert raised(lambda: latest_definition(db, "nosuch")) == Code.NO_SURVEY(key="'nosuch'")
    assert raised(lambda: keystore.unlock(db, "x")).code is Code.WRONG_PASSPHRASE
    assert raised(lambda: keys.check_new_passphrase("short")) == Code.PASSPHRASE_TOO_SHORT(
        count=keys.PASSPHRASE_MIN)
    assert raised(lambda: keys.parse_recovery_key("ABCD")).code is Code.NOT_A_RECOVERY_KEY
    assert raised(lambda: deck_kind(tmp_path / "gone.pdf")) == Code.DECK_NOT_SHOWN(
        path=tmp_path / "gone.pdf", problem=Code.DECK_MISSING())
    assert raised(lambda: deck_kind(tmp_path)).params["problem"] == Code.DECK_IS_FOLDER()
    assert [describe_os_error(tmp_path / "x.csv", OSError(code, "")).code
            for code in (errno.ENOENT, errno.EACCES, errno.ENOSPC)] == [
        Code.WRITE_NO_FOLDER_DRIVE, Code.WRITE_NO_PERMISSION, Code.WRITE_DISK_FULL]


def test_a_code_is_worded_in_spanish_and_english_is_core_s(tmp_path):
    from sos_desktop import i18n
    from sos_desktop.core.errors import NotFound, SosError

    error = NotFound(Code.NO_VISIT(id="nosuch"))
    counted = Code.IMPORT_REJECTED(path="f.csv", n=1)
    nested = Code.BACKUP_UNREADABLE(path="b", reason=Code.WRITE_DISK_FULL(path="x"))
    i18n.set_language("es")
    assert in_our_words(error) == "no hay ninguna visita con id nosuch"
    assert in_our_words(counted) == "f.csv: 1 problema, no se importó nada"
    assert in_our_words(nested) == ("b no se puede restaurar: no se puede escribir x: el disco "
                                    "está lleno")
    assert in_our_words(SosError("no code: as core wrote it")) == "no code: as core wrote it"
    i18n.set_language("en")
    assert [in_our_words(e) for e in (error, counted, nested)] == [
        "no visit with id nosuch", "f.csv: 1 problem, nothing imported",
        "b cannot be restored: cannot write x: the disk is full"]


def test_restore_and_import_refusals_carry_their_code(db, tmp_path):
    from sos_desktop.core.backups.restore import check_backup
    from sos_desktop.core.errors import SosError
    from sos_desktop.core.imports.signups import import_signups
    from sos_desktop.core.visits.store import create_visit

    garbage = tmp_path / "garbage.sqlite3"
    garbage.write_text("not a database", encoding="utf-8")
    with pytest.raises(SosError) as gone:
        check_backup(tmp_path / "gone.sqlite3")
    with pytest.raises(SosError) as unreadable:
        check_backup(garbage)
    assert gone.value.message.code is Code.NO_BACKUP_FILE
    assert unreadable.value.message.code is Code.BACKUP_UNREADABLE
    assert unreadable.value.message.params["reason"].code is Code.FAILED_BECAUSE

    visit = create_visit(db, {"school": "Hillhouse", "group_name": "BSU",
                              "visit_date": "2026-10-14"})
    sheet = tmp_path / "sheet.csv"
    sheet.write_text("first_name,last_name,email,age_13_plus,email_consent\n"
                     "A,B,a@example.org,yes,yes\n", encoding="utf-8")
    import_signups(db, sheet, visit_id=visit)
    with pytest.raises(SosError) as twice:
        import_signups(db, sheet, visit_id=visit)
    assert twice.value.message.code is Code.ALREADY_IMPORTED_SIGNUPS
    assert twice.value.message.params["n"] == 1


def test_files_messages_are_worded_with_the_reasons_they_hold():
    """A file that cannot be read, a refused bundle record and a zip bomb: the outer message
    and the reason inside it are both worded from their codes."""
    from sos_desktop import i18n
    from sos_desktop.core.bundles.format import BrokenBundle
    from sos_desktop.core.paper.inputs import PaperInputError

    sheet = PaperInputError("a.pdf", Code.PAPER_PDF_PASSWORD())
    record = BrokenBundle("b.sosbundle", Code.BUNDLE_RECORD(
        table="signups", id="x", reason=Code.RECORD_NOT_YES_NO(field="sms_consent")))
    bomb = Code.ZIP_BOMB(what=Code.KIND_WORKBOOK(), path="c.xlsx", member="s.xml", ratio=300)
    i18n.set_language("es")
    assert in_our_words(sheet) == ("a.pdf no se puede leer: el PDF está protegido con "
                                   "contraseña; escanéalo otra vez sin contraseña")
    assert in_our_words(record) == ("paquete b.sosbundle: registro x de signups: sms_consent "
                                    "no es sí ni no; no se importó nada")
    assert in_our_words(bomb).startswith("el libro c.xlsx: s.xml se descomprime 300 veces")
    i18n.set_language("en")
    assert in_our_words(sheet) == str(sheet) == (
        "a.pdf cannot be read: the PDF is password-protected; scan it again without a password")
