"""Errors the app shows to a person: each message names what is wrong and where."""


class SosError(Exception):
    """Base for errors with a message fit for the window or one stderr line."""


class DatabaseProblem(SosError):
    """The database file cannot be used (damaged, unreadable, newer, not ours)."""


class NotFound(SosError):
    pass


class ExportProblem(SosError):
    """An export could not be written; nothing was changed."""


class SealingNeedsKeys(DatabaseProblem):
    """An older database holds sign-ups in plain text; sealing them needs the organizer's key."""

    def __init__(self, count: int) -> None:
        self.count = count
        super().__init__(
            f"this database holds {count} sign-up(s) in plain text from an older version; "
            "set the organizer's passphrase to seal them (in the window, or `sos-desktop keys "
            "init` on a terminal or with SOS_DESKTOP_PASSPHRASE set); the file was not changed")
