"""Injectable clocks: tests pass their own instead of patching time."""

from __future__ import annotations

from collections.abc import Callable
from datetime import UTC, datetime, tzinfo

UtcClock = Callable[[], datetime]


def utc_now() -> datetime:
    """Naive UTC (SQLite stores no zone); every timestamp in the database is UTC."""
    return datetime.now(UTC).replace(tzinfo=None)


def db_stamp(moment: datetime) -> str:
    """The text form SQLAlchemy's SQLite DateTime uses, so raw and ORM reads agree."""
    return moment.strftime("%Y-%m-%d %H:%M:%S.%f")


class LocalTime:
    """Database stamps (naive UTC text) as local time with its offset, ISO 8601.

    `zone` None means the system's zone, each moment at its own offset (daylight saving); tests
    pass a ZoneInfo. Exports convert every row, so the result is kept per minute (offsets change
    on whole minutes) in a small cache: rows come in time order and mostly hit the last minute.
    """

    def __init__(self, zone: tzinfo | None = None) -> None:
        self.zone = zone
        self._minutes: dict[str, tuple[str, str]] = {}

    def _minute(self, stamp: str) -> tuple[str, str]:
        key = stamp[:16]
        found = self._minutes.get(key)
        if found is None:
            if len(self._minutes) > 1024:
                self._minutes.clear()
            moment = datetime.fromisoformat(key).replace(tzinfo=UTC).astimezone(self.zone)
            text = moment.isoformat(timespec="minutes")
            found = self._minutes[key] = (text[:16], text[16:])
        return found

    def iso(self, stamp: str | datetime | None) -> str:
        """'2026-10-15 03:30:12.5' (UTC) -> '2026-10-14T23:30:12-04:00' in New Haven."""
        if not stamp:
            return ""
        if isinstance(stamp, datetime):
            stamp = db_stamp(stamp)
        if len(stamp) < 19:
            stamp = f"{stamp[:10]} 00:00:00" if len(stamp) <= 10 else f"{stamp[:16]}:00"
        minute, offset = self._minute(stamp)
        return f"{minute}:{stamp[17:19]}{offset}"

    def date(self, stamp: str | datetime | None) -> str:
        """The local calendar date of a stamp: what a person in the room would call the day."""
        return self.iso(stamp)[:10]
