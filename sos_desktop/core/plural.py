"""English counts with the right noun form: "1 sign-up", "2 sign-ups" (never "sign-up(s)")."""

from __future__ import annotations


def plural(n: int, one: str, other: str) -> str:
    return f"{n} {one if n == 1 else other}"
