"""Markdown decks: slides split on `---` lines, notes after `Note:`, kiosk markers, slide kinds."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

from sos_desktop.core.errors import DeckError
from sos_desktop.core.messages import Code

SEPARATOR = re.compile(r"^\s*(---|\*\*\*|___)\s*$")
NOTE_LINE = re.compile(r"^\s*notes?:\s?(.*)$", re.IGNORECASE)
FENCE = re.compile(r"^\s*(```|~~~)")
MARKER = re.compile(r"<!--\s*sos:(\w+)\s*-->", re.IGNORECASE)
COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
IMAGE = re.compile(r"!\[([^\]]*)\]\(\s*<?([^)>\s]+)>?(?:\s+\"[^\"]*\")?\s*\)")
LIST_ITEM = re.compile(r"^\s*([-*+]|\d+[.)])\s+")
ACTIONS = ("survey", "results")


@dataclass(frozen=True)
class Slide:
    """One slide. `body` is Markdown without the title heading, notes or markers."""

    index: int
    kind: str  # title | heading | list | quote | image | text | pdf
    title: str = ""
    body: str = ""
    notes: str = ""
    action: str | None = None  # 'survey' | 'results' | None: a hook for the kiosk
    images: tuple[Path, ...] = ()
    missing_images: tuple[str, ...] = field(default=())


def _split(text: str) -> list[list[str]]:
    chunks: list[list[str]] = [[]]
    fenced = False
    for line in text.splitlines():
        if FENCE.match(line):
            fenced = not fenced
        if not fenced and SEPARATOR.match(line):
            chunks.append([])
        else:
            chunks[-1].append(line)
    return chunks


def _kind(index: int, level: int, body_lines: list[str], images: list[str]) -> str:
    content = [line for line in body_lines if line.strip()]
    if images:
        return "image"
    if not content:
        return "title" if level == 1 or index == 0 else "heading"
    if level == 1 and len(content) <= 2 and not any(LIST_ITEM.match(x) for x in content):
        return "title"  # a big title with a subtitle line or two
    if all(line.lstrip().startswith(">") for line in content):
        return "quote"
    if sum(bool(LIST_ITEM.match(line)) for line in content) >= len(content) / 2:
        return "list"
    return "text"


def parse_slide(index: int, lines: list[str], base_dir: Path) -> Slide | None:
    """Build one slide from its lines; None for a chunk with nothing to show and no notes."""
    notes: list[str] = []
    content: list[str] = []
    target = content
    text = "\n".join(lines)
    actions = [m.group(1).lower() for m in MARKER.finditer(text)]
    action = next((a for a in actions if a in ACTIONS), None)
    # Comments (markers included) never reach the slide: Qt would print some of them.
    for line in COMMENT.sub("", text).splitlines():
        match = NOTE_LINE.match(line) if target is content else None
        if match:
            target = notes
            line = match.group(1)
        target.append(line)
    title, level, body = "", 0, list(content)
    for i, line in enumerate(content):
        if not line.strip():
            continue
        heading = HEADING.match(line)
        if heading:
            level, title = len(heading.group(1)), heading.group(2)
            body = content[:i] + content[i + 1:]
        break
    image_refs = IMAGE.findall("\n".join(body))
    images, missing = [], []
    for _alt, ref in image_refs:
        path = (base_dir / ref).resolve()
        if path.is_file():
            images.append(path)
        else:
            missing.append(ref)
    body_text = "\n".join(body).strip()
    if not title and not body_text and action is None:
        return None
    return Slide(
        index=index,
        kind=_kind(index, level, body, [r for _a, r in image_refs]),
        title=title,
        body=body_text,
        notes="\n".join(notes).strip(),
        action=action,
        images=tuple(images),
        missing_images=tuple(missing),
    )


def parse_markdown_deck(text: str, base_dir: Path) -> list[Slide]:
    """All slides of a Markdown deck, in order, numbered from 0."""
    slides: list[Slide] = []
    for chunk in _split(text):
        slide = parse_slide(len(slides), chunk, base_dir)
        if slide is not None:
            slides.append(slide)
    return slides


def read_text(path: Path) -> str:
    """A deck or notes file as text, or a DeckError saying why it cannot be read."""
    try:
        data = path.read_bytes()
    except FileNotFoundError:
        raise DeckError(path, Code.DECK_MISSING()) from None
    except IsADirectoryError:
        raise DeckError(path, Code.DECK_IS_FOLDER()) from None
    except OSError as exc:
        raise DeckError(path, Code.DECK_UNREADABLE(detail=exc.strerror)) from None
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise DeckError(path, Code.DECK_NOT_UTF8(at=exc.start)) from None


def load_markdown_slides(path: Path) -> list[Slide]:
    slides = parse_markdown_deck(read_text(path), path.parent)
    if not slides:
        raise DeckError(path, Code.DECK_NO_SLIDES())
    return slides
