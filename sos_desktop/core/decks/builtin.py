"""Where the built-in SOS classroom deck lives, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.paths import resources_dir

BUILTIN_DECK_NAME = "sos-classroom.md"


def builtin_deck_path() -> Path:
    """The Markdown deck shown when a visit has no deck of its own."""
    return resources_dir() / "decks" / BUILTIN_DECK_NAME
