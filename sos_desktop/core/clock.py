"""Injectable clocks: tests pass their own instead of patching time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime

UtcClock = Callable[[], datetime]


def utc_now() -> datetime:
    """Naive UTC (SQLite stores no zone); every timestamp in the database is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)



def db_stamp(moment: datetime) -> str:
    """The text form SQLAlchemy's SQLite DateTime uses, so raw and ORM reads agree."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")
