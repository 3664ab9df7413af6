"""Injectable clocks: tests pass their own instead of patching time."""

from __future__ import annotations

import time
from collections.abc import Callable
from datetime import UTC, datetime

UtcClock = Callable[[], datetime]
MonotonicClock = Callable[[], float]


def utc_now() -> datetime:
    """Naive UTC (SQLite stores no zone); every timestamp in the database is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


monotonic: MonotonicClock = time.monotonic
