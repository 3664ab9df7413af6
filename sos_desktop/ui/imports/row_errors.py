"""A file's row problems as the organizer reads them, for the import's messages and for the
online answers' mapping table (online_dialog.py), which the controller opens."""

from __future__ import annotations

from sos_desktop.i18n import tr
from sos_desktop.words.problems import row_problem

SHOWN_ERRORS = 15  # a long list of row errors is cut, with a count of the rest


def describe_errors(errors: list) -> str:
    """The rows' problems, the first few: "line N, column C" in the organizer's language, the
    reason in core's words (words/errors.py, as the command line prints them)."""
    lines = [row_problem(e) for e in errors[:SHOWN_ERRORS]]
    if len(errors) > SHOWN_ERRORS:
        lines.append(tr("… and {count} more").format(count=len(errors) - SHOWN_ERRORS))
    return "\n".join(lines)
