"""A failed database or file operation (full disk, read-only folder, damaged database) in the
organizer's language. Core names the cause as a code (core/failures.py `cause`) and writes its
English line with `describe`; in English that line is shown as it is, in another language this
module writes the same line from the cause."""

from __future__ import annotations

import re
from pathlib import Path

from sos_desktop.core import failures
from sos_desktop.i18n import SOURCE_LANGUAGE, language, tr


def advice(found: str) -> str:
    """What to do about cause `found` (core/failures.py ADVICE, translated)."""
    match found:
        case failures.DISK_FULL:
            return tr("the disk is full: free some space (empty the trash, remove large files) "
                      "and try again")
        case failures.READ_ONLY:
            return tr("the folder is read-only (a locked drive, a read-only mount or no "
                      "permission): use a writable data folder (--data-dir) or copy the data "
                      "out with `sos-desktop backup --out FILE`")
        case failures.DAMAGED:
            return tr("the database is damaged: restore a backup (`sos-desktop restore FILE`, "
                      "see `sos-desktop restore --list`)")
        case _:  # BUSY
            return tr("another program is using the database: close other SOS Desktop "
                      "windows and try again")


def _failed(doing: str, path: str) -> str | None:
    """"could not DOING PATH" for the verbs core passes to `describe`."""
    if command := re.fullmatch(r"run `(.*)` on", doing):
        return tr("could not run `{command}` on {path}").format(command=command[1], path=path)
    texts = {
        "open": tr("could not open {path}"),
        "read": tr("could not read {path}"),
        "write": tr("could not write {path}"),
        "set up": tr("could not set up {path}"),
        "restore": tr("could not restore {path}"),
        "use": tr("could not use {path}"),
        "write the backup": tr("could not write the backup {path}"),
        "create the data folder for": tr("could not create the data folder for {path}"),
    }
    return texts[doing].format(path=path) if doing in texts else None


_DESCRIBED = re.compile(r"could not (?P<doing>open|read|write|set up|restore|use|write the backup"
                        r"|create the data folder for|run `[^`]*` on) (?P<rest>.+)", re.S)


def described(message: str) -> str | None:
    """A line core's `describe` wrote (`could not open PATH: ADVICE (detail)`), translated;
    None when `message` is not one."""
    found = _DESCRIBED.fullmatch(message)
    if found is None:
        return None
    rest = found["rest"]
    for cause, english in failures.ADVICE.items():
        path, marker, detail = rest.partition(f": {english} (")
        if marker and detail.endswith(")"):
            failed = _failed(found["doing"], path)
            return f"{failed}: {advice(cause)} ({detail[:-1]})" if failed else None
    path, marker, detail = rest.partition(": ")
    failed = _failed(found["doing"], path) if marker else None
    return f"{failed}: {detail}" if failed else None


def unexpected_message(exc: BaseException, command: str, path: Path) -> str:
    """core.logs.unexpected_message for `command` on the database `path`, in the organizer's
    language: logs the traceback the same way."""
    from sos_desktop.core import logs

    if language() == SOURCE_LANGUAGE:
        return logs.unexpected_message(exc, f"run `{command}` on", path)
    log = logs.log_error(f"unexpected error while trying to run `{command}` on ({path})", exc)
    where = (tr("details are in {log}").format(log=log) if log
             else tr("the log folder could not be written either"))
    inner = failures.unwrap(exc)
    detail = str(inner) or type(inner).__name__
    failed = tr("could not run `{command}` on {path}").format(command=command, path=path)
    found = failures.cause(exc, path)
    if found is not None:
        return f"{failed}: {advice(found)} ({detail}); {where}"
    return tr("{failed}: {detail}. If this keeps happening, run `sos-desktop check` and send "
              "the log to whoever looks after the app ({where}; it holds no contact "
              "data)").format(failed=failed, detail=detail, where=where)


def damaged_hint(data_dir: Path) -> str:
    """core.backups.restore.damaged_hint in the organizer's language."""
    from sos_desktop.core.backups import restore
    from sos_desktop.core.paths import backups_dir

    if language() == SOURCE_LANGUAGE:
        return restore.damaged_hint(data_dir)
    newest = restore.newest_good_backup(data_dir)
    if newest is None:
        return tr("no good backup was found in {folder}").format(folder=backups_dir(data_dir))
    return tr("the newest good backup is from {time}: sos-desktop restore {path}").format(
        time=newest.taken_at.strftime("%Y-%m-%d %H:%M UTC"), path=newest.path)
