"""The pseudo-locale, as Android and Chromium have one: every text of the app accented,
bracketed and about 30% longer ("Save" -> "[Šàṽé ~~]"), so a look at a screen or the tests
(tests/pseudo.py) show at once a text left out of translation (plain ASCII words) and a widget
that cuts a longer translation (no closing bracket).

    uv run python -m installer.pseudo FOLDER   # writes FOLDER/sos_qps.ts and sos_qps.qm

It is built from the source texts of the Spanish catalog (pyside6-lupdate's output, which
tests/test_translations.py keeps in step with the code) into a folder of the caller's, never
into resources/translations: it is not a language the app ships.
"""

from __future__ import annotations

import math
import re
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

from installer import translations

CODE = "qps"  # "pseudo" in the ISO 639 range kept for local use (qaa-qtz), as Windows does
_PLAIN = "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
_ACCENTED = "àƀçđéƒĝĥîĵķĺɱñöþǫŕšţûṽŵẋýžÀƁÇĐÉƑĜĤÎĴĶĹṀÑÖÞǪŔŠŢÛṼŴẊÝŽ"
_LETTERS = str.maketrans(_PLAIN, _ACCENTED)
# Kept as they are: placeholders ({path}, %n, argparse's %(prog)s and %s), markup and
# entities, addresses, and what a person types: `commands`, --options and the program's name.
_KEEP = re.compile(r"\{[^{}]*\}|%n|%\(\w+\)[sdr]|%[sdr%]|<[^>]*>|&[a-zA-Z]+;|&&|https?://\S+"
                   r"|`[^`]*`|--[a-z][\w-]*|sos-desktop")
_ENDINGS = re.compile(r"\((e?s)\)")


def pseudo_text(text: str) -> str:
    """`text` accented, in brackets, each line padded with "~" to about 130% of its length.
    Line breaks stay where they are, so a text built line by line still lines up."""
    if not text.strip():
        return text
    lines = text.split("\n")
    longer = [_accented(line) + (" " + "~" * max(1, math.ceil(len(line) * 0.3) - 1)
                                 if line.strip() else "") for line in lines]
    return f"[{chr(10).join(longer)}]"


def _accented(text: str) -> str:
    parts, last = [], 0
    for kept in _KEEP.finditer(text):
        parts.append(text[last:kept.start()].translate(_LETTERS))
        parts.append(kept.group())
        last = kept.end()
    parts.append(text[last:].translate(_LETTERS))
    return "".join(parts)


def counted(source: str, n_is_one: bool) -> str:
    """The English plural form of a `%n` text: "(s)" dropped for one, kept as "s" for more."""
    return _ENDINGS.sub("" if n_is_one else r"\1", source)


def write(folder: Path) -> Path:
    """Writes the pseudo-locale's catalog and its compiled .qm into `folder`; returns the .qm."""
    folder.mkdir(parents=True, exist_ok=True)
    tree = ET.parse(translations.TS)
    tree.getroot().set("language", "en")  # English plural rules: one form and other
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.clear()
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            translation.text = None
            for one in (True, False):
                form = ET.SubElement(translation, "numerusform")
                form.text = pseudo_text(counted(source, one))
        else:
            translation.text = pseudo_text(source)
    ts = folder / f"sos_{CODE}.ts"
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    qm = ts.with_suffix(".qm")
    translations.lrelease(ts, qm)
    return qm


if __name__ == "__main__":
    if len(sys.argv) != 2:
        print(__doc__, file=sys.stderr)
        raise SystemExit(2)
    print(write(Path(sys.argv[1])))
