"""Ensure guessable passphrases are refused with zxcvbn's reasons as codes, strong ones pass,
and every sentence zxcvbn can give has a code and a translatable text."""

from __future__ import annotations

import ast
from pathlib import Path

import pytest

from sos_desktop.core.security import keys
from sos_desktop.core.security.strength import (
    SUGGESTIONS,
    WARNINGS,
    WeakPassphrase,
    check_strength,
    weakness,
)
from sos_desktop.words import passphrases


@pytest.mark.parametrize(("passphrase", "warning"), [
    ("1234567890", "top_100"),
    ("password12", "very_common"),
    ("qwertyuiop12", "like_common"),
    ("abcdefghijkl", "sequences"),
])
def test_guessable_passphrases_are_refused_with_why_and_what_would_do(passphrase, warning):
    found = weakness(passphrase)
    assert found is not None and found.warning == warning and found.suggestions
    with pytest.raises(WeakPassphrase):
        keys.check_new_passphrase(passphrase)


def test_the_campaign_own_words_count_as_guessable():
    """Ensure 'students over sros' (the campaign's name) is not a passphrase."""
    assert weakness("students over sros") is not None
    assert weakness("studentsoversros2026") is not None


@pytest.mark.parametrize("passphrase", ["correct horse battery staple",
                                        "purple monkey dishwasher", "pizza on fridays"])
def test_a_few_uncommon_words_pass(passphrase):
    check_strength(passphrase)
    keys.check_new_passphrase(passphrase)


def test_every_zxcvbn_sentence_has_a_code_and_a_text():
    """Ensure a new zxcvbn sentence cannot reach the organizer untranslated."""
    import zxcvbn.feedback

    tree = ast.parse(Path(zxcvbn.feedback.__file__).read_text(encoding="utf-8"))
    said = {node.args[0].value for node in ast.walk(tree)
            if isinstance(node, ast.Call) and getattr(node.func, "id", "") == "_"
            and isinstance(node.args[0], ast.Constant)}
    assert said and said <= WARNINGS.keys() | SUGGESTIONS.keys()
    assert set(WARNINGS.values()) | {"guessable"} == passphrases.WARNINGS.keys()
    assert set(SUGGESTIONS.values()) == passphrases.SUGGESTIONS.keys()
