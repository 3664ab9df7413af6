"""Core's English for the messages about files read and written (answer sheets, cameras and
recordings, zips over the limits, a bundle's records, reports): part of core/messages.py's
ENGLISH, kept here so that module stays small. Keyed by the code's value: core/messages.py
imports this module, not the other way round; its test checks every code has its English."""

from __future__ import annotations

from collections.abc import Mapping

FILES: Mapping[str, str] = {
    "paper_file": "{path} cannot be read: {reason}",
    "paper_no_such_file": "no such file",
    "paper_too_large": "the file is too large to be scans of sheets",
    "paper_pdf_empty": "the PDF is empty or damaged",
    "paper_empty": "the file is empty",
    "paper_no_pdf_renderer": "PDFs cannot be read here (no PDF renderer)",
    "paper_not_image": "not a PNG or JPEG image",
    "paper_no_size": "the image has no size (damaged header)",
    "paper_too_many_pixels": "the image is {width}x{height} pixels, too large to be a scan or "
                             "photo of a sheet (at most {megapixels} MP)",
    "paper_jpeg_truncated": "the JPEG is truncated (copy it again)",
    "paper_image_damaged": "the image is damaged or truncated",
    "paper_pdf_missing": "the file does not exist",
    "paper_pdf_damaged": "the PDF is damaged, truncated or not a PDF",
    "paper_pdf_password": "the PDF is password-protected; scan it again without a password",
    "paper_pdf_encrypted": "the PDF is encrypted; scan it again without protection",
    "paper_pdf_incomplete": "the file could not be read completely",
    "paper_pdf_not_opened": "the PDF could not be opened ({detail})",
    "paper_pdf_no_pages": "the PDF has no pages (damaged or truncated?)",
    "paper_page_no_size": "page {page} has no size",
    "paper_page_not_drawn": "page {page} could not be drawn",
    "paper_question_too_long": "question {key} is too long for one column of a sheet",
    "print_copies": "--copies must be between 1 and {most}",
    "print_no_language": "survey {key} has no '{language}' text; it has {languages}",
    "nothing_to_store": "nothing to store from this page: {reason}",
    "sheet_other_visit": "sheet {sheet}'s other page was read into another visit; scan both "
                         "pages into the same visit",
    "sheet_not_waiting": "that sheet is no longer waiting for review",
    "sheet_response_gone": "that sheet's response is no longer stored",
    "writing_response_gone": "that writing box's response is no longer stored",
    "writing_not_waiting": "that writing box is no longer waiting to be typed",
    "review_wrong_questions": "a review answers exactly the questions under review (missing: "
                              "{missing}; not asked: {extra})",
    "not_asked_skip_rule": "{key} is not asked on this response (its skip rule)",
    "kind_bundle": "bundle",
    "kind_workbook": "workbook",
    "zip_file_too_big": "{what} {path} is {size} MB; the limit is {limit} MB",
    "zip_too_many_files": "{what} {path} holds {count} files; at most {most}",
    "zip_member_too_big": "{what} {path}: {member} would inflate to {size} MB (limit {limit} MB, "
                          "{total} MB in all); nothing was read",
    "zip_bomb": "{what} {path}: {member} inflates {ratio} times (a zip bomb?); nothing was read",
    "zip_member_larger": "{member} is larger than it says or than {limit} MB",
    "json_too_deep": "{where}: JSON nested too deeply",
    "bundle_too_big_to_write": "this bundle would hold {size} MB of records, over the {limit} MB "
                               "({member} MB per table) a laptop accepts; nothing was written",
    "bundle_too_big_send_new": "this bundle would hold {size} MB of records, over the {limit} MB "
                               "({member} MB per table) a laptop accepts; `bundle export --new` "
                               "sends only what no earlier bundle carried; nothing was written",
    "bundle_needs_keys": "bundles are for the organization's laptops: set a passphrase "
                         "(`sos-desktop keys init`) or join (`keys join FILE`) first",
    "bundle_line": "{name} line {line}",
    "bundle_not_a_record": "{where}: not a record",
    "bundle_fields_differ": "{where}: fields differ (missing {missing}, unknown {extra})",
    "bundle_id_not_uuid": "{where}: id is not a UUID",
    "bundle_answers_not_text": "{where}: answers must map question keys to JSON text",
    "bundle_field_type": "{where}: field {key} has a {kind}",
    "bundle_no_laptop_key": "the manifest names no laptop key",
    "bundle_wrong_size": "{name} has the wrong size",
    "bundle_larger_than_said": "{name} is larger than its manifest says",
    "bundle_line_too_long": "bundle {path}: {where} is over {limit} MB",
    "bundle_too_many_records": "bundle {path}: {name} has over {most} records",
    "bundle_record_count": "{name} has {count} records, manifest says {declared}",
    "bundle_files_mismatch": "the files inside do not match the manifest",
    "bundle_malformed": "malformed content ({detail})",
    "bundle_dangling": "{table} {id} refers to a missing {column} {target}",
    "bundle_record": "{table} record {id}: {reason}",
    "record_definition_broken": "the survey definition is broken ({detail})",
    "record_hash_mismatch": "key or content hash does not match the definition",
    "record_not_a_time": "{field} {value} is not a time",
    "record_times": "created_at or updated_at is not a time",
    "record_language": "language {language} is not one of its survey's",
    "record_channel": "channel {channel} is not one of {channels}",
    "record_answer_not_json": "an answer is not JSON ({detail})",
    "record_consent_incomplete": "{channel} consent without its wording, version and time",
    "record_consent_details": "{channel} consent details without consent",
    "record_contact_sealed": "its contact does not open ({detail})",
    "record_not_stored_form": "fields are not in the form the app stores",
    "record_not_yes_no": "{field} is not yes or no",
    "record_source": "source {source} is not kiosk or import",
    "font_missing": "font {name} not found in {folders}; reinstall SOS Desktop",
    "rows_range": "--rows must be between 1 and {most}",
    "not_a_date": "{option} {value} is not a date (YYYY-MM-DD)",
    "from_after_to": "--from {start} is after --to {end}",
    "report_language": "reports are not written in {language}; they are in {languages}",
    "camera_missing": "{camera}: no camera found; plug one in and choose it",
    "camera_not_opened": "{camera} could not be opened: it may be busy in another program (a "
                         "video call?) or not allowed; close that program and try again",
    "camera_busy": "{camera} is busy: another program (a video call?) may be using it; close "
                   "that program and try again",
    "camera_stopped": "{camera} stopped sending pictures (unplugged, or taken by another "
                      "program)",
    "frames_no_images": "{path}: no PNG or JPEG frames in this folder",
    "frames_missing": "{path}: no such folder or video file",
    "frames_not_video": "{path}: not a video file this app can read",
    "frame_unreadable": "{path}: not a readable PNG or JPEG image",
    "frames_failed": "{name} cannot be read: {detail}",
    "picture_failed": "reading the picture failed: {detail}",
}
