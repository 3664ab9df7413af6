"""Markdown decks: slide splitting, notes, kinds, images, kiosk markers and clear errors."""

import pytest

from sos_desktop.core.decks import DeckError, deck_kind, load_markdown_deck, parse_markdown_deck

DECK = """# Students Over SROs

A subtitle line

Note:
Say hello.
Two lines of notes.

---

## A list

- one
- two
- three

---

> A quote to read slowly.

---

## Survey time
<!-- sos:survey -->

Take turns at the laptop.

---

## Code keeps its rule

```
---
```

---

# Section

---

## Picture

![teams](img/teams.png)

Caption under it
"""


def test_slides_split_on_rules_with_notes_after_note_line(tmp_path):
    """Ensure slides split on `---` and everything after `Note:` becomes notes."""
    slides = parse_markdown_deck(DECK, tmp_path)
    assert len(slides) == 7
    assert slides[0].title == "Students Over SROs"
    assert slides[0].notes == "Say hello.\nTwo lines of notes."
    assert "Say hello" not in slides[0].body
    assert [s.index for s in slides] == list(range(7))


def test_slide_kinds_follow_content(tmp_path):
    """Ensure title, list, quote, heading and image slides are told apart."""
    kinds = [s.kind for s in parse_markdown_deck(DECK, tmp_path)]
    assert kinds == ["title", "list", "quote", "text", "text", "title", "image"]
    assert parse_markdown_deck("## Part two\n\nNote: say it", tmp_path)[0].kind == "title"
    assert parse_markdown_deck("# Intro\n---\n## Part two", tmp_path)[1].kind == "heading"


def test_fenced_rule_does_not_split(tmp_path):
    """Ensure a `---` inside a code fence stays in its slide."""
    slide = parse_markdown_deck(DECK, tmp_path)[4]
    assert "```\n---\n```" in slide.body


def test_survey_marker_sets_action_and_is_hidden(tmp_path):
    """Ensure `<!-- sos:survey -->` becomes slide.action and never reaches the slide text."""
    slides = parse_markdown_deck(DECK + "\n---\n\n## Results\n<!-- sos:results -->\n", tmp_path)
    assert slides[3].action == "survey"
    assert "sos:" not in slides[3].body
    assert slides[-1].action == "results"
    assert slides[0].action is None


def test_images_resolve_relative_to_the_deck(tmp_path):
    """Ensure image paths are relative to the deck file and missing ones become warnings."""
    deck_file = tmp_path / "talk.md"
    deck_file.write_text(DECK, encoding="utf-8")
    deck = load_markdown_deck(deck_file)
    assert deck.slides[6].images == ()
    assert "img/teams.png" in deck.warnings[0]
    (tmp_path / "img").mkdir()
    (tmp_path / "img" / "teams.png").write_bytes(b"\x89PNG")
    deck = load_markdown_deck(deck_file)
    assert deck.slides[6].images == ((tmp_path / "img" / "teams.png").resolve(),)
    assert deck.warnings == ()


def test_empty_deck_is_a_clear_error(tmp_path):
    """Ensure a deck with only separators names the file and says it has no slides."""
    path = tmp_path / "empty.md"
    path.write_text("\n---\n\n---\n", encoding="utf-8")
    with pytest.raises(DeckError, match=r"empty\.md.*no slides"):
        load_markdown_deck(path)


def test_not_utf8_is_a_clear_error(tmp_path):
    """Ensure a deck in another encoding gets a message, not a traceback."""
    path = tmp_path / "latin.md"
    path.write_bytes("# Café\n".encode("latin-1"))
    with pytest.raises(DeckError, match="not UTF-8"):
        load_markdown_deck(path)


@pytest.mark.parametrize(
    ("name", "content", "problem"),
    [
        ("missing.pdf", None, "does not exist"),
        ("empty.pdf", b"", "empty"),
        ("renamed.pdf", b"PK\x03\x04 a zip file", "not a PDF"),
        ("slides.key", b"keynote", "not supported"),
    ],
)
def test_deck_kind_rejects_bad_files(tmp_path, name, content, problem):
    """Ensure missing, empty, renamed and unsupported decks are refused with the reason."""
    path = tmp_path / name
    if content is not None:
        path.write_bytes(content)
    with pytest.raises(DeckError, match=problem) as info:
        deck_kind(path)
    assert name in str(info.value)
