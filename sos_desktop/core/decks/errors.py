"""Deck errors: one message naming the file and what is wrong with it."""

from __future__ import annotations

from pathlib import Path

from sos_desktop.core.errors import SosError


class DeckError(SosError):
    """A deck cannot be shown; the message says which file and why, in plain words."""

    def __init__(self, path: Path | str, problem: str) -> None:
        self.path = Path(path)
        self.problem = problem
        super().__init__(f"The deck {self.path} cannot be shown: {problem}")
