"""The app's error types: each message names what is wrong and where.

Everything a person may see derives from SosError. Validation problems (Problem, InvalidInput)
and deck errors live here too; only the survey file checker keeps its own (surveys/problems.py),
because its problems carry sheet/row/column locations for highlighting, not just a message.
"""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core.messages import Code, Message


class SosError(Exception):
    """Base for errors with a message fit for the window or one stderr line. Raised with a
    Message (core/messages.py), its text is the Message's English and `message` keeps the
    code and parameters for front ends that word it in another language; raised with a
    plain string, `message` is None and the string is shown as it is."""

    def __init__(self, message: str | Message = "") -> None:
        super().__init__(str(message))
        self.message: Message | None = message if isinstance(message, Message) else None


class DatabaseProblem(SosError):
    """The database file cannot be used (damaged, unreadable, newer, not ours)."""


class NotFound(SosError):
    pass


class ExportProblem(SosError):
    """An export could not be written; nothing was changed."""


@dataclass(frozen=True)
class Problem:
    """A validation problem: names the field, the value and the reason."""

    field: str
    value: str
    reason: str  # English, for messages and logs
    code: str = ""  # stable name of the rule broken, for front ends that translate
    # The code's parameters (a "too_long" limit, a "bad_email" detail), so front ends word it
    # without reading `reason` back.
    params: Mapping[str, object] = dataclasses.field(default_factory=dict,
                                                               compare=False)

    def __str__(self) -> str:
        shown = self.value if len(self.value) <= 40 else self.value[:37] + "..."
        return f"{self.field}: {self.reason}" + (f" (got {shown!r})" if shown else "")


class InvalidInput(SosError):
    def __init__(self, problems: list[Problem]) -> None:
        self.problems = problems
        super().__init__("; ".join(str(p) for p in problems))


class DeckError(SosError):
    """A deck cannot be shown; the message says which file and why, in plain words."""

    def __init__(self, path: Path | str, reason: Message | str) -> None:
        """`reason`: why, one of core/messages.py's DECK_ codes (`problem`: its English), or a
        text the window's PDF renderer worded itself."""
        self.path = Path(path)
        self.reason = reason
        self.problem = str(reason)
        super().__init__(Code.DECK_NOT_SHOWN(path=self.path, problem=reason))


class SealingNeedsKeys(DatabaseProblem):
    """An older database holds sign-ups in plain text; sealing them needs the organizer's key."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(Code.PLAIN_SIGNUPS(n=count))
