"""Validation problems: each names the field, the value and the reason."""

from __future__ import annotations

from dataclasses import dataclass

from sos_desktop.core.errors import SosError


@dataclass(frozen=True)
class Problem:
    field: str
    value: str
    reason: str  # English, for messages and logs
    code: str = ""  # stable name of the rule broken, for front ends that translate

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        return f"{self.field}: {self.reason}" + (f" (got {shown!r})" if shown else "")


class InvalidInput(SosError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))
