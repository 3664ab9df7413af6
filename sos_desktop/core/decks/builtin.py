"""Where the built-in SOS classroom deck lives, from a checkout or an installed wheel."""

from __future__ import annotations

from pathlib import Path

BUILTIN_DECK_NAME = "sos-classroom.md"


def resources_dir() -> Path:
    # Checkout: <repo>/resources; wheel: the build force-includes it as sos_desktop/resources.
    here = Path(__file__).resolve()
    for candidate in (here.parents[3] / "resources", here.parents[2] / "resources"):
        if (candidate / "decks").is_dir():
            return candidate
    return here.parents[2] / "resources"


def builtin_deck_path() -> Path:
    """The Markdown deck shown when a visit has no deck of its own."""
    return resources_dir() / "decks" / BUILTIN_DECK_NAME
