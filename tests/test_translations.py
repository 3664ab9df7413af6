"""Ensure the Spanish interface is whole: every text in the source has a finished Spanish
translation with the same placeholders, and the committed .ts and .qm are not behind the
source (installer/translations.py brings them in step)."""

from __future__ import annotations

import re
import shutil

import pytest

from installer import translations
from sos_desktop import i18n

FIX = "run `uv run python -m installer.translations update` and translate what it lists"
FIELD = re.compile(r"\{[A-Za-z_][A-Za-z0-9_]*(?:[:!][^}]*)?\}|%n|%\d")
TAG = re.compile(r"</?[a-zA-Z][^>]*>")
MNEMONIC = re.compile(r"(?<!&)&(?!&)(?=\w)")


def _key(context: str, message) -> tuple[str, str, str, bool]:
    return (context, message.findtext("source") or "", message.findtext("comment") or "",
            message.get("numerus") == "yes")


def _forms(message) -> list[str]:
    translation = message.find("translation")
    if translation is None:
        return []
    return [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""]


def test_ts_has_every_text_in_the_source(tmp_path):
    """A text added to the source without `update` would show in English."""
    fresh = tmp_path / "sos_es.ts"
    shutil.copy(translations.TS, fresh)
    translations.lupdate(fresh)
    committed = {_key(c, m) for c, m in translations.messages(translations.TS)}
    current = {_key(c, m) for c, m in translations.messages(fresh)}
    assert sorted(current - committed) == [], FIX
    assert sorted(committed - current) == [], FIX + " (these texts left the source)"


def test_every_text_has_a_finished_spanish_translation():
    assert translations.missing(translations.TS) == [], FIX


def test_translations_keep_the_placeholders_markup_and_shortcut_keys():
    """`{path}` missing from a translation would drop the file's name; an extra one would
    raise KeyError when formatted; a lost `&` loses the Alt+key shortcut."""
    wrong = []
    for context, message in translations.messages(translations.TS):
        source = message.findtext("source") or ""
        numerus = message.get("numerus") == "yes"
        for form in filter(None, _forms(message)):
            if _fields(form, numerus) != _fields(source, numerus):
                wrong.append(f"{context}: {source!r} -> {form!r} (placeholders)")
            elif sorted(TAG.findall(form)) != sorted(TAG.findall(source)):
                wrong.append(f"{context}: {source!r} -> {form!r} (markup)")
            elif bool(MNEMONIC.search(form)) != bool(MNEMONIC.search(source)):
                wrong.append(f"{context}: {source!r} -> {form!r} (& shortcut)")
    assert wrong == []


def _fields(text: str, numerus: bool) -> set[str]:
    """A count's singular may say "una" instead of %n, so %n is not compared there."""
    found = set(FIELD.findall(text))
    return found - {"%n"} if numerus else found


def test_numerus_texts_have_both_spanish_forms():
    wrong = [f"{c}: {m.findtext('source')}" for c, m in translations.messages(translations.TS)
             if m.get("numerus") == "yes" and len([f for f in _forms(m) if f.strip()]) != 2]
    assert wrong == []


def test_committed_qm_is_compiled_from_the_committed_ts(tmp_path):
    fresh = tmp_path / "sos_es.qm"
    translations.lrelease(translations.TS, fresh)
    assert fresh.read_bytes() == translations.QM.read_bytes(), FIX


@pytest.mark.parametrize(("n", "expected"), [(0, "0 sign-ups, 0 matches"),
                                              (1, "1 sign-up, 1 match"),
                                              (2, "2 sign-ups, 2 matches")])
def test_english_counts_drop_the_brackets(n, expected):
    assert i18n.translate("en", "", "%n sign-up(s), %n match(es)", None, n) == expected


def test_english_source_of_every_count_reads_as_english():
    """No English count shows "(s)" or a bare %n."""
    for _context, message in translations.messages(translations.TS):
        if message.get("numerus") == "yes":
            for n in (1, 2):
                text = i18n.translate("en", "", message.findtext("source") or "", None, n)
                assert "(" + "s)" not in text and "%n" not in text, text


def test_spanish_is_found_for_a_known_text():
    """The .qm loads from resources/ and Spanish comes back (any translated text will do)."""
    for context, message in translations.messages(translations.TS):
        if message.get("numerus") != "yes" and _forms(message)[0] != message.findtext("source"):
            source = message.findtext("source") or ""
            comment = message.findtext("comment") or None
            assert i18n.translate("es", context, source, comment) == _forms(message)[0]
            return
    pytest.skip("no text translated yet")


def test_system_locale_chooses_spanish_or_falls_back_to_english():
    assert i18n.system_language("es_US") == "es"
    assert i18n.system_language("es-MX") == "es"
    assert i18n.system_language("fr_FR") == "en"
    assert i18n.system_language("") == "en"
    assert i18n.chosen_language("", "es_PR") == "es"
    assert i18n.chosen_language("en", "es_PR") == "en"
    assert i18n.chosen_language("es", "en_US") == "es"


def test_command_line_locale_comes_from_the_posix_variables(monkeypatch):
    monkeypatch.delenv("LC_ALL", raising=False)
    monkeypatch.delenv("LC_MESSAGES", raising=False)
    monkeypatch.setenv("LANG", "es_US.UTF-8")
    assert i18n.system_language() == "es"
    monkeypatch.setenv("LC_ALL", "C.UTF-8")
    assert i18n.system_language() == "en"
