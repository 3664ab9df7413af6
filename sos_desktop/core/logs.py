"""The app's log: tracebacks of unexpected errors, in a rotating file in the user log folder.

Only what helps fix the app goes in: the traceback and the command or screen. Contact data,
PINs and passphrases never do: nothing logs a record, and every line is scrubbed of what looks
like an email, a phone number, a run of digits (a PIN) or a quoted value before it is written.
Import this module only when an error is being reported, so start-up does not pay for logging.
"""

from __future__ import annotations

import logging
import os
import re
from logging.handlers import RotatingFileHandler
from pathlib import Path

from sos_desktop.core.paths import APP_NAME

LOG_DIR_ENV = "SOS_DESKTOP_LOG_DIR"
LOG_FILENAME = "sos-desktop.log"
MAX_BYTES, KEEP = 512 * 1024, 4  # sos-desktop.log + .1 … .4: at most 2.5 MB
PASSPHRASE_ENV = "SOS_DESKTOP_PASSPHRASE"

_SCRUB = (
    (re.compile(r"[^\s@'\"<>(),;:]+@[^\s@'\"<>(),;:]+"), "<email>"),
    (re.compile(r"'[^'\n]*'|\"[^\"\n]*\""), "<value>"),
    (re.compile(r"\+?\d[\d ().-]{6,}\d"), "<number>"),
    (re.compile(r"(?<!line )\b\d{4,}\b"), "<digits>"),
)


def log_dir() -> Path:
    """$SOS_DESKTOP_LOG_DIR, else the platform's user log folder."""
    env = os.environ.get(LOG_DIR_ENV)
    if env:
        return Path(env).expanduser()
    from platformdirs import user_log_dir

    return Path(user_log_dir(APP_NAME, appauthor=False))


def log_path() -> Path:
    return log_dir() / LOG_FILENAME


def scrub(text: str) -> str:
    """`text` without anything that could be contact data, a PIN or a passphrase. Source
    lines of a traceback (`File "…", line N`) keep their path and number."""
    secret = os.environ.get(PASSPHRASE_ENV)
    lines = []
    for line in text.splitlines():
        if secret:
            line = line.replace(secret, "<passphrase>")
        if line.lstrip().startswith('File "'):
            lines.append(line)
            continue
        if line.lstrip().startswith("[parameters:"):  # SQLAlchemy shows the values
            lines.append("[parameters: <hidden>]")
            continue
        for pattern, replacement in _SCRUB:
            line = pattern.sub(replacement, line)
        lines.append(line)
    return "\n".join(lines)


def _logger() -> logging.Logger:
    """The app's logger, writing to the current log folder (set up on first use)."""
    logger = logging.getLogger(APP_NAME)
    target = str(log_path().absolute())
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) != target:  # the folder was changed
            logger.removeHandler(handler)
            handler.close()
    if not logger.handlers:
        folder = log_dir()
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        handler = RotatingFileHandler(target, maxBytes=MAX_BYTES, backupCount=KEEP,
                                      encoding="utf-8")
        handler.setFormatter(_ScrubbingFormatter("%(asctime)s %(levelname)s %(message)s"))
        logger.addHandler(handler)
        logger.setLevel(logging.INFO)
        logger.propagate = False
        if os.name == "posix":
            os.chmod(target, 0o600)
    return logger


class _ScrubbingFormatter(logging.Formatter):
    """Formats as usual, then scrubs the message and traceback (not the time stamp)."""

    def format(self, record: logging.LogRecord) -> str:
        stamp = self.formatTime(record)
        body = super().format(record).removeprefix(stamp)
        return stamp + scrub(body)


def log_error(what: str, exc: BaseException) -> Path | None:
    """Write `what` and the traceback of `exc` to the log. The log's path, or None when the
    log folder cannot be written (the message to the person must still go out)."""
    try:
        logger = _logger()
        logger.error("%s", what, exc_info=(type(exc), exc, exc.__traceback__))
        for handler in logger.handlers:
            handler.flush()
    except (OSError, ValueError):
        return None
    return log_path()


def unexpected_message(exc: BaseException, doing: str, path: Path) -> str:
    """The one message for an error nobody planned for: the file, its cause when known, what
    to do, and where the details went."""
    from sos_desktop.core.storage.failures import cause, describe

    log = log_error(f"unexpected error while trying to {doing} ({path})", exc)
    where = f"details are in {log}" if log else "the log folder could not be written either"
    if cause(exc, path) is not None:
        return f"{describe(exc, path, doing)}; {where}"
    return (f"{describe(exc, path, doing)}. If this keeps happening, run `sos-desktop check` "
            f"and send the log to whoever looks after the app ({where}; it holds no contact "
            "data)")
