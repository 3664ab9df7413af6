"""What core says to a person, as a code with parameters: the catalog of message kinds.

Core raises `SosError(Code.NO_VISIT(id=...))`: the error's text (`str(error)`, for logs and the
English command line) is the English template below filled in, and the error keeps the
`Message` itself, so a front end words it in another language from its code and parameters
(sos_desktop/words/errors.py) without reading the English back. A parameter may itself be a
Message (a failed operation inside "cannot be restored: ..."). Counted messages take their
count as the parameter `n` and have an English singular and plural.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping
from dataclasses import dataclass, field

TYPE_CHECKING = False  # as typing's: the command line does not load typing (~2 ms)
if TYPE_CHECKING:
    from enum import StrEnum as FastStrEnum
else:  # the same members, defined ~20 times faster (core/fast_enum.py)
    from sos_desktop.core.fast_enum import FastStrEnum


class Code(FastStrEnum):
    """A message kind; `Code.X(**params)` is the Message to raise."""

    # Looked up and not there.
    NO_VISIT = "no_visit"
    NO_DEFINITION = "no_definition"
    RECEIPT_AMBIGUOUS = "receipt_ambiguous"
    NO_SURVEY = "no_survey"
    NO_SIGNUP_EXPORT = "no_signup_export"
    NO_EXPORT_RECEIPT = "no_export_receipt"
    # Keys and passphrases (core/security/keys.py).
    WRONG_PASSPHRASE = "wrong_passphrase"
    PASSPHRASE_TOO_SHORT = "passphrase_too_short"
    RECOVERY_KEY_WRONG = "recovery_key_wrong"
    NOT_A_RECOVERY_KEY = "not_a_recovery_key"
    PUBLIC_KEY_ONLY = "public_key_only"
    NO_ORG_KEY = "no_org_key"
    KEY_PAIR_MISMATCH = "key_pair_mismatch"
    NOT_A_KEY_FILE = "not_a_key_file"
    # Team laptops (core/bundles/laptops.py, core/security/laptop_key.py).
    LAPTOP_OTHER_ORG = "laptop_other_org"
    LAPTOP_STAYS_REVOKED = "laptop_stays_revoked"
    LAPTOP_NOT_FOUND = "laptop_not_found"
    LAPTOP_SEVERAL = "laptop_several"
    LAPTOP_NO_ORG = "laptop_no_org"
    LAPTOP_KEY_DAMAGED = "laptop_key_damaged"
    NOT_A_LAPTOP_KEY_FILE = "not_a_laptop_key_file"
    PLAIN_SIGNUPS = "plain_signups"  # counted: n sign-ups not sealed yet
    # A visit that cannot take this now.
    VISIT_NO_SURVEY_GIVE = "visit_no_survey_give"
    VISIT_NO_SURVEY_CHOOSE = "visit_no_survey_choose"
    KIOSK_COLLECTING = "kiosk_collecting"
    VISIT_CLOSED = "visit_closed"
    REWRITE_HELD = "rewrite_held"
    AUTO_BACKUP_FAILED = "auto_backup_failed"
    # Files in and out.
    NO_SUCH_FILE = "no_such_file"
    CANNOT_READ_FILE = "cannot_read_file"
    LINE_NOT_UTF8_SHEET = "line_not_utf8_sheet"
    LINE_NOT_UTF8_EXPORT = "line_not_utf8_export"
    SURVEY_EXPORT_FORMAT = "survey_export_format"
    SURVEY_VERSION_CLASH = "survey_version_clash"
    UNKNOWN_PROFILE = "unknown_profile"
    NOT_AN_ONLINE_EXPORT = "not_an_online_export"
    NOT_UTF8 = "not_utf8"
    EMPTY_FILE = "empty_file"
    IMPORT_REJECTED = "import_rejected"  # counted: n problems
    ALREADY_IMPORTED_SIGNUPS = "already_imported_signups"  # counted: n sign-ups
    ALREADY_IMPORTED_RESPONSES = "already_imported_responses"  # counted: n responses
    # Writing a file (core/storage/atomic.py, core/backups/copy.py, core/storage/outputs.py).
    WRITE_NO_FOLDER_DRIVE = "write_no_folder_drive"
    WRITE_NO_FOLDER = "write_no_folder"
    WRITE_NO_PERMISSION = "write_no_permission"
    WRITE_DISK_FULL = "write_disk_full"
    WRITE_IS_FOLDER = "write_is_folder"
    WRITE_FAILED = "write_failed"
    # A failed database or file operation (core/storage/failures.py describe): `doing` is a Doing,
    # `cause` one of failures' causes with its English `advice`.
    FAILED = "failed"
    FAILED_BECAUSE = "failed_because"
    # The database (core/storage/db.py, core/storage/store.py, core/storage/unlinkable.py).
    COULD_NOT_SAVE = "could_not_save"
    DB_DAMAGED = "db_damaged"
    DB_NOT_A_DATABASE = "db_not_a_database"
    DB_NEWER = "db_newer"
    DB_NOT_OURS = "db_not_ours"
    DB_NOT_MIGRATED = "db_not_migrated"
    DB_NEEDS_MIGRATION = "db_needs_migration"
    SEALED_WRONG_KEY = "sealed_wrong_key"
    SEALED_UNKNOWN_FORMAT = "sealed_unknown_format"
    SEALED_NO_FIELDS = "sealed_no_fields"
    SEALED_WRONG_FIELDS = "sealed_wrong_fields"
    DATA_FOLDER_IS_FILE = "data_folder_is_file"
    NO_DATABASE = "no_database"
    NO_DEVICE_ID_IN = "no_device_id_in"
    # `restore` (core/backups/restore.py).
    NO_BACKUP_FILE = "no_backup_file"
    BACKUP_FOLDER_GONE = "backup_folder_gone"
    BACKUP_COPY_BAD = "backup_copy_bad"
    RESTORE_KEEP_FAILED = "restore_keep_failed"
    RESTORED_NOT_SALVAGED = "restored_not_salvaged"
    BACKUP_DAMAGED = "backup_damaged"
    BACKUP_NOT_OURS = "backup_not_ours"
    BACKUP_UNREADABLE = "backup_unreadable"
    # `check`'s findings (core/storage/maintenance.py); SQLite's own integrity lines are no Message.
    CANNOT_READ = "cannot_read"
    SCHEMA_MISMATCH = "schema_mismatch"
    NO_DEVICE_ID = "no_device_id"
    # A bundle refused (core/bundles/): BUNDLE_REFUSED with its `reason`, one of the codes
    # after it (a rarer one, a damaged record's, is English text).
    BUNDLE_REFUSED = "bundle_refused"
    BUNDLE_UNREGISTERED = "bundle_unregistered"
    BUNDLE_REVOKED = "bundle_revoked"
    BUNDLE_SHARED_KEY = "bundle_shared_key"
    BUNDLE_NOT_ZIP = "bundle_not_zip"
    BUNDLE_NO_MANIFEST = "bundle_no_manifest"
    BUNDLE_NOT_OURS = "bundle_not_ours"
    BUNDLE_FORMAT_VERSION = "bundle_format_version"
    BUNDLE_OTHER_ORG = "bundle_other_org"
    BUNDLE_UNSIGNED = "bundle_unsigned"
    BUNDLE_BAD_SIGNATURE = "bundle_bad_signature"
    BUNDLE_ALTERED = "bundle_altered"
    BUNDLE_NO_ORG_KEY = "bundle_no_org_key"
    BUNDLE_LAPTOP_CHANGED = "bundle_laptop_changed"
    BUNDLE_MISSING = "bundle_missing"
    BUNDLE_UNREADABLE = "bundle_unreadable"
    # A deck that cannot be shown (core/decks): DECK_NOT_SHOWN (or, for a visit's or the
    # settings' deck, DECK_PROBLEM) with its `problem`, one of the DECK_ codes after them.
    DECK_NOT_SHOWN = "deck_not_shown"
    DECK_PROBLEM = "deck_problem"
    DECK_MISSING = "deck_missing"
    DECK_IS_FOLDER = "deck_is_folder"
    DECK_EMPTY = "deck_empty"
    DECK_NOT_PDF = "deck_not_pdf"
    DECK_NO_PAGES = "deck_no_pages"
    DECK_NO_SLIDES = "deck_no_slides"
    DECK_UNREADABLE = "deck_unreadable"
    DECK_NOT_UTF8 = "deck_not_utf8"
    DECK_SUFFIX = "deck_suffix"
    # What became of one page picture (a sheet side read, or why not).
    PAGE_NOT_PICTURE = "page_not_picture"
    PAGE_NO_SHEET = "page_no_sheet"
    PAGE_CODE_FOREIGN = "page_code_foreign"
    PAGE_CODE_UNREADABLE = "page_code_unreadable"
    PAGE_ALREADY_READ = "page_already_read"
    PAGE_LAYOUT_MISMATCH = "page_layout_mismatch"
    PAGE_OUTSIDE = "page_outside"
    PAGE_READ = "page_read"
    PAGE_OTHER_SURVEY = "page_other_survey"
    PAGE_UNKNOWN_VERSION = "page_unknown_version"
    PAGE_NO_LANGUAGE = "page_no_language"
    PAGE_SIDE_BLANK = "page_side_blank"
    PAGE_SIDE_BLANK_DRY = "page_side_blank_dry"
    PAGE_STORED = "page_stored"
    PAGE_OTHER_SIDE = "page_other_side"
    PAGE_WAITS_REVIEW = "page_waits_review"
    PAGE_BLANK = "page_blank"
    PAGE_READ_DRY = "page_read_dry"
    PAGE_FAILED = "page_failed"
    # A file of answer sheets that cannot be read (core/paper/inputs.py, pdf_pages.py):
    # PAPER_FILE with its `reason`, one of the PAPER_ codes after it.
    PAPER_FILE = "paper_file"
    PAPER_NO_SUCH_FILE = "paper_no_such_file"
    PAPER_TOO_LARGE = "paper_too_large"
    PAPER_PDF_EMPTY = "paper_pdf_empty"
    PAPER_EMPTY = "paper_empty"
    PAPER_NO_PDF_RENDERER = "paper_no_pdf_renderer"
    PAPER_NOT_IMAGE = "paper_not_image"
    PAPER_NO_SIZE = "paper_no_size"
    PAPER_TOO_MANY_PIXELS = "paper_too_many_pixels"
    PAPER_JPEG_TRUNCATED = "paper_jpeg_truncated"
    PAPER_IMAGE_DAMAGED = "paper_image_damaged"
    PAPER_PDF_MISSING = "paper_pdf_missing"
    PAPER_PDF_DAMAGED = "paper_pdf_damaged"
    PAPER_PDF_PASSWORD = "paper_pdf_password"
    PAPER_PDF_ENCRYPTED = "paper_pdf_encrypted"
    PAPER_PDF_INCOMPLETE = "paper_pdf_incomplete"
    PAPER_PDF_NOT_OPENED = "paper_pdf_not_opened"
    PAPER_PDF_NO_PAGES = "paper_pdf_no_pages"
    PAPER_PAGE_NO_SIZE = "paper_page_no_size"
    PAPER_PAGE_NOT_DRAWN = "paper_page_not_drawn"
    # Printing, storing and reviewing answer sheets (core/paper/).
    PAPER_QUESTION_TOO_LONG = "paper_question_too_long"
    PRINT_COPIES = "print_copies"
    PRINT_NO_LANGUAGE = "print_no_language"
    NOTHING_TO_STORE = "nothing_to_store"
    SHEET_OTHER_VISIT = "sheet_other_visit"
    SHEET_NOT_WAITING = "sheet_not_waiting"
    SHEET_RESPONSE_GONE = "sheet_response_gone"
    WRITING_RESPONSE_GONE = "writing_response_gone"
    WRITING_NOT_WAITING = "writing_not_waiting"
    REVIEW_WRONG_QUESTIONS = "review_wrong_questions"
    NOT_ASKED_SKIP_RULE = "not_asked_skip_rule"
    # Untrusted zips and JSON over the limits (core/security/bounded.py): `what` is KIND_BUNDLE
    # or KIND_WORKBOOK.
    KIND_BUNDLE = "kind_bundle"
    KIND_WORKBOOK = "kind_workbook"
    ZIP_FILE_TOO_BIG = "zip_file_too_big"
    ZIP_TOO_MANY_FILES = "zip_too_many_files"
    ZIP_MEMBER_TOO_BIG = "zip_member_too_big"
    ZIP_BOMB = "zip_bomb"
    ZIP_MEMBER_LARGER = "zip_member_larger"
    JSON_TOO_DEEP = "json_too_deep"
    BUNDLE_TOO_BIG_TO_WRITE = "bundle_too_big_to_write"
    BUNDLE_TOO_BIG_SEND_NEW = "bundle_too_big_send_new"
    # A bundle's damaged or forged records (core/bundles/format.py, checks.py, merge.py):
    # BUNDLE_RECORD names the record and its `reason`, a RECORD_ code (or the kiosk's English
    # reasons for a record's fields and answers).
    BUNDLE_NEEDS_KEYS = "bundle_needs_keys"
    BUNDLE_LINE = "bundle_line"
    BUNDLE_NOT_A_RECORD = "bundle_not_a_record"
    BUNDLE_FIELDS_DIFFER = "bundle_fields_differ"
    BUNDLE_ID_NOT_UUID = "bundle_id_not_uuid"
    BUNDLE_ANSWERS_NOT_TEXT = "bundle_answers_not_text"
    BUNDLE_FIELD_TYPE = "bundle_field_type"
    BUNDLE_NO_LAPTOP_KEY = "bundle_no_laptop_key"
    BUNDLE_WRONG_SIZE = "bundle_wrong_size"
    BUNDLE_LARGER_THAN_SAID = "bundle_larger_than_said"
    BUNDLE_LINE_TOO_LONG = "bundle_line_too_long"
    BUNDLE_TOO_MANY_RECORDS = "bundle_too_many_records"
    BUNDLE_RECORD_COUNT = "bundle_record_count"
    BUNDLE_FILES_MISMATCH = "bundle_files_mismatch"
    BUNDLE_MALFORMED = "bundle_malformed"
    BUNDLE_DANGLING = "bundle_dangling"
    BUNDLE_RECORD = "bundle_record"
    RECORD_DEFINITION_BROKEN = "record_definition_broken"
    RECORD_HASH_MISMATCH = "record_hash_mismatch"
    RECORD_NOT_A_TIME = "record_not_a_time"
    RECORD_TIMES = "record_times"
    RECORD_LANGUAGE = "record_language"
    RECORD_CHANNEL = "record_channel"
    RECORD_ANSWER_NOT_JSON = "record_answer_not_json"
    RECORD_CONSENT_INCOMPLETE = "record_consent_incomplete"
    RECORD_CONSENT_DETAILS = "record_consent_details"
    RECORD_CONTACT_SEALED = "record_contact_sealed"
    RECORD_NOT_STORED_FORM = "record_not_stored_form"
    RECORD_NOT_YES_NO = "record_not_yes_no"
    RECORD_SOURCE = "record_source"
    # Reports (core/reports/); a survey without the language asked is PRINT_NO_LANGUAGE.
    FONT_MISSING = "font_missing"
    ROWS_RANGE = "rows_range"
    NOT_A_DATE = "not_a_date"
    FROM_AFTER_TO = "from_after_to"
    REPORT_LANGUAGE = "report_language"
    # Cameras and recorded classes (core/camera).
    CAMERA_MISSING = "camera_missing"
    CAMERA_NOT_OPENED = "camera_not_opened"
    CAMERA_BUSY = "camera_busy"
    CAMERA_STOPPED = "camera_stopped"
    FRAMES_NO_IMAGES = "frames_no_images"
    FRAMES_MISSING = "frames_missing"
    FRAMES_NOT_VIDEO = "frames_not_video"
    FRAME_UNREADABLE = "frame_unreadable"
    FRAMES_FAILED = "frames_failed"
    PICTURE_FAILED = "picture_failed"

    def __call__(self, **params: object) -> Message:
        return Message(self, params)


class _English(Mapping[Code, str]):
    """Each code's English template, read from message_texts and message_files the first time
    a message is put in words: every start imports this module (core raises its codes), and
    the window's first paint says none of them."""

    _texts: dict[Code, str] | None = None

    def _loaded(self) -> dict[Code, str]:
        if self._texts is None:
            from sos_desktop.core.message_files import FILES
            from sos_desktop.core.message_texts import TEXTS

            self._texts = {Code(value): text for value, text in {**TEXTS, **FILES}.items()}
        return self._texts

    def __getitem__(self, code: Code) -> str:
        return self._loaded()[code]

    def __iter__(self) -> Iterator[Code]:
        return iter(self._loaded())

    def __len__(self) -> int:
        return len(self._loaded())


ENGLISH: Mapping[Code, str] = _English()

_ALREADY = ("{file}: this file was already imported on {date} at {time} ({n} %s into "
            "{visit}); importing it again would add them a second time")
_PLAIN = ("this database holds {n} %s in plain text from an older version; set the organizer's "
          "passphrase to seal them (in the window, or `sos-desktop keys init` on a terminal or "
          "with SOS_DESKTOP_PASSPHRASE set); the file was not changed")
# Counted kinds: (one, other), chosen by the parameter `n`.
COUNTED: Mapping[Code, tuple[str, str]] = {
    Code.IMPORT_REJECTED: ("{path}: {n} problem, nothing imported",
                           "{path}: {n} problems, nothing imported"),
    Code.ALREADY_IMPORTED_SIGNUPS: (_ALREADY % "sign-up", _ALREADY % "sign-ups"),
    Code.ALREADY_IMPORTED_RESPONSES: (_ALREADY % "paper response", _ALREADY % "paper responses"),
    Code.PLAIN_SIGNUPS: (_PLAIN % "sign-up", _PLAIN % "sign-ups"),
}


@dataclass(frozen=True)
class Message:
    """A message kind and its parameters; `str()` is its English."""

    code: Code
    params: Mapping[str, object] = field(default_factory=dict)

    def __str__(self) -> str:
        if self.code in COUNTED:
            one, other = COUNTED[self.code]
            return (one if self.params.get("n") == 1 else other).format(**self.params)
        return ENGLISH[self.code].format(**self.params)
