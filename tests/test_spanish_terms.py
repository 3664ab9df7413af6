"""Ensure one English thing has one Spanish word across every screen: the whole-app review in
Spanish found "laptop" on the guide and the passphrase dialog but "computadora" in the menus,
"combinar" datos beside the menu's "Fusionar", and "frase de contraseña del organizador/a"
beside "PIN de organizador/a" and "frase de contraseña de organizador/a"."""

from __future__ import annotations

import re

import pytest

from installer import translations

# (a Spanish wording to avoid, the one the rest of the interface uses)
AVOID = [
    (r"\blaptops?\b", "computadora"),
    (r"\bcombinar\b", "fusionar"),
    (r"contraseña del organizador/a", "frase de contraseña de organizador/a"),
    (r"\bpresenta una presentación\b", "muestra una presentación"),
]


def _spanish_texts() -> list[str]:
    texts = []
    for _context, message in translations.messages(translations.TS):
        translation = message.find("translation")
        if translation is not None:
            texts += [f.text or "" for f in translation.iter("numerusform")]
            texts.append(translation.text or "")
    return texts


@pytest.mark.parametrize(("avoid", "use"), AVOID)
def test_spanish_uses_one_word_for_one_thing(avoid, use):
    found = [text for text in _spanish_texts() if re.search(avoid, text, re.IGNORECASE)]
    assert found == [], f"write {use!r}"
