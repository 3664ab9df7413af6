"""The .sosbundle file: a zip of manifest.json, manifest.mac and one JSONL file per table.

The manifest names the organization and lists every file with its SHA-256, size and record
count; manifest.mac is the HMAC-SHA256 of manifest.json under the organization's bundle key
(shared by `keys join`), so only the organization's laptops can make a bundle the others accept.
`read_bundle` checks limits, the organization, the MAC, hashes and every record's shape before
the caller writes anything (bundle_checks then validates each record as the kiosk would).
Records are sorted by their random UUID: no file keeps creation order, and sign-ups carry no
link to responses.
"""

from __future__ import annotations

import hashlib
import hmac
import io
import json
import sqlite3
import zipfile
import zlib
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path

from sos_desktop.core import models
from sos_desktop.core.errors import SosError
from sos_desktop.core.people import contacts
from sos_desktop.core.security import bounded
from sos_desktop.core.security.keys import OrgKeys

FORMAT = "sos-desktop-bundle"
FORMAT_VERSION = 2  # 2: authenticated (manifest.mac), sign-ups sealed
MANIFEST, MANIFEST_MAC = "manifest.json", "manifest.mac"
MANIFEST_MAX = 1 << 20
LINE_MAX = 1 << 20  # one record; a sign-up or a response is a few kB
RECORDS_MAX = 2_000_000  # per table

# Every column of each table, as the models declare them (a new column travels too).
VISIT_COLUMNS = tuple(models.Visit.__table__.columns.keys())
DEFINITION_COLUMNS = tuple(models.SurveyDefinition.__table__.columns.keys())
RESPONSE_COLUMNS = tuple(models.SurveyResponse.__table__.columns.keys())
# Import order: parents before children.
TABLES = ("survey_definitions", "visits", "survey_responses", "signups")
FIELDS = {
    "visits": VISIT_COLUMNS,
    "survey_definitions": DEFINITION_COLUMNS,
    "survey_responses": (*RESPONSE_COLUMNS, "answers"),
    "signups": contacts.SIGNUP_COLUMNS,
}
_FIELD_SETS = {table: frozenset(columns) for table, columns in FIELDS.items()}
_SCALAR = (str, int, float)


class BrokenBundle(SosError):
    """The bundle is truncated, tampered with or not a bundle; nothing was imported."""

    def __init__(self, path: Path, reason: str) -> None:
        super().__init__(f"bundle {path}: {reason}; nothing was imported")


def canonical(record: dict) -> str:
    return json.dumps(record, sort_keys=True, separators=(",", ":"), ensure_ascii=False)


def sha256(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


def mac(bundle_key: bytes, manifest_bytes: bytes) -> str:
    return hmac.new(bundle_key, manifest_bytes, hashlib.sha256).hexdigest()


# --- reading local records ----------------------------------------------------------------


def _plain(conn: sqlite3.Connection, table: str, columns: tuple[str, ...], where: str,
           params: list) -> Iterator[dict]:
    sql = f"SELECT {', '.join(columns)} FROM {table} {where}"
    for row in conn.execute(sql, params):
        yield dict(zip(columns, row, strict=True))


def _responses(conn: sqlite3.Connection, where: str, params: list) -> Iterator[dict]:
    answers: dict[str, dict[str, str]] = {}
    sql = (f"SELECT a.response_id, a.question_key, a.value FROM survey_answers a"
           f" JOIN survey_responses r ON r.id = a.response_id {where}")
    for response_id, key, value in conn.execute(sql, params):
        answers.setdefault(response_id, {})[key] = value
    for record in _plain(conn, "survey_responses r", tuple(f"r.{c}" for c in RESPONSE_COLUMNS),
                         where, params):
        out = {c: record[f"r.{c}"] for c in RESPONSE_COLUMNS}
        out["answers"] = answers.get(out["id"], {})
        yield out


def local_records(conn: sqlite3.Connection, table: str, ids: list[str] | None = None,
                  not_bundled: bool = False) -> Iterator[dict]:
    """Records of `table` as bundle dicts: all, those with `ids`, or those never bundled."""
    alias = {"survey_responses": "r", "signups": "signups"}.get(table, "t")
    where, params = "", []
    if ids is not None:
        where = f"WHERE {alias}.id IN ({', '.join('?' for _ in ids)})"
        params = list(ids)
    elif not_bundled:
        where = (f"WHERE NOT EXISTS (SELECT 1 FROM bundled_records b"
                 f" WHERE b.table_name = '{table}' AND b.record_id = {alias}.id)")
    if table == "survey_responses":
        yield from _responses(conn, where, params)
    elif table == "signups":
        yield from contacts.iter_portable(conn, where, params)
    else:
        yield from _plain(conn, f"{table} t", FIELDS[table], where, params)


# --- writing ------------------------------------------------------------------------------


def jsonl(records: list[dict]) -> bytes:
    records.sort(key=lambda r: r["id"])  # random UUIDs: no order survives
    return "".join(canonical(r) + "\n" for r in records).encode("utf-8")


def build_zip(files: dict[str, bytes], header: dict, keys: OrgKeys) -> tuple[bytes, dict]:
    manifest = {
        **header,
        "org_id": keys.org_id,
        "org_name": keys.org_name,
        "format": FORMAT,
        "format_version": FORMAT_VERSION,
        "files": {
            name: {"sha256": sha256(data), "bytes": len(data), "records": data.count(b"\n")}
            for name, data in files.items()
        },
    }
    manifest_bytes = json.dumps(manifest, indent=1, sort_keys=True).encode("utf-8")
    buffer = io.BytesIO()
    with zipfile.ZipFile(buffer, "w", zipfile.ZIP_DEFLATED, compresslevel=6) as archive:
        archive.writestr(MANIFEST, manifest_bytes)
        archive.writestr(MANIFEST_MAC, mac(keys.bundle_key, manifest_bytes) + "\n")
        for name, data in files.items():
            archive.writestr(name, data)
    return buffer.getvalue(), manifest


# --- reading and verifying ----------------------------------------------------------------


@dataclass
class Bundle:
    manifest: dict
    records: dict[str, list[dict]]  # table -> records
    sha256: str

    @property
    def bundle_id(self) -> str:
        return self.manifest["bundle_id"]


def _check_record(path: Path, name: str, line: int, record: object, table: str) -> dict:
    where = f"{name} line {line}"
    if not isinstance(record, dict):
        raise BrokenBundle(path, f"{where}: not a record")
    expected = _FIELD_SETS[table]
    if record.keys() != expected:
        missing = sorted(expected - set(record))
        extra = sorted(set(record) - expected)
        raise BrokenBundle(path, f"{where}: fields differ (missing {missing}, unknown {extra})")
    if not isinstance(record["id"], str) or len(record["id"]) != 36:
        raise BrokenBundle(path, f"{where}: id is not a UUID")
    for key, value in record.items():
        if key == "answers":
            if not isinstance(value, dict) or not all(
                isinstance(k, str) and isinstance(v, str) for k, v in value.items()
            ):
                raise BrokenBundle(path, f"{where}: answers must map question keys to JSON text")
        elif value is not None and not isinstance(value, _SCALAR):
            raise BrokenBundle(path, f"{where}: field {key} has a {type(value).__name__}")
    return record


def _manifest(path: Path, archive: zipfile.ZipFile, names: set[str], keys: OrgKeys) -> dict:
    if MANIFEST not in names or MANIFEST_MAC not in names:
        raise BrokenBundle(path, "no authenticated manifest (not an SOS Desktop bundle of "
                           "this version)")
    manifest_bytes = bounded.read_member(archive, MANIFEST, MANIFEST_MAX)
    manifest = bounded.loads(manifest_bytes, f"{path} {MANIFEST}")
    if not isinstance(manifest, dict) or manifest.get("format") != FORMAT:
        raise BrokenBundle(path, "not an SOS Desktop bundle")
    if manifest.get("format_version") != FORMAT_VERSION:
        raise BrokenBundle(path, f"format version {manifest.get('format_version')} is not "
                           f"{FORMAT_VERSION}; update SOS Desktop on both laptops")
    if manifest.get("org_id") != keys.org_id:
        raise BrokenBundle(path, f"it comes from the organization "
                           f"{str(manifest.get('org_name'))[:80]!r}, not {keys.org_name!r}")
    claimed = bounded.read_member(archive, MANIFEST_MAC, 256).decode("ascii", "replace").strip()
    if not hmac.compare_digest(claimed, mac(keys.bundle_key, manifest_bytes)):
        raise BrokenBundle(path, "it is not authenticated by this organization's key (altered, "
                           "or made by a laptop that did not join)")
    return manifest


def _lines(path: Path, name: str, raw: bytes) -> list[str]:
    lines = raw.decode("utf-8").splitlines()
    if len(lines) > RECORDS_MAX:
        raise bounded.TooLarge(f"bundle {path}: {name} has {len(lines)} records; at most "
                               f"{RECORDS_MAX}")
    for i, text in enumerate(lines, 1):
        if len(text) > LINE_MAX:
            raise bounded.TooLarge(f"bundle {path}: {name} line {i} is over 1 MB")
    return lines


def read_bundle(path: Path, keys: OrgKeys) -> Bundle:
    """Open and verify a bundle completely; raises BrokenBundle or TooLarge naming the first
    problem. Nothing larger than the limits is inflated."""
    path = Path(path)
    try:
        size = path.stat().st_size
        if size > bounded.BUNDLE_LIMITS.file_bytes:
            raise bounded.TooLarge(f"bundle {path} is {size >> 20} MB; the limit is "
                                   f"{bounded.BUNDLE_LIMITS.file_bytes >> 20} MB")
        data = path.read_bytes()
    except FileNotFoundError:
        raise SosError(f"bundle {path}: no such file") from None
    except OSError as exc:
        raise SosError(f"bundle {path}: cannot read ({exc.strerror})") from None
    try:
        archive = zipfile.ZipFile(io.BytesIO(data))
        bounded.check_zip(archive, path, bounded.BUNDLE_LIMITS, "bundle")
        names = set(archive.namelist())
        manifest = _manifest(path, archive, names, keys)
        files = manifest["files"]
        expected = {f"{t}.jsonl" for t in TABLES}
        if set(files) != expected or names != expected | {MANIFEST, MANIFEST_MAC}:
            raise BrokenBundle(path, "the files inside do not match the manifest")
        records: dict[str, list[dict]] = {}
        for table in TABLES:
            name = f"{table}.jsonl"
            info = files[name]
            if archive.getinfo(name).file_size != info["bytes"]:
                raise BrokenBundle(path, f"{name} has the wrong size")
            raw = bounded.read_member(archive, name, bounded.BUNDLE_LIMITS.member_bytes)
            if sha256(raw) != info["sha256"]:
                raise BrokenBundle(path, f"{name} does not match its SHA-256 (altered)")
            lines = _lines(path, name, raw)
            if len(lines) != info["records"]:
                raise BrokenBundle(path, f"{name} has {len(lines)} records, manifest says "
                                   f"{info['records']}")
            records[table] = [
                _check_record(path, name, i, bounded.loads(text, f"{name} line {i}"), table)
                for i, text in enumerate(lines, 1)
            ]
    except (zipfile.BadZipFile, zipfile.LargeZipFile, EOFError, zlib.error, NotImplementedError):
        raise BrokenBundle(path, "not a zip file or cut short (truncated copy?)") from None
    except (KeyError, TypeError, ValueError, UnicodeDecodeError) as exc:
        raise BrokenBundle(path, f"malformed content ({exc})") from None
    return Bundle(manifest, records, sha256(data))
