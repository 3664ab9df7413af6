"""Errors the app shows to a person: each message names what is wrong and where."""


class SosError(Exception):
    """Base for errors with a message fit for the window or one stderr line."""


class DatabaseProblem(SosError):
    """The database file cannot be used (damaged, unreadable, newer, not ours)."""


class NotFound(SosError):
    pass


class ExportProblem(SosError):
    """An export could not be written; nothing was changed."""
