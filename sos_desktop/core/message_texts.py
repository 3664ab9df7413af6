"""Core's English for each message kind but the files' (core/message_files.py): part of
core/messages.py's ENGLISH, kept apart so the catalog of codes stays short. Keyed by the code's
value, as message_files is: core/messages.py imports this module, not the other way round."""

from __future__ import annotations

from collections.abc import Mapping

_BUNDLE_REGISTER = ("(if it is one of your team laptops, run `sos-desktop keys signing-key "
                    "FILE` on it and `sos-desktop keys register FILE` here)")

TEXTS: Mapping[str, str] = {
    "no_visit": "no visit with id {id}",
    "no_definition": "no survey definition with id {id}",
    "receipt_ambiguous": "export receipt id {id} is ambiguous; give more characters",
    "no_survey": "no survey with key {key}; see `sos-desktop survey list`",
    "no_signup_export": "no sign-up export yet: nothing to mark as imported",
    "no_export_receipt": "no export receipt with id {id} (see `sos-desktop export history`)",
    "wrong_passphrase": "wrong passphrase",
    "passphrase_too_short": "the passphrase needs at least {count} characters (a few words "
                            "are easy to remember and hard to guess)",
    "recovery_key_wrong": "that recovery key does not open this laptop's key",
    "not_a_recovery_key": "that is not a recovery key (it has 13 groups of 4 letters and "
                          "digits, like ABCD-EFGH-…)",
    "public_key_only": "this laptop joined {organization} with its public key only: contacts "
                       "can be sealed here but opened only on the organizer's laptop",
    "no_org_key": "no organization key on this laptop yet: set a passphrase first "
                  "(`sos-desktop keys init`)",
    "key_pair_mismatch": "the stored key pair does not match (damaged key table)",
    "not_a_key_file": "{source} is not an organization key file from `sos-desktop keys "
                      "export-public` ({detail})",
    "laptop_other_org": "laptop {name} (key {fingerprint}) joined another organization; run "
                        "`sos-desktop keys join FILE` on it with this laptop's `keys "
                        "export-public` file first",
    "laptop_stays_revoked": "laptop key {fingerprint} ({name}) was revoked on {time} and "
                            "stays revoked; on that laptop run `sos-desktop keys signing-key "
                            "FILE --new-key`, then register the new file",
    "laptop_not_found": "no registered laptop named or with key {which}; see `sos-desktop "
                        "keys list`",
    "laptop_several": "{count} laptops match {which}; give the key fingerprint "
                      "(`sos-desktop keys list`)",
    "laptop_no_org": "this laptop has no organization yet: run `sos-desktop keys join FILE` "
                     "with the organizer's `keys export-public` file first",
    "laptop_key_damaged": "this laptop's bundle key {path} is damaged; move it away and "
                          "register the laptop again (`sos-desktop keys signing-key FILE`)",
    "not_a_laptop_key_file": "{source} is not a laptop key file from `sos-desktop keys "
                             "signing-key` ({detail})",
    "visit_no_survey_give": "visit {id} has no survey; give --survey KEY",
    "visit_no_survey_choose": "visit {id} has no survey; choose one for the visit first",
    "kiosk_collecting": "the kiosk is collecting answers for this visit; leave the kiosk "
                        "with the organizer PIN first",
    "visit_closed": "this visit is closed; reopen it to take more answers",
    "rewrite_held": "another program has the database open, so the file could not be "
                    "rewritten to hide the order students answered in; close that program: "
                    "it is done at the next start",
    "auto_backup_failed": "the automatic backup failed: {reason}",
    "no_such_file": "{path}: no such file",
    "cannot_read_file": "{file}: cannot read ({reason})",
    "line_not_utf8_sheet": "{path}: line {line} is not UTF-8 text; save the sheet as "
                           "'CSV UTF-8'",
    "line_not_utf8_export": "{path}: line {line} is not UTF-8 text; export the CSV as UTF-8",
    "survey_export_format": "{file}: a survey is exported as .xlsx (XLSForm) or .yaml",
    "survey_version_clash": "survey {key} version {version} is already stored with other "
                            "content; give the changed survey a new version number",
    "unknown_profile": "unknown export profile {name}; known: {known}",
    "not_an_online_export": "{path}: not a KoboToolbox, ODK or Google Forms export (no "
                            "_uuid, _submission_time, KEY or Timestamp column)",
    "not_utf8": "{path}: not UTF-8 text; export the CSV as UTF-8",
    "empty_file": "{path}: the file is empty (a header row is needed)",
    "write_no_folder_drive": "cannot write {path}: folder {folder} does not exist (was the "
                             "drive removed?)",
    "write_no_folder": "cannot write {path}: folder {folder} does not exist",
    "write_no_permission": "cannot write {path}: no permission to write in {folder}",
    "write_disk_full": "cannot write {path}: the disk is full",
    "write_is_folder": "cannot write {path}: it is a folder",
    "write_failed": "cannot write {path}: {detail}",
    "failed": "could not {doing} {path}: {detail}",
    "failed_because": "could not {doing} {path}: {advice} ({detail})",
    "could_not_save": "could not save to {path}: {detail}",
    "db_damaged": "database {path} is damaged ({detail}); nothing was saved",
    "db_not_a_database": "database {path} is damaged or not a database ({detail}); restore "
                         "a backup or move the file away",
    "db_newer": "database {path} was written by a newer SOS Desktop (schema {revision}; this "
                "version knows up to {head}); update the app, the file was not changed",
    "db_not_ours": "{path} is an SQLite file but not an SOS Desktop database (tables: "
                   "{tables}); it was not changed",
    "db_not_migrated": "{reason}; the database {path} was not migrated and is unchanged",
    "db_needs_migration": "{path} is at schema {revision}, not {head}; it can only be read "
                          "once it has been migrated in a writable folder",
    "sealed_wrong_key": "a sealed sign-up does not open with this organization's key (sealed "
                        "for another organization, or damaged)",
    "sealed_unknown_format": "a sealed sign-up has an unknown format",
    "sealed_no_fields": "a sealed sign-up does not hold contact fields",
    "sealed_wrong_fields": "a sealed sign-up does not hold the expected contact fields",
    "data_folder_is_file": "the data folder {folder} is a file, not a folder: give "
                           "--data-dir a folder (it is created if missing)",
    "no_database": "there is no database at {path}",
    "no_device_id_in": "database {path} has no device id: run `sos-desktop check`",
    "no_backup_file": "there is no backup file {path}",
    "backup_folder_gone": "cannot write the backup: the folder {folder} is not there (a USB "
                          "stick taken out?)",
    "backup_copy_bad": "the backup copy {path} failed its integrity check: {verdict}",
    "restore_keep_failed": "could not keep the current database before restoring: {reason}; "
                           "nothing was changed",
    "restored_not_salvaged": "{backup} was restored, but nothing could be saved from the "
                             "damaged file {kept}: {reason}",
    "backup_damaged": "{path} cannot be restored: it is damaged too ({verdict})",
    "backup_not_ours": "{path} cannot be restored: it is not an SOS Desktop database this "
                       "version can read",
    "backup_unreadable": "{path} cannot be restored: {reason}",
    "cannot_read": "cannot read {path}: {detail}",
    "schema_mismatch": "schema is {found}, expected {expected}",
    "no_device_id": "no device id in settings",
    "bundle_refused": "bundle {path}: {reason}; nothing was imported",
    "bundle_unregistered": "it is signed by laptop {name} with key {fingerprint}, which is "
                           f"not registered here {_BUNDLE_REGISTER}",
    "bundle_revoked": "it is signed by laptop {name} (key {fingerprint}), revoked on {time}",
    "bundle_shared_key": "it was made with the organization's shared bundle key of older "
                         "versions, which anyone holding a team laptop's files could use, so "
                         "it is no longer accepted: update SOS Desktop on that laptop, "
                         "register it here (`sos-desktop keys signing-key FILE` there, "
                         "`sos-desktop keys register FILE` here) and export the bundle again",
    "bundle_not_zip": "not a zip file or cut short (truncated copy?)",
    "bundle_no_manifest": "no manifest (not an SOS Desktop bundle)",
    "bundle_not_ours": "not an SOS Desktop bundle",
    "bundle_format_version": "format version {found} is not {expected}; update SOS Desktop "
                             "on both laptops",
    "bundle_other_org": "it comes from the organization {theirs}, not {ours}",
    "bundle_unsigned": "it is not signed",
    "bundle_bad_signature": "its signature does not match laptop {name} (key {fingerprint}): "
                            "altered after it was written",
    "bundle_altered": "{name} does not match its SHA-256 (altered)",
    "bundle_no_org_key": "this laptop has no organization key yet: set the passphrase "
                         "(sos-desktop keys init) or join the organizer's (sos-desktop keys "
                         "join FILE)",
    "bundle_laptop_changed": "laptop {name} was revoked or changed while the bundle was read; "
                             "try again",
    "bundle_missing": "bundle {path}: no such file",
    "bundle_unreadable": "bundle {path}: cannot read ({reason})",
    "deck_not_shown": "The deck {path} cannot be shown: {problem}",
    "deck_problem": "{path} cannot be shown: {problem}",
    "deck_missing": "the file does not exist",
    "deck_is_folder": "it is a folder, not a file",
    "deck_empty": "the file is empty",
    "deck_not_pdf": "it is named .pdf but is not a PDF file (damaged or renamed?)",
    "deck_no_pages": "the PDF has no pages",
    "deck_no_slides": "it has no slides (the file is empty or only separators)",
    "deck_unreadable": "the file cannot be read ({detail})",
    "deck_not_utf8": "it is not UTF-8 text (bad byte at position {at})",
    "deck_suffix": "{suffix} decks are not supported; use a PDF export or a Markdown (.md) "
                   "deck",
}
