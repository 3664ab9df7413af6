"""The core's refusals a person meets in everyday use, in the organizer's language. Core writes
its messages in English (it imports no i18n); the command line prints a SosError, and the
window shows one, through `in_our_words`, which recognises these and leaves any other as core
wrote it (a file's row and column problems, a damaged database's details)."""

from __future__ import annotations

import re

from sos_desktop.i18n import QT_TR_NOOP, tr

# Core's English (as a pattern, its variable parts as named groups) -> the text to translate,
# with those parts as its placeholders. Checked against core's own messages in
# tests/commands/test_spanish.py.
_KNOWN = [
    (r"no visit with id (?P<id>.+)", QT_TR_NOOP("no visit with id {id}")),
    (r"no survey with key (?P<key>.+); see `sos-desktop survey list`",
     QT_TR_NOOP("no survey with key {key}; see `sos-desktop survey list`")),
    (r"no sign-up export yet: nothing to mark as imported",
     QT_TR_NOOP("no sign-up export yet: nothing to mark as imported")),
    (r"no export receipt with id (?P<id>.+) \(see `sos-desktop export history`\)",
     QT_TR_NOOP("no export receipt with id {id} (see `sos-desktop export history`)")),
    (r"wrong passphrase", QT_TR_NOOP("wrong passphrase")),
    (r"the passphrase needs at least (?P<count>\d+) characters \(a few words are easy to "
     r"remember and hard to guess\)",
     QT_TR_NOOP("the passphrase needs at least {count} characters (a few words are easy to "
                "remember and hard to guess)")),
    (r"that recovery key does not open this laptop's key",
     QT_TR_NOOP("that recovery key does not open this laptop's key")),
    (r"that is not a recovery key \(it has 13 groups of 4 letters and digits, like "
     r"ABCD-EFGH-…\)",
     QT_TR_NOOP("that is not a recovery key (it has 13 groups of 4 letters and digits, like "
                "ABCD-EFGH-…)")),
    (r"this laptop joined (?P<organization>.+) with its public key only: contacts can be "
     r"sealed here but opened only on the organizer's laptop",
     QT_TR_NOOP("this laptop joined {organization} with its public key only: contacts can be "
                "sealed here but opened only on the organizer's laptop")),
    (r"visit (?P<id>.+) has no survey; give --survey KEY",
     QT_TR_NOOP("visit {id} has no survey; give --survey KEY")),
    (r"the kiosk is collecting answers for this visit; leave the kiosk with the organizer PIN "
     r"first",
     QT_TR_NOOP("the kiosk is collecting answers for this visit; leave the kiosk with the "
                "organizer PIN first")),
    (r"this visit is closed; reopen it to take more answers",
     QT_TR_NOOP("this visit is closed; reopen it to take more answers")),
    # Surveys out, online answers in (core/surveys/export.py, core/imports/online/).
    (r"(?P<file>.+): a survey is exported as \.xlsx \(XLSForm\) or \.yaml",
     QT_TR_NOOP("{file}: a survey is exported as .xlsx (XLSForm) or .yaml")),
    (r"visit (?P<id>.+) has no survey; choose one for the visit first",
     QT_TR_NOOP("visit {id} has no survey; choose one for the visit first")),
    (r"(?P<path>.+): not a KoboToolbox, ODK or Google Forms export \(no _uuid, "
     r"_submission_time, KEY or Timestamp column\)",
     QT_TR_NOOP("{path}: not a KoboToolbox, ODK or Google Forms export (no _uuid, "
                "_submission_time, KEY or Timestamp column)")),
    (r"(?P<path>.+): not UTF-8 text; export the CSV as UTF-8",
     QT_TR_NOOP("{path}: not UTF-8 text; export the CSV as UTF-8")),
    (r"(?P<path>.+): the file is empty \(a header row is needed\)",
     QT_TR_NOOP("{path}: the file is empty (a header row is needed)")),
    (r"another program has the database open, so the file could not be rewritten to hide "
     r"the order students answered in; close that program: it is done at the next start",
     QT_TR_NOOP("another program has the database open, so the file could not be rewritten "
                "to hide the order students answered in; close that program: it is done at "
                "the next start")),
    # Writing a file (core/atomic.py describe_os_error, core/backups/copy.py).
    (r"cannot write (?P<path>.+): folder (?P<folder>.+) does not exist \(was the drive "
     r"removed\?\)",
     QT_TR_NOOP("cannot write {path}: folder {folder} does not exist (was the drive "
                "removed?)")),
    (r"cannot write (?P<path>.+): folder (?P<folder>.+) does not exist",
     QT_TR_NOOP("cannot write {path}: folder {folder} does not exist")),
    (r"cannot write (?P<path>.+): no permission to write in (?P<folder>.+)",
     QT_TR_NOOP("cannot write {path}: no permission to write in {folder}")),
    (r"cannot write (?P<path>.+): the disk is full",
     QT_TR_NOOP("cannot write {path}: the disk is full")),
    (r"cannot write (?P<path>.+): it is a folder",
     QT_TR_NOOP("cannot write {path}: it is a folder")),
    # The database (core/db.py, core/store.py); a cause core names: words/failures.py.
    (r"could not save to (?P<path>.+?): (?P<detail>.+)",
     QT_TR_NOOP("could not save to {path}: {detail}")),
    (r"database (?P<path>.+) is damaged \((?P<detail>.*)\); nothing was saved",
     QT_TR_NOOP("database {path} is damaged ({detail}); nothing was saved")),
    (r"database (?P<path>.+) is damaged or not a database \((?P<detail>.*)\); restore a backup "
     r"or move the file away",
     QT_TR_NOOP("database {path} is damaged or not a database ({detail}); restore a backup or "
                "move the file away")),
    (r"the data folder (?P<folder>.+) is a file, not a folder: give --data-dir a folder \(it "
     r"is created if missing\)",
     QT_TR_NOOP("the data folder {folder} is a file, not a folder: give --data-dir a folder "
                "(it is created if missing)")),
    (r"there is no database at (?P<path>.+)", QT_TR_NOOP("there is no database at {path}")),
    # `restore` (core/backups/restore.py).
    (r"there is no backup file (?P<path>.+)", QT_TR_NOOP("there is no backup file {path}")),
    (r"(?P<backup>.+) was restored, but nothing could be saved from the damaged file "
     r"(?P<kept>.+?): (?P<reason>could not .+)",
     QT_TR_NOOP("{backup} was restored, but nothing could be saved from the damaged file "
                "{kept}: {reason}")),
    (r"(?P<path>.+) cannot be restored: it is damaged too \((?P<verdict>.*)\)",
     QT_TR_NOOP("{path} cannot be restored: it is damaged too ({verdict})")),
    (r"(?P<path>.+) cannot be restored: it is not an SOS Desktop database this version can "
     r"read",
     QT_TR_NOOP("{path} cannot be restored: it is not an SOS Desktop database this version "
                "can read")),
    # `check`'s findings (core/maintenance.py); SQLite's own integrity lines stay as they are.
    (r"cannot read (?P<path>.+?): (?P<detail>.+)", QT_TR_NOOP("cannot read {path}: {detail}")),
    (r"schema is (?P<found>.+), expected (?P<expected>.+)",
     QT_TR_NOOP("schema is {found}, expected {expected}")),
    (r"no device id in settings", QT_TR_NOOP("no device id in settings")),
    # Bundles refused for their signer (core/bundles/format.py).
    (r"bundle (?P<path>.+): it is signed by laptop (?P<name>.+) with key (?P<fingerprint>"
     r"[0-9a-f ]+), which is not registered here \(if it is one of your team laptops, run "
     r"`sos-desktop keys signing-key FILE` on it and `sos-desktop keys register FILE` here\); "
     r"nothing was imported",
     QT_TR_NOOP("bundle {path}: it is signed by laptop {name} with key {fingerprint}, which is "
                "not registered here (if it is one of your team laptops, run `sos-desktop keys "
                "signing-key FILE` on it and `sos-desktop keys register FILE` here); nothing "
                "was imported")),
    (r"bundle (?P<path>.+): it is signed by laptop (?P<name>.+) \(key (?P<fingerprint>"
     r"[0-9a-f ]+)\), revoked on (?P<time>.+); nothing was imported",
     QT_TR_NOOP("bundle {path}: it is signed by laptop {name} (key {fingerprint}), revoked on "
                "{time}; nothing was imported")),
    (r"bundle (?P<path>.+): it was made with the organization's shared bundle key of older "
     r"versions, which anyone holding a team laptop's files could use, so it is no longer "
     r"accepted: update SOS Desktop on that laptop, register it here \(`sos-desktop keys "
     r"signing-key FILE` there, `sos-desktop keys register FILE` here\) and export the bundle "
     r"again; nothing was imported",
     QT_TR_NOOP("bundle {path}: it was made with the organization's shared bundle key of older "
                "versions, which anyone holding a team laptop's files could use, so it is no "
                "longer accepted: update SOS Desktop on that laptop, register it here "
                "(`sos-desktop keys signing-key FILE` there, `sos-desktop keys register FILE` "
                "here) and export the bundle again; nothing was imported")),
    # A deck that is not there (core/decks).
    (r"The deck (?P<path>.+) cannot be shown: the file does not exist",
     QT_TR_NOOP("The deck {path} cannot be shown: the file does not exist")),
    (r"The deck (?P<path>.+) cannot be shown: it is a folder, not a file",
     QT_TR_NOOP("The deck {path} cannot be shown: it is a folder, not a file")),
]
# The same with a count (`n`): tr() with the count, for lupdate to see a `%n` text.
_COUNTED = [
    (r"(?P<path>.+): (?P<n>\d+) problems?, nothing imported",
     lambda n: tr("{path}: %n problem(s), nothing imported", None, n)),
    (r"(?P<file>.+): this file was already imported on (?P<date>[\d-]+) at (?P<time>[\d:]+) "
     r"\((?P<n>\d+) sign-ups? into (?P<visit>.+)\); importing it again would add them a "
     r"second time",
     lambda n: tr("{file}: this file was already imported on {date} at {time} (%n sign-up(s) "
                  "into {visit}); importing it again would add them a second time", None, n)),
    (r"(?P<file>.+): this file was already imported on (?P<date>[\d-]+) at (?P<time>[\d:]+) "
     r"\((?P<n>\d+) paper responses? into (?P<visit>.+)\); importing it again would add "
     r"them a second time",
     lambda n: tr("{file}: this file was already imported on {date} at {time} (%n paper "
                  "response(s) into {visit}); importing it again would add them a second time",
                  None, n)),
]


def in_our_words(message: str) -> str:
    """`message` (a SosError's) translated when it is one of the known ones."""
    from sos_desktop.i18n import SOURCE_LANGUAGE, language
    from sos_desktop.words.failures import described

    if language() == SOURCE_LANGUAGE:  # core's English, exactly as core wrote it
        return message
    if (translated := described(message)) is not None:
        return translated
    for pattern, text in _KNOWN:
        if found := re.fullmatch(pattern, message):
            return tr(text).format(**found.groupdict())
    if found := re.fullmatch(r"(?P<path>.+?) cannot be restored: (?P<reason>could not .+)",
                             message, re.S):  # a backup that cannot be read: describe's line
        return tr("{path} cannot be restored: {reason}").format(
            path=found["path"], reason=described(found["reason"]) or found["reason"])
    for pattern, counted in _COUNTED:
        if found := re.fullmatch(pattern, message):
            fields = found.groupdict()
            return counted(int(fields.pop("n"))).format(**fields)
    return message


def row_problem(error: object) -> str:
    """A rejected file's row problem (core's RowError: `line N, column C: reason`) in the
    organizer's language, worded from its code (a row error without one: core's reason)."""
    from sos_desktop.words.problems import worded

    line, column, reason = (getattr(error, name, None) for name in ("line", "column", "reason"))
    if line is None or column is None or reason is None:
        return str(error)
    code = getattr(error, "code", "")
    if code:
        reason = worded(code, getattr(error, "params", {}), reason)
    return tr("line {line}, column {column}: {reason}").format(line=line, column=column,
                                                                reason=reason)
