"""A stored survey definition as list_surveys gives it.

Its own module: the window's first paint reads the surveys' titles without listing them
(store.stored_titles), and a dataclass compiles its methods when it is defined (~4 M
instructions, 2% of what the window's start does above a bare Qt window's).
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class StoredSurvey:
    """A stored survey definition: its key, version, title and languages."""

    id: str
    key: str
    version: int
    title: str
    languages: tuple[str, ...]
    content_hash: str
