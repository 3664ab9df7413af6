"""Core's messages in the organizer's language. Core raises a SosError with a Message (a code
and its parameters, core/messages.py); the command line prints it, and the window shows it,
through `in_our_words`, which words it from its code. An error core raised without a code (a
file's row and column problems, a damaged database's details) is shown as core wrote it."""

from __future__ import annotations

from collections.abc import Callable, Mapping

from sos_desktop.core.messages import Code, Message
from sos_desktop.i18n import QT_TR_NOOP, tr

# Each code's text, its parameters as placeholders; the same as core's English
# (core/messages.py ENGLISH), which tests/words/test_errors.py checks.
TEXTS: Mapping[Code, str] = {
    Code.NO_VISIT: QT_TR_NOOP("no visit with id {id}"),
    Code.NO_DEFINITION: QT_TR_NOOP("no survey definition with id {id}"),
    Code.RECEIPT_AMBIGUOUS: QT_TR_NOOP(
        "export receipt id {id} is ambiguous; give more characters"),
    Code.NO_SURVEY: QT_TR_NOOP("no survey with key {key}; see `sos-desktop survey list`"),
    Code.NO_SIGNUP_EXPORT: QT_TR_NOOP("no sign-up export yet: nothing to mark as imported"),
    Code.NO_EXPORT_RECEIPT: QT_TR_NOOP(
        "no export receipt with id {id} (see `sos-desktop export history`)"),
    Code.WRONG_PASSPHRASE: QT_TR_NOOP("wrong passphrase"),
    Code.PASSPHRASE_TOO_SHORT: QT_TR_NOOP(
        "the passphrase needs at least {count} characters (a few words are easy to remember "
        "and hard to guess)"),
    Code.RECOVERY_KEY_WRONG: QT_TR_NOOP("that recovery key does not open this laptop's key"),
    Code.NOT_A_RECOVERY_KEY: QT_TR_NOOP(
        "that is not a recovery key (it has 13 groups of 4 letters and digits, like "
        "ABCD-EFGH-…)"),
    Code.PUBLIC_KEY_ONLY: QT_TR_NOOP(
        "this laptop joined {organization} with its public key only: contacts can be sealed "
        "here but opened only on the organizer's laptop"),
    Code.NO_ORG_KEY: QT_TR_NOOP(
        "no organization key on this laptop yet: set a passphrase first (`sos-desktop keys "
        "init`)"),
    Code.KEY_PAIR_MISMATCH: QT_TR_NOOP("the stored key pair does not match (damaged key table)"),
    Code.NOT_A_KEY_FILE: QT_TR_NOOP(
        "{source} is not an organization key file from `sos-desktop keys export-public` "
        "({detail})"),
    # Team laptops (core/bundles/laptops.py, core/security/laptop_key.py).
    Code.LAPTOP_OTHER_ORG: QT_TR_NOOP(
        "laptop {name} (key {fingerprint}) joined another organization; run `sos-desktop keys "
        "join FILE` on it with this laptop's `keys export-public` file first"),
    Code.LAPTOP_STAYS_REVOKED: QT_TR_NOOP(
        "laptop key {fingerprint} ({name}) was revoked on {time} and stays revoked; on that "
        "laptop run `sos-desktop keys signing-key FILE --new-key`, then register the new file"),
    Code.LAPTOP_NOT_FOUND: QT_TR_NOOP(
        "no registered laptop named or with key {which}; see `sos-desktop keys list`"),
    Code.LAPTOP_SEVERAL: QT_TR_NOOP(
        "{count} laptops match {which}; give the key fingerprint (`sos-desktop keys list`)"),
    Code.LAPTOP_NO_ORG: QT_TR_NOOP(
        "this laptop has no organization yet: run `sos-desktop keys join FILE` with the "
        "organizer's `keys export-public` file first"),
    Code.LAPTOP_KEY_DAMAGED: QT_TR_NOOP(
        "this laptop's bundle key {path} is damaged; move it away and register the laptop "
        "again (`sos-desktop keys signing-key FILE`)"),
    Code.NOT_A_LAPTOP_KEY_FILE: QT_TR_NOOP(
        "{source} is not a laptop key file from `sos-desktop keys signing-key` ({detail})"),
    Code.VISIT_NO_SURVEY_GIVE: QT_TR_NOOP("visit {id} has no survey; give --survey KEY"),
    Code.VISIT_NO_SURVEY_CHOOSE: QT_TR_NOOP(
        "visit {id} has no survey; choose one for the visit first"),
    Code.KIOSK_COLLECTING: QT_TR_NOOP(
        "the kiosk is collecting answers for this visit; leave the kiosk with the organizer "
        "PIN first"),
    Code.VISIT_CLOSED: QT_TR_NOOP("this visit is closed; reopen it to take more answers"),
    Code.REWRITE_HELD: QT_TR_NOOP(
        "another program has the database open, so the file could not be rewritten to hide "
        "the order students answered in; close that program: it is done at the next start"),
    Code.AUTO_BACKUP_FAILED: QT_TR_NOOP("the automatic backup failed: {reason}"),
    # Reading a file in (core/imports/csv_reader.py, core/imports/online/reading.py).
    Code.NO_SUCH_FILE: QT_TR_NOOP("{path}: no such file"),
    Code.CANNOT_READ_FILE: QT_TR_NOOP("{file}: cannot read ({reason})"),
    Code.LINE_NOT_UTF8_SHEET: QT_TR_NOOP(
        "{path}: line {line} is not UTF-8 text; save the sheet as 'CSV UTF-8'"),
    Code.LINE_NOT_UTF8_EXPORT: QT_TR_NOOP(
        "{path}: line {line} is not UTF-8 text; export the CSV as UTF-8"),
    # Surveys out, online answers in (core/surveys/export.py, core/imports/online/).
    Code.SURVEY_EXPORT_FORMAT: QT_TR_NOOP(
        "{file}: a survey is exported as .xlsx (XLSForm) or .yaml"),
    Code.SURVEY_VERSION_CLASH: QT_TR_NOOP(
        "survey {key} version {version} is already stored with other content; give the "
        "changed survey a new version number"),
    Code.UNKNOWN_PROFILE: QT_TR_NOOP("unknown export profile {name}; known: {known}"),
    Code.NOT_AN_ONLINE_EXPORT: QT_TR_NOOP(
        "{path}: not a KoboToolbox, ODK or Google Forms export (no _uuid, _submission_time, "
        "KEY or Timestamp column)"),
    Code.NOT_UTF8: QT_TR_NOOP("{path}: not UTF-8 text; export the CSV as UTF-8"),
    Code.EMPTY_FILE: QT_TR_NOOP("{path}: the file is empty (a header row is needed)"),
    # Writing a file (core/storage/atomic.py describe_os_error, core/backups/copy.py).
    Code.WRITE_NO_FOLDER_DRIVE: QT_TR_NOOP(
        "cannot write {path}: folder {folder} does not exist (was the drive removed?)"),
    Code.WRITE_NO_FOLDER: QT_TR_NOOP("cannot write {path}: folder {folder} does not exist"),
    Code.WRITE_NO_PERMISSION: QT_TR_NOOP(
        "cannot write {path}: no permission to write in {folder}"),
    Code.WRITE_DISK_FULL: QT_TR_NOOP("cannot write {path}: the disk is full"),
    Code.WRITE_IS_FOLDER: QT_TR_NOOP("cannot write {path}: it is a folder"),
    Code.WRITE_FAILED: QT_TR_NOOP("cannot write {path}: {detail}"),
    # The database (core/storage/db.py, core/storage/store.py); a failed operation:
    # words/failures.py.
    Code.COULD_NOT_SAVE: QT_TR_NOOP("could not save to {path}: {detail}"),
    Code.DB_DAMAGED: QT_TR_NOOP("database {path} is damaged ({detail}); nothing was saved"),
    Code.DB_NOT_A_DATABASE: QT_TR_NOOP(
        "database {path} is damaged or not a database ({detail}); restore a backup or move "
        "the file away"),
    Code.DB_NEWER: QT_TR_NOOP(
        "database {path} was written by a newer SOS Desktop (schema {revision}; this version "
        "knows up to {head}); update the app, the file was not changed"),
    Code.DB_NOT_OURS: QT_TR_NOOP(
        "{path} is an SQLite file but not an SOS Desktop database (tables: {tables}); it was "
        "not changed"),
    Code.DB_NOT_MIGRATED: QT_TR_NOOP(
        "{reason}; the database {path} was not migrated and is unchanged"),
    Code.DB_NEEDS_MIGRATION: QT_TR_NOOP(
        "{path} is at schema {revision}, not {head}; it can only be read once it has been "
        "migrated in a writable folder"),
    Code.SEALED_WRONG_KEY: QT_TR_NOOP(
        "a sealed sign-up does not open with this organization's key (sealed for another "
        "organization, or damaged)"),
    Code.SEALED_UNKNOWN_FORMAT: QT_TR_NOOP("a sealed sign-up has an unknown format"),
    Code.SEALED_NO_FIELDS: QT_TR_NOOP("a sealed sign-up does not hold contact fields"),
    Code.SEALED_WRONG_FIELDS: QT_TR_NOOP(
        "a sealed sign-up does not hold the expected contact fields"),
    Code.DATA_FOLDER_IS_FILE: QT_TR_NOOP(
        "the data folder {folder} is a file, not a folder: give --data-dir a folder (it is "
        "created if missing)"),
    Code.NO_DATABASE: QT_TR_NOOP("there is no database at {path}"),
    Code.NO_DEVICE_ID_IN: QT_TR_NOOP("database {path} has no device id: run `sos-desktop check`"),
    # `restore` (core/backups/restore.py).
    Code.NO_BACKUP_FILE: QT_TR_NOOP("there is no backup file {path}"),
    Code.BACKUP_FOLDER_GONE: QT_TR_NOOP(
        "cannot write the backup: the folder {folder} is not there (a USB stick taken out?)"),
    Code.BACKUP_COPY_BAD: QT_TR_NOOP(
        "the backup copy {path} failed its integrity check: {verdict}"),
    Code.RESTORE_KEEP_FAILED: QT_TR_NOOP(
        "could not keep the current database before restoring: {reason}; nothing was changed"),
    Code.RESTORED_NOT_SALVAGED: QT_TR_NOOP(
        "{backup} was restored, but nothing could be saved from the damaged file {kept}: "
        "{reason}"),
    Code.BACKUP_DAMAGED: QT_TR_NOOP("{path} cannot be restored: it is damaged too ({verdict})"),
    Code.BACKUP_NOT_OURS: QT_TR_NOOP(
        "{path} cannot be restored: it is not an SOS Desktop database this version can read"),
    Code.BACKUP_UNREADABLE: QT_TR_NOOP("{path} cannot be restored: {reason}"),
    # `check`'s findings (core/storage/maintenance.py); SQLite's own integrity lines stay as they
    # are.
    Code.CANNOT_READ: QT_TR_NOOP("cannot read {path}: {detail}"),
    Code.SCHEMA_MISMATCH: QT_TR_NOOP("schema is {found}, expected {expected}"),
    Code.NO_DEVICE_ID: QT_TR_NOOP("no device id in settings"),
    # Bundles refused for their signer (core/bundles/format.py).
    Code.BUNDLE_REFUSED: QT_TR_NOOP("bundle {path}: {reason}; nothing was imported"),
    Code.BUNDLE_UNREGISTERED: QT_TR_NOOP(
        "it is signed by laptop {name} with key {fingerprint}, which is not registered here "
        "(if it is one of your team laptops, run `sos-desktop keys signing-key FILE` on it and "
        "`sos-desktop keys register FILE` here)"),
    Code.BUNDLE_REVOKED: QT_TR_NOOP(
        "it is signed by laptop {name} (key {fingerprint}), revoked on {time}"),
    Code.BUNDLE_SHARED_KEY: QT_TR_NOOP(
        "it was made with the organization's shared bundle key of older versions, which anyone "
        "holding a team laptop's files could use, so it is no longer accepted: update SOS "
        "Desktop on that laptop, register it here (`sos-desktop keys signing-key FILE` there, "
        "`sos-desktop keys register FILE` here) and export the bundle again"),
    Code.BUNDLE_NOT_ZIP: QT_TR_NOOP("not a zip file or cut short (truncated copy?)"),
    Code.BUNDLE_NO_MANIFEST: QT_TR_NOOP("no manifest (not an SOS Desktop bundle)"),
    Code.BUNDLE_NOT_OURS: QT_TR_NOOP("not an SOS Desktop bundle"),
    Code.BUNDLE_FORMAT_VERSION: QT_TR_NOOP(
        "format version {found} is not {expected}; update SOS Desktop on both laptops"),
    Code.BUNDLE_OTHER_ORG: QT_TR_NOOP("it comes from the organization {theirs}, not {ours}"),
    Code.BUNDLE_UNSIGNED: QT_TR_NOOP("it is not signed"),
    Code.BUNDLE_BAD_SIGNATURE: QT_TR_NOOP(
        "its signature does not match laptop {name} (key {fingerprint}): altered after it was "
        "written"),
    Code.BUNDLE_ALTERED: QT_TR_NOOP("{name} does not match its SHA-256 (altered)"),
    Code.BUNDLE_NO_ORG_KEY: QT_TR_NOOP(
        "this laptop has no organization key yet: set the passphrase (sos-desktop keys init) "
        "or join the organizer's (sos-desktop keys join FILE)"),
    Code.BUNDLE_LAPTOP_CHANGED: QT_TR_NOOP(
        "laptop {name} was revoked or changed while the bundle was read; try again"),
    Code.BUNDLE_MISSING: QT_TR_NOOP("bundle {path}: no such file"),
    Code.BUNDLE_UNREADABLE: QT_TR_NOOP("bundle {path}: cannot read ({reason})"),
    # A deck that cannot be shown (core/decks), and why.
    Code.DECK_NOT_SHOWN: QT_TR_NOOP("The deck {path} cannot be shown: {problem}"),
    Code.DECK_PROBLEM: QT_TR_NOOP("{path} cannot be shown: {problem}"),
    Code.DECK_MISSING: QT_TR_NOOP("the file does not exist"),
    Code.DECK_IS_FOLDER: QT_TR_NOOP("it is a folder, not a file"),
    Code.DECK_EMPTY: QT_TR_NOOP("the file is empty"),
    Code.DECK_NOT_PDF: QT_TR_NOOP("it is named .pdf but is not a PDF file (damaged or renamed?)"),
    Code.DECK_NO_PAGES: QT_TR_NOOP("the PDF has no pages"),
    Code.DECK_NO_SLIDES: QT_TR_NOOP("it has no slides (the file is empty or only separators)"),
    Code.DECK_UNREADABLE: QT_TR_NOOP("the file cannot be read ({detail})"),
    Code.DECK_NOT_UTF8: QT_TR_NOOP("it is not UTF-8 text (bad byte at position {at})"),
    Code.DECK_SUFFIX: QT_TR_NOOP(
        "{suffix} decks are not supported; use a PDF export or a Markdown (.md) deck"),
    # A file of answer sheets that cannot be read (core/paper/inputs.py, pdf_pages.py).
    Code.PAPER_FILE: QT_TR_NOOP("{path} cannot be read: {reason}"),
    Code.PAPER_NO_SUCH_FILE: QT_TR_NOOP("no such file"),
    Code.PAPER_TOO_LARGE: QT_TR_NOOP("the file is too large to be scans of sheets"),
    Code.PAPER_PDF_EMPTY: QT_TR_NOOP("the PDF is empty or damaged"),
    Code.PAPER_EMPTY: QT_TR_NOOP("the file is empty"),
    Code.PAPER_NO_PDF_RENDERER: QT_TR_NOOP("PDFs cannot be read here (no PDF renderer)"),
    Code.PAPER_NOT_IMAGE: QT_TR_NOOP("not a PNG or JPEG image"),
    Code.PAPER_NO_SIZE: QT_TR_NOOP("the image has no size (damaged header)"),
    Code.PAPER_TOO_MANY_PIXELS: QT_TR_NOOP(
        "the image is {width}x{height} pixels, too large to be a scan or photo of a sheet (at "
        "most {megapixels} MP)"),
    Code.PAPER_JPEG_TRUNCATED: QT_TR_NOOP("the JPEG is truncated (copy it again)"),
    Code.PAPER_IMAGE_DAMAGED: QT_TR_NOOP("the image is damaged or truncated"),
    Code.PAPER_PDF_MISSING: QT_TR_NOOP("the file does not exist"),
    Code.PAPER_PDF_DAMAGED: QT_TR_NOOP("the PDF is damaged, truncated or not a PDF"),
    Code.PAPER_PDF_PASSWORD: QT_TR_NOOP(
        "the PDF is password-protected; scan it again without a password"),
    Code.PAPER_PDF_ENCRYPTED: QT_TR_NOOP("the PDF is encrypted; scan it again without protection"),
    Code.PAPER_PDF_INCOMPLETE: QT_TR_NOOP("the file could not be read completely"),
    Code.PAPER_PDF_NOT_OPENED: QT_TR_NOOP("the PDF could not be opened ({detail})"),
    Code.PAPER_PDF_NO_PAGES: QT_TR_NOOP("the PDF has no pages (damaged or truncated?)"),
    Code.PAPER_PAGE_NO_SIZE: QT_TR_NOOP("page {page} has no size"),
    Code.PAPER_PAGE_NOT_DRAWN: QT_TR_NOOP("page {page} could not be drawn"),
    # Printing, storing and reviewing answer sheets (core/paper/).
    Code.PAPER_QUESTION_TOO_LONG: QT_TR_NOOP(
        "question {key} is too long for one column of a sheet"),
    Code.PRINT_COPIES: QT_TR_NOOP("--copies must be between 1 and {most}"),
    Code.PRINT_NO_LANGUAGE: QT_TR_NOOP("survey {key} has no '{language}' text; it has {languages}"),
    Code.NOTHING_TO_STORE: QT_TR_NOOP("nothing to store from this page: {reason}"),
    Code.SHEET_OTHER_VISIT: QT_TR_NOOP(
        "sheet {sheet}'s other page was read into another visit; scan both pages into the same "
        "visit"),
    Code.SHEET_NOT_WAITING: QT_TR_NOOP("that sheet is no longer waiting for review"),
    Code.SHEET_RESPONSE_GONE: QT_TR_NOOP("that sheet's response is no longer stored"),
    Code.WRITING_RESPONSE_GONE: QT_TR_NOOP("that writing box's response is no longer stored"),
    Code.WRITING_NOT_WAITING: QT_TR_NOOP("that writing box is no longer waiting to be typed"),
    Code.REVIEW_WRONG_QUESTIONS: QT_TR_NOOP(
        "a review answers exactly the questions under review (missing: {missing}; not asked: "
        "{extra})"),
    Code.NOT_ASKED_SKIP_RULE: QT_TR_NOOP("{key} is not asked on this response (its skip rule)"),
    # Untrusted zips and JSON over the limits (core/security/bounded.py).
    Code.KIND_BUNDLE: QT_TR_NOOP("bundle"),
    Code.KIND_WORKBOOK: QT_TR_NOOP("workbook"),
    Code.ZIP_FILE_TOO_BIG: QT_TR_NOOP("{what} {path} is {size} MB; the limit is {limit} MB"),
    Code.ZIP_TOO_MANY_FILES: QT_TR_NOOP("{what} {path} holds {count} files; at most {most}"),
    Code.ZIP_MEMBER_TOO_BIG: QT_TR_NOOP(
        "{what} {path}: {member} would inflate to {size} MB (limit {limit} MB, {total} MB in "
        "all); nothing was read"),
    Code.ZIP_BOMB: QT_TR_NOOP(
        "{what} {path}: {member} inflates {ratio} times (a zip bomb?); nothing was read"),
    Code.ZIP_MEMBER_LARGER: QT_TR_NOOP("{member} is larger than it says or than {limit} MB"),
    Code.JSON_TOO_DEEP: QT_TR_NOOP("{where}: JSON nested too deeply"),
    Code.BUNDLE_TOO_BIG_TO_WRITE: QT_TR_NOOP(
        "this bundle would hold {size} MB of records, over the {limit} MB ({member} MB per "
        "table) a laptop accepts; nothing was written"),
    Code.BUNDLE_TOO_BIG_SEND_NEW: QT_TR_NOOP(
        "this bundle would hold {size} MB of records, over the {limit} MB ({member} MB per "
        "table) a laptop accepts; `bundle export --new` sends only what no earlier bundle "
        "carried; nothing was written"),
    # A bundle's damaged or forged records (core/bundles/format.py, checks.py, merge.py).
    Code.BUNDLE_NEEDS_KEYS: QT_TR_NOOP(
        "bundles are for the organization's laptops: set a passphrase (`sos-desktop keys init`) "
        "or join (`keys join FILE`) first"),
    Code.BUNDLE_LINE: QT_TR_NOOP("{name} line {line}"),
    Code.BUNDLE_NOT_A_RECORD: QT_TR_NOOP("{where}: not a record"),
    Code.BUNDLE_FIELDS_DIFFER: QT_TR_NOOP(
        "{where}: fields differ (missing {missing}, unknown {extra})"),
    Code.BUNDLE_ID_NOT_UUID: QT_TR_NOOP("{where}: id is not a UUID"),
    Code.BUNDLE_ANSWERS_NOT_TEXT: QT_TR_NOOP(
        "{where}: answers must map question keys to JSON text"),
    Code.BUNDLE_FIELD_TYPE: QT_TR_NOOP("{where}: field {key} has a {kind}"),
    Code.BUNDLE_NO_LAPTOP_KEY: QT_TR_NOOP("the manifest names no laptop key"),
    Code.BUNDLE_WRONG_SIZE: QT_TR_NOOP("{name} has the wrong size"),
    Code.BUNDLE_LARGER_THAN_SAID: QT_TR_NOOP("{name} is larger than its manifest says"),
    Code.BUNDLE_LINE_TOO_LONG: QT_TR_NOOP("bundle {path}: {where} is over {limit} MB"),
    Code.BUNDLE_TOO_MANY_RECORDS: QT_TR_NOOP("bundle {path}: {name} has over {most} records"),
    Code.BUNDLE_RECORD_COUNT: QT_TR_NOOP("{name} has {count} records, manifest says {declared}"),
    Code.BUNDLE_FILES_MISMATCH: QT_TR_NOOP("the files inside do not match the manifest"),
    Code.BUNDLE_MALFORMED: QT_TR_NOOP("malformed content ({detail})"),
    Code.BUNDLE_DANGLING: QT_TR_NOOP("{table} {id} refers to a missing {column} {target}"),
    Code.BUNDLE_RECORD: QT_TR_NOOP("{table} record {id}: {reason}"),
    Code.RECORD_DEFINITION_BROKEN: QT_TR_NOOP("the survey definition is broken ({detail})"),
    Code.RECORD_HASH_MISMATCH: QT_TR_NOOP("key or content hash does not match the definition"),
    Code.RECORD_NOT_A_TIME: QT_TR_NOOP("{field} {value} is not a time"),
    Code.RECORD_TIMES: QT_TR_NOOP("created_at or updated_at is not a time"),
    Code.RECORD_LANGUAGE: QT_TR_NOOP("language {language} is not one of its survey's"),
    Code.RECORD_CHANNEL: QT_TR_NOOP("channel {channel} is not one of {channels}"),
    Code.RECORD_ANSWER_NOT_JSON: QT_TR_NOOP("an answer is not JSON ({detail})"),
    Code.RECORD_CONSENT_INCOMPLETE: QT_TR_NOOP(
        "{channel} consent without its wording, version and time"),
    Code.RECORD_CONSENT_DETAILS: QT_TR_NOOP("{channel} consent details without consent"),
    Code.RECORD_CONTACT_SEALED: QT_TR_NOOP("its contact does not open ({detail})"),
    Code.RECORD_NOT_STORED_FORM: QT_TR_NOOP("fields are not in the form the app stores"),
    Code.RECORD_NOT_YES_NO: QT_TR_NOOP("{field} is not yes or no"),
    Code.RECORD_SOURCE: QT_TR_NOOP("source {source} is not kiosk or import"),
    # Reports (core/reports/).
    Code.FONT_MISSING: QT_TR_NOOP("font {name} not found in {folders}; reinstall SOS Desktop"),
    Code.ROWS_RANGE: QT_TR_NOOP("--rows must be between 1 and {most}"),
    Code.NOT_A_DATE: QT_TR_NOOP("{option} {value} is not a date (YYYY-MM-DD)"),
    Code.FROM_AFTER_TO: QT_TR_NOOP("--from {start} is after --to {end}"),
    Code.REPORT_LANGUAGE: QT_TR_NOOP(
        "reports are not written in {language}; they are in {languages}"),
    # Cameras and recorded classes (core/camera).
    Code.CAMERA_MISSING: QT_TR_NOOP("{camera}: no camera found; plug one in and choose it"),
    Code.CAMERA_NOT_OPENED: QT_TR_NOOP(
        "{camera} could not be opened: it may be busy in another program (a video call?) or "
        "not allowed; close that program and try again"),
    Code.CAMERA_BUSY: QT_TR_NOOP(
        "{camera} is busy: another program (a video call?) may be using it; close that program "
        "and try again"),
    Code.CAMERA_STOPPED: QT_TR_NOOP(
        "{camera} stopped sending pictures (unplugged, or taken by another program)"),
    Code.FRAMES_NO_IMAGES: QT_TR_NOOP("{path}: no PNG or JPEG frames in this folder"),
    Code.FRAMES_MISSING: QT_TR_NOOP("{path}: no such folder or video file"),
    Code.FRAMES_NOT_VIDEO: QT_TR_NOOP("{path}: not a video file this app can read"),
    Code.FRAME_UNREADABLE: QT_TR_NOOP("{path}: not a readable PNG or JPEG image"),
    Code.FRAMES_FAILED: QT_TR_NOOP("{name} cannot be read: {detail}"),
    Code.PICTURE_FAILED: QT_TR_NOOP("reading the picture failed: {detail}"),
    # What became of one page picture (core/paper/read.py, definitions.py, scanner.py).
    Code.PAGE_NOT_PICTURE: QT_TR_NOOP("not a picture"),
    Code.PAGE_NO_SHEET: QT_TR_NOOP(
        "no answer sheet found (its four corner squares must be "
        "visible)"),
    Code.PAGE_CODE_FOREIGN: QT_TR_NOOP("the code in the corner is not one of ours"),
    Code.PAGE_CODE_UNREADABLE: QT_TR_NOOP(
        "the sheet's code could not be read; hold it closer and "
        "steadier"),
    Code.PAGE_ALREADY_READ: QT_TR_NOOP("already read"),
    Code.PAGE_LAYOUT_MISMATCH: QT_TR_NOOP("the sheet's pages do not match this survey's layout"),
    Code.PAGE_OUTSIDE: QT_TR_NOOP("part of the sheet is outside the picture"),
    Code.PAGE_READ: QT_TR_NOOP("read"),
    Code.PAGE_OTHER_SURVEY: QT_TR_NOOP("a sheet of survey {key}, but this visit uses {expected}"),
    Code.PAGE_UNKNOWN_VERSION: QT_TR_NOOP(
        "survey {key} version {version} is not on this laptop (an "
        "unknown survey or version)"),
    Code.PAGE_NO_LANGUAGE: QT_TR_NOOP("survey {key} has no {language!r} version"),
    Code.PAGE_SIDE_BLANK: QT_TR_NOOP("nothing marked on this side: nothing stored"),
    Code.PAGE_SIDE_BLANK_DRY: QT_TR_NOOP("nothing marked on this side (dry run)"),
    Code.PAGE_STORED: QT_TR_NOOP("read and stored"),
    Code.PAGE_OTHER_SIDE: QT_TR_NOOP("read; now scan the other side"),
    Code.PAGE_WAITS_REVIEW: QT_TR_NOOP("read; it waits for review"),
    Code.PAGE_BLANK: QT_TR_NOOP("a blank sheet: nothing stored"),
    Code.PAGE_READ_DRY: QT_TR_NOOP("read (dry run: nothing stored)"),
    Code.PAGE_FAILED: QT_TR_NOOP("this picture could not be read ({detail})"),
}
# Counted codes (core/messages.py COUNTED): tr() with the count `n`, for lupdate to see `%n`.
COUNTED: Mapping[Code, Callable[[int], str]] = {
    Code.IMPORT_REJECTED: lambda n: tr("{path}: %n problem(s), nothing imported", None, n),
    Code.ALREADY_IMPORTED_SIGNUPS: lambda n: tr(
        "{file}: this file was already imported on {date} at {time} (%n sign-up(s) into "
        "{visit}); importing it again would add them a second time", None, n),
    Code.ALREADY_IMPORTED_RESPONSES: lambda n: tr(
        "{file}: this file was already imported on {date} at {time} (%n paper response(s) "
        "into {visit}); importing it again would add them a second time", None, n),
    Code.PLAIN_SIGNUPS: lambda n: tr(
        "this database holds %n sign-up(s) in plain text from an older version; set the "
        "organizer's passphrase to seal them (in the window, or `sos-desktop keys init` on a "
        "terminal or with SOS_DESKTOP_PASSPHRASE set); the file was not changed", None, n),
}
# Worded by words/failures.py (a failed operation: its verb and cause have their own texts).
BY_FAILURES = frozenset({Code.FAILED, Code.FAILED_BECAUSE})


def worded(message: Message) -> str:
    """`message` in the organizer's language (its English in English); a Message among its
    parameters is worded too."""
    from sos_desktop.i18n import SOURCE_LANGUAGE, language
    from sos_desktop.words.failures import failed_line

    if language() == SOURCE_LANGUAGE:  # core's English, exactly as core writes it
        return str(message)
    params = {name: worded(value) if isinstance(value, Message) else value
              for name, value in message.params.items()}
    try:
        if message.code in BY_FAILURES:
            return failed_line(params) or str(message)
        if message.code in COUNTED:
            return COUNTED[message.code](int(str(params["n"]))).format(**params)
        return tr(TEXTS[message.code]).format(**params)
    except (KeyError, IndexError, ValueError):  # params missing, or a broken translation
        return str(message)


def in_our_words(said: BaseException | Message | str) -> str:
    """What a SosError (or a Message) says, in the organizer's language; an error without a
    code, or a plain text, as core wrote it."""
    message = said if isinstance(said, Message) else getattr(said, "message", None)
    return worded(message) if isinstance(message, Message) else str(said)

