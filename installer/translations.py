"""Keep the translations in step with the source (run from the repository root):

    uv run python -m installer.translations update          # new texts in; .qm rebuilt
    uv run python -m installer.translations fill FILE.yaml  # Spanish from a YAML map
    uv run python -m installer.translations missing         # texts still without Spanish

`update` runs `pyside6-lupdate` over the package (every `tr`, `kiosk.tr`, `QT_TR_NOOP`) into
each catalog, resources/translations/sos_<code>.ts for every language of
sos_desktop/languages.py but English (the source), keeping the translations already there and
dropping texts no longer in the source, then compiles sos_<code>.qm with `pyside6-lrelease`.
A language added there gets its new, empty catalog from `update`. `fill` and `missing` work on
the Spanish catalog (`fill --lang CODE FILE.yaml` and `missing CODE` on another's).
Both files are committed; tests/test_translations.py fails when either is behind the source.
The .ts can also be edited in Qt Linguist
(`uv run pyside6-linguist resources/translations/sos_es.ts`).

A YAML map for `fill` has the English text as key and the Spanish as value, or for a `%n` text
a list of the two Spanish forms (one, other):

    "Save": "Guardar"
    "%n sign-up(s)": ["%n inscripción", "%n inscripciones"]
"""

from __future__ import annotations

import subprocess
import sys
import xml.etree.ElementTree as ET
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
PACKAGE = ROOT / "sos_desktop"
FOLDER = ROOT / "resources" / "translations"
TS = FOLDER / "sos_es.ts"  # the Spanish catalog, the one `fill` and `missing` work on
QM = FOLDER / "sos_es.qm"
NOT_SCANNED = {PACKAGE / "i18n.py"}  # its tr() and translate() only pass texts through


def sources() -> list[Path]:
    """The Python files whose texts are translated: the whole package but core, which speaks
    in codes and data and leaves the words to the window and the command line."""
    files = [path for path in sorted(PACKAGE.rglob("*.py"))
             if path not in NOT_SCANNED and "core" not in path.relative_to(PACKAGE).parts]
    return files


def catalog(code: str, folder: Path = FOLDER) -> Path:
    """The .ts file that holds language `code`'s texts (its .qm is beside it)."""
    return folder / f"sos_{code}.ts"


def tool(name: str) -> str:
    return str(Path(sys.executable).with_name(name))


def lupdate(ts: Path, *, keep_obsolete: bool = False, language: str = "") -> None:
    """Bring `ts` in step with the source: stable (sorted, no line numbers) so diffs stay
    small and two branches' additions merge. `language` defaults to the one in the name
    sos_<code>.ts."""
    language = language or ts.stem.removeprefix("sos_")
    args = [tool("pyside6-lupdate"), "-silent", "-locations", "none", "-sort-messages",
            "-target-language", language]
    if not keep_obsolete:
        args.append("-no-obsolete")
    subprocess.run([*args, *map(str, sources()), "-ts", str(ts)], check=True)


def lrelease(ts: Path, qm: Path) -> None:
    subprocess.run([tool("pyside6-lrelease"), "-silent", "-removeidentical", str(ts),
                    "-qm", str(qm)], check=True)


def messages(ts: Path):  # -> iterator of (context name, message element)
    for context in ET.parse(ts).getroot().iter("context"):
        name = context.findtext("name") or ""
        for message in context.iter("message"):
            yield name, message


def missing(ts: Path) -> list[str]:
    """Each text without a finished translation, as `context: source`."""
    found = []
    for context, message in messages(ts):
        translation = message.find("translation")
        forms = [] if translation is None else (
            [f.text or "" for f in translation.iter("numerusform")] or [translation.text or ""])
        unfinished = translation is None or translation.get("type") == "unfinished"
        if unfinished or not all(form.strip() for form in forms):
            found.append(f"{context or '(app)'}: {message.findtext('source')}")
    return found


def fill(ts: Path, table: dict[str, str | list[str]]) -> int:
    """Write `table`'s translations into `ts` (every context); returns how many were filled."""
    tree = ET.parse(ts)
    filled = 0
    for message in tree.getroot().iter("message"):
        source = message.findtext("source") or ""
        if source not in table:
            continue
        value = table[source]
        translation = message.find("translation")
        if translation is None:
            translation = ET.SubElement(message, "translation")
        translation.attrib.pop("type", None)
        for child in list(translation):
            translation.remove(child)
        if message.get("numerus") == "yes":
            forms = value if isinstance(value, list) else [value, value]
            translation.text = None
            for form in forms:
                ET.SubElement(translation, "numerusform").text = form
        else:
            translation.text = value if isinstance(value, str) else value[-1]
        filled += 1
    tree.write(ts, encoding="utf-8", xml_declaration=True)
    return filled


def main(argv: list[str]) -> int:
    from sos_desktop import languages

    command = argv[0] if argv else "update"
    args = argv[1:]
    code = "es"
    if args[:1] == ["--lang"] and len(args) >= 2:
        code, args = args[1], args[2:]
    FOLDER.mkdir(parents=True, exist_ok=True)
    if command == "fill":
        import yaml

        for name in args:
            lupdate(catalog(code))
            table = yaml.safe_load(Path(name).read_text(encoding="utf-8")) or {}
            print(f"{name}: {fill(catalog(code), table)} translations written")
        command = "update"
    if command == "update":
        for each in languages.translated():
            ts = catalog(each)
            lupdate(ts)  # also normalises what fill wrote
            lrelease(ts, ts.with_suffix(".qm"))
            left = missing(ts)
            print(f"{ts.relative_to(ROOT)}: {len(left)} texts without {languages.name(each)}")
        return 0
    if command == "missing":
        print("\n".join(missing(catalog(args[0] if args else code))))
        return 0
    print(__doc__, file=sys.stderr)
    return 2

if __name__ == "__main__":
    raise SystemExit(main(sys.argv[1:]))
