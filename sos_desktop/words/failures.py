"""A failed database or file operation (full disk, read-only folder, damaged database) in the
organizer's language. Core names the cause as a code (core/storage/failures.py `cause`) and
`describe` makes it a Message (FAILED or FAILED_BECAUSE: what was being done, the file, the cause);
in English its line is shown as core writes it, in another language this module writes the same
line from the verb and the cause."""

from __future__ import annotations

from collections.abc import Mapping
from pathlib import Path

from sos_desktop.core.storage import failures
from sos_desktop.i18n import SOURCE_LANGUAGE, language, tr


def advice(found: str) -> str:
    """What to do about cause `found` (core/storage/failures.py ADVICE, translated)."""
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


def could_not(doing: failures.Doing, path: object) -> str:
    """"could not DOING PATH" for each verb core passes to `describe`."""
    match doing:
        case failures.Doing.OPEN:
            text = tr("could not open {path}")
        case failures.Doing.READ:
            text = tr("could not read {path}")
        case failures.Doing.WRITE:
            text = tr("could not write {path}")
        case failures.Doing.SET_UP:
            text = tr("could not set up {path}")
        case failures.Doing.RESTORE:
            text = tr("could not restore {path}")
        case failures.Doing.WRITE_BACKUP:
            text = tr("could not write the backup {path}")
        case failures.Doing.CREATE_DATA_FOLDER:
            text = tr("could not create the data folder for {path}")
        case _:  # USE
            text = tr("could not use {path}")
    return text.format(path=path)


def failed_line(params: Mapping[str, object]) -> str | None:
    """A `describe` Message's line (`could not open PATH: ADVICE (detail)`) from its
    parameters; None for a verb only English says (logs.unexpected_message's)."""
    doing = params["doing"]
    if not isinstance(doing, failures.Doing):
        return None
    line = could_not(doing, params["path"])
    if "cause" in params:
        return f"{line}: {advice(str(params['cause']))} ({params['detail']})"
    return f"{line}: {params['detail']}"


def unexpected_message(exc: BaseException, command: str, path: Path) -> str:
    """core.logs.unexpected_message for `command` on the database `path`, in the organizer's
    language: logs the traceback the same way."""
    return _unexpected(exc, path, f"run `{command}` on", tr(
        "could not run `{command}` on {path}").format(command=command, path=path))


def unexpected_window_message(exc: BaseException, path: Path) -> str:
    """The same for an error escaping the window's code while it worked with `path`."""
    return _unexpected(exc, path, "work with",
                       tr("could not work with {path}").format(path=path))


def _unexpected(exc: BaseException, path: Path, doing: str, failed: str) -> str:
    from sos_desktop.core import logs

    if language() == SOURCE_LANGUAGE:
        return logs.unexpected_message(exc, doing, path)
    log = logs.log_error(f"unexpected error while trying to {doing} ({path})", exc)
    where = (tr("details are in {log}").format(log=log) if log
             else tr("the log folder could not be written either"))
    inner = failures.unwrap(exc)
    detail = str(inner) or type(inner).__name__
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
