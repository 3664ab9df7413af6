"""Where each visit's talk stopped, so that F5 after an Esc (a clicker's slideshow button sends
Esc, then F5) picks the class up at the same slide and time instead of at slide 1.

Kept for as long as the app runs: the next day's talk of the same visit is rare, and Shift+F5
(or the console's "start from the beginning") is always there."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class TalkPlace:
    deck: str  # the deck it was on: another deck starts from its first slide
    index: int
    elapsed: float  # seconds on the talk's clock


_places: dict[str, TalkPlace] = {}


def remember(visit_id: str, place: TalkPlace) -> None:
    _places[visit_id] = place


def place_for(visit_id: str, deck: str) -> TalkPlace | None:
    place = _places.get(visit_id)
    return place if place is not None and place.deck == deck else None


def forget(visit_id: str) -> None:
    _places.pop(visit_id, None)
