"""Idle reset: after `idle_after` seconds without input a countdown shows, then the form resets."""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from enum import Enum


class IdleState(Enum):
    ACTIVE = "active"
    WARNING = "warning"
    EXPIRED = "expired"


@dataclass(frozen=True)
class IdleStatus:
    state: IdleState
    seconds_left: int = 0


class IdleWatch:
    def __init__(
        self,
        idle_after: float = 90.0,
        countdown: float = 15.0,
        clock: Callable[[], float] = time.monotonic,
    ) -> None:
        self.idle_after = idle_after
        self.countdown = countdown
        self._clock = clock
        self._last = clock()

    def touch(self) -> None:
        self._last = self._clock()

    def quiet_for(self) -> float:
        return self._clock() - self._last

    def status(self) -> IdleStatus:
        quiet = self.quiet_for()
        if quiet < self.idle_after:
            return IdleStatus(IdleState.ACTIVE)
        left = self.idle_after + self.countdown - quiet
        if left > 0:
            return IdleStatus(IdleState.WARNING, int(left + 0.999))
        return IdleStatus(IdleState.EXPIRED)
